"""One row per project: records that announce the same project (gmina, OPS, powiat, ROPS, years apart), grouped.

The rule, in order:

1. Records with the same contract number (spacing and case normalised) are one project.
2. Two records with different contract numbers are never one project; nor are records whose programme editions
   differ (title years that do not overlap, a title's years outside the other record's period or over a year
   from its publication, different edition / stage numbers, different modules of a programme), whose titles
   name different places ("dla OSP Domaszowice" / "dla OSP Gręboszów", "w Dobrzeniu Małym" / "w Dobrzeniu
   Wielkim") or different sums ("Plus 400 tys. zł" / "Plus 250 tys. zł"), whose periods do not overlap, whose
   amounts of the same kind differ, whose canonical programmes differ, or whose organisations share no place
   word on one level of government or name one place on two levels (Gminny and Miejski Ośrodek Pomocy
   Społecznej in one town are two bodies, though a plain "Gmina X" beside one agrees with both; so are a
   powiat and a gmina of one name), or that announce one yearly national programme (Opieka wytchnieniowa,
   Senior+, Asystent osobisty, Posiłek w szkole i w domu, Korpus Wsparcia Seniorów, Wspieraj Seniora, Opieka
   75+; from the programme field or the title) in two edition years (a title's one year, else a period within
   one calendar year, else the publication year, but not January's or December's) or in its building and
   running parts ("stołówka", "utworzenie" / "posiłki", "działalność"), or that name one class of object and
   works of two families on it ("doposażenie świetlicy" / "remont świetlicy"). Programmes are compared by the
   programme table's canonical names ("Maluch+ 2022-2029" is "Maluch+"; a programme and the fund that pays it
   are one).
3. Otherwise, precision first, two independent facts must agree, among: one body (the same place words and
   level); one specific sum to the złoty (three significant digits or more, so not a ceiling such as 300 000
   zł that many grants share); near-identical titles after Polish-aware normalisation (lower case, diacritics
   folded, stop words and generic words such as projekt / realizacja / gmina dropped, a fleeting "e", a short
   word's ending and a short noun's locative "-ie" dropped, words cut to a stem, the places of the title and
   of the bodies left out, since they repeat the body: the content words): the same content words, or one
   title's three and more whole in the other, or a project name of three words one title quotes; one stated
   period that is not a calendar year. A record that names no body has its title's place or named powiat stand
   for one beside a specific sum or a period, or beside a near-identical title when the other title does not
   name that place ("dla szkół powiatu tomaszowskiego"). Body and title also need the records within a year or
   one title year. A yearly programme's name in both titles is no title evidence when they name its two parts.
   Past those, weaker title evidence on the content words: a sum of five significant digits and more (41
   811,50 zł) and one of them within a year; a specific sum and half of them; a body within a year (below,
   that also needs a title's years to hold the other record's publication year when that one names none, no
   village one title names, "ze Skrzydlnej", missing from the other, and no two facility numbers, "nr 1" / "nr
   2") and three fifths of them (three or more); one body, both published in one calendar year that a stated
   period holds, and a two-word name one title quotes standing in the other (such names recur yearly); one
   body within a year, one facility number and two of them; one body within a year and one title's content
   words (two or more) all in the other; one body, one title year and half of them; one body within a year,
   one round sum and half of them; one body, one yearly programme's one edition year and one part of it (a
   title naming neither part is its running part; a gmina name several powiats' gminas bear, Dąbie, also needs
   one site or one village both titles name); one body, one village both titles name other than the bodies'
   ("w Jaworsku", "w m. Bagatelka") and two content words (or one and two villages) within a year; one body,
   one sum (round too) within 92 days and a programme both name or one content word beyond a yearly
   programme's name and beyond what any grant's headline says ("dotacja", "środki"), the sum of one kind then;
   one body within two months and two content words beyond a yearly programme's name and a grant's words;
   one body within two months, one sum of one kind (round too) and one content word (a programme's name's too);
   one body and one call both name (a programme a body enters once an edition with one project, `one_call`:
   not an operational programme nor a fund such as RFRD) in one calendar year and within half a year, with
   no two facility numbers, a title's years holding the other's, and a village only one title names allowed
   when the other names none;
   one body, one village both titles name and two content words within two years (an investment announced
   at signing and at completion);
   one body (or a village both titles name, one record naming no body), one kind of works on one class of
   object (`project_objects`: "rozbudowa przedszkola" / "przedszkole rozbudowane", "budowa żłobka" / "nowy
   żłobek gotowy", "droga" / "ulica") within two years, the object a facility a gmina has few of or in a
   village both titles name;
   one title's content words beyond a yearly programme's name (three or more) all in the other within half a
   year, with no village one title names missing from the other and no two facility numbers: a project's own
   name, a body named on one side only or none;
   one site within half a year and a project name of three words one title quotes standing whole in the other
   (never a yearly programme's name);
   one specific sum to the złoty and one programme both name (the field, or the headline when the field is
   empty: "z Polskiego Ładu"), whoever the records name; a sum of five significant digits and more alone.
   one body, a yearly programme one record names and its subject in the other's headline, which names no
   programme ("na ciepłe posiłki", "asystenci": `programme_topics`), one edition year and part, within 92 days
   or one's period holding the other's publication; one body, a call one names and a village both titles name,
   the other naming no programme, within half a year; an annex ("Aneks do umowy – zwiększenie środków") lifts
   the sum vetoes; a January publication fits the year before it.
   An ordinal before a facility ("drugi klub dziecięcy") is its number.
   One body (or the body a title implies) and a sum of five significant digits and more that the other gives within
   0.5 % or rounded ("187 tys." for 187 380,03 zł: `rounds_to`) within a year, or whenever one page gives no time;
   a rounded sum is no other budget. Two public road numbers ("nr 1602P" / "nr 1610P") are two roads (rule 2).
   A yearly programme's many-year period ("Senior+ na lata 2021-2025") is no title year of its editions; a project
   named by its size ("mikroprojekt") and an official act's heading and issuer ("Uchwała Zarządu … w sprawie") are
   no content words; a powiat in brackets after a body's name ("Gmina Brzeziny (powiat kaliski)") is where it lies,
   a programme's facility with no place ("Klub Senior+") and a health unit's legal form ("SP ZZOZ") name no body.
   A facility's name opening with an adjective ("w Publicznej Szkole Podstawowej") is no place, "w Mazowszu" after
   a body's name is its seat, not the region; a facility after "przed", "obok" ("przed remizą") is no object; a
   programme's span beside its name ("MALUCH+ 2022-2029") is no record's time, and a record naming no body, place
   or time joins another site's record only on a sum to the grosz or that record's place or body in its headline.
   Two words of one place stem that are no inflection of each other ("Wielbark" / "Wieliczki") and two proper
   names two bodies quote (UKS „Długosz” / „Jedynka”) are two bodies; an act's heading up to "w sprawie" and a
   budget act's subject are no content words; a yearly programme's name alone is no title evidence beside a
   record naming no body, and that record's stock page joins no other site's headline naming its own place on a
   sum alone (the programme's rate gives neighbours one sum).
   Titles are evidence (near-identical, or the body rules' shares of content words) only on a shared word that is
   no stock word of either record (`stock_words`: the names of the programmes it names, a grant's, a body's kind's
   but not a facility's, the works', what a list, a programme's structure or an act says of itself) and no Roman
   numeral: a council's acts of one session or a programme's stock page on two sites share only such words.
   A body's acronym is the words the other name spells it with ("ZGDW" / "Związek Gmin Dorzecza Wisłoki"), a
   programme field written as an acronym the table's programme of those initials ("AOON"); an unnumbered title dated
   into a numbered one's edition (its title year) or stating its total to the grosz is that edition or stage; one
   body, one fund paying many projects and one sum join when one page is undated, or within a quarter when one
   headline names villages and the other none; a grant and an EU share are one kind where sums agree; a summary
   ("Podsumowanie") reports the spent sum; two streets one title names ("ul. Szafera i Dzierżonia") standing in the
   other are one road investment, and titles naming streets that share none are two.
   Records over two years apart are never joined without a contract number, and two records that both state a
   sum of one kind and differ in it need a specific sum in common.
4. Groups are merged strongest pair first, and a merge is refused when any two records of the merged group
   would break rule 2, so a chain of look-alikes never joins two editions.

Candidates are only the pairs sharing a contract number, enough title stems, a specific sum, or one body and a
period, a programme year, a yearly programme's edition or a sum within 0.5 % or its rounding (an inverted index),
never all pairs, so 50,000 records group in seconds. The project id is the first 16 hex digits of SHA-256 of the
group's smallest contract number, or else of its earliest record id (by publication date, then id): it does not
change when unrelated records are added."""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import combinations, pairwise
from typing import Any, Literal, TypeVar

from extract.funding_aliases import fold as alias_fold
from extract.funding_tables import programme_aliases, read_csv
from extract.funding_tables import programmes as programme_table
from extract.local_offices import RURAL_POWIAT_SEATS
from extract.model import Record
from extract.places import gmina_name, powiat_forms
from extract.teryt import units as teryt_units
from scraper import units
from scraper.project_objects import (
    FACILITIES,
    WORK_WORDS,
    groups,
    names_a_road,
    objects,
    one_kind_of_works,
    road_classes,
    works,
    works_differ,
)
from scraper.project_objects import words as _words

_SPACED = str.maketrans(dict.fromkeys("–—„”“", " "))  # dashes and quotes part words, as spaces do


_WORD = re.compile(r"[a-z0-9]+")
_STEM = 5  # Polish inflects at the end: "opieka" / "opieki" / "opiekę" share "opiek"
_PLACE_STEM = 3  # place names inflect early: "Nysa" / "w Nysie", "Opole" / "w Opolu"
# Place words whose stem changes as they inflect: "Nowa Wieś" / "w Nowej Wsi" / "z Nowej Wsi" / "Nową Wsią".
_IRREGULAR_PLACES = {"wsi": "wie"}
_STOP = _words(
    "a aby albo ale byc by czy dla do i jak jest lub na nad nie o od oraz po pod przez przy r roku rok se sie "
    "sa ta tak te to tym u w we z za ze zl nr pn pt ramach r. lata latach nasz nasza nasze nasi naszej naszych naszym"
)
# Words every announcement may add or drop; they say nothing about which project it is.
_GENERIC = _words(
    "projekt projektu projekcie projekty projektem realizacja realizacji realizuje realizujemy realizowany "
    "realizowanego realizowanym realizowana gmina gminy gminie gmine gmin miasto miasta miescie powiat powiatu "
    "powiecie zapraszamy zaproszenie udzialu udzial informacja informujemy ruszyl ruszyla rusza start "
    "zakonczenie zakonczyl zakonczyla podsumowanie kolejny kolejna kolejne nowy nowa nowe trwa trwaja "
    "dofinansowanie dofinansowania dofinansowany dofinansowanego wsparcie wsparcia otrzymala otrzymal "
    "pozyskala pozyskal umowa umowe umowy podpisana podpisanie podpisala ogloszenie nabor naboru "
    "program programu programie programem gminny gminnego gminna edycja edycji edycje etap etapu etapie "
    "czesc czesci faza fazy "
    # an official act's heading and its issuer ("Uchwała Zarządu Powiatu X w sprawie …", "Zarządzenie Wójta …"):
    # every act of one board shares them, so they say which document kind, not which project
    "uchwala uchwaly uchwale uchwal zarzadzenie zarzadzenia zarzadzeniu zarzadzeniem sprawie "
    "zarzad zarzadu zarzadowi zarzadem wojt wojta wojtowi wojtem burmistrz burmistrza burmistrzowi burmistrzem "
    "starosta starosty staroscie staroste prezydent prezydenta prezydentowi prezydentem"
)
# Stems of words announcements add around a project's name ("dofinansowaniem", "rozpoczyna", "zakończono").
_GENERIC_STEMS = _words("dofin proje reali zapra podsu kolej otrzy pozys zakon rozpo infor ponad tys mln mld okolo")
# Abbreviations a title uses for what another title spells out.
_TITLE_ABBREVIATIONS = {
    "cus": "centrum uslug spolecznych",
    "ddp": "dzienny dom pomocy",
    "osp": "ochotnicza straz pozarna",
    "gok": "gminny osrodek kultury",
    "com": "centrum opiekunczo mieszkalne",
    "fogr": "fundusz ochrony gruntow rolnych",
    "kgw": "kolo gospodyn wiejskich",
    "sds": "srodowiskowy dom samopomocy",
    "dps": "dom pomocy spolecznej",
    "pszok": "punkt selektywnej zbiorki odpadow komunalnych",
    "oze": "odnawialne zrodla energii",
}
# Organisation words that name a kind of body, not which one: "Gmina Nysa" and "OPS w Nysie" share the place.
_ORG_WORDS = _words(
    "gmina gminy gminie miasto miasta miejski miejskiego miejska gminny gminnego gminna osrodek osrodka pomocy "
    "spolecznej spoleczna centrum uslug uslugi spolecznych powiat powiatu powiatowe powiatowy powiatowego "
    "rodzinie rodziny regionalny regionalnego urzad urzedu marszalkowski marszalkowskiego wojewodztwa "
    "wojewodztwo ops gops mops mopr mopsi pcpr rops cus stowarzyszenie fundacja fundacji szkola szkoly "
    "zespol zespolu samorzad samorzadu miejsko gminne gminnej miejskie kultury polityki "
    "ochotnicza ochotniczej ochotnicze straz strazy pozarna pozarnej osp "
    # a day centre for seniors in a gmina's seat ("Dzienny Dom „Senior+” w Kazimierzu Biskupim") is the gmina's
    "dzienny dziennego dziennym dom domu domem "
    # the other case forms a name takes in a sentence ("przekazał Gminę Gostynin", "z Powiatem X")
    "gmine gminom gminami miastu miastem powiatem powiatowi powiecie "
    "stowarzyszenia stowarzyszeniu stowarzyszeniem fundacje"  # (fundacją folds to fundacja, above)
)
# A public health care unit's legal form ("Samodzielny Publiczny Zespół Zakładów Opieki Zdrowotnej w X", "SP ZZOZ w X",
# "SPZOZ"): which kind of body, not which one, in a body's name only (a headline's "opieka" still says what for).
_HEALTH_FORM_WORDS = _words(
    "samodzielny samodzielnego samodzielnemu samodzielnym publiczny publicznego publicznemu publicznym zaklad zakladu "
    "zakladow zakladem zakladowi zakladzie zakladach opieki zdrowotnej spzoz zoz zzoz spzzoz zespolowi zespolem zespole"
)
_SP_ZOZ = re.compile(r"\bsp\s+(?=z?zoz\b)")  # "SP ZZOZ": the form's initials in two words
# A sports club's kind words spelt out ("Ludowy Klub Sportowy Piast Wołowice", "Uczniowski Klub Sportowy
# Czernichów"): which kind of club, not which one, in a sports club's name only (its initials, "LKS", stay a word;
# "Klub Seniora w Kętach" keeps its words).
_CLUB_FORM_WORDS = _words(
    "klub klubu klubowi klubem klubie sportowy sportowego sportowemu sportowym ludowy ludowego ludowemu ludowym "
    "uczniowski uczniowskiego uczniowskiemu uczniowskim miedzyszkolny miedzyszkolnego"
)
# A patron's name ("im. bł. o. Rafała Chylińskiego", "pw. Matki Bożej") up to the seat: not which place.
_PATRON = re.compile(r"\b(?:im|imienia|pw|pod wezwaniem)\b.*?(?=\b(?:w|we)\b)")
# The same words cut to stems: a headline naming its body ("informacja Ośrodka Pomocy Społecznej") says which
# body, not which project.
_ORG_STEMS = frozenset(word[:_STEM] for word in _ORG_WORDS)
# A road authority's kind words ("Zarząd Dróg Powiatowych w Białobrzegach" is the powiat's unit in Białobrzegi):
# which body only in the body readers (`org_key`, `org_place_forms`), for "drogi" in a headline still says what
# is built.
_AUTHORITY_WORDS = _words("zarzad zarzadu drog drogowy drogowego powiatowych wojewodzkich gminnych zdp zdw")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_ORDINALS = {"pierwsz": 1, "drug": 2, "trzec": 3, "czwart": 4, "piat": 5}
_EDITION_WORDS = _words(
    "edycja edycji edycje etap etapu etapie czesc czesci cz faza fazy tura tury nabor naboru naborze"
)
_MODULE_WORDS = _words("modul modulu modulach moduly modulow modulami")
_LIST_JOINS = _words("i oraz lub albo")  # "moduł 1 i 2"; a comma is no word
# A place a title names: the capitalised word after "w", "we", "dla OSP", "OSP" or "w gminie" ("w Kupie",
# "dla OSP Gręboszów", "w gminie Kadzidło"); a title's capitals after these are mostly places.
_CAPITAL = r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+"
_TITLE_PLACE = re.compile(
    rf"(?:\b(?:w|we|dla)\s+(?:(?:[Gg]minie|[Gg]miny|[Mm]ie[sś]cie|[Pp]owiecie|OSP)\s+)?|\bOSP\s+)({_CAPITAL}(?:\s+{_CAPITAL})*)"
    rf"|^({_CAPITAL}(?:\s+{_CAPITAL})*):"
)
# Capitalised words after "w" that name a kind of place or body, not which one ("w Zespole Szkół").
_NOT_PLACES = _words(
    "zesp szko osro cent gmin mias powi urze rama prog dom domu dzie klub prze zlob biur sala bibl ops gops "
    # a village hall in its case forms, not every "Świe…" ("w Święcanach", "w Świebodzinie" are places)
    "swietlica swietlicy swietlice swietlicach swietlicami swietlicom "
    "mops pcpr cus rops osp jst rfil rzad fund unii budz mini efs efrr prow "
    # an office or a tier of government, in its case forms: "dla Jednostek Samorządu", "z Wojewodą Pomorskim"
    "jednostka jednostki jednostek jednostce jednostkom samorzad samorzadu samorzadow samorzadom wojewoda wojewody "
    "wojewodzie wojewode wojewodztwo wojewodztwa wojewodztwie wojewodzki wojewodzkiego wojewodzka marszalek "
    "marszalka marszalkiem marszalkowi marszalkowski marszalkowskiego starosta starosty starostwo starostwa starostwie "
    # a voivodeship, a region of many gminas ("podział środków w Pomorskiem", "na Mazowszu"), and the country
    "pomorskie pomorskiem pomorskim malopolskie malopolskiem malopolsce wielkopolskie wielkopolskiem wielkopolsce "
    "mazowieckie mazowieckiem mazowszu slaskie slaskiem slasku dolnoslaskie dolnoslaskiem opolskie "
    "opolskiem opolszczyznie lubelskie lubelskiem lubelszczyznie lubuskie lubuskiem podkarpackie podkarpackiem "
    "podkarpaciu podlaskie podlaskiem podlasiu swietokrzyskie swietokrzyskiem kujawsko warminsko "
    "zachodniopomorskie zachodniopomorskiem pomorzu lodzkie lodzkiem polsce europie "
    # a historical region, mostly after "z" ("12 gmin z Warmii i Mazur", "ze Śląska", "z Mazowsza")
    "warmia warmii warmie mazury mazur mazurach mazowsze mazowsza slask slaska kujawy kujaw kujawach kaszuby kaszub "
    "kaszubach podkarpacie podkarpacia podlasie podlasia pomorze pomorza wielkopolska wielkopolski malopolska "
    "malopolski opolszczyzna opolszczyzny lubelszczyzna lubelszczyzny polski europy "
    # an EU programme's measure ("z Działania 3.4", "w ramach Poddziałania 9.1.2")
    "dzialanie dzialania dzialaniu dzialaniem poddzialanie poddzialania poddzialaniu"
)


def _kind_word(word: str) -> bool:
    """A folded word naming a kind of place or body (`_NOT_PLACES`, by its first four letters), not which one;
    "mias" only as "miasto" in its case forms, so Miąskowo ("Z Murzynowa do Miąskowa") and Miastko stay places."""
    if word in _NOT_PLACES or word in _TOWN_FORMS:  # "w Mieście i Gminie Gąbin"
        return True
    prefix = word[:4]
    return prefix in _NOT_PLACES and prefix != "mias"


_TOWN_FORMS = _words("miasto miasta miastu miastem miescie miast miastom miastami miastach")
# The locatives of regions that take "na" ("na Mazowszu", "na Śląsku", "na Podkarpaciu", "na Kujawach"): after "w" and a
# body's name ("w Szkole Podstawowej w Mazowszu") such a word is the body's seat, a locality, not the region.
_NA_REGIONS = _words("mazowszu slasku podkarpaciu podlasiu pomorzu kujawach mazurach kaszubach warmii")
_NAME_BEFORE = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w.]*\s+$")


def _after_name(text: str, start: int) -> bool:
    """The word before `start` (a "w") is capitalised: the end of a body's name, whose seat follows."""
    return _NAME_BEFORE.search(text, max(0, start - 40), start) is not None


# An adjective's locative and instrumental endings ("w Publicznej Szkole Podstawowej", "w Samorządowym Przedszkolu"):
# an adjective before a kind word qualifies a body, it names no place.
_ADJECTIVE_ENDINGS = ("ej", "ym", "im")


def _qualified_kind(words: Sequence[str]) -> bool:
    """A place's words that open with an adjective and a kind word ("Publicznej Szkole Podstawowej"): a body's name."""
    return len(words) >= 2 and words[0].endswith(_ADJECTIVE_ENDINGS) and _kind_word(words[1])


