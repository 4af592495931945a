"""A payer the funder table does not know, read from the words around the money ("dotację od Gminy Płużnica",
"Nagrodę ufundował Bank Spółdzielczy w X") or from an open call's announcer, as printed and in the nominative."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from extract.funding_aliases import fold
from extract.funding_measures import CODE_VOIVODESHIPS
from extract.funding_regions import GENERIC_MARSHAL, marshal_office
from extract.funding_sentences import SENTENCE_STOP_BEFORE_CAPITAL, sentence_begin
from extract.funding_tables import funder_aliases
from extract.local_offices import office_unit
from extract.lowered import lowered as lower_text
from extract.lowered import occurrences
from extract.org_cases import nominative
from extract.org_names import matches_from, org_like, org_run, subject_before, text_cues
from extract.org_roles import FUNDERS, OFFICES
from extract.org_sentences import MAX_CUES
from extract.partner_cases import nominative as from_instrumental

# A payer the funder table does not know, named right after the money: "dotację od Gminy Płużnica", "grant ze
# Stowarzyszenia Lokalna Grupa Działania …", "dotacja ze środków Fundacji …", "Dotacja Ministerstwa Spraw
# Zagranicznych RP" (a grant's genitive is its giver).  Read as printed, in the nominative.
_PRINTED_PAYER = re.compile(
    r"(?<!\w)(?:(?P<gift>(?i:dotacj|grant|dofinansowani|dofinasowani|wsparci|darowizn)\w*"
    # "pomoc finansowa od Powiatu X", "pomocy finansowej Gminy Y" (help with no money word is no grant)
    r"|(?i:pomoc)\w*(?=\s+(?i:finansow)))"
    # "Projekt dofinansowany przez Powiat X", "dzięki przyznanym przez Fundację Y dotacjom", "Dofinansowanie
    # projektu przez Powiat Z wynosi …" (the noun's object between them): the agent pays
    r"|(?P<by>(?:(?i:dofinansowan|sfinansowan|finansowan|współfinansowan|ufundowan|przyznan)\w*"
    # (the noun with its object only as the grant itself: not "wniosek o dofinansowanie projektu przez Komisję",
    # "zapewnienie finansowania projektu przez Gminę … jako wkładu własnego")
    r"|(?<!(?i:o) )(?i:dofinansowani[ea])\s+(?i:projektu|zadania|inwestycji|przedsięwzięcia|operacji))\s+(?i:przez))"
    r"|(?i:środk\w*|pieniądz\w*|pieniędzy)"
    # "udzielić z budżetu Powiatu X pomocy", "Z budżetu Gminy Y pójdzie 250.000 zł": the budget's owner pays
    r"|(?P<budget>(?:(?<=\b[zZ] )|(?<=\b[zZ]e ))(?i:budżetu))"
    # a sum or a verb of getting, then "od" and the giver: "Trzy miliony złotych od Fundacji X", "otrzymał od Fundacji
    # Y grant"
    r"|(?P<got>(?i:złotych|zł|dosta[łlnć]\w*|otrzyma\w*))(?=\s+(?i:od)\s)"
    # a verb of paying before its subject (Polish puts the object first): "Nagrodę ufundował Bank Spółdzielczy w X",
    # "Zakup sfinansowała Fundacja Y"; "Dofinansowanie otrzymaliśmy z Urzędu Miasta Z": the giver after "z"
    r"|(?P<funded>(?i:sfinansowa|ufundowa|dofinansowa|współfinansowa)(?:ł[aoy]?|li))"
    r"|(?P<got_from>(?i:otrzyma|dosta)(?:ł[aoy]?|li|liśmy|łyśmy|łem|łam))(?=\s+(?i:z|ze)\s)"
    # a verb of giving after the money and before its giver: "Dotację w wysokości 5 000 zł przekazał Burmistrz Miasta
    # X" (the money its clause-initial object: `_money_before`), "Projekt współfinansuje Miasto Y" (the verb is money);
    # not "przeznaczył": a recipient allots what it got ("Otrzymaną dotację przeznaczyło Stowarzyszenie X na …")
    # ("udzielić" with the money in the genitive: "Wsparcia finansowego w kwocie 5 tys. zł udzieliła Gmina X")
    r"|(?P<gave_late>(?i:przekaza|przyzna|udzieli)(?:ł[aoy]?|li))"
    r"|(?P<finances>(?i:współfinansuj|dofinansowuj|finansuj)(?:e|ą)))"
    # (and whose money: "ze środków publicznych Gminy X", "ze środków budżetu Gminy Y", "budżetowych Powiatu Z")
    r"(?:\s+(?i:celow|finansow|pieniężn|otrzyman|przyznan|przekazan|pochodząc|publiczn|budżet)\w*)?"
    # "Pieniądze na projekt pochodzą w części od Ministerstwa X": where the money comes from
    r"(?P<purpose>\s+(?i:na)\s+\S+)?(?P<comes>\s+(?i:pochodz\w*)(?:\s+(?i:w\s+części|w\s+całości|głównie|częściowo))?)?"
    # "pieniądze na niego dała Fundacja X": the giver after its verb
    r"(?:\s+(?P<gave>(?i:dał[aoy]?|dali|daje|dają|wyłożył[aoy]?|wyłożyli|ufundował[aoy]?|przekazał[aoy]?)))?"
    # (a line may wrap inside the phrase, a paragraph may not: a headline's last word is no cue of the next line)
    r"(?:\s+(?P<from>(?i:z|ze|od))(?:\s+(?i:środków|budżetu))?)?[ \t\u00a0]*\n?[ \t\u00a0]*(?<=\s)(?=[A-ZŁŚŻŹĆŃÓ])"
)
_MARSHAL_FORMS = ("marszal", "wicemarszal", "urzad marszalk", "zarzad wojewodztw", "sejmik")
_SUM_AFTER_NAME = re.compile(r"\s+(?:na|w|o|do)\s+\d[\d\s.,]*$")
# heads `nominative` leaves alone; a local organ's title in the genitive ("dostaną od Wójta Gminy X") for `office_unit`
_PAYER_HEADS = {
    "Ministerstwa": "Ministerstwo",
    "Kancelarii": "Kancelaria",
    "Wójta": "Wójt",
    "Burmistrza": "Burmistrz",
    "Prezydenta": "Prezydent",
    "Starosty": "Starosta",
}
_PAYER_STEMS = ("ministerstw", "kancelari", "narodow", "lokaln", "samorzad")
_NOT_A_PAYER = ("fundusz", "program", "budzet", "europejsk", "uni", "rzadow", "srodk", "skarb", "regionaln", "ue",
                "mikrogrant", "grant", "konkurs", "projekt", "edycj", "nabor")  # fmt: skip


_PAYER_NOUNS = (
    "dotacj",
    "grant",
    "dofinasowani",
    "wsparci",
    "darowizn",
    "pomoc",  # (only "pomoc finansowa": the regex's lookahead)
    "środk",
    "pieniądz",
    "pieniędzy",
    "budżetu",
    "dofinansowa",  # (the participles "dofinansowany", "sfinansowane", … and the verbs "dofinansował", …)
    "sfinansowa",
    "finansowan",
    "współfinansowa",
    "ufundowa",
    "przyznan",
    "przekaza",  # (the verbs of giving before their giver: "gave_late")
    "przyzna",
    "udziel",
    "finansuj",
    "współfinansuj",
    "dofinansowuj",
    "zł",
    "dosta",
    "otrzyma",
)
# A sum's word in the sentence of "otrzymaliśmy z X": "Dofinansowanie otrzymaliśmy z Urzędu …", not "dyplomy".
_MONEY_IN_SENTENCE = re.compile(
    r"(?i:dofinansow|dotacj|grant|środk|pieniądz|pieniędz|wsparci|zł\b|złotych|pln\b|\d\s*(?:tys|mln|mld)\b)"
)
# A head noun in the dative (or locative) after a sum's noun names who gets the money, not who gives it: masculine
# "-owi" ("Powiatowi", "Związkowi"), neuter "-iu"/"-stwu" ("Stowarzyszeniu", "Starostwu"), feminine "-ie" ("Gminie",
# "Szkole" is read as "-le" too); a giver's genitive never ends so ("Powiatu", "Stowarzyszenia", "Gminy", "Fundacji").
_DATIVE_HEAD = re.compile(r"(?:owi|iu|stwu|ie|le)$")
# A sum a name's run took in: "z Fundacji Wspólna Droga 5 tys. zł" is no "Fundacja Wspólna Droga 5".
_NUMBER_TAIL = re.compile(r"\s+\d[\d\s.,]*$")
_MONEY_UNIT_AFTER = re.compile(r"[\s.,]*(?i:tys|mln|mld|zł|złotych|pln)")
# "Zadanie finansowane ze środków Fundacji X": the funded thing, then "ze środków" and the giver
_FUNDED_FROM_BEFORE = re.compile(r"(?:finansowan|sfinansowan|współfinansowan|ufundowan)\w*\s+ze\s+\Z")


def _only_gift(m: re.Match[str]) -> bool:
    """Whether a sum's noun alone ("dotacji", "grant") cues the name after it: its giver then stands in the genitive."""
    return bool(m.group("gift")) and not any(
        m.group(g) for g in ("from", "funded", "got_from", "gave", "budget", "by", "got", "comes")
    )


