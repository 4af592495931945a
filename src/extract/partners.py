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
from collections.abc import Callable
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
    sentence_end,
    sentences_at,
    split_orgs,
    text_cues,
)
from extract.partner_cases import _GENITIVE_HEADS, _HEADS, _NOMINATIVE_HEADS, _ROMAN, from_genitive, nominative
from extract.partner_names import (
    _BRAND,
    _COUNTRY_AFTER,
    _FOREIGN_UNIT,
    _LEGAL_FORM_END,
    _PERSON,
    _SEAT,
    _ascii,
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
_LEAD_MARKER = re.compile(
    r"\(\s*(?:partner(?:em|a)?\s+wiodąc\w*|lider\w*)(?:\s+projektu)?\s*\)"
    r"|[–—-]\s*(?:partner(?:a|em)?\s+wiodąc\w*|lider(?:a|em)?)\b(?:\s+(?:projektu|partnerstwa|konsorcjum))?",
    re.IGNORECASE,
)
# "Gmina A, Gmina B – Partnerzy", "Fundacja C – partner projektu": a role after a name, no part of it.
_PARTNER_MARKER = re.compile(
    r"[ \t]+[–—-][ \t]*partner(?:zy|em|ami)?(?:\s+(?:projektu|partnerstwa|konsorcjum))?\b", re.I
)
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
# A label at a line's start (any case), or inside a line when capitalised ("Lider: A oraz Partnerzy: B, C").
_PARTNER_LABEL = re.compile(
    r"(?:^[ \t\-•*·]*(?P<first>(?i:partner(?:zy)?(?:\s+wiodący)?|lider|współorganizator(?:zy)?|lead\s+partner))"
    r"|(?<=[\s,;])(?P<inner>Partner(?:zy)?(?:\s+wiodący)?|Lider|Współorganizator(?:zy)?)"
    # "Wnioskodawca i lider projektu:", "Beneficjent/lider:": a lower-case label joined to another one
    r"|(?:(?<=\si\s)|(?<=\soraz\s)|(?<=/)|(?<=;\s))(?P<joined>(?i:partner(?:zy)?(?:\s+wiodący)?|lider)))"
    r"(?i:\s+projektu)?(?:\s+(?:nr\s*)?\d+)?[ \t]*[:|\t][ \t]*",
    re.MULTILINE,
)
# A heading alone on its line over a list of names: "Partnerzy projektu", "Partnerzy:".
_PARTNER_HEADING = re.compile(
    r"^[ \t]*(?:Partnerzy|Partnerzy\s+projektu|Partnerami\s+projektu\s+są|Współorganizatorzy)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_BULLET = re.compile(r"^[ \t]*(?:[-–—•*·▪►◦○✓]|\d{1,2}[.)]|[a-h]\))[ \t]+(.+)$")  # "- A", "2. B", "b) C"
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
# "Partner projektu – Fundacja X", "Lider – Gmina Y" at a line's start, or capitalised after a comma or colon
# ("w partnerstwie: Lider – Gmina A, Partner – Fundacja B").
_PARTNER_DASH_LABEL = re.compile(
    r"(?:^[ \t•*·]*(?P<label>(?i:partner(?:zy)?(?:\s+wiodący)?|lider))"
    r"|(?:(?<=[,;:])[ \t]*|(?<=\soraz\s)|(?<=\si\s)|(?<=\sprzez\s))"
    r"(?P<inner>(?i:partner(?:zy|a|ów|em|ami)?(?:\s+wiodąc\w+)?|lider(?:a|em)?))"
    r"|(?<=\s)(?P<capital>Partner(?:zy|a|ów|em|ami)?(?:\s+wiodąc\w+)?|Lider(?:a|em)?))"  # capitalised: a label anywhere
    r"(?i:\s+(?:projektu|partnerstwa))?[ \t]+[–—-][ \t]+",
    re.MULTILINE,
)
# "Gmina A (lider) oraz Fundacja B (partner)", "Fundacja B – partner projektu": the name before the marker.
_ROLE_AFTER = re.compile(
    r"[ \t]*(?:\(\s*(?:(?P<lead>lider(?:a|em)?|partner(?:a|em)?\s+wiodąc\w+)|partner(?:a|em)?)(?:\s+projektu)?\s*\)"
    r"|[–—][ \t]+(?:(?P<lead2>lider(?:a|em)?|partner(?:a|em)?\s+wiodąc\w+)|partner(?:a|em)?)\s+projektu\b"
    # "Gmina X, lider projektu, podpisała …", "Gmina X, będąca liderem partnerstwa, …": the lead in apposition
    r"|,[ \t]+(?:będąc\w*[ \t]+)?(?P<lead3>lider(?:em)?|partner(?:em)?\s+wiodąc\w+)\s+(?:projektu|partnerstwa)[ \t]*,)",
    re.IGNORECASE,
)
# What the opening runs of _ROLE_AFTER, _PARTNER_LABEL and _PARTNER_DASH_LABEL hold (see `matches_from`).
_BLANK = " \t".__contains__
_LABEL_RUN = " \t-•*·".__contains__
_DASH_LABEL_RUN = " \t•*·".__contains__
# The words _IS_PARTNER's matches begin with, after their white space.
_IS_PARTNER_STARTS = (
    *("jest", "był", "będzie", "zosta", "również", "także", "też", "ponadto"),
    *("jedn", "liderem", "partnerem", "pełni"),
)
_PROJECT_CONTEXT = re.compile(r"projek|realiz|zadani|przedsięwzię|wdraża", re.IGNORECASE)  # "projekcie" too
_LOWER_UNIT_HEAD = re.compile(r"(?<![\w-])(?:gmin[aęąy]|powiat(?:em|u)?|miast(?:o|em|a))(?=[ \t]+[A-ZŁŚŻŹĆŃÓ])")
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
_SEPARATOR = re.compile(
    r"(?:[\s,;:•·*]|[-–—](?=\s)|(?<!\w)(?:i|oraz|a\s+także|jak\s+również|a)(?:\s+ze?(?=\s+[A-ZŁŚŻŹĆŃÓ„\"]))?(?!\w)"
    r"|(?<!\w)(?:tj\.|m\.[ \t]?in\.|czyli|między\s+innymi|a\s+mianowicie|takimi\s+jak)(?=\s))+"  # "…, tj. A, B"
)
# Lower-case items of a list that are not names ("gminami i organizacjami pozarządowymi"): skipped.
_COMMON_ITEM = re.compile(
    r"(?:[a-ząćęłńóśźż]+(?:ami|mi|oma|ema)|\d{1,2}|i|oraz|z|ze|w|we|innymi|lokalnymi|m\.\s?in\.|tj\.|takimi\s+jak)"
    r"(?:\s+|$)"
)
# A partner's country before its name ("z litewską Savivaldybė …", "z partnerem czeskim – Městem …",
# "ze słowackimi partnerami: …"): read past, the name after it kept.
_COUNTRY_WORDS = re.compile(
    r"(?:(?:partner\w*+|instytucj\w*+|organizacj\w*+|samorząd\w*+|gmin\w*+|miast\w*+)\s++)?"
    r"(?:polsk|czesk|słowack|niemieck|saksońsk|brandenbursk|litewsk|łotewsk|estońsk|ukraińsk|białorusk|rosyjsk"
    r"|słoweńsk|węgiersk|rumuńsk|chorwack|austriack|duńsk|szwedzk|norwesk|fińsk|francusk|hiszpańsk|portugalsk"
    r"|włosk|greck|bułgarsk|holendersk|belgijsk|irlandzk|gruzińsk|mołdawsk|serbsk|tureck)\w*+"
    r"(?:\s++(?:partner\w*+|stron\w*+))?[ \t]*+(?:[–—-][ \t]*+|:[ \t]*+)?(?=[A-ZŁŚŻŹĆŃÓ„\"])"
)
_LOWER_PIECE = re.compile(r"[a-ząćęłńóśźż\d][^,;:\n]*?(?=[,;:]|\s+(?:i|oraz)\s+(?=[A-ZŁŚŻŹĆŃÓ„])|$)")
_TOKEN = re.compile(r"\S+")
_LIST_GOES_ON = re.compile(r"\S?\s*(?:i|oraz|a\s+także|jak\s+również)\s")
_PAIR = re.compile(r"\S?\s*a\s")
# A unit's head, a few lower-case words and its quoted proper name: "Stowarzyszenie na rzecz dzieci „Razem”".
_QUOTED_NAME = re.compile(r"[A-ZŁŚŻŹĆŃÓ][\w-]+(?:[ \t]+[a-ząćęłńóśźż][\w-]*){1,8}[ \t]+„[^”\n]{1,80}”")
_PREPOSITIONS = frozenset(["w", "we", "z", "ze", "na", "do", "od", "dla", "przy", "pod", "o", "po", "u"])