_QUOTED = re.compile(r"[„\"“«]([^„”\"“«»]{6,120})[”\"»]")
_MONTHS = "stycz|lut|marc|kwie|maj|czerw|lip|sierp|wrzes|pazdz|listop|grud"
_COUNTED = "miejsc|dzie|uczn|godz|laptop|komput|szt|kpl|senior|rodzin|uczest"  # "60 miejsc" counts, not an edition
_SMALL_NUMBER = re.compile(
    rf"(?<![\d,.])(?<!nr )(?<!nr\.)(?<!lat )(?<![a-z]-)(\d{{1,2}})"
    rf"(?![\d,.]|\s\d{{3}}(?!\d)|\s*(?:\+|%|tys|mln|mld|milio|miliar|zl|os|lat|km|m2|proc|{_COUNTED}|{_MONTHS}))"
    rf"(?!\s*-\s*\d{{0,2}}\s*(?:lat|let|{_COUNTED}))"
)  # nor the first group of a sum ("30 000,00 zł"), nor a range of ages or counts ("w wieku 3-4 lata", "3-4 letnich")
# A reference or contract number in a title ("Umowa nr WP-III.9421.15.11.2021"): three parts and more joined by
# dashes, dots or slashes, a digit among them; its parts are no edition ("III") nor a sum.
_REFERENCE = re.compile(r"\b(?=[\w./-]*\d)\w+(?:[-./]\w+){2,}")
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_AMOUNT_KINDS = ("total_cost", "grant", "eu_share", "eligible", "own_share")
# The kinds whose sums two pages of one project give alike and two budgets give apart (the sum vetoes and checks).
_BUDGET_KINDS = _AMOUNT_KINDS[:3]
_CONTRACT_SCORE = 10.0  # above any similarity score, so contract pairs merge first
_MAX_BLOCK = 50  # a block of more titles is split by organisation, site and title place (or skipped)
_WEAK = 0.5  # a weak link's score, under every other rule's: it joins a group only when it holds with all of it


_T = TypeVar("_T")


@dataclass(frozen=True)
class Project:
    """One project: the best value of each field over its records, where each came from, and what disagreed."""

    project_id: str
    title: str
    beneficiary: str | None
    implementer: str | None
    total_cost: Decimal | None
    grant: Decimal | None
    period_start: date | None
    period_end: date | None
    fund: str | None
    programme: str | None
    contract_number: str | None
    record_ids: tuple[str, ...]
    conflicts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """`scraper.units.fold` (lower case, no diacritics, ł too) with dashes and quotes as spaces."""
    return units.fold(text.translate(_SPACED))


def normalise_contract(raw: str | None) -> str | None:
    """One spelling per contract number: no whitespace, upper case; None when empty."""
    if raw is None:
        return None
    compact = re.sub(r"\s+", "", raw).upper()
    return compact or None


def _place_stem(word: str) -> str:
    """A place word's short stem (`_PLACE_STEM` letters), one for every case form ("Wieś" / "Wsi")."""
    stem = word[:_PLACE_STEM]
    return _IRREGULAR_PLACES.get(stem, stem)


def _stem(word: str) -> str:
    """The word's first letters, a fleeting "e" dropped first ("żłobek" / "żłobka", "domek" / "domku")."""
    if len(word) == 6 and word.endswith("ie"):
        word = word[:-2]  # a short noun's locative: "w klubie" / "klub"
    elif len(word) >= 5 and word.endswith("ek"):
        word = word[:-2] + "k"
    elif 3 < len(word) <= _STEM and word[-1] in "aeiouy":
        word = word[:-1]  # a short word's ending: "klubu" / "klub", "drogi" / "dróg"
    return word[:_STEM]


_WOD_KAN = re.compile(r"\bwod[- ]kan\b")  # "sieć wod-kan": water supply and sewers


# A project or grant named by its size ("mikroprojekt", "minigrant") is a project or a grant: what every call's
# headline says, not which of a body's projects ("wspólny mikroprojekt ze słowacką gminą" / "mikroprojekt Gminy
# Istebna i obce Čierne" are two micro-projects of one gmina).
_SIZED = re.compile(r"^(?:mikro|mini)(?=proj|grant)")


def _title_words(folded: str) -> list[str]:
    """A folded title's words, abbreviations spelt out (`_TITLE_ABBREVIATIONS`), a size prefix left out (`_SIZED`)."""
    return [_SIZED.sub("", part) for w in _WORD.findall(folded) for part in _TITLE_ABBREVIATIONS.get(w, w).split()]


# An official act's heading: its kind, number, issuer and date up to "w sprawie" ("Uchwała Nr XXXII/416/2021 Rady
# Miejskiej w Łasku z dnia 16-06-2021 w sprawie …"), and a budget act's subject ("zmian budżetu", "zmian w
# wieloletniej prognozie finansowej"): every act of one issuer says them, so they name the document, not a project.
_ACT_HEADING = re.compile(
    r"^\W*(?:uchwal|zarzadzeni|postanowieni|obwieszczeni|decyzj)\w*\b[^\n]{0,160}?\bw sprawie\b"
    r"(?:\s+(?:zmian\w*|w|budze\w*|oraz|wieloletni\w*|prognoz\w*|finansow\w*|uchwalenia|na|rok)\b)*"
)


def title_stems(title: str) -> frozenset[str]:
    """The title's content words cut to a stem: stop words, generic words, numbers and years dropped (and an act's
    heading, `_ACT_HEADING`)."""
    expanded = _title_words(_WOD_KAN.sub("wodociag kanalizacja", _ACT_HEADING.sub(" ", fold(title))))
    stems = (_stem(w) for w in expanded if w not in _STOP and w not in _GENERIC and not w.isdigit())
    return frozenset(_SAME_STEM.get(stem, stem) for stem in stems if stem not in _GENERIC_STEMS)


# Stems of what any grant's headline says (a grant, money, a task, an investment): not which project it is.
_MONEY_STEMS = _words("dotac grant pieni srodk zadan inwes kwot dofin budze wnios")
# Stems of the kinds of works ("budowa", "remont"): every investment's headline has one.
_WORKS_STEMS = frozenset(word[:_STEM] for word in WORK_WORDS)
# Stems one headline uses for what another says with a sibling word ("doposażenie" / "wyposażenie").
_SAME_STEM = {"dopos": "wypos"}


def title_head(title: str) -> str | None:
    """The title's first content word's stem, its head noun ("Konkurs plastyczny" -> "konku"), or None."""
    for part in _title_words(fold(title)):
        if part not in _STOP and part not in _GENERIC and not part.isdigit():
            stem = _stem(part)
            if stem not in _GENERIC_STEMS:
                return _SAME_STEM.get(stem, stem)
    return None


def _two_of_a_kind(a: _Facts, b: _Facts) -> bool:
    """Both titles open with one head noun and each says a thing of its kind the other does not ("Konkurs
    plastyczny" / "Konkurs fotograficzny", "Dzień Matki" / "Dzień Ojca"): two events of a kind, not one."""
    return bool(a.head and a.head == b.head and a.own - b.own and b.own - a.own)


def title_years(title: str, *, spans: bool = True) -> frozenset[int]:
    """Years the title names, ranges expanded ("na lata 2019-2021" -> 2019, 2020, 2021). `spans` False: a range of
    three years and more is left out, ends and all (`_PROGRAMME_SPAN`): the period of a yearly programme's
    many editions ("Program wieloletni „Senior+” na lata 2021-2025 – edycja 2021" is the 2021 edition). A range
    joined by a dash is one too ("2019–2023"; `fold` makes dashes spaces)."""
    text = fold(_YEAR_DASH.sub(r"\1-\2", title))
    years: set[int] = set()
    for start, end in _YEAR_RANGE.findall(text):
        low, high = sorted((int(start), int(end)))
        if spans or high - low + 1 < _PROGRAMME_SPAN:
            years.update(range(low, min(high, low + 20) + 1))
    if not spans:
        text = _YEAR_RANGE.sub(lambda m: m[0] if abs(int(m[2]) - int(m[1])) + 1 < _PROGRAMME_SPAN else " ", text)
    years.update(int(y) for y in _YEAR.findall(text))
    return frozenset(years)


_YEAR_DASH = re.compile(r"\b((?:19|20)\d\d)\s*[–—]\s*((?:19|20)\d\d)\b")
# A yearly programme runs editions of one year each; a range of this many years and more in its headline is the
# programme's own period ("na lata 2019-2023", "Senior+ 2015-2020"), which every edition repeats, not an edition's.
_PROGRAMME_SPAN = 3


_TITLE_SUM = re.compile(r"(\d+(?:[,.]\d+)?)\s*(tys|mln|mld|milion|miliard)\w*")
_SCALE = {
    "tys": Decimal(1000),
    "mln": Decimal(10**6),
    "milion": Decimal(10**6),
    "mld": Decimal(10**9),
    "miliard": Decimal(10**9),
}


def title_sums(title: str) -> frozenset[Decimal]:
    """Sums a headline names ("Plus 400 tys. zł", "1,88 mln zł na kanalizację"), in złoty."""
    return frozenset(
        Decimal(number.replace(",", ".")) * _SCALE[scale] for number, scale in _TITLE_SUM.findall(fold(title))
    )


def _module_positions(words: Sequence[str]) -> dict[int, int]:
    """The positions of a programme's module numbers in a title's words and their values: the number after
    "moduł" and those joined to it ("moduł 1 i 2", "moduły I, II oraz III")."""
    found: dict[int, int] = {}
    for index, word in enumerate(words):
        if word not in _MODULE_WORDS:
            continue
        at = index + 1
        while at < len(words) and (value := _module_value(words[at])) is not None:
            found[at] = value
            if at + 2 < len(words) and words[at + 1] in _LIST_JOINS:
                at += 2  # "1 i 2": the next number is a module too
            else:
                break
    return found


def _module_value(word: str) -> int | None:
    if word.isdigit() and len(word) <= 2:
        return int(word)
    return _ROMAN.get(word)


def module_numbers(title: str) -> frozenset[int]:
    """A programme's module numbers ("moduł II", "module 3", "moduł 1 i 2"): a part of a programme, not its
    edition."""
    return frozenset(_module_positions(_WORD.findall(fold(title))).values())


# National programmes a gmina (or its OPS) joins once a year, one edition per year: the same programme, body
# and edition year are one project. Keyed by the canonical name of `extract/data/programmes.csv` (a test holds
# them to it; Senior-WIGOR is Senior+ there too), the pattern finds the programme in any case form in a folded
# title or a programme printed as found; the words are its name's stems, shared by every edition, so they are no
# evidence that two titles say the same.
_YEARLY_PROGRAMMES: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = tuple(
    (key, re.compile(pattern), _words(stems))
    for key, pattern, stems in (
        (
            "Asystent osobisty osoby z niepełnosprawnością",
            r"\basysten\w* (?:osobist|(?:dla )?os(?:ob|oby) z niepelnospr)",
            "asyst osobi osob niepe",
        ),
        ("Opieka wytchnieniowa", r"\bwytchnieniow", "opiek wytch"),
        ("Senior+", r"\bsenior ?(?:\+|plus\b)|\bsenior[- ]wigor", "senio plus wigor"),
        ("Korpus Wsparcia Seniorów", r"\bkorpus\w* wsparcia senior", "korpu wspar senio"),
        ("Posiłek w szkole i w domu", r"\bposilek w szkole i w domu\b", "posil szkol dom"),
        ("Wspieraj Seniora", r"\bwspieraj seniora\b", "wspie senio"),
        ("Opieka 75+", r"\bopiek\w* 75 ?(?:\+|plus\b)", "opiek plus"),
        (
            "Pomoc państwa w zakresie dożywiania",
            r"\bpomoc\w* panstwa w zakresie dozywiania",
            "pomoc panst zakre dozyw",
        ),
    )
)
_YEARLY_NAMES = frozenset(key for key, _, _ in _YEARLY_PROGRAMMES)
# What a yearly programme pays for, as a headline says it without the programme's name ("257 tys. zł na ciepłe
# posiłki dla uczniów", "Asystenci pomogą trzynastu mieszkańcom", "na odciążenie opiekunów", "Seniorzy 75+
# dostaną więcej godzin opieki"), in any case form of a folded title: a record naming the programme and one
# naming its subject, of one body in one edition, announce one project.
_PROGRAMME_TOPICS: dict[str, re.Pattern[str]] = {
    key: re.compile(pattern)
    for key, pattern in (
        (
            "Asystent osobisty osoby z niepełnosprawnością",
            r"\basysten(?:t|c)\w*+(?! (?:rodzin|nauczyc|miedzykultur|ucznia|edukac|sportow|technicz|zdrowi))",
        ),
        # respite is rest or relief for carers: "na odciążenie opiekunów", "2850 godzin odpoczynku dla opiekunów"
        ("Opieka wytchnieniowa", r"\bwytchnieni|\b(?:odciazen|odpoczyn|wypoczyn)\w* (?:dla )?opiekun"),
        ("Senior+", r"\bklub\w* (?:dla )?senior|\bdzienn\w* dom\w* (?:pobytu )?senior"),  # "klub dla seniorów" too
        ("Korpus Wsparcia Seniorów", r"\bopas\w* (?:bezpieczenstwa|zycia|sos)|\bteleopiek"),
        ("Posiłek w szkole i w domu", r"\bposil|\bdozywi|\bobiad"),
        ("Pomoc państwa w zakresie dożywiania", r"\bposil|\bdozywi|\bobiad"),
        ("Wspieraj Seniora", r"\bpomoc\w* w zakupach|\bzakupy? (?:pod drzwi|dla senior|dla os\w* (?:starsz|70))"),
        # care services for the old: "usługi opiekuńcze", "na opiekę dla seniorów", "opieka nad osobami starszymi"
        ("Opieka 75+", r"\b75 ?(?:\+|plus|lat)|\buslug\w* opiekuncz|\bopiek\w* (?:nad |dla )?(?:senior|os\w* starsz)"),
    )
}
# A yearly programme's building or equipping module ("stołówka", "utworzenie klubu") against its running one
# ("posiłki", "działalność klubu"): two projects of one body in one year. An open call ("otwarty konkurs ofert")
# opens nothing.
_INFRASTRUCTURE = re.compile(
    r"\b(?:stolow|jadal|kuchn|budow(?!lan)|rozbud|przebud|remont|moderni|adapta|utworz|powsta|otwar(?!\w* konkurs)"
    r"|doposaz|wyposaz|termomod)"
)
_RUNNING = re.compile(r"\b(?:dzialaln|funkcjonow|posilk|dozyw|obiad|uslug)")


def yearly_programme(title: str, programme: str | None) -> str | None:
    """The yearly national programme (`_YEARLY_PROGRAMMES`) the record's programme or title names, or None."""
    if programme in _YEARLY_NAMES:  # the canonical name the funding parser gives
        return programme
    for text in (programme, title):
        if text:
            folded = fold(text)
            for key, pattern, _ in _YEARLY_PROGRAMMES:
                if pattern.search(folded):
                    return key
    return None


@lru_cache(maxsize=1 << 14)
def programme_topics(title: str) -> frozenset[str]:
    """The yearly programmes whose subject a title names, with or without their names (`_PROGRAMME_TOPICS`)."""
    folded = fold(title)
    return frozenset(key for key, pattern in _PROGRAMME_TOPICS.items() if pattern.search(folded))


def _programme_stems(programme: str | None) -> frozenset[str]:
    return next((stems for key, _, stems in _YEARLY_PROGRAMMES if key == programme), frozenset())


# Kinds of programme in `extract/data/programmes.csv` that pay for many projects of one body at once: the
# operational programmes, the environment funds, the state's investment funds (RFIL, RFRD, Program Inwestycji
# Strategicznych) and budget lines.
_MANY_PROJECT_KINDS = frozenset({"eu", "fund", "budget", "government"})


def one_call(programme: str | None) -> bool:
    """A named programme a body enters once an edition with one project (Działaj Lokalnie, Kulisy kultury, a
    marshal's grant for village halls, a name the table does not know), not an operational programme or a fund
    that pays for many projects of one gmina in a year (RPO, PROW, RFRD, Program Inwestycji Strategicznych)."""
    if not programme:
        return False
    row = programme_table().get(programme)
    return row is None or row.kind not in _MANY_PROJECT_KINDS


@lru_cache(maxsize=1 << 14)
def named_programmes(text: str | None) -> frozenset[str]:
    """The programmes of the programme table a text names, by their canonical names ("Polskiego Ładu", "w ramach
    programu Maluch+", "z dotacją Działaj Lokalnie 2020"): what a headline says of its funding when the
    record's programme field is empty."""
    if not text:
        return frozenset()
    return frozenset(key for _, _, keys in programme_aliases().scan(text, alias_fold(text)) for key in keys)


def _without_yearly(title: str) -> str:
    """The folded title with the yearly programmes' names left out ("Posiłek w szkole i w domu" names no school)."""
    folded = fold(title)
    for _, pattern, _ in _YEARLY_PROGRAMMES:
        folded = pattern.sub(" ", folded)
    return folded


def _field_programmes(programme: str | None) -> frozenset[str]:
    """The canonical programmes a programme field names: the table's name as printed, else the aliases it holds,
    else the one programme whose initials it is (`programme_by_initials`: "AOON", "OSA 2018")."""
    if not programme:
        return frozenset()
    if programme in programme_table():
        return frozenset({programme})
    return named_programmes(programme) or programme_by_initials(programme)


# A programme field written as an acronym in capitals, maybe with an edition's year or numeral ("AOON", "OSA 2018",
# "PWRMR III").
_PROGRAMME_ACRONYM = re.compile(r"^\s*([A-ZĄĆĘŁŃÓŚŹŻ]{3,8})(?:\s+(?:(?:19|20)\d\d|[IVX]+))?\s*$")


@lru_cache(maxsize=1)
def _programme_initials() -> Mapping[str, str]:
    """The programme table's names by their initials of three letters and more (all words', and the longer words'
    as "AOON" spells "Asystent osobisty osoby z niepełnosprawnością"), numerals and years aside; initials two
    programmes share are left out."""
    found: dict[str, set[str]] = defaultdict(set)
    for name in programme_table():
        words = [w for w in _WORD.findall(fold(name)) if not w.isdigit() and w not in _ROMAN]
        for picked in (words, [w for w in words if len(w) > 2]):
            if len(picked) >= 3:
                found["".join(w[0] for w in picked)].add(name)
    return {initials: next(iter(names)) for initials, names in found.items() if len(names) == 1}


@lru_cache(maxsize=4096)
def programme_by_initials(programme: str) -> frozenset[str]:
    """The one programme of the table a field written as its acronym names ("AOON", "OSA 2018"), else none."""
    match = _PROGRAMME_ACRONYM.match(programme)
    name = _programme_initials().get(fold(match[1])) if match else None
    return frozenset({name}) if name else frozenset()


def programme_module(title: str, programme: str | None) -> Literal["building", "running", None]:
    """Which part of a yearly programme a title names, its name left out: building or equipping, running
    (meals, a club's activity), or None when it does not say (or says both)."""
    folded = _without_yearly(title)
    building, running = bool(_INFRASTRUCTURE.search(folded)), bool(_RUNNING.search(folded))
    if building == running:
        return None
    return "building" if building else "running"


def edition_year(years: frozenset[int], start: date | None, end: date | None, published: date | None) -> int | None:
    """The year of a yearly programme's edition a record announces: its title's one year, else its period's
    one calendar year, else its publication year (not January's, which often sums up the year before, nor
    December's, which often opens the next), also when a period's one end lies in that year ("od 1 lipca 2020",
    published in September 2020)."""
    if len(years) == 1:
        return next(iter(years))
    if start and end and start.year == end.year:
        return start.year
    if years or published is None or not 1 < published.month < 12:
        return None
    if start is None and end is None:
        return published.year
    one_end = start if end is None else end if start is None else None  # a period of one stated end
    return published.year if one_end is not None and one_end.year == published.year else None


# An address in a title: a street or a village and its house number after a comma or "ul." ("Klub w Gminie
# Wojcieszków, Wola Burzecka 80", "ul. Lipowa 5"): its number is no edition.
_ADDRESS = re.compile(rf"(?:,\s*|\bul\.\s*|\bulic[ay]\s+)(?:{_CAPITAL}\s+){{0,2}}{_CAPITAL}\s+\d{{1,3}}[a-z]?\b")


def _address_gone(match: re.Match[str]) -> str:
    """An address's text out of a title, unless its words name an edition, a stage or a module (", Etap 2")."""
    words = _WORD.findall(fold(match.group(0)))
    return match.group(0) if any(w in _EDITION_WORDS or w in _MODULE_WORDS for w in words) else " "


# A cardinal before a lower-case word counts it ("12 gmin z Warmii", "19 miejsc w żłobku"), and a number joined by a
# hyphen to a word is a part of an adjective ("samochód 9-osobowy", "3-letni"): no edition, which stands after its
# noun ("Trudny start 2", "edycja 3") or before an edition word ("2 edycja"); an ordinal's ending ("2-gi", "3-ciej")
# is no word of five letters.
_LOWER = "a-ząćęłńóśźż"
_COUNT = re.compile(rf"(?<![\w,.])\d{{1,2}}(?:-[{_LOWER}]{{5,}}|(?=\s+([{_LOWER}]{{3,}})\b))")


def _count_gone(match: re.Match[str]) -> str:
    """A count's number out of a title (`_COUNT`), unless an edition or module word stands before it or after it
    ("etap 2 przebudowy", "moduł 2 podpisany", "2 edycja") or the next word is a stop word ("Start 2 dla dzieci")."""
    after = match.group(1)
    if after is not None:
        word = fold(after)
        before = _WORD.findall(fold(match.string[max(0, match.start() - 30) : match.start()]))[-1:]
        if word in _STOP or {word, *before} & (_EDITION_WORDS | _MODULE_WORDS):
            return match.group(0)
    return " "


# A Roman numeral right after a programme's name is the programme's own ("Program wyrównywania różnic między
# regionami III"): every project of that programme's edition bears it, so it is no project's stage.
_ROMAN_AFTER = re.compile(r"\s*([IVX]+)\b")
_ANY_ROMAN = re.compile(r"\b[IVX]+\b")


