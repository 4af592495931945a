"""The beneficiary's cue patterns: labels, "jest beneficjentem", verbs of getting, granting to, agreements' parties.

Patterns and their literal prefilters, apart from the readers: a pattern and the words that gate it are edited
together (tests/test_scan_prefilters.py holds each prefilter to its pattern).
"""

from __future__ import annotations

import functools
import re

from extract.org_cases import BODY_DATIVES, INDECLINABLE_HEADS
from extract.org_sentences import CAP, either, sentence_stop

BENEFICIARY_LABEL = re.compile(
    r"(?<![\w])(?:Wnioskodawc[ay]|Beneficjen(?:t|ci)(?:\s+projektu)?|Grantobiorc[ay]|Nazwa\s+(?:beneficjenta|wnioskodawcy))"
    r"(?:[ \t\u00a0]*/[ \t\u00a0]*Realizator(?:\s+projektu|\s+zadania)?)?"  # "Wnioskodawca/Realizator:"
    r"[ \t\u00a0]*:[ \t\u00a0]*",
    re.IGNORECASE,
)
# A table row flattened to a line: "Beneficjent Gmina Makietowo".
BENEFICIARY_ROW = re.compile(rf"^(?:Beneficjent|Wnioskodawca|Grantobiorca)[ \t\u00a0]+(?=[{CAP}])", re.MULTILINE)
BENEFICIARY_ROW_STARTS = ("beneficjent", "wnioskodawca", "grantobiorca")  # where its matches begin
LIST_ITEM = re.compile(r"^\s*(?:[-–•*]|\d+[.)])\s")
LIST_MARK = re.compile(r"^\s*[•*▪◦·]\s*")
BENEFICIARY_IS = re.compile(
    r"\b(?:(?:główn|jedyn|bezpośredni|ostateczn)\w*\s+)?(?:Beneficjent|Grantobiorc|Wnioskodawc)(?:em|ami|ą)\s+"
    r"(?:(?:i|oraz|a\s+zarazem)\s+realizatorem\s+)?"  # "Beneficjentem i realizatorem projektu jest …": both
    r"(?:(?:projektu|zadania|dotacji|środków|programu|grantu|dofinansowania|wsparcia)\s+)?"
    r"(?:jest|są|był[aoy]?|został[aoy]?)\s+",
    re.IGNORECASE,
)
BENEFICIARY_IS_STARTS = ("główn", "jedyn", "bezpośredni", "ostateczn", "beneficjent", "grantobiorc", "wnioskodawc")
# "Gminny Ośrodek Kultury w Luzinie znalazł się wśród beneficjentów", "Gmina X jest beneficjentem".
IS_BENEFICIARY = re.compile(
    r"\b(?:(?:jest|był[aoy]?|został[aoy]?|zostanie)\s+(?:jednym\s+z\s+|jedną\s+z\s+|zarówno\s+)?(?:beneficjent(?:em|ów)|grantobiorc(?:ą|ów))"
    r"|znalazł[aoy]?\s+się\s+(?:wśród|w\s+gronie)\s+beneficjentów)\b",
    re.IGNORECASE,
)
# A headline with no verb: "Gminny Ośrodek Kultury w X beneficjentem programu Narodowego Centrum Kultury".
HEADLINE_BENEFICIARY = re.compile(
    r"^(?P<name>[^\n]{3,150}?)[ \t]+beneficjentem[ \t]+(?:programu|projektu|konkursu|naboru|dotacji)\b", re.MULTILINE
)
# "Wśród nagrodzonych jest Koło X", "W gronie beneficjentów znalazła się Gmina Y": one unit among those who got
# money, named after a singular verb ("Wśród nagrodzonych są koła z …" names many).  Also "Jednym z beneficjentów
# jest także Gmina X", "Jedną z gmin, które dostały dofinansowanie, jest gmina Y" (the relative clause must say they
# got it) and "Jedną z nich dostała Gmina Z" (a verb of getting: money must be said in its sentence or the one
# before, where "nich" points).
AMONG_GETTERS = re.compile(
    r"(?<![\w])(?:(?i:wśród|w\s+gronie)|(?i:jednym|jedną)\s+z)\s+(?:(?i:nagrodzonych|beneficjentów|wyróżnionych"
    r"|dofinansowanych|laureatów|grantobiorców|zwycięzców|nich)"
    r"|(?i:gmin|powiatów|samorządów|miast|jednostek|organizacji|stowarzyszeń|parafii|szkół|kół|klubów)"
    r",?\s+(?i:które|którzy)\s+(?P<relative>[^,.;:\n]{1,100}?),)"
    r"\s+(?i:(?:programu|projektu|konkursu|naboru|dotacji|grantu|zadania|edycji)\s+)?"
    r"(?:(?i:jest|był[aoy]?|został[aoy]?|znalazł[aoy]?\s+się|znajduje\s+się)"
    r"|(?P<got>(?i:dostał[aoy]?|otrzymał[aoy]?|dostanie|otrzyma)))\s+"
    r"(?:(?i:także|również|też|m\.\s?in\.)\s+)?"
    rf"(?=[{CAP}]|(?:gmin[ay]|powiat|miasto)\s+[{CAP}a-ząćęłńóśźż])"
)
# Verbs of getting money; a singular form of any of them (and the past of otrzymać/pozyskać/uzyskać) takes any
# organisation as its subject ("Teatr Lalki i Aktora dostał", "Muzeum X otrzyma"), a plural only a unit ("Szkoły
# otrzymają wsparcie" names no beneficiary).
GOT = re.compile(
    r"\b(?:(?P<past>otrzymał|pozyskał|uzyskał)[aoyi]?|otrzymali|pozyskali|uzyskali"
    r"|otrzymuj[eą]|otrzyma(?:ją)?|pozyskuj[eą]|pozyska(?:ją)?|uzyskuj[eą]|uzyska(?:ją)?"
    # the imperfective past: "Gmina X otrzymywała co roku dotację", "Stowarzyszenie Y pozyskiwało środki"
    r"|(?:otrzymyw|pozyskiw|uzyskiw|dostaw|zdobyw)a(?:ł[aoy]?|li)"
    r"|dostał[aoyi]?|dostali|dostaj[eą]|dostanie|dostaną"
    r"|zdobył[aoyi]?|zdobyli|zdobywa(?:ją)?|zdobędzie|zdobędą|odebrał[aoyi]?|odebrali|wywalczył[aoyi]?"
    r"|wywalczy(?:ła|li)?"
    # "ma"/"mają" with the infinitive, a sum to come ("Gmina X ma otrzymać 2 mln zł"); not "może otrzymać" (a cap)
    r"|(?:ma|mają)\s+(?:otrzymać|dostać)"
    # "mieć" with the participle of a grant given, agreeing with the money ("Gmina X ma zapewnione 2 mln zł dotacji",
    # "ma już przyznaną dotację", "mają zagwarantowany grant"); a grant's word follows in the clause (not "ma
    # zapewnione środki własne", nor "ma zabezpieczone w budżecie": the unit's own money); the grant's word in the
    # same clause: "ma zapewnione środki własne, a o dotację się stara" names no getter (a comma and a space end it)
    r"|(?:ma|mają|miał[aoy]?|mieli)\s+(?:już\s+)?(?:zapewnion|zagwarantowan|przyznan)[eyąo]"
    r"(?=(?:[^.,;\n]|,(?!\s)|\.(?!\s+(?-i:[A-ZŁŚŻŹĆŃÓ]))){0,60}?(?:dotacj|dofinans|grant|promes|wsparci)))\b",
    re.IGNORECASE,
)
# "… i gmina Szczucin dostała": a lower-case head before a capitalised name.
LOWER_HEAD = re.compile(
    rf"(?<![\w])([Gg]mina|[Pp]owiat|[Mm]iasto)\s+((?:[{CAP}][\w-]*\s+){{1,3}}|[a-ząćęłńóśźż]+(?:ski|cki|dzki)\s+)$"
)
# "… gmina dostanie 642 736,57 zł", "Nasza gmina dostała …": the gmina the passage names.
BARE_SUBJECT = re.compile(r"(?<![\w])(?:[Nn]asza\s+)?([Gg]mina|[Pp]owiat)(?:\s+[a-ząćęłńóśźż]+){0,5}\s*$")
# A pronoun for the money between "i" and the second verb: "Gmina X wystąpiła z wnioskiem i je dostała".
_OBJECT = r"(?:\s+(?:je|ją|go|to|ich))?"
COORDINATION_END = re.compile(rf"\s(?:i|oraz){_OBJECT}\s*$")
# "…, gmina po raz drugi przystąpiła do projektu i uzyskała …": a bare gmina, the subject of both verbs.
BARE_COORDINATED = re.compile(
    rf"(?<![\w])(?:[Nn]asza\s+)?([Gg]mina|[Pp]owiat)\s+[a-ząćęłńóśźż][^,.;:\n]{{0,80}}?\s(?:i|oraz){_OBJECT}\s*$"
)
# "… gmina Trzcianka stanęła do naboru i dostała …": a lower-case head and its name, the subject of both verbs.
LOWER_COORDINATED = re.compile(
    rf"(?<![\w])([Gg]mina|[Pp]owiat|[Mm]iasto)\s+((?:[{CAP}][\w-]*\s+){{1,3}})[a-ząćęłńóśźż][^,.;:\n]{{0,80}}?\s(?:i|oraz){_OBJECT}\s*$"
)
# The verb phrase between a sentence's subject and "i" + a second verb ("… wystartowało w konkursie i zdobyło").
COORDINATED = re.compile(rf"\s[a-ząćęłńóśźż][^,.;:\n]{{0,150}}?\s(?:i|oraz){_OBJECT}\s*$")
# "Projekt zgłoszony przez Gminę Lesznowola", "Wnioski złożone przez Gminę Udanin": the applicant.
APPLIED_BY = re.compile(
    r"\b(?i:wnios\w*|projekt\w*|ofert\w*)\s+(?:pn\.\s+)?(?:[^\s.]+\s+){0,3}?"
    r"(?i:złożon[aeyią]|zgłoszon[aeyią]|przygotowan[aeyią]|złożony|zgłoszony|przygotowany)\s+przez\s+"
    r"(?=(?:Gminę|Powiat|Miasto|Stowarzyszenie|Fundację|Parafię|Spółdzielnię|Związek"
    # "wniosek złożony przez Miejsko-Gminny Ośrodek Kultury w X": a public body's whole name
    r"|(?:Miejsko-Gminny|Gminny|Miejski|Powiatowy)\s+Ośrodek|Ośrodek|Centrum)\s)"
)
# "… wniosek, który Gmina Dolsk złożyła …": the applicant is the unit that gets the money, unless the text says the
# application still waits ("Czekamy na rozpatrzenie wniosków": an applicant only; tests/realtext/README.md).
PENDING = re.compile(
    r"\b(?:czeka\w*|oczekuj\w*)\s+(?:\w+\s+)?na\s+(?:rozpatrzeni|rozstrzygnięci|wynik|ocen|decyzj)\w*"
    r"|\bw\s+trakcie\s+(?:oceny|rozpatrywania)|\bzostan(?:ie|ą)\s+rozpatrzon\w*"
)
PENDING_WORDS = ("czeka", "oczekuj", "trakcie", "rozpatrzon")  # each branch of PENDING holds one
APPLIED = re.compile(r"\bzłożył(?:a|o|y|i)?\b", re.IGNORECASE)
# A public body named in full as the applicant, not only a local government or an NGO: "Ośrodek Pomocy Społecznej
# w X złożył … projekt", "ofertą, którą złożyła Parafia X", "„Tytuł” zgłoszony przez Dom Kultury w X".
SUBMITTED_BY_STARTS = ("złożon", "zgłoszon", "przygotowan")  # where its matches begin
SUBMITTED_BY = re.compile(rf"\b(?i:{either(SUBMITTED_BY_STARTS)})\w*\s+przez\s+(?=[{CAP}])")
APPLICATION = re.compile(r"wnios|ofert|projekt")  # on the lower-cased text
ANOTHER_APPLICANT = re.compile(rf"\s(?:i|oraz|a)\s+przez\s+[{CAP}]")
# The passage says money was granted: a body's application alone names no beneficiary ("Zarząd Dróg złożył wniosek").
_GRANT_SAID = ("przyznan", "przyznał", "otrzyma", "dostał", "dostan", "uzyskał", "pozyskał")
_GRANT_SAID_PHRASE = re.compile(r"wybran\w*\s+do\s+(?:dotacji|dofinansowania)|umow\w*\s+o\s+dofinansowanie")


