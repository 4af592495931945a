"""Money many recipients share (a call's, a programme's or a country's pool) is never one project's grant."""

from __future__ import annotations

import re
from decimal import Decimal

from extract.dates import prefix_tree
from extract.model import AmountKind
from extract.money_clauses import Boundaries, amount_sentence_end
from extract.money_recipients import ONE_GOT
from extract.regex_starts import led

# A billion złoty or more is a programme's or a country's allocation, never one project's money.
ALLOCATION = Decimal(10) ** 9
# A grant of 100 mln zł or more is a programme's or a region's pool far more often than one unit's award:
# of the 55 sums that large in the real-text dev set, 54 are `other` and one a total cost, none a grant
# (tests/realtext/README.md, rule 3). A total cost that large is still one project's.
POOL_SIZE = Decimal(10) ** 8
# The kinds of money given to a project: what a pool is not.
GRANT_KINDS: tuple[AmountKind, ...] = ("grant", "eu_share")
# A count before a noun: 2 or more, not a year nor part of a reference number ("umowa nr 395/OPS/2023 gmina").
# ("blisko 1,3 tys. organizacji": a count in thousands)
# ("70 000 projektów": a count in thousands groups)
_COUNT = (
    r"(?=\d)(?<![/.,\d])(?<!\d[ \u00a0\u2009\u202f])\b"
    r"(?:\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,.])|(?![01]\s)(?!(?:19|20)\d\d\b)\d{1,5}(?:,\d{1,2}[ \u00a0]*tys\.?)?)\s+"
)
# Nouns a count may take that are neither recipients nor their adjectives: people served, tasks, applications.
_COUNTED_NOUN = (
    r"(?:projekt|mikroprojekt|zada[nń]|wniosk|inicjatyw|ofert|przedsięwzię|osób|os\.|uczni|dzieci|mieszkańc|senior"
    r"|rodzin|uczestnik|pacjent|podopieczn|kilometr|km\b|obiekt|miejsc)"
)
# Money for many recipients at once (a call's or a country's pool) is an allocation, not one project's.
# (Every alternative starts a word with one of the letters the lookahead lists, or a digit: it skips the
# other positions cheaply.)
_MANY_RECIPIENTS = re.compile(
    r"(?<!\w)(?=[dwzsjgpbmkcnroDWZSJGPBMKCNRO\d])(?:"
    r"\bdo\s+podziału\b|\bw\s+całym\s+kraju\b|\bz\s+całej\s+Polski\b|\bw\s+całej\s+Polsce\b|\bcałego\s+kraju\b|\bsamorząd(?:y|om)\b|\bjednostkom\s+samorządu\b"
    r"|\bwszystk\w*\s+(?:gmin|powiat|samorząd|jednost|dofinansowa|dotacj|projekt|beneficjent|szkół|szkoł|JST)\w*"
    r"|\bjednost(?:ki|ek|kom|kami)\s+samorządu\b|\b(?:gminom|powiatom|organizacjom|stowarzyszeniom|klubom|szkołom|kołom|podmiotom|sołectwom|placówkom)\b|\bbeneficjen(?:ci|tom|tów)\b"
    r"|\b(?:dla|do|wśród|pomiędzy|między)\s+(?:[^\W\d]+(?:ych|ich)\s+)?(?:gmin|powiatów|samorządów|miast|organizacji\s+pozarządowych"
    r"|klubów|stowarzyszeń|kół|szkół|placówek|podmiotów|jednostek|beneficjentów|sołectw|całego\s+regionu|regionu)\b"
    # "kilkanaście samorządów", "kilkadziesiąt organizacji", "co druga gmina": many, in words
    r"|\b(?:kilk\w*|wiel[eu]|dziesiątk\w*|setk\w*|co\s+drug\w*)\s+(?:gmin|powiat|samorząd|jednost|beneficjent|organizacj"
    r"|podmiot|stowarzysz|projekt|szkół|szkoł|JST|jst)\w*"
    # "wartość projektów w II edycji": the value of many projects (or applications) at once
    r"|\b(?:wartoś|koszt|koszc|kwot|kwoci)\w*\s+(?:[^\W\d]+\s+){0,2}?(?:projektów|mikroprojektów|zadań|wniosków|przedsięwzięć)\b"
    # "38 mln zł trafi na dotacje": money for grants (plural) is a call's pool
    r"|\bna\s+(?:dotacje|granty|mikrogranty)\b"
    # "na Lubelszczyznę trafi 271 mln zł", "do Wielkopolski": a region's allocation, shared by its samorządy
    r"|\b(?:na|do|dla)\s+(?-i:(?:Lubelszczyzn|Wielkopolsk|Mazowsz|Małopolsk|Podkarpaci|Pomorz|Podlasi|Opolszczyzn|Kujaw"
    r"|Warmi|Dolny\s+Śląsk|Dolnego\s+Śląsk|Górny\s+Śląsk|Górnego\s+Śląsk|Śląsk|Ziemi[eę]?\s+Lubusk)\w*)"
    # "otrzymało 17 podmiotów", "dla 203 KGW": a count of recipients (not a year: "umowa nr 12/2023 gmina")
    # (the words between are the count's adjectives, not a counted noun of its own: "na zajęcia dla 120 uczniów szkół",
    # "Na realizację 3 projektów gmina otrzymała" count pupils and projects, not schools or gminy)
    rf"|(?=\d)(?<!\bna\s){_COUNT}(?:(?!zł|złot|tys|tyś|mln|mld|mil|PLN|euro|{_COUNTED_NOUN})[^\W\d]+\s+){{0,2}}?(?:podmiot|organizacj|gmin|samorząd|jednost|beneficjent|stowarzysz|wnioskodawc"
    r"|grantobiorc|KGW|OSP|JST|jst|(?:dzienn\w+\s+)?dom(?:y|ów)|klub(?:y|ów)|placów(?:ki|ek)|szkół|szkoły|świetlic|kół|koła|ośrodk(?:i|ów))\w*"
    # "pomoc otrzymało 500 osób": people getting it (not "dla 120 osób", whom one unit's project serves)
    rf"|(?=\d)(?<!\bdla\s)(?<!\bna\s){_COUNT}(?:osób|os\.|rodzin|seniorów|uczniów|mieszkańców|przedsiębiorców|firm|rolników"
    r"|gospodarstw)\b"
    # "Najmniejszy grant to 100 tys. zł": the bounds of what a programme gives
    r"|\b(?:najmniejsz|największ)\w*\s+(?:grant|dotacj|kwot|kwoci|dofinansowa|wsparci)\w*\s+(?:to|wynosi)\b"
    # "każdy UTW dostanie …": the sum each of many gets (not "każde z nich", the ones just named)
    # ("Każdą jednostkę OSP z naszego terenu wsparliśmy dotacją", "każdemu klubowi przyznano": the one each of many is
    # given, in every case of "każdy" and with a verb of giving too; not "każdego roku", a time)
    r"|\bkażd(?:y|a|e|emu|ej|ą|ego)\s+(?!z\s|ze\s|(?:rok|roku|miesiąc|miesiąca|dzień|dnia|tydzień|tygodnia|raz|razu)\b)"
    r"(?:[^\W\d]+\s+){1,5}?"
    r"(?:dostanie|otrzyma|dostaje|otrzymuje|przysługuje|przypadnie|przypada"
    r"|(?:wspar|wspier|przyzna|przekaza|dofinansowa)\w*)\b"
    r"|\brozdziel\w*|\brozdysponowa\w*"  # distributed among many
    # "dla każdego koła …", "Stawka dotacji na jedno miejsce": a sum for each of many, a rate, not one recipient's
    r"|\bdla\s+każd(?:ego|ej)\b|\bstawk\w*\s+(?:dotacj|dofinansowa|wsparci|grant|pomoc)\w*"
    # "Podstawowa kwota dotacji dla przedszkoli wynosi …": the statutory yearly sum per pupil every non-public school
    # or preschool of the gmina is paid (ustawa o finansowaniu zadań oświatowych, art. 12 ff.), a rate, not an award
    r"|\bpodstawow\w*\s+kwot\w*\s+dotacji\b"
    # "Wysokość dofinansowania na jedno miejsce wynosi 80 zł miesięcznie", "80 zł na każdy miesiąc pobytu": a rate,
    # not one unit's award
    # ("21 020 zł na każde nowe miejsce pracy": an adjective between)
    r"|\bna\s+(?:jedn(?:o|ego|ą)|każd(?:y|e|ą|ego))\s+(?:[^\W\d]+\s+)?(?:miejsce|miesiąc|osobę|dziecko|ucznia|seniora)\b)",
    re.I,
)
# What every _MANY_RECIPIENTS match holds, in lower case: one word of each of its alternatives (the nouns where the
# first words are common: "dla", "do", a count).  many_recipients looks for these over the cues first: at about
# 0.15 us a word start, the regex costs several microseconds on an amount's 40 characters, this a fraction of one.
# (As a tree of their letters, `prefix_tree`: the regex engine tries a place's first letter once, not each word's.)
_MANY_ANCHORS = re.compile(
    prefix_tree(
        [
            *(
                "podział",
                "kraju",
                "polski",
                "polsce",
                "samorząd",
                "wszystk",
                "gmin",
                "powiat",
                "organizacj",
                "stowarzysz",
            ),
            *("klub", "szkoł", "szkół", "koł", "kół", "podmiot", "sołectw", "placów", "beneficjen", "miast"),
            *("jedn", "regionu", "kilk", "wiel", "dziesiątk", "setk", "drug", "projektów", "zadań", "wniosków"),
            *("przedsięwzięć", "dotacje", "granty", "lubelszczyzn", "mazowsz", "małopolsk", "podkarpaci", "pomorz"),
            *("podlasi", "opolszczyzn", "kujaw", "warmi", "śląsk", "lubusk", "wnioskodawc", "grantobiorc", "kgw"),
            *("osp", "jst", "domy", "domów", "świetlic", "ośrodk", "osób", "os.", "rodzin", "seniorów", "uczniów"),
            *("mieszkańców", "przedsiębiorców", "firm", "rolników", "gospodarstw", "najmniejsz", "największ"),
            *("każd", "rozdziel", "rozdysponowa", "stawk", "podstawow"),
        ]
    )
)


