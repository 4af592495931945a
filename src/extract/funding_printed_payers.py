"""A payer the funder table does not know, read from the words around the money ("dotację od Gminy Płużnica",
"Nagrodę ufundował Bank Spółdzielczy w X") or from an open call's announcer, as printed and in the nominative."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.funding_aliases import fold
from extract.funding_measures import CODE_VOIVODESHIPS
from extract.funding_regions import GENERIC_MARSHAL, marshal_office
from extract.funding_sentences import SENTENCE_STOP, sentence_begin
from extract.funding_tables import funder_aliases
from extract.local_offices import office_unit
from extract.lowered import lowered as lower_text
from extract.lowered import occurrences
from extract.org_cases import nominative
from extract.org_names import org_like, org_run

# A payer the funder table does not know, named right after the money: "dotację od Gminy Płużnica", "grant ze
# Stowarzyszenia Lokalna Grupa Działania …", "dotacja ze środków Fundacji …", "Dotacja Ministerstwa Spraw
# Zagranicznych RP" (a grant's genitive is its giver).  Read as printed, in the nominative.
_PRINTED_PAYER = re.compile(
    r"(?<!\w)(?:(?P<gift>(?i:dotacj|grant|dofinansowani|dofinasowani|wsparci|darowizn)\w*"
    # "pomoc finansowa od Powiatu X", "pomocy finansowej Gminy Y" (help with no money word is no grant)
    r"|(?i:pomoc)\w*(?=\s+(?i:finansow)))"
    # "Projekt dofinansowany przez Powiat X", "dzięki przyznanym przez Fundację Y dotacjom": the agent pays
    r"|(?P<by>(?i:dofinansowan|sfinansowan|finansowan|współfinansowan|ufundowan|przyznan)\w*\s+(?i:przez))"
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
    # X" (money named before it in the sentence: `_money_before`), "Projekt współfinansuje Miasto Y" (the verb is money)
    r"|(?P<gave_late>(?i:przekaza|przyzna|przeznaczy)(?:ł[aoy]?|li))"
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
    "przeznaczy",
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
    stop = SENTENCE_STOP.search(text, at, at + 150)  # (not at "tys. zł": a capital opens the next sentence)
    return _MONEY_IN_SENTENCE.search(text, begin, stop.start() if stop else min(len(text), at + 150)) is not None


def _money_before(text: str, at: int) -> bool:
    """Whether the sentence holding `at` names a sum or money before it ("Dotację … przekazał X", not "Informację
    przekazał X")."""
    begin = sentence_begin(text, max(0, at - 150), at)
    return _MONEY_IN_SENTENCE.search(text, begin, at) is not None


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
        return name
    return _open_call_announcer(text)


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
_INSTRUMENTAL_FEMININE = re.compile(r"(?<=\w)ą$")


def agreement_party(text: str) -> str | None:
    """The body, in the nominative, a text's signer makes a funding agreement with (see `_FUNDING_AGREEMENT`)."""
    lowered = lower_text(text)
    if "umow" not in lowered or not ("zawar" in lowered or "podpisa" in lowered):
        return None
    for m in _SIGNED_WITH.finditer(text):
        run = org_run(text, m.end(), limit=10)
        if run is None or run.start != m.end() or not _FUNDING_AGREEMENT.match(text, run.end):
            continue
        printed = run.text.split("/")[0]  # "Województwem Małopolskim/Regionalnym Ośrodkiem …": one party, two names
        known = funder_aliases().scan(printed, fold(printed))
        if known and known[0][0] == 0:
            return known[0][2][0]  # a body of the funder table, by its canonical name
        words = nominative(printed).split()
        for i, word in enumerate(words):  # "Lokalną Grupą Działania X": the leading feminine instrumentals
            if not _INSTRUMENTAL_FEMININE.search(word):
                break
            words[i] = word[:-1] + "a"
        name = " ".join(words)
        if org_like(name) and not fold(name).startswith(_NOT_A_PAYER):
            return name
    return None


# A giver the funder table does not know as the subject of its verb of giving, money in the verb's own clause:
# "Fundacja Wspólna Droga przyznała stowarzyszeniu grant 8 tys. zł", "Bank Spółdzielczy w X ufundował nagrody za 3 tys.
# zł", "Nadleśnictwo Y przekazało darowiznę".  Not "przeznaczył": a recipient allots what it got ("Klub przeznaczył
# dotację na sprzęt").  Up to three adverbial words may stand between ("Fundacja X już kolejny raz przyznała").
_GIVER_VERB = re.compile(
    r"(?<![\w-])(?i:przyznał|ufundował|przekazał|sfinansował|dofinansował|współfinansował)(?:[aoy]|li|ły)?(?![\w-])"
)
_LOCAL_UNITS = ("Gmina ", "Miasto ", "Powiat ", "Województwo ")
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
_GIVER_VERB_STEMS = ("przyznał", "ufundował", "przekazał", "sfinansował", "dofinansował", "współfinansował")
_MONEY_IN_CLAUSE_AFTER = re.compile(
    r"(?:(?!,[ \t\u00a0]*(?:a|ale|zaś|natomiast|lecz|któr\w*)(?!\w))[^.;!?\n]){0,80}?"
    r"(?:\d[\d \u00a0.,]*(?:tys\.?|mln|mld)?\s*(?:zł|złotych|PLN)"
    r"|(?i:dotacj|grant|darowizn|dofinansowani|środk|pieniądz|pieniędz|stypendi))"
)
_ADVERBIAL_GAP = re.compile(
    r"\s+(?:(?:już|znów|znowu|ponownie|również|także|dodatkowo|łącznie|właśnie|w\s+tym\s+roku|kolejny\s+raz"
    r"|po\s+raz\s+\w+|w\s+\d{4}\s*(?:r\.|roku))\s+){0,3}"
)


def giver_subject(text: str) -> str | None:
    """The first organisation the table does not know named as the subject of a verb of giving money (see above)."""
    lowered = lower_text(text)
    if not any(stem in lowered for stem in _GIVER_VERB_STEMS):
        return None
    for m in _GIVER_VERB.finditer(text):
        if not _MONEY_IN_CLAUSE_AFTER.match(text, m.end()):
            continue
        begin = sentence_begin(text, max(0, m.start() - 160), m.start())
        for start in (w.start() for w in _NAME_START.finditer(text, begin, m.start())):
            run = org_run(text, start, limit=10)
            if run is None:
                continue
            name_end = run.start + len(run.text) if text.startswith(run.text, run.start) else run.end
            gap = _ADVERBIAL_GAP.match(text, name_end)
            if gap is None or gap.end() != m.start():
                continue  # the name's run ends elsewhere: not the verb's subject
            name = nominative(run.text.rstrip(",")).strip()
            if name.startswith(_LOCAL_UNITS):
                break  # a gmina, town or powiat as the giver is `extract.unit_payers`' (a name the register knows)
            if name.startswith(_LOCAL_ORGANS) and office_unit(name) is None:
                break  # "Rada Gminy przyznała …": an organ of a unit the text does not name pays for no one named
            if " " in name and org_like(name) and not fold(name).startswith(_NOT_A_PAYER):
                return name
        # (the verb's subject, if any, is not an organisation's name: try the next verb)
    return None
