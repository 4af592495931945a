"""Partners of a partnership project, read only where the text says so; the lead marked; names in the nominative.

Labels ("Partnerzy projektu:", "Lider: … oraz Partnerzy: …", a heading over a list of names),
"Partnerem jest …", "a partnerami: …", "w partnerstwie z …" (its subject is the leader unless another
one is named), "wspólnie z / wraz z …" in a sentence about carrying a project out, "wraz z trzema
partnerami: …", "X, działając jako Lider Projektu", "lider projektu (X)", "(partner wiodący)" /
"(lider)" markers, the distributive "ROPS-ami z województw: A, B i C", and the subject of a sentence
about a partnership project.  Also: "Partnerem realizacji projektu jest", "Partnerzy projektu to:", "dwóch
partnerów: A oraz B", "W skład partnerstwa wchodzą: …", "Partnerstwo tworzą …", "w partnerstwie przez/pomiędzy A
a B", the genitive "partnerstwo trzech organizacji: A, Fundacji B" / "w partnerstwie Gminy A i Fundacji B", "umowy
partnerskiej zawartej przez A, B i C" (read only in a sentence about a project: twin towns sign them too),
"X jest partnerem projektu", "X pełni rolę partnera", "Jako partner przystąpiła X", "A (lider) oraz B (partner)"
and "Lider – A, Partner – B".  "We współpracy z …" is ordinary cooperation, not a project partnership,
and is never read as one; a venue, the area served or a person is never a partner.  Names printed in
the instrumental ("z Biblioteką Publiczną w Piasecznie") or the accusative ("przez Gminę Iłów") are
given back in the nominative, a name printed in capitals ("FUNDACJA WINDA") in its ordinary case.
Also: a consortium's members ("Konsorcjum tworzą …", "W skład konsorcjum wchodzą: …"), units counted and
then named ("Projekt prowadzimy wspólnie z 6 grupami:", "… chcą go przeprowadzić razem: A, B i C"),
co-organisers ("Współorganizatorzy:", "Współorganizatorem był X", "Organizatorami byli A i B", "W organizację
zaangażowani są …"), a unit's plural over bare place names ("przystąpiły Gminy: A, B" -> "Gmina A", "Gmina B")
and the owner of the partners in a project sentence ("Partnerami uczelni są: …").
Long lists of every shape: "konsorcjum w składzie:", "partnerstwo: A (lider), B", "A – Lider Partnerstwa, B –
Partnerzy", a name a line after "w partnerstwie z:", "a także", "oraz z", "tj.", "m.in.", a kind or a count before
the colon, names holding a comma ("Fundacja Rozwoju Regionu, Kultury i Sportu"), saints' titles, schools' numerals,
abbreviated local units ("KGW „X”"), foreign bodies (Město, Obec, Stadt, Savivaldybė, a Ukrainian administration)
with their country's adjective read past; signatories ("Umowę partnerską podpisały: …"), co-implementers carrying a
project out "wspólnie", co-organisers by label or verb, "przy współudziale" and "z udziałem partnerów:" (genitives),
the lead "pod przewodnictwem", in apposition ("Gmina X, lider projektu,") or after "natomiast liderem –".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from extract.lowered import lowered as lower_text
from extract.org_names import (
    OPEN_QUOTES,
    OrgMention,
    cut_name,
    fold,
    matches_from,
    normalise_name,
    org_like,
    sentences_at,
    split_orgs,
    text_cues,
)
from extract.partner_cases import _GENITIVE_HEADS, from_genitive, nominative
from extract.partner_heads import _SHARED_HEAD, _SHARED_HEADS, _places, _shared_head
from extract.partner_labels import _labelled_bullets, _labelled_lists
from extract.partner_lists import (
    _LEAD_MARKER,
    _cued_list,
    _cut_name,
    _end_of_sentence,
    _list_items,
    _read_list,
    _run_before,
    _sentence_of,
    _split_units,
)
from extract.partner_names import (
    _BRAND,
    _COUNTRY_AFTER,
    _PERSON,
    _Found,
    _is_unit,
    _run_at,
    _without_country,
    partner_name,
)

__all__ = ["VOIVODESHIPS_GENITIVE", "find_partners", "from_genitive", "nominative", "partner_name"]


#: Voivodeship adjectives, genitive singular as the names print them, by folded form.
VOIVODESHIPS_GENITIVE: dict[str, str] = {
    "dolnoslaskiego": "dolnośląskiego",
    "kujawsko-pomorskiego": "kujawsko-pomorskiego",
    "lubelskiego": "lubelskiego",
    "lubuskiego": "lubuskiego",
    "lodzkiego": "łódzkiego",
    "malopolskiego": "małopolskiego",
    "mazowieckiego": "mazowieckiego",
    "opolskiego": "opolskiego",
    "podkarpackiego": "podkarpackiego",
    "podlaskiego": "podlaskiego",
    "pomorskiego": "pomorskiego",
    "slaskiego": "śląskiego",
    "swietokrzyskiego": "świętokrzyskiego",
    "warminsko-mazurskiego": "warmińsko-mazurskiego",
    "wielkopolskiego": "wielkopolskiego",
    "zachodniopomorskiego": "zachodniopomorskiego",
}
_DISTRIBUTIVE = re.compile(r"\b([A-ZŁŚŻŹĆŃÓ]{2,6})-(?:ami|ach|ów|om|y|e)\s+z\s+[Ww]ojewództw\s*:?\s*")
# Words between "Partnerem" and its verb: "Partnerem realizacji projektu jest", "Partnerami w projekcie są",
# "Partnerem merytorycznym przedsięwzięcia będzie", "Partnerami gminy w projekcie są" (an owner only before
# "w projekcie": "Partnerem gminy jest" alone may be a twin town).
_ROLE_WORDS = (
    r"(?:projektu|przedsięwzięcia|zadania|partnerstwa|konsorcjum|programu\s+projektu|realizacji|w|we|przy|projekcie"
    r"|przedsięwzięciu|zadaniu|tego|tym|naszego|naszym|niniejszego|niniejszym|całego|głównym|głównymi"
    r"|(?:merytoryczn|strategiczn|krajow|zagraniczn|ponadnarodow|lokaln|społeczn|technologiczn|publiczn"
    r"|prywatn|instytucjonaln|formaln)(?:ym|ymi)"
    r"|po\s+stronie\s+[a-ząćęłńóśźż]+(?:ej|iej))"
)
_ROLE_OWNER = (
    r"(?:\s+(?:gminy|powiatu|miasta|województwa|lidera|beneficjenta|ośrodka|wnioskodawcy)(?=\s+w\s+projekcie))?"
)
# A project role's owner that is no twin town's: "Partnerami uczelni są: …" (read in a sentence about a project).
_PROJECT_OWNER = (
    r"(?P<owner>\s+(?:lidera|beneficjenta|wnioskodawcy|uczelni|konsorcjum"
    r"|(?:Gminy|Powiatu|Miasta|Województwa|Fundacji|Stowarzyszenia|Ośrodka)(?:\s+[A-ZŁŚŻŹĆŃÓ][\w-]+){1,3}))?"
)
_PARTNER_IS = re.compile(
    r"\b(Partnerem\s+wiodącym|Liderem|Partner(?:em|ami|zy))"
    rf"{_ROLE_OWNER}{_PROJECT_OWNER}(?:\s+{_ROLE_WORDS}){{0,4}}"
    r"\s+(?:jest|są|był[aoy]?|byli|będzie|będą|został[aoy]?|zostały|zostali|zostanie|zostaną|to)"
    r"(?:\s+w\s+(?:niej|nim|nich|umowie|porozumieniu))?"  # "Partnerem wiodącym została w niej (umowie) Gmina X"
    r"(?:\s+(?:również|także|też|ponadto))?(?:\s+(?:m\.[ \t]?in\.|między\s+innymi|tj\.))?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# Co-organisers are co-implementers: "Współorganizatorem festiwalu był X", "Organizatorami wydarzenia byli A i B"
# (organisers in the plural only: one organiser is the implementer), "W organizację zaangażowani są także: …".
_EVENTS = (
    r"(?:\s+(?:wydarzenia|imprezy|festiwalu|festynu|konkursu|przeglądu|akcji|spotkania|konferencji|święta"
    r"|projektu|zadania|przedsięwzięcia|rajdu|turnieju|pikniku|koncertu|wystawy|warsztatów|zawodów))?"
)
# Also a label ("Współorganizatorzy wydarzenia:", "Organizatorzy:") and the verb ("Festyn współorganizowali: A i B",
# "współorganizowane było przez A oraz B").
_CO_ORGANISERS = re.compile(
    rf"\b(?:(?P<label>Współorganizator(?:em|ami|zy)|Organizatorami){_EVENTS}"
    r"\s+(?:jest|są|był[aoy]?|byli|będzie|będą|zostały|zostali|zostanie|zostaną)"
    rf"|(?P<colon>Współorganizatorzy|Organizatorzy){_EVENTS}(?=[ \t]*:)"
    r"|współorganizowa\w*(?:\s+(?:był[aoy]?|jest|są|został[aoy]?|zostały|zostanie))?"
    r"(?:\s+(?:także|również|też))?(?:\s+przez)?"
    r"|w\s+(?:organizację|realizację|przygotowanie)(?:\s+[a-ząćęłńóśźż]+){0,2}?\s+(?:zaangażowan[iey]|zaangażowali\s+się"
    r"|zaangażowały\s+się|włączyli\s+się|włączyły\s+się)(?:\s+(?:są|byli|były|będą|zostali|zostały))?)"
    r"(?:\s+(?:również|także|też|ponadto))?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# ", a partnerem X", ", a partnerami: A, B i C", ", a partnerem – wybranym w konkursie – jest X"
# ", natomiast liderem – Powiat X", ", partnerami zaś A oraz B", "którego liderem jest X, a członkami A i B": the verb
# left out after a contrasting conjunction.
_AND_PARTNER = re.compile(
    r"\b(?:(?:a|natomiast|zaś)\s+(?P<role>partner(?:em|ami)|liderem|członkami)"
    r"|(?P<role2>partner(?:em|ami)|liderem)\s+(?:zaś|natomiast|z\s+kolei))"
    r"(?:\s+[–—-]\s[^–—\n]{1,160}?\s[–—-])?"
    r"(?:\s+(?:projektu\s+)?(?:jest|są|był[aoy]?|byli|został[aoy]?|będzie|będą))?[ \t]*(?:[–—-](?=[ \t]))?[ \t]*:?\s+",
    re.IGNORECASE,
)
_PARTNERSHIP_BY = re.compile(
    r"(?:projekt\w*\s+partnersk\w*|partnersk\w*\s+projekt\w*)[^.\n]{0,80}?"
    r"\b(?:realizowan\w*\s+(?:jest\s+|był\s+|będzie\s+)?przez|realizuj[ąe]|realizowa(?:ć|li|ły)\s+będą)\s+",
    re.IGNORECASE,
)
_IN_PARTNERSHIP = re.compile(
    r"\bw\s+partnerstwie\s+(?:m\.[ \t]?in\.\s+|między\s+innymi\s+)?ze?(?:\s+następującymi\s+podmiotami)?[ \t]*:?\s+",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    r"\d{1,2}|dwóch|dwaj|dwie|dwa|trzech|trzej|trzy|czterech|czterej|cztery|pięciu|sześciu|siedmiu|ośmiu"
    r"|dziewięciu|dziesięciu|kilku|kilkunastu"
)
# Counts in any case, for "N units: A, B, C" ("piętnaście uczelni", "7 lokalnych grup", "sześcioma gminami").
_COUNT_WORDS = (
    r"(?<!\w)(?:\d{1,2}|dw(?:a|ie|óch|oma|aj|óm)|trz(?:y|ech|ej|ema)|czter(?:y|ech|ej|ema)"
    r"|(?:pięć|sześć|siedem|osiem|dziewięć|dziesięć)|(?:pięci|sześci|siedmi|ośmi|dziewięci|dziesięci)(?:u|oma)"
    r"|(?:jede|dwa|trzy|czter|pięt|szes|siedem|osiem|dziewięt)na(?:ście|stu|stoma)|dwadzieścia|dwudziestu"
    r"|kilk(?:a|u|oma|anaście|unastu|unastoma))(?!\w)"
)
_COUNT = re.compile(_COUNT_WORDS, re.IGNORECASE)
# "dołączyło dwóch partnerów: A oraz B", "nowi partnerzy projektu: A, B", "z partnerami: …" (a colon, then names)
# A partner's side or kind ("Partnerzy zagraniczni:", "partnerów z Czech:"), never "medialni" or "strategiczni"
# (a media patron, a sponsor).
_PARTNER_SIDE = (
    r"(?:\s+(?:zagraniczn|krajow|polsc|polskich|czesc|czeskich|słowac|słowackich|niemiec|niemieckich|litewsc"
    r"|litewskich|ukraińsc|ukraińskich|lokaln|merytoryczn|społeczn|samorządow|ponadnarodow)\w*"
    r"|\s+z\s+(?:Czech|Słowacji|Niemiec|Litwy|Ukrainy|Łotwy|Białorusi|Saksonii|Brandenburgii|zagranicy))?"
)
# Where a _PARTNERS_COLON match can begin (in `cue_text`): its optional count or adjective, or "partner"
# (a number only right before "partner": digits are too common to try the regex at each).
_PARTNERS_COLON_NUMBER = re.compile(r"\d(?<!\w\d)\d?\s+partner")
_PARTNERS_COLON_STARTS = (
    *("dw", "trz", "czter", "pięciu", "sześciu", "siedmiu", "ośmiu", "dziewięciu", "dziesięciu", "kilk"),
    *("następując", "now", "pozostał", "partner"),
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
# "w partnerstwie przez A (lider) i B", "w partnerstwie pomiędzy A a B", "realizowany w partnerstwie: A, B"
_PARTNERSHIP_BETWEEN = re.compile(r"\bw\s+partnerstwie\s+(?:przez|pomiędzy|między)\s+|\bw\s+partnerstwie[ \t]*:\s*")
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
    r"(?:umow\w*|porozumieni\w*)\s+(?:partnersk\w*|o\s+partnerstwie)",
    re.IGNORECASE,
)
# "W skład partnerstwa wchodzą: A, B", "Partnerstwo tworzą A, B oraz C", "W partnerstwie uczestniczą: …"
# A consortium's members are its partners: "W skład konsorcjum wchodzą: …", "Konsorcjum tworzą A i B",
# "Konsorcjum zainicjowało piętnaście uczelni i trzy przedsiębiorstwa: …" (a count, then the list after a colon).
_PARTNERSHIP_MEMBERS = re.compile(
    r"\b(?:w\s+skład\s+(?:partnerstwa|konsorcjum)(?:\s+projektowego|\s+projektu)?\s+(?:wchodz\w+|weszł\w+|wejdą)"
    r"|(?:partnerstwo|konsorcjum)(?:\s+projektowe|\s+projektu)?\s+(?:tworz\w+|tworzyć\s+będą|utworzył\w+"
    r"|stworzył\w+|zawiązał\w+|zawiązali|zawiązały|zainicjował\w+|założył\w+|założyli|założyły)"
    r"|członkami\s+(?:partnerstwa|konsorcjum)\s+(?:są|byli|były|zostali|zostały|zostaną)"
    r"|(?:partnerstw|konsorcj)\w*(?:\s+projektow\w*)?(?:\s+w\s+składzie|(?=[ \t]*:)"
    r"|,?\s+w\s+skład\s+(?:którego|której)\s+(?:wchodz\w+|weszł\w+|wejdą))"
    r"|(?P<which>w\s+skład\s+(?:którego|której)\s+(?:wchodz\w+|weszł\w+|wejdą))"  # read in a partnership's sentence
    r"|w\s+partnerstwie\s+(?:uczestnicz\w+|biorą\s+udział))"
    r"(?:\s+(?:także|również|ponadto))?"
    rf"(?:\s+{_COUNT_WORDS}[^.:\n]{{0,120}}?(?=:))?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# "Fundacja X jest partnerem projektu", "Gmina Y jest jednym z partnerów projektu", "Powiat Z liderem projektu"
# (a headline), "X pełni w projekcie rolę partnera": the unit right before the cue.
_IS_PARTNER = re.compile(
    r"\s+(?:(?:jest|był[aoy]?|będzie|został[aoy]?|zostanie)\s+)?(?:(?:również|także|też|ponadto)\s+)?"
    r"(?:(?:jednym|jedną)\s+z\s+partnerów|(?P<lead>liderem|partnerem\s+wiodącym)|partnerem)"
    r"(?:\s+(?:merytorycznym|strategicznym|krajowym|zagranicznym))?\s+(?:projektu|przedsięwzięcia|zadania|partnerstwa)\b"
    r"|\s+(?:pełni\w*|pełnić\s+będzie|będzie\s+pełnić|będzie\s+pełniła|będzie\s+pełnił)(?:\s+[a-ząćęłńóśźż]+){0,3}?"
    r"\s+(?:rolę|funkcję)\s+(?:(?P<lead2>lidera|partnera\s+wiodącego)|partnera)\b",
    re.IGNORECASE,
)
# "Jako partner do projektu przystąpiła Fundacja X": the unit after the verb.
_JOINED_AS = re.compile(
    r"\bjako\s+(?:(?P<lead>lider|partner\s+wiodący)|partner(?:zy)?)(?:\s+projektu|\s+w\s+projekcie)?\s+(?:do\s+projektu\s+)?"
    r"(?:przystąpił\w*|dołączył\w*|dołączyli|przystąpili|uczestnicz\w+|wystąpi\w*|występuj\w*)"
    r"(?:\s+(?:do\s+projektu|w\s+projekcie))?[ \t]*:?\s+",
    re.IGNORECASE,
)
# "Projekt prowadzi i koordynuje jako lider Powiat X": a verb of running the project, the role, then the unit.
_RUNS_VERB = r"(?:prowadz[ią]|koordynuj[eą]|realizuj[eą]|kieruj[eą]|zarządza(?:ją)?)"
_RUNS_AS = re.compile(
    rf"(?:\b{_RUNS_VERB}(?:\s+(?:i|oraz)\s+{_RUNS_VERB})?\s+jako\s+(?:(?P<lead>lider|partner\s+wiodący)|partner)"
    r"(?:\s+(?:projektu|partnerstwa))?"
    # "Jako lider projekt prowadzi Gmina X": the role first, the verb right before the unit
    r"|\bjako\s+(?:(?P<lead2>lider|partner\s+wiodący)|partner)(?:\s+(?:projekt|zadani|przedsięwzię)\w*)?"
    rf"\s+{_RUNS_VERB}(?:\s+(?:i|oraz)\s+{_RUNS_VERB})?)"
    r"[ \t]+(?=(?-i:[A-ZŁŚŻŹĆŃÓ]))",
    re.IGNORECASE,
)
# "Gmina A (lider) oraz Fundacja B (partner)", "Fundacja B – partner projektu": the name before the marker.
_ROLE_AFTER = re.compile(
    r"[ \t]*(?:\(\s*(?:(?P<lead>lider(?:a|em)?|partner(?:a|em)?\s+wiodąc\w+)|partner(?:a|em)?)(?:\s+projektu)?\s*\)"
    r"|[–—][ \t]+(?:(?P<lead2>lider(?:a|em)?|partner(?:a|em)?\s+wiodąc\w+)|partner(?:a|em)?)\s+projektu\b"
    # "Gmina X, lider projektu, podpisała …", "Gmina X, będąca liderem partnerstwa, …": the lead in apposition
    r"|,[ \t]+(?:będąc\w*[ \t]+)?(?P<lead3>lider(?:em)?|partner(?:em)?\s+wiodąc\w+)\s+(?:projektu|partnerstwa)[ \t]*,)",
    re.IGNORECASE,
)
# What the opening runs of _ROLE_AFTER hold (see `matches_from`).
_BLANK = " \t".__contains__
# The words _IS_PARTNER's matches begin with, after their white space.
_IS_PARTNER_STARTS = (
    *("jest", "był", "będzie", "zosta", "również", "także", "też", "ponadto"),
    *("jedn", "liderem", "partnerem", "pełni"),
)
_PROJECT_CONTEXT = re.compile(r"projek|realiz|zadani|przedsięwzię|wdraża", re.IGNORECASE)  # "projekcie" too
_PARTNERSHIP_WORD = re.compile(r"partnersk|partnerstw", re.IGNORECASE)
_PARTNER_WORD = re.compile(r"partner|lider", re.IGNORECASE)
_JOINING_VERB = re.compile(
    r"\b(?:przystąpi\w*|realizuj\w*|realizowa\w*|zrealizowa\w*|wdraża\w*|uczestnicz\w*|bierze\s+udział|wraz\s+z)",
    re.IGNORECASE,
)
_ACTING_VERB = re.compile(
    r"^\s*(?:wspólnie\s+)?(?:z?realiz\w+|prowadz\w+|przeprowadzi\w*|wdraża\w*|wdrożył\w*|przystąpi\w*)\b",
    re.IGNORECASE,
)
# "wraz z trzema partnerami: …", "razem z partnerami", "z następującymi partnerami:"
_WITH_PARTNERS = re.compile(
    r"\b(?:(?:wraz|razem|wspólnie)\s+)?ze?\s+(?:(?:\d{1,2}|dwoma|dwójką|trzema|czterema|pięcioma|sześcioma"
    r"|siedmioma|ośmioma|dziewięcioma|dziesięcioma|kilkoma|kilkunastoma|następującymi|swoimi|naszymi"
    r"|pozostałymi)\s+)*partner(?:ami|em)(?:\s+projektu)?"
    r"(?:[ \t]*,?[ \t]*(?:tj\.|tzn\.|czyli|m\.[ \t]?in\.|w\s+tym|takimi\s+jak))?[ \t]*:?\s+",
    re.IGNORECASE,
)
# "wspólnie z …", "wraz z …": co-implementers, read only in a sentence about carrying something out.
# Where _WITH_PARTNERS can begin with its "z"/"ze" (in `cue_text`): a "z" with no letter before it and "e" or
# a space after it; one scan for the literal "z" instead of a regex try at every "z" of the text.
_Z_WORD = re.compile(r"z(?<!\wz)(?=e|\s)")
_TOGETHER = re.compile(r"\b(?:wspólnie|wraz|razem)\s+ze?[ \t]*:?\s+", re.IGNORECASE)
_CARRYING_OUT = re.compile(r"realiz|wdraż|projekt|przedsięwzię|partner|zadani", re.IGNORECASE)
# "Gmina Iwaniska, działając jako Lider Projektu", "FUNDACJA WINDA, jako partner spoza sektora …"
_AS_ROLE = re.compile(
    r",?\s+(?:(?:działając\w*|występując\w*|będąc\w*|przystąpił\w*|przystępuj\w*|uczestnicz\w*)"
    r"(?:\s+do\s+projektu)?\s+)?jako\s+(?:(?P<lead>lider\w*|partner\w*\s+wiodąc\w*)|partner\w*)\b",
    re.IGNORECASE,
)
# "lider projektu (Miasto Opole)", "partnera (Fundacji X)" is not read: only a nominative in brackets.
_ROLE_BRACKET = re.compile(
    r"\b(?:(?P<lead>lider|partner\s+wiodący)|partner)(?:\s+(?:projektu|partnerstwa))?\s*\(\s*(?=[A-ZŁŚŻŹĆŃÓ„])",
    re.IGNORECASE,
)


_RUNS_STARTS = ("prowadz", "koordynuj", "realizuj", "kieruj", "zarządza", "jako")


def _distributive(text: str, found: _Found) -> list[tuple[int, int]]:
    """ "wraz z ROPS-ami z województw: A (partner wiodący), B i C" -> a partner per voivodeship."""
    spans = []
    for match in _DISTRIBUTIVE.finditer(text):
        abbreviation = match.group(1).upper()
        end = _end_of_sentence(text, match.end())
        sentence_start = max(text.rfind("\n", 0, match.start()), text.rfind(". ", 0, match.start()), 0)
        if not _PARTNER_WORD.search(text[sentence_start:end]):
            continue  # "wraz z ROPS-ami z województw" outside a partnership is not a partner list
        spans.append((match.start(), end))
        segment = text[match.end() : end]
        leads = list(_LEAD_MARKER.finditer(segment))
        masked = _LEAD_MARKER.sub(lambda m: "\x00" * len(m.group(0)), segment)
        offset = 0
        for piece in re.split(r",|\s+i\s+|\s+oraz\s+", masked):
            position = masked.find(piece, offset)
            offset = position + len(piece)
            adjective = normalise_name(piece.replace("\x00", " "))
            if not adjective:
                continue
            key = fold(adjective)
            genitive = VOIVODESHIPS_GENITIVE.get(key) or VOIVODESHIPS_GENITIVE.get(key[:-1] + "ego")
            if genitive is None:
                found.warnings.append(f"{adjective!r} in a list of voivodeships is not a voivodeship; skipped.")
                continue
            lead = any(position <= m.start() <= offset for m in leads)
            found.add(match.end() + position, f"{abbreviation} województwa {genitive}", lead)
    return spans


# A lower-case kind of the units listed after it: "szkoły:", "lokalne organizacje pozarządowe:".
_KIND_COLON = re.compile(r"[a-ząćęłńóśźż]+(?:[ \t]+[a-ząćęłńóśźż]+){0,3}[ \t]*:[ \t]*(?=[A-ZŁŚŻŹĆŃÓ„\"])")


def _partner_is(text: str, cues: str, found: _Found) -> None:
    """ "Partnerem jest również X.", "Partnerami projektu są: A, B i C.", "Liderem jest X." """
    for match in matches_from(_PARTNER_IS, text, cues, ("partner", "liderem")):
        label = match.group(1).lower()
        lead = label.startswith(("liderem", "partnerem wiodącym"))
        end = _end_of_sentence(text, match.end())
        if match.group("owner") and not _PROJECT_CONTEXT.search(text, max(0, match.start() - 300), end):
            continue  # "Partnerami uczelni są firmy z regionu": the owner's partners, no project's
        if end == match.end() or not text[match.end() : end].strip():
            _labelled_bullets(text, end + 1, found, lead)
            continue
        if label.startswith(("partnerami", "partnerzy")):
            kind = _KIND_COLON.match(text, match.end())  # "Partnerami są szkoły: A i B": the kind left out
            start = kind.end() if kind and not _SHARED_HEAD.match(text, match.end()) else match.end()
            for name, position, marked in _list_items(text, start, end):
                if _is_list_name(name):
                    found.add(position, cut_name(name), marked)
            continue
        run = _run_at(text, match.end())  # one partner (or "A oraz B"), not a clause list
        if run is not None:
            for name, position in split_orgs(run.text, run.start):
                if _is_list_name(name):
                    found.add(position, name, lead)
            other_side = _OTHER_SIDE.match(text, run.end)  # "…, a po stronie polskiej Gmina Y"
            second = _run_at(text, other_side.end()) if other_side else None
            if second is not None and _is_unit(second.text):
                found.add(second.start, second.text, lead)


# The second side of a cross-border partnership, the verb left out: "Partnerem po stronie słowackiej jest Obec X,
# a po stronie polskiej Gmina Y".
_OTHER_SIDE = re.compile(
    r"[ \t]*,?[ \t]+a[ \t]+po[ \t]+stronie[ \t]+[a-ząćęłńóśźż]+(?:ej|iej)(?:[ \t]+(?:jest|–))?[ \t]+"
)


def _partnership_lists(text: str, cues: str, found: _Found) -> None:
    """ ", a partnerem X", "projekt partnerski realizowany jest przez A (partner wiodący) i B" """
    and_partner = any(word in cues for word in ("partnerem", "partnerami", "liderem"))
    for match in itertools.chain(
        _AND_PARTNER.finditer(text) if and_partner else (),
        matches_from(_PARTNERSHIP_BY, text, cues, ("projekt", "partnersk")),
    ):
        role = (match.groupdict().get("role") or match.groupdict().get("role2") or "").lower()
        if role == "członkami" and not _PARTNER_WORD.search(_sentence_of(text, match.start(), match.end())):
            continue  # "a członkami są mieszkańcy": members of no partnership
        end = _end_of_sentence(text, match.end())
        for name, position, marked in _list_items(text, match.end(), end):
            name = _cut_name(name)
            if _is_list_name(name) and _is_unit(name):
                found.add(position, name, marked or role == "liderem")


def _is_list_name(name: str) -> bool:
    """A list item that can be a name: it starts with a capital letter or a quote."""
    return bool(name) and (name[0].isupper() or name[0] in OPEN_QUOTES + '"') and len(name.split()) <= 20


def _in_partnership(text: str, found: _Found) -> None:
    """ "Projekt realizuje Stowarzyszenie X w partnerstwie z Biblioteką Y" -> Y, and X as the leader."""
    for match in _IN_PARTNERSHIP.finditer(text):
        names = [(n, p, m) for n, p, m in _read_list(text, match.end()) if _is_unit(n)]
        for name, position, marked in names:
            found.add(position, name, marked)
        subject = _run_before(text, match.start()) or _acting_subject(text, match.start())
        if names and subject is not None and _is_unit(subject[0]):
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
    run = _run_at(text, start)
    if run is None or run.start != start or run.end > end or not _ACTING_PREDICATE.match(text[run.end : end]):
        return None
    return run.text, run.start


def _together(text: str, cues: str, found: _Found) -> None:
    """ "realizowany przez Gminę Iłów wspólnie z Fundacją Nowy Dom oraz Parafią w Iłowie", "wraz z trzema
    partnerami: …": the units named with it (not the one carrying the project out)."""
    with_partners = "partnerami" in cues or "partnerem" in cues  # _WITH_PARTNERS needs one, after its "z"
    for pattern, needs_context, starts, where in (
        (
            _WITH_PARTNERS,
            False,
            ("wraz", "razem", "wspólnie") if with_partners else (),
            _Z_WORD if with_partners else None,
        ),
        (_TOGETHER, True, ("wspólnie", "wraz", "razem"), None),
    ):
        for match in matches_from(pattern, text, cues, starts, where=where):
            if needs_context:
                floor = max(0, match.start() - 600)
                sentence = text[
                    max(text.rfind("\n", floor, match.start()), floor) : _end_of_sentence(text, match.end())
                ]
                if not _CARRYING_OUT.search(sentence):
                    continue
            for name, position, marked in _read_list(text, match.end()):
                if _is_unit(name):
                    found.add(position, name, marked)