def many_recipients(text: str, cues: str | None, start: int, stop: int) -> bool:
    """Whether `_MANY_RECIPIENTS.search(text, start, stop)` finds one; `cues`: the text's `text_cues` when they are
    aligned with it (same length), else None (the regex alone)."""
    if cues is not None and not _MANY_ANCHORS.search(cues, start, stop):
        return False
    return any(
        not _ONE_OF.search(text, max(0, found.start() - 30), found.start())
        for found in _MANY_RECIPIENTS.finditer(text, start, stop)
    )


# "Jednym z Beneficjentów jest Gmina Kałuszyn", "jedną z 12 gmin, które dostaną": one of the many, the one the clause
# names (rule 3 of tests/realtext/README.md: a sum for one named recipient takes its cue's kind), in every case of
# "jeden" ("jeden/jedna/jedno z", "jednego/jednej/jednemu/jednym/jedną z") and with "spośród"/"wśród".
_ONE_OF = re.compile(
    r"(?<!\w)jed(?:en|na|no|nego|nej|nemu|nym|ną)[ \u00a0]+(?:z|ze|spośród|wśród)[ \u00a0]+(?:[^\W\d]+[ \u00a0]+)?\Z",
    re.I,
)


# "Pomoc otrzymało 79 projektów, a jej łączna kwota wynosi …": a total ("łącznie", "w sumie") looks over the
# whole sentence for the many it is shared by, projects and tasks counted too.
# "budżet gminy ma jeszcze wolne środki na dotacje … w wysokości 40 tys. zł": a balance left for many, not a grant.
BALANCE = re.compile(r"\b(?:woln\w*|niewykorzystan\w*|niezagospodarowan\w*)\s+środk\w*", re.I)
TOTAL_WORD = re.compile(r"\b(?:łączn\w*|w\s+sumie|ogółem|razem)\b", re.I)
# "Na konkurs przeznaczono 100 mln zł", "rząd przeznaczy 300 mln zł na program", "przeznaczono w tej edycji": a
# call's or a programme's allocation (not "przeznaczono na dofinansowanie tego zadania").
_CALL = (
    r"(?:\bna\s+(?:\w+\s+){0,2}?(?:program|konkurs|nabor|nabór|edycj)\w*"
    r"|\bw\s+(?:\w+\s+)?(?:edycji|naborze|konkursie)\b"
    rf"|{_COUNT}(?:\w+\s+)?(?:projekt|zada[nń]|wniosk)\w*"
    # "na dofinansowanie zadań sportowych przeznaczano 545 tys. złotych": money for many tasks (not a unit's own ones)
    # ("Na zadania z zakresu sportu przeznaczono kwotę X", "na realizację zadań publicznych": a call's tasks, plural)
    # (after a verbal noun only the genitive plural: "na realizację zadania" is one task's)
    r"|\bna\s+(?:(?:dofinansowani|realizacj|wykonani|finansowani|wsparci)\w*\s+(?:\w+\s+)?"
    r"(?:projektów|zadań|przedsięwzięć|inicjatyw|ofert|wniosków)"
    r"|(?:(?!dofinansowani|realizacj|wykonani|finansowani|wsparci|dotacj)[^\W\d]+\s+)?"
    r"(?:zadania|projekty|przedsięwzięcia|inicjatywy))\b(?!\s+(?:własn|gminy|miasta|powiatu))"
    r")"
)
CALL_POOL = re.compile(rf"\bprzezna\w*[^.;]{{0,60}}?{_CALL}|{_CALL}[^.;]{{0,60}}?\bprzezna\w*", re.I)
ALLOTTED = re.compile(r"\bprzeznacz\w*", re.I)
# What a contest offers anyone, not what one unit got: "Do zdobycia jest nawet 50 tys. zł", "W szóstej edycji Fundacja
# da granty w wysokości 10 000, 15 000 oraz 25 000 zł", "Marszałek przyznaje w nim (in the contest) środki w wysokości
# 8 tys. zł" (a present or future verb of giving in an edition or contest; not "przyznał", a past award).
# (looked for first, in the lowered words around the sum: a word of "do zdobycia", or one of the place's)
_TO_WIN_WORD, _CONTEST_WORDS = "zdobycia", ("nim", "niej", "edycji", "naborze", "konkursie")
_TO_WIN = re.compile(r"\bdo\s+zdobycia\b", re.I)
_OFFER_VERB = re.compile(r"\b(?:da|daje|dają|przyznaje|przyznają|oferuje|oferują)\b", re.I)
_CONTEST_PLACE = re.compile(r"\bw\s+(?:nim|niej|(?:[^\W\d]+\s+)?(?:edycji|naborze|konkursie))\b", re.I)