_WINDOW = 1500  # the longest list (or sentence around it) read from one cue; keeps a run-on page linear


def _end_of_sentence(text: str, start: int) -> int:
    return sentence_end(text[: start + _WINDOW], start)


_RUNS_STARTS = ("prowadz", "koordynuj", "realizuj", "kieruj", "zarządza", "jako")


# "Gminy: Pilchowice, Rudziniec i Toszek", "gmin: A, B": one head in the plural over bare place names.
# ... or an instrumental plural without the colon: "wspólnie z gminami Kikół, Skępe i Wielgie".
_SHARED_HEAD = re.compile(
    r"(?P<head>gmin(?:y|ami)?|powiat(?:y|ów|ami)|miast(?:a|ami)?)[ \t]*:[ \t]*"
    r"|(?P<head2>(?-i:gminami|powiatami|miastami))[ \t]+(?=(?-i:[A-ZŁŚŻŹĆŃÓ]))"
    # "a partnerami gminy Kłecko i Witkowo": the nominative plural, lower case, over two or more names
    r"|(?P<head3>(?-i:gminy|powiaty|miasta))[ \t]+(?=(?-i:[A-ZŁŚŻŹĆŃÓ]))",
    re.IGNORECASE,
)
_SHARED_HEADS = {"gmin": "Gmina", "powiat": "Powiat", "miast": "Miasto"}
_PLACE = re.compile(
    r"[A-ZŁŚŻŹĆŃÓ][\w-]*(?:[ \t]+(?:nad|pod|na|w|we|[A-ZŁŚŻŹĆŃÓ][\w-]*)){0,3}?"
    r"(?=[ \t]*(?:,|;|\.|$|\n|[ \t](?:i|oraz)[ \t])|[ \t]+[a-ząćęłńóśźż])"
)
_PLACE_SEPARATOR = re.compile(r"[ \t]*(?:,|;|[ \t](?:i|oraz)(?=[ \t]))[ \t]*(?:(?:i|oraz)[ \t]+)?")


