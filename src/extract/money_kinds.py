"""The cue words that give an amount its kind, in one table, so every rule reads the same cues."""

from __future__ import annotations

import functools
import re
from typing import get_args

from extract.model import AmountKind
from extract.money_clauses import CLAUSE_SPLIT
from extract.money_words import AMOUNTS_TO
from extract.regex_starts import led

_PERCENT_OF = re.compile(r"(?:%|\bproc\.?|\bprocent\w*)[ \u00a0]+(?:\w+[ \u00a0]+)?\Z")

# What follows "fundusz" in a unit's own fund, no outside grant (tests/realtext/README.md: "a gmina's own budget line
# (…, a "fundusz sołecki")"): a sołectwo's fund, or a fund named for its gmina, town or powiat ("Fundusz Rozwoju
# Gminy", "Funduszu Inicjatyw Lokalnych Miasta"; capitalised, a name: not "RFIL gminy otrzymały").
OWN_FUND = r"(?:[ \u00a0]+(?:[Ss]ołeck|(?:(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])\w+[ \u00a0]+){1,2}(?-i:Gminy|Miasta|Powiatu)\b))"

# The forms of "wynieść", longest first ("wynosiła" before "wynosi"), as an alternation.
_AMOUNTS_TO = "|".join(sorted(AMOUNTS_TO, key=len, reverse=True))
# Welfare aid, not a grant: aid given to people or households counted, or a rate per person or month ("pomocy
# udzielono 120 rodzinom", "Wysokość pomocy to 500 zł na osobę", "… miesięcznie"), read in the next 60 characters.
# A rate per person, household or month: "na osobę", "miesięcznie".
_PER_HEAD = r"\bna\s+(?:osobę|rodzinę|dziecko|ucznia|miesiąc|gospodarstwo)\b|\bmiesięczn"
_NO_WELFARE = (
    r"(?![^.;]{0,60}?(?:\b\d+\s+(?:rodzin|osob|osób|świadczeniobiorc|podopieczn|mieszkańc|uczni|dzieci|senior"
    rf"|gospodarstw)|{_PER_HEAD}))"
)