# "Projekt prowadzimy wspólnie z 6 Lokalnymi Grupami Rybackimi:", "Projekt prowadzi wspólnie 7 lokalnych grup: …",
# "trzech gmin, które chcą go przeprowadzić razem: A, B i C": a count of units carrying something out together,
# then their names after a colon.
_JOINTLY = re.compile(r"\b(?:wspólnie|razem)\b", re.IGNORECASE)
_JOINT_ACTION = re.compile(r"realiz|prowadz|wdraż|projekt|przedsięwzię|zadani|organiz|przygotow", re.IGNORECASE)


def _jointly_counted(text: str, cues: str, found: _Found) -> None:
    """The units listed after "wspólnie z 6 grupami:", "prowadzi wspólnie 7 grup …:", "… razem: A, B i C"."""
    for match in matches_from(_JOINTLY, text, cues, ("wspólnie", "razem")):
        colon = text.find(":", match.end(), match.end() + 160)
        if colon < 0 or any(mark in text[match.end() : colon] for mark in ".!?\n"):
            continue
        floor = max(0, match.start() - 300)
        begin = max(text.rfind("\n", floor, match.start()), text.rfind(". ", floor, match.start()), floor)
        clause = text[begin:colon]
        if not _COUNT.search(clause) or not _JOINT_ACTION.search(clause):
            continue
        start = colon + 1
        while start < len(text) and text[start].isspace():
            start += 1
        names = _cued_list(text, start)
        if len(names) >= 2:  # a count of units, then their names: one name is no such list
            for name, position, marked in names:
                found.add(position, name, marked)