def _money_in_sentence(text: str, at: int) -> bool:
    """Whether the sentence around `at` (at most 150 characters either side) names a sum or money."""
    begin = sentence_begin(text, max(0, at - 150), at)
    # (not at "tys. zł": a capital opens the next sentence)
    stop = SENTENCE_STOP_BEFORE_CAPITAL.search(text, at, at + 150)
    return _MONEY_IN_SENTENCE.search(text, begin, stop.start() if stop else min(len(text), at + 150)) is not None


# The money as the object that opens the clause of a verb of giving placed before its giver: "Dotację w wysokości
# 5 000 zł przekazał X", "Środki na wyjazd przyznał Y", "120 tys. zł przekazał Z", "… grant, który przyznała W"; not
# "Informację o dotacji przekazał X" (the object is no money), "Otrzymaną dotację przekazało …" (a recipient passes on);
# a purpose may go first ("Na festyn 3 tys. zł przyznała Fundacja X").
_MONEY_OPENS = re.compile(
    r"[\s„\"]*(?:(?i:na)\s+\w+\s+)?(?i:dotacj|grant|dofinansowani|środk|pieniądz|pieniędz|wsparci|darowizn|kwot|\d"
    r"|pomoc\w*\s+finansow)"
)
_ABBREVIATION_DOT = re.compile(r"(?<!\w)(?:tys|mln|mld|ok|ul|nr|im|św|r)\.\s*\Z")
_MONEY_WHICH = re.compile(
    r"(?i:dotacj|grant|dofinansowani|środk|pieniądz|pieniędz|wsparci|darowizn|kwot)\w*,\s+(?i:któr)\w*\s+\Z"
)


