"""Partners after the explicit cue phrases: "Partnerem jest …", ", a partnerami …", "w partnerstwie z …",
"dwóch partnerów: …", a partnership's members, its agreement's parties.

The phrases that name partners outright, kept together with the patterns they scan for.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from extract.org_names import OPEN_QUOTES, cut_name, matches_at, matches_from, split_orgs, windows_before
from extract.partner_acronyms import spelled
from extract.partner_cases import GENITIVE_HEADS, from_genitive
from extract.partner_heads import COUNT_WORDS, SHARED_HEAD, bare_places, shared_head, unit_head
from extract.partner_labels import labelled_bullets
from extract.partner_lists import LOWER_UNIT_HEAD, cued_list, cut_listed_name, list_items, read_list
from extract.partner_names import BRAND, Found, is_unit, run_at, run_before
from extract.partner_sentences import end_of_sentence, sentence_of

# Words between "Partnerem" and its verb: "Partnerem realizacji projektu jest", "Partnerami w projekcie są",
# "Partnerem merytorycznym przedsięwzięcia będzie", "Partnerami gminy w projekcie są" (an owner only before
# "w projekcie": "Partnerem gminy jest" alone may be a twin town).
_ROLE_WORDS = (
    r"(?:projektu|przedsięwzięcia|zadania|partnerstwa|konsorcjum|programu\s+projektu|realizacji|w|we|przy|projekcie"
    r"|przedsięwzięciu|zadaniu|tego|tym|naszego|naszym|niniejszego|niniejszym|całego|głównym|głównymi"
    r"|partnerskiego|wspólnego"  # "Liderem projektu partnerskiego jest", "Partnerami wspólnego projektu są"
    r"|(?:merytoryczn|strategiczn|krajow|zagraniczn|ponadnarodow|lokaln|społeczn|technologiczn|publiczn"
    r"|prywatn|instytucjonaln|formaln)(?:ym|ymi)"
    r"|po\s+stronie\s+[a-ząćęłńóśźż]+(?:ej|iej)"
    # an event's partners ("Partnerami festiwalu byli A i B"; its sponsors and patrons are named otherwise)
    r"|festiwalu|wydarzenia|imprezy|festynu|koncertu|konkursu|inicjatywy)"
)
# "Partnerami biorącymi udział w realizacji projektu są": a participle phrase after the role
_TAKING_PART = r"(?:\s+(?:biorąc|uczestnicząc)\w+(?:\s+udział)?(?:\s+w\s+(?:realizacji(?:\s+projektu)?|projekcie))?)?"
_ROLE_OWNER = (
    r"(?:\s+(?:gminy|powiatu|miasta|województwa|lidera|beneficjenta|ośrodka|wnioskodawcy)"
    r"(?=\s+w\s+(?:projekcie|realizacji)))?"
)
# A project role's owner that is no twin town's: "Partnerami uczelni są: …" (read in a sentence about a project).
_PROJECT_OWNER = (
    r"(?P<owner>\s+(?:lidera|beneficjenta|wnioskodawcy|uczelni|konsorcjum"
    r"|(?:Gminy|Powiatu|Miasta|Województwa|Fundacji|Stowarzyszenia|Ośrodka)(?:\s+[A-ZŁŚŻŹĆŃÓ][\w-]+){1,3}))?"
)
_PARTNER_IS = re.compile(
    r"\b(Partnerem\s+wiodącym|Liderem|(?:Współ)?[Pp]artner(?:em|ami|zy))"
    rf"{_ROLE_OWNER}{_PROJECT_OWNER}{_TAKING_PART}(?:\s+{_ROLE_WORDS}){{0,4}}"
    # "Liderem oraz koordynatorem projektu jest", "Liderem Partnerstwa ustanowiona została": a second role, a participle
    r"(?:\s+(?:i|oraz)\s+koordynatorem(?:\s+projektu)?)?(?:\s+(?:ustanowion|wybran|wyznaczon|wskazan)\w*)?"
    r"\s+(?:jest|są|był[aoy]?|byli|będzie|będą|został[aoy]?|zostały|zostali|zostanie|zostaną|to)"
    r"(?:\s+w\s+(?:niej|nim|nich|umowie|porozumieniu))?"  # "Partnerem wiodącym została w niej (umowie) Gmina X"
    r"(?:\s+(?:również|także|też|ponadto))?(?:\s+(?:m\.[ \t]?in\.|między\s+innymi|tj\.))?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# ", a partnerem X", ", a partnerami: A, B i C", ", a partnerem – wybranym w konkursie – jest X"
# ", natomiast liderem – Powiat X", ", partnerami zaś A oraz B", "którego liderem jest X, a członkami A i B": the verb
# left out after a contrasting conjunction.
_AND_PARTNER = re.compile(
    r"\b(?:(?:a|natomiast|zaś)\s+(?P<role>partner(?:em|ami)|liderem|członkami)"
    r"|(?P<role2>partner(?:em|ami)|liderem)\s+(?:zaś|natomiast|z\s+kolei))"
    rf"{_TAKING_PART}"
    r"(?:\s+[–—-]\s[^–—\n]{1,160}?\s[–—-])?"
    r"(?:\s+(?:projektu\s+)?(?:jest|są|był[aoy]?|byli|został[aoy]?|będzie|będą))?[ \t]*(?:[–—-](?=[ \t]))?[ \t]*:?\s+",
    re.IGNORECASE,
)
_PARTNERSHIP_BY = re.compile(
    r"(?:projekt\w*\s+partnersk\w*|partnersk\w*\s+projekt\w*)[^.\n]{0,80}?"
    r"\b(?:realizowan\w*\s+(?:jest\s+|był\s+|będzie\s+)?przez|realizuj[ąe]|realizowa(?:ć|li|ły)\s+będą)\s+",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    r"\d{1,2}|dwóch|dwaj|dwie|dwa|trzech|trzej|trzy|czterech|czterej|cztery|pięciu|sześciu|siedmiu|ośmiu"
    r"|dziewięciu|dziesięciu|kilku|kilkunastu"
)
_COUNT_WORDS = COUNT_WORDS  # counts in any case (`partner_heads`)
# The counts compiled: a clause that counts its units ("wspólnie z sześcioma gminami: …").
COUNT = re.compile(_COUNT_WORDS, re.IGNORECASE)
# also "w ramach partnerstwa z …" (the genitive of the noun, the same partner after "z")
# (a determiner or a count before a unit type's plural is passed over, the plural and its names read by the list:
# "w partnerstwie z następującymi gminami: A, B", "… z sześcioma gminami: A, B")
IN_PARTNERSHIP = re.compile(
    r"\b(?:w\s+partnerstwie|w\s+ramach\s+partnerstwa)\s+(?:m\.[ \t]?in\.\s+|między\s+innymi\s+)?ze?"
    r"(?:\s+następującymi\s+podmiotami|\s+(?:następującymi|poniższymi|wymienionymi|"
    + _COUNT_WORDS
    + r")(?=\s+(?:gminami|powiatami|miastami)\b))?[ \t]*:?\s+",
    re.IGNORECASE,
)
# "dołączyło dwóch partnerów: A oraz B", "nowi partnerzy projektu: A, B", "z partnerami: …" (a colon, then names)
# A partner's side or kind ("Partnerzy zagraniczni:", "partnerów z Czech:"), never "medialni" or "strategiczni"
# (a media patron, a sponsor).
_PARTNER_SIDE = (
    r"(?:\s+(?:zagraniczn|krajow|polsc|polskich|czesc|czeskich|słowac|słowackich|niemiec|niemieckich|litewsc"
    r"|litewskich|ukraińsc|ukraińskich|lokaln|merytoryczn|społeczn|samorządow|ponadnarodow)\w*"
    r"|\s+z\s+(?:Czech|Słowacji|Niemiec|Litwy|Ukrainy|Łotwy|Białorusi|Saksonii|Brandenburgii|zagranicy))?"
)
_PARTNERS_COLON = re.compile(
    rf"\b(?:(?:{_NUMBER_WORDS}|następując\w+|now\w+|pozostał\w+)\s+)?partner(?:ów|zy|ami){_PARTNER_SIDE}"
    r"(?:\s+(?:projektu|przedsięwzięcia|zadania|partnerstwa))?"
    r"(?:[ \t]*:|,?[ \t]+(?:czyli|tj\.|m\.[ \t]?in\.|między\s+innymi)[ \t]*:?)[ \t]*",  # "Partnerzy, czyli A i B"
    re.IGNORECASE,
)
# "partnerstwo trzech organizacji pozarządowych: WiseEuropa, Fundacji X i Koalicji Y" (names in the genitive)
_PARTNERSHIP_OF_KIND = re.compile(
    rf"\bpartnerstw(?:o|a|em|ie|u)\s+(?:(?:{_NUMBER_WORDS})\s+)?(?:organizacji|podmiotów|instytucji|samorządów"
    r"|gmin|powiatów|jednostek|stowarzyszeń|fundacji|partnerów|miast|parafii|szkół|uczelni)"
    r"(?:\s+[a-ząćęłńóśźż-]+){0,3}?[ \t]*:[ \t]*",
    re.IGNORECASE,
)
# "w partnerstwie Gminy Lipno i Fundacji Razem", "partnerstwo Powiatu X ze Stowarzyszeniem Y" (lower-case cue:
# "Partnerstwo Gmin Powiatu X" is a partnership's own name)
_PARTNERSHIP_OF = re.compile(r"\bpartnerstw(?:o|a|em|ie|u)\s+(?=[A-ZŁŚŻŹĆŃÓ])")
# "w partnerstwie przez A (lider) i B", "w partnerstwie pomiędzy A a B", "realizowany w partnerstwie: A, B"; the noun
# "partnerstwo pomiędzy A, B oraz C" (read in a sentence about a project: twin towns are partners too)
_PARTNERSHIP_BETWEEN = re.compile(
    r"\bw\s+partnerstwie\s+(?:przez|pomiędzy|między)\s+|\bw\s+partnerstwie[ \t]*:\s*"
    r"|\b(?P<noun>partnerstw(?:o|a|em))\s+(?:pomiędzy|między)\s+"
)
# "umowy partnerskiej zawartej przez A, B i C", "porozumienie partnerskie podpisane pomiędzy A a B",
# "podpisała umowę partnerską z Fundacją X"
_AGREEMENT = re.compile(
    r"\b(?:umow\w*|porozumieni\w*)\s+(?:partnersk\w*|o\s+partnerstwie|o\s+współpracy\s+partnerskiej)"
    r"(?:\s+[a-ząćęłńóśźż]+){0,5}?\s+(?:(?:(?:zawart\w*|podpisan\w*)\s+)?(?P<parties>przez|pomiędzy|między)|(?P<with>ze?))\s+",
    re.IGNORECASE,
)
# "Gmina Lipno i Fundacja Razem podpisały umowę partnerską": the parties before the verb (two or more).
_SIGNED_AGREEMENT = re.compile(
    r"\s+(?:podpisał\w*|zawarł\w*|zawarli|zawarły|podpisali|podpisały)\s+(?:\w+\s+){0,2}?"
    r"(?:umow\w*|porozumieni\w*)\s+(?:partnersk\w*|o\s+partnerstwie)"
    # "Gmina A i Fundacja B zawarły partnerstwo (na rzecz realizacji projektu)": the partnership itself formed
    r"|\s+(?:zawarł\w*|zawarli|zawarły|zawiązał\w*|zawiązali|zawiązały|utworzył\w*|utworzyli|utworzyły)\s+"
    r"(?:\w+\s+)?partnerstw[oa]\b",
    re.IGNORECASE,
)
# "W skład partnerstwa wchodzą: A, B", "Partnerstwo tworzą A, B oraz C", "W partnerstwie uczestniczą: …",
# "W projekcie partnerskim uczestniczą także A oraz B"
# A consortium's members are its partners: "W skład konsorcjum wchodzą: …", "Konsorcjum tworzą A i B",
# "Konsorcjum zainicjowało piętnaście uczelni i trzy przedsiębiorstwa: …" (a count, then the list after a colon).
_PARTNERSHIP_MEMBERS = re.compile(
    r"\b(?:w\s+skład\s+(?:partnerstwa|konsorcjum)(?:\s+projektowego|\s+projektu)?\s+(?:wchodz\w+|weszł\w+|wejdą)"
    r"|(?:partnerstwo|konsorcjum)(?:\s+projektowe|\s+projektu|\s+przy\s+realizacji(?:\s+projektu)?)?"
    r"\s+(?:tworzyć\s+będą|tworz\w+|utworzył\w+"
    r"|stworzył\w+|zawiązał\w+|zawiązali|zawiązały|zawarł\w+|zawarli|zawarły|zainicjował\w+|założył\w+|założyli"
    r"|założyły)"
    r"|(?:członkami|inicjatorami|założycielami)\s+(?:partnerstwa|konsorcjum)\s+(?:są|byli|były|zostali|zostały|zostaną)"
    r"|(?:partnerstw|konsorcj)\w*(?:\s+projektow\w*)?(?:\s+w\s+składzie|(?=[ \t]*:)"
    r"|,?\s+w\s+skład\s+(?:którego|której)\s+(?:wchodz\w+|weszł\w+|wejdą))"
    r"|(?P<which>w\s+skład\s+(?:którego|której)\s+(?:wchodz\w+|weszł\w+|wejdą))"  # read in a partnership's sentence
    r"|w\s+(?:partnerstwie|projekcie\s+partnerskim)\s+(?:uczestnicz\w+|biorą\s+udział))"
    r"(?:\s+(?:także|również|ponadto|też))?"
    rf"(?:\s+{_COUNT_WORDS}[^.:\n]{{0,120}}?(?=:))?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# Where those two can begin (`matches_from`: they open with `\b` and are tried at every position otherwise): at
# their words, or at a "w" before "skład", "partnerstwie" or "projekcie partnerskim" (`_W_BEFORE`, over the
# lower-case cues).
_MEMBERS_STARTS = ("partnerstw", "konsorcj", "członkami", "inicjatorami", "założycielami")
_BETWEEN_STARTS = ("partnerstw",)  # "partnerstwo pomiędzy A a B"
_W_BEFORE = re.compile(r"w\s+(?:skład|partnerstwie|projekcie\s+partnerskim)")
_PROJECT_CONTEXT = re.compile(r"projek|realiz|zadani|przedsięwzię|wdraża", re.IGNORECASE)  # "projekcie" too
# A partner's or a leader's word in a sentence: what makes the units it names partners.
PARTNER_WORD = re.compile(r"partner|lider", re.IGNORECASE)


# A lower-case kind of the units listed after it: "szkoły:", "lokalne organizacje pozarządowe:".
_KIND_COLON = re.compile(r"[a-ząćęłńóśźż]+(?:[ \t]+[a-ząćęłńóśźż]+){0,3}[ \t]*:[ \t]*(?=[A-ZŁŚŻŹĆŃÓ„\"])")

# A count and the units' kind before a colon, whatever follows: "sześć samorządów:", "cztery gminy:" (a singular
# "Partnerem jest" then names a list too).
_COUNTED_KIND = re.compile(rf"{_COUNT_WORDS}[ \t]+[a-ząćęłńóśźż]+(?:[ \t]+[a-ząćęłńóśźż]+){{0,3}}[ \t]*:[ \t]*")

# A region's or a country's adjective before a unit's lower-case head: "małopolska gmina Bobowa", "słowacki powiat X".
_REGION_BEFORE_HEAD = re.compile(
    r"[a-ząćęłńóśźż]+(?:sk|ck)(?:a|i|ie)[ \t]+(?=(?:gmina|powiat|miasto)[ \t]+[A-ZŁŚŻŹĆŃÓ])"
)


def partner_is(text: str, cues: str, found: Found) -> None:
    """ "Partnerem jest również X.", "Partnerami projektu są: A, B i C.", "Liderem jest X." """
    for match in matches_from(_PARTNER_IS, text, cues, ("partner", "liderem", "współpartner")):
        label = match.group(1).lower()
        lead = label.startswith(("liderem", "partnerem wiodącym"))
        end = end_of_sentence(text, match.end())
        if match.group("owner") and not _PROJECT_CONTEXT.search(text, max(0, match.start() - 300), end):
            continue  # "Partnerami uczelni są firmy z regionu": the owner's partners, no project's
        if end == match.end() or not text[match.end() : end].strip():
            labelled_bullets(text, end + 1, found, lead)
            continue
        counted = _COUNTED_KIND.match(text, match.end())  # "Partnerem jest sześć samorządów: starostwo X, …"
        if label.startswith(("partnerami", "partnerzy")) or counted:
            kind = counted or _KIND_COLON.match(text, match.end())  # "Partnerami są szkoły: A i B": the kind left out
            start = kind.end() if kind and not SHARED_HEAD.match(text, match.end()) else match.end()
            items = [
                (cut_name(name), position, marked)
                for name, position, marked in list_items(text, start, end)
                if _is_list_name(name)
            ]
            if not any(is_unit(name) or BRAND.fullmatch(name) for name, _, _ in items):
                continue  # "pozostałymi partnerami są szkoły z Czech, Rumunii i Włoch": countries, no unit named
            for name, position, marked in items:
                found.add(position, name, marked)
            continue
        start = match.end()
        if region := _REGION_BEFORE_HEAD.match(text, start):  # "Liderem jest małopolska gmina Bobowa"
            start = region.end()
        lower = LOWER_UNIT_HEAD.match(text, start)  # "Liderem projektu jest gmina Żmudź": the head capitalised
        seen = text if lower is None else text[: lower.start()] + lower.group(0).capitalize() + text[lower.end() :]
        run = run_at(seen, start)  # one partner (or "A oraz B"), not a clause list
        if run is not None:
            for name, position in split_orgs(run.text, run.start):
                if _is_list_name(name):
                    found.add(position, name, lead)
            also = _ALSO.match(text, run.end)  # "Partnerem projektu jest A, a także B": one more partner
            more = run_at(text, also.end()) if also else None
            if more is not None and is_unit(more.text):
                for name, position in split_orgs(more.text, more.start):
                    if _is_list_name(name):
                        found.add(position, name, lead)
            other_side = _OTHER_SIDE.match(text, run.end)  # "…, a po stronie polskiej Gmina Y"
            second = run_at(text, other_side.end()) if other_side else None
            if second is not None and is_unit(second.text):
                found.add(second.start, second.text, lead)


# One more partner after the first one's name: ", a także B", ", jak również B" (the run ends past its comma).
_ALSO = re.compile(r"[ \t]*,?[ \t]*(?:a[ \t]+także|jak[ \t]+również|a[ \t]+ponadto)[ \t]+(?=[A-ZŁŚŻŹĆŃÓ„\"])")
# The second side of a cross-border partnership, the verb left out: "Partnerem po stronie słowackiej jest Obec X,
# a po stronie polskiej Gmina Y".
_OTHER_SIDE = re.compile(
    r"[ \t]*,?[ \t]+a[ \t]+po[ \t]+stronie[ \t]+[a-ząćęłńóśźż]+(?:ej|iej)(?:[ \t]+(?:jest|–))?[ \t]+"
)


# The role words every _AND_PARTNER match holds, and the longest word that may stand before them ("natomiast").
_AND_PARTNER_ROLES = ("partnerem", "partnerami", "liderem", "członkami")
_AND_PARTNER_REACH = len("natomiast")


def _and_partner(text: str, cues: str) -> Iterator[re.Match[str]]:
    """_AND_PARTNER's matches (`finditer`'s), tried only at its role words and the few words before them."""
    if len(cues) != len(text):
        yield from _AND_PARTNER.finditer(text)
        return
    positions: set[int] = set()
    for role in _AND_PARTNER_ROLES:
        positions |= windows_before(cues, role, _AND_PARTNER_REACH)
    yield from matches_at(_AND_PARTNER, text, positions)


def partnership_lists(text: str, cues: str, found: Found) -> None:
    """ ", a partnerem X", "projekt partnerski realizowany jest przez A (partner wiodący) i B" """
    and_partner = any(word in cues for word in ("partnerem", "partnerami", "liderem"))
    for match in itertools.chain(
        _and_partner(text, cues) if and_partner else (),
        matches_from(_PARTNERSHIP_BY, text, cues, ("projekt", "partnersk")),
    ):
        role = (match.groupdict().get("role") or match.groupdict().get("role2") or "").lower()
        if role == "członkami" and not PARTNER_WORD.search(sentence_of(text, match.start(), match.end())):
            continue  # "a członkami są mieszkańcy": members of no partnership
        end = end_of_sentence(text, match.end())
        for name, position, marked in list_items(text, match.end(), end):
            name = cut_listed_name(name)
            if _is_list_name(name) and is_unit(name):
                found.add(position, name, marked or role == "liderem")


def _is_list_name(name: str) -> bool:
    """A list item that can be a name: it starts with a capital letter or a quote."""
    return bool(name) and (name[0].isupper() or name[0] in OPEN_QUOTES + '"') and len(name.split()) <= 20


def in_partnership(text: str, found: Found) -> None:
    """ "Projekt realizuje Stowarzyszenie X w partnerstwie z Biblioteką Y" -> Y, and X as the leader."""
    for match in IN_PARTNERSHIP.finditer(text):
        names = [(n, p, m) for n, p, m in read_list(text, match.end()) if is_unit(n)]
        for name, position, marked in names:
            found.add(position, name, marked)
        subject = run_before(text, match.start()) or _acting_subject(text, match.start())
        if names and subject is not None and is_unit(subject[0]):
            found.subjects.append((subject[1], subject[0]))


# "realizuje projekt ", "prowadziła zadanie pn. ", "będzie realizować projekt ": a verb of carrying a project out
# and its lower-case object, between a sentence's subject and "w partnerstwie z".
_ACTING_PREDICATE = re.compile(
    r"[ \t]+(?:(?:będzie|będą|wspólnie)[ \t]+)?(?:z?realiz\w++|prowadz\w++|przeprowadzi\w*+|wdraża\w*+|wdrożył\w*+)"
    r"(?:[ \t]++[a-ząćęłńóśźż.+-]++){0,3}+(?:[ \t]++[„\"][^”\"\n]{1,120}[”\"])?[ \t]*$"
)


def _acting_subject(text: str, end: int) -> tuple[str, int] | None:
    """The unit a sentence opens with when only its predicate stands before `end`: "Gmina Lipno realizuje projekt|
    w partnerstwie z …" -> Gmina Lipno (the leader)."""
    floor = max(0, end - 300)
    stop = text.rfind(". ", floor, end)
    start = max(text.rfind("\n", floor, end) + 1, stop + 2 if stop >= 0 else 0, floor)
    while start < end and text[start] in " \t":
        start += 1
    run = run_at(text, start)
    if run is None or run.start != start or run.end > end or not _ACTING_PREDICATE.match(text[run.end : end]):
        return None
    return run.text, run.start