# Public payers an agreement is signed with (any case): a grant agreement, not a contract for works.
_PAYER = (
    r"(?:wojewod\w*|marszał\w*|(?:zarząd|samorząd|urzęd|urząd)\w*\s+(?:województw|marszałk)\w*|minist\w*"
    r"|(?-i:PFRON|[NW]FOŚ\w*|BGK|NCBR|ARiMR)|państwow\w*\s+fundusz\w*|narodow\w*\s+fundusz\w*|bank\w*\s+gospodarstwa)"
)
# Head words naming what the sum is; the one closest to the amount wins.  Eligible costs come
# first so "Całkowite koszty kwalifikowalne" is not read as "Całkowite koszty".
# Every head word starts at a word boundary or a capital glued to a word ("w OPSDofinansowanie"): it
# keeps "potrafię" from reading as "trafi" and scans several times faster (benchmarks/cue_forms_results.md).
# (`led`: a look-ahead at the letters the words begin with goes first; a scan twice as fast, the same matches)
_HEADS = led(
    r"(?:\b|(?-i:(?<=[a-ząćęłńóśźżA-ZĄĆĘŁŃÓŚŹŻ])(?=[A-ZĄĆĘŁŃÓŚŹŻ])))(?:(?P<eligible>(?:(?:całkowit|łączn)\w*\s+)?(?:wydatk|wydatek|koszt|koszc)\w*\s+(?:\w+\s+)?kwalifikowa\w*"
    r"|(?:wydatk|wydatek|koszt|koszc)\w*\s+kwalifikując\w*(?:\s+się\s+do\s+(?:objęcia\s+)?(?:wsparci|dofinansowa)\w*)?"
    r"|\bkwalifikowa\w*\s+(?:wydatk|wydatek|koszt|koszc|wartoś|kwot|kwoci)\w*|(?:wartoś|kwot|kwoci)\w*\s+(?:\w+\s+)?kwalifikowa\w*)"
    # ("Wkład własny Beneficjenta": whose share it is, not a grant's cue)
    # ("wkładu własnego, czyli dotacji Organizatora": what restates the own share is the own share)
    r"|(?P<own_share>wkład\w*\s+własn\w*(?:\s+(?:beneficjent|partner|wnioskodawc|grantobiorc)\w*)?"
    r"(?:,?\s+(?:czyli|tj\.)\s+(?:dotacj|środk|wkład|kwot)\w*(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])\w*)?)?"
    r"|środk\w*\s+własn\w*|własn\w*\s+(?:środk|wkład)\w*|udział\w*\s+własn\w*"
    r"|wkład\w*\s+(?:finansow\w*\s+)?(?:gminy|miasta|powiatu|województwa|samorządu)"
    # "Gmina wniesie wkład finansowy w wysokości X": the contribution a unit brings in is its own share
    r"|wnies\w*\s+(?:[^\W\d]+\s+)?wkład\w*"
    # "a wkład Leszna to 41.306,93 zł": the share of a place named in the genitive (not the EU's, a fund's, a payer's)
    r"|wkład\w*\s+(?!(?-i:Uni|Europ|Wspóln|Fundusz|Minist|Wojew|Marsza|Państw|Skarb|Mazowsz|Samorządu\s+Wojew|Rząd|Polsk|Norw|Island"
    r"|Liecht|Szwajc|Mechaniz|Bank|Krajow|Program|Fundacj|Sponsor))"
    r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{2,})\b(?!\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))"
    # ("Powiat dołoży ze swoich środków 92 800 zł": "swój" is the reflexive "own")
    r"|(?:doda|dołoż|dokłada|wyłoż|zapewni|wnies)\w*\s+(?:ze?\s+)?(?:własn|swoi(?=ch\s+środk)|swoje(?=\s+środk))\w*"
    rf"|(?<!wartość\s)(?<!wartości\s)budże[tc]\w*\s+(?:gminy|miasta|powiatu|własn\w*)|własn\w*\s+budże[tc]\w*|fundusz\w*{OWN_FUND}\w*|(?:gmina|miasto|powiat)\s+(?:dołoż|dokłada)\w*|(?:dołoż|dokłada)\w*\s+(?:gmina|miasto|powiat|samorząd)"
    # "a sama dołożyła 150 tys. zł": what the unit adds itself (each verb with its imperfective: "dołoży" and "dokłada",
    # "dokładamy"; not "dokładnie", exactly)
    r"|\bsam[aoi]?\s+(?:dołoż|dokłada|wyłoż|pokry|sfinansowa|zapłaci)\w*)"
    # "Inwestycja za 2,4 mln zł": what the project is done for
    # ("sprzęt kupi za kwotę 20.000,00 PLN": the price paid)
    r"|(?P<total_cost>(?:inwestycj|projekt|zadani|przedsięwzię|remont|budow|przebudow|modernizacj)\w*\s+za(?=\s*(?:\d|\Z))"
    r"|\bza\s+(?:łączną\s+|całkowitą\s+)?kwotę\b|"
    r"całkowit\w*\s+(?:wartoś|koszt|koszc)\w*|(?:wartoś|koszt|koszc)\w*\s+całkowit\w*"
    r"|całoś(?:ć|ci)\s+(?:koszt\w*\s+)?(?:projektu|zadania|inwestycji|przedsięwzięcia|prac|robót|remontu|budowy)"
    # "Łączna wysokość tego przedsięwzięcia to 17 800,00 zł": the whole undertaking's sum
    r"|(?:łączn|całkowit)\w*\s+wysokoś\w*\s+(?:\w+\s+)?(?:projektu|zadania|przedsięwzięcia|inwestycji)\b"
    r"|(?:łączn|szacunkow|przewidywan|planowan|ogóln|szacowan)\w*\s+(?:wartoś|koszt|koszc)\w*"
    r"|budżet\w*\s+(?:całego\s+)?(?:projektu|zadania|inwestycji|przedsięwzięcia)"
    r"|(?:wartoś|koszt|koszc)\w*\s+(?:całego\s+)?(?:projektu|zadania|inwestycji|przedsięwzięcia|programu|umowy"
    r"|robót|prac|budowy|zakupu|remontu|przebudowy|modernizacji|operacji|zamówienia)"
    # "Umowę z wykonawcą podpisano na kwotę X": a contract with a contractor is the works' cost
    # (tests/realtext/README.md, fourth round: "the value of a contract with a contractor … is `total_cost`")
    r"|umow\w*\s+z\s+(?:wykonawc|firm|przedsiębiorstw|spółk|przedsiębiorc)\w*"
    # ("Prace za 2.999.569 zł (brutto) wykona firma Domax": what a contractor does the works for, said after it)
    r"|wykona(?:ją|ła|ł|li)?\s+(?:je\s+|go\s+)?(?:firm|wykonawc|spółk|przedsiębiorstw|przedsiębiorc|konsorcj)\w*"
    r"|(?:o|na|za)\s+(?:łącznej\s+|całkowitej\s+)?wartoś\w*|wartoś(?!ciow)\w*|kosztowa\w*|kosztuj\w*|\bkosztem\b"
    r"|całkowit\w*\s+(?:kwot\w*|kwocie)|(?:kwot\w*|kwocie)\s+(?:całkowit\w*|projektu|zadania|inwestycji|umowy)|\brazem\s*:"
    r"|\bwart[aeyo]?\b|wymaga\w*\s+(?:kwoty|nakładów)|\bkoszt(?:u|em)?\b(?!\s+utrzymani)|\bkoszcie\b|(?:o|wy)szacowan\w*|wyceni\w*|pochłon\w*|zapłac\w*"
    # "Inwestycję szacowaną na 5 mln zł", "Zadanie opiewa w całości na kwotę": the undertaking's whole sum (not
    # "Dotację szacowaną na", "promesa opiewająca na": the grant's)
    # (not the project's grant: "Dofinansowanie zadania opiewa na X", "Kwota dotacji projektu opiewa na X")
    r"|(?<!dofinansowanie\s)(?<!dofinansowania\s)(?<!dotacja\s)(?<!dotacji\s)(?<!wsparcie\s)(?<!wsparcia\s)"
    r"(?<!dofinansowanie\sna\s)(?<!dotacja\sna\s)(?<!wsparcie\sna\s)(?<!grant\sna\s)"
    r"(?:inwestycj|projekt|zadani|przedsięwzię|remont|budow|przebudow|modernizacj)\w*\s+"
    r"(?:(?!dotacj|dofinans|grant|promes|wspar|pomoc)[^\W\d]+\s+){0,2}?(?:szacowan\w*\s+na|opiew\w*))"
    # "dotacja celowa z budżetu Powiatu X", "pomoc finansowa z budżetu Gminy Y": another unit's budget, named with a
    # capital, as the grant's source, read with its noun (before the budget's own-share cue below can take "budżetu
    # Powiatu"); a lower-case "z budżetu gminy" is the page's own unit's, its own share
    r"|(?P<grant>(?:dotacj|dofinansowa|pomoc\w*\s+finansow|wspar(?:ci|ć|ł|l|t))\w*(?:\s+celow\w*)?\s+ze?\s+budże[tc]\w*"
    r"\s+(?-i:Gminy|Miasta|Powiatu)\b"
    r"|dofinansowa\w*|dofinasowa\w*|sfinansowa\w*|współfinansowa\w*|dotacj\w*|subwencj\w*|wspar(?:ci|ć|ł|l|t)\w*"
    r"|\bgrant(?!ow[yaeąę]|obior|odaw)\w*|\bgrancie\b|beneficjen\w*|finansowani\w*\s+ze?\s|refundacj\w*|(?:z)?refundowa\w*|promes\w*|(?:kwot\w*|kwocie)\s+(?:przyznan|pomocy|wsparci)\w*|przyznan\w*\s+(?:kwot\w*|kwocie)"
    r"|pomoc\w*\s+(?:finansow\w*|de\s+minimis)|budże[tc]\w*\s+państwa"
    # "Pomoc wynosi 74 000 zł", "Wysokość pomocy to …": the aid granted as the subject of "wynieść" or "to" (not
    # "pomoc społeczna", the welfare service)
    r"|(?:\bpomoc|wysokoś\w*\s+pomocy)\s+(?:"
    + _AMOUNTS_TO
    + r"|to)\b"
    + _NO_WELFARE
    +
    # ("Pomocy udzielono na kwotę X", "udzielił pomocy w wysokości X": aid given, any form of "udzielić")
    r"|(?:\budziel\w*\s+(?:[^\W\d]+\s+)?pomocy|\bpomoc\w*\s+udziel\w*)(?!\s+społeczn)"
    + _NO_WELFARE
    +
    # "wkład finansowy MKiDN 2 000 000 zł": a contribution named as a ministry's or the state's is its grant, as one
    # named as the EU's is the EU share (tests/realtext/README.md, `eu_share`: "wkład named as coming from the EU")
    r"|wkład\w*\s+(?:finansow\w*\s+)?(?-i:Minist\w*|MKiDN|MSWiA|MSiT|MEiN|MRiRW|MRiPS|MRPiPS|Wojewod\w*|Skarbu\s+Państwa|Państwa)"
    # "przy udziale środków z Rządowego Funduszu Polski Ład": a named state or EU fund pays (not a sołectwo's fund)
    r"|środk\w*\s+(?:z\s+)?(?:\w+\s+)?(?-i:Fundusz)\w*(?!\s+[Ss]ołeck)"
    # "ze środków PFRON", "Środki finansowe Ministra:", "ze środków Wojewody": the money of a named non-EU payer
    r"|środk\w*\s+(?:finansow\w*\s+)?(?:z\s+)?(?:\w+\s+)?(?-i:Minist|PFRON|Wojewod|Marszałk|[WN]FOŚ)\w*"
    # "W tym udział PROW – 396.953,25 zł": the share a programme or fund pays
    r"|udział\w*\s+(?:środków\s+)?(?-i:(?:PROW|RPO\w*|UE|EFRR|EFS|EFRROW|FEAD|PFRON|RFIL|FDS|RFRD)\b)"
    # ("Razem dało to 111 033,49 zł": "dało to" sums up, it gives nothing)
    r"|(?:otrzyma|otrzymuj|otrzymywa|pozyska|uzyska|dostał|zdoby|przyzna|przekaza|przekaż|wywalczy)\w*|dostan\w*|dostaj\w*|dostal[iy]\w*|voucher\w*|\bczek(?:i|u|iem|ów|ami|ach)?\b|trafi\w*|przypadł\w*|przypadnie|obiecuj\w*|obiecan\w*|\bdał[aoiy]?\b(?!\s+to\b)"
    r"|wesprze\w*|dołoży\w*|dokłada\w*|przeznaczon\w*\s+(?:kwot\w*|kwocie)"
    # "Gmina podpisała umowę z Wojewodą na kwotę X", "Umowa z Urzędem Marszałkowskim opiewa na X", "Wojewoda podpisał z
    # gminą umowę na X": an agreement with a public payer is a grant agreement, its sum the grant (as an agreement with
    # a contractor is the works' cost, above)
    rf"|umow\w*\s+(?:(?:[^\W\d]+|z\s+dnia\s+[\d.]+\s*r?\.?)\s+){{0,2}}?z\s+{_PAYER}"
    rf"|(?:\bz\s+{_PAYER}|{_PAYER}\s+(?:[^\W\d]+\s+){{0,2}}?(?:podpis|zawar|zawiera)\w*\s+(?:z\s+[^\W\d]+\s+(?:[^\W\d]+\s+)?)?)"
    r"(?:[^\W\d]+\s+){0,2}?umow\w*)"
    r"|(?P<eu_share>wkład\w*\s+(?:(?-i:UE)|unii\b|unijn\w*|wspólnot\w*))"
    r"|(?P<other>(?:alokacj\w*|\bpul[aięy]\b)(?:\s+(?:środków|dotacji|dofinansowania|grantów|pieniędzy)\b)?(?:\s+na\s+\w+)?"
    # a request is not money received: "wnioskowana kwota dotacji", "kwota wnioskowanego dofinansowania"
    r"|wnioskowan\w*\s+(?:(?:kwot\w*|kwocie)\s+)?(?:(?:dotacj|dofinansowa|wsparci|pomoc|środk)\w*)?"
    r"|(?:kwot\w*|kwocie)\s+wnioskowan\w*(?:\s+(?:dotacj|dofinansowa|wsparci|pomoc|środk)\w*)?|pożyczk\w*|kredyt\w*"
    # "Średni miesięczny koszt utrzymania mieszkańca": a fee for a place in a home, not a project's cost
    r"|(?:koszt|koszc)\w*\s+utrzymani\w*|(?:ma|mają|miał\w*)\s+budżet\w*|budżet\w*\s+(?:konkursu|naboru|programu)))",
    re.I,
)