def _shared_head(text: str, start: int) -> list[tuple[str, int, bool]]:
    """ "Gminy: Pilchowice, Rudziniec i Toszek" -> Gmina Pilchowice, Gmina Rudziniec, Gmina Toszek (two or more
    bare names after a unit's plural and a colon); [] for anything else."""
    match = _SHARED_HEAD.match(text, start)
    if match is None:
        return []
    word = (match.group("head") or match.group("head2") or match.group("head3")).lower()
    head = next(nominative for stem, nominative in _SHARED_HEADS.items() if word.startswith(stem))
    places = _places(text, match.end(), head)
    if match.group("head2"):  # "powiatami Lipnowskim i Rypińskim": adjectives in the instrumental
        instrumental = {"Gmina": "Gminą", "Powiat": "Powiatem", "Miasto": "Miastem"}[head]
        return [(nominative(instrumental + name[len(head) :]), at, lead) for name, at, lead in places]
    return places


def _places(text: str, position: int, head: str) -> list[tuple[str, int, bool]]:
    """Bare place names from `position` ("Pilchowice, Rudziniec i Toszek"), each under `head`; [] for fewer than two."""
    items: list[tuple[str, int, bool]] = []
    for _ in range(30):
        place = _PLACE.match(text, position)
        if place is None:
            break
        items.append((f"{head} {place.group(0)}", place.start(), False))
        separator = _PLACE_SEPARATOR.match(text, place.end())
        if separator is None or separator.end() == place.end():
            break
        position = separator.end()
    return items if len(items) >= 2 else []


_LIST_JOIN = re.compile(r"(?:a\s+także|jak\s+również|a\s+ponadto|i|oraz|a)\s+(?=[A-ZŁŚŻŹĆŃÓ„\"])")


# The numbers of a numbered list flattened into one line ("Partnerzy: 1. Gmina A 2. Gmina B"), not "nr 2".
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(?<![Nn][Rr]\s)(?<!\bnr\.\s)\d{1,2}[.)](?=[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ])")


def _list_items(text: str, start: int, end: int) -> list[tuple[str, int, bool]]:
    """Names in a list between `start` and `end`, each with its offset and lead marker; brackets left out."""
    shared = _shared_head(text[:end], start)
    if shared:
        return shared
    segment = text[start:end]
    leads: list[int] = []
    cleaned = segment
    for marker in _LEAD_MARKER.finditer(segment):
        leads.append(marker.start())
        cleaned = cleaned[: marker.start()] + " " * (marker.end() - marker.start()) + cleaned[marker.end() :]
    cleaned = re.sub(r"\([^()\n]{0,300}\)", lambda m: " " * len(m.group(0)), cleaned)
    cleaned = _INLINE_NUMBER.sub(lambda m: "," + " " * (len(m.group(0)) - 1), cleaned)  # "1. A 2. B": flattened
    out: list[tuple[str, int, bool]] = []
    for name, offset in split_orgs(cleaned):
        joined = _LIST_JOIN.match(name)  # ", a także Ochotnicza Straż Pożarna": the joining words left out
        if joined:
            name, offset = name[joined.end() :], offset + joined.end()
        out.extend((part, start + at, False) for part, at in _split_oraz(name, offset))
    out = _comma_names(text, out)
    for lead_at in leads:  # the marker belongs to the item right before it
        before = [i for i, (_, offset, _) in enumerate(out) if offset - start < lead_at]
        if before:
            name, offset, _ = out[before[-1]]
            out[before[-1]] = (name, offset, True)
    return out


# A foreign body's name with lower-case words, to the list's next separator: "Regionalna razvojna agencija Posavje".
_FOREIGN_PIECE = re.compile(r"[^\s,;.()][^,;.()\n]{0,120}?(?=\s*(?:[,;.()\n]|$|\s(?:i|oraz|and|und)\s))")


