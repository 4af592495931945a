"""The unit a sentence of granting names: "przyznano Gminie X", "dotacja dla Y", "otrzymana przez Z", a buyer.

The dative and genitive recipients of the later beneficiary steps in `extract.organisations`.
"""

from __future__ import annotations

import re

from extract.beneficiary_cues import (
    APPLICATION,
    BODY_HEAD,
    DATIVE_ADJECTIVE,
    FOR_UNIT,
    FRONTED_ANOTHER,
    FRONTED_GRANT,
    FRONTED_ORGAN,
    GIFTS,
    GOES_TO,
    GOODS,
    GRANTED_TO,
    HANDED_TO,
)
from extract.beneficiary_round_up import SOURCE_NAME, another_recipient
from extract.local_offices import head_unit
from extract.org_cases import HEAD_FORMS, from_accusative, from_body_dative, from_dative, nominative
from extract.org_names import fold, nominative_body, org_like, split_orgs, subject_before
from extract.org_roles import (
    ACRONYM_AT,
    LOWER_UNIT,
    genitive_at,
    getting_unit,
    public_body,
    role_name,
    run_at,
    spelled_out,
    unit_named_at,
)
from extract.org_sentences import CAP, MONEY, money_near, sentence_stop, start_of_sentence
from extract.partners import from_genitive

SEVERAL = "\x00several"  # `granted_recipient`'s answer for a sentence naming several recipients


def granted_recipient(text: str, pattern: re.Pattern[str], match: re.Match[str]) -> str | None:
    """The unit a granted pattern's match names as getting money (`SEVERAL` when its sentence adds another), or
    None when the match says no money or names no unit."""
    head = "head" if match.group("head") else "head2"
    if pattern is GOES_TO and not money_near(text, match.start(), match.end(), sentences=2):
        return None
    if pattern is HANDED_TO and not money_near(text, match.start(), match.end()):
        return None
    if pattern is FOR_UNIT and GOODS.search(match.group(0)):
        return None  # "dofinansowanie zakupu wyposażenia dla OSP X": who uses the goods, not who got the money
    if pattern is GRANTED_TO and match.group("brought") and not money_near(text, match.start(), match.end()):
        return None  # "przyniósł Gminie X rozgłos": money must be said
    if pattern is GRANTED_TO and match.group("acronym"):  # "przekaże TMZC darowiznę": the name it stands for
        found = role_name(spelled_out(text, match.group("acronym")))
    elif adjective := DATIVE_ADJECTIVE.search(text, max(0, match.start(head) - 30), match.start(head)):
        found = unit_named_at(text, adjective.start())  # "przyznano Gminnemu Ośrodkowi …": the whole name
        found = (from_body_dative(found) or from_dative(found)) if found else None  # ("Ludowemu Klubowi …")
    elif match.groupdict().get("of"):  # "wójtowi gminy Rybno": the gmina
        found = unit_named_at(text, match.start("of"))
    elif match.groupdict().get("town"):  # "burmistrzowi Rybna": the gmina of the town, not a person
        at = match.start("town")
        headed = head_unit(match.group(head).split()[0], text[at : at + 80].split())
        found = headed[0] if headed else None
    elif (body := from_body_dative(match.group(head))) is not None:  # "przyznali Śląskiemu Bankowi Żywności"
        if not money_near(text, match.start(), match.end()) or _gift_first(text, match):
            return None  # "przekazał Szkole sztandar": money must be said, and be what is handed over
        named = unit_named_at(text, match.start(head)) or body  # (a head `nominative` knows is read back already)
        found = role_name(from_body_dative(named) or named)
        found = found if found and len(found.split()) > 1 else None
    elif match.group(head).startswith("Województwu"):  # "przekazana Województwu Lubuskiemu": no payer here
        found = _voivodeship_at(text, match.start(head))
    elif pattern is GOES_TO and BODY_HEAD.fullmatch(match.group(head)):  # "Do Szpitala Powiatowego w X trafi"
        found = genitive_at(text, match.start(head))
    else:
        found = unit_named_at(text, match.start(head))
    if found and SOURCE_NAME.match(found):
        return None  # "przyznano z RPOWP dofinansowanie": a programme or fund named as the source, no recipient
    if found and another_recipient(text, match.start(head), found):
        return SEVERAL
    return found