def offered(text: str, lowered: str, start: int, stop: int) -> bool:
    """Whether the sentence part `start`..`stop` offers its sum to anyone (see _TO_WIN, _OFFER_VERB, _CONTEST_PLACE).

    `lowered`: the text lowered; where its offsets are the text's, its words are looked for first, at C speed."""
    if len(lowered) == len(text):
        part = lowered[start:stop]
        if _TO_WIN_WORD not in part and not any(word in part for word in _CONTEST_WORDS):
            return False
    if _TO_WIN.search(text, start, stop):
        return True
    return bool(_CONTEST_PLACE.search(text, start, stop) and _OFFER_VERB.search(text, start, stop))


MANY_COUNTED = re.compile(
    rf"(?=\d)(?<!\bna\s){_COUNT}(?:projekt|mikroprojekt|zada[nń]|wniosk|inwestycj|przedsięwzięć|szkół|placów|inicjatyw|umów|ofert"
    r"|operacj|grantów|mikrogrant)\w*",
    re.I,
)
# A plural verb of getting ("150 samorządów, które dostaną …"): the many the sentence names get the sum.
PLURAL_GOT = led(
    r"\b(?:dostaną|dostały|dostali|dostają|otrzymają|otrzymały|otrzymali|otrzymują|uzyskają|uzyskały|pozyskały|pozyskają"
    r"|trafią)\b",
    re.I,
)
# A plural noun of recipients opening its sentence or clause, the subject of a plural verb of getting (PLURAL_GOT):
# "Organizacje pozarządowe z regionu dostaną …", "Mazowieckie zabytki otrzymały …", "Ochotnicze straże pożarne dostały
# …", "strażacy ochotnicy dostają trzy miliony" (not "Władze gminy otrzymały").
_PLURAL_RECIPIENTS = (
    r"(?:organizacje|gminy|powiaty|samorządy|stowarzyszenia|kluby|szkoły|parafie|jednostki|sołectwa|zabytki|koła"
    r"|podmioty|placówki|biblioteki|instytucje|fundacje|świetlice|straże|strażacy)\b"
)
_PLURAL_SUBJECT = re.compile(
    rf"(?:^|[.!?;:]\s+|,\s*(?:(?:a|i|oraz)\s+)?)(?:[^\W\d]+(?:skie|ckie|dzkie|cze|owe|ne)\s+){{0,2}}{_PLURAL_RECIPIENTS}",
    re.I | re.M,
)
# ... or standing right after its verb, as Polish word order allows anywhere: "Wsparcie finansowe, jakie otrzymały
# ogółem szkoły w Gminie Kruszyna, wyniosło 120 000,00 zł", "Środki, które dostały w tym roku organizacje, to 80 tys.
# zł", "dostały wiejskie świetlice" (an adjective before the noun).  Only adverbials may stand between
# (`_GOT_ADVERBIAL`): any other word is the verb's own subject, and a noun of recipients after it is its genitive
# singular ("które otrzymały władze gminy Rybno", "jaką otrzymali mieszkańcy gminy", "które dostali uczniowie szkoły":
# the authorities, the residents, the pupils of one unit).
_GOT_ADVERBIAL = (
    r"(?:ogółem|łącznie|razem|już|także|również|też|wtedy|wówczas|dotąd|dotychczas|wcześniej|ostatnio|dodatkowo|ponadto"
    r"|jeszcze|w\s+sumie|w\s+(?:tym|ubiegłym|zeszłym|bieżącym|poprzednim|minionym)\s+roku|w\s+\d{4}(?:\s+r(?:oku\b|\.))?)"
)
_GOT_BY_PLURAL = re.compile(
    rf"{PLURAL_GOT.pattern}(?:\s+{_GOT_ADVERBIAL}){{0,3}}\s+(?:[^\W\d]+(?:skie|ckie|dzkie|cze|owe|ne)\s+){{0,2}}"
    rf"{_PLURAL_RECIPIENTS}",
    re.I,
)
# The stems of `_PLURAL_RECIPIENTS`, looked for in the lowered clause before `_GOT_BY_PLURAL` is run over it.
_PLURAL_RECIPIENT_STEMS = tuple(
    word[:5] for word in _PLURAL_RECIPIENTS.removeprefix("(?:").removesuffix(")\\b").split("|")
)