def _read_list(text: str, start: int, pair: bool = False, genitive: bool = False) -> list[tuple[str, int, bool]]:
    """The names listed from `start` to where the list ends ("z Fundacją A, Stowarzyszeniem B oraz Parafią C
    realizuje …"): lower-case items of no name ("gminami") skipped, brackets left out, lead markers read;
    with `pair`, "a" joins names too ("pomiędzy Gminą A a Fundacją B"); `genitive`: the names are in it."""
    shared = _shared_head(text, start)
    if shared:
        return shared
    end = _end_of_sentence(text, start)
    for _ in range(10):  # "TAURON Polska Energia S.A. i Miejskie Przedsiębiorstwo …": no sentence ends at "S.A."
        tail = text[max(start, end - 8) : end]
        if end >= len(text) or text[end] != "." or not _LEGAL_FORM_END.search(tail):
            break
        end = _end_of_sentence(text, end + 1)
    if _BULLET.match(text[start : start + 300].split("\n", 1)[0]):  # "w partnerstwie z:", then "- A", "- B"
        return _bullet_items(text, start)
    if text[max(0, start - 4) : start].rstrip(" \t\n").endswith(":") and "\n" in text[max(0, start - 4) : start]:
        return _line_items(text, start)  # "w partnerstwie z:", then a name a line, no bullets
    segment = text[start:end]
    leads: list[int] = []
    for marker in _LEAD_MARKER.finditer(segment):
        leads.append(marker.start())
    masked = _LEAD_MARKER.sub(lambda m: " " * len(m.group(0)), segment)
    masked = _PARTNER_MARKER.sub(lambda m: " " * len(m.group(0)), masked)
    masked = re.sub(r"\([^()\n]{0,300}\)", lambda m: " " * len(m.group(0)), masked)
    masked = _LOWER_UNIT_HEAD.sub(lambda m: m.group(0).capitalize(), masked)  # "gminę Secemin" -> "Gminę Secemin"
    masked = _INLINE_NUMBER.sub(lambda m: "," + " " * (len(m.group(0)) - 1), masked)  # "1. A 2. B": a flattened list
    items: list[tuple[str, int, bool]] = []
    position = 0
    for _ in range(40):
        separator = _SEPARATOR.match(masked, position)
        if separator:
            position = separator.end()
        if position >= len(masked):
            break
        char = masked[position]
        if char.isupper() or char in OPEN_QUOTES + '"':
            quoted = _QUOTED_NAME.match(masked, position)
            if quoted and _is_unit(quoted.group(0).split()[0] + " X"):  # "Stowarzyszenie na rzecz … „Dla Rodziny”"
                items.append((normalise_name(quoted.group(0)), start + position, False))
                position = quoted.end()
            else:
                run = _run_at(masked, position)
                if run is None:
                    break
                parts = [
                    (part, a)
                    for whole, at in _split_run(run.text, run.start)
                    for name, offset in _split_oraz(whole, at)  # "…, F oraz Regionalna razvojna agencija"
                    for part, a in _split_units(name, offset, genitive)
                ]
                position = run.end
                foreign = _FOREIGN_PIECE.match(masked, parts[-1][1]) if parts else None
                if foreign and foreign.end() > run.end and _FOREIGN_UNIT.search(fold(foreign.group(0))):
                    parts[-1] = (foreign.group(0), parts[-1][1])  # "Regionalna razvojna agencija Posavje"
                    position = foreign.end()
                items.extend((part, start + a, False) for part, a in parts)
            seat = _SEAT.match(masked, position)
            if seat:
                position = seat.end()
            # from the run's last character ("A," goes on), past a bracket left out ("A (…), B")
            rest = masked[position - 1] + masked[position:].lstrip() if masked[position - 1] in ",;" else ""
            rest = rest or masked[position:].lstrip()
            if rest and not (rest[0] in ",;•·*-–—" or _LIST_GOES_ON.match(rest) or (pair and _PAIR.match(rest))):
                break  # "… z Fundacją A realizuje projekt": the list ends with its last name
            continue
        country = _COUNTRY_WORDS.match(masked, position)
        if country:
            position = country.end()
            continue
        piece = _LOWER_PIECE.match(masked, position)
        if piece is None or _COMMON_ITEM.sub("", piece.group(0)).strip():
            break
        position = piece.end()
    for lead_at in leads:  # the marker belongs to the item right before it
        before = [i for i, (_, offset, _) in enumerate(items) if offset - start < lead_at]
        if before:
            name, offset, _ = items[before[-1]]
            items[before[-1]] = (name, offset, True)
    return _comma_names(text, items)


# The tail of a name that enumerates after a comma: "Kultury i Sportu" in "Fundacja Rozwoju Regionu, Kultury i Sportu".
_ENUMERATED_TAIL = re.compile(
    r"[A-ZŁŚŻŹĆŃÓ][\w-]*+(?:[ \t]++[A-ZŁŚŻŹĆŃÓ][\w-]*+)*+[ \t]+i[ \t]+[A-ZŁŚŻŹĆŃÓ][\w-]*+"
    r"(?:[ \t]++(?:[A-ZŁŚŻŹĆŃÓ][\w-]*+|w|we|nr|im\.))*+"  # "…, Rencistów i Inwalidów Oddział Rejonowy w Lipnie"
)


def _split_run(run: str, offset: int) -> list[tuple[str, int]]:
    """`split_orgs`, but "Miasto i Gmina Morawica" stays one unit (a town and its gmina under one name)."""
    out: list[tuple[str, int]] = []
    for name, position in split_orgs(run, offset):
        if out and fold(out[-1][0]) in ("miasto", "miasta", "miastem") and fold(name).startswith("gmin"):
            out[-1] = (f"{out[-1][0]} i {name}", out[-1][1])
            continue
        start = 0
        for joint in _AND_FOREIGN.finditer(name):  # "Město Náchod i Obec Hronov": a foreign head begins a unit
            if _FOREIGN_HEAD.fullmatch(_ascii(joint.group(1))):
                out.append((name[start : joint.start()], position + start))
                start = joint.start(1)
        out.append((name[start:], position + start))
    return out


_AND_FOREIGN = re.compile(r"[ \t]+i[ \t]+([A-ZŁŚŻŹĆŃÓ][^\W\d_]+)")
# Heads that open a foreign body's name (Czech, Slovak, German, Lithuanian, Ukrainian).
_FOREIGN_HEAD = re.compile(
    r"obec|mesto|mestys|gemeinde|stadt|landkreis|kreis|amt|savivaldybe|hromada|euroregion|okres|kraj|spolek|verein"
)


# A noun's genitive endings: the words a name enumerates after its comma ("Regionu, Kultury i Sportu",
# "Emerytów, Rencistów i Inwalidów"), unlike bare place names in the nominative ("Kikół, Skępe i Wielgie").
_GENITIVE_ENDINGS = ("u", "y", "i", "ów", "ego", "ej", "ych", "ich", "a")
_BARE_WORDS = re.compile(r"[A-ZŁŚŻŹĆŃÓ][^\W\d_]*+(?:[ \t][A-ZŁŚŻŹĆŃÓ][^\W\d_]*+){0,2}")