_KEPT_CONTEXT = 1_000  # characters: a label line glued before an amount's clause can be a page long


def heads_in(context: str) -> tuple[re.Match[str], ...]:
    """`_HEADS`'s matches in `context`.  The rules of one amount ask about the same strings again and again
    (its clause before it, its words after it: about half the scans repeated one), so the answers for
    the last few strings are kept; a string is immutable, so its answer is too.  A long string is not
    kept (64 of them would hold their text in memory): it is scanned each time, as before."""
    return _kept_heads(context) if len(context) <= _KEPT_CONTEXT else tuple(_HEADS.finditer(context))


@functools.lru_cache(maxsize=64)
def _kept_heads(context: str) -> tuple[re.Match[str], ...]:
    return tuple(_HEADS.finditer(context))


def _first_head(context: str) -> re.Match[str] | None:
    """`_HEADS.search(context)`: the first of its matches."""
    found = heads_in(context)
    return found[0] if found else None


POOL_HEAD = re.compile(
    r"alokacj|\bpul[aięy]\b|(?:ma|mają|miał\w*)\s+budżet|budżet\w*\s+(?:konkursu|naboru|programu)", re.I
)
# Phrases naming the EU as the source of a sum ("ze środków Unii Europejskiej", "z EFS").
EU_SOURCE = re.compile(
    r"środk\w*\s+(?:z\s+)?(?:europejsk\w*|unijn\w*|(?-i:UE))|unii\s+europejsk\w*|\bunijn\w*"
    r"|europejsk\w*\s+fundusz\w*|fundusz\w*\s+europejsk\w*|fundusz\w*\s+spójności"
    # ("dofinansowanie ze środków wspólnotowych": the Community's money, an EU cue; not "działania wspólnotowe")
    r"|(?:środk|fundusz|budże[tc]|pieniądz|pieniędz|dofinansowa)\w*\s+wspólnotow\w*"
    r"|(?-i:\b(?:UE|EFS\+?|EFRR|EFRROW|FEAD|FS|EU|Uni[aęi])\b)",
    re.I,
)
# Phrases naming a non-EU payer (a ministry, the state budget): the closest source phrase decides.
_OTHER_SOURCE = re.compile(
    r"budże[tc]\w*\s+(?:państwa|gminy|miasta|powiatu|województwa|samorządu)|minist\w*|wojewod\w*"
    r"|fundusz\w*\s+(?:pracy|solidarnościow\w*)"
    # national co-financing of an EU project: "środki współfinansowania krajowego środków europejskich"
    r"|(?:współ)?finansowani\w*\s+krajow\w*(?:\s+(?:środków|funduszy)\s+(?:europejsk|unijn)\w*)?"
    r"|krajow\w*\s+(?:współ)?finansowani\w*|wkład\w*\s+krajow\w*|środk\w*\s+krajow\w*"
    r"|(?-i:\b(?:PFRON|NFOŚiGW|WFOŚiGW|MRPiPS|MRiPS)\b)",
    re.I,
)
# Words every match of EU_SOURCE holds (in any case) or one of its marks (in capitals), and likewise for _OTHER_SOURCE:
# an amount's words before it are scanned with them (twice, for the last match) only when one is there.  Where the
# words hold "ı", "İ" or "ſ", which re.IGNORECASE reads as "i" or "s" and str.lower() does not, they are scanned.
EU_WORDS = ("europejsk", "unijn", "spójności", "wspólnotow")
EU_MARKS = ("UE", "EF", "FS", "EU", "Uni")
OTHER_WORDS = ("budże", "minist", "wojewod", "fundusz", "krajow")
OTHER_MARKS = ("PFRON", "FOŚiGW", "MRPiPS", "MRiPS")
FOLDED = ("ı", "İ", "ſ")