def plural_subject(text: str, clause: int, start: int) -> bool:
    """Whether the amount's sentence opens with a plural subject of recipients (_PLURAL_SUBJECT), with no ":" between
    it and the amount ("Poszczególne placówki dostały kwoty: GBP w Borowie - 16 667 zł" lists named ones) and no
    "po" before it."""
    if _EACH_BEFORE.search(text, max(0, start - 12), start):
        return False  # "Gminy A, B i C otrzymały po 200 tys. zł": each one's grant, not their pool (rule 3)
    found = _PLURAL_SUBJECT.search(text, max(0, clause - 1), start)
    return found is not None and ":" not in text[found.end() : start]


def got_by_plural(text: str, lowered: str, clause: int, start: int) -> bool:
    """Whether the amount's sentence before it has a plural verb of getting with its plural subject of recipients after
    it (`_GOT_BY_PLURAL`): the sum is what the many got (rule 3 of tests/realtext/README.md), unless a ":" lists them by
    name after it or "po" makes the sum each one's (as `plural_subject`)."""
    if _EACH_BEFORE.search(text, max(0, start - 12), start):
        return False
    clause_words = lowered[clause:start]  # (the same offsets unless lowering changed a letter's length)
    if len(lowered) == len(text) and not any(stem in clause_words for stem in _PLURAL_RECIPIENT_STEMS):
        return False  # (no noun of recipients in the clause: the regex is not run over it)
    found = _GOT_BY_PLURAL.search(text, clause, start)
    return found is not None and ":" not in text[found.end() : start]