# "w ramach partnerstwa gmin Lipno, Kikół i Skępe", "partnerstwo trzech powiatów: A, B i C": the places in it.
_PARTNERSHIP_OF_PLACES = re.compile(
    rf"\b[Pp]artnerstw(?:o|a|em|ie|u)\s+(?:(?:{_NUMBER_WORDS})\s+)?(?P<head>gmin|powiatów|miast)[ \t]*:?[ \t]*"
    r"(?=[A-ZŁŚŻŹĆŃÓ])"  # the head in lower case: "Partnerstwo Gmin Dolnego Śląska" is a partnership's own name
)


# "Umowę partnerską podpisały: A, B i C", "Porozumienie partnerskie zawarli A oraz B": the signatories after the verb.
_SIGNED_BY = re.compile(
    # "Umowę partnerską na realizację projektu podpisały A i B": a short complement between
    r"\b(?:umow\w*|porozumieni\w*)\s+(?:partnersk\w*|o\s+partnerstwie)(?:\s+(?:na|w|o|dotycząc\w*)(?:\s+[a-ząćęłńóśźż]+){1,3})?"
    r"\s+(?:podpisał\w*|zawarł\w*|zawarli|zawarły"
    r"|podpisali|podpisały)(?:\s+(?:wspólnie|razem))?[ \t]*:?[ \t]*(?=(?-i:[A-ZŁŚŻŹĆŃÓ„\"]))",
    re.IGNORECASE,
)
# "w organizacjach partnerskich realizujących projekt: WiseEuropa, Fundacji X", "UCZELNIE PARTNERSKIE: A, B": the
# partner bodies listed after a colon (in the case of their head word: given back through the genitive, which the
# locative plural's list takes).
_PARTNER_BODIES = re.compile(
    r"\b(?:organizacj|instytucj|podmiot|jednost|uczelni|szkoł)\w*\s+partnersk\w*"
    r"(?:\s+[a-ząćęłńóśźż]+){0,3}?[ \t]*:[ \t]*",
    re.IGNORECASE,
)