def _cut_name(name: str) -> str:
    """`cut_name`, keeping a comma that `_comma_names` found inside a name ("Fundacja Rozwoju Regionu, Kultury i
    Sportu")."""
    head, comma, tail = name.partition(", ")
    if comma and _ENUMERATED_TAIL.fullmatch(tail):
        return f"{cut_name(head)}, {tail}"
    return cut_name(name)


def _comma_names(text: str, items: list[tuple[str, int, bool]]) -> list[tuple[str, int, bool]]:
    """A unit's name holding a comma ("Fundacja Rozwoju Regionu, Kultury i Sportu") read as one: an item that is no
    unit, only capitalised words joined by "i", right after a unit and its comma, is that unit's name going on."""
    joined: list[tuple[str, int, bool]] = []
    for name, position, marked in items:  # "Kultury", "Sportu" split at their "i": one tail again
        bare = joined and _BARE_WORDS.fullmatch(name) and _BARE_WORDS.fullmatch(joined[-1][0])
        if bare and not _is_unit(name) and not _is_unit(joined[-1][0]):
            previous, at, lead = joined[-1]
            if text[at + len(previous) : position] == " i ":
                joined[-1] = (f"{previous} i {name}", at, lead or marked)
                continue
        joined.append((name, position, marked))
    out: list[tuple[str, int, bool]] = []
    for name, position, marked in joined:
        if out and " i " in name and _ENUMERATED_TAIL.fullmatch(name) and not _is_unit(name):
            previous, at, lead = out[-1]
            if fold(previous.split()[0]) in _PLURAL_HEADS:
                out.append((name, position, marked))
                continue  # "Nadleśnictwa Czarnobór, Borne Sulinowo i Czaplinek": places under one plural
            between = text[at + len(previous) : position]
            genitives = all(w.endswith(_GENITIVE_ENDINGS) for w in (previous.split()[-1], name.split()[0]))
            if between.strip() == "," and genitives and _is_unit(previous):  # not "Gmina A, Skępe i Wielgie"
                out[-1] = (f"{previous}, {name}", at, lead or marked)
                continue
        out.append((name, position, marked))
    return out


# A bullet's name ends at a comma or dash before a lower-case word, a street or a phone, or a trailing "z Litwy".
_BULLET_TAIL = re.compile(
    r"\s*(?:[,;]|\s[-–—])\s+(?=[a-ząćęłńóśźż\d]|ul\.|tel)|\s+(?:z|ze)\s+[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż]+[ay]\s*[,;.]?\s*$"
)


_COMMA_WORD = re.compile(r",\s+(\S+)")


def _split_at_heads(name: str) -> list[tuple[str, int]]:
    """ "Gmina Lipno, Fundacja Razem" -> two; a comma before anything but a unit's head stays in the name."""
    out: list[tuple[str, int]] = []
    start = 0
    for match in _COMMA_WORD.finditer(name):
        word = match.group(1).strip(OPEN_QUOTES + '"').lower()
        if word in _NOMINATIVE_HEADS or word in _HEADS:
            out.append((name[start : match.start()], start))
            start = match.start(1)
    out.append((name[start:], start))
    return out


# "… w Dorzeczu Wieprzy, Grabowej i Unieści": places enumerated inside a name, after "w" (the comma stays).
_PLACES_IN_NAME = re.compile(r"[A-ZŁŚŻŹĆŃÓ][\w-]+(?:,\s*[A-ZŁŚŻŹĆŃÓ][\w-]+)*\s+(?:i|oraz)\s+[A-ZŁŚŻŹĆŃÓ][\w-]+")
_LOCATIVE = re.compile(r"\s(?:w|we|na)\s+[A-ZŁŚŻŹĆŃÓ][\w-]+(?:\s+[A-ZŁŚŻŹĆŃÓ][\w-]+)?$")


def _cut_at_comma(name: str) -> str:
    """A bullet's name to its first comma ("Fundacja Razem, Warszawa"), but for a comma before a unit's head (a
    second unit, split later) and one inside places enumerated after "w" ("w Dorzeczu Wieprzy, Grabowej i Unieści")."""
    for match in _COMMA_WORD.finditer(name):
        word = match.group(1).strip(OPEN_QUOTES + '"').lower()
        if word in _NOMINATIVE_HEADS or word in _HEADS:
            continue
        if _LOCATIVE.search(name, 0, match.start()) and _PLACES_IN_NAME.fullmatch(name, match.start(1)):
            break
        return name[: match.start()]
    return name


def _numbered_pieces(item: str) -> list[tuple[str, int]]:
    """An item cut at the numbers of a numbered list flattened into it ("Gmina A 2. Gmina B"), with offsets."""
    cuts = [0, *(m.start() for m in _INLINE_NUMBER.finditer(item) if m.start() > 0), len(item)]
    pieces = []
    for a, b in itertools.pairwise(cuts):
        number = _INLINE_NUMBER.match(item, a) if a else None
        begin = number.end() if number else a
        pieces.append((item[begin:b], begin))
    return pieces