_EACH_BEFORE = re.compile(r"(?<!\w)po[ \u00a0]+(?:(?:ok\.|około)[ \u00a0]+)?\Z", re.I)


# A counted many as the subject of a verb of getting, anywhere in the amount's sentence: "dofinansowanie dostało 1750
# półkolonii, łącznie na …", "76 beneficjentów z regionu … dostanie ponad 755 tys. zł" (a numeral of five or more
# takes a singular verb, which PLURAL_GOT does not read).  Not a count of years, money or grants ("otrzymała 3 dotacje:
# …" lists one unit's grants); a count before its verb only where a subject stands, at its clause's start ("Na remont
# 4 świetlic Gmina otrzymała" counts what the money is for); a count after its verb only after one that agrees with a
# count ("dostało", "otrzymały": "OSP otrzymała 2 samochody" has its own subject).
_COUNTED = re.compile(
    # (a digit first, its look-behind after it: the regex engine scans for a digit at C speed)
    r"\d(?<![/.,\w]\d)(?P<count>\d{0,4}(?:,\d{1,2}[ \u00a0]*tys\.?)?)[ \u00a0]+"
    r"(?!(?:zł|złot|tys|tyś|mln|mld|mil|pln|eur|proc|lat|rok|rocz|miesi|dni|dzień|tygodn|godzin|km|ha|dotacj|grant|promes"
    r"|dofinans|nagr|umów|umow|raz)\w*)[^\W\d]+(?!\.)",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_ABOUT = r"(?:(?:ponad|blisko|około|ok\.|prawie|niemal|aż|łącznie|razem|kolejn\w*)\s+)?"
_GOT_BEFORE = re.compile(
    r"\b(?:(?:dosta|otrzyma|uzyska|pozyska)(?:ło|ły|li)|dostaną|otrzymają|uzyskają|pozyskają)\s+" + _ABOUT + r"\Z",
    re.I,
)
_SUBJECT_PLACE = re.compile(r"(?:\A|[,;.!?\n]|\s(?:a|i|oraz))\s*" + _ABOUT + r"\Z", re.I)
_GOT_AFTER = re.compile(
    r"(?:\s+[^\W\d]+){0,6}?\s+(?:dostał\w*|dostan\w*|dostaj\w*|otrzyma\w*|otrzymuj\w*|uzyska\w*|pozyska\w*)\b", re.I
)


def counted_got(text: str, clause: int, start: int, stop: int) -> bool:
    """Whether the sentence `clause`..`stop` has a counted many getting (see _COUNTED), with no ":" (a list of
    named recipients follows) between it and the amount at `start`."""
    for count in _COUNTED.finditer(text, clause, stop):
        number = text[count.start() : count.end("count")]
        if number in ("0", "1") or _YEAR.fullmatch(number):
            continue  # one is no many; "w 2023 roku" is a year
        if ":" in text[min(count.end(), start) : max(count.start(), start)]:
            continue
        if _GOT_BEFORE.search(text, max(clause, count.start() - 40), count.start()):
            return True
        # (from the boundary before the clause: a count that opens its sentence or line stands in a subject's place)
        if _SUBJECT_PLACE.search(text, max(clause - 1, count.start() - 30, 0), count.start()) and _GOT_AFTER.match(
            text, count.end(), min(stop, count.end() + 90)
        ):
            return True
    return False


# A count of many recipients or tasks (a plural noun in the genitive or dative a numeral takes) that the money is
# shared by, anywhere in the amount's sentence: "6,3 mln zł trafi na 57 zadań", "przyznano 100 zadaniom na kwotę X",
# "1 mln zł pozwoli zrealizować 65 zadań", "dofinansowane zostaną samochody dla 53 jednostek OSP", "dla 33 gmin i 6
# powiatów" (rule 3 of tests/realtext/README.md: a sum for many recipients).  Only nouns of recipients and of a call's
# tasks, not of what one unit builds ("5 obiektów", "3 inwestycji") nor of applications ("188 wniosków"); not a
# year, a reference number's part, or a partitive "jednym z 20 samorządów" (one of them).
_SHARED_BY_COUNT = re.compile(
    # (a digit first, its look-behind after it: the regex engine scans for a digit at C speed)
    r"[1-9](?<![\w/.,][1-9])(?P<count>\d{0,3})(?!\d)(?<!(?:19|20)\d\d)[ \u00a0]+(?:[^\W\d]+[ \u00a0]+){0,2}?"
    r"(?:zadań|zadaniom|(?:mikro)?projektów|(?:mikro)?projektom|przedsięwzięć|operacji|jednostek|jednostkom|gmin|gminom"
    r"|powiatów|powiatom|samorządów|samorządom|organizacjom|podmiotów|podmiotom|stowarzyszeń|stowarzyszeniom|klubów"
    r"|klubom|beneficjentów|beneficjentom|KGW|OSP)\b",
    re.I,
)
MANY_REACH = 600  # characters either side of a very large cost where the many units sharing it are counted
_PARTITIVE_BEFORE = re.compile(r"\b(?:z|ze|spośród|wśród)[ \u00a0]+\Z", re.I)
# Tasks one unit carries out itself are no recipients: "Gmina X dzięki dotacji 500 000 zł zrealizuje 5 projektów" (a
# singular verb of carrying out right before the count, its subject a unit named in the nominative in the sentence).
# Not a verb of giving ("Gmina X dofinansuje 5 projektów": the gmina shares its money among them).
_TASK_COUNT = re.compile(r"(?:zadań|(?:mikro)?projektów|przedsięwzięć|operacji|inwestycji)\b", re.I)
_CARRY_OUT_BEFORE = re.compile(
    r"\b(?:z?realizuje|z?realizował[ao]?|wykona|wykonał[ao]?|wykonuje|przeprowadzi|przeprowadził[ao]?|przeprowadza"
    r"|poprowadzi|prowadzi|zorganizuje|zorganizował[ao]?|organizuje|uruchomi|uruchomił[ao]?)"
    r"(?:[ \u00a0]+[^\W\d]+){0,3}?[ \u00a0]+\Z",
    re.I,
)
# A unit named in the nominative: its head word in the nominative and a capitalised name ("Gmina Rybno", "Stowarzyszenie
# „Nasza Wieś”", "Gminny Ośrodek Kultury"); a head word alone ("gmina") names none.
_NAMED_UNIT = re.compile(
    r"(?-i:\b(?:Gmina|Miasto|Powiat|Stowarzyszenie|Fundacja|Parafia|Klub|Ośrodek|Szkoła|Biblioteka|Spółdzielnia|Koło"
    r"|Towarzystwo|Związek|Zespół|Centrum|Muzeum|Ochotnicza|Uczniowski|Ludowy|Gminny|Miejski|Powiatowy|Miejsko-Gminny)"
    r"[ \u00a0]+(?:i[ \u00a0]+Miasto[ \u00a0]+)?[„\"]?[A-ZĄĆĘŁŃÓŚŹŻ])"
)


def _own_tasks(text: str, clause: int, found: re.Match[str]) -> bool:
    """Whether the counted tasks `found` are carried out by one unit the sentence names (`_CARRY_OUT_BEFORE`,
    `_NAMED_UNIT`)."""
    if not _TASK_COUNT.search(found.group(0)):
        return False
    verb = _CARRY_OUT_BEFORE.search(text, max(clause, found.start() - 60), found.start())
    return verb is not None and _NAMED_UNIT.search(text, max(clause, verb.start() - 200), verb.start()) is not None


def shared_by_count(text: str, clause: int, stop: int) -> bool:
    """Whether the sentence `clause`..`stop` counts many recipients or tasks the money is shared by (see
    _SHARED_BY_COUNT), not as a partitive ("jednym z 20 samorządów") nor as one named unit's own tasks
    (`_own_tasks`)."""
    for found in _SHARED_BY_COUNT.finditer(text, clause, stop):
        if found.group(0)[0] == "1" and not found.group("count"):
            continue  # one is no many
        if _PARTITIVE_BEFORE.search(text, max(clause, found.start() - 10), found.start()):
            continue
        if not _own_tasks(text, clause, found):
            return True
    return False


# Projects, tasks or grants in the plural, counted or not: "Zgłoszone projekty są warte łącznie 605 mln zł", "ponad
# 7000 dotacji o łącznej wartości 29 mln zł" (with a total word, a sum over many projects: rule 3 of
# tests/realtext/README.md; unless one unit is said to have got it).
# Only forms no singular shares ("zadania", "dotacji", "umowy" are also a singular's genitive).
_MANY_PROJECTS = re.compile(
    r"\b(?:(?:mikro)?projekt(?:y|ów)|przedsięwzięć|zadań|umów|grant(?:y|ów)|dotacje)\b"
    r"|(?=\d)(?<![/.,\d])(?<!\d[ \u00a0])(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,5})[ \u00a0]+dotacji\b",
    re.I,
)


def many_in_sentence(text: str, cues: str | None, bounds: Boundaries, clause: int, end: int) -> bool:
    """Whether the amount's sentence names many recipients or projects."""
    stop = amount_sentence_end(text, bounds, end)
    return (
        many_recipients(text, cues, clause, stop)
        or bool(MANY_COUNTED.search(text, clause, stop))
        # (not one unit's several projects: "Powiat dostał dofinansowanie w łącznej kwocie X na dwa projekty")
        or bool(_MANY_PROJECTS.search(text, clause, stop) and not ONE_GOT.search(text, clause, stop))
    )