# "pozyskała partnerów do projektu – są nimi A oraz B", "partnerów, którymi są: A i B": the names after the pronoun.
_THEY_ARE = re.compile(
    r"\bpartner(?:ów|ami|zy)\b[^.\n:]{0,80}?(?:[–—-]|,)\s*(?:są\s+nimi|którymi\s+są|a\s+są\s+nimi)[ \t]*:?[ \t]*",
    re.IGNORECASE,
)


# "partnerstwo pod przewodnictwem Gminy Kikół", "projekt realizowany pod kierunkiem Powiatu X (lidera)": the lead,
# in the genitive, of a partnership or a consortium named in the sentence.
_LED_BY = re.compile(r"\bpod\s+(?:przewodnictwem|kierownictwem)\s+(?=(?-i:[A-ZŁŚŻŹĆŃÓ„\"]))", re.IGNORECASE)


_PARTNERSHIP_OR_CONSORTIUM = re.compile(r"partnerstw|konsorcj", re.IGNORECASE)


def _partners_colon(text: str, cues: str) -> Iterator[re.Match[str]]:
    """_PARTNERS_COLON's matches.  Each holds "partner", after at most one word (a count, "nowych", "pozostałych")
    and white space, and begins at a word start: it is tried at each "partner" and at the word before it (one
    search for "partner", where a search for each count word cost more than the rest of the scan)."""
    if len(cues) != len(text):
        yield from _PARTNERS_COLON.finditer(text)
        return
    positions = []
    at = cues.find("partner")
    while at >= 0:
        positions.append(at)
        space = at
        while space and text[space - 1].isspace():  # `\s`
            space -= 1
        word = space
        while word and (text[word - 1].isalnum() or text[word - 1] == "_"):  # `\w`
            word -= 1
        if word < space < at:
            positions.append(word)
        at = cues.find("partner", at + 1)
    yield from matches_at(_PARTNERS_COLON, text, positions)