def _bullet_items(text: str, start: int) -> list[tuple[str, int, bool]]:
    """A bulleted list, a name a bullet ("• Darłowska Lokalna Grupa Rybacka w Dorzeczu Wieprzy, Grabowej i Unieści
    (DLGR)"): its brackets and trailing punctuation left out, lead markers read."""
    items: list[tuple[str, int, bool]] = []
    position = start
    for line in text[start : start + _WINDOW].split("\n"):
        bullet = _BULLET.match(line)
        if not bullet:
            break
        for item, shift in _numbered_pieces(bullet.group(1)):  # "1. A 2. B" flattened onto one line: two items
            lead = bool(_LEAD_MARKER.search(item))
            item = re.sub(r"\([^()]{0,300}\)", " ", _LEAD_MARKER.sub(" ", item))
            tail = _BULLET_TAIL.search(item)
            name = _cut_at_comma(normalise_name(item[: tail.start()] if tail else item))
            if name:
                parts = [unit for piece in _split_at_heads(name) for unit in _split_units(*piece, False)]
                at = position + bullet.start(1) + shift
                items.extend(
                    (part, at + offset, lead and i == len(parts) - 1) for i, (part, offset) in enumerate(parts)
                )
        position += len(line) + 1
    return items


_LINE_JOIN = re.compile(r"(?:oraz|i|a\s+także)[ \t]+(?:ze?[ \t]+)?")


def _line_items(text: str, start: int) -> list[tuple[str, int, bool]]:
    """A name a line after a cue that ends its line ("w partnerstwie z:", then "Gminą A,", "Fundacją B oraz"):
    read while each line is one unit's name, to the first line that is not."""
    items: list[tuple[str, int, bool]] = []
    position = start
    for line in text[start : start + _WINDOW].split("\n")[:30]:
        at = position + len(line) - len(line.lstrip())
        position += len(line) + 1
        joined = _LINE_JOIN.match(text, at)
        at = joined.end() if joined else at
        run = _run_at(text, at)
        rest = text[run.end : position - 1].strip(" \t,;.") if run else "x"
        if run is None or run.start != at or (rest and not _LEAD_MARKER.fullmatch(rest)):
            break
        name = run.text.rstrip(",;")
        if not _is_unit(name):
            break
        items.append((name, run.start, bool(rest)))
    return items


def _run_before(text: str, end: int) -> tuple[str, int] | None:
    """The name that ends right before `end` in its sentence ("Projekt realizuje Stowarzyszenie X| w partnerstwie")."""
    floor = max(0, end - 400)
    stop = text.rfind(". ", floor, end)
    start = max(text.rfind("\n", floor, end) + 1, stop + 2 if stop >= 0 else 0, floor)
    clause = text[start:end]
    tokens = list(_TOKEN.finditer(clause))[-30:]
    for i, token in enumerate(tokens):
        word = token.group(0)
        if not (word[:1].isupper() or word[:1] in OPEN_QUOTES):
            continue
        if i and tokens[i - 1].group(0).lower() in _PREPOSITIONS:
            continue
        run = _run_at(clause, token.start())
        if run is not None and not clause[run.end :].strip(" \t,"):
            return run.text, start + run.start
    return None


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


# A unit's address printed after its name: a street, a postcode, a phone, a tax number.
_ADDRESS = re.compile(r"(?:ul|al|pl|os)\.|\d{2}-\d{3}|tel|fax|e-mail|NIP|KRS|REGON|www\.", re.IGNORECASE)


def _labelled_lists(text: str, cues: str, found: _Found) -> None:
    """ "Partnerzy projektu: A, B" on one line (or several labels on it: "Lider: A oraz Partnerzy: B, C"),
    a label followed by a list of names, table rows."""
    labelled = any(mark in text for mark in ":|\t")
    starts = ("partner", "lider", "współorganiz", "lead")
    labels = list(matches_from(_PARTNER_LABEL, text, cues, starts, _LABEL_RUN)) if labelled else []
    for number, match in enumerate(labels):
        label = (match.group("first") or match.group("inner") or match.group("joined")).lower()
        lead = "wiodący" in label or label.startswith(("lider", "lead"))
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        value_end = line_end
        if number + 1 < len(labels) and labels[number + 1].start() < line_end:
            value_end = labels[number + 1].start()
        value = re.sub(r"[\s,;]+(?:oraz|i|a)?\s*$", "", text[match.end() : value_end])
        if value.strip():
            items = _list_items(text, match.end(), match.end() + len(value))
            for number_in_list, (name, position, marked) in enumerate(items):
                name = _cut_name(name)
                if _ADDRESS.match(name):
                    continue  # "Lider: Gmina X, ul. Polna 2, 87-620 X": the unit's address, no unit
                # a singular label's first name whatever it is ("Partner: WiseEuropa"); any other, a unit's
                if _is_unit(name) or (number_in_list == 0 and not label.startswith(("partnerzy", "współorganiz"))):
                    found.add(position, name, lead or marked)
            continue
        if value_end == line_end:
            _labelled_bullets(text, line_end + 1, found, lead)
    heading = any(word in cues for word in ("partnerzy", "partnerami", "współorganizatorzy"))
    for match in _PARTNER_HEADING.finditer(text) if heading else ():
        _labelled_bullets(text, match.end() + 1, found, False)
    dashed = list(matches_from(_PARTNER_DASH_LABEL, text, cues, ("partner", "lider"), _DASH_LABEL_RUN))
    for number, match in enumerate(dashed):  # "Partner projektu – Fundacja X": units only
        label = match.group("label") or match.group("inner") or match.group("capital")
        lead = label.lower().startswith(("lider", "partner wiodąc"))
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if number + 1 < len(dashed) and dashed[number + 1].start() < line_end:
            line_end = dashed[number + 1].start()
        value = re.sub(r"[\s,;]+(?:oraz|i|a)?\s*$", "", text[match.end() : line_end])  # "A oraz| partnerzy – B"
        for name, position, marked in _list_items(text, match.end(), match.end() + len(value)):
            name = _cut_name(name)
            if _is_unit(name):
                found.add(position, name, lead or marked)


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