def _gift_first(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence of a grant to a body, from its verb on, names goods before any money (or none): what is
    handed over is the goods ("przekazali Szkole X sztandar", "wręczył sztandar Szkole X, wart 5 tys. zł")."""
    stop = sentence_stop(text, match.end(), 200)
    gift = GIFTS.search(text, match.start(), stop)
    if gift is None:
        return False
    money = MONEY.search(text, match.start(), stop)
    return money is None or gift.start() < money.start()


# The agent of a participle or a verbal noun of getting: "Środki pozyskane przez Powiat X", "dotacja otrzymana przez
# Fundację Y", "w historii pozyskiwania przez Gminę Z funduszy unijnych" (without "przez" they name no getter).
GOT_BY_STARTS = ("pozysk", "otrzym", "uzysk", "zdoby", "wywalcz")
GOT_BY = re.compile(
    r"(?<![\w])(?i:pozysk(?:an|iwan)|otrzym(?:an|ywan)|uzysk(?:an|iwan)|zdoby(?:t|wan)|wywalczon)\w*"
    rf"\s+przez\s+(?=[{CAP}]|(?:gmin|powiat|miast)\w*\s+[{CAP}])"
)


def agent_at(text: str, start: int) -> str | None:
    """The body named at `start` after "przez" (the accusative), in the nominative: a unit, a body named in full, or
    an acronym the passage spells out ("przez LGD" -> "Lokalna Grupa Działania X"); None for a person or a payer."""
    if (acronym := ACRONYM_AT.match(text, start)) and not text[acronym.end() : acronym.end() + 1].isalpha():
        spelled = spelled_out(text, acronym.group(0))
        return role_name(spelled) if spelled else None
    found = unit_named_at(text, start)
    if found is None:
        return None
    found = from_accusative(found)
    return found if getting_unit(found) or nominative_body(found) else None


# "Gmina X kupiła samochód …", "Nowy bus …, kupiła Gmina Y.": a unit that bought something with money a grant paid.
BOUGHT = re.compile(r"\b(?:za)?kupi(?:ł|ła|ło|li|ły)\b", re.IGNORECASE)
# A grant paid for it (not "finansowany z budżetu gminy", "ze środków własnych"): in the verb's sentence or the three
# after (a page about a purchase says what it cost and who paid after what it is for).
_GRANT_PAID = re.compile(r"dofina|dotac|\bgrant|ze\s+środków\s+(?!własn)|\bpromes", re.IGNORECASE)


def buyer(text: str, verb: re.Match[str]) -> str | None:
    """The unit that is the subject of a verb of buying, before it or right after it, when its sentence or the three
    after it say a grant paid (`_GRANT_PAID`); None otherwise."""
    end = verb.end()
    for _ in range(4):
        end = sentence_stop(text, end + 1, 300)
    if not _GRANT_PAID.search(text, start_of_sentence(text, verb.start()), end):
        return None
    if found := role_name(subject_before(text, verb.start()), unit=True):
        return found
    start = verb.end()
    while start < len(text) and text[start] in " \t\u00a0":
        start += 1
    first = text[start : start + 30].split(" ", 1)[0]
    return role_name(unit_named_at(text, start), unit=True) if HEAD_FORMS.get(first) == first else None


_VOIVODESHIP_DATIVE = re.compile(rf"Województwu\s+(?P<name>[{CAP}][\w-]*(?:sk|ck)iemu)\b")


def _voivodeship_at(text: str, start: int) -> str | None:
    """The voivodeship named in the dative at `start` ("Województwu Lubuskiemu" -> "Województwo Lubuskie"), or None:
    a voivodeship given money, which `role_name` reads as a payer elsewhere."""
    match = _VOIVODESHIP_DATIVE.match(text, start)
    return nominative(match.group(0)) if match else None


def applying_body(name: str) -> bool:
    """Whether `name` may have filed an application in its own name: a unit that gets money (`getting_unit`) or a
    public body named in full (`public_body`)."""
    return getting_unit(name) or public_body(name)


def body_applicant(text: str, lowered: str, verb: re.Match[str]) -> str | None:
    """The public body that filed the application of a "złożył" clause: its subject before the verb ("Ośrodek X
    złożył w ministerstwie projekt"), or the name right after it ("ofertą, którą złożyła Parafia X")."""
    start = start_of_sentence(text, verb.start())
    before = lowered[max(start, verb.start() - 60) : verb.start()]
    after = lowered[verb.end() : sentence_stop(text, verb.end(), 80)]
    subject = subject_before(text, verb.start())
    if subject and APPLICATION.search(after):
        found = role_name(subject)
        return found if found and public_body(found) else None
    following = verb.end() + 1
    named = text[following : following + 1].isupper() or LOWER_UNIT.match(text, following)  # "złożyła gmina X"
    if not subject and APPLICATION.search(before) and named:
        found = unit_named_at(text, following)
        return found if found and applying_body(found) else None
    return None


# A fronted "Dla …" name opens with a body's head in the genitive, its adjective, an acronym or a quoted name.
_BODY_FIRST = re.compile(
    r"(?:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż-]+(?:ej|ego)\s+)?"
    r"(?:Gminy|Powiatu|Miasta|Województwa|Stowarzyszenia|Fundacji|Parafii|Związku|Spółdzielni|Ośrodka|Towarzystwa"
    r"|Federacji|Biblioteki|Straży|Klubu|Koła|Centrum|Domu|Muzeum|Teatru|Szkoły|Zespołu|Szpitala|Hospicjum|Banku"
    r"|Uniwersytetu|Instytutu|Przedszkola|Żłobka|Grupy|Zakładu|Spółki|Kościoła|Zgromadzenia|Chóru|Orkiestry|Izby"
    r"|Schroniska|Caritas|Akademii|Filharmonii|Galerii|Rady|Sołectwa|Wspólnoty|Instytucji|Agencji|Uczniowskiego"
    r"|Ludowego|Ochotniczej|Gminnego|Miejskiego|Powiatowego)(?!\w)"
    r"|[A-ZĄĆĘŁŃÓŚŹŻ]{2,}(?!\w)|[„\"«]"
)


def fronted_recipient(text: str, start: int, *, dative: bool = False) -> str | None:
    """The body a fronted "Dla …" at `start` names (`FRONTED_FOR`: its name's start), or with `dative` a fronted dative
    ("Gminie X Wojewoda przekazał …", `FRONTED_DATIVE`), when a verb of granting follows the name in the sentence and
    money is said; None for a person, a payer, several recipients or no grant."""
    run = run_at(text, start)
    if run is None or run.start != start:
        return None
    words = split_orgs(run.text)[0][0].split()
    for i, word in enumerate(words[1:], 1):
        # "Dla Gminy X Wojewoda przyznał", "Dla Gminy X Powiat Y przekazał": the organ or unit is the verb's subject
        if fold(word) in FRONTED_ORGAN or HEAD_FORMS.get(word) == word:
            words = words[:i]
            break
    if not dative and not _BODY_FIRST.match(" ".join(words[:3])):
        return None  # "Dla Mieszkańców Gminy X", "Dla Uczniów Szkoły …": people, no body
    printed = " ".join(words)
    end = start + len(printed)
    stop = sentence_stop(text, end, 300)
    if not FRONTED_GRANT.match(text, end, stop) or not money_near(text, start, stop):
        return None
    if FRONTED_ANOTHER.search(text, end, stop):
        return None  # "Dla Klubu A przyznano 5 000 zł, a dla Klubu B 3 000 zł": several recipients
    if dative:
        named = unit_named_at(text[:end], start)  # (the name read in the nominative, up to the organ)
        found = role_name(named) if named else None
        return found if found and len(found.split()) > 1 else None
    found = role_name(nominative(from_genitive(printed)))
    return found if found and org_like(found) else None