def _money_before(text: str, at: int) -> bool:
    """Whether the money is the clause-initial object of the verb of giving at `at` (see `_MONEY_OPENS`)."""
    begin = sentence_begin(text, max(0, at - 150), at)
    for _ in range(3):  # "3 tys. zł przyznała": an abbreviation's dot ends no sentence
        if begin < 2 or not _ABBREVIATION_DOT.search(text, max(0, begin - 8), begin):
            break
        begin = sentence_begin(text, max(0, at - 150), begin - 2)
    if _MONEY_WHICH.search(text, max(begin, at - 60), at):
        return True
    return "," not in text[begin:at] and _MONEY_OPENS.match(text, begin) is not None


def printed_payer(text: str, names: Sequence[tuple[int, int]] = ()) -> str | None:
    """The first payer named right after a sum's noun that is an organisation and no fund or programme; a noun
    inside a programme's name (`names`: its spans, "… poprzez Wsparcie Lokalnej Infrastruktury …") names none."""
    lowered = lower_text(text)
    starts = sorted({at for stem in _PAYER_NOUNS for at in occurrences(lowered, stem)})  # one try a position
    for at in starts:
        if any(a <= at < b for a, b in names):
            continue
        m = _PRINTED_PAYER.match(text, at)
        cue = m is not None and (
            m.group("from")
            or m.group("funded")
            or (m.group("got_from") and m.group("from"))
            or m.group("gift")
            or m.group("gave")
            or m.group("budget")
            or m.group("by")
            or m.group("got")
            or (m.group("gave_late") and _money_before(text, at))
            or m.group("finances")
        )
        if m is None or not (cue or _FUNDED_FROM_BEFORE.search(lowered, max(0, at - 40), at)):
            continue  # "środki Gminy …" without "z"/"od" is the gmina's own money
        if m.group("purpose") and not (m.group("comes") or m.group("gave") or m.group("from")):
            continue  # "dofinansowanie na utworzenie CUS-ów": what the money is for, not who gives it
        if m.group("got_from") and not _money_in_sentence(text, at):
            continue  # "Uczniowie otrzymali z Gminy X dyplomy": no money
        run = org_run(text, m.end(), limit=10)
        if run is None or run.start != m.end():
            continue
        printed = _SUM_AFTER_NAME.sub("", run.text)  # "z Urzędu Marszałkowskiego na 60 000 zł": not the name's
        if _MONEY_UNIT_AFTER.match(text, run.end) and (tail := _NUMBER_TAIL.search(printed)):
            printed = printed[: tail.start()]  # "z Fundacji X 5 tys. zł"
        head, _, rest = printed.partition(" ")
        name = f"{_PAYER_HEADS[head]} {rest}".strip() if head in _PAYER_HEADS else nominative(printed)
        if _only_gift(m) and head not in _PAYER_HEADS and name.partition(" ")[0] == head:
            continue  # "do otrzymanej dotacji Powiat X dołoży …": a nominative opens the next clause, no genitive giver
        if _only_gift(m) and _DATIVE_HEAD.search(head):
            continue  # "przyznała dotację Stowarzyszeniu X", "pomocy finansowej Powiatowi Y": the dative gets it
        folded_name = fold(name)
        if folded_name.startswith(_MARSHAL_FORMS):  # "od Marszałka Województwa": its office, by the labels' name
            named = [v for v in CODE_VOIVODESHIPS.values() if re.search(rf"\b{fold(v)[:-2]}", folded_name)]
            region = max(named, key=len, default="")  # "kujawsko-pomorskiego" names no "pomorskie"
            return marshal_office(region) if region else GENERIC_MARSHAL
        if folded_name.startswith(_NOT_A_PAYER) or not (org_like(name) or folded_name.startswith(_PAYER_STEMS)):
            continue
        if m.group("budget") and " " not in name:
            continue  # "Z budżetu Powiatu przeznaczono …": a bare head names no one
        if folded_name.startswith(OFFICES) and not folded_name.startswith("prezes rady") and office_unit(name) is None:
            continue  # "… przekazał Prezes Stowarzyszenia X": a person, unless he heads a unit ("Burmistrz Miasta Y")
        return name
    return _open_call_announcer(text)