def _co_organisers(text: str, cues: str, found: _Found) -> None:
    """ "Współorganizatorem był X", "Organizatorami wydarzenia byli A i B", "W organizację zaangażowani są także …"."""
    starts = ("współorganiz", "organizatorami", "organizatorzy", "w organizację", "w realizację", "w przygotowanie")
    for match in matches_from(_CO_ORGANISERS, text, cues, starts):
        label = (match.group("label") or match.group("colon") or "").lower()
        end = _end_of_sentence(text, match.end())
        if label.startswith("współorganizatorem"):
            run = _run_at(text, match.end())
            names = [(n, p, False) for n, p in split_orgs(run.text, run.start) if _is_unit(n)] if run else []
        else:
            names = _cued_list(text, match.end()) if text[match.end() : end].strip() else []
        if label in ("organizatorami", "organizatorzy") and len(names) < 2:
            continue  # one organiser is the implementer, not a partner
        for name, position, marked in names:
            found.add(position, name, marked)


def _roles(text: str, cues: str, found: _Found) -> None:
    """ "Gmina Iwaniska, działając jako Lider Projektu", "FUNDACJA WINDA, jako partner …",
    "lider projektu (Miasto Opole)"."""
    for match in _AS_ROLE.finditer(text) if "jako" in cues else ():
        if match.start() and text[match.start() - 1] in ".!?:;":
            continue  # "… w Górce. Jako partnerzy występują …": a new sentence, the name before it is no subject
        subject = _run_before(text, match.start())
        if subject is not None and _is_unit(subject[0]):
            for name, position in _split_units(*subject, False):  # "Gminę B i Gminę C jako partnerów"
                found.add(position, name, lead=bool(match.group("lead")))
    for match in matches_from(_ROLE_BRACKET, text, cues, ("lider", "partner")) if "(" in text else ():
        run = _run_at(text, match.end(), limit=20)
        if run is None:
            continue
        closed = run.text.endswith(")") or text[run.end : run.end + 3].lstrip().startswith(")")
        name = run.text.removesuffix(")").strip()
        if closed and "(" not in name and _is_unit(name):
            found.add(run.start, name, lead=bool(match.group("lead")))