@lru_cache(maxsize=1 << 14)
def _programme_numeral_spans(title: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, value) of each Roman numeral standing right after a programme the table knows."""
    if not _ANY_ROMAN.search(title):
        return ()
    found = []
    for _, end, _ in programme_aliases().scan(title, alias_fold(title)):
        numeral = _ROMAN_AFTER.match(title, end)
        if numeral and numeral.group(1).lower() in _ROMAN:
            found.append((numeral.start(1), numeral.end(1), _ROMAN[numeral.group(1).lower()]))
    return tuple(found)


def programme_numerals(title: str) -> frozenset[int]:
    """The numerals of a programme's own name a title gives ("… między regionami III" -> {3}): two of them are two
    editions of the programme, one against a title naming none says nothing (`edition_numbers` leaves them out)."""
    return frozenset(value for _, _, value in _programme_numeral_spans(title))


def _without_programme_numerals(title: str) -> str:
    for start, end, _ in reversed(_programme_numeral_spans(title)):
        title = title[:start] + " " * (end - start) + title[end:]
    return title


def edition_numbers(title: str) -> frozenset[int]:
    """Edition / stage numbers ("edycja 3", "etap II", "drugi etap", "Trudny start 2").

    Not years, sums ("1,8 mln", "72 tys."), ages or sizes ("70+", "Senior+"), days ("od 1 lipca"), counts ("12
    gmin", "9-osobowy": `_COUNT`), plots of land ("działki nr 12, 14 i 15": `_PLOTS`), a programme's modules
    ("moduł II": `module_numbers`) or its own numeral ("regionami III": `programme_numerals`).
    """
    title = _COUNT.sub(_count_gone, _without_programme_numerals(title))
    text = _PLOTS.sub(" ", _REFERENCE.sub(" ", fold(_ADDRESS.sub(_address_gone, title))))
    words = _WORD.findall(text)
    module_positions = set(_module_positions(words))
    module_values = {words[i] for i in module_positions}
    numbers = {int(n) for n in _SMALL_NUMBER.findall(text) if n not in module_values}
    for index, word in enumerate(words):
        if index in module_positions:
            continue
        after_marker = index > 0 and words[index - 1] in _EDITION_WORDS
        before_marker = index + 1 < len(words) and words[index + 1] in _EDITION_WORDS
        if word in _ROMAN and (word != "i" or after_marker):  # "i" is mostly the conjunction
            numbers.add(_ROMAN[word])
        elif before_marker or after_marker:
            for prefix, number in _ORDINALS.items():
                if word.startswith(prefix):
                    numbers.add(number)
    return frozenset(numbers)


_ROUND_WORDS = _words("nabor naboru naborze tura tury turze")


def round_numbers(*texts: str | None) -> frozenset[int]:
    """The numbers of a fund's call round ("drugi nabór", "nabór II", "II tura") a title or a programme field
    gives: a round is no stage, so a record naming none may be of any round (`_editions_differ` reads the others)."""
    found: set[int] = set()
    for text in texts:
        if not text or not any(cue in fold(text) for cue in ("nabor", "tur")):
            continue
        words = _WORD.findall(fold(text))
        for index, word in enumerate(words):
            near = {words[i] for i in (index - 1, index + 1) if 0 <= i < len(words)}
            if not near & _ROUND_WORDS:
                continue
            if word in _ROMAN and word != "i":
                found.add(_ROMAN[word])
            elif word.isdigit() and len(word) <= 2:
                found.add(int(word))
            else:
                found.update(number for prefix, number in _ORDINALS.items() if word.startswith(prefix))
    return frozenset(found)


def _editions_differ(a: frozenset[int], b: frozenset[int]) -> bool:
    """Both numbered differently, or one numbered past the first (an unnumbered title is edition 1)."""
    if a and b:
        return a != b
    return max(a | b, default=1) > 1


def _editions_apart(a: _Facts, b: _Facts) -> bool:
    """Two editions or stages (`_editions_differ`), where an unnumbered title is edition 1 only when nothing else
    dates it: one naming a title year that holds the numbered one's time (its title year, or its publication in that
    year or the January after: "Projekt „Stop wykluczeniu” w 2010 roku" / "Podsumowanie III edycji projektu",
    January 2011) is that year's edition, and one stating a sum of five significant digits the other states is that
    stage (no two stages share a total to the grosz)."""
    if not _editions_differ(a.editions, b.editions):
        return False
    if a.editions and b.editions:
        return True
    numbered, plain = (a, b) if a.editions else (b, a)
    if plain.years and (plain.years & numbered.years or (not numbered.years and _years_fit(plain, numbered))):
        return False
    return not a.precise & b.precise


def title_places(title: str, orgs: Iterable[frozenset[str]] = ()) -> frozenset[frozenset[str]]:
    """The places a title names, each as the short stems of its words ("w Dobrzeniu Małym" -> {"dob", "mal"}).

    A title's lead word before a colon ("Dąbrowa: …") counts only when it is the place of one of the record's
    organisations (`orgs`, from `org_key`): "Rekrutacja: …" is no place.
    """
    return _title_places(title, frozenset().union(*orgs))


# A verb of signing or handing over right before "w": the place that follows is where a contract was signed or a
# grant's promise handed over ("Umowy podpisane w Radomiu", "Burmistrz podpisał umowę w WFOŚiGW w Poznaniu",
# "Promesy wręczone w Tarnowie"), not where the project is.
_SIGNED_AT = re.compile(r"\b(?:[Pp]odpis|[Ww]r[ęe]cz)\w*\s+(?:umow\w*\s+)?(?:\w+\s+)?$")
# An office's or a fund's name right before "w" ("z Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej
# we Wrocławiu", "w Urzędzie Marszałkowskim w Opolu", "z WFOŚiGW w Katowicach"): the place that follows is its
# seat, not the project's.
_OFFICE_BEFORE = re.compile(
    rf"(?:\b(?:Urz[ęe]d|Fundusz|Ministerstw|Agencj|Kancelari)\w*(?:\s+(?:{_CAPITAL}|i))*|\b[WN]FO\w*)\s+$"
)
# An office's or a fund's noun among a place's words ("w Opolskim Urzędzie Wojewódzkim", "z Narodowym
# Funduszem"): an office, no place.
_OFFICE_WORDS = _words(
    "urzad urzedu urzedzie urzedem urzedowi fundusz funduszu funduszem funduszowi ministerstwo ministerstwa "
    "ministerstwie ministerstwem agencja agencji agencje kancelaria kancelarii"
)


@lru_cache(maxsize=1 << 14)
def _title_places(title: str, known: frozenset[str]) -> frozenset[frozenset[str]]:
    """`title_places` once per title and the organisations' place words (`_facts` asks three times)."""
    places = set()
    seat_end = -1
    for match in _TITLE_PLACE.finditer(title):
        after_preposition, lead = match.groups()
        if _SIGNED_AT.search(title, 0, match.start()) or (
            seat_end >= 0 and not title[seat_end : match.start()].strip()
        ):
            seat_end = match.end()  # where a contract was signed, and that office's seat: no project's place
            continue
        if _OFFICE_BEFORE.search(title, 0, match.start()):
            continue  # an office's seat
        name = after_preposition or lead
        if (initials := _ACRONYM.match(name)) and not title.isupper():
            name = name[initials.end() :]  # "dla PSP nr 2": a body's initials, no place; "w SP Kunowa": Kunowa
        words = _WORD.findall(fold(name))
        seat = title[match.start()] in "wW" and bool(after_preposition) and _after_name(title, match.start())
        if not words or (_kind_word(words[0]) and not (seat and words[0] in _NA_REGIONS)):
            continue
        if _OFFICE_WORDS.intersection(words) or _qualified_kind(words):
            continue
        stems = frozenset(_place_stem(w) for w in words)
        if after_preposition or stems & known:
            places.add(stems)
    return frozenset(places)


_FROM_PLACE = re.compile(rf"\b(?:z|ze)\s+({_CAPITAL}(?:\s+{_CAPITAL})*)")
# Words between a road and its section's ends: its level or kind, "na odcinku" ("drogi gminnej nr 106507O").
_ROAD_WORDS = "powiatow|gminn|wojewodzk|wojewódzk|wewn|dojazd|lokaln|rowerow|na|odcink"
# A place's name of one to five capitalised words ("Zalesie", "Nowa Wieś Wielka"): bounded, so a long run of
# capitals (a title-case headline) is not re-read from each of its words, and reads no end.
_END_NAME = rf"{_CAPITAL}(?:\s+{_CAPITAL}){{0,4}}(?![\w-])(?!\s+{_CAPITAL})"
# The ends of a road section: "z Wojciechowa do Młodyń Dolnych", "od Zalesia do Kowalowej", "drogi
# powiatowej Wojciechów – Brzeźce", "odcinek Kunowa–Bieździadka": which section of a road, the far end too.
_SECTION_ENDS = re.compile(
    rf"\b(?:[Zz]|[Zz]e|[Oo]d)\s+({_END_NAME})\s+do\s+({_END_NAME})"
    rf"|\b[Mm]i[ęe]dzy\s+({_END_NAME})\s+a\s+({_END_NAME})"  # "nawierzchnia między Kopaszynem a Grylewem"
    rf"|\b(?:[Dd]rog|[Dd]r[oó]g|[Oo]dcin|[Tt]ras)\w*(?:\s+(?:{_ROAD_WORDS})\w*|\s+[Nn]r\s+\w+){{0,3}}\s+"
    rf"({_CAPITAL}(?:\s+{_CAPITAL}){{0,4}})\s*[–—-]\s*({_END_NAME})"
)


_ACRONYM = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2,}[a-ząćęłńóśźż]?[A-ZĄĆĘŁŃÓŚŹŻ]*\b")


def section_ends(title: str) -> frozenset[frozenset[str]]:
    """The places a title gives as a road section's ends (`_SECTION_ENDS`), each as its place stems:
    "Droga z Wojciechowa do Młodyń Dolnych" -> {{"woj"}, {"mlo", "dol"}}, "między Kopaszynem a Grylewem" too."""
    if not any(mark in title for mark in ("–", "—", "-", " do ", "dzy ")):  # the dashes, "do" or "między" it reads
        return frozenset()
    found = set()
    for names in _SECTION_ENDS.findall(title):
        for name in names:
            words = _WORD.findall(fold(name))
            if words and not _kind_word(words[0]):
                found.add(frozenset(_place_stem(w) for w in words))
    return frozenset(found)


# Streets a title names after "ul.", "ulica" or "aleja" in any case form, one or several joined by "i", "oraz" or a
# comma ("przebudowa ul. Szafera i Dzierżonia", "jezdni ulic Szafera i Dzierżonia", "al. Wojska Polskiego").
_STREET_NAME = rf"{_CAPITAL}(?:\s+{_CAPITAL}){{0,2}}"
_STREETS = re.compile(
    rf"\b(?:ul\.|ulic[aeyą]?\b|al\.|ale[ij]e?\b|alej[aąe]?\b)\s*({_STREET_NAME}"
    rf"(?:\s*(?:,|\bi\b|\boraz\b)\s*{_STREET_NAME})*)"
)
_STREET_JOIN = re.compile(r"\s*(?:,|\bi\b|\boraz\b)\s*")


@lru_cache(maxsize=1 << 14)
def streets(title: str) -> frozenset[frozenset[str]]:
    """The streets a title names after "ul.", "ulica" or "aleja" ("modernizacja nawierzchni ul. Szafera i
    Dzierżonia" -> {{sza}, {dzi}}), each as the place stems of its words: the streets of one road investment."""
    found: set[frozenset[str]] = set()
    for listed in _STREETS.findall(title):
        for name in _STREET_JOIN.split(listed):
            words = [w for w in _WORD.findall(fold(name)) if w not in _STOP]
            if words:
                found.add(frozenset(_place_stem(w) for w in words))
    return frozenset(found)


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1 << 14)
def name_heads(title: str) -> frozenset[str]:
    """The place stems of a title's capitalised words but its first ("Nowy asfalt na Szafera i Dzierżonia" -> {sza,
    dzi}) and of the streets it names: where another title's street names may stand (not "Nowy", "długo")."""
    words = _LETTERS.findall(title)
    named = {_place_stem(fold(word)) for word in words[1:] if word[0].isupper()}
    return frozenset(named.union(*streets(title)))


def _one_street_set(a: _Facts, b: _Facts) -> bool:
    """One title names two streets and more, all standing in the other title's names ("ul. Szafera i Dzierżonia" /
    "Nowy asfalt i chodniki na Szafera oraz Dzierżonia"), both naming a road or its surface: one road investment,
    as a road section's two ends are (`_one_section`); a later stage on one of the streets names one street.  (Among
    the other title's capitalised words only: "ulic Nowej i Długiej" does not stand in "Nowy chodnik … długo".)"""
    return any(
        len(x.streets) >= 2 and all(street <= y.name_heads for street in x.streets) and x.road and y.road
        for x, y in ((a, b), (b, a))
    )


def _streets_differ(a: _Facts, b: _Facts) -> bool:
    """Both titles name streets and no street of one stands in the other ("ul. Oleskiej" / "ul. Szafera i
    Dzierżonia"): two investments, as two road sections are."""
    return bool(
        a.streets
        and b.streets
        and not any(street <= b.heads for street in a.streets)
        and not any(street <= a.heads for street in b.streets)
    )


def _one_section(a: _Facts, b: _Facts) -> bool:
    """Both titles give one road section's two ends (one title's ends all among the other's): "Rozbudowa drogi
    Murzynowo Leśne – Miąskowo" / "Z Murzynowa Leśnego do Miąskowa już po nowym asfalcie". Both name a road
    (`names_a_road`) and no other object, or one class of object ("kanalizacja od X do Y" twice): a school run,
    a cycle path or a sewer between the same villages is no road's section."""
    if not (len(a.ends) >= 2 and len(b.ends) >= 2 and (a.ends <= b.ends or b.ends <= a.ends)):
        return False
    if a.road and b.road:
        return _objects_fit(a, b)
    return bool(a.objects) and a.objects == b.objects


def _objects_fit(a: _Facts, b: _Facts) -> bool:
    """The titles name no object, or one title's, or one class of object both name ("droga" / "kanalizacja"
    are two investments)."""
    return not (a.objects and b.objects and not a.objects & b.objects)


# A public road's number: digits and the letter of its voivodeship ("drogi powiatowej nr 1602P", "droga gminna
# 290822W"); two numbers are two roads.
_ROAD_NUMBER = re.compile(r"(?<![\w/.-])(\d{3,6})\s?([A-Z])\b(?![/.-]\w)")


def road_numbers(title: str) -> frozenset[str]:
    """The road numbers a title gives ("Remont drogi powiatowej nr 1602P" -> {"1602P"}), when it names a road."""
    if not names_a_road(fold(title)):
        return frozenset()
    return frozenset(digits + letter for digits, letter in _ROAD_NUMBER.findall(title))


def _sections_differ(a: _Facts, b: _Facts) -> bool:
    """Both titles give a road section's ends and neither's ends hold the other's: two sections of one road, or
    two roads from one village ("Wojciechów – Brzeźce" / "z Wojciechowa do Młodyń Dolnych")."""
    return bool(a.ends and b.ends and not (a.ends <= b.ends or b.ends <= a.ends))


def loose_places(title: str, orgs: Iterable[frozenset[str]] = ()) -> frozenset[frozenset[str]]:
    """The title's places (`title_places`) and those it names after "z" / "ze" ("Seniorzy ze Skrzydlnej", not a
    programme: "z Polskiego Ładu"), less the organisations' own places: a village one title names that the other
    may lack."""
    known = frozenset().union(*orgs)
    found = set(title_places(title, orgs))
    for name in _FROM_PLACE.findall(title):
        if _ACRONYM.match(name):
            continue  # "z PFRON", "z WFOŚiGW": a fund or an office, no village
        words = _WORD.findall(fold(name))
        if _OFFICE_WORDS.intersection(words):
            continue  # "z Narodowym Funduszem": an office or a fund, no village
        if words and not _kind_word(words[0]) and not named_programmes(name):
            found.add(frozenset(_place_stem(w) for w in words))  # "z Polskiego Ładu" is a programme, no place
    return frozenset(place for place in found if not place <= known)


_LOCALITY = re.compile(rf"\b(?:m\.|msc\.|miejscowo[sś]ci)\s*({_CAPITAL}(?:\s+{_CAPITAL})*)")
# `_LOCALITY` and the plural, which begins a list ("w miejscowościach Nowa Wieś i Bielany").
_LOCALITIES = re.compile(rf"\b(?:m\.|msc\.|miejscowo[sś]ci(?:ach)?)\s*({_CAPITAL}(?:\s+{_CAPITAL})*)")
# The next locality of a list after one `_LOCALITY` names ("w miejscowościach Nowa Wieś i Bielany").
_NEXT_LOCALITY = re.compile(rf"\s*(?:,|\bi\b|\boraz\b)\s*({_CAPITAL}(?:\s+{_CAPITAL})*)")


def localities(title: str) -> frozenset[frozenset[str]]:
    """The places a title names by the word for a locality and their name in the nominative ("w m. Bagatelka",
    "w msc. Klepaczka", "w miejscowości Dalsze", "w miejscowościach Wrocanka i Potakówka"): where the works are, as
    a place after a bare "w" is."""
    if "m." not in title and "msc." not in title and "miejscowo" not in title:
        return frozenset()
    names = []
    for match in _LOCALITIES.finditer(title):
        names.append(match[1])
        end = match.end()
        while (more := _NEXT_LOCALITY.match(title, end)) is not None and len(names) < 12:
            names.append(more[1])
            end = more.end()
    return frozenset(place for name in names if (place := frozenset(_place_stem(w) for w in _WORD.findall(fold(name)))))


def villages(
    title: str, orgs: Iterable[frozenset[str]] = (), loose: frozenset[frozenset[str]] | None = None
) -> frozenset[frozenset[str]]:
    """The places a title names (`loose_places`, or `loose` when the caller has them) and those after "m." or
    "miejscowości" ("w m. Bagatelka"): what both titles name says which investment it is."""
    orgs = tuple(orgs)
    known = frozenset().union(*orgs)
    found = {frozenset(_place_stem(w) for w in _WORD.findall(fold(name))) for name in _LOCALITY.findall(title)}
    if loose is None:
        loose = loose_places(title, orgs)
    return loose | frozenset(place for place in found if place and not place <= known)


_POWIAT_PHRASE = re.compile(r"\b(?:powiat|powiatu|powiatem|powiatowi|powiecie)\s+([a-z]+)")  # in a folded text
# A gmina's name is a proper noun, capitalised after the unit word in any case form ("z gminy Kęty", "GMINY KĘTY");
# a lower-case word there is no name ("Seniorzy z miasta i gminy podsumowali rok").
_GMINA_PHRASE = re.compile(rf"\b(?i:gmin(?:a|y|e|ie|ą|ę))\s+(?:(?i:miejsk|wiejsk|miejsko-wiejsk)\w*\s+)?({_CAPITAL})")


def named_units(text: str | None) -> frozenset[tuple[str, str]]:
    """The gminas and powiats a title or a body's name names by a unit word ("strażacy z gminy Kęty", "OSP
    w Nowej Wsi (gmina Kęty)", "dla szkół powiatu tomaszowskiego"), each as its level and place stem: two
    announcements naming two gminas of one level are two projects (one Nowa Wieś in each). A powiat's name is
    an adjective, written in lower case too; a gmina's is capitalised (`_GMINA_PHRASE`)."""
    if not text:
        return frozenset()
    # a powiat's name is an adjective ("powiatu tomaszowskiego"); the noun after "powiatu" in "trzech jednostek
    # powiatu – zapytanie ofertowe" is the next clause's, no powiat
    found = [("powiat", name) for name in _POWIAT_PHRASE.findall(fold(text)) if _PLACE_ADJECTIVE.search(name)]
    found += [("gmina", _WORD.findall(fold(name))[0]) for name in _GMINA_PHRASE.findall(text)]
    return frozenset(
        (level, _place_stem(name))
        for level, name in found
        if name not in _STOP and name not in _GENERIC and not _kind_word(name) and name[:4] not in _UNIT_KINDS
    )


# Adjectives a unit word takes that say its kind, not its name ("gmina wiejska", "gminy miejskiej").
_UNIT_KINDS = _words("wiej miej")


# A powiat's office and the seat it names ("przy Starostwie Powiatowym w Jaworze", "PCPR w Kole"): the body that
# place implies is the powiat, not the town nor another place of that stem (Jaworzno).
_COUNTY_OFFICE_SEAT = re.compile(
    rf"\b(?:[Ss]tarostw\w*(?:\s+[Pp]owiatow\w*)?|PCPR|[Pp]owiatow\w+\s+[Cc]entr\w*(?:\s+\w+){{0,3}}?)\s+we?\s+"
    rf"({_CAPITAL}(?:\s+{_CAPITAL})*)"
)