# A payer named by its role: "Instytucja finansująca: X", "Instytucją finansującą projektu jest X", "Grantodawcą jest
# X", "Fundatorem nagrody był X", "Fundator: X" (the label's colon or "być" with the role noun; the name in the
# nominative either way).
_FUNDER_ROLE = re.compile(
    r"(?<![\w])(?i:instytucj[aą]\s+(?:finansując|dofinansowując|przyznając\w*\s+(?:dotacj|grant|dofinansowani)\w*)[aą]?"
    r"|grantodawc[aą]|fundator(?:em)?)"
    r"(?:\s+(?i:projektu|zadania|programu|grantu|grantów|(?P<prize>nagrody|nagród|stypendium)|konkursu|dotacji))?"
    r"(?:[ \t]*:[ \t]*|\s+(?i:jest|był[aoy]?|został[aoy]?|zostanie|będzie)\s+)(?=[A-ZŁŚŻŹĆŃÓ])"
)
_FUNDER_ROLE_WORDS = ("instytucj", "grantodawc", "fundator")


def role_payers(text: str) -> tuple[str | None, str | None]:
    """The bodies named as payers by their role, in one scan: (the first role's, "Instytucja finansująca: X",
    "Grantodawcą jest X"; the first prize's or scholarship's, "Fundatorem nagrody jest X", read after every other
    giver, since a contest's prizes are often paid by a sponsor while the task's grant came from another)."""
    lowered = lower_text(text)
    if not any(word in lowered for word in _FUNDER_ROLE_WORDS):
        return None, None
    found: dict[bool, str] = {}
    for m in itertools.islice(_FUNDER_ROLE.finditer(text), MAX_CUES):
        prize = m.group("prize") is not None
        if prize in found:
            continue
        run = org_run(text, m.end(), limit=10)
        if run is None or run.start != m.end():
            continue
        name = run.text.rstrip(",;:")
        if org_like(name) and not fold(name).startswith(_NOT_A_PAYER):
            found[prize] = name
            if len(found) == 2:
                break
    return found.get(False), found.get(True)