def partner_cues(text: str, cues: str, found: Found) -> None:
    """Partners after the other explicit cues: "dwóch partnerów: A oraz B", "W skład partnerstwa wchodzą: …",
    "w partnerstwie przez A i B", "partnerstwo trzech organizacji: A, B i C" (the genitive), "w partnerstwie
    Gminy X i Fundacji Y", "umowy partnerskiej zawartej przez A, B i C"."""
    # What each pattern's every match holds: a text without it is not scanned.
    partnership = "partnerstw" in cues
    members = partnership or "konsorcj" in cues or "projekcie partnersk" in cues
    introduced = ":" in text or any(word in cues for word in ("czyli", "tj.", "m.in", "m. in", "między innymi"))
    colon = introduced and any(word in cues for word in ("partnerów", "partnerzy", "partnerami"))
    agreement = "partners" in cues and ("umow" in cues or "porozumieni" in cues)
    for scan, needed in (
        (_partners_colon(text, cues), colon),
        (matches_from(_PARTNERSHIP_MEMBERS, text, cues, _MEMBERS_STARTS, where=_W_BEFORE), members),
        (matches_from(_PARTNERSHIP_BETWEEN, text, cues, _BETWEEN_STARTS, where=_W_BEFORE), partnership),
    ):
        for match in scan if needed else ():
            if match.groupdict().get("which") and not _PARTNERSHIP_OR_CONSORTIUM.search(
                sentence_of(text, match.start(), match.end())
            ):
                continue  # "Związek, w skład którego wchodzą gminy …": a union's members, no partnership
            if match.groupdict().get("noun") and not _PROJECT_CONTEXT.search(
                sentence_of(text, match.start(), match.end())
            ):
                continue  # "partnerstwo między Lipnem a Hoorn": twin towns
            pair = match.group(0).rstrip().endswith("między")
            # "z udziałem partnerów: Gminy A, Fundacji B": after a genitive plural the names may be genitives too
            convert = from_genitive if "partnerów" in match.group(0).lower() else None
            counted = COUNT.search(text, match.start(), match.end())  # "W skład partnerstwa wchodzi 5 gmin: A, B"
            shared = shared_head(text, counted.start()) if counted else []
            for name, position, marked in shared or cued_list(text, match.end(), convert, pair=pair):
                found.add(position, name, marked)
    for match in matches_from(_SIGNED_BY, text, cues, ("umow", "porozumieni")) if agreement else ():
        signatories = cued_list(text, match.end())
        if len(signatories) >= 2 and _PROJECT_CONTEXT.search(text, max(0, match.start() - 300), match.end() + 300):
            for name, position, marked in signatories:
                found.add(position, name, marked)
    bodies = ("organizacj", "instytucj", "podmiot", "jednost", "uczelni", "szkoł") if "partnersk" in cues else ()
    for match in matches_from(_PARTNER_BODIES, text, cues, bodies):
        if _PROJECT_CONTEXT.search(sentence_of(text, match.start(), match.end())):
            for name, position, marked in cued_list(text, match.end(), from_genitive):
                found.add(position, name, marked)
    for match in matches_from(_THEY_ARE, text, cues, ("partner",)) if "nimi" in cues or "którymi" in cues else ():
        for name, position, marked in cued_list(text, match.end()):
            found.add(position, name, marked)
    for match in matches_from(_LED_BY, text, cues, ("pod",)) if members and "pod " in cues else ():
        if not _PARTNERSHIP_OR_CONSORTIUM.search(sentence_of(text, match.start(), match.end())):
            continue  # "pod przewodnictwem Wójta": a meeting chaired, no partnership led
        run = run_at(text, match.end())
        if run is not None:
            name = from_genitive(split_orgs(run.text, run.start)[0][0])
            if is_unit(name):
                found.add(run.start, name, lead=True)
    for match in matches_from(_PARTNERSHIP_OF_PLACES, text, cues, ("partnerstw",)) if partnership else ():
        for name, position, marked in bare_places(text, match.end(), unit_head(match.group("head"))):
            found.add(position, name, marked)
    for match in matches_from(_PARTNERSHIP_OF_KIND, text, cues, ("partnerstw",)) if partnership else ():
        for name, position, marked in cued_list(text, match.end(), from_genitive):
            found.add(position, name, marked)
    for match in matches_from(_PARTNERSHIP_OF, text, cues, ("partnerstw",)) if partnership else ():
        head = text[match.end() : match.end() + 40].split(maxsplit=2)
        if not head or not any(w.lower() in GENITIVE_HEADS for w in head[:2]):
            continue
        if not _PROJECT_CONTEXT.search(sentence_of(text, match.start(), match.end())):
            continue
        for name, position, marked in cued_list(text, match.end(), from_genitive):
            found.add(position, name, marked)
    for match in matches_from(_AGREEMENT, text, cues, ("umow", "porozumieni")) if agreement else ():
        if not _PROJECT_CONTEXT.search(sentence_of(text, match.start(), match.end())):
            continue  # an agreement of twin towns, not a project partnership
        pair = (match.group("parties") or "").endswith("między")
        for name, position, marked in cued_list(text, match.end(), pair=pair):
            found.add(position, spelled(text, name), marked)  # "między UKW a Kołem X": the acronym spelled out
    signed = (agreement or partnership) and any(word in cues for word in ("podpisa", "zawar", "zawiąza", "utworzy"))
    signs = ("podpisa", "zawar", "zawiąza", "utworzy")
    for match in matches_from(_SIGNED_AGREEMENT, text, cues, signs, str.isspace) if signed else ():
        if not _PROJECT_CONTEXT.search(sentence_of(text, match.start(), match.end())):
            continue
        subject = run_before(text, match.start())
        if subject is None:
            continue
        names = [(n, p) for n, p in split_orgs(subject[0], subject[1]) if is_unit(n)]
        if len(names) >= 2:  # one signatory alone is the one taking partners on
            for name, position in names:
                found.add(position, name)