def may_hold(text: str, lowered: str, words: tuple[str, ...], marks: tuple[str, ...]) -> bool:
    """Whether `lowered` (`text.lower()`) holds one of `words` or `text` one of `marks`."""
    return any(word in lowered for word in words) or any(mark in text for mark in marks)


# Cues read only right before an amount (kept out of _HEADS, which every amount's context is scanned with):
# "Dotacja z urzędu miała wartość 12 tys. zł": the value of the grant is the grant.
# ("dofinansowanie o wartości 239 907 zł", "dotacje o łącznej wartości X": "granty/dotacje o wartości X are money and
# keep the grant rules", tests/realtext/README.md, third round; a thing's value stays its cost: "sprzęt o wartości X")
_GRANT_VALUE = re.compile(
    r"\b(?:dotacj|dofinansowa[nń]|grant|subwencj|promes|wsparci)\w*(?:\s+[^\s\d.,;:]+){0,5}?\s+(?:miał\w*|ma|mają)\s+wartoś\w*"
    r"[ \u00a0:]*\Z"
    r"|\b(?:dotacj|dofinansowa[nń]|grant(?!obior|odaw)|subwencj|promes)\w*(?:\s+(?!(?:o|na|dla|do|w|we|z|ze|za|i|oraz|a)\b|(?:otrzym|dosta|uzysk|pozysk|przyzna|projekt|zadani|inwestycj|przedsięwzię|sprzęt|samoch|zakup|remont|budow)\w*)[^\W\d]+){0,2}?"
    r"\s+o\s+(?:łącznej\s+|całkowitej\s+|ogólnej\s+)?wartości"
    r"(?:\s+(?:ponad|około|ok\.|blisko|prawie|niemal))?[ \u00a0:]*\Z",
    re.I,
)
# "96 247,50 zł gmina przeznaczyła z budżetu": the unit's budget named after the sum is its own share (not the state's
# or the region's; and not before the sum: "Gmina przeznaczyła z budżetu 50 000 zł na remont" is its spending, no cue).
OWN_BUDGET_AFTER = re.compile(
    r"[ \u00a0]*(?:gmina|miasto|powiat|samorząd)\s+(?:[^\W\d]+\s+)?"
    r"(?:przeznaczy|wyłoży|pokry|zapłaci|dopłaci|dołoży|dokłada)\w*"
    r"\s+(?:[^\W\d]+\s+){0,2}?z\s+(?:własnego\s+|swojego\s+)?budżetu\b"
    r"(?!\s+(?:państwa|wojew|unii|\w*\s*(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])))",  # a named budget: "z budżetu Gminy X" (capital only)
    re.I,
)
# "miejska kasa dołoży 85 200 zł", "z kasy gminy": the unit's purse is its own share.
_PURSE = re.compile(
    r"\b(?:miejsk|gminn|powiatow)\w*\s+kas(?:a|y|ie|ę|ą)\b|\bkas(?:a|y|ie|ę|ą)\s+(?:miasta|gminy|powiatu|miejsk|gminn)",
    re.I,
)
# A benefit paid to a person ("dodatek 250 zł miesięcznie", "stypendium w wysokości 800 zł") is not the unit's money.
_BENEFIT_BEFORE = re.compile(
    r"\b(?:dodat(?:ek|ku|kiem)|zasił(?:ek|ku|kiem)|stypendi(?:um|a|ów)|pensj[aię]|nagrod(?:a|y|ę|ą|zie))\b"
    r"(?:\s+(?:w\s+wysokości|w\s+kwocie|[^\W\d]+)){0,2}[ \u00a0:–-]*\Z",
    re.I,
)
# "gdy dochód na osobę nie przekracza kwoty 514 zł": an income threshold for a person's benefit, not money given.
_INCOME_BEFORE = re.compile(
    r"\bdoch(?:ód|odu)\b(?:\s+[^\W\d]+){0,6}?\s+(?:nie\s+)?przekracza\w*(?:\s+kwot\w*)?[ \u00a0]*\Z", re.I
)
_BENEFIT_WORDS = ("dodat", "zasił", "stypend", "pensj", "nagrod", "doch")
SPECIAL_WORDS = ("kas", "wartoś", *_BENEFIT_WORDS)