# An open call for public tasks under the public-benefit act ("otwarty konkurs ofert") is paid from the budget of
# the office that announces it: "Prezydent Miasta X ogłasza otwarty konkurs ofert", "Burmistrz Y ogłosił II Otwarty
# Konkurs Ofert".  Any other call's announcer may only run it (an EU programme's authority, a bank, an operator).
_OPEN_CALL = re.compile(r"o(?<=\so)g(?:łasza|łosił[aoy]?|łosili)\s+(?:\S+\s+){0,2}?(?i:otwart\w*\s+konkurs\w*\s+ofert)")
_NAME_START = re.compile(r"(?<![\w-])[A-ZŁŚŻŹĆŃÓ]")


def _open_call_announcer(text: str) -> str | None:
    """The office named right before "ogłasza otwarty konkurs ofert", as printed (the subject: nominative)."""
    if "konkurs" not in text.lower():
        return None
    for m in _OPEN_CALL.finditer(text):
        stop = text.rfind(". ", 0, m.start())
        sentence_start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, m.start()) + 1, m.start() - 200)
        for start in (w.start() for w in _NAME_START.finditer(text, sentence_start, m.start())):
            run = org_run(text, start, limit=10)
            if run is None:
                continue
            # "Burmistrz Gminy X, działając na podstawie …, ogłasza …": a clause between commas
            # (from the name's last letter: the run's end may lie past a comma after it)
            name_end = run.start + len(run.text) if text.startswith(run.text, run.start) else run.end
            between = text[name_end : m.start()].strip()
            if between and not (between.startswith(",") and between.endswith(",")):
                continue
            name = run.text.rstrip(",")
            if " " in name and org_like(name) and not fold(name).startswith(_NOT_A_PAYER):
                return name
            break
    return None


# The other party of a funding agreement the recipient signs ("OSP zawarła z Lokalną Grupą Działania X umowę na
# operację", "Stowarzyszenie zawarło z Lokalną Grupą Działania „Y” umowę o powierzenie grantu"): the body that awards
# the money, as a marshal's office or an intermediate body signing for it is (tests/realtext/README.md, third and fourth
# rounds); read for a body the funder table does not know (the table's bodies are read with their cues), also under an
# EU programme.  A works contract ("umowę na realizację", "z wykonawcą") is no funding agreement.
_SIGNED_WITH = re.compile(r"(?<!\w)(?i:zawar|podpisa)\w*\s+(?:(?!(?i:ze?)\s)\S+\s+){0,2}?(?i:ze?)\s+(?=[A-ZŁŚŻŹĆŃÓ])")
_FUNDING_AGREEMENT = re.compile(
    r"\s+(?i:umow\w*)\s+(?i:o\s+(?:dofinansowani|dotacj|powierzeni\w*\s+grant|udzieleni\w*\s+(?:pomocy|dotacji|grant)"
    r"|przyznani\w*\s+(?:pomocy|dotacji|grant))|na\s+(?:operacj|dofinansowani|powierzeni\w*\s+grant))"
)
# A signer that awards money itself (an LGD, a marshal, a voivodeship's board, a fund, a ministry): the other party
# of its agreement is the recipient ("Stowarzyszenie Lokalna Grupa Działania X podpisało z Gminą Y umowę …").
_RECIPIENT_UNITS = ("Gmina ", "Miasto ", "Powiat ")
_AWARDING = (*FUNDERS, "lokalna grupa dzialania", "lgd", "stowarzyszenie lokalna grupa dzialania")
_GRANTORS = (*_AWARDING, "fundacj")


def agreement_party(text: str) -> str | None:
    """The body, in the nominative, a text's signer makes a funding agreement with (see `_FUNDING_AGREEMENT`); not a
    gmina, town or powiat (the units get money: `extract.unit_payers` reads one that gives), nor the party of a signer
    that awards money itself (`_GRANTORS`)."""
    lowered = lower_text(text)
    if "umow" not in lowered or not ("zawar" in lowered or "podpisa" in lowered):
        return None
    for m in itertools.islice(matches_from(_SIGNED_WITH, text, text_cues(text), ("zawar", "podpisa")), MAX_CUES):
        run = org_run(text, m.end(), limit=10)
        if run is None or run.start != m.end() or not _FUNDING_AGREEMENT.match(text, run.end):
            continue
        printed = run.text.split("/")[0]  # "Województwem Małopolskim/Regionalnym Ośrodkiem …": one party, two names
        known = funder_aliases().scan(printed, fold(printed))
        if known and known[0][0] == 0:
            return known[0][2][0]  # a body of the funder table, by its canonical name
        name = from_instrumental(printed)  # "Lokalną Grupą Działania X" -> "Lokalna Grupa Działania X"
        if name.startswith(_RECIPIENT_UNITS) or not org_like(name) or fold(name).startswith(_NOT_A_PAYER):
            continue
        signer = subject_before(text, m.start())
        if signer is not None and fold(signer).startswith(_GRANTORS) and not fold(name).startswith(_AWARDING):
            continue  # the grantor signs with its recipient
        return name
    return None


