"""The funders.csv bodies a text names as payers, each with how sure the reading is: an explicit cue before or a
payer's verb after the name, an agreement's funding party, a body near funding words; and the places, persons and
operators that name a body without making it a payer."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from extract.funding_aliases import Spans, fold
from extract.funding_regions import GENERIC_MARSHAL, GENERIC_VOIVODE
from extract.funding_sentences import SENTENCE_REACH, sentence_end_before, sentence_span
from extract.funding_tables import programmes, state_funds
from extract.org_adverbials import PLURAL_VERB
from extract.personal_data import GIVEN_NAMES
from extract.regex_starts import led

FUNDING_CONTEXT = re.compile(
    r"(?:dofinansow|wspolfinansow|sfinansow|finansow|dotacj|srodk|budzet|grant|przyzna|otrzyma|pozyska|pozyczk"
    r"|program|wsparci|subwencj|dzieki|fundator|platnik)"
)
# A payer's own verb right after its name ("Wojewoda Łódzki przyznał", "Zarząd … dołożył"); a verb of
# speech followed by "że" ("MFiPR przekazało w czwartek, że …") is not one.
_PAYER_VERBS = (
    r"(?:przyzna(?!n|wan)|przekazal|przekaze|dofinansowal|dofinansuje|sfinansowal|sfinansuje|finansuje|ufundowal"
    # any tense: "Samorząd Województwa X przeznaczy 19 mln zł", "Wojewoda udzieli dotacji" (support by presence or
    # patronage, "wsparł swoją obecnością / patronatem", pays nothing); not the impersonal
    # passive ("…; dotacje przyznano", "przeznaczono"): the name before it is not its subject
    r"|przeznacz(?!on|an)|udziel(?!on|an)|wreczyl|rozdziel(?!on|an)|zatwierdzil|zdecydowal|podniosl|zwiekszyl|dolozyl|pokryje|pokryl"
    r"|daje|dal|daly|dala|(?:wspiera|wesprze|wsparl)(?!\w*\s+(?:\w+\s+)?(?:obecnosci|patronat|honorow|merytoryczn|organizacyjn|duchow|slow))|rozpatrzyl|rozstrzygnal|rozstrzygnie|zawarl|zawarly|zawarli|oplaca"
    # releasing money: "Minister Finansów uruchomił rezerwę celową budżetu państwa" (not "uruchomił infolinię")
    r"|uruchomil(?=\w*\s+(?:\S+\s+){0,2}?(?:rezerw|srodk|pieniadz|pieniedz|dotacj|fundusz))"
    r"|postanowil\w*\s+przekazac|zdecydowal\w*\s+(?:sie\s+)?przekazac"  # "Zarząd postanowił przekazać 2 mln zł"
    # setting a sum aside: "Agencja X przygotowała na ten cel 40 mln zł" (a sum within six words: not "przygotował
    # regulamin")
    r"|(?:przygotowal|zarezerwowal|wyasygnowal)(?=\w*\s+(?:\S+\s+){0,6}?\d[\d\s.,]*(?:tys|mln|mld|zl)))\w*\b"
)
# What a verb of handing over hands that is no money: "Wojewoda przekazał informację / podziękowania".
_NO_MONEY_WORDS = (
    r"(?:informacj|wiadomos|wiesc|podziekowan|gratulacj|zyczeni|pozdrowieni|slow|apel|komunikat|list\b|dane\b"
    r"|kompetencj|uprawnieni)"
)
_HANDED_NO_MONEY = r"\s+(?:\w+\s+){0,2}?" + _NO_MONEY_WORDS  # the verb's object, up to two words on
_NO_MONEY_HANDED = "(?!" + _HANDED_NO_MONEY + ")"
# A body whose own verb hands no money is no payer in that sentence, even one about agreements ("Minister przekazał
# wojewodom kompetencje do zawierania umów dotacji").
_HANDS_NO_MONEY = re.compile(r"^\W{0,3}\s*(?:[\w.-]+\s+){0,2}?(?:przekaz|udziel)\w*" + _HANDED_NO_MONEY)
# Adverbs of time or repetition between a payer and its verb ("Minister X znowu w tym roku przyznał", "Ministerstwo X
# już kolejny raz zwiększyło środki"): they take no part of the subject, so they do not count among its two words.
_ADVERBIALS = (
    r"(?:(?:juz|znow|znowu|ponownie|rowniez|takze|wlasnie|dzis|wczoraj|kolejny\s+raz|po\s+raz\s+\w+"
    r"|w\s+tym\s+roku|w\s+(?:19|20)\d\d\s*r(?:oku|\.)?)\s+){0,3}"
)
_FUNDER_AFTER = re.compile(
    # (not across a contrasting "a"/"ale"/"zaś"/"natomiast"/"lecz": "Pozwolenie wydał Konserwator X, a remont
    # sfinansowała gmina" gives the verb a subject of its own; an adding "a także", "a również" shares it)
    r"^(?!\W{0,3}\s*(?:a(?!\s+(?:takze|rowniez|i)\s)|ale|zas|natomiast|lecz)\s)\W{0,3}\s*"
    + _ADVERBIALS
    + r"(?:[\w.-]+\s+){0,2}?"
    + _PAYER_VERBS
    + r"(?!\s+(?:[\w,]+\s+){0,2}ze\b)"
    + _NO_MONEY_HANDED
)
# Cues just before the name that make it the payer: "z/ze środków …", "od …", "przez …", "dotacja …",
# "dofinansowanie z …", "ze wsparciem …", "umowę z … / pomiędzy …", "po stronie …", "w imieniu …".
_PAYER_BEFORE = led(
    r"(?:\b(?:z|ze|od|(?:przekazan|przyznan|udzielon|finansowan|dofinansowan|sfinansowan|wspolfinansowan|ufundowan|wyplacan|ogloszon)\w*\s+przez"
    r"|(?<!\bo )dofinansowani[ea]\s+(?:projektu|zadania|inwestycji|przedsiewziecia|operacji)\s+przez)"
    r"\s+(?:(?:srodkow|budzetu|pieniedzy|funduszu|dotacji|grantu|programu)\s+)?"
    r"(?:skarbu\s+panstwa\s*-\s*|(?:panstwow\w*\s+)?fundusz\w*\s+celow\w*\s*(?:-\s*|:\s*|pn\.\s*|pod\s+nazwa\s+)?)?"
    # "o środki budżetu Województwa Łódzkiego": the budget's owner pays
    r"|\b(?:dotacj\w*|grant\w*|dofinansowani\w*|wsparci\w*|srodk\w*|promes\w*)\s+(?:celow\w*\s+)?(?:(?:z|ze|od)\s+)?"
    r"(?:budzetu\s+)?"
    r"|\b(?:trafi\w*|przekazan\w*|przekazyw\w*|wyplacan\w*)\s+(?:\S+\s+){0,4}?za\s+posrednictwem\s+"
    r"|\bumow\w*\s+(?:\S+\s+){0,3}?(?:z|ze)\s+|\bpomiedzy\s+|\bpo\s+stronie\s+|\bw\s+imieniu\s+"
    # the State Treasury as a party and the body acting for it: "pomiędzy Skarbem Państwa – Wojewodą X a Gminą Y",
    # "Skarb Państwa, za który działa Centrum Projektów Polska Cyfrowa", "w imieniu którego występował Minister X"
    r"|\bskarb\w*\s+panstwa\s*(?:-\s*|,\s*(?:za\s+ktory\s+dziala\w*|w\s+imieniu\s+ktorego\s+(?:\S+\s+)?"
    r"(?:dziala|wystepow|wystepuj)\w*|reprezentowan\w*\s+przez)\s+)"
    # a promise or cheque handed over by the payer's officer: "z rąk wiceministra MSWiA", "z rąk Wojewody X"
    r"|\bz\s+rak\s+(?:\S+\s+){0,3}?"
    r"|\b(?:zdecydowal\w*(?:\s+o\s+tym)?|wystawia|przyznaje|przyznal\w*|udziela|udzielil\w*|oplaca"
    # the payer after its verb: "Program finansuje Fundusz Solidarnościowy"
    r"|finansuje|sfinansuje|sfinansowal\w*|dofinansowuje|dofinansuje|dofinansowal\w*"
    # "Pieniądze na program daje Fundusz X", "środki wykłada Ministerstwo Y"
    r"|daje|daja|wyklada|wykladaja|dal|dala|dalo|daly|dali"  # "pieniądze na niego dała Fundacja X"
    # "współfinansują go Ministerstwo X oraz Urząd Y": the first co-payer named
    r"|wspolfinansuj\w*|wspolfinansowal\w*)\s+(?:\S+\s+){0,3}?"
    # "Program finansuje państwowy fundusz celowy pn. Fundusz Solidarnościowy": the fund is named after its kind
    r"(?:(?:panstwow\w*\s+)?fundusz\w*\s+celow\w*\s*(?:-\s*|pn\.\s*|pod\s+nazwa\s+))?"
    # "Umowa nr 12/2023 – zawarta przez Wojewodę X, …, i Gminę Y – przyznaje dotację": the first party pays
    # (the agreement's number and date may hold dots: "umowa nr WPS-I.946.1.157.2023 z dnia 15.06.2023 r., zawarta
    # przez Wojewodę X", "umowy, którą 29.05.2024 r. zawarli Wojewoda X i Wójt Gminy Y")
    r"|\bumow\w*[^\n]{0,120}?(?:podpisal\w*(?:\s+sie)?|zawart\w*\s+przez|zawarl\w*)\s+"
    # (the day, then the recipient's officer signing first: "podpisali 17 maja 2022 r. zastępca burmistrza X Y i
    # wicewojewoda Z": the other signer pays)
    r"(?:\d{1,2}\s+[a-z]+\s+\d{4}\s*(?:r\.|roku)?\s+)?"
    r"(?:(?:zastepc\w*\s+)?(?:burmistrz|wojt|prezydent|starost|skarbnik|sekretarz)\w*(?:\s+\S+){0,3}?\s+(?:i|oraz)\s+)?"
    # "Środki na program „Senior+” przekazał Wojewoda X", "Pieniądze … zapewnia Fundusz Y": the money first, then
    # the verb, then its payer (not "Jak przekazał zespół wojewody", a verb of speech)
    # ("120 tys. zł przekazał wojewoda X": the sum itself before the verb)
    # ("Promesy na usuwanie skutków klęsk wręczyli wicewojewodowie X": a grant's promise or cheque handed by its giver)
    r"|\b(?:(?:srodk|pieniadz|pieniedz|dotacj|dofinansowan|kwot|promes|czek)\w*|zl|zlotych)\s+(?:\S+\s+){0,6}?"
    r"(?:przekazal\w*|przekazuje|przekaze|wyplacil\w*|wyplaca|zapewnia|zapewnil\w*|zapewni|wreczyl\w*"
    r"|wrecza)\s+(?:\S+\s+){0,3}?"
    # the owner of a call for grants: "konkurs Zarządu Województwa …"
    r"|\bkonkurs\w*\s+)$"
)
# The verb of signing before the party and the agreement after it ("zawarła z Województwem Lubelskim umowę na
# operację", "podpisało z Zarządem Województwa Pomorskiego umowę"), the word order "umowę z X" has reversed.
_SIGNED_WITH_BEFORE = re.compile(r"\b(?:zawar|podpis)\w*\s+(?:(?!ze?\s)\S+\s+){0,2}?(?:z|ze)\s+\Z")
_AGREEMENT_AFTER = re.compile(r"[^.\n]{0,40}?\bumow")
_SIGNS_AFTER = re.compile(r"\W{0,3}\s*(?:[\w.-]+\s+){0,2}?(?:podpisal|zawarl)\w*\b")
_AND_NEXT = re.compile(r"\s*(?:i|oraz)\s+")
# A name after a place word is where something happened, not who paid ("w siedzibie Urzędu …").
_PLACE_BEFORE = re.compile(r"\b(?:w|we|do|na)\s+(?:siedzib|biur|delegatur|oddzial|sal|stron)\w*\s+(?:\S+\s+){0,2}$")
# ... unless its officer hands the money over there: "odebrali w siedzibie Ministerstwa X, z rąk Sekretarza Stanu …".
_HANDED_AT_SEAT = re.compile(r"\s*,?\s*z\s+rak\s")
# ... nor one the work is done with ("kupiony w porozumieniu z Wojewodą") or agreed on with, nor the author of a law
# or an order ("w rozumieniu rozporządzenia Ministra …").
_WITH_OR_LAW_BEFORE = re.compile(
    r"\b(?:(?:w\s+)?(?:porozumieniu|wspolpracy|uzgodnieniu|partnerstwie)\s+z|wspolnie\s+z|razem\s+z"
    # the verb of agreeing on the works ("Prace uzgodniono z Wojewódzkim Konserwatorem Zabytków", "uzgodnione ze
    # Starostą"): the office that approves them, not a payer
    r"|uzgodni\w*(?:\s+\S+){0,2}?\s+ze?"
    r"|wplat\w*\s+(?:z|ze)"  # "Fundusz zasilają wpłaty z NFOŚiGW": what feeds a fund, not a project's payer
    r"|(?:rozporzadzeni|obwieszczeni|ustaw)\w*)\s+$"
)
# A bare "z/ze" after a word that is no money nor a verb of paying: a body's origin ("gminy z województwa X").
_ORIGIN_BEFORE = re.compile(
    r"(?<!\w)(?!(?:dotacj|dofinansow|srodk|pieniadz|pieniedz|wsparci|grant|pomoc|budzet|kwot|zl|finansow"
    r"|sfinansow|wspolfinansow|oplac|pokry|pochodz|pozyska|otrzyma|uzyska|dosta)\w*)[a-z]\w*\s+(?:z|ze)\s+\Z"
)
# "pochodzi z województwa X" with no money before the verb: where a body comes from ("6 z nich pochodzi z województwa
# lubelskiego"), not where money does ("Środki pochodzą z …" has its money word, "z budżetu województwa" its budget)
_COMES_FROM = re.compile(
    r"(?:(?!srodk|pieniadz|pieniedz|dotacj|dofinansow|kwot|zl\b|zlotych|grant|wsparci).)*\bpochodz\w*\s+z\s+\Z"
)


def _comes_from(before: str) -> bool:
    """Whether `before` ends with "pochodzi z" whose own clause (after the last comma) names no money."""
    return _COMES_FROM.match(before, max(before.rfind(","), before.rfind(";")) + 1) is not None


# The implementer's cue right before a body: it carries the project out, which says nothing of who pays
# (tests/realtext/README.md: `implementer`).
_RUNS_BEFORE = re.compile(r"\b(?:realizuj\w*|realizowan\w*\s+przez|koordynuj\w*|koordynowan\w*\s+przez)\s+\Z")
# A person, by name (a known given name first: `source_from`) or post, or a message before the "z/ze" of a body:
# "Jan Nowak z Urzędu …", "przedstawiciele z Urzędu …", "Informacja ze Świętokrzyskiego Urzędu Wojewódzkiego" (on
# the printed text: a first name and a surname are capitalised): where they work or it comes from, not who pays.
_SOURCE_FROM = re.compile(
    r"(?:(?<![\w-])(?!(?:Gmin|Powiat|Miast|Wojew|Urz|Stowarzysz|Fundacj|Zarz|Rad|Ministerst|Program|Fundusz|Projekt)\w*)"
    r"(?P<person>[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż]+\s+[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż]+(?:-[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż]+)?)"
    r"|(?i:\b(?:dyrektor|wicedyrektor|kierownik|naczelnik|pracowni|przedstawiciel|rzecznik|specjalist|inspektor"
    r"|urzędni|ekspert|delegacj|gość|gości|informacj|komunikat|wiadomoś|pism)\w*"
    r"(?:\s+[a-ząćęłńóśźż]+){0,2}))\s+(?:z|ze)\s+\Z"  # (a post may take two words: "dyrektor departamentu z")
)


def source_from(text: str, start: int) -> bool:
    """Whether the body at `start` follows a person or a message and its "z/ze" (`_SOURCE_FROM`); two capitalised
    words after a third are the end of a longer name ("Stowarzyszenie Nowa Wieś z …"), unless it is a post
    ("Dyrektor Jan Nowak z …")."""
    if not _z_before(text, start):
        return False  # the pattern ends with "z/ze" right before the body: most bodies have none
    match = _SOURCE_FROM.search(text, max(0, start - _SOURCE_REACH), start)
    if match is None:
        return False
    if match.group("person"):
        if fold(match.group("person").split()[0]) not in GIVEN_NAMES:
            return False  # "Dom Kultury z Ministerstwa …": two capitalised words of a name, no person's
        before = text[max(0, match.start() - 40) : match.start()].split()
        return not (before and before[-1][:1].isupper()) or bool(_POST.fullmatch(before[-1]))
    return True


_SOURCE_REACH = 60  # characters before a body `_SOURCE_FROM` is tried on


def _z_before(text: str, start: int) -> bool:
    """Whether the last word of the reach before `start` is "z" or "ze", as `_SOURCE_FROM` needs (case-sensitive)."""
    return text[max(0, start - _SOURCE_REACH) : start].split()[-1:] in (["z"], ["ze"])


_POST = re.compile(r"(?i:dyrektor|wicedyrektor|kierownik|naczelnik|prezes|wiceprezes|rzecznik|inspektor|pan|pani)\w*")


# A programme's operator runs the calls; the money is another body's ("Programu „Kultura”, którego Operatorem jest
# Ministerstwo X"; "Fundacja X jako operator programu").
_OPERATOR_BEFORE = re.compile(r"\boperator\w*\s+(?:\w+\s+){0,2}?(?:jest\s+|byl\w*\s+|zostal\w*\s+)?\Z")
_OPERATOR_AFTER = re.compile(r"\s*,?\s*(?:jako|-)\s+operator")
# An agreement sentence: its funding party is the payer when no stronger cue names one.
_AGREEMENT = re.compile(r"\bumow\w*\s+(?:\w+\s+){0,2}?(?:o\s+|na\s+)?(?:dofinansowani|dotacj|udzieleni|przyznani)")

# A voivodeship named bare ("Województwo X", "woj. X"): a payer only by an explicit cue, never by origin ("z woj. X")
_VOIVODESHIP_WORDS = ("wojewodztw", "woj.")
# An agreement with a contractor or after a tender is a works contract, no grant's: its signer pays no grant.
WORKS_CONTRACT = re.compile(r"\b(?:wykonaw|przetarg)")


@dataclass(frozen=True, slots=True)
class Payer:
    start: int
    funder: str  # canonical (or a generic name of `extract.funding_regions`: "Wojewoda", "Urząd Marszałkowski")
    printed: str
    tier: int  # 1 an explicit payer cue, 2 the funding party of an agreement, 3 a body in a funding context


def find_payers(text: str, folded: str, programme_spans: Spans, funder_spans: Spans) -> list[Payer]:
    """Every funders.csv body the text names as, or near, a payer, with how sure the reading is."""
    found: list[Payer] = []
    names = [(a, b) for a, b, _ in programme_spans]
    starts = sorted(a for a, _, _ in funder_spans)  # (sorted: the next body after a name is a bisection away)
    ends = {a: b for a, b, _ in funder_spans}
    for start, end, keys in funder_spans:
        if any(a <= start < b for a, b in names):
            continue  # "Regionalnego Programu Operacyjnego Województwa Śląskiego" names a programme, not a payer
        line_start = folded.rfind("\n", 0, start)
        if line_start > 0 and not folded[line_start + 1 : start].strip() and folded[line_start - 1] != "\n":
            # a cue line wrapped right before the name ("DOFINANSOWANO ZE ŚRODKÓW\nPAŃSTWOWEGO FUNDUSZU …"): one break
            # inside a phrase, not a paragraph's
            line_start = folded.rfind("\n", 0, line_start)
        sentence_start = max(0, sentence_end_before(text, folded, start), line_start, start - 160)
        newline = folded.find("\n", end)
        paragraph_end = min(end + 400, newline if newline >= 0 else len(folded))
        before = folded[sentence_start:start]
        handed = _HANDED_AT_SEAT.match(folded, end)  # "w siedzibie Ministerstwa X, z rąk Sekretarza Stanu"
        if (_PLACE_BEFORE.search(before[-60:]) and not handed) or _WITH_OR_LAW_BEFORE.search(before[-40:]):
            continue
        if _OPERATOR_BEFORE.search(before[-40:]) or _OPERATOR_AFTER.match(folded, end):
            continue  # "którego Operatorem jest Ministerstwo X", "Związek X jako operator programu": it runs, not pays
        after = _FUNDER_AFTER.match(folded[end : end + 80])
        if after and (nearest := bisect_right(starts, end)) < len(starts) and starts[nearest] < end + after.end():
            after = None  # "w dyspozycji Województwa X Wojewoda X rozdzielił": the verb is the next body's
        if after is None and (joined := _AND_NEXT.match(folded, end)) and joined.end() in ends:
            # "Fundusz X i Fundusz Y przeznaczą": subjects joined by "i"/"oraz" share the plural verb after the last
            # (not "NFOŚiGW i Wojewoda X przyznał": the singular verb is the last body's alone)
            last = ends[joined.end()]
            shared = _FUNDER_AFTER.match(folded[last : last + 80])
            after = shared if shared and PLURAL_VERB.search(text, last, last + shared.end()) else None
        if after is None and (signs := _SIGNS_AFTER.match(folded, end, end + 60)):
            # "Stosowną umowę Wojewoda Pomorski już podpisał": a body signing a grant's agreement signs as its payer
            begin, stop = sentence_span(folded, start, signs.end(), reach=SENTENCE_REACH)
            if "umow" in folded[begin:stop] and not WORKS_CONTRACT.search(folded, begin, stop):
                after = signs
        cue = _PAYER_BEFORE.search(before[-80:])
        # "LGD zawarła z Województwem X umowę": the party of an agreement signed with it pays
        signed = _SIGNED_WITH_BEFORE.search(before[-60:]) if _AGREEMENT_AFTER.match(folded, end) else None
        if (
            cue
            and not signed
            and folded.startswith(_VOIVODESHIP_WORDS, start)
            and (_ORIGIN_BEFORE.search(before[-60:]) or _comes_from(before[-60:]))
        ):
            cue = None  # "Lokalne Grupy Działania z województwa łódzkiego": where they are from, not who pays
        cue = cue or signed or _frame(keys[0], before)
        if source_from(text, start):
            continue  # "Jan Nowak z Urzędu Marszałkowskiego powiedział": where a person works
        following = folded[end : end + 80]
        if not cue and ("przekaz" in following or "udziel" in following) and _HANDS_NO_MONEY.match(following):
            continue
        if cue or after or handed:
            tier = 1
        elif _AGREEMENT.search(folded, sentence_start, paragraph_end):
            tier = 2
        elif FUNDING_CONTEXT.search(before) and not _RUNS_BEFORE.search(before[-40:]):
            tier = 3  # (not a body that only carries the project out: "projektu …, który realizuje Urząd X")
        else:
            continue
        funder = keys[0]
        if tier > 1 and (funder in (GENERIC_VOIVODE, GENERIC_MARSHAL) or folded.startswith(_VOIVODESHIP_WORDS, start)):
            continue  # a voivode or an office without its region, or a bare "Województwo X", only as an explicit payer
        found.append(Payer(start, funder, " ".join(text[start:end].split()), tier))
    return found


# A state fund named as the frame the money comes in ("Program, realizowany w ramach Funduszu Solidarnościowego",
# "drogi dofinansowane w ramach Funduszu Ochrony Gruntów Rolnych"): the fund is the source (tests/realtext/README.md,
# fifth round); a fund that is also a programme's name (RFIL, RFPŁ, RFRD: an umbrella of calls) is not read so.
_FRAME_BEFORE = re.compile(r"\bw\s+ramach\s+(?:(?:panstwow\w*\s+)?fundusz\w*\s+celow\w*\s*(?:-\s*|:\s*)?)?\Z")


def _frame(funder: str, before: str) -> re.Match[str] | None:
    """The "w ramach" that `before` (folded) ends with before a state fund that names no programme, if any."""
    if funder not in state_funds() or funder in programmes():
        return None
    return _FRAME_BEFORE.search(before[-60:])


def find_all_mentions(text: str, funder_spans: Spans) -> list[Payer]:
    """Every funders.csv body named anywhere (for making a generic voivode or office specific)."""
    return [Payer(start, keys[0], text[start:end], 0) for start, end, keys in funder_spans]