# The head words' group names are amount kinds (model.AmountKind, the one list of kinds).
KIND_OF_GROUP: dict[str, AmountKind] = {kind: kind for kind in get_args(AmountKind) if kind in _HEADS.groupindex}
if set(_HEADS.groupindex) - set(KIND_OF_GROUP):
    raise AssertionError(f"head-word groups that are not amount kinds: {set(_HEADS.groupindex) - set(KIND_OF_GROUP)}")
BEFORE_WINDOW = 300
AFTER_WINDOW = 60


def kind_of(label: str) -> AmountKind:
    """The kind an amount has under `label` alone: a table's row or column heading ("Wkład własny (zł)")."""
    return cued_kind(label, "")


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - we want the last match
        pass
    return found


def _last_head(before: str) -> re.Match[str] | None:
    """The closest head word before the amount that is not the base of a percentage.

    "dofinansowanie w wysokości 43,6 % wydatków kwalifikowanych, tj. kwotę 11 964 953,38 PLN": the
    eligible costs are what the percentage is of; the amount is the dofinansowanie.
    """
    found = None
    for head in heads_in(before):
        if not _PERCENT_OF.search(before, max(0, head.start() - 16), head.start()):
            found = head
    return found


_TITLE_AFTER = re.compile(r"[ \u00a0]*(?:tytułem|z\s+tytułu|jako|w\s+formie|w\s+charakterze)\s", re.I)
# A non-EU payer, fund or programme named as the source right after the sum ("Prawie 5 mln zł z Polskiego Ładu",
# "5 tysięcy złotych od marszałka", "209 tys. pochodzą z Programu …"): a grant (tests/realtext/README.md, `grant`:
# "z budżetu państwa", "z Funduszu …"; a headline's "z Polskiego Ładu", "od marszałka").  Not a sołectwo's fund (a
# gmina's own budget line) nor a sum "z programu" one can get (a cap: the caller's rules make it `other`).
_SOURCE_AFTER = re.compile(
    r"[ \u00a0]*(?:(?:pochodz\w*|trafi\w*|przyjd\w*|przysz\w*|płyn\w*)[ \u00a0]+)?(?:ze?|od)[ \u00a0]+"
    rf"(?:(?:(?-i:R)ządow\w*[ \u00a0]+)?(?-i:Fundusz)\w*(?!{OWN_FUND})"
    r"|(?-i:Program)\w*|program\w*[ \u00a0]+[„\"«]"
    r"|(?-i:Polski\w*[ \u00a0]+Ład\w*|RFIL|PFRON|[WN]FOŚ\w*|FOGR|FDS|RFRD|MKiDN|MSWiA|MSiT)\b"
    r"|marszałk\w*|wojewod\w*|minist\w*|rząd\w*|premier\w*|budżetu[ \u00a0]+(?:państwa|województwa)"
    r"|(?-i:Urz)ęd\w*[ \u00a0]+(?-i:M)arszałkowsk\w*|samorząd\w*[ \u00a0]+województwa)",
    re.I,
)
# A named fund as the source before the sum, in the sum's clause: "Z Rządowego Funduszu Inwestycji Lokalnych pochodzi
# X", as "z budżetu państwa" is (tests/realtext/README.md, `grant`: "z Funduszu …"; an EU fund's EU cue makes it
# `eu_share`, a request's or a cap's head word before it keeps its kind).  Not a sołectwo's fund.
# The next clause of the sum's sentence naming where "the money" comes from ("Gmina otrzyma blisko pół miliona złotych;
# pieniądze pochodzić będą z Unii Europejskiej", "…, a środki te pochodzą z EFRR"): the money of that clause is the sum
# just printed, so an EU source there makes a grant the EU share (tests/realtext/README.md: the EU named in the amount's
# own sentence).  Not the next sentence, where "a grant whose EU programme is named only in another sentence" stays
# `grant`.
_MONEY_COMES_FROM = re.compile(
    r"\A[^.;\d]{0,60}?[,;][ \u00a0]*(?:(?:a|zaś|przy\s+czym)[ \u00a0]+)?(?:wszystkie[ \u00a0]+)?"
    r"(?:pieniądze|środki|fundusze|dofinansowanie|dotacja|kwota)(?:[ \u00a0]+(?:te|ta|to|na\s+ten\s+cel))?"
    r"[ \u00a0]+(?:(?:będą|będzie|mają|ma)[ \u00a0]+)?pochodz\w*(?:[ \u00a0]+(?:będą|będzie))?"
    r"[ \u00a0]+(?P<source>[^.;]{0,80})",
    re.I,
)