def grant_said(lowered: str) -> bool:
    """Whether the (lower-cased) passage says money was granted (`_GRANT_SAID`, `_GRANT_SAID_PHRASE`)."""
    if any(word in lowered for word in _GRANT_SAID):
        return True
    return ("wybran" in lowered or "umow" in lowered) and bool(_GRANT_SAID_PHRASE.search(lowered))


# A pronoun's or a determiner's dative, capitalised at a sentence's start or by habit: no adjective of a name
# ("Naszemu Stowarzyszeniu", "Swojemu Klubowi", "Temu Stowarzyszeniu").
PRONOUN_DATIVES = (
    r"(?:Naszemu|Naszej|Waszemu|Waszej|Swojemu|Swojej|Temu|Tej|Każdemu|Każdej|Któremu|Której|Jednemu|Jednej|Innemu"
    r"|Innej|Mojemu|Mojej|Twojemu|Twojej|Jego|Jej|Ich|Tamtemu|Tamtej|Owemu|Owej|Żadnemu|Żadnej|Całemu|Całej)"
)
# The common lower-case heads first: the `any(head in text …)` tests stop at the first one found.
_UNIT_DATIVES = (
    r"gminie|powiatowi|miastu"  # a lower-case head needs a name after it ("gminie Rybno", "powiatowi buskiemu")
    r"|Gminie|Powiatowi|Miastu|Województwu|Stowarzyszeniu|Fundacji|Parafii|Ośrodkowi|Związkowi|Bibliotece"
    r"|Ochotniczej\s+Straży\s+Pożarnej"  # "dotacja udzielona Ochotniczej Straży Pożarnej w X przez Gminę Y"
)
HEADS_DATIVE = (
    _UNIT_DATIVES
    # any body that gets money in its own name, after one adjective at most: "przyznali Śląskiemu Bankowi Żywności"
    # (not a locative of the same form: "przekazano w Szkole Podstawowej")
    + r"|(?<![Ww]\s)(?<![Ww]e\s)(?<!przy\s)(?<![\s(]o\s)"
    + rf"(?:(?!{PRONOUN_DATIVES}\s)[{CAP}][a-ząćęłńóśźż-]+(?:emu|ej)\s+)?"
    + rf"(?:{'|'.join(BODY_DATIVES)}|(?:{'|'.join(INDECLINABLE_HEADS)})(?=\s+[{CAP}][\w-]*emu\b)"
    # an indeclinable head after a dative adjective: "Powiatowemu Centrum Pomocy Rodzinie", "Regionalnemu Centrum …"
    + "".join(rf"|{head}(?<=emu\s{head})" for head in INDECLINABLE_HEADS)
    + ")"
)
_HEADS_GENITIVE = (
    r"gminy|powiatu|miasta|województwa|Gminy|Powiatu|Miasta|Województwa|Stowarzyszenia|Fundacji|Parafii|Związku"
    r"|Spółdzielni|Ochotniczej\s+Straży\s+Pożarnej|OSP"
)
# The heads' first words as printed: a text with none of them has no match of the patterns that need one.
DATIVE_WORDS = (*(head.split("\\")[0] for head in _UNIT_DATIVES.split("|")), *BODY_DATIVES)
# The adjective of a dative head ("Gminnemu Ośrodkowi Pomocy Społecznej"), right before it.
# Any capitalised adjective in the dative belongs to the name: "Polskiemu Związkowi Działkowców", "Katolickiemu
# Stowarzyszeniu Młodzieży", "Ludowemu Klubowi Sportowemu" (not a pronoun's: "Naszemu", "Temu", "Każdemu").
DATIVE_ADJECTIVE = re.compile(
    rf"(?<![\w-])(?!{PRONOUN_DATIVES}\s)"
    rf"(?:[{CAP}][a-ząćęłńóśźż]+(?:-[{CAP}a-ząćęłńóśźż][a-ząćęłńóśźż]+)?(?:emu|ej))\s+$"  # "Publicznej Bibliotece …"
)
GENITIVE_WORDS = tuple(head.split("\\")[0] for head in _HEADS_GENITIVE.split("|"))
# "wręczyła wójtowi gminy Rybno czek": the unit the office-holder heads, named in the genitive after the office.
# (or the town in the genitive: "wręczył burmistrzowi Rybna promesę")
_OFFICE_DATIVE = (
    r"(?i:wójtowi|burmistrzowi|staroście|prezydentowi)\s+"
    rf"(?:(?P<of>(?i:gminy|miasta|powiatu))|(?P<town>[{CAP}][a-ząćęłńóśźż-]+(?=[\s,.])))"
)
OFFICE_DATIVES = ("wójtowi", "burmistrzowi", "staroście", "prezydentowi")
# "przyznano Gminie Rybno …", "Wojewoda przekazał Powiatowi Nyskiemu …", "Gmina Nur dołożyła Powiatowi …".
GRANTED_TO = re.compile(
    # every person and tense: "przyznali Śląskiemu Bankowi Żywności", "przekażą Gminie X", "udzielili Klubowi Y"
    r"\b(?i:przyznan[oay]|przyzna(?:ł[aoy]?|li|je|ją)?|przekazan[oay]|przekazał[aoy]?|przekazali|przekazuj[eą]"
    r"|przekaż[eą]|przydzielon[oay]|przydzielił[aoy]?|przydzielili|dołożył[aoy]?|dołożyli"
    r"|przypadł[aoy]?|przypadnie|przypadną"
    r"|udzielił[aoy]?|udzielili|udzielon[oay]|udziela(?:ją)?|udziel[iąa]"  # "Województwo udzieliło Gminie Zielonki …"
    # "Wniosek przyniósł Bibliotece X 2810 zł"
    r"|(?P<brought>przyniósł|przyniosł[aoy]|przynieśli|przyniesie|przyniosą))\s+"
    rf"(?:[^\s.]+\s+){{0,6}}?(?P<head>{HEADS_DATIVE}|{_OFFICE_DATIVE}|(?P<acronym>[{CAP}]{{3,6}}))\s",
)
# "wręczyła ona Gminie Gołcza dwie promesy": handed over to a unit (money must be near: not a diploma).
HANDED_TO = re.compile(
    rf"\b(?i:wręczył[aoy]?|wręczyli|wręcza(?:ją)?|wręczy)\s+(?:[^\s.]+\s+){{0,3}}?"
    rf"(?P<head>{HEADS_DATIVE}|{_OFFICE_DATIVE})\s"
)
# "Gminie Czaplinek przyznano dotację": the dative before the verb.
GRANTED_BEFORE = re.compile(
    # the name's words, its seat and number too ("Ochotniczej Straży Pożarnej w X", "Szkole Podstawowej nr 1 w Y"),
    # never after a preposition ("w Gminie X przyznano 20 stypendiów": a place)
    rf"(?<![\w])(?<![Ww]\s)(?<![Ww]e\s)(?P<head>{HEADS_DATIVE})\s+"
    rf"(?:(?:[{CAP}„][\w”-]*|w|we|nr|im\.|pw\.|\d+)\s+){{1,8}}"
    r"(?i:przyznan[oay]|przekazan[oay]|przypadł[aoy]?|przypadnie|udzielon[oay]|udzielił[aoy]?|udzieliło"
    r"|udało\s+się\s+(?:pozyskać|uzyskać|zdobyć|otrzymać|wywalczyć)"
    # a resolution's impersonal grant, of money only: "Gminie X udziela się dotacji", "Stowarzyszeniu Y przyznaje się
    # dotację celową" ("Gminie X powierza się zadanie", "udziela się pełnomocnictwa" give no money)
    r"|(?:udziela|przyznaje|przekazuje)\s+się\s+(?=(?:\S+\s+){0,3}?(?:dotacj|pomoc\w*\s+finansow|dofinansowa|środk|grant))"
    r"|(?:zostanie|zostaje|został[aoy]?)\s+(?:udzielon|przyznan|przekazan)[aeoy]\s+"
    r"(?=(?:\S+\s+){0,2}?(?:dotacj|pomoc\w*\s+finansow|dofinansowa|środk|grant|kwot)))\b"
)
# A public body named in the genitive after money and "dla"/"do": "Dotacja dla Gminnej Biblioteki Publicznej w X",
# "… trafi do Muzeum Regionalnego w Y" (a library, a culture centre, a museum, a club, a school named in full).
_BODY_GENITIVE = (
    rf"(?:[{CAP}][a-ząćęłńóśźż-]+(?:ej|ego)\s+){{0,2}}"
    r"(?:Biblioteki|(?:Ośrodka|Centrum|Domu)\s+Kultury|Muzeum|Koła\s+Gospodyń|Klubu|Teatru|Towarzystwa"
    # a hospital, a care home, a hospice, a food bank, a UTW, a parish ("40 tys. zł dla Szpitala Powiatowego w X")
    r"|Szkoły\s+Podstawowej|Zespołu\s+Szkół|Szpitala|Domu\s+Pomocy|Hospicjum|Banku\s+Żywności|Uniwersytetu|Parafii)"
)
# "do Gminy Połaniec trafi 99 999,75 zł", "trafi do Gminy Puszcza Mariańska".
# Every tense of "trafić", and its infinitive after a modal ("ma trafić", "miało trafić"); "na rzecz" for "do".
GOES_TO = re.compile(
    rf"\btraf(?:i|ią|iło|iła|ił|iły|ia|iają|ić)\s+(?:[^\s.]+\s+){{0,4}}?do\s+(?:budżetu\s+|kasy\s+)?"
    rf"(?P<head>{_HEADS_GENITIVE})\s"
    rf"|(?<![\w])(?:[Dd]o|[Nn]a\s+rzecz)\s+(?P<head2>{_HEADS_GENITIVE}|{_BODY_GENITIVE})\s+"
    rf"(?:(?:[{CAP}„][\w”-]*|w|we|im\.|nr)\s+){{1,6}}"
    r"(?:(?:ma|mają|miał[aoy]?|może|mogą)\s+)?traf(?:i|ią|iło|iła|ił|iły|ia|iają|ić)\b"
)
# "trafi do Gminnego Ośrodka Pomocy Społecznej w X", "dotacja dla Ośrodka …": a welfare centre got the money.
CENTRE_GETS = re.compile(
    r"(?:\btraf(?:i|ią|iło|iła|ił|iły)\s+(?:[^\s.]+\s+){0,4}?do"
    r"|(?i:dofinansowa\w*|dotacj\w*|grant\w*|środk\w*|wsparci\w*|zł|złotych)\s+(?:[^\s.]+\s+){0,6}?dla)\s+"
    r"(?P<centre>(?:(?:Gminnego|Miejskiego|Miejsko-[Gg]minnego|Powiatowego|Regionalnego)\s+)?"
    r"(?:Ośrodka\s+Pomocy|Centrum\s+(?:Pomocy|Usług)))"
)
CENTRE_GETS_STARTS = ("traf", "dofinansowa", "dotacj", "grant", "środk", "wsparci", "zł")
# The recipient fronted before the verb of granting, "dla" and its genitive opening the sentence or a numbered
# paragraph: "Dla LKS „Strumień” w X przyznaję dotację", "§ 1. Dla Stowarzyszenia Y przyznaje się dotację", "Dla Gminy Z
# Wojewoda przyznał 50 000 zł" (Polish fronts the recipient; the verb, an organ before it, follows the name).
# A sentence's or a numbered paragraph's start ("§ 1. Dla …").
_FRONT = r"(?m)(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=§\s\d\s)|(?<=§\s\d\.\s))[ \t]*"
FRONTED_FOR = re.compile(rf"{_FRONT}Dla\s+(?=[{CAP}„\"])")
# The recipient fronted in the dative before an organ and its verb: "Gminie X Wojewoda przekazał 100 000 zł",
# "Stowarzyszeniu Y Zarząd Województwa przyznał …" (GRANTED_BEFORE reads the impersonal "Gminie X przyznano").
FRONTED_DATIVE = re.compile(rf"{_FRONT}(?=(?:{_UNIT_DATIVES})\s+(?:[{CAP}„\"]|we?\s+[{CAP}]))")
# The verb of granting after the fronted name, up to four words (an organ, "się") between: every person and tense.
FRONTED_GRANT = re.compile(
    r"\s+(?:[^\s.,;:]+\s+){0,4}?(?i:przyzna(?:ję|je|ją|ł[aoy]?|li|no|ne)|przyznan[oay]|udziela(?:m|ją)?"
    r"|udzielon[oay]|udzielił[aoy]?|udzielili|przeznacza(?:m|ją)?|przeznaczon[oay]|przeznaczył[aoy]?|przeznaczyli"
    r"|przekaza(?:no|ł[aoy]?|li)|przekazuj[eę])\b"
)
# A second recipient in the sentence: ", a dla Klubu B 3 000 zł" (several recipients, no one beneficiary).
FRONTED_ANOTHER = re.compile(rf"[,;]\s+(?:(?:a|oraz|i|zaś|natomiast)\s+)?dla\s+[{CAP}„\"]")
# Words that end a fronted name: the organ granting, its subject ("Dla Gminy X Wojewoda przyznał").
FRONTED_ORGAN = frozenset(
    ["wojewoda", "wojt", "burmistrz", "starosta", "prezydent", "zarzad", "rada", "marszalek", "minister",
     "ministerstwo", "urzad", "sejmik", "komisja"]
)  # fmt: skip
# "Dofinansowanie dla Gminy Myślibórz", "Grant Ministerstwa … dla Miasta Włocławek".
FOR_UNIT = re.compile(
    r"(?i:dofinansowa\w*|dotacj\w*|grant\w*|środk\w*|pieniądz\w*|pieniędz\w*|wsparci\w*|promes\w*|zł|złotych)"
    rf"\s+(?:[^\s.]+\s+){{0,6}}?dla\s+(?P<head>{_HEADS_GENITIVE})\s"
)
BODY_HEAD = re.compile(_BODY_GENITIVE)  # (not a unit's head: "do gminy Pilzno trafi" reads as a unit)
BODY_GENITIVE_WORDS = (
    "Bibliotek", "Kultury", "Muzeum", "Koła", "Klubu", "Teatru", "Towarzystwa", "Szkoły", "Zespołu", "Szpitala",
    "Domu", "Hospicjum", "Banku", "Uniwersytetu", "Parafii",
)  # fmt: skip


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex finding any of `words` as printed (literally, case-sensitive): `search` says what `any(word in text
    for word in words)` says in one scan of the text, not a scan a word (most texts hold none of a list's words)."""
    return re.compile("|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True)))


_DATIVE_HEAD = _any_of(DATIVE_WORDS)
_BODY_GENITIVE_HEAD = _any_of(BODY_GENITIVE_WORDS)


@functools.lru_cache(maxsize=4)
def has_dative_head(text: str) -> bool:
    """`any(head in text for head in DATIVE_WORDS)`, kept for the last few texts (the beneficiary's and the
    implementer's readers ask); a gmina's "Gminie" / "gminie" first, the words most pages with one hold."""
    return "Gminie" in text or "gminie" in text or _DATIVE_HEAD.search(text) is not None


@functools.lru_cache(maxsize=4)
def has_body_genitive(text: str) -> bool:
    """`any(word in text for word in BODY_GENITIVE_WORDS)`, kept for the last few texts."""
    return _BODY_GENITIVE_HEAD.search(text) is not None


FOR_BODY = re.compile(
    r"(?i:dofinansowa\w*|dotacj\w*|grant\w*|środk\w*|pieniądz\w*|pieniędz\w*|wsparci\w*|promes\w*|zł|złotych)"
    rf"\s+(?:[^\s.]+\s+){{0,6}}?(?:dla|do)\s+(?P<body>{_BODY_GENITIVE})\s"
)
FOR_UNIT_STARTS = ("dofinansowa", "dotacj", "grant", "środk", "pieniądz", "pieniędz", "wsparci", "promes", "zł")
# Goods bought with the money: a unit they are "dla" uses them; the money went to whoever bought them.
_GOODS_WORDS = r"zakup|wyposaż|sprzęt|samochod|pojazd"
GOODS = re.compile(rf"{_GOODS_WORDS}|\bwoz[uy]\b|\bwóz\b", re.IGNORECASE)
GOODS_FOR = re.compile(
    rf"(?:{_GOODS_WORDS})\w*[^.;:\n]{{0,50}}?\bdla\s+(?:\w+\s+)?(?:[^.;:\n]{{1,40}}?\s(?:i|oraz)\s+)?$",
    re.IGNORECASE,
)
# Things handed over that are no money: a body given a banner, a cup or books got no grant ("przekazali Szkole X
# sztandar", "wręczył Bibliotece Y dyplom").
GIFTS = re.compile(
    rf"{GOODS.pattern}|(?<![\w])(?:sztandar|dyplom|puchar|medal|statuet|certyfikat|tablic|odznak|podziękowa|upomin"
    r"|książ)",
    re.IGNORECASE,
)
# "Gmina Ornontowice z dofinansowaniem z Polskiego Ładu" (a headline).
WITH_GRANT = re.compile(r"\s+z\s+(?:dofinansowaniem|dotacją|grantem|promesą)\b")
# Funding agreements: "Umowę o dofinansowanie … Gmina Skwierzyna … zawarła", "umowy … zawartej między Gminą …".
SIGNED = re.compile(
    r"\b(?:zawar(?:ł[aoy]?|li|ły|to|t[aąeyi]|tej)|podpisał[aoy]?|podpisali|podpisały|podpisano|(?:po)?między)\b",
    re.IGNORECASE,
)
# A voivodeship's board or self-government as the other party pays (regional programmes, LEADER); "umowa o
# przyznaniu pomocy" is the PROW agreement's own name.
FUNDING_CONTEXT = re.compile(
    r"finans|dotac|grant|wojewod|minist|marszał|fundusz|instytucj|przyznaniu\s+pomocy"
    r"|(?:zarząd|samorząd)\w*\s+województw|województwem|skarb\w*\s+państwa",
    re.IGNORECASE,
)
# A party said to get a sum ("umowy podpisano z gminą X, która otrzyma 25 tys. zł"), in no works contract (where the
# contractor is paid: "z firmą Y, która otrzyma 2 mln zł za budowę").
GETS_SUM = re.compile(r"\b(?:otrzyma|dostan|dostał)\w*\s+(?:ponad\s+|około\s+|blisko\s+|prawie\s+)?\d", re.IGNORECASE)
WORKS_CONTRACT = re.compile(r"wykonaw|firm|przetarg|wynagrodz|\bza\s+(?:budow|wykonani|remont|dostaw)", re.IGNORECASE)
# The parties of an agreement, named in the nominative or the instrumental ("… a Gminą Ochotnica Dolna").
PARTY = re.compile(
    r"(?<![\w])(?:(?:Wójt|Burmistrz|Prezydent|Starosta)\s+(?:Gminy|Miasta(?:\s+i\s+Gminy)?|Powiatu)"
    r"|Gmin[aą](?:\s+i\s+Miast(?:o|em))?|Powiat(?:em)?|Miast(?:o|em)(?:\s+i\s+Gmin[aą])?|Stowarzyszeni(?:e|em)|Fundacj[aą]|Parafi[aą]"
    rf"|Spółdzielni[aą]|Związek|Związkiem|Województw(?:o|em)|Ochotnicz[aą]\s+Straż[ą]?\s+Pożarn[aą]|OSP"
    # "Miejsko-Gminny Ośrodek Pomocy Społecznej w X podpisał umowę", "umowę z Lokalną Grupą Działania „Y”"
    r"|(?:(?:Gminn|Miejsk|Miejsko-[Gg]minn|Powiatow)[ey]\s+)?(?:Ośrodek\s+Pomocy|Centrum\s+(?:Pomocy|Usług))"
    rf"|Lokaln[aą]\s+Grup[aą]\s+Działania)\s+(?=[{CAP}„\"]|p\.\s?w\.|pw\.|pod\s+wezwaniem\s)"  # "Parafia pw. Św. X"
)
# "… oraz członkowie Zarządu Stowarzyszenia „Dom z Sercem”", "Prezes Fundacji X": the board signs for its body.
PARTY_BOARD = re.compile(
    r"(?<![\w])(?:[Cc]złonk(?:owie|ów)\s+)?(?:Zarząd(?:u)?|[Pp]rezes(?:a)?)\s+"
    r"(?P<unit>Stowarzyszenia|Fundacji|Towarzystwa|Federacji|Spółdzielni|Związku|Ochotniczej\s+Straży\s+Pożarnej)\s"
)
# A public body's director signs its funding agreement for it: "Dyrektor Samodzielnego Publicznego Zespołu Zakładów
# Opieki Zdrowotnej w X Jan Nowak", "dyrektor Muzeum Regionalnego w Y" (the body, named in the genitive).
PARTY_DIRECTOR = re.compile(
    rf"(?<![\w])[Dd]yrektor(?:a|ka|ki)?\s+(?P<unit>(?:[{CAP}][a-ząćęłńóśźż-]+(?:ego|ej)\s+){{0,3}}"
    r"(?:Szpitala|Zespołu|Zakładu|Muzeum|Biblioteki|Domu|Ośrodka|Centrum|Teatru|Szkoły|Przedszkola|Hospicjum|Banku)\s)"
)
# "podpisali wójt gminy Lipowa i wojewoda": an office-holder written in lower case before a lower-case unit.
PARTY_OFFICE = re.compile(
    rf"(?<![\w])(?:[Ww]ójt|[Bb]urmistrz|[Ss]tarosta|[Pp]rezydent)\s+(?P<unit>(?:gminy|miasta|powiatu)\s+(?=[{CAP}a-ząćęłńóśźż]))"
)
# A party written with a lower-case head, then its name or adjective: "podpisał z powiatem białogardzkim", "umowy
# podpisano z gminą Gryfów Śląski" (`unit_named_at` reads it); "Władze Gminy Sompolno … podpisali": the unit's
# authorities.
PARTY_LOWER = re.compile(
    r"(?<![\w])(?:gmin[aą]|powiat(?:em)?|miast(?:o|em))[ \t\u00a0]+"
    rf"(?=[{CAP}]|[a-ząćęłńóśźż-]+(?:sk|ck|dzk)(?:i|im|ą)\b)"
)
PARTY_AUTHORITIES = re.compile(
    r"(?<![\w])[Ww]ładz(?:e|om|ami)\s+(?P<unit>(?:Gminy|Miasta|Powiatu|gminy|miasta|powiatu)\s)"
)
# A unit's representatives sign for it: "przedstawiciele powiatu człuchowskiego", "przedstawiciele Gminy Rybno", a
# bare "przedstawiciele gminy" (the one gmina the passage names), "Za władze powiatu umowę podpisali …", "W imieniu
# Gminy X podpisał …", and a body by its acronym ("przedstawiciele OSP – prezes i skarbnik – podpisali": the one OSP
# the passage names).
PARTY_REPRESENTED = re.compile(
    r"(?<![\w])(?:[Pp]rzedstawiciel(?:e|i|ami|k[ia]|kami)|[Zz]a\s+władz[eę]|[Ww]\s+imieniu)\s+"
    rf"(?P<unit>(?P<bare>gminy|powiatu|Gminy|Powiatu)\b|(?P<acronym>[{CAP}]{{2,6}})(?![\w-]))"
)
PARTY_REPRESENTED_WORDS = ("rzedstawiciel", "władz", "imieniu")  # a literal of each opener


def funding_beside(text: str, end: int, sentence: str) -> bool:
    """Whether the sentence right after an agreement's sentence says what it funds (`FUNDING_CONTEXT`): "Umowę
    podpisał powiat X. Dofinansowanie wynosi …"; never a works contract (a contractor, a tender) in the sentence
    itself.  (The sentence before is no such clue: "… dostały cztery gminy. Umowę podpisała gmina X" is a round-up.)"""
    if WORKS_CONTRACT.search(sentence):
        return False
    return bool(FUNDING_CONTEXT.search(text, end, sentence_stop(text, min(len(text), end + 1), 300)))


# A date's "r." before a capital ends no sentence still lacking its parties ("… 2020 r. Wicemarszałek …").
YEAR_ABBREVIATION = re.compile(r"\d\s*r\.\s*$")
OFFICE_BEFORE = re.compile(r"\b(?:prezes|wójt|burmistrz|starosta|dyrektor|kierownik|przewodnicząc\w*)\s+$")
QUOTED = re.compile(r"„[^”\n]*”|\"[^\"\n]*\"")
# "Liderem projektu jest Gmina Osjaków": the leader of a partnership signs the funding agreement.
LEADER_IS = re.compile(
    r"\bLiderem\s+(?:projektu\s+|partnerstwa\s+)?(?:jest|był[aoy]?|został[aoy]?)\s+"
    r"|\b[Ll]ider(?:em)?\s+(?:projektu|partnerstwa)\s+\(\s*"
    r"|(?<![\w])Lider(?:\s+projektu|\s+partnerstwa)?[ \t\u00a0]*:[ \t\u00a0]*"
)
# "Gmina Iwaniska, działając jako Lider Projektu, …": the subject before.
AS_LEADER = re.compile(r",\s+(?:działając\s+|występując\s+)?jako\s+[Ll]ider(?:\s+[Pp]rojektu|\s+[Pp]artnerstwa)?\b")
# "Miasto Koło kupiło 60 zestawów dzięki dofinansowaniu …": the unit that opens the sentence.
THANKS_TO = re.compile(
    r"\bdzięki\s+(?:(?:pozyskanemu|otrzymanemu|uzyskanemu|przyznanemu|pozyskanej|otrzymanej|uzyskanej|przyznanej"
    r"|pozyskanym|otrzymanym|uzyskanym|przyznanym)\s+)?(?:dofinansowaniu|dotacji|środkom|wsparciu|grantowi|pieniądzom)\b",
    re.IGNORECASE,
)
# A verb of carrying a project out (any person, tense or aspect, or its infinitive after a modal: "mogło zrealizować"):
# a unit that runs a project the money went to is its implementer, not said to get the money (tests/realtext/README.md,
# `beneficiary`: "Gmina X realizuje projekt … współfinansowany …" names no beneficiary).
RUNS = re.compile(r"(?<![\w])(?:z?realiz|(?:po|prze)?prowadz|wdraż)\w*", re.IGNORECASE)
# After a fronted "Dzięki pozyskanemu dofinansowaniu …": the unit and the verb it is the subject of.
UNIT_THEN_VERB = re.compile(
    rf"(?<![\w])(?P<name>[{CAP}][\w-]*(?:\s+(?:[{CAP}„][\w”-]*|w|we|nr|im\.))*)"
    r"\s+(?P<verb>[a-ząćęłńóśźż]+(?:ł|ła|ło|li|ły|uje|ują))\b"
)