def title_bodies(title: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The bodies a title implies, for a record that names none, with the level it says: the places it names
    ("GOK w Popielowie") and a powiat or gmina it names ("dla szkół powiatu tomaszowskiego")."""
    county_seats = {
        frozenset(_place_stem(w) for w in _WORD.findall(fold(name))) for name in _COUNTY_OFFICE_SEAT.findall(title)
    }
    found: list[tuple[frozenset[str], frozenset[str]]] = [
        (place, frozenset({"powiat"}) if place in county_seats else frozenset()) for place in title_places(title)
    ]
    for level, stem in sorted(named_units(title)):
        found.append((frozenset({stem}), frozenset({"powiat"} if level == "powiat" else {"gmina", "miasto"})))
    return tuple(found)


_NUMBERED = re.compile(r"\bnr\.?\s*(\d{1,3})\b")
# A plot of land by its register number ("dz. nr 195", "działka nr 1021", "na działkach nr 659, 327 i 353", "dz. ew.
# 12/4"), in a folded title: where an investment is, as a village is.
_PLOTS = re.compile(
    r"\b(?:dz|dzialk[a-z]*|dzialce)\b\.?\s*(?:(?:ew|ewid|ewidencyjn[a-z]*)\b\.?\s*)?(?:nr\b\.?\s*)?"
    r"(\d+(?:/\d+)?(?![\d/]|\.\d)(?:\s*(?:,|\bi\b|\boraz\b)\s*\d+(?:/\d+)?(?![\d/]|\.\d))*)"
)
_PLOT_NUMBER = re.compile(r"\d+(?:/\d+)?")


def plots(title: str) -> frozenset[str]:
    """The plots of land a title gives by number (`_PLOTS`: "dz. nr 195" -> {"195"}, "działki nr 659, 327 i 353" ->
    {"659", "327", "353"}): two titles giving plots none of which they share are two investments."""
    folded = fold(title)
    if "dz" not in folded:
        return frozenset()
    return frozenset(number for found in _PLOTS.findall(folded) for number in _PLOT_NUMBER.findall(found))


# An ordinal before a facility's noun counts it as "nr" does ("drugi klub dziecięcy" is "Klub Dziecięcy nr 2").
_ORDINAL_FACILITY = re.compile(
    r"\b(pierwsz|drug|trzec|czwart|piat)\w*\s+(?:klub|zlob|przedszkol|oddzial|swietlic|punkt|fili)"
)


def numbered(title: str) -> frozenset[int]:
    """Numbers a title gives with "nr" ("Klub Dziecięcy nr 2", "Szkoła Podstawowa nr 3") or an ordinal before a
    facility ("drugi klub dziecięcy"): which facility."""
    folded = fold(title)
    ordinals = (_ORDINALS[stem] for stem in _ORDINAL_FACILITY.findall(folded))
    return frozenset((*(int(n) for n in _NUMBERED.findall(folded)), *ordinals))


_LOCATIVE = re.compile(rf"\b[Ww]e?\s+({_CAPITAL})")


def locatives(*texts: str | None) -> frozenset[str]:
    """The place words titles and bodies' names give in the locative, folded ("Szkoła Podstawowa w Kunowej",
    "oddział w Kunowie"): `_locatives_differ` reads two places of one short stem from them."""
    found = set()
    for text in texts:
        if text and (" w" in text or " W" in text):
            for match in _LOCATIVE.finditer(text):
                folded = fold(match[1]).replace("-", " ").split()  # "w Zachorzowie-Kolonii" as "w Zachorzowie Kolonii"
                if folded and (
                    not _kind_word(folded[0]) or (folded[0] in _NA_REGIONS and _after_name(text, match.start()))
                ):
                    found.add(folded[0])  # "Szkoła Podstawowa w Mazowszu" is a village's school
    return frozenset(found)


def _locatives_differ(a: _Facts, b: _Facts) -> bool:
    """Both give a place of one short stem in the locative, in two forms: two places ("w Kunowej", Kunowa, a
    village / "w Kunowie", Kunów, a town; "w Nowej Wsi" / "w Nowym Targu"): one place's locative is one word.
    Only stems that name a body or a title's place count (a body's "w Kunowej" against a title's "w Kunowie")."""
    if not a.locatives or not b.locatives:
        return False
    return any(not a.locatives[stem] & b.locatives[stem] for stem in a.locatives.keys() & b.locatives.keys())


def _locative_forms(found: frozenset[str], named: frozenset[str]) -> Mapping[str, frozenset[str]]:
    """The locative forms (`locatives`) of each place stem that names a body or a title's place."""
    forms: dict[str, set[str]] = defaultdict(set)
    for word in found:
        if (stem := _place_stem(word)) in named:
            forms[stem].add(word)
    return {stem: frozenset(words) for stem, words in forms.items()}


def _place_unmatched(a: _Facts, b: _Facts) -> bool:
    """One title names a place no word of the other title begins like (the gmina's other village's club), nor the
    other record's body holds as its seat ("pracownia w Jeleniej Górze" / "Muzeum Karkonoskie w Jeleniej Górze")."""

    def lacks(x: _Facts, y: _Facts) -> bool:
        return any(not place & y.heads and not any(place <= org for org in y.orgs) for place in x.villages)

    return lacks(a, b) or lacks(b, a)


def _places_differ(a: frozenset[frozenset[str]], b: frozenset[frozenset[str]]) -> bool:
    """Both titles name places and none of one is a part of one of the other ("Lewinie" of "Lewinie Brzeskim")."""
    return bool(a and b) and not any(x <= y or y <= x for x in a for y in b)


def quoted_names(title: str, least: int = 3) -> frozenset[str]:
    """Names a title quotes ("Projekt „Razem dla seniora na wsi”"), folded, with at least three content words
    (two, as in „Stop krzywdzeniu”, name one body's yearly editions too: `least=2` only beside one body)."""
    return frozenset(
        " ".join(_WORD.findall(fold(name))) for name in _QUOTED.findall(title) if len(title_stems(name)) >= least
    )


def org_key(name: str | None) -> frozenset[str]:
    """Which body an organisation name points at: its non-generic words (`org_words`, mostly the place), short
    stems."""
    return frozenset(_place_stem(w) for w in org_words(name))


def org_words(name: str | None) -> frozenset[str]:
    """The whole words of an organisation name that say which body (`org_key` cuts them to stems: "wielbark" for
    "Gmina Wielbark"), to tell two places of one stem apart (`_inflected`). A yearly programme's facility named by
    the programme alone ("Klub Senior+", "Dzienny Dom Senior+") names no particular body: none (its gmina's body and
    another gmina's are both possible)."""
    if not name:
        return frozenset()
    unnamed = _SP_ZOZ.sub("", _without_yearly(name))
    words = [w for w in _WORD.findall(_PATRON.sub(" ", unnamed)) if w not in _STOP]
    specific = [w for w in words if w not in _ORG_WORDS and w not in _AUTHORITY_WORDS and w not in _HEALTH_FORM_WORDS]
    if unnamed != fold(name) and all(w in _FACILITY_WORDS for w in specific):
        return frozenset()
    if any(w.startswith("sportow") for w in specific):  # a sports club: its kind words say no name
        specific = [w for w in specific if w not in _CLUB_FORM_WORDS] or specific
    return frozenset(specific or words)


_ORG_QUOTED = re.compile(r"[„\"“«]([^„”\"“«»]{2,80})[”\"»]")
# Quotes typed as two commas, two apostrophes or two single quotes (",,Zaczarowany Domek''", "‘’CIEPŁO I SERCE ‘’"):
# the typographic quotes they stand for.
_TYPED_QUOTES = re.compile(r",,|''|[‘’‚`]{2}")


def org_quoted(name: str | None) -> frozenset[str]:
    """The proper name an organisation's name quotes (UKS „Długosz”, Stowarzyszenie „Razem”, Przedszkole
    ,,Zaczarowany Domek''), folded: two bodies of one town and one kind are told apart by it."""
    typed = _TYPED_QUOTES.sub('"', name or "")
    return frozenset(" ".join(_WORD.findall(fold(found))) for found in _ORG_QUOTED.findall(typed))


def org_kind_names(name: str | None) -> frozenset[tuple[str, str]]:
    """A body's name as a kind word and its qualifier, both capitalised ("Muzeum Karkonoskie w Jeleniej Górze" ->
    {("muzeu", "kar")}), as `title_names` reads a headline but also in a name written in title case, which a body's
    name always is: two museums of one city ("Muzeum Karkonoskie" / "Muzeum Przyrodnicze") share their seat, not
    their name. A body's kind words ("Gminny Ośrodek", "Centrum Kultury") are skipped there."""
    found = set()
    for kind, which in _NAME_PAIR.findall(name or ""):
        x, y = fold(kind), fold(which)
        stem = _stem(x)
        if {x, y} & (_STOP | _GENERIC | _OFFICE_WORDS | _ORG_WORDS) or stem in _GENERIC_STEMS or stem in _STOCK_STEMS:
            continue
        found.add((stem, _place_stem(y)))
    return frozenset(found)


def _kinds_named_apart(x: frozenset[tuple[str, str]], y: frozenset[tuple[str, str]], wx: str, wy: str) -> bool:
    """Two bodies of one kind with two names: a kind word both names give with a qualifier the other name has no
    word like (`org_kind_names`; "Muzeum Karkonoskie" / "Muzeum Przyrodnicze", not "Muzeum Narodowe" / "Muzeum
    Narodowe – Oddział Czartoryskich")."""
    if not x or not y:
        return False
    heads_x = frozenset(map(_place_stem, _WORD.findall(fold(wx))))
    heads_y = frozenset(map(_place_stem, _WORD.findall(fold(wy))))
    return any(
        kind == other_kind and which not in heads_y and other not in heads_x
        for kind, which in x
        for other_kind, other in y
    )


# A body's name written by its initials, in capitals ("ZGDW", "LKS „Strumień”", "WTZ w Skierniewicach").
_ACRONYM_WORD = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ]{3,6}\b")
_MAX_RUN = 6


@lru_cache(maxsize=4096)
def org_acronyms(name: str | None) -> frozenset[str]:
    """The acronyms a body's name is written with, folded ("ZGDW", "LKS „Strumień”" -> {"lks"})."""
    return frozenset(fold(word) for word in _ACRONYM_WORD.findall(name or ""))


@lru_cache(maxsize=4096)
def org_initials(name: str | None) -> Mapping[str, frozenset[str]]:
    """The initials of each run of two to six words of a body's name (stop words aside) with the key stems
    (`org_key`) those words give: "Związek Gmin Dorzecza Wisłoki" spells out "ZGDW" ({zwi, gmi, dor, wis}), "Ludowy
    Klub Sportowy „Strumień”" "LKS", "Miejski Dom Kultury" "MDK" (kind words only: no stem). Those words are then
    the other name's acronym (`org_acronyms`, `_spelt_out`); read only beside a name written with one."""
    if not name:
        return {}
    key_words = org_words(name)
    # "na rzecz" is one preposition, which initials skip as they skip "na" ("Polskie Stowarzyszenie na rzecz Osób z
    # Niepełnosprawnością Intelektualną" is PSONI)
    folded = _PATRON.sub(" ", fold(name)).replace(" na rzecz ", " na ")
    words = [w for w in _WORD.findall(folded) if w not in _STOP and not w.isdigit()]
    runs: dict[str, set[str]] = {}
    for start in range(len(words)):
        for end in range(start + 2, min(start + _MAX_RUN, len(words)) + 1):
            run = words[start:end]
            runs.setdefault("".join(w[0] for w in run), set()).update(_place_stem(w) for w in run if w in key_words)
    return {initials: frozenset(stems) for initials, stems in runs.items()}