def eu_money_after(text: str, end: int, stop: int) -> bool:
    """Whether the clause after the sum at `end` (up to `stop`, its sentence's end) says its money comes from the EU."""
    found = _MONEY_COMES_FROM.match(text[end:stop])
    return found is not None and EU_SOURCE.search(found.group("source")[:60]) is not None


# A rate per person, household or month right after the sum.
_PER_HEAD_AFTER = re.compile(rf"[^.;\n]{{0,30}}?(?:{_PER_HEAD})", re.I)
_FUND_BEFORE = re.compile(rf"\bze?\s+(?:[^\W\d]+\s+)?(?-i:Fundusz)\w*\b(?!{OWN_FUND})", re.I)


def cued_kind(before: str, after: str, after_head: re.Match[str] | bool | None = True) -> AmountKind:
    """Kind from the closest head word before the amount, a source phrase after it, or "other".

    `after_head` is the first head word in `after` when the caller has looked for it (True: look here).
    """
    head = _last_head(before)
    kind = KIND_OF_GROUP.get(head.lastgroup or "") if head else None
    if kind == "grant" and head and "pomoc" in head.group().lower() and _PER_HEAD_AFTER.match(after):
        kind = None  # "Wysokość pomocy to 500 zł na osobę", "Pomoc wynosi 500 zł miesięcznie": a welfare rate
    low, folded = before.lower(), any(letter in before for letter in FOLDED)
    eu = last_match(EU_SOURCE, before) if folded or may_hold(before, low, EU_WORDS, EU_MARKS) else None
    other = last_match(_OTHER_SOURCE, before) if folded or may_hold(before, low, OTHER_WORDS, OTHER_MARKS) else None
    if eu and other and other.end() >= eu.end():  # the later source names the payer (or holds the EU one)
        eu = None
    titled = _TITLE_AFTER.match(after)  # "100 000 zł tytułem pomocy finansowej": what the money is, said after it
    # ("za kwotę 30 000 zł, na które dostaliśmy dofinansowanie": a price yields to what its relative clause says)
    priced = head is not None and head.group()[:3].lower() == "za "
    if (kind is None or titled or priced) and (head_after := _first_head(after) if after_head is True else after_head):
        kind = KIND_OF_GROUP.get(head_after.lastgroup or "")
    if not eu and not other:
        eu = EU_SOURCE.search(after)
    if kind in (None, "grant") and eu:
        return "eu_share"
    if kind is None and not other and _SOURCE_AFTER.match(after) and not given_back(before, after):
        return "grant"
    if kind is None and "undusz" in before and _FUND_BEFORE.search(before) and not given_back(before, after):
        return "grant"  # "Z Rządowego Funduszu Inwestycji Lokalnych pochodzi X": the source named before the sum
    return kind or "other"