def _sentence_subjects(text: str, cues: str, found: _Found, taken: list[tuple[int, int]]) -> None:
    """Subjects of partnership sentences and "A i B (partner wiodący) realizowali projekt"."""
    markers = (
        matches_from(_LEAD_MARKER, text, cues, ("(", "-", "–", "—")) if "lider" in cues or "wiodąc" in cues else ()
    )
    words = matches_from(_PARTNERSHIP_WORD, text, cues, ("partners",))
    hits = sorted({m.start() for m in markers} | {m.start() for m in words})
    if not hits:
        return
    for start, end in sentences_at(text, hits):
        sentence = text[start:end]
        marker = _LEAD_MARKER.search(sentence)
        is_partnership = bool(_PARTNERSHIP_WORD.search(sentence) and _JOINING_VERB.search(sentence))
        if not marker and not is_partnership:
            continue
        lead_start = sentence.find("(") if marker and marker.group(0).startswith("(") else -1
        run = _run_at(sentence, 0)
        if run is None or run.start > 3:
            continue
        names = [(n, p) for n, p in split_orgs(run.text, start + run.start) if org_like(n)]
        if not names:
            continue
        if marker and marker.start() >= run.end and _ACTING_VERB.match(sentence[marker.end() :]):
            if any(s <= start + marker.start() < e for s, e in taken):
                continue
            for i, (name, position) in enumerate(names):
                found.add(position, name, lead=i == len(names) - 1 and lead_start >= run.end - 3)
        elif is_partnership and not any(s <= start + run.start < e for s, e in taken):
            if _IN_PARTNERSHIP.search(sentence):
                continue  # "X w partnerstwie z Y": X is the leader, or the one acting for it (read apart)
            name, position = names[0]
            found.add(position, name)