def _spelt_out(key: frozenset[str], acronyms: frozenset[str], initials: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """A body's key stems with the words that spell out an acronym the other name is written with (`org_acronyms`)
    taken as that acronym: beside "ZGDW", "Związek Gmin Dorzecza Wisłoki" is {zgd}; beside "UKS Długosz",
    "Uczniowski Klub Sportowy „Jedynka”" is {uks, jed}, one kind of club and two names, not three shared words."""
    for word in acronyms:
        if word in initials:
            key = key - initials[word] | {_place_stem(word)}
    return key


_PLACE_ADJECTIVE = re.compile(r"(?:s|c|dz)k(?:i|a|ie|iego|iej|im|ich|iemu|imi)$")  # "moniecki": of Mońki
# What a place's name adds at its end as it inflects, folded ("Wołów" / "Wołowa", "Wołowie", "Wołowem"; "Biskupi" /
# "Biskupim"), a softened last consonant too ("Starogard" / "Starogardzie", "Jawor" / "Jaworze").
_CASE_ENDINGS = _words("a u e y i o m ie iu ia ii ji ze zie cie ow owi em om ach ami mi ej ego emu ym im ich ych")


def _inflected(left: str, right: str) -> bool:
    """Two words that may be one name inflected: Polish inflects at the end, so all but the shorter word's last
    three letters are shared ("wielbark" / "wielbarku", "kety" / "ketach", "sokolka" / "sokolce", "wsi" / "wies"),
    unlike two names of one three-letter stem ("wielbark" / "wieliczki"); a compound name inflects inside, so five
    letters shared are enough ("krasnystaw" / "krasnymstawie", "bialystok" / "bialymstoku"). A place's adjective
    ("powiat moniecki" / "w Mońkach") derives from the name and may be it."""
    if _PLACE_ADJECTIVE.search(left) or _PLACE_ADJECTIVE.search(right):
        return True
    common = next((i for i, (x, y) in enumerate(zip(left, right, strict=False)) if x != y), min(len(left), len(right)))
    if common == min(len(left), len(right)) and max(len(left), len(right)) - common > 0:
        # one word whole at the other's start: the rest is a case ending ("wielbark" / "wielbarku"), or a second
        # name that goes on ("wolow" / "wolowice", "jawor" / "jaworzno", "biala" / "bialaczow")
        return max(left, right, key=len)[common:] in _CASE_ENDINGS
    return common >= _STEM or common >= min(len(left), len(right)) - 3  # "krasnystaw" / "krasnymstawie" too


def _told_apart(x: frozenset[str], wx: frozenset[str], y: frozenset[str], wy: frozenset[str]) -> frozenset[str]:
    """The stems two bodies' keys share only as stems: every whole word of the stem on one side is no inflection of
    every one on the other (Wielbark / Wieliczki)."""
    return frozenset(
        stem
        for stem in x & y
        if (left := [w for w in wx if _place_stem(w) == stem])
        and (right := [w for w in wy if _place_stem(w) == stem])
        and not any(_inflected(u, v) for u in left for v in right)
    )


# The nouns a yearly programme's facility is called by beside the programme's name ("Klub Senior+").
_FACILITY_WORDS = _words("klub klubu klubem klubie")


_LOCATIVE_ENDINGS = ("ach", "ich", "ych", "iu", "ie", "ej", "em", "ym", "im", "u", "e", "i")
_SOFTENED = ("dz", "rz", "sz", "cz", "zi", "ci", "ni", "si")  # "Pradze" / "Praga", "Górze" / "Góra"


def org_place_forms(name: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The place words of a body's name (folded), split into those given after "w"/"we", in the locative ("OSP
    w Mieroszynie"), and the others ("OSP Mieroszów", "Gminie Dobre"): `_body_places_differ` reads one
    place or two from them."""
    if not name:
        return frozenset(), frozenset()
    words = _WORD.findall(_PATRON.sub(" ", fold(name)))
    located: set[str] = set()
    other: set[str] = set()
    for before, word in zip(["", *words], words, strict=False):
        if len(word) < 3 or word in _STOP or word in _ORG_WORDS or word in _AUTHORITY_WORDS or word.isdigit():
            continue
        (located if before in ("w", "we") else other).add(word)
    return frozenset(located), frozenset(other)


def locative_fits(locative: str, word: str) -> bool:
    """Whether a locative ("mieroszynie", "pradze", "kunowie") can be a case form of the place a word names
    in another case ("mieroszyno", "praga", "kunow"): the locative less its ending, and less a softened last
    consonant, begins the word. "Mieroszynie" is not Mieroszów ("mieroszy" / "mieroszow")."""
    if _IRREGULAR_PLACES.get(locative) == _place_stem(word):
        return True  # "Wsi" / "Wieś"
    forms = [locative]
    for adjective in ("ym", "im", "ej"):  # one word of an adjective and a noun: "Krasnymstawie" / "Krasnystaw"
        inner = locative.find(adjective, 3)
        if 0 < inner < len(locative) - 4:
            forms.append(locative[:inner] + adjective[0].replace("e", "a") + locative[inner + 2 :])
    return any(word.startswith(_locative_stem(form)) for form in forms)


def _locative_stem(locative: str) -> str:
    stem = locative
    for ending in _LOCATIVE_ENDINGS:
        if locative.endswith(ending) and len(locative) - len(ending) >= 3:
            stem = locative[: -len(ending)]
            break
    return stem[:-2] if stem.endswith(_SOFTENED) and len(stem) > 4 else stem[:-1]


def _body_places_differ(a: _Facts, b: _Facts) -> bool:
    """One body's name gives a place in the locative ("Ochotnicza Straż Pożarna w Mieroszynie") and the
    other's gives a place of that short stem only in another case ("OSP Mieroszów"), which the locative
    cannot be a form of: two places, so two bodies (the three-letter stems agreed). A powiat both name (`org_powiats`)
    is one body however its name and its seat's are spelt ("Powiat Lubelski" / "Starostwo Powiatowe w Lublinie")."""
    if any(x & y for x in a.powiats for y in b.powiats):
        return False

    def clash(x: _Facts, y: _Facts) -> bool:
        for locative in x.body_located:
            stem = _place_stem(locative)
            words = [word for word in y.body_other if _place_stem(word) == stem]
            if (
                words
                and not any(_place_stem(w) == stem for w in y.body_located)
                and not any(locative_fits(locative, w) for w in words)
            ):
                return True
        return False

    return clash(a, b) or clash(b, a)


_URBAN_RURAL = re.compile(r"\bmiejsko gminn|\bmiasto i gmin|\bgmina i miast|\burzad miejski\b")
_TOWN = re.compile(
    r"\b(?:miasto|miasta|miastu|miastem|miescie|miejski|miejskiego|miejska|miejskim|mops|mopr|mopsi|urzad miasta)\b"
)
_RURAL = re.compile(r"\b(?:gmina|gminy|gmine|gminie)\b")  # any case form ("dla Gminy X", "Gminę X", "Gminą X")
_COUNTY = re.compile(r"\b(?:powiat\w*|pcpr|starostwo|starostwa|zarzad drog powiatowych|zdp)\b")
_REGION = re.compile(r"\b(?:wojewodztw\w*|marszalkowsk\w*|regionaln\w*|rops|wojewodzki\w*|zdw)\b")


def org_tier(name: str | None) -> frozenset[str]:
    """Which level of local government a body's name says it belongs to: "gmina" (rural: Gminny Ośrodek,
    GOPS, Gmina Wiejska), "miasto" (Miasto X, Gmina Miejska X, Miejski Ośrodek, MOPS), both for an urban-rural
    gmina or a plain "Gmina X" (Miasto i Gmina X, Urząd Miejski), "powiat", "region"; empty when the name
    does not say (a school, an NGO, "OPS").
    Gminny and Miejski Ośrodek Pomocy Społecznej w Krasnymstawie are two bodies of one town's name."""
    if not name:
        return frozenset()
    text = " ".join(_WORD.findall(fold(name)))
    if _REGION.search(text):
        return frozenset({"region"})
    if _COUNTY.search(text):
        return frozenset({"powiat"})
    if _URBAN_RURAL.search(text):
        return frozenset({"gmina", "miasto"})
    if _TOWN.search(text):
        return frozenset({"miasto"})
    if re.search(r"\b(?:gminny|gminnego|gminna|gops|wiejska|urzad gminy)\b", text):
        return frozenset({"gmina"})
    if _RURAL.search(text):  # "Gmina X" alone: rural, urban-rural or a city's gmina
        gmina = org_gmina(name)
        if gmina is not None and gmina in _town_and_rural():
            return frozenset({"gmina"})  # a town and a rural gmina of one name: "Gmina Lubawa" is the rural one
        return frozenset({"gmina", "miasto"})
    return frozenset()


@lru_cache(maxsize=1)
def _town_and_rural() -> frozenset[str]:
    """Gmina names (folded) that a town and a rural gmina around it bear in one powiat (Lubawa, Krasnystaw,
    Ostróda): there "Gmina X" is the rural gmina, "Miasto X" the town."""
    kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    for code, unit in teryt_units().items():
        if code[-1] in "12":  # an urban gmina, a rural gmina
            kinds[(fold(unit.name), code[:4])].add(code[-1])
    return frozenset(name for (name, _), found in kinds.items() if found == {"1", "2"})


# The seats of the voivodeships' offices (the wojewoda's and the marshal's; two seats in kujawsko-pomorskie and
# lubuskie): a voivodeship's unit there ("Zarząd Dróg Wojewódzkich w Gdańsku") is the voivodeship's.
_VOIVODESHIP_SEATS = {
    "wroclaw": "dolnoslaskie",
    "bydgoszcz": "kujawsko pomorskie",
    "torun": "kujawsko pomorskie",
    "lublin": "lubelskie",
    "gorzow wielkopolski": "lubuskie",
    "zielona gora": "lubuskie",
    "lodz": "lodzkie",
    "krakow": "malopolskie",
    "warszawa": "mazowieckie",
    "opole": "opolskie",
    "rzeszow": "podkarpackie",
    "bialystok": "podlaskie",
    "gdansk": "pomorskie",
    "katowice": "slaskie",
    "kielce": "swietokrzyskie",
    "olsztyn": "warminsko mazurskie",
    "poznan": "wielkopolskie",
    "szczecin": "zachodniopomorskie",
}


def seat_voivodeship(name: str | None, tier: frozenset[str]) -> frozenset[str]:
    """A voivodeship-level body seated in a voivodeship's capital, as the place stems of that voivodeship
    ("Zarząd Dróg Wojewódzkich w Gdańsku" -> {"pom"}, as "Województwo Pomorskie"); empty for any other."""
    if tier != {"region"}:
        return frozenset()
    voivodeship = _VOIVODESHIP_SEATS.get(org_gmina(name) or "")
    return frozenset(_place_stem(word) for word in voivodeship.split()) if voivodeship else frozenset()


def _tiers_compatible(x: frozenset[str], y: frozenset[str]) -> bool:
    return not x or not y or bool(x & y)


_NAME_WORD = re.compile(r"[^\W\d_][\w-]*")


@lru_cache(maxsize=4096)
def org_gmina(name: str | None) -> str | None:
    """The register's gmina a body's name ends with, in the nominative ("Gminny Ośrodek Pomocy Społecznej w
    Kluczewsku" -> "Kluczewsko"), the longest ending that names one; None when none does.

    The place stems `org_key` compares are three letters (places inflect early: "Nysa" / "w Nysie"), so
    Kluczbork and Kluczewsko, or Strzelce and Strzelce Opolskie, look like one place: two names that resolve
    to different gminas are two bodies."""
    if not name:
        return None
    words = _NAME_WORD.findall(name)
    for size in (3, 2, 1):
        if len(words) >= size and all(word[:1].isupper() for word in words[-size:]):
            found = gmina_name(" ".join(words[-size:]))
            if found:
                return fold(found)
    return None


@lru_cache(maxsize=1)
def _powiat_forms() -> Mapping[str, frozenset[str]]:
    """The register's powiat adjectives in every case (`extract.places.powiat_forms`), folded, to the codes (four
    digits) of the powiats of that name (two are "nowodworski")."""
    codes: dict[str, set[str]] = defaultdict(set)
    for form, found in powiat_forms().items():
        codes[fold(form)].update(unit.code[:4] for unit in found)
    return {form: frozenset(found) for form, found in codes.items()}


@lru_cache(maxsize=1)
def _gmina_powiats() -> Mapping[str, frozenset[str]]:
    """The codes of the powiats that hold a gmina of each name (folded)."""
    codes: dict[str, set[str]] = defaultdict(set)
    for code, unit in teryt_units().items():
        if code[-1] in "123":
            codes[fold(unit.name)].add(code[:4])
    return {name: frozenset(found) for name, found in codes.items()}


_POWIAT_ADJECTIVE = re.compile(r"\bpowiat\w*\s+([a-z]+)")


@lru_cache(maxsize=4096)
def org_powiats(name: str | None, tier: frozenset[str]) -> frozenset[str]:
    """Which powiats (TERYT codes, four digits) a powiat-level body's name points at: its adjective ("Powiat
    Oleski", "Powiatu Oleśnickiego"), else the powiats holding a gmina of its seat's name ("Starostwo
    Powiatowe w Oleśnie") and, for a city with powiat rights, the rural powiat seated there ("Starostwo Powiatowe
    w Lublinie": the city and powiat lubelski, `RURAL_POWIAT_SEATS`); empty for other levels or when the name
    says none. The three-letter place stems `org_key` compares make Powiat Oleski and Powiat Oleśnicki one "ole":
    two powiats are two bodies."""
    if not name or tier != {"powiat"}:
        return frozenset()
    for adjective in _POWIAT_ADJECTIVE.findall(" ".join(_WORD.findall(fold(name)))):
        if found := _powiat_forms().get(adjective):  # "Powiat Oleski", "Powiatu Oleskiego", "Powiatem Oleskim"
            return found
    gmina = org_gmina(name)
    if not gmina:
        return frozenset()
    codes = _gmina_powiats().get(gmina, frozenset())
    if any(code[2:] >= "61" for code in codes):  # a city with powiat rights: the rural powiat seated there too
        codes |= _seated_powiats().get(gmina, frozenset())
    return codes


@lru_cache(maxsize=1)
def _seated_powiats() -> Mapping[str, frozenset[str]]:
    """`RURAL_POWIAT_SEATS` as codes: the folded city's name -> the code (four digits) of the rural powiat of that
    name in the city's voivodeship (two powiats are "krośnieński": Krosno's is podkarpackie's)."""
    units_ = teryt_units()
    cities = {(unit.name, code[:2]) for code, unit in units_.items() if code[-1] == "1" and code[2:4] >= "61"}
    found: dict[str, set[str]] = defaultdict(set)
    for code, unit in units_.items():
        if code.endswith("000") and unit.kind == "powiat":
            for city, powiat in RURAL_POWIAT_SEATS.items():
                if unit.name == powiat and (city, code[:2]) in cities:
                    found[fold(city)].add(code[:4])
    return {city: frozenset(codes) for city, codes in found.items()}


@lru_cache(maxsize=1)
def _homonyms() -> frozenset[str]:
    """Gmina names (folded) that gminas of two powiats and more bear (Dąbie, Dobra, Dąbrowa): such a name
    alone does not say which body it is. A town and the rural gmina of its name share a powiat."""
    return frozenset(name for name, codes in _gmina_powiats().items() if len(codes) > 1)


def _homonymous(fact: _Facts) -> bool:
    """Every body the record names is a gmina (or its OPS) whose name several gminas bear."""
    return bool(fact.gminas) and all(gmina in _homonyms() for gmina in fact.gminas if gmina) and any(fact.gminas)


def _one_gmina_told(a: _Facts, b: _Facts) -> bool:
    """Nothing says two gminas of one name: one site, a gmina name only one gmina bears, or a place both titles
    name (a body's words alone cannot tell Gmina Dąbrowa from Gmina Dąbrowa on two sites)."""
    return a.site == b.site or not (_homonymous(a) and _homonymous(b)) or _shared_place(a, b)


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the rule compares, computed once per record (slotted, its empty sets shared: a record's facts hold about
    forty sets, most of them empty, and 50,000 records' facts took 0.7 GB before)."""

    id: str
    order: tuple[date, str]
    site: str
    published: date | None
    contract: str | None
    stems: frozenset[str]
    content: frozenset[str]
    own: frozenset[str]  # the content words less a yearly programme's name, which every edition repeats
    head: str | None  # the first content word's stem (`title_head`)
    years: frozenset[int]
    editions: frozenset[int]
    rounds: frozenset[int]  # a fund's call round ("drugi nabór": `round_numbers`)
    programme_numerals: frozenset[int]  # a programme's own numeral ("regionami III": `programme_numerals`)
    modules: frozenset[int]
    places: frozenset[frozenset[str]]
    loose_places: frozenset[frozenset[str]]
    villages: frozenset[frozenset[str]]
    heads: frozenset[str]  # the place stems of its title's words (`_place_stem`): what a village is looked up in
    name_heads: frozenset[str]  # the place stems of its title's capitalised words but the first (`name_heads`)
    village_places: frozenset[frozenset[str]]  # its title's places less its body's own gmina (`village_places`)
    locatives: Mapping[str, frozenset[str]]  # a body's or title place's stem: its locative forms (`locatives`)
    ends: frozenset[frozenset[str]]  # a road section's ends the title gives (`section_ends`)
    streets: frozenset[frozenset[str]]  # the streets the title names ("ul. Szafera i Dzierżonia": `streets`)
    road: bool  # its title names a road, its section or its surface (`project_objects.names_a_road`)
    roads: frozenset[str]  # the levels of the roads the title names (`project_objects.road_classes`)
    road_numbers: frozenset[str]  # the public roads' numbers it gives ("nr 1602P": `road_numbers`)
    title_bodies: tuple[tuple[frozenset[str], frozenset[str]], ...]  # when the record names no body
    units: frozenset[tuple[str, str]]  # gminas and powiats its title and bodies name by a unit word (`named_units`)
    numbered: frozenset[int]
    plots: frozenset[str]  # the plots of land it gives by number (`plots`)
    names: frozenset[tuple[str, str]]  # its proper names as a kind word and its qualifier (`title_names`)
    quoted: frozenset[str]
    short_quoted: frozenset[str]
    folded_title: str
    orgs: tuple[frozenset[str], ...]
    org_words: tuple[frozenset[str], ...]  # per organisation: the whole words its key cuts to stems (`org_words`)
    org_quoted: tuple[frozenset[str], ...]  # per organisation: the proper name it quotes (`org_quoted`)
    org_acronyms: tuple[frozenset[str], ...]  # per organisation: the acronyms its name is written with
    org_names: tuple[str, ...]  # per organisation: its name (`org_initials` reads it beside an acronym)
    org_kinds: tuple[
        frozenset[tuple[str, str]], ...
    ]  # per organisation: its kind word and qualifier (`org_kind_names`)
    tiers: tuple[frozenset[str], ...]
    gminas: tuple[str | None, ...]  # per organisation: the gmina its name ends with (`org_gmina`)
    powiats: tuple[frozenset[str], ...]  # per organisation: the powiats a powiat-level name points at (`org_powiats`)
    body_located: frozenset[str]  # its bodies' place words given in the locative (`org_place_forms`)
    body_other: frozenset[str]  # its bodies' place words given in another case
    title_sums: frozenset[Decimal]
    amounts: Mapping[str, frozenset[Decimal]]
    start: date | None
    end: date | None
    programme: str | None
    call: bool  # the programme is one call a body enters once an edition (`one_call`), not a fund of many
    programmes: frozenset[str]  # canonical programmes the programme field names, else the title (`named_programmes`)
    field_programmes: frozenset[str]  # those the programme field names
    yearly: str | None  # the yearly national programme (`yearly_programme`)
    topics: frozenset[str]  # the yearly programmes whose subject the title names (`programme_topics`)
    year_of_edition: int | None  # the edition year it would be of a yearly programme (`edition_year`)
    builds: bool  # its title names a building or equipping part ("stołówka", "utworzenie"), maybe beside another
    amends: bool  # its title announces a changed sum ("Aneks do umowy – zwiększenie środków"): `amends`
    tender: bool  # its title calls for bids ("Przetarg: …", "Zapytanie ofertowe"): `tenders`
    when: tuple[date, date] | None  # when it speaks of its project (`record_time`): the day, else a period
    settles: bool  # its title reports a settled or tendered sum ("Odbiór", "Rozliczenie", "Przetarg"): `settles`
    edition_year: int | None  # its edition's year (`edition_year`), None when not yearly
    module: Literal["building", "running", None]
    objects: frozenset[str]  # the classes of what the title builds (`project_objects.objects`)
    works: frozenset[str]  # the kinds of works it names (`project_objects.works`)
    groups: frozenset[str]  # whom it is for (`project_objects.groups`)
    specific: frozenset[Decimal]  # its specific sums to the złoty (`_specific`), for `_exact_sum`
    precise: frozenset[Decimal]  # its sums of five significant digits and more, for `_precise_sum`
    stock: frozenset[str]  # stems that say which kind of record, not which project (`stock_words`)

    def __post_init__(self) -> None:
        for name in self.__slots__:
            value = getattr(self, name)
            if type(value) is frozenset and not value:
                object.__setattr__(self, name, _EMPTY)  # one empty set for all (CPython makes a new one each time)
            elif type(value) is tuple and any(type(item) is frozenset and not item for item in value):
                object.__setattr__(self, name, tuple(_EMPTY if type(i) is frozenset and not i else i for i in value))


_EMPTY: frozenset[Any] = frozenset()


# A powiat named in brackets after a body's name says where the body lies, not a second body: "Gmina Brzeziny
# (powiat kaliski)", "Gmina Świdnica (pow. zielonogórski)".
_LOCATED_IN = re.compile(r"\s*\((?:powiat|pow\.)\s+([^()]+)\)\s*$", re.IGNORECASE)


def located_in(name: str) -> tuple[str, frozenset[str]]:
    """A body's name without a bracketed powiat (`_LOCATED_IN`) and the powiats (TERYT codes) that one names."""
    match = _LOCATED_IN.search(name)
    if match is None:
        return name, frozenset()
    adjective = " ".join(_WORD.findall(fold(match[1])))
    return name[: match.start()], _powiat_forms().get(adjective, frozenset())


def _facts(record: Record) -> _Facts:
    bodies = [org for org in (record.beneficiary, record.implementer) if org is not None]
    names = [org.name_expanded or org.name for org in bodies]
    located = [located_in(name) for name in names]  # each name without a bracketed powiat, and that powiat
    named = [
        (key | seat_voivodeship(name, tier), tier, org_gmina(name), org_powiats(name, tier) or lies_in, name)
        for name, lies_in in located
        for key, tier in ((org_key(name), org_tier(name)),)
        if key
    ]
    orgs = tuple(key for key, _, _, _, _ in named)
    body_forms = [org_place_forms(core) for core, _ in located]
    title_units = named_units(record.title)
    places = title_places(record.title, orgs)
    loose = loose_places(record.title, orgs)
    stems = title_stems(record.title)
    named_places = frozenset().union(*orgs, *places)
    amounts: dict[str, set[Decimal]] = defaultdict(set)
    for amount in record.amounts:
        if amount.kind in _AMOUNT_KINDS and amount.currency == "PLN":
            amounts[amount.kind].add(amount.value)
    period = record.period
    start, end = (period.start, period.end) if period else (None, None)
    field_programmes = _field_programmes(record.funding.programme)
    yearly = yearly_programme(record.title, record.funding.programme) or next(
        (key for key in sorted(field_programmes) if key in _YEARLY_NAMES), None
    )  # a yearly programme's acronym in the field ("AOON") names it too
    years = title_years(record.title, spans=not (yearly or named_programmes(record.title)))
    year_of_edition = edition_year(years, start, end, record.published)
    # a club's kind words say no project either, though they are no longer its key ("Uczniowski Klub Sportowy"),
    # compared as the title's words are (`_stem`), not by a place's three letters: "uczniami", "spotkanie" stay
    club_words = frozenset(_stem(w) for name in names for w in _WORD.findall(fold(name)) if w in _CLUB_FORM_WORDS)
    content = frozenset(stem for stem in stems if _place_stem(stem) not in named_places and stem not in club_words)
    content -= _kind_stems(record)
    folded_title = " ".join(_WORD.findall(fold(record.title)))
    every_sum = [v for values in amounts.values() for v in values]
    return _Facts(
        id=record.id,
        order=(record.published or record.first_seen, record.id),
        site=record.site,
        published=record.published,
        contract=normalise_contract(record.contract_number),
        stems=stems,
        content=content,
        own=content - _programme_stems(yearly),
        head=title_head(record.title),
        years=years,
        editions=edition_numbers(record.title) - round_numbers(record.title),
        rounds=round_numbers(record.title, record.funding.programme),
        programme_numerals=programme_numerals(record.title),
        modules=module_numbers(record.title),
        places=places,
        loose_places=loose,
        villages=villages(record.title, orgs, loose) - _unit_places(title_units, orgs),
        heads=frozenset(map(_place_stem, folded_title.split())),
        name_heads=name_heads(record.title),
        village_places=village_places(
            places | localities(record.title),
            orgs,
            title_units,
            folded_title,
            frozenset(map(_place_stem, locatives(record.title))),
        ),
        locatives=_locative_forms(locatives(record.title, *names), frozenset().union(*orgs, *places)),
        roads=road_classes(folded_title),
        road_numbers=road_numbers(record.title),
        ends=section_ends(record.title),
        streets=streets(record.title),
        road=names_a_road(folded_title),
        title_bodies=() if orgs else title_bodies(record.title),
        units=title_units.union(*(named_units(name) for name in names)),
        numbered=numbered(record.title),
        plots=plots(record.title),
        names=title_names(record.title),
        quoted=_project_names(quoted_names(record.title), record.funding.programme),
        short_quoted=_project_names(quoted_names(record.title, 2), record.funding.programme),
        folded_title=folded_title,
        orgs=orgs,
        org_words=tuple(org_words(name) for *_, name in named),
        org_quoted=tuple(org_quoted(name) for *_, name in named),
        org_acronyms=tuple(org_acronyms(name) for *_, name in named),
        org_names=tuple(name for *_, name in named),
        org_kinds=tuple(org_kind_names(name) for *_, name in named),
        tiers=tuple(tier for _, tier, _, _, _ in named),
        gminas=tuple(gmina for _, _, gmina, _, _ in named),
        powiats=tuple(powiats for _, _, _, powiats, _ in named),
        body_located=frozenset().union(*(forms[0] for forms in body_forms)),
        body_other=frozenset().union(*(forms[1] for forms in body_forms)),
        title_sums=title_sums(record.title),
        amounts={kind: frozenset(values) for kind, values in amounts.items()},
        start=start,
        end=end,
        programme=fold(record.funding.programme) if record.funding.programme else None,
        call=one_call(record.funding.programme),
        programmes=field_programmes or named_programmes(record.title),
        field_programmes=field_programmes,
        yearly=yearly,
        edition_year=year_of_edition if yearly else None,
        module=programme_module(record.title, record.funding.programme) if yearly else None,
        topics=programme_topics(record.title),
        year_of_edition=year_of_edition,
        builds=bool(_INFRASTRUCTURE.search(_without_yearly(record.title))),
        amends=amends(record.title),
        tender=tenders(record.title),
        settles=settles(record.title),
        when=record_time(record.published, start, end, years),
        objects=objects(" ".join(_WORD.findall(_without_yearly(record.title)))),
        works=works(folded_title),
        groups=groups(folded_title),
        specific=frozenset(v.quantize(Decimal(1)) for v in every_sum if _specific(v)),
        precise=_precise(every_sum),
        stock=stock_words(
            tuple(
                sorted(
                    {record.funding.programme or "", yearly or "", *field_programmes, *named_programmes(record.title)}
                    - {""}
                )
            )
        ),
    )


def _unit_places(units: frozenset[tuple[str, str]], orgs: tuple[frozenset[str], ...]) -> frozenset[frozenset[str]]:
    """For a record naming no body: the gminas and powiats its title names by a unit word ("Radosny świat
    przedszkolaka w gminie Brzeziny") are the body it implies (`title_bodies`), which holds the villages, not a
    village another headline must name."""
    return frozenset() if orgs else frozenset(frozenset({stem}) for _, stem in units)


def _kind_stems(record: Record) -> frozenset[str]:
    """The stems of the words naming the kind of the record's own bodies ("Ochotnicza Straż Pożarna w Nowej Wsi":
    its headline's "OSP" says which body, not which project; a gmina's headline "dla OSP" says what for)."""
    names = (org.name_expanded or org.name for org in (record.beneficiary, record.implementer) if org is not None)
    found: set[str] = set()
    for name in names:
        words = _WORD.findall(fold(name))
        expanded = [part for w in words for part in _TITLE_ABBREVIATIONS.get(w, w).split()]
        found.update(_stem(w) for w in expanded if w in _BODY_KIND_WORDS)
    return frozenset(found)


# Kind words of a body whose headlines repeat them: a fire brigade's.
_BODY_KIND_WORDS = _words("ochotnicza ochotniczej straz strazy pozarna pozarnej")


# A headline announcing that a project's sum changed: an annex to its contract, more or less money for it.
_AMENDS = re.compile(
    r"\baneks\w*|\b(?:zwiekszen|zmniejszen|zmian)\w* (?:\w+ ){0,2}(?:srodk|kwot|dotac|dofinansowan|wartosc)"
)


# A headline reporting what a project came to: its acceptance, settlement, closing report or summary, or tender,
# A headline reporting what was spent: "Sprawozdanie z realizacji", "Rozliczenie dotacji", "Odbiór robót",
# "Podsumowanie projektu", "Informacja o zakończeniu projektu" (`settles` reads it and a tender, whose estimate is
# no spent sum).
_SPENT = re.compile(
    r"\b(?:odbior|rozliczen|sprawozdan|podsumowan|zakonczen\w* (?:projekt|inwestyc|budow|realizac|zadani))"
)


# A call for bids ("Przetarg: budowa drogi", "Zapytanie ofertowe – dostawa sprzętu", "… – wybór wykonawcy"): the
# works' headline in a contracting office's words, its sum an estimate, no budget's.
_TENDER = re.compile(r"\b(?:przetarg|zapytani\w* ofertow|wybor\w* wykonawc)")


def tenders(title: str) -> bool:
    """The headline calls for bids (`_TENDER`)."""
    return bool(_TENDER.search(fold(title)))


def settles(title: str) -> bool:
    """The headline reports a settled, spent or tendered sum: a sum up to 10 % off the planned one is still
    the project's (`_amounts_conflict` reads 5 % otherwise). A request for quotes or a choice of contractor
    (`tenders`) states an estimate as a tender does."""
    return bool(_SPENT.search(fold(title))) or tenders(title)


def amends(title: str) -> bool:
    """The headline announces a changed sum ("Aneks do umowy", "zwiększenie środków na asystencję",
    "zmiana kwoty dotacji"): its sum and the first one differ, and still are one project's."""
    return bool(_AMENDS.search(fold(title)))


def _project_names(quoted: frozenset[str], programme: str | None) -> frozenset[str]:
    """Quoted names less the programme's ("„Posiłek w szkole i w domu”" names every edition and module)."""
    own = {" ".join(_WORD.findall(fold(programme)))} if programme else set()
    return frozenset(name for name in quoted - own if yearly_programme(name, None) is None)


def _close(a: Decimal, b: Decimal, tolerance: Decimal) -> bool:
    return abs(a - b) <= tolerance * max(a, b, Decimal(1))


def _amounts_conflict(a: _Facts, b: _Facts) -> bool:
    """Same-kind amounts that are all more than 5% apart (10 % when one headline reports a settled or
    tendered sum: `settles`): two budgets, not two roundings of one."""
    tolerance = Decimal("0.10") if a.settles or b.settles else Decimal("0.05")
    for kind in _BUDGET_KINDS:
        left, right = a.amounts.get(kind), b.amounts.get(kind)
        if left and right and not any(_close(x, y, tolerance) for x in left for y in right):
            return True
    return False


def _amounts_agree(a: _Facts, b: _Facts) -> Literal["exact", "round", None]:
    """A sum both state (to 0.5%, any kind: one page's grant is another's EU share); "exact" when it is
    not a round thousand (a ceiling such as 300 000 zł is shared by many grants; 335 545,87 zł is not)."""
    left = [v for values in a.amounts.values() for v in values if v >= 1000]
    right = [v for values in b.amounts.values() for v in values if v >= 1000]
    matches = [x for x in left for y in right if _close(x, y, Decimal("0.005"))]
    if any(x % 1000 for x in matches):
        return "exact"
    return "round" if matches else None


# Kinds of sum one grant is stated as: an EU programme's grant is its EU share ("dofinansowanie" / "wkład UE").
_ONE_KIND = {"total_cost": ("total_cost",), "grant": ("grant", "eu_share"), "eu_share": ("eu_share", "grant")}


def _kind_pairs(a: _Facts, b: _Facts) -> Iterable[tuple[Decimal, Decimal]]:
    """Each sum of A against each sum of B of one kind (`_ONE_KIND`: a grant and an EU share are one)."""
    for kind in _BUDGET_KINDS:
        for other in _ONE_KIND[kind]:
            for x in a.amounts.get(kind, ()):
                for y in b.amounts.get(other, ()):
                    yield x, y


def _same_kind_sum(a: _Facts, b: _Facts) -> bool:
    """Both state a sum of one kind (a grant or EU share, a total cost) of 1000 zł and more within 0.5 %."""
    return any(_close(x, y, Decimal("0.005")) for x, y in _kind_pairs(a, b) if x >= 1000)


def _significant(value: Decimal) -> int:
    """How many significant digits a sum has, its grosze aside (50 000 -> 1, 1 200 000 -> 2, 96 480 -> 4)."""
    return len(str(value.quantize(Decimal(1))).rstrip("0"))


def _listed_sum(a: _Facts, b: _Facts) -> bool:
    """Both state one sum of one kind (`_same_kind_sum`) that is no standard grant: two significant digits or more
    (1 200 000 zł, 840 000 zł), or one of them written to the grosz, a list's or an agreement's figure (5 000,00 zł);
    a round 50 000 zł both ways is what many grants of a fund are."""
    return any(
        _close(x, y, Decimal("0.005"))
        and (_significant(x) >= 2 or x.as_tuple().exponent == -2 or y.as_tuple().exponent == -2)
        for x, y in _kind_pairs(a, b)
        if x >= 1000
    )


def _settled_budget(a: _Facts, b: _Facts) -> bool:
    """One headline settles (`settles`: "Rozliczenie środków", "Sprawozdanie") a sum of six significant digits and
    more the other states as the same kind (1 166 734 zł): a grant settled years after the list or the act that gave
    it for a year ("na 2020 rok") is that grant, not another (no two grants share such a sum), so the title year and
    the two-year window do not hold it apart."""
    return (a.settles or b.settles) and any(x == y and _significant(x) >= 6 for x, y in _kind_pairs(a, b))


def _precise_kind_sum(a: _Facts, b: _Facts) -> bool:
    """One states a sum of five significant digits and more (`_precise`: 187 380,03 zł) and the other a sum of that
    kind (`_ONE_KIND`) within 0.5 % of it or its rounding (187 000 zł): one grant however worded."""
    return any(
        (x in a.precise or y in b.precise) and (_close(x, y, Decimal("0.005")) or _rounding(x, y))
        for x, y in _kind_pairs(a, b)
    )


def _amounts_differ(a: _Facts, b: _Facts) -> bool:
    """Both state a sum of one kind and no two of those sums are within 0.5 % or one the other's rounding
    (`rounds_to`)."""
    for kind in _BUDGET_KINDS:
        left, right = a.amounts.get(kind), b.amounts.get(kind)
        if left and right and not any(_close(x, y, Decimal("0.005")) or _rounding(x, y) for x in left for y in right):
            return True
    return False


def rounds_to(value: Decimal, rounded: Decimal) -> bool:
    """`rounded`, a whole thousand or more ("18 tys. zł", "2,7 mln zł", "prawie 2,7 mln"), is `value` rounded
    (to the nearest or down) at its own last significant digit, and within 2.5 % of it: 18 240 zł and 18 000 zł,
    2 742 982 zł and 2 700 000 zł are one sum as a headline and a report give it, not two budgets."""
    if value == rounded or rounded < 1000 or rounded % 1000 or abs(value - rounded) > Decimal("0.025") * rounded:
        return False
    unit = Decimal(1000)
    while rounded % (unit * 10) == 0:
        unit *= 10
    if value % unit == 0:
        return False  # both round at that digit: two sums
    down = (value // unit) * unit
    return rounded in (down, down + unit) and (rounded == down or value - down >= unit / 2)


def roundings(value: Decimal) -> frozenset[Decimal]:
    """The round sums `value` is filed under for blocking: itself when it is a whole thousand, else each rounding
    of it (`rounds_to`: 18 240 -> 18 000; 2 742 982 -> 2 743 000, 2 740 000, 2 700 000)."""
    if value % 1000 == 0:
        return frozenset({value})
    found: set[Decimal] = set()
    unit = Decimal(1000)
    while unit <= value:
        down = (value // unit) * unit
        found.update(r for r in (down, down + unit) if rounds_to(value, r))
        unit *= 10
    return frozenset(found)


def _rounding(x: Decimal, y: Decimal) -> bool:
    return rounds_to(x, y) or rounds_to(y, x)


def _periods_disjoint(a: _Facts, b: _Facts) -> bool:
    if (a.start is None and a.end is None) or (b.start is None and b.end is None):
        return False
    a_start, a_end = a.start or date.min, a.end or date.max
    b_start, b_end = b.start or date.min, b.end or date.max
    return a_end < b_start or b_end < a_start


def _same_period(a: _Facts, b: _Facts) -> bool:
    """Both state the same start and end."""
    return a.start is not None and a.end is not None and (a.start, a.end) == (b.start, b.end)


def _quoted_name_in(quoted: frozenset[str], other_quoted: frozenset[str], other_words: frozenset[str]) -> bool:
    """A body's quoted proper name of two words or more standing whole in another body's name that quotes none
    ("Przedszkole Ekologiczno-Językowe „Zaczarowany Domek”" / "Zaczarowany Domek", "Przedszkolu Zaczarowany Domek"):
    the other names the body by its proper name alone, so its kind words and its seat are missing, not another."""
    if other_quoted or not other_words:
        return False
    stems = frozenset(map(_place_stem, other_words))
    return any(
        len(words := [w for w in name.split() if w not in _STOP]) >= 2 and all(_place_stem(w) in stems for w in words)
        for name in quoted
    )


def _org_pairs(a: _Facts, b: _Facts) -> list[tuple[frozenset[str], frozenset[str], bool]]:
    """Each organisation of A against each of B: their place words and whether their levels can be one (and
    their gminas, or powiats, when the names say which: `org_gmina`, `org_powiats`). Two words of one stem that
    are no inflection of each other are two words (`_told_apart`: Wielbark / Wieliczki), and two proper names
    quoted (UKS „Długosz” / UKS „Jedynka” of one town) are two bodies. Words one name spells an acronym of the
    other with are that acronym ("ZGDW" / "Związek Gmin Dorzecza Wisłoki": `_spelt_out`)."""
    found = []
    for x, wx, qx, tx, gx, px, ax, nx, kx in zip(
        a.orgs,
        a.org_words,
        a.org_quoted,
        a.tiers,
        a.gminas,
        a.powiats,
        a.org_acronyms,
        a.org_names,
        a.org_kinds,
        strict=True,
    ):
        for y, wy, qy, ty, gy, py, ay, ny, ky in zip(
            b.orgs,
            b.org_words,
            b.org_quoted,
            b.tiers,
            b.gminas,
            b.powiats,
            b.org_acronyms,
            b.org_names,
            b.org_kinds,
            strict=True,
        ):
            if ay:
                x = _spelt_out(x, ay, org_initials(nx))
            if ax:
                y = _spelt_out(y, ax, org_initials(ny))
            apart = _told_apart(x, wx, y, wy)
            left = x - apart | {f"{stem}:a" for stem in apart}
            right = y - apart | {f"{stem}:b" for stem in apart}
            compatible = (
                _tiers_compatible(tx, ty)
                and (gx is None or gy is None or gx == gy)
                and (not px or not py or bool(px & py))
                and (not qx or not qy or bool(qx & qy))
                and not _kinds_named_apart(kx, ky, nx, ny)
            )
            if _quoted_name_in(qx, qy, wy) or _quoted_name_in(qy, qx, wx):
                left = right = left | right  # "Przedszkole „Zaczarowany Domek”" / "Zaczarowany Domek": one body
            found.append((left, right, compatible))
    return found


def _orgs_agree(a: _Facts, b: _Facts) -> bool:
    """One body: the same place words, and no two bodies of one place on different levels (Gminny and Miejski
    Ośrodek in one town, a powiat and a gmina of one name)."""
    pairs = _org_pairs(a, b)
    if any(x & y and not compatible for x, y, compatible in pairs):
        return False
    return any(len(x & y) / len(x | y) >= 0.5 for x, y, _ in pairs)


def _orgs_differ(a: _Facts, b: _Facts) -> bool:
    """Both name bodies and no two share a place word on one level: the same programme in two gminas, or in
    a rural gmina and the town of its name (Gminny / Miejski Ośrodek Pomocy Społecznej w Krasnymstawie)."""
    pairs = _org_pairs(a, b)
    if any(x & y and not compatible for x, y, compatible in pairs):
        return True  # a clear clash of kinds (MOPS / GOPS of one town) outweighs a vaguer name that agrees
    return bool(a.orgs and b.orgs) and not any(x & y and compatible for x, y, compatible in pairs)


def _title_year_elsewhere(a: _Facts, b: _Facts) -> bool:
    """A's title names its years and B's period lies outside them, or B was published over a year after the
    last of them or before the year preceding the first ("edycja 2022" against a 2024 news item)."""
    if not a.years:
        return False
    if b.start or b.end:
        # a period open at one end ("do 31 grudnia 2022", "od 1 kwietnia 2011") bounds the years on that side only
        first = b.start.year if b.start else min(a.years)
        last = b.end.year if b.end else max(a.years)
        if not any(first <= year <= last for year in a.years):
            return True
    if b.published is not None and not b.years:
        return b.published.year > max(a.years) + 1 or b.published.year < min(a.years) - 1
    return False


def vetoed(a: _Facts, b: _Facts) -> bool:
    """Rule 2: evidence that two records are not one project, whatever else agrees."""
    if a.contract and b.contract:
        return a.contract != b.contract
    if a.years and b.years and not a.years & b.years:
        return True
    return bool(
        ((_title_year_elsewhere(a, b) or _title_year_elsewhere(b, a)) and not _settled_budget(a, b))
        or (
            a.title_sums
            and b.title_sums
            and not any(_close(x, y, Decimal("0.15")) for x in a.title_sums for y in b.title_sums)
        )
        or _editions_apart(a, b)
        or (a.programme_numerals and b.programme_numerals and a.programme_numerals != b.programme_numerals)
        or (a.rounds and b.rounds and a.rounds != b.rounds)
        or (a.modules and b.modules and a.modules != b.modules)
        or _places_differ(a.village_places, b.village_places)
        or _units_differ(a, b)
        or _periods_disjoint(a, b)
        or (_amounts_conflict(a, b) and not (a.amends or b.amends))
        or _programmes_differ(a, b)
        or _orgs_differ(a, b)
        or _editions_of_programme_differ(a, b)
        or (a.objects & b.objects and works_differ(a.works, b.works))
        or (a.roads and b.roads and not a.roads & b.roads)
        or _locatives_differ(a, b)
        or _body_places_differ(a, b)
        or _sections_differ(a, b)
        or bool(a.road_numbers and b.road_numbers and not a.road_numbers & b.road_numbers)
        or bool(a.plots and b.plots and not a.plots & b.plots)
        or _streets_differ(a, b)
    )


def village_places(
    places: frozenset[frozenset[str]],
    orgs: Iterable[frozenset[str]],
    title_units: frozenset[tuple[str, str]],
    folded_title: str,
    located: frozenset[str] = frozenset(),
) -> frozenset[frozenset[str]]:
    """The places a title names less its body's own gmina named by a unit word or as the money's recipient
    ("przebudowa dróg w gminie Ryglice", "851 tys. zł dla Kościeliska" name no village: the gmina holds the
    villages another headline names). A place the title gives after a bare "w" (`located`: the stems of its
    `locatives`) is where the works are, the gmina's seat, even when a unit word names the gmina elsewhere
    ("Gmina Dobre: boisko przy szkole w Dobrem" is the seat's school, not the village Dropie's)."""
    own = frozenset().union(*orgs)
    units = {name for _, name in title_units}
    words = folded_title.split()
    given = {_place_stem(word) for before, word in pairwise(words) if before == "dla"}
    return frozenset(
        place for place in places if not (place <= own and place & (units | given) and not place & located)
    )


def _units_differ(a: _Facts, b: _Facts) -> bool:
    """Both name a gmina (or both a powiat) by a unit word and none of one level is the other's: "OSP Nowa
    Wieś (gmina Kęty)" and "strażacy z Nowej Wsi, gmina Dobczyce" are two brigades."""
    for level in ("gmina", "powiat"):
        left = {name for kind, name in a.units if kind == level}
        right = {name for kind, name in b.units if kind == level}
        if left and right and not left & right:
            return True
    return False


def _programmes_differ(a: _Facts, b: _Facts) -> bool:
    """Both programme fields name programmes and no one: compared by the programme table's canonical names
    ("Maluch+ 2022-2029" is "Maluch+", "Program Operacyjny Wiedza Edukacja Rozwój" is "PO WER 2014-2020"), a
    programme and the fund that pays it (Program Inwestycji Strategicznych, Rządowy Fundusz Polski Ład) one;
    names the table does not know, as printed."""
    if not (a.programme and b.programme) or a.programme == b.programme:
        return False
    x, y = a.field_programmes, b.field_programmes
    if x and y:
        return not x & y and not _paid_by(x, y)
    return not (
        (not x and _words_name(a.programme, b.programme, y)) or (not y and _words_name(b.programme, a.programme, x))
    )


_NOT_NAME_WORDS = _words("program programu programie programem w ramach z ze i na lata")


@lru_cache(maxsize=4096)
def _programme_vocabulary(printed: str, known: frozenset[str]) -> frozenset[str]:
    """The words a programme is called by: those of its field as printed and of its canonical names and their
    funders, and their initials ("pwrmr", "prgipid"), all words' and the longer words'."""
    table = programme_table()
    names = [printed, *known, *(table[key].funder for key in known if key in table)]
    found: set[str] = set()
    for name in names:
        words = _WORD.findall(fold(name))
        found.update(words)
        found.add("".join(word[0] for word in words))
        found.add("".join(word[0] for word in words if len(word) > 2))
    found.update(code for code, countries in _COUNTRY_CODES.items() if countries & found)
    return frozenset(found)


# The codes a cross-border programme's short name gives its countries and regions ("Interreg PL-SK" is "Interreg V-A
# Polska – Słowacja", "PL-CZ" "Republika Czeska – Polska", "PL-SN" "Polska – Saksonia"), folded, with their names.
_COUNTRY_CODES = {
    "pl": _words("polska polski"),
    "sk": _words("slowacja slowacji"),
    "cz": _words("czeska czeskiej czechy"),
    "de": _words("niemcy niemiec"),
    "lt": _words("litwa litwy"),
    "ua": _words("ukraina ukrainy"),
    "by": _words("bialorus"),
    "ru": _words("rosja rosji"),
    "sn": _words("saksonia saksonii"),
    "bb": _words("brandenburgia brandenburgii"),
    "mv": _words("meklemburgia"),
}


def _words_name(unknown: str, printed: str, known: frozenset[str]) -> bool:
    """A programme name the table does not know ("Interreg", "PWRMR III", "PFRON", "program finansowania służb
    ratowniczych") says no other programme when every word of it but a numeral or a year is a word of the
    other's name, of its canonical name or funder, or their initials: a shorter name of that programme."""
    words = [
        word
        for word in _WORD.findall(unknown)
        if word not in _NOT_NAME_WORDS and word not in _ROMAN and not word.isdigit()
    ]
    vocabulary = _programme_vocabulary(printed, known)
    return bool(words) and all(word in vocabulary for word in words)


def _paid_by(x: frozenset[str], y: frozenset[str]) -> bool:
    """One of the programmes is the fund that pays for the other (the table's funder column), or the programme
    it is a part of (`_parts`: "Cyfrowa Gmina" is a call of POPC 2014-2020)."""
    table = programme_table()
    parts = _parts()

    def funders(keys: frozenset[str]) -> set[str]:
        return {table[key].funder for key in keys if key in table}.union(*(parts.get(key, ()) for key in keys))

    return bool(x & funders(y) or y & funders(x))


@lru_cache(maxsize=1)
def _parts() -> dict[str, frozenset[str]]:
    """Each programme of the table whose description (its source column) names another programme of the same
    period and kind, with those: the whole it is a part of or a part it holds ("Cyfrowa Gmina" and "Cyfrowy
    Powiat": calls of axis V of POPC 2014-2020; Comenius and Grundtvig of Uczenie się przez całe życie)."""
    rows = {row["programme"]: row for row in read_csv("programmes.csv")}
    kinds = Counter((row["period"], row["kind"]) for row in rows.values() if row["period"])
    found: dict[str, set[str]] = defaultdict(set)
    for name, row in rows.items():
        if kinds[(row["period"], row["kind"])] < 2:
            continue  # no other programme of its period and kind for its description to name
        for other in named_programmes(row["source"]) - {name}:
            whole = rows.get(other)
            if whole and row["period"] and (whole["period"], whole["kind"]) == (row["period"], row["kind"]):
                found[name].add(other)
                found[other].add(name)
    return {name: frozenset(others) for name, others in found.items()}


def _editions_of_programme_differ(a: _Facts, b: _Facts) -> bool:
    """One yearly programme in two edition years, or its building and running modules: two projects."""
    if not a.yearly or a.yearly != b.yearly:
        return False
    if a.edition_year and b.edition_year and a.edition_year != b.edition_year:
        return True
    return bool(a.module and b.module and a.module != b.module)


def _one_edition(a: _Facts, b: _Facts) -> bool:
    """One yearly programme's one edition, one module: the same programme and edition year, and the same part
    of it (a title that names none is the programme's running part, not a canteen's refit)."""
    kinds = {_module_kind(a), _module_kind(b)}
    unsaid = any(x.module is None and not x.modules for x in (a, b))  # a title naming no part of the programme
    return bool(
        a.yearly
        and a.yearly == b.yearly
        and a.edition_year
        and a.edition_year == b.edition_year
        and (len(kinds) == 1 or "numbered" in kinds or (unsaid and _same_kind_sum(a, b)))
        and not (a.modules and b.modules and a.modules != b.modules)
    )


def _one_edition_by_topic(a: _Facts, b: _Facts) -> bool:
    """One record names a yearly programme and the other, naming no programme, names what it pays for
    (`programme_topics`: "na ciepłe posiłki", "asystenci"), in the same edition year and part of it, within
    92 days or with one's stated period holding the other's publication (a year's report and its news)."""
    for x, y in ((a, b), (b, a)):
        if not x.yearly or y.yearly or y.programmes or x.yearly not in y.topics:
            continue
        if not x.edition_year or x.edition_year != y.year_of_edition:
            continue
        kinds = {_module_kind(x), "building" if y.builds else "running"}
        if len(kinds) > 1 and "numbered" not in kinds:
            continue
        if not (_within_days(a, b, 92) or _period_holds(x, y) or _period_holds(y, x)):
            continue
        return _nothing_apart(a, b) and not _place_unmatched(a, b)
    return False


def _period_holds(x: _Facts, y: _Facts) -> bool:
    """X states a period and Y was published within it."""
    return bool(x.start and x.end and y.published and x.start <= y.published <= x.end)


def _call_in_village(a: _Facts, b: _Facts) -> bool:
    """One record names a call (`one_call`: "Małopolska Wieś 2022", a marshal's village-hall grant), the other
    names no programme, and both titles name one village other than the bodies', within half a year: the
    call's project in that village ("pieniądze trafią do Bibic" / "Dom Ludowy w Bibicach odnowiony")."""
    return bool(
        ((a.call and not b.programmes) or (b.call and not a.programmes))
        and _shared_place(a, b)
        and _objects_fit(a, b)
        and _in_time(a, b, 183)
        and not _place_unmatched(a, b)
        and _one_gmina_told(a, b)
    )


def _one_call(a: _Facts, b: _Facts) -> bool:
    """One call (`one_call`) both records name, not a yearly national programme (`_one_edition` reads those),
    both published in one calendar year: a body's one project of that year's call."""
    return bool(
        not a.yearly
        and not b.yearly
        and a.published
        and b.published
        and a.published.year == b.published.year
        and ((a.call and a.programme == b.programme) or any(one_call(key) for key in a.programmes & b.programmes))
    )


def _works_fit(a: _Facts, b: _Facts) -> bool:
    """The titles name one class of object and one kind of works where both name any (`_objects_fit`): "Przebudowa
    drogi" / "Budowa sali gimnastycznej", "Termomodernizacja budynku" / "Modernizacja oświetlenia" are two projects
    one gmina may get one round sum for each from one fund."""
    return _objects_fit(a, b) and not (a.works and b.works and not a.works & b.works)


def _one_fund(a: _Facts, b: _Facts) -> bool:
    """One programme both name that pays many projects (an operational programme, a state fund: RFIL, RPO, PFRON's
    programmes), not a yearly programme nor a call a body enters each edition, whose grants repeat one sum yearly
    ("Dzienny Dom Senior+ – 72 tys. zł" in 2020 and in 2021): an undated page of such a call is of no edition."""
    shared = a.programmes & b.programmes
    return bool(shared) and not (a.yearly or b.yearly) and not any(one_call(key) for key in shared)


def _programme_shared(a: _Facts, b: _Facts) -> bool:
    """One programme both records name, in the programme field or the title."""
    return bool((a.programme and a.programme == b.programme) or a.programmes & b.programmes)


def _module_kind(fact: _Facts) -> str:
    """The part of a yearly programme a record names; one naming none is its running part (the meals, a club's
    year), one giving only a module's number ("moduł II") may be either."""
    return fact.module or ("numbered" if fact.modules else "running")


def _shared_places(a: _Facts, b: _Facts) -> int:
    """How many places other than the bodies' both titles name ("w Skrzydlnej" / "ze Skrzydlnej")."""
    return len({place for place in a.villages if place <= b.heads} | {p for p in b.villages if p <= a.heads})


def _done_there(a: _Facts, b: _Facts, common: frozenset[str]) -> bool:
    """A content word both titles have that is no place's word (of their villages or a road section's ends):
    what is done in the village both name ("Dowóz uczniów z Miąskowa do Murzynowa Leśnego" and "Przebudowa
    drogi Murzynowo Leśne – Miąskowo" share two villages and nothing done there), nor a body's kind word: "budynek
    OSP w Żółwinie" / "strażnica OSP w Żółwinie" share the brigade spelt out, which says where, not what is done."""
    places = frozenset().union(*a.villages, *b.villages, *a.ends, *b.ends)
    return any(_place_stem(word) not in places and word not in _BODY_STEMS for word in common)


def _shared_place(a: _Facts, b: _Facts) -> bool:
    """A place other than the bodies' that both titles name: a village says which of two gminas of one name,
    and which of a gmina's investments."""
    return _shared_places(a, b) > 0


def _implied_body(a: _Facts, b: _Facts, *, apart: bool, units: bool = False) -> bool:
    """One record names no body and its title implies the other's (`title_bodies`); `apart`: the other's title
    does not name that place itself, so the body is evidence apart from the titles; `units`: only a body the title
    names by its level ("Powiat Białobrzeski wystąpił …", "w gminie Lipsk", "przy Starostwie Powiatowym w X"). Unless
    `apart`, a site named after the other's body (`_site_of`: "jerzmanowa", Gmina Jerzmanowa) implies it too."""
    for x, y in ((a, b), (b, a)):
        if x.orgs or not y.orgs:
            continue
        for place, tier in x.title_bodies:
            if (apart and place <= y.heads) or (units and not tier):
                continue
            if any(
                len(place & org) / len(place | org) >= 0.5 and _tiers_compatible(tier, org_tier_)
                for org, org_tier_ in zip(y.orgs, y.tiers, strict=True)
            ):
                return True
        if not apart and _site_of(x.site, y):
            return True
    return False


# The words a body's site name adds to its place ("ug-jerzmanowa", "gops-wierzchoslawice", "pcpr-monki"): the level
# each says ("um" is a town's office: in a town and a rural gmina of one name, the town's), or none ("bip").
_SITE_KINDS = {
    "bip": frozenset(),
    "ug": frozenset({"gmina"}),
    "gops": frozenset({"gmina"}),
    "um": frozenset({"miasto"}),
    "mops": frozenset({"miasto"}),
    "mgops": frozenset({"gmina", "miasto"}),
    "umig": frozenset({"gmina", "miasto"}),
    "pcpr": frozenset({"powiat"}),
    "powiat": frozenset({"powiat"}),
    "starostwo": frozenset({"powiat"}),
    "ops": frozenset(),
    "gmina": frozenset({"gmina", "miasto"}),
    "miasto": frozenset({"miasto"}),
    "wojewodztwo": frozenset({"region"}),
    "rops": frozenset({"region"}),
}
# A registry id's TERYT code ("gmina-boleslawiec-0201011"): its last digit says a town's (1), a rural (2) or an
# urban-rural gmina (3), so that of two gminas of one name the site is one's.
_TERYT_KINDS = {"1": frozenset({"miasto"}), "2": frozenset({"gmina"}), "3": frozenset({"gmina", "miasto"})}


def _one_word(left: str, right: str) -> bool:
    """Two words of one name in two cases: all but the shorter one's last three letters shared, four at least
    ("wierzchoslawice" / "wierzchoslawicach"; not "piaseczno" / "piszu")."""
    common = next((i for i, (x, y) in enumerate(zip(left, right, strict=False)) if x != y), min(len(left), len(right)))
    return left == right or common >= max(4, min(len(left), len(right)) - 3)


def _site_of(site: str, fact: _Facts) -> bool:
    """A site named after a body of the other record and nothing else: beside a word saying its level (`_SITE_KINDS`,
    which must fit the body's), its name's words are the place words of the body's name, inflection aside
    ("jerzmanowa" and Gmina Jerzmanowa, "gops-wierzchoslawice" and GOPS w Wierzchosławicach), or the proper name it
    quotes ("zaczarowany-domek" and Przedszkole „Zaczarowany Domek”); a portal's word ("news-monki") or another
    kind's ("cus-trzcianka") names no body. A page there naming no body is that body's."""
    words = _WORD.findall(fold(site))
    codes = [w for w in words if w.isdigit()]
    kinds = [w for w in words if w in _SITE_KINDS]
    names = frozenset(w for w in words if w not in _SITE_KINDS and not w.isdigit())
    if not names or len(kinds) > 1 or len(codes) > 1 or any(len(code) != 7 for code in codes):
        return False
    level = _SITE_KINDS[kinds[0]] if kinds else frozenset()
    if codes and level and "gmina" in level:
        level = level & _TERYT_KINDS.get(codes[0][-1], level)
    for org, tier in zip(fact.org_words, fact.tiers, strict=True):
        if (
            org
            and len(names) == len(org)
            and all(any(_one_word(w, o) for o in org) for w in names)
            and all(any(_one_word(w, o) for w in names) for o in org)
            and _tiers_compatible(level, tier)
        ):
            return True
    return not kinds and any(names == frozenset(name.split()) - _STOP for quoted in fact.org_quoted for name in quoted)


# Two capitalised words with nothing but a space between ("Technikum Agrobiznesu", "Klub Seniora", "OSP Krzelków"):
# a proper name, its first word what kind of thing, its second which one.
_LONG_WORD = re.compile(r"\w{4,}")
_NAME_PAIR = re.compile(r"(?=\b([A-ZĄĆĘŁŃÓŚŹŻ][\w+]*)[ \t]+([A-ZĄĆĘŁŃÓŚŹŻ][\w+]*))")


def title_names(title: str) -> frozenset[tuple[str, str]]:
    """The proper names a title gives as a kind word and its qualifier, both capitalised ("Technikum Rolnicze w
    Gnieźnie" -> {("techn", "rol")}), the kind as a stem, the qualifier as a place's short stem (`_place_stem`, one
    for its case forms: "Młodynie Dolne" / "w Młodyniach Dolnych"); none from a headline in title case (three in four
    of its long words after the first capitalised), whose capitals name nothing."""
    pairs = _NAME_PAIR.findall(title)
    if not pairs:
        return frozenset()
    later = [w for w in _LONG_WORD.findall(title)[1:] if not w.isdigit()]  # the first is capitalised anyway
    if len(later) >= 4 and sum(w[0].isupper() for w in later) >= 0.75 * len(later):
        return frozenset()
    found = set()
    for kind, which in pairs:
        x, y = fold(kind), fold(which)
        stem = _SAME_STEM.get(_stem(x), _stem(x))
        if {x, y} & (_STOP | _GENERIC | _OFFICE_WORDS) or stem in _GENERIC_STEMS or stem in _STOCK_STEMS:
            continue  # "Gmina Kęty", "Budowa Sali" (works), "Ministerstwa Kultury" (an office) name no thing of a kind
        found.add((stem, _place_stem(y)))
    return frozenset(found)


def _names_differ(a: _Facts, b: _Facts) -> bool:
    """Both titles name a thing of one kind by a proper name and the names differ, no word of either title beginning
    like the other's qualifier ("pracownie Technikum Agrobiznesu" / "Technikum Rolnicze kupi ciągnik"): two things
    of one kind, as two facility numbers are."""
    return any(
        kind == other_kind and which not in b.heads and other not in a.heads
        for kind, which in a.names
        for other_kind, other in b.names
    )


def _numbers_differ(a: _Facts, b: _Facts) -> bool:
    """Two facility numbers ("Klub Dziecięcy nr 1" / "nr 2") or two proper names of one kind (`_names_differ`)."""
    return bool(a.numbered and b.numbered and a.numbered != b.numbered) or _names_differ(a, b)


def _shared(a: _Facts, b: _Facts) -> frozenset[str]:
    """The content words both titles have; none when they share only a yearly programme's name and name two
    parts of it ("Posiłek w szkole i w domu" for the meals and for a canteen's refit)."""
    if not a.own & b.own and a.yearly and a.yearly == b.yearly:
        kinds = {_module_kind(a), _module_kind(b)}
        if len(kinds) > 1 and "numbered" not in kinds:
            return frozenset()
    return a.content & b.content


def _title_similarity(a: _Facts, b: _Facts) -> float:
    """Shared stems over the shorter title's stems (one page drops words the other has)."""
    if not a.stems or not b.stems:
        return 0.0
    return len(a.stems & b.stems) / min(len(a.stems), len(b.stems))


def _quoted_in_other(a: _Facts, b: _Facts, short: bool = False) -> bool:
    """A name one title quotes stands whole in the other title ("„Razem dla seniora”" / "Razem dla seniora");
    `short`: a name of two content words will do (beside one body within a year)."""
    left, right = (a.short_quoted, b.short_quoted) if short else (a.quoted, b.quoted)
    return any(f" {name} " in f" {b.folded_title} " for name in left) or any(
        f" {name} " in f" {a.folded_title} " for name in right
    )


def _gap(a: _Facts, b: _Facts) -> int | None:
    """Days between two records' times (`_Facts.when`): 0 when they overlap, None when one has no time."""
    if a.when is None or b.when is None:
        return None
    return max(0, (b.when[0] - a.when[1]).days, (a.when[0] - b.when[1]).days)


def _within_years(a: _Facts, b: _Facts, years: int) -> bool:
    gap = _gap(a, b)
    return gap is not None and gap <= 366 * years


def _within_days(a: _Facts, b: _Facts, days: int) -> bool:
    gap = _gap(a, b)
    return gap is not None and gap <= days


def _in_time(a: _Facts, b: _Facts, days: int) -> bool:
    """Nothing in the dates or numbers tells two projects apart: their times (`_Facts.when`: the publication day,
    else a stated period or the title's years) within `days`, and `_nothing_apart`."""
    return _within_days(a, b, days) and _nothing_apart(a, b)


def _nothing_apart(a: _Facts, b: _Facts) -> bool:
    """Each published in a year the other's title names or in none (`_years_fit`, both ways), and no two facility
    numbers (`_numbers_differ`)."""
    return _years_fit(a, b) and _years_fit(b, a) and not _numbers_differ(a, b)


def record_time(
    published: date | None, start: date | None, end: date | None, years: frozenset[int]
) -> tuple[date, date] | None:
    """When a record speaks of its project: its publication day; for a page with no date (a project's standing
    page), its stated period, else the years its title names; None when it says none of these."""
    if published is not None:
        return published, published
    if start or end:
        first, last = start or end, end or start
        assert first is not None and last is not None
        return first, last
    if years:
        return date(min(years), 1, 1), date(max(years), 12, 31)
    return None


def _within_a_year(a: _Facts, b: _Facts) -> bool:
    return _within_years(a, b, 1)


def _same_year(a: _Facts, b: _Facts) -> bool:
    """Published in one calendar year, and a stated period holds the other's publication: one yearly edition."""
    if a.published is None or b.published is None or a.published.year != b.published.year:
        return False
    return all(
        (x.start is None or x.start <= y.published) and (x.end is None or y.published <= x.end)
        for x, y in ((a, b), (b, a))
        if y.published is not None
    )


def _years_fit(a: _Facts, b: _Facts) -> bool:
    """B, with no title year of its own, was published in a year A's title names (or A's title names none), or
    in the January after A's last title year (a report sums up the year before): "Kulisy kultury 2024" is not the
    2023 grant of the same centre announced eleven months before."""
    if not a.years or b.years or b.published is None or b.published.year in a.years:
        return True
    return b.published.year == max(a.years) + 1 and b.published.month == 1  # January sums up the year before


def _specific(value: Decimal) -> bool:
    """A sum with three significant digits or more (468 000, 96 480, 642 736,57): one budget's figure. One
    or two (85 000, 300 000, 1 500 000) is a ceiling or a standard grant many bodies share."""
    digits = str(value.quantize(Decimal(1))).rstrip("0")
    return value >= 1000 and len(digits) >= 3


def _precise_sum(a: _Facts, b: _Facts) -> bool:
    """A sum both state with five significant digits or more, grosze included (41 811,50 zł, 140 005 zł,
    1 622 949,12 zł): no two budgets share one by chance."""

    return bool(a.precise & b.precise)


def _precise(values: Iterable[Decimal]) -> frozenset[Decimal]:
    """The sums of five significant digits and more (`_precise_sum`)."""
    return frozenset(
        v for v in values if v >= 1000 and len(format(v.normalize(), "f").replace(".", "").rstrip("0")) >= 5
    )


def _exact_sum(a: _Facts, b: _Facts) -> bool:
    """A specific sum (`_specific`) both state to the złoty (any kind: one page's grant is another's EU share)."""
    return bool(a.specific & b.specific)


def _near_identical(a: _Facts, b: _Facts) -> bool:
    """Titles that say the same thing, not just share stems: the same stems (two or more); at least three
    shared making up 80 % of each title; one title's stems all in the other (three or more, or two and the
    same title year); or a project name one quotes standing whole in the other."""
    shared = _shared(a, b)
    shorter = min(len(a.content), len(b.content))
    if len(shared) >= 2 and a.content == b.content:
        return True
    if len(shared) >= 3 and len(shared) >= 0.8 * max(len(a.content), len(b.content)):
        return True
    if len(shared) == shorter and (shorter >= 3 or (shorter >= 2 and a.years & b.years)):
        return True  # one title whole in the other: three stems and more, or two and the same title year
    return _quoted_in_other(a, b)


# What a document says of itself, whichever project it is about: a list's or a call's result ("Lista wniosków
# wybranych", "Wyniki naboru", "Podział środków", "Wykaz", "Rozstrzygnięcie"), a programme's structure ("moduł",
# "działanie", "poddziałanie"), an act's issuer, session and date ("Rady Gminy", "sesja", "z dnia", "zmiany").
_DOCUMENT_STEMS = _words("list wykaz wynik wybra podzi rozst modul dzial poddz rad sesj dni zmian")
# A body's kind words that also name a facility a headline is about ("termomodernizacja szkoły", "Dzienny Dom
# Senior+ otwarty", "remont domu kultury"): the project's object, so no stock word.
_FACILITY_BODY_STEMS = frozenset(
    word[:_STEM] for word in _words("szkola szkoly dzienny dziennego dziennym dom domu domem kultury centrum zespol")
)
# Stems every record of a kind repeats whichever project it announces (`_telling`): what any grant's headline says,
# the kinds of works, what a document says of itself, a body's kind (not a facility's).
_BODY_STEMS = _ORG_STEMS - _FACILITY_BODY_STEMS  # a body's kind ("ośrodek", "straż"), not a facility's ("szkoła")
_STOCK_STEMS = _MONEY_STEMS | _WORKS_STEMS | _DOCUMENT_STEMS | _BODY_STEMS
# A Roman numeral as a folded stem ("xiv", "ii"): a session's, a stage's or a module's number ("XIV sesja").
_ROMAN_NUMERAL = re.compile(r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


@lru_cache(maxsize=4096)
def _name_stems(name: str) -> frozenset[str]:
    """A programme's name's content words ("Rządowy Program Odbudowy Zabytków" -> rzado, odbud, zabyt)."""
    return title_stems(name)


@lru_cache(maxsize=4096)
def stock_words(programmes: tuple[str, ...]) -> frozenset[str]:
    """The stems that say which kind of record, not which project (`_STOCK_STEMS`), and every word of the names of
    the programmes a record names (its field as printed, the programme table's canonical names it or the title
    gives, its yearly programme): each announcement, stock page and list of a programme repeats them."""
    return _STOCK_STEMS.union(*(_name_stems(name) for name in programmes))


def _telling(a: _Facts, b: _Facts, common: frozenset[str]) -> bool:
    """Some content word both titles share says something of this project: no stock word of either record
    (`stock_words`) and no Roman numeral. Without one, titles alike are boilerplate: a council's acts of one
    session, a programme's stock page on two gminas' sites, one gmina on a ministry's list twice."""
    return any(w not in a.stock and w not in b.stock and not _ROMAN_NUMERAL.fullmatch(w) for w in common)


def _exact_period(a: _Facts, b: _Facts) -> bool:
    """Both state the same start and end, and not just one calendar year (every annual grant has that)."""
    if not _same_period(a, b) or a.start is None or a.end is None:
        return False
    return not (a.start.year == a.end.year and (a.start.month, a.start.day, a.end.month, a.end.day) == (1, 1, 12, 31))


def pair_score(a: _Facts, b: _Facts) -> float:
    """Rules 1 and 3: how strongly two records are one project; 0 when they are not (or are vetoed).

    Without a contract number two independent facts must agree among: one body (`_orgs_agree`), one sum to
    the złoty (`_exact_sum`), near-identical titles (`_near_identical`), one stated period that is not a
    calendar year (`_exact_period`); and the records must be close in time.
    """
    if a.contract and a.contract == b.contract:
        return _CONTRACT_SCORE
    if vetoed(a, b) or _unanchored(a, b) or _unanchored(b, a):
        return 0.0
    similarity = _title_similarity(a, b)
    near = (
        _within_years(a, b, 2)
        or a.published is None
        or b.published is None
        or (_within_years(a, b, 4) and _settled_budget(a, b))
    )
    if not near:
        return 0.0
    common = _shared(a, b)
    telling = _telling(a, b, common)  # title evidence needs a shared word that is no boilerplate
    facts = {
        "sum": _exact_sum(a, b),
        "body": _orgs_agree(a, b),
        # titles are evidence only on a word that says something of this project, no stock word of a programme
        # either names, a grant, a body's kind, the works or a document (`_telling`): boilerplate joins nothing
        "title": _near_identical(a, b) and telling,
        "period": _exact_period(a, b),
    }
    if not facts["body"] and (
        ((facts["sum"] or facts["period"]) and _implied_body(a, b, apart=False))
        or (facts["title"] and _implied_body(a, b, apart=True))
    ):
        facts["body"] = True  # a title's place or unit stands for the body a record does not name
    agreeing = sum(facts.values())
    if not facts["body"] and _implied_body(a, b, apart=False, units=True):
        # a body a headline names by its level ("Powiat Białobrzeski wystąpił o środki …") is the record's body in
        # the rules below, though not a second fact beside the title that names it
        facts["body"] = True
    differ = not facts["sum"] and not (a.amends or b.amends or a.settles or b.settles) and _amounts_differ(a, b)
    if differ and agreeing < 2:
        return 0.0  # both state a sum of one kind and the sums differ
    timely = _within_a_year(a, b) or bool(a.years & b.years)
    fitting = (_within_a_year(a, b) and _years_fit(a, b) and _years_fit(b, a)) or bool(a.years & b.years)
    fitting = fitting and not _place_unmatched(a, b) and not _numbers_differ(a, b)
    if agreeing >= 2:
        if facts["title"] and facts["body"] and not facts["sum"] and not facts["period"] and not timely:
            return 0.0
        return agreeing + similarity
    shared, shorter = len(common), min(len(a.content), len(b.content))
    undated = (a.when is None or b.when is None) and not _place_unmatched(a, b) and not _numbers_differ(a, b)
    rate = _programme_rate(a, b, common)
    if _precise_sum(a, b) and shared >= 1 and _within_a_year(a, b) and not rate:
        return 1.6 + similarity  # a sum of five significant digits, a content word, within a year
    if facts["sum"] and shared >= 2 and shared >= 0.5 * shorter and not rate:
        return 1.5 + similarity  # one specific sum, and half the shorter title's content words
    if (
        facts["body"]
        and _one_edition(a, b)
        and not _place_unmatched(a, b)
        and not _numbers_differ(a, b)
        and _one_gmina_told(a, b)
    ):
        return 1.45 + similarity  # one body, one yearly programme's one edition year and module
    if facts["body"] and _one_edition_by_topic(a, b) and _one_gmina_told(a, b):
        return 1.44 + similarity  # one body, a yearly programme and a headline naming what it pays for
    if facts["body"] and fitting and shared >= 3 and shared >= 0.6 * shorter and telling:
        return 1.4 + similarity  # one body within a year, and three fifths of the content words
    if (
        facts["body"]
        and fitting
        and _within_a_year(a, b)
        and _shared_place(a, b)
        and (shared >= 2 or (shared >= 1 and _shared_places(a, b) >= 2))
        and _done_there(a, b, common)
    ):
        return 1.36 + similarity  # one body, one village both titles name and what is done there, in a year
    if (
        facts["body"]
        and fitting
        and _within_days(a, b, 92)
        and _one_gmina_told(a, b)
        and (
            (_programme_shared(a, b) and _amounts_agree(a, b) and _works_fit(a, b))
            or (_same_kind_sum(a, b) and bool(a.own & b.own - _MONEY_STEMS))
        )
    ):
        return 1.33 + similarity  # one body, one sum (round too) and a programme or a content word, in a quarter
    if (
        facts["body"]
        and _in_time(a, b, 92)
        and (not a.villages or not b.villages)
        and _one_gmina_told(a, b)
        and _one_fund(a, b)
        and _same_kind_sum(a, b)
        and _works_fit(a, b)
    ):
        return 1.326 + similarity  # one body, one fund's one sum in a quarter, villages in one headline only
    if (
        facts["body"]
        and undated
        and _one_fund(a, b)
        and _same_kind_sum(a, b)
        and _one_gmina_told(a, b)
        and _works_fit(a, b)
    ):
        return 1.325 + similarity  # one body, one fund both name and one sum of one kind, one page undated
    if (
        facts["body"]
        and fitting
        and _within_days(a, b, 62)
        and len(common & a.own & b.own - _MONEY_STEMS) >= 2
        and _objects_fit(a, b)
        and (telling or _one_gmina_told(a, b))
    ):
        return 1.315 + similarity  # one body within two months, two content words beyond a programme's name
    if (
        facts["body"]
        and fitting
        and _within_days(a, b, 62)
        and _one_gmina_told(a, b)
        and _same_kind_sum(a, b)
        and common - _MONEY_STEMS
    ):
        return 1.31 + similarity  # one body within two months, one sum of one kind, one content word
    if (
        facts["body"]
        and _in_time(a, b, 366)
        and _one_gmina_told(a, b)
        and _same_kind_sum(a, b)
        and telling
        and common & a.own & b.own - _MONEY_STEMS
        and _works_fit(a, b)
        and not (a.groups and b.groups and not a.groups & b.groups)
        and not _two_of_a_kind(a, b)
    ):
        # one body within a year, one sum of one kind (a round one too) and a telling word of their own, no two
        # objects, works, groups or things of one kind: a grant's news and its report ("5 tysięcy złotych na Święto
        # Sękacza" / "Sprawozdanie z realizacji zadania „Święto Sękacza 2015”", 5 000 zł both)
        return 1.309 + similarity
    if (
        facts["body"]
        and a.tender != b.tender
        and _in_time(a, b, 366)
        and _one_gmina_told(a, b)
        and telling
        and _done_there(a, b, common & a.own & b.own - _MONEY_STEMS)
        and _works_fit(a, b)
        and not (a.objects and b.objects and a.objects != b.objects)
        and not (a.groups and b.groups and not a.groups & b.groups)
        and not _two_of_a_kind(a, b)
        and not _place_unmatched(a, b)
    ):
        # one body's call for bids and another headline within a year, a telling word of their own that says what is
        # done, no village's name ("Dowóz uczniów z Miąskowa do …" is no road between them), the same classes
        # of object where both name any (not "siłownie przy szkole" / "boisko przy szkole"), no two works, groups or
        # things of one kind: the tender's estimate is no budget's sum, the works are the grant's ("Przetarg:
        # przebudowa ciągów pieszych i parkingu przy Starostwie" / "nowe miejsca parkingowe przy starostwie")
        return 1.307 + similarity
    if (
        (facts["body"] or _implied_body(a, b, apart=False))
        and (fitting or undated)
        and _one_gmina_told(a, b)
        and _precise_kind_sum(a, b)
    ):
        return 1.308 + similarity  # one body within two months, a sum to the grosz and it (or its rounding) again
    if (
        facts["body"]
        and _one_call(a, b)
        and _in_time(a, b, 183)
        and (not _place_unmatched(a, b) or not a.loose_places or not b.loose_places)
        and _one_gmina_told(a, b)
    ):
        return 1.305 + similarity  # one body, one call of a programme both name, in one calendar year
    if facts["body"] and _call_in_village(a, b):
        return 1.3 + similarity  # one body, one call one names and a village both name, in half a year
    if (
        facts["body"]
        and _in_time(a, b, 730)
        and not _place_unmatched(a, b)
        and _shared_place(a, b)
        and shared >= 2
        and _done_there(a, b, common)
    ):
        return 1.29 + similarity  # one body, one village both titles name and what is built there, two years
    if (
        (facts["body"] or _implied_body(a, b, apart=False))
        and _one_street_set(a, b)
        and _one_gmina_told(a, b)
        and (_in_time(a, b, 730) or ((a.when is None or b.when is None) and _nothing_apart(a, b)))
    ):
        return 1.288 + similarity  # one body, two streets one title names standing in the other, in two years
    if facts["body"] and _one_section(a, b) and _in_time(a, b, 730):
        return 1.287 + similarity  # one body, one road section's two ends both titles give, in two years
    if _one_investment(a, b, body=facts["body"]):
        return 1.285 + similarity  # one body, one facility, one kind of works, in two years
    if (
        facts["body"]
        and _in_time(a, b, 31)
        and _listed_sum(a, b)
        and _one_gmina_told(a, b)
        and (a.site == b.site or a.units == b.units)
        and not _place_unmatched(a, b)
        and _works_fit(a, b)
        and not (a.groups and b.groups and not a.groups & b.groups)
        and not _two_of_a_kind(a, b)
    ):
        # one body, one sum of one kind (a round one too) within a month whatever the headlines say, nothing that
        # tells two apart (a village or a gmina one names, two objects, works, groups or things of one kind): a list
        # and the news of its grant ("Umowy z gminami subregionu podpisane" / "1,2 mln zł dotacji dla Gminy X")
        return 1.2 + similarity
    own = a.own & b.own & common
    if len(own) >= 3 and own in (a.own, b.own) and _in_time(a, b, 183) and not _place_unmatched(a, b) and telling:
        return 1.28 + similarity  # one project's name, three content words and more, in both titles, in half a year
    if a.site == b.site and _in_time(a, b, 183) and _quoted_in_other(a, b):
        return 1.32 + similarity  # one site, a project name of three content words in both titles, in half a year
    if facts["body"] and _same_year(a, b) and _quoted_in_other(a, b, short=True):
        return 1.37 + similarity  # one body in one year (a short name recurs yearly), one quoted name in both
    if facts["body"] and fitting and a.numbered and a.numbered == b.numbered and shared >= 2:
        return 1.39 + similarity  # one body within a year, one numbered facility, and two content words
    if facts["body"] and fitting and shared >= 2 and shared == shorter and telling:
        return 1.38 + similarity  # one body within a year, and one title's content words all in the other
    if facts["body"] and a.years & b.years and shared >= 2 and shared >= 0.5 * shorter and telling:
        return 1.35 + similarity  # one body, one title year (an edition), and half the content words
    if facts["body"] and fitting and _amounts_agree(a, b) and shared >= 2 and shared >= 0.5 * shorter and telling:
        return 1.3 + similarity  # one body within a year, one (round) sum, and half the content words
    if (
        facts["body"]
        and fitting
        and _within_days(a, b, 31)
        and _one_gmina_told(a, b)
        and common & a.own & b.own - _MONEY_STEMS - _ORG_STEMS - _WORKS_STEMS
        and not (a.groups and b.groups and not a.groups & b.groups)
        and _objects_fit(a, b)
        and not _two_of_a_kind(a, b)
        and (not (a.amounts and b.amounts) or _same_kind_sum(a, b))
    ):
        return _WEAK + similarity / 100  # one body within a month, one content word, one group it is for: weak
    if (
        (facts["body"] or _implied_body(a, b, apart=False))
        and (_spent_of(a, b) or _spent_of(b, a))
        and (_programme_shared(a, b) or (telling and common & a.own & b.own - _MONEY_STEMS))
    ):
        return 1.265 + similarity  # one body, a report's spent sum to the grosz within 10 % under the other's sum
    if facts["sum"] and _programme_shared(a, b) and not rate:
        return 1.26 + similarity  # one specific sum to the złoty within one programme, whoever names a body
    if _precise_sum(a, b) and not rate:
        return 1.25 + similarity  # a sum of five significant digits and more, within two years
    return 0.0


def _spent_of(x: _Facts, y: _Facts) -> bool:
    """X reports a spent sum (`_SPENT`: "Sprawozdanie", "Rozliczenie", "Odbiór", not a tender's estimate) to the grosz
    or of five significant digits (`_precise`) up to 10 % under a sum Y states, Y no report itself, X published with
    Y or after it and within two years, and nothing tells the two apart (a village one title names missing from the
    other, two facility numbers or names, a gmina name several powiats' gminas bear on two sites): a year's report
    of what a grant paid ("Sprawozdanie z działalności OPS za 2019 r.", 84 120,55 zł, of the 86 400 zł granted)."""
    if not x.settles or y.settles or not x.precise or not _SPENT.search(x.folded_title):
        return False
    if x.published is not None and y.published is not None and not 0 <= (x.published - y.published).days <= 730:
        return False
    if _place_unmatched(x, y) or _numbers_differ(x, y) or not _one_gmina_told(x, y):
        return False
    granted = [value for values in y.amounts.values() for value in values]
    return any(Decimal("0.9") * value <= spent <= value for spent in x.precise for value in granted)


def _programme_rate(a: _Facts, b: _Facts, common: frozenset[str]) -> bool:
    """Two records of one yearly programme on two sites whose titles share nothing beyond its name, one naming no
    body and the other's headline naming its own place ("… – edycja 2022 w Gminie Tymbark") or the first one's site
    not naming the other's body ("gops-jasieniec" and a voivode's list naming Gmina Chynów): a sum is no project's
    then, since the programme pays gminas by one rate and neighbours get the very same sum (Asystent osobisty's
    101 898 zł in two gminas of one edition), and nothing places the first record in the other's gmina."""
    if not (a.yearly and a.yearly == b.yearly and a.site != b.site) or common & a.own & b.own:
        return False
    return any(
        not x.orgs and y.orgs and (y.places or y.loose_places or not _site_names(x.site, y.orgs))
        for x, y in ((a, b), (b, a))
    )


@lru_cache(maxsize=4096)
def _site_stems(site: str) -> frozenset[str]:
    """The place stems of a site's name's words ("gops-jasieniec" -> {gop, jas})."""
    return frozenset(_place_stem(word) for word in _WORD.findall(fold(site)) if len(word) >= 3)


def _site_names(site: str, orgs: tuple[frozenset[str], ...]) -> bool:
    """A site's name holds a body's place words ("gops-jasieniec" and Gmina Jasieniec)."""
    stems = _site_stems(site)
    return any(org and org <= stems for org in orgs)


def _unanchored(a: _Facts, b: _Facts) -> bool:
    """A names no body, no place (nor a road section's ends) and no time (no date, no period, no title year), and B
    is on another site: nothing says whose or when A's project is, and a programme's stock headline and a sum to
    the złoty of its standard rate ("Dofinansowanie klubu dziecięcego z programu MALUCH+", 481 536 zł, 836 zł a
    place a month for 16 places and 36 months) are every gmina's of that programme. A sum to the grosz both state
    is one budget's, and anchors A, as B's place or body named in A's headline does."""
    if a.when is not None or a.orgs or a.title_bodies or a.loose_places or a.ends or a.site == b.site:
        return False
    if any(place <= a.heads for place in (*b.places, *b.orgs) if place):
        return False  # A's headline names B's place or body ("Kolonowskie: …" / "… w Kolonowskiem")
    return not any(value != value.to_integral_value() for value in a.precise & b.precise)  # grosze: one budget's


def _one_investment(a: _Facts, b: _Facts, *, body: bool) -> bool:
    """One investment announced at signing and at completion, up to two years apart, in other words: one body
    (or a village both titles name when only one record names a body, on one site or of a gmina name no other
    powiat's gmina bears: titles alone are one fact), one kind of works on the same classes of object
    (`project_objects`; "budowa przedszkola" / "plac zabaw przy przedszkolu" are two), or works only one headline
    names, or none ("Kanalizacja w Zalesiu coraz bliżej" / "umowa na sieć wod-kan w Zalesiu"), in a village
    both name; a facility a gmina has few of or a village both name, and nothing that tells two apart (a
    village one title names missing from the other, two facility numbers, a title's years, a gmina name several
    powiats' gminas bear on two sites)."""
    return bool(
        (
            one_kind_of_works(a.works, b.works)
            or (not (a.works and b.works) and _shared_place(a, b) and a.content & b.content - _WORKS_STEMS)
        )
        and a.objects
        and a.objects == b.objects
        and _one_gmina_told(a, b)
        and (
            body
            or (
                _shared_place(a, b)
                and bool(a.orgs) != bool(b.orgs)
                and (a.site == b.site or not (_homonymous(a) or _homonymous(b)))
            )
        )
        and (a.objects & b.objects & FACILITIES or _shared_place(a, b))
        and _in_time(a, b, 730)
        and not _place_unmatched(a, b)
    )


# Sums within 0.5 % (`_close`) lie in one bucket of this width on a log scale or in two neighbouring ones.
_SUM_BUCKET = math.log(1.006)


def _sum_buckets(value: Decimal) -> tuple[int, int]:
    """The two buckets a sum is filed under, so that any two sums within 0.5 % (what `_amounts_agree` and
    `_same_kind_sum` read: "187 000 zł" / "187 380,03 zł") share one."""
    bucket = math.floor(math.log(float(value)) / _SUM_BUCKET)
    return bucket, bucket + 1


# A spent sum and a sum up to 10 % over it (`_spent_of`: 1/0.9 < 1.12) lie in one bucket of this width or in two
# neighbouring ones.
_SPENT_BUCKET = math.log(1.12)


def _spent_buckets(value: Decimal) -> tuple[int, int]:
    """The bucket a sum is filed under, and the next one, where a sum up to 10 % over it may lie (`_spent_of`)."""
    bucket = math.floor(math.log(float(value)) / _SPENT_BUCKET)
    return bucket, bucket + 1


def _blocking_keys(stems: frozenset[str]) -> list[tuple[str, ...]]:
    """Every two stems of a title (a pair must share two unless a title has one), so blocks stay small."""
    ordered = sorted(stems)
    return list(combinations(ordered, 2)) if len(ordered) > 1 else [tuple(ordered)]


def _candidates(facts: Sequence[_Facts]) -> set[tuple[int, int]]:
    """Pairs sharing a contract number, two title stems, a specific sum, or a body and a period, a programme
    year, a yearly programme's edition or a sum (an inverted index), never all pairs.

    A block of two common stems ("opiek wytch": every gmina's respite care) is split by organisation
    and by site, so only announcements of one body or one site are compared within it.
    """
    pairs: set[tuple[int, int]] = set()
    by_contract: dict[str, list[int]] = defaultdict(list)
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    # One body and a report's spent sum up to 10 % under another record's sum (`_spent_of`): the reports on one side,
    # the records stating sums on the other, compared only across.
    spent: dict[tuple[str, ...], tuple[list[tuple[int, Decimal]], list[tuple[int, Decimal]]]] = defaultdict(
        lambda: ([], [])
    )
    # One body and two streets one title names standing in the other's names (`_one_street_set`): the titles naming
    # streets on one side, every road title's capitalised words on the other (`name_heads`), compared only across.
    streets: dict[tuple[str, ...], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for index, fact in enumerate(facts):
        if fact.contract:
            by_contract[fact.contract].append(index)
        for key in _blocking_keys(fact.stems):
            blocks[key].append(index)
        for value in fact.specific:
            blocks[("amount", str(value))].append(index)  # one specific sum, any title
        # A record naming no body is filed under the bodies its title implies (`title_bodies`, `_implied_body`).
        bodies = set(fact.orgs) or {place for place, _ in fact.title_bodies}
        sums = [v for values in fact.amounts.values() for v in values if v >= 1000]
        buckets = {b for v in sums for b in _sum_buckets(v)}  # one body and one sum to 0.5 %, round too
        rounded = {r for v in sums for r in roundings(v)}  # one body, a sum and its rounding
        # In the small blocks of a programme's year or a sum a body is filed under each of its place stems: two
        # names of one body share one (`_orgs_agree`: half of them), "Stowarzyszenie WSPÓLNIE z Lubogoszczy" and
        # "Stowarzyszeniu WSPÓLNIE".
        for org in {frozenset({stem}) for body in bodies for stem in body}:
            if fact.yearly and fact.edition_year:
                blocks[("edition", fact.yearly, str(fact.edition_year), *sorted(org))].append(index)
            if fact.year_of_edition:  # a yearly programme and a headline naming what it pays for
                for topic in (fact.yearly,) if fact.yearly else fact.topics:
                    blocks[("topic", str(topic), str(fact.year_of_edition), *sorted(org))].append(index)
            if fact.published:
                for programme in {fact.programme, *fact.programmes} - {None}:
                    blocks[("programme", str(programme), str(fact.published.year), *sorted(org))].append(index)
            for bucket in buckets:
                blocks[("body-sum", str(bucket), *sorted(org))].append(index)
            for value in rounded:
                blocks[("body-round", str(value), *sorted(org))].append(index)
        for org in bodies:
            if fact.call:  # one body, a call and a village the other's headline names (`_call_in_village`)
                for head in {_place_stem(word) for word in fact.folded_title.split() if len(word) > 3}:
                    blocks[("call-village", head, *sorted(org))].append(index)
            elif not fact.programmes:
                for village in fact.villages:
                    blocks[("call-village", min(village), *sorted(org))].append(index)
        for org in {frozenset({stem}) for body in bodies for stem in body}:
            for value in fact.precise if fact.settles else ():
                for bucket in _spent_buckets(value):
                    spent[(str(bucket), *sorted(org))][0].append((index, value))
            for value in () if fact.settles else sums:
                spent[(str(_spent_buckets(value)[0]), *sorted(org))][1].append((index, value))
        if fact.published:  # one body and one content word in one month (a weak link), any title
            month = fact.published.year * 12 + fact.published.month
            for org in bodies:
                for stem in fact.own - _MONEY_STEMS - _ORG_STEMS - _WORKS_STEMS:
                    for near in (month, month + 1):
                        blocks[("word", str(near), stem, *sorted(org))].append(index)
        if fact.objects:  # one body (or one village) and one object, any title
            for obj in fact.objects:
                for where in (*bodies, *fact.villages):
                    blocks[("object", obj, *sorted(where))].append(index)
        if fact.road and len(fact.streets) >= 2:
            for org in {frozenset({stem}) for body in bodies for stem in body}:
                for street in fact.streets:
                    streets[(min(street), *sorted(org))][0].append(index)
        if fact.start and fact.end:  # one body and one stated period, any title
            for org in bodies:
                blocks[("period", str(fact.start), str(fact.end), *sorted(org))].append(index)
    for members in by_contract.values():
        pairs.update((members[0], other) for other in members[1:])
    for reports, stated in spent.values():
        if len(reports) * len(stated) <= _MAX_BLOCK * _MAX_BLOCK:
            pairs.update(
                (min(x, y), max(x, y))
                for x, v in reports
                for y, w in stated
                if x != y and Decimal("0.9") * w <= v <= w  # what `_spent_of` reads: the bucket only narrows
            )
    for index, fact in enumerate(facts) if streets else ():
        if fact.road:
            bodies = set(fact.orgs) or {place for place, _ in fact.title_bodies}
            for org in {frozenset({stem}) for body in bodies for stem in body}:
                for head in fact.name_heads:  # (where `_one_street_set` looks for the streets)
                    if (key := (head, *sorted(org))) in streets:
                        streets[key][1].append(index)
    for named, worded in streets.values():
        if named and len(named) * len(worded) <= _MAX_BLOCK * _MAX_BLOCK:
            pairs.update((min(x, y), max(x, y)) for x in named for y in worded if x != y)
    for members in blocks.values():
        if len(members) <= _MAX_BLOCK:
            pairs.update(combinations(members, 2))
            continue
        sub_blocks: dict[str, list[int]] = defaultdict(list)
        for index in members:
            sub_blocks[f"site:{facts[index].site}"].append(index)
            for org in set(facts[index].orgs):
                sub_blocks["org:" + " ".join(sorted(org))].append(index)
            for place in facts[index].places:
                sub_blocks["place:" + " ".join(sorted(place))].append(index)
        for sub in sub_blocks.values():
            if len(sub) <= _MAX_BLOCK:
                pairs.update(combinations(sub, 2))
    return pairs


class _Groups:
    """Union-find whose merges keep every pair of a group free of vetoes."""

    def __init__(self, facts: Sequence[_Facts]) -> None:
        self.facts = facts
        self.parent = list(range(len(facts)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(facts))}
        self.refused: set[tuple[int, int]] = set()  # groups (by root) a weak link could not join: they only grow

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def merge(self, left: int, right: int, *, force: bool = False, weak: bool = False) -> None:
        a, b = self.find(left), self.find(right)
        if a == b:
            return
        if not force and any(vetoed(self.facts[x], self.facts[y]) for x in self.members[a] for y in self.members[b]):
            return
        if weak and ((a, b) in self.refused or (b, a) in self.refused):
            return
        if weak and not all(
            pair_score(self.facts[x], self.facts[y]) > 0 for x in self.members[a] for y in self.members[b]
        ):
            self.refused.add((a, b))  # while both roots stand, their groups only grow: still refused
            return  # a weak link joins no chain: every record of one group must be one project with the other's
        if b < a:
            a, b = b, a
        self.parent[b] = a
        self.members[a].extend(self.members.pop(b))


def _groups(records: Sequence[Record], scorer: Callable[[_Facts, _Facts], float] | None = None) -> list[list[Record]]:
    """Records grouped by the rule (or `scorer`, a pair's score, 0 for "not one project": a learned model's
    measurement); the result depends on the set of records, not their order."""
    scorer = scorer or pair_score
    unique: dict[str, Record] = {}
    for record in sorted(records, key=lambda r: (r.id, r.model_dump_json())):
        unique.setdefault(record.id, record)
    ordered = sorted(unique.values(), key=lambda r: r.id)
    facts = [_facts(record) for record in ordered]
    scored = []
    for left, right in _candidates(facts):
        score = scorer(facts[left], facts[right])
        if score > 0:
            scored.append((-score, facts[left].id, facts[right].id, left, right))
    groups = _Groups(facts)
    for score, _, _, left, right in sorted(scored):  # rule 1 first (it scores highest), then the strongest pairs
        contract = facts[left].contract
        groups.merge(left, right, force=bool(contract and contract == facts[right].contract), weak=-score < 1)
    return [[ordered[i] for i in sorted(members, key=lambda i: facts[i].order)] for members in groups.members.values()]


def _project_id(group: Sequence[Record]) -> str:
    contracts = sorted(c for c in (normalise_contract(r.contract_number) for r in group) if c)
    key = f"contract:{contracts[0]}" if contracts else f"record:{group[0].id}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _best(
    group: Sequence[Record], value: Callable[[Record], _T | None], size: Callable[[_T], int]
) -> tuple[_T | None, tuple[str, ...]]:
    """The value of the record with the contract number, else the most frequent, else the most complete."""
    values = [(record, v) for record in group if (v := value(record)) is not None]
    if not values:
        return None, ()
    counts = Counter(v for _, v in values)
    first_seen = {v: i for i, (_, v) in reversed(list(enumerate(values)))}
    with_contract = {v for record, v in values if record.contract_number}
    best = max(counts, key=lambda v: (v in with_contract, counts[v], size(v), -first_seen[v]))
    distinct = tuple(sorted({str(v) for v in counts}))
    return best, distinct if len(distinct) > 1 else ()


def _first_amount(kind: str) -> Callable[[Record], Decimal | None]:
    def pick(record: Record) -> Decimal | None:
        return next((a.value for a in record.amounts if a.kind == kind and a.currency == "PLN"), None)

    return pick


def _project(group: Sequence[Record]) -> Project:
    conflicts: dict[str, tuple[str, ...]] = {}

    def best(name: str, value: Callable[[Record], _T | None]) -> _T | None:
        chosen, distinct = _best(group, value, lambda v: len(str(v)))
        if distinct:
            conflicts[name] = distinct
        return chosen

    title = best("title", lambda r: r.title) or group[0].title
    return Project(
        project_id=_project_id(group),
        title=title,
        beneficiary=best("beneficiary", lambda r: r.beneficiary.name if r.beneficiary else None),
        implementer=best("implementer", lambda r: r.implementer.name if r.implementer else None),
        total_cost=best("total_cost", _first_amount("total_cost")),
        grant=best("grant", _first_amount("grant")),
        period_start=best("period_start", lambda r: r.period.start if r.period else None),
        period_end=best("period_end", lambda r: r.period.end if r.period else None),
        fund=best("fund", lambda r: r.funding.fund),
        programme=best("programme", lambda r: r.funding.programme),
        contract_number=best("contract_number", lambda r: normalise_contract(r.contract_number)),
        record_ids=tuple(r.id for r in group),
        conflicts=conflicts,
    )


def group_projects(records: Iterable[Record]) -> list[Project]:
    """Projects of the records, ordered by project id; every record id is in exactly one of them."""
    return sorted((_project(group) for group in _groups(list(records))), key=lambda p: p.project_id)


def project_id_of(records: Iterable[Record]) -> dict[str, str]:
    """Each record id's project id."""
    return {record_id: project.project_id for project in group_projects(records) for record_id in project.record_ids}