# Money returned or left unspent is no grant, whoever paid it ("musiała zwrócić 120 tys. zł z Funduszu …",
# "nie wydała 30 tys. zł z …", "5 000 zł od wojewody przepadło").
_GIVEN_BACK = re.compile(r"zwr[oó]c\w*|oddać|oddał\w*|odda\b|nie[ \u00a0]+wydał\w*|niewykorzyst\w*|niewydan\w*", re.I)
_LOST = re.compile(r"przepad\w*|nie[ \u00a0]+został\w*[ \u00a0]+wykorzyst\w*", re.I)


def given_back(before: str, after: str) -> bool:
    """Whether the words right before the sum, or its clause after it, say the money went back or was not spent."""
    stop = min((at for c in ".;," if (at := after.find(c, 0, 80)) >= 0), default=80)
    return bool(_GIVEN_BACK.search(before[-60:]) or _LOST.search(after[:stop]))


def special_kind(before: str, kind: AmountKind, per_person: bool) -> AmountKind:
    """The kind a cue right before the amount gives over the head words' (a grant's value, the unit's purse,
    a person's benefit: `per_person`, which the caller works out once for this and for `cueless`)."""
    tail = before[-120:]
    low = tail.lower()
    if kind == "total_cost" and "wartoś" in low and _GRANT_VALUE.search(tail):
        return "grant"
    if kind in ("grant", "other") and "kas" in low:
        split = last_match(CLAUSE_SPLIT, tail)
        if _PURSE.search(tail, split.end() if split else 0):
            return "own_share"
    return "other" if per_person else kind


def prize_awarded(text: str, start: int) -> bool:
    """Whether the sum at `start` is a prize awarded to a named unit (`_PRIZE_AWARDED`), read from its line's start."""
    return _PRIZE_AWARDED.search(text, text.rfind("\n", max(0, start - 160), start) + 1, start) is not None


# A prize a contest awarded to a named unit (rule 3 of tests/realtext/README.md: "a sum for one named recipient takes
# its cue's kind", the prize is money it was awarded), not a person's benefit: a list item naming a village, sołectwo or
# organisation before its "nagroda" ("• II miejsce: wieś Jaryszów (gm. Ujazd) - nagroda w wysokości 15 000 zł"), or a
# past passive of awarding ("Zostaliśmy nagrodzeni kwotą 12 000 zł", "Koło zostało nagrodzone kwotą"; not "zostanie
# nagrodzona kwotą 5 000 zł", a contest's rule for a winner to come).
_PRIZE_AWARDED = re.compile(
    r"(?:\b(?:gm\.|(?:wieś|wsi|sołectw\w*|gmin[aęy]|KGW|koł[oau]|OSP|stowarzyszeni[eau]|fundacj[aęi]|szkoł[aęy]|przedszkol[eau]"
    r"|bibliotek[aęi]|klub(?:u|owi)?|zespół|zespołu|parafi[aęi]|świetlic[aęy])\b)[^\n;:]{0,80}?[ \u00a0][-–—][ \u00a0]*"
    r"nagrod[aęy](?:[ \u00a0]+(?:w[ \u00a0]+wysokości|w[ \u00a0]+kwocie|pieniężn\w*))?"
    r"|\b(?:zostaliśmy|zostałyśmy|został[aoy]?|zostali|zostały)[ \u00a0]+(?:[^\W\d]+[ \u00a0]+)?nagrodz[eo]n\w*"
    r"[ \u00a0]+(?:kwot\w*|sum\w*)(?:[ \u00a0]+w[ \u00a0]+wysokości)?"
    r"|\bnagrodzono[ \u00a0]+(?:[^\W\d]+[ \u00a0]+)?kwot\w*)"
    r"[ \u00a0:]*\Z",
    re.I,
)


def for_a_person(before: str) -> bool:
    """Whether the words right before the amount make it a person's benefit, prize or income threshold."""
    tail = before[-120:]
    low = tail.lower()
    return any(word in low for word in _BENEFIT_WORDS) and bool(
        _BENEFIT_BEFORE.search(tail, max(0, len(tail) - 60)) or _INCOME_BEFORE.search(tail, max(0, len(tail) - 90))
    )


# "Wnioskowana kwota 30 000 zł została przyznana w całości": a sum asked for and granted (rule 1 of
# tests/realtext/README.md), said by a passive of granting after it.
_REQUESTED_HEAD = re.compile(r"wnioskowan\w*(?:\s+\w+){0,4}[ \u00a0]*\Z", re.I)
_GRANTED_AFTER = re.compile(
    r"\b(?:został[aoy]?|zostanie|zostały)\s+(?:\w+\s+){0,2}?(?:przyznan|zatwierdzon|uwzględnion)\w*|\bprzyznano\b", re.I
)