# A giver the funder table does not know as the subject of its verb of giving, money in the verb's own clause:
# "Fundacja Wspólna Droga przyznała stowarzyszeniu grant 8 tys. zł", "Bank Spółdzielczy w X ufundował nagrody za 3 tys.
# zł", "Nadleśnictwo Y przekazało darowiznę".  Not "przeznaczył": a recipient allots what it got ("Klub przeznaczył
# dotację na sprzęt").  Adverbials may stand between them ("Fundacja X już kolejny raz przyznała": `subject_before`).
_GIVER_VERB_STEMS = ("przyznał", "ufundował", "przekazał", "sfinansował", "dofinansował", "współfinansował")
# (the stems are also the literal gate of `giver_subject`: one list, so the gate cannot drift from the regex)
_GIVER_VERB = re.compile(r"(?<![\w-])(?i:" + "|".join(_GIVER_VERB_STEMS) + r")(?:[aoy]|li|ły)?(?![\w-])")
_LOCAL_UNITS = (*_RECIPIENT_UNITS, "Województwo ")
_LOCAL_ORGANS = (
    "Rada ",
    "Wójt ",
    "Burmistrz ",
    "Prezydent ",
    "Starosta ",
    "Zarząd ",
    "Urząd ",
    "Starostwo ",
    "Sejmik ",
)
_MONEY_IN_CLAUSE_AFTER = re.compile(
    r"(?:(?!,[ \t\u00a0]*(?:a|ale|zaś|natomiast|lecz|któr\w*)(?!\w))[^.;!?\n]){0,80}?"
    r"(?P<money>\d[\d \u00a0.,]*(?:tys\.?|mln|mld)?\s*(?:zł|złotych|PLN)"
    r"|(?i:dotacj|grant|darowizn|dofinansowani|środk|pieniądz|pieniędz|stypendi))"
)
# Money its subject got, not gave: "przekazał otrzymaną dotację", "sfinansowało z otrzymanej dotacji", "ze środków
# projektu"; the verb's object is then no gift of the subject's (but "ze środków własnych" is its own money).
_MONEY_GOT = re.compile(r"(?:(?<!\w)(?i:ze?)\s+(?:\w+\s+)?|(?i:otrzyman|pozyskan|uzyskan|zdobyt|przyznan)\w*\s+)\Z")
_OWN_MONEY = re.compile(r"\w*\s+(?i:własn|swoich|swych)|(?<=(?i:własnych) )")


def _gives_money(text: str, verb: re.Match[str]) -> bool:
    """Whether the money after a verb of giving is the verb's own object (see `_MONEY_GOT`)."""
    money = _MONEY_IN_CLAUSE_AFTER.match(text, verb.end())
    if money is None:
        return False
    got = _MONEY_GOT.search(text, verb.end(), money.start("money"))
    return got is None or _OWN_MONEY.match(text, money.start("money")) is not None


def giver_subject(text: str) -> str | None:
    """The first organisation the table does not know named as the subject of a verb of giving money (see above),
    also across the adverbials between them (`extract.org_names.subject_before`)."""
    lowered = lower_text(text)
    if not any(stem in lowered for stem in _GIVER_VERB_STEMS):
        return None
    for m in itertools.islice(_GIVER_VERB.finditer(text), MAX_CUES):
        if not _gives_money(text, m):
            continue
        subject = subject_before(text, m.start())
        if subject is None:
            continue  # the verb's subject, if any, is not an organisation's name: try the next verb
        name = nominative(subject.rstrip(",")).strip()
        if name.startswith(_LOCAL_UNITS):
            continue  # a gmina, town or powiat as the giver is `extract.unit_payers`' (a name the register knows)
        if name.startswith(_LOCAL_ORGANS) and office_unit(name) is None:
            continue  # "Rada Gminy przyznała …": an organ of a unit the text does not name pays for no one named
        if " " in name and org_like(name) and not fold(name).startswith(_NOT_A_PAYER):
            return name
    return None