# "w ramach partnerstwa gmin Lipno, Kikół i Skępe", "partnerstwo trzech powiatów: A, B i C": the places in it.
_PARTNERSHIP_OF_PLACES = re.compile(
    rf"\b[Pp]artnerstw(?:o|a|em|ie|u)\s+(?:(?:{_NUMBER_WORDS})\s+)?(?P<head>gmin|powiatów|miast)[ \t]*:?[ \t]*"
    r"(?=[A-ZŁŚŻŹĆŃÓ])"  # the head in lower case: "Partnerstwo Gmin Dolnego Śląska" is a partnership's own name
)


# "Umowę partnerską podpisały: A, B i C", "Porozumienie partnerskie zawarli A oraz B": the signatories after the verb.
_SIGNED_BY = re.compile(
    r"\b(?:umow\w*|porozumieni\w*)\s+(?:partnersk\w*|o\s+partnerstwie)\s+(?:podpisał\w*|zawarł\w*|zawarli|zawarły"
    r"|podpisali|podpisały)(?:\s+(?:wspólnie|razem))?[ \t]*:?[ \t]*(?=(?-i:[A-ZŁŚŻŹĆŃÓ„\"]))",
    re.IGNORECASE,
)
# "w organizacjach partnerskich realizujących projekt: WiseEuropa, Fundacji X": the partner bodies listed after a
# colon (in the case of their head word: given back through the genitive, which the locative plural's list takes).
_PARTNER_BODIES = re.compile(
    r"\b(?:organizacj|instytucj|podmiot|jednost)\w*\s+partnersk\w*(?:\s+[a-ząćęłńóśźż]+){0,3}?[ \t]*:[ \t]*",
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


def _partner_cues(text: str, cues: str, found: _Found) -> None:
    """Partners after the other explicit cues: "dwóch partnerów: A oraz B", "W skład partnerstwa wchodzą: …",
    "w partnerstwie przez A i B", "partnerstwo trzech organizacji: A, B i C" (the genitive), "w partnerstwie
    Gminy X i Fundacji Y", "umowy partnerskiej zawartej przez A, B i C"."""
    # What each pattern's every match holds: a text without it is not scanned.
    partnership = "partnerstw" in cues
    members = partnership or "konsorcj" in cues
    introduced = ":" in text or any(word in cues for word in ("czyli", "tj.", "m.in", "m. in", "między innymi"))
    colon = introduced and any(word in cues for word in ("partnerów", "partnerzy", "partnerami"))
    agreement = "partners" in cues and ("umow" in cues or "porozumieni" in cues)
    for pattern, needed, starts in (
        (_PARTNERS_COLON, colon, _PARTNERS_COLON_STARTS),
        (_PARTNERSHIP_MEMBERS, members, None),
        (_PARTNERSHIP_BETWEEN, partnership, None),
    ):
        scan = (
            pattern.finditer(text)
            if starts is None
            else matches_from(pattern, text, cues, starts, where=_PARTNERS_COLON_NUMBER)
        )
        for match in scan if needed else ():
            if match.groupdict().get("which") and not _PARTNERSHIP_OR_CONSORTIUM.search(
                _sentence_of(text, match.start(), match.end())
            ):
                continue  # "Związek, w skład którego wchodzą gminy …": a union's members, no partnership
            pair = match.group(0).rstrip().endswith("między")
            # "z udziałem partnerów: Gminy A, Fundacji B": after a genitive plural the names may be genitives too
            convert = from_genitive if "partnerów" in match.group(0).lower() else None
            for name, position, marked in _cued_list(text, match.end(), convert, pair=pair):
                found.add(position, name, marked)
    for match in matches_from(_SIGNED_BY, text, cues, ("umow", "porozumieni")) if agreement else ():
        signatories = _cued_list(text, match.end())
        if len(signatories) >= 2 and _PROJECT_CONTEXT.search(text, max(0, match.start() - 300), match.end() + 300):
            for name, position, marked in signatories:
                found.add(position, name, marked)
    bodies = ("organizacj", "instytucj", "podmiot", "jednost") if "partnersk" in cues else ()
    for match in matches_from(_PARTNER_BODIES, text, cues, bodies):
        if _PROJECT_CONTEXT.search(_sentence_of(text, match.start(), match.end())):
            for name, position, marked in _cued_list(text, match.end(), from_genitive):
                found.add(position, name, marked)
    for match in matches_from(_THEY_ARE, text, cues, ("partner",)) if "nimi" in cues or "którymi" in cues else ():
        for name, position, marked in _cued_list(text, match.end()):
            found.add(position, name, marked)
    for match in matches_from(_LED_BY, text, cues, ("pod",)) if members and "pod " in cues else ():
        if not _PARTNERSHIP_OR_CONSORTIUM.search(_sentence_of(text, match.start(), match.end())):
            continue  # "pod przewodnictwem Wójta": a meeting chaired, no partnership led
        run = _run_at(text, match.end())
        if run is not None:
            name = from_genitive(split_orgs(run.text, run.start)[0][0])
            if _is_unit(name):
                found.add(run.start, name, lead=True)
    for match in matches_from(_PARTNERSHIP_OF_PLACES, text, cues, ("partnerstw",)) if partnership else ():
        unit = next(nominative for stem, nominative in _SHARED_HEADS.items() if match.group("head").startswith(stem))
        for name, position, marked in _places(text, match.end(), unit):
            found.add(position, name, marked)
    for match in matches_from(_PARTNERSHIP_OF_KIND, text, cues, ("partnerstw",)) if partnership else ():
        for name, position, marked in _cued_list(text, match.end(), from_genitive):
            found.add(position, name, marked)
    for match in matches_from(_PARTNERSHIP_OF, text, cues, ("partnerstw",)) if partnership else ():
        head = text[match.end() : match.end() + 40].split(maxsplit=2)
        if not head or not any(w.lower() in _GENITIVE_HEADS for w in head[:2]):
            continue
        if not _PROJECT_CONTEXT.search(_sentence_of(text, match.start(), match.end())):
            continue
        for name, position, marked in _cued_list(text, match.end(), from_genitive):
            found.add(position, name, marked)
    for match in matches_from(_AGREEMENT, text, cues, ("umow", "porozumieni")) if agreement else ():
        if not _PROJECT_CONTEXT.search(_sentence_of(text, match.start(), match.end())):
            continue  # an agreement of twin towns, not a project partnership
        pair = (match.group("parties") or "").endswith("między")
        for name, position, marked in _cued_list(text, match.end(), pair=pair):
            found.add(position, name, marked)
    signed = agreement and ("podpisa" in cues or "zawar" in cues)
    for match in matches_from(_SIGNED_AGREEMENT, text, cues, ("podpisa", "zawar"), str.isspace) if signed else ():
        if not _PROJECT_CONTEXT.search(_sentence_of(text, match.start(), match.end())):
            continue
        subject = _run_before(text, match.start())
        if subject is None:
            continue
        names = [(n, p) for n, p in split_orgs(subject[0], subject[1]) if _is_unit(n)]
        if len(names) >= 2:  # one signatory alone is the one taking partners on
            for name, position in names:
                found.add(position, name)


# "we współpracy z Teatrem X", "przy współpracy m.in.: z A i B", "dzięki współpracy z …", "współpracuje z …":
# the units named right after it, read only in a sentence about a project or an event being prepared.
_COOPERATION = re.compile(
    r"\b(?P<prep>(?:we|przy|w|dzięki|we\s+wspólnej)\s+)?(?:(?:ścisłej|bliskiej|stałej|aktywnej)\s+)?współprac\w*"
    r"(?:\s+(?:m\.\s?in\.|między\s+innymi))?[ \t]*:?[ \t]*ze?\s+(?:(?:m\.\s?in\.|między\s+innymi)[ \t]*:?[ \t]*)?"
    r"(?:partner(?:em|ami)\s+[a-ząćęłńóśźż]+(?:im|imi|ymi)[ \t]*(?:[–—:-][ \t]*)?)?(?=[A-ZŁŚŻŹĆŃÓ„\"])",
    re.IGNORECASE,
)
# Bodies read after a cooperation or agreement cue that are no partners: the funders and paying agencies.
_FUNDER_NAME = re.compile(
    r"(?:Minist|Narodow\w*\s+(?:Fundusz|Centrum|Agencj)|Wojewódzk\w*\s+Fundusz|Państwow\w*\s+Fundusz|Fundusz"
    r"|Agencj\w*\s+Restrukturyzacji|Komisj\w*\s+Europejsk|Uni[aię]\s+Europejsk|Polsk\w*\s+Agencj\w*\s+Rozwoju"
    r"|Bank\s+Gospodarstwa|Urz[ąę]d\w*\s+Marszałkowsk|Kancelari\w*\s+Prezesa|Centrum\s+Projektów)",
    re.IGNORECASE,
)
# "porozumienie o wzajemnej współpracy z Uniwersytetem X", "umowę o współpracy partnerskiej między Powiatem A a
# Powiatem B", "porozumienie o współpracy na rzecz integracji społecznej z Województwem X": the parties named.
_COOPERATION_AGREEMENT = re.compile(
    r"\b(?:umow\w*|porozumieni\w*)\s+o\s+(?:wzajemnej\s+|partnerskiej\s+|dalszej\s+)?współpracy(?:\s+partnerskiej)?"
    r"(?:\s+[a-ząćęłńóśźż]+){0,5}?\s+(?:(?P<pair>pomiędzy|między)|ze?)\s+(?=[A-ZŁŚŻŹĆŃÓ„\"])",
    re.IGNORECASE,
)
# A project or an event being prepared: "we współpracy z" elsewhere ("prowadzi zbiórkę żywności we współpracy z
# Caritas") is ordinary cooperation.
_ACTIVITY = re.compile(r"projekt|realiz|zadani|przedsięwzię|wdraża|organiz|przygotow|program", re.IGNORECASE)


# "Porozumienie o wdrożeniu Modelu X zawarły trzy strony: A, B oraz C": the parties of an agreement to carry a
# project out together.  Not "umowa o realizację zadania" (a grant contract: a payer and its grantee).
_IMPLEMENTING_AGREEMENT = re.compile(
    r"\bporozumieni\w*\s+o\s+(?:wspóln\w+\s+)?(?:wdrożeni|wdrażani|realizacj|przeprowadzeni)\w*"
    # (a dot that ends no sentence may stand between: "podpisały 3 maja 2021 r. strony:")
    r"(?:[^.:\n]|\.(?![ \t]+(?-i:[A-ZŁŚŻŹĆŃÓ]))){0,160}?\b(?:zawarł\w*|zawarli|podpisał\w*|podpisali)\b"
    r"(?:[^.:\n]|\.(?![ \t]+(?-i:[A-ZŁŚŻŹĆŃÓ]))){0,60}?\bstron[ya]?[ \t]*:[ \t]*",
    re.IGNORECASE,
)


# "przy współudziale Gminy Kikół i Fundacji Razem": co-implementers in the genitive.
_SHARED_PART = re.compile(r"\b(?:przy|we|dzięki|ze)\s+współudzia(?:le|łem)\s+(?=(?-i:[A-ZŁŚŻŹĆŃÓ„\"]))", re.IGNORECASE)


def _cooperation(text: str, cues: str, found: _Found) -> None:
    """ "realizowany we współpracy z Lokalną Grupą Działania X", "A we współpracy z B, C i D prowadzą projekt",
    "przygotowanym przy współpracy m.in.: z Teatrem Zagłębia": the units listed after the cue, funders left out."""
    for match in matches_from(_COOPERATION, text, cues, ("we", "przy", "w", "dzięki", "współprac")):
        if not _ACTIVITY.search(_sentence_of(text, match.start(), match.end())):
            continue  # "współpracuje z Fundacją X" outside a project or an event: ordinary cooperation
        for name, position, marked in _cued_list(text, match.end()):
            if not _FUNDER_NAME.match(partner_name(name)):
                found.add(position, name, marked)
    for match in matches_from(_SHARED_PART, text, cues, ("przy", "we", "dzięki", "ze")) if "współudzia" in cues else ():
        if _ACTIVITY.search(_sentence_of(text, match.start(), match.end())):
            for name, position, marked in _cued_list(text, match.end(), from_genitive):
                if not _FUNDER_NAME.match(partner_name(name)):
                    found.add(position, name, marked)
    for match in matches_from(_IMPLEMENTING_AGREEMENT, text, cues, ("porozumieni",)) if "stron" in cues else ():
        items = [item for item in _cued_list(text, match.end()) if not _FUNDER_NAME.match(partner_name(item[0]))]
        if len(items) >= 2:  # one party alone is a grantee, not a partnership
            for name, position, marked in items:
                found.add(position, name, marked)
    for match in matches_from(_COOPERATION_AGREEMENT, text, cues, ("umow", "porozumieni")):
        for name, position, marked in _cued_list(text, match.end(), pair=bool(match.group("pair"))):
            if not _FUNDER_NAME.match(partner_name(name)):
                found.add(position, name, marked)


# "Rolę Lidera Projektu pełni Gmina X", "Funkcję partnera pełnić będzie Fundacja Y": the unit after the verb.
_ROLE_HELD = re.compile(
    r"\b(?:rolę|funkcję)\s+(?:(?P<lead>lidera|partnera\s+wiodącego)|partnera)(?:\s+(?:projektu|partnerstwa))?"
    r"\s+(?:pełni|pełnił[aoy]?|pełnić\s+będzie|będzie\s+pełnić|pełnią)\s+",
    re.IGNORECASE,
)


def _partner_roles(text: str, cues: str, found: _Found) -> None:
    """ "Fundacja X jest partnerem projektu", "Powiat Y liderem projektu", "X pełni rolę partnera",
    "Jako partner do projektu przystąpiła Fundacja Z"."""
    is_partner = any(word in cues for word in ("partnerów", "partnerem", "liderem")) or (
        "pełni" in cues and ("lidera" in cues or "partnera" in cues)
    )
    for match in matches_from(_IS_PARTNER, text, cues, _IS_PARTNER_STARTS, str.isspace) if is_partner else ():
        cue = match.group(0)
        if "\n" in cue[: len(cue) - len(cue.lstrip())] or text[max(0, match.start() - 1)] in ".!?:;,":
            continue  # "… w Nowolesiu. Partnerem projektu jest": a new sentence, not this one's predicate
        subject = _run_before(text, match.start())
        if subject is not None and _is_unit(subject[0]):
            found.add(subject[1], subject[0], lead=bool(match.group("lead") or match.group("lead2")))
    for match in matches_from(_ROLE_AFTER, text, cues, ("(", "–", "—", ","), _BLANK):
        subject = _run_before(text, match.start())
        if subject is None:
            continue
        name, position = split_orgs(subject[0], subject[1])[-1]  # "A oraz B (lider)": the marker is B's
        if re.search(r"(?i)(?:lider|partner)a\b", match.group(0)):
            name = from_genitive(name)  # "umowę podpisali przedstawiciele Gminy X – lidera projektu": X's case
        if _is_unit(name) or (_BRAND.fullmatch(name) and not _PERSON.match(name)):  # "WiseEuropa (Lider projektu)"
            found.add(position, name, lead=bool(match.group("lead") or match.group("lead2") or match.group("lead3")))
    for match in matches_from(_ROLE_HELD, text, cues, ("rolę", "funkcję")) if "pełni" in cues else ():
        run = _run_at(text, match.end())
        if run is not None:
            for name, position in split_orgs(run.text, run.start):
                if _is_unit(name):
                    found.add(position, name, lead=bool(match.group("lead")))
    for match in matches_from(_RUNS_AS, text, cues, _RUNS_STARTS):
        run = _run_at(text, match.end())
        if run is not None:
            for name, position in split_orgs(run.text, run.start):
                if _is_unit(name):
                    found.add(position, name, lead=bool(match.group("lead") or match.group("lead2")))
    for match in matches_from(_JOINED_AS, text, cues, ("jako",)):
        shared = _shared_head(text, match.end())  # "jako partnerzy przystąpiły Gminy: A, B i C"
        if shared:
            for name, position, _ in shared:
                found.add(position, name, lead=bool(match.group("lead")))
            continue
        if re.search(r"(?i)partnerzy", match.group(0)):  # "jako partnerzy przystąpiły: A, B i C": a list
            for name, position, marked in _cued_list(text, match.end()):
                found.add(position, name, marked)
            continue
        run = _run_at(text, match.end())
        if run is not None:
            for name, position in split_orgs(run.text, run.start):
                if _is_unit(name):
                    found.add(position, name, lead=bool(match.group("lead")))


# Co-implementers: "Projekt realizują wspólnie A oraz B", "Zadanie wspólnie prowadzą: A i B", "Współrealizatorem
# projektu jest C" (a plural verb with "wspólnie"/"razem" over two or more units).  "Projekt realizować będą A oraz
# B" alone names the implementers, not partners (a partner is then named apart: "a partnerem jest C").
_CO_IMPLEMENTERS = re.compile(
    r"\b(?:(?:projekt|zadani|przedsięwzię|program)\w*\s+(?:(?P<jointly>wspólnie|razem)\s+)?(?:realizują|realizowali"
    r"|realizowały|zrealizowali|zrealizowały|realizować\s+będą|będą\s+realizować|prowadzą|prowadzili|prowadziły)"
    r"|(?P<label>współrealizator(?:em|ami|zy))(?:\s+(?:projektu|zadania|przedsięwzięcia))?"
    r"\s+(?:są|byli|były|będą|jest|był[aoy]?|będzie|zostali|zostały|zostanie))"
    r"(?:\s+(?P<jointly2>wspólnie|razem)|\s+(?:również|także|też))?[ \t]*:?[ \t]*(?=(?-i:[A-ZŁŚŻŹĆŃÓ„\"]))",
    re.IGNORECASE,
)


def _co_implementers(text: str, cues: str, found: _Found) -> None:
    """The units named as carrying a project out together (two or more), or as its co-implementers."""
    starts = ("projekt", "zadani", "przedsięwzię", "program", "współrealizator")
    for match in matches_from(_CO_IMPLEMENTERS, text, cues, starts):
        jointly = match.group("jointly") or match.group("jointly2")
        if not (jointly or match.group("label")):
            continue
        names = _cued_list(text, match.end())
        if len(names) >= 2 or match.group("label"):
            for name, position, marked in names:
                found.add(position, name, marked)


_CUES = (
    *("partner", "lider", "wspólnie", "wraz z", "wraz ze", "razem", "organizator", "konsorcj", "zaangażow", "włączy"),
    *("współprac", "współrealizator", "współudzia", "współorganiz", "porozumieni"),
)


def find_partners(text: str) -> tuple[list[OrgMention], list[str]]:
    """Partners of a partnership project, the lead marked, plus warnings."""
    found = _Found([], [])
    if not text:
        return [], []
    lowered = lower_text(text)
    if not any(cue in lowered for cue in _CUES):
        return [], []
    cues = text_cues(text)  # which regexes below are worth running over the text
    taken = _distributive(text, found) if "ojewództw" in text else []
    partner_word = "partner" in lowered or "lider" in lowered
    if partner_word or "współorganizator" in lowered:
        _labelled_lists(text, cues, found)
    if partner_word:
        if any(word in lowered for word in ("partnerem", "partnerami", "partnerzy", "liderem")):
            _partner_is(text, cues, found)
        if any(
            word in lowered
            for word in (" a partner", " a liderem", "partnersk", "zaś", "natomiast", "kolei", "członkami")
        ):
            _partnership_lists(text, cues, found)
        if "partnerstw" in lowered:
            _in_partnership(text, found)
        if "jako" in lowered or "(" in lowered:
            _roles(text, cues, found)
        _partner_roles(text, cues, found)
        _sentence_subjects(text, cues, found, taken)
    if partner_word or "konsorcj" in lowered:
        _partner_cues(text, cues, found)
    if "organizator" in lowered or "współorganiz" in lowered or "zaangażow" in lowered or "włączy" in lowered:
        _co_organisers(text, cues, found)
    if ":" in text and ("wspólnie" in lowered or "razem" in lowered):
        _jointly_counted(text, cues, found)
    _together(text, cues, found)
    if "wspólnie" in lowered or "razem" in lowered or "współrealizator" in lowered:
        _co_implementers(text, cues, found)
    if "współprac" in lowered or "współudzia" in lowered or ("porozumieni" in lowered and "stron" in lowered):
        _cooperation(text, cues, found)
    if found.subjects and not any(mention.lead for _, mention in found.items):
        for position, name in found.subjects[:1]:
            found.add(position, name, lead=True)

    partners: list[OrgMention] = []
    index: dict[str, int] = {}
    for _, mention in sorted(found.items, key=lambda item: item[0]):
        if _COUNTRY_AFTER.search(mention.name):
            mention = replace(mention, name=_without_country(mention.name))
        key = " ".join(fold(mention.name).split())
        if key in index:
            if mention.lead and not partners[index[key]].lead:
                partners[index[key]] = replace(partners[index[key]], lead=True)
            continue
        index[key] = len(partners)
        partners.append(mention)
    if sum(p.lead for p in partners) > 1:
        found.warnings.append("Several lead partners marked: " + "; ".join(p.name for p in partners if p.lead) + ".")
    return partners, found.warnings