# A name, a spaced dash and a lower-case note on it: "Stowarzyszenie Aktywni – prowadzi kluby seniora."
_DESCRIBED = re.compile(r"(.{3,150}?)[ \t]+[–—-][ \t]+(?=[a-ząćęłńóśźż])")


def _labelled_bullets(text: str, position: int, found: _Found, lead: bool) -> None:
    """The names right after a label that ends its line ("Partnerzy:", then "- A", "- B", or a name a line)."""
    lines = text[position:].split("\n")[:30]
    named = False
    for number, line in enumerate(lines):
        bullet = _BULLET.match(line)
        item = bullet.group(1) if bullet else line.strip()
        described = None if bullet or _name_line(item) else _DESCRIBED.match(item)
        if described and _name_line(described.group(1)):
            item = described.group(1)  # "Fundacja Razem – organizacja działająca od 2001 r.": the name, not its note
        if not bullet and not _name_line(item):
            if line.strip() and not (named and _name_shaped(item) and _next_is_name(lines, number + 1)):
                return  # a name the unit words miss ("Mezeum …") is read only between two units' lines
            if not line.strip():
                position += len(line) + 1
                continue
        named = True
        name = _cut_list_name(_LEAD_MARKER.sub(" ", item))
        if name:
            found.add(position + line.find(item), name, lead or bool(_LEAD_MARKER.search(item)))
        position += len(line) + 1


def _next_is_name(lines: list[str], number: int) -> bool:
    following = next((line.strip() for line in lines[number:] if line.strip()), "")
    return _name_line(following)


_NAME_SHAPE = re.compile(r"[A-ZŁŚŻŹĆŃÓ][\w-]*(?:[ \t]+(?:[A-ZŁŚŻŹĆŃÓ„\"][^\s]*|w|we|i|im\.|nr|na|z|ze|dla|o|–))*")


def _name_shaped(line: str) -> bool:
    """A line of capitalised words and the few lower-case words of names, nothing else."""
    return len(line) <= 150 and not line.endswith((".", ":")) and bool(_NAME_SHAPE.fullmatch(line))


# "Wejherowskie Centrum Kultury – Filharmonia Kaszubska": a dash before a capitalised word that is not a role
# joins one name; "Gmina X – lider", "Fundacja Y – Partner projektu" end it.
_NAME_DASH = re.compile(
    r"\s[–—-]\s(?=[A-ZŁŚŻŹĆŃÓ][\w-]*\s+[A-ZŁŚŻŹĆŃÓ])(?!(?i:partner|lider|koordynator|organizator|współorganizator|realizator"
    r"|beneficjent|patron|sponsor|wnioskodawca)\b)"
)


def _cut_list_name(item: str) -> str:
    """`cut_name` keeping a dash that joins one name's two parts."""
    return cut_name(_NAME_DASH.sub("\x00", item)).replace("\x00", " – ")


def _name_line(line: str) -> bool:
    """A line that holds a unit's name and nothing else (a list under a heading, no bullets)."""
    line = _LEAD_MARKER.sub(" ", line).strip()
    return (
        0 < len(line) <= 150
        and line[0].isupper()
        and not line.endswith((".", ":"))
        and not re.search(r"\d{3}", line)
        and _is_unit(line)
        and len(line.split()) <= 14
    )


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


# " i Fundacji X", " z Fundacją Y" inside one run of capitalised words: where a second unit begins.
_NEXT_UNIT = re.compile(r"\s+(?:i|oraz|a|ze?)\s+(?=(?P<words>(?:[A-ZŁŚŻŹĆŃÓ][\w-]*\s+){0,2}[A-ZŁŚŻŹĆŃÓ][\w-]*))")


_UNIT_ABBREVIATION = re.compile(r"(?:[A-ZŁŚŻŹĆŃÓ]{2,6}|[A-ZŁŚŻŹĆŃÓ]{1,3}[a-z][A-ZŁŚŻŹĆŃÓ]{1,3})")
_TOWN_AND_GMINA = frozenset(["miasta", "miasto", "miastem", "gminy", "gmina", "gminą", "gminę"])


_ADJECTIVE_ENDINGS = ("ym", "im", "ą", "ego", "ej", "ymi", "imi", "ych", "ich")