# ... or said to have been approved, in its sentence or the next: "zaopiniował pozytywnie wniosek … i przyjął go do
# realizacji … we wnioskowanej kwocie X", "Wnioskowana kwota to X. LGD wydała pozytywną decyzję i … podpisali umowę …
# na tę kwotę" (a decision made, an application accepted, an agreement signed for that sum; not "czeka na pozytywną
# ocenę", a decision to come).
_APPROVED = re.compile(
    r"\b(?:wydał\w*|podjął|podjęł\w*|zaopiniował\w*|ocenił\w*|rozpatrzył\w*)\s+(?:\w+\s+)?pozytywn\w*"
    r"|\bpozytywnie\s+(?:zaopiniowa|oceni|rozpatrzy)\w*"
    r"|\bprzyj(?:ął|ęł\w*|ęt\w*)\s+(?:\w+\s+){0,2}?do\s+(?:realizacji|dofinansowania)\b"
    r"|\bpodpisa\w*\s+umow\w*[^.;\n]{0,80}?\bna\s+t(?:ę|ą)\s+(?:kwot|sum)\w*",
    re.I,
)
_APPROVED_REACH = 300  # characters of the sentence before the sum, and after it (into the next sentence)


def granted_request(text: str, before: str, clause: int, end: int, stop: int) -> bool:
    """Whether the requested sum right before `end` is said, later in its sentence, to have been granted, or in its
    sentence or the next to have been approved (`_APPROVED`)."""
    if not _REQUESTED_HEAD.search(before, max(0, len(before) - 60)):
        return False
    return bool(
        _GRANTED_AFTER.search(text, end, stop)
        or _APPROVED.search(text, max(clause, end - _APPROVED_REACH), min(len(text), end + _APPROVED_REACH))
    )


# "Gmina uzyskała dofinansowanie. Wynosi ono 120 tys. zł", "Przyznano nam dotację. Opiewa ona na 50 tys. zł": a
# personal pronoun as the subject of "wynieść"/"opiewać"/"sięgać" (any tense) stands for the noun the sentence before
# ends its money talk with, so the sum takes that noun's kind (the last head word there).
_PRONOUN_SUBJECT = re.compile(
    rf"\A[ \u00a0]*(?:(?:{_AMOUNTS_TO}|opiewa\w*|sięga\w*)"
    rf"[ \u00a0]+(?:ono|ona|on|one)|(?:ono|ona|on|one)[ \u00a0]+(?:{_AMOUNTS_TO}|opiewa\w*|sięga\w*))"
    r"(?:[ \u00a0]+(?:łącznie|w\s+sumie|aż|ponad|około|ok\.|blisko|prawie|niemal))?"
    r"(?:[ \u00a0]+na(?:[ \u00a0]+kwotę)?)?[ \u00a0]*\Z",
    re.I,
)
_PRONOUN_REACH = 200  # characters of the sentence before read for the noun


def told_by_pronoun(text: str, clause: int, before: str) -> AmountKind | None:
    """The kind of the noun a pronoun subject right before the sum stands for (`_PRONOUN_SUBJECT`), from the last head
    word of the sentence before `clause`; None when the clause is no such pronoun's or that sentence has no head."""
    if len(before) > 80 or not _PRONOUN_SUBJECT.match(before):
        return None
    previous = text[max(0, clause - _PRONOUN_REACH) : clause]
    head = _last_head(previous)
    if head is None or _REQUEST_BY.search(previous, max(0, head.start() - 24), head.start()):
        return None  # "Gmina złożyła wniosek o dofinansowanie. Wynosi ono …": the request's sum, not a grant
    pronoun = _PRONOUN.search(before)
    word = head.group(0).split()[0].lower() if head.group(0).split() else ""
    if pronoun and _gender(word) not in (None, _PRONOUN_GENDER[pronoun.group(0).lower()]):
        return None  # "złożyła wniosek o dotację. Opiewa on na …": "on" agrees with "wniosek", not "dotację"
    return KIND_OF_GROUP.get(head.lastgroup or "")


_PRONOUN = re.compile(r"(?<![\w])(?:ono|ona|one|on)(?![\w])", re.I)
_PRONOUN_GENDER = {"on": "m", "ona": "f", "ono": "n", "one": "pl"}
# "wniosek o", "wniosku o", "wnioskowane": the money head is what is asked for.
_REQUEST_BY = re.compile(r"wnios\w*\s+o\s*$|wnioskowan\w*\s+$", re.I)


def _gender(word: str) -> str | None:
    """The grammatical gender a money head word shows by its ending in the singular, None when the ending leaves it
    open ("-e", "-y", "-i": a plural or another case): "dofinansowanie" n, "dotację" f, "wartość" f, "grant" m."""
    if word.endswith(("ie", "um", "o")):
        return "n"
    if word.endswith(("a", "ę", "ą", "ść", "oc")):
        return "f"
    if not word or word.endswith(("e", "y", "i", "u")) or not word[-1].isalpha():
        return None
    return "m"