def _split_units(name: str, position: int, genitive: bool) -> list[tuple[str, int]]:
    """ "Gminy Lipno i Fundacji Razem", "Gminę Lipno i Fundację Razem", "Gminą Lipno z Fundacją Razem" -> two
    names: split before a second head in the list's case (never "Urzędu Miasta i Gminy Nysa")."""
    out: list[tuple[str, int]] = []
    start = 0
    for match in _NEXT_UNIT.finditer(name):
        words = [w.lower() for w in match.group("words").split()]
        connector = match.group(0).split()[0].lower()
        before = name[: match.start()].rsplit(None, 1)[-1].lower()
        if before in _TOWN_AND_GMINA and words[0] in _TOWN_AND_GMINA:
            continue  # "Urzędu Miasta i Gminy Nysa": one name
        heads = _GENITIVE_HEADS if genitive and connector not in ("z", "ze") else _HEADS
        head_at = next((i for i, w in enumerate(words) if w in heads), None)
        # the words before the head are its adjectives ("i Miejskim Ośrodkiem"), not a name's nouns ("Rencistów
        # i Inwalidów Oddziałem": one name goes on)
        adjectives = head_at is not None and all(w.endswith(_ADJECTIVE_ENDINGS) for w in words[:head_at])
        head = words[head_at] if head_at is not None and adjectives else ""
        first = match.group("words").split()[0]
        abbreviation = _UNIT_ABBREVIATION.fullmatch(first) and not _ROMAN.fullmatch(first)
        if connector in ("i", "oraz") and abbreviation and _is_unit(name[start : match.start()]):
            head = first  # "LGD Dolina Wełny i LGD Gościnna Wielkopolska": an abbreviated unit begins
            connector = "i"
        elif (
            connector in ("i", "oraz")
            and _PERSON.match(person := name[start : match.start()].strip())
            and (" " not in person)
        ):
            head = first  # "Sołtys i Rada Sołecka Wsi Zalesie": a person's title, then a unit
        # after "z" only an instrumental starts a unit: "z Fundacją", "ze Stowarzyszeniem"
        if head.endswith(("ą", "em", "um")) if connector in ("z", "ze") else head:
            out.append((name[start : match.start()], position + start))
            start = match.end()
    out.append((name[start:], position + start))
    return [(n.strip(), p) for n, p in out if n.strip()]


_ORAZ = re.compile(r"\s+oraz\s+(?:ze?\s+)?(?=[A-ZŁŚŻŹĆŃÓ„])")


def _split_oraz(name: str, position: int) -> list[tuple[str, int]]:
    """A list's "oraz" always joins two items (no unit's name holds it): "Grupa Działania oraz Regionalna" -> two."""
    out: list[tuple[str, int]] = []
    start = 0
    for match in _ORAZ.finditer(name):
        out.append((name[start : match.start()], position + start))
        start = match.end()
    out.append((name[start:], position + start))
    return out


# A unit's plural over the bare names that follow it: "Nadleśnictwa Czarnobór, Borne Sulinowo i Czaplinek".
_PLURAL_HEADS = {
    "nadlesnictwa": "Nadleśnictwo", "gminy": "Gmina", "powiaty": "Powiat", "miasta": "Miasto", "parafie": "Parafia",
    "solectwa": "Sołectwo", "starostwa": "Starostwo", "szkoly": "Szkoła", "przedszkola": "Przedszkole",
    "biblioteki": "Biblioteka", "fundacje": "Fundacja", "stowarzyszenia": "Stowarzyszenie", "kola": "Koło",
}  # fmt: skip
_BARE_PLACE = re.compile(r"[A-ZŁŚŻŹĆŃÓ][\w-]*(?:[ \t]+(?:nad|pod|na|[A-ZŁŚŻŹĆŃÓ][\w-]*)){0,3}")
_AND = re.compile(r"[ \t]+(?:i|oraz)[ \t]+")


def _distribute_heads(items: list[tuple[str, int, bool]]) -> list[tuple[str, int, bool]]:
    """ "Nadleśnictwa Czarnobór", "Borne Sulinowo i Czaplinek" -> a unit per place, when a unit's plural is followed
    by bare place names (no unit's head among them); any other list as it is."""
    out: list[tuple[str, int, bool]] = []
    number = 0
    while number < len(items):
        name, position, marked = items[number]
        head, _, place = name.partition(" ")
        nominative_head = _PLURAL_HEADS.get(fold(head))
        places: list[tuple[str, int, bool]] = []
        following = number + 1
        while nominative_head and following < len(items):
            parts = _AND.split(items[following][0])
            if not all(_BARE_PLACE.fullmatch(part) and not _is_unit(part) for part in parts):
                break
            places.extend((f"{nominative_head} {part}", items[following][1], items[following][2]) for part in parts)
            following += 1
        if places and _BARE_PLACE.fullmatch(place):
            out.append((f"{nominative_head} {place}", position, marked))
            out.extend(places)
            number = following
            continue
        out.append(items[number])
        number += 1
    return out


def _cued_list(
    text: str, start: int, convert: Callable[[str], str] | None = None, pair: bool = False
) -> list[tuple[str, int, bool]]:
    """The names of a list after an explicit partner cue: its units, and the other names that look like one
    ("WiseEuropa", "PKO") when the list has a unit; names given back through `convert` (the genitive)."""
    items: list[tuple[str, int, bool]] = []
    for name, position, marked in _distribute_heads(_read_list(text, start, pair, genitive=convert is not None)):
        previous = items[-1] if items else None
        between = text[previous[1] : position] if previous else ""
        if (
            previous
            and between.endswith((" – ", " — "))
            and not re.search(r"[,;\n]", between)
            and (_is_unit(previous[0]) or previous[0].isupper())  # "EPP RETAIL – Galeria Echo"
            and _is_unit(name)
        ):
            items[-1] = (f"{previous[0]} – {convert(name) if convert else name}", previous[1], previous[2] or marked)
            continue  # "z Województwem Wielkopolskim – Regionalnym Ośrodkiem …": one unit in apposition
        items.append((convert(name) if convert else name, position, marked))
    if not any(_is_unit(name) for name, _, _ in items):
        return []
    return [item for item in items if _is_unit(item[0]) or (_BRAND.fullmatch(item[0]) and not _PERSON.match(item[0]))]


def _sentence_of(text: str, start: int, end: int) -> str:
    floor = max(0, start - 600)
    begin = max(text.rfind("\n", floor, start), text.rfind(". ", floor, start), floor)
    return text[begin : _end_of_sentence(text, end)]


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
