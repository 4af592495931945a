"""The implementer's cue patterns and the readers they need: "realizowany przez", "Realizator:", "X realizuje".

Apart from the readings (`extract.implementer_phrases`) so that patterns and their prefilters sit together.
"""

from __future__ import annotations

import re

from extract.beneficiary_cues import HEADS_DATIVE
from extract.org_adverbials import ADVERBIAL_PIECE, adverbials_start
from extract.org_cases import HEAD_FORMS, from_accusative
from extract.org_names import OrgRun, expand_abbreviations, org_like, split_orgs, subject_before
from extract.org_roles import ACRONYM, ACRONYM_AT, LOCAL_GOVERNMENT, genitive_at, run_at, spelled_out, unit_named_at
from extract.org_sentences import CAP, NAME_REACH, sentence_stop, start_of_sentence

IMPLEMENTER_LABEL = re.compile(
    r"(?<![\w])(?:Realizator(?:\s+projektu|\s+zadania|\s+programu)?(?:\s+(?:w\s+imieniu|z\s+ramienia)\s+\w+(?:\s+[A-ZŁŚŻĆŹ]\w+){0,2})?|Jednostka\s+(?:realizująca|wdrażająca)(?:\s+projekt)?"
    r"|Podmiot\s+realizujący(?:\s+projekt)?|Instytucja\s+realizująca(?:\s+projekt)?)"
    r"[ \t\u00a0]*:[ \t\u00a0]*",
    re.IGNORECASE,
)
IMPLEMENTER_LABEL_STARTS = ("realizator", "jednostka", "podmiot", "instytucja")  # where its matches begin
# (the locative "projekcie", "mikroprojekcie" alternates t with c)
_ITEM = r"(?:(?:mikro)?projekt\w*|(?:mikro)?projekci\w*|zadani\w*|program\w*|przedsięwzięci\w*|inwestycj\w*)"
# "jest realizowany", "zostało zrealizowane przez", "będą prowadzone przez"
_AUX = r"(?:jest|są|był[aoy]?|były|będzie|będą|został[aoy]?|zostały|zostanie|zostaną)"
# "realizowanego w 2022 r. przez", "realizowany w latach 2019-2021 przez": when, between the participle and "przez".
# Or any adverbial piece of `extract.org_adverbials`: "realizowany jest od stycznia 2024 roku przez", "w tym roku".
_WHEN = rf"(?:(?:w|od)\s+(?:latach\s+)?\d{{4}}(?:\s*[-–]\s*\d{{4}})?(?:\s*r\.|\s+roku)?\s+|{ADVERBIAL_PIECE}\s+)?"
# Between the project's word and its participle: "publiczne", its title in quotes, "który był" ("Projekt „Razem”
# jest realizowany przez …", "zadanie publiczne realizowane przez …", "projekt „X”, który był realizowany przez …").
_TITLED = (
    r"(?:publiczn\w*\s+)?(?:(?:pn\.|pt\.)\s*)?(?:[„\"][^”\"\n]{1,150}[”\"]\s*,?\s+(?:któr[yaeą]\s+)?"
    # a project's short title printed with no quotes, in capitals or brackets: "Projekt (Od)Nowa realizowany przez …"
    # (not a programme's: "to program Fundacji Wolności realizowany przez Akademię …" names its operator)
    r"|(?:(?<=projekt\s)|(?<=projektu\s)|(?<=zadanie\s)|(?<=zadania\s))"
    r"(?:(?-i:[A-ZĄĆĘŁŃÓŚŹŻ(])[^\s,.;:„”\"]*\s+){1,3})?"
)
# A determiner or an adjective before the project's word: "Realizatorem tego zadania jest …", "… całego projektu …".
DETERMINER = r"(?:(?:tego|tej|tych|całego|całej|naszego|naszej|niniejszego|niniejszej|obecnego|nowego|nowej)\s+)?"
# Where, between the participle and "przez": "realizowany na terenie gminy przez …", "realizowane w gminie X przez …".
_WHERE = (
    r"(?:(?:na\s+terenie|na\s+obszarze)\s+(?:[^\s.,;]+\s+){1,3}?|w\s+(?:gminie|powiecie|mieście)\s+(?:[^\s.,;]+\s+)?)?"
)
# The future of "odpowiadać" in either order: "odpowiadać będzie", "będzie odpowiadać", "będą odpowiadały".
_ANSWERS = (
    r"(?:odpowiada(?:ł[aoy]?|ją|li)?|odpowiadać\s+będ(?:zie|ą)|będ(?:zie|ą)\s+odpowiada(?:ć|ł[aoy]?|li)"
    r"|odpowiedzialn[yaei]\s+(?:jest|był[aoy]?|będzie))"
)
IMPLEMENTER_IS = re.compile(
    rf"\b(?:(?:Realizator(?:em|ami)|Organizatorem(?=\s+{_ITEM})"
    r"|(?:Jednostką|Podmiotem|Instytucją)\s+(?:realizując|wdrażając)(?:ą|ym))\s+"
    rf"(?:{DETERMINER}{_ITEM}\s+)?(?:(?:na\s+terenie|w\s+ramach|w|we)\s+(?:[^\s.]+\s+){{1,3}}?)?"
    r"(?:jest|są|był[aoy]?|byli|został[aoy]?|będzie|będą)"
    # (an aside's comma before the participle: "Projekt, realizowany przez X, …")
    rf"|(?P<item>{_ITEM}|on[aoe]?(?=\s))\s*,?\s+{_TITLED}(?:{_AUX}\s+)?(?:z?realizowan|prowadzon|wdrażan|przeprowadzon)"
    rf"(?P<ending>[aey]|ego|ej|ym|ych)\s+(?:{_AUX}\s+)?(?:w\s+partnerstwie\s+|wspólnie\s+)?{_WHEN}{_WHERE}(?P<by>przez)"
    rf"|za\s+(?:przeprowadzenie|realizację|wykonanie|prowadzenie)\s+(?:{DETERMINER}{_ITEM}\s+)?"
    # organising or coordinating a project, not an event: "Za organizację projektu odpowiadał GOK w X"
    rf"{_ANSWERS}|za\s+(?:organizację|koordynację|wdrożenie|wdrażanie)\s+{DETERMINER}{_ITEM}\s+{_ANSWERS})\s+",
    re.IGNORECASE,
)
# What an organiser of a project is organiser of: a project or a task, not a programme ("Dom Kultury jest organizatorem
# programu artystycznego festynu": an event's programme).
_ORGANISED_ITEM = r"(?:(?:mikro)?projekt\w*|(?:mikro)?projekci\w*|zadani\w*)"
ITEM_WORD = re.compile(rf"\b{_ITEM}", re.IGNORECASE)
WORK_BEFORE = re.compile(r"(?<![\w])(?i:realizacj[ęa]|prowadzenie|wykonanie|przeprowadzenie)(?![\w])")
# "Realizację zadania powierzono Stowarzyszeniu X", "Gmina zleciła prowadzenie programu Fundacji Y": the dative.
ENTRUSTED = re.compile(
    r"\b(?i:powierzon[oay]|powierzył[aoy]?|powierzyli|powierza(?:ją)?|zlecon[oay]|zlecił[aoy]?|zlecili"
    r"|powierzeni[ae])\s+"  # a resolution's title: "w sprawie powierzenia Gminie X prowadzenia zadania"
    rf"(?:(?i:realizacj\w*|prowadzeni\w*|wykonani\w*|przeprowadzeni\w*)\s+(?:{_ITEM}\s+)?(?:[„\"][^”\"\n]*[”\"]\s+)?)?"
    rf"(?=[{CAP}])"
)
# "Gminie X powierza się zadanie …", "Stowarzyszeniu Y zlecono realizację projektu": the dative before the verb (a
# resolution's impersonal form); the work entrusted follows the verb.
ENTRUSTED_BEFORE = re.compile(
    rf"(?<![\w])(?P<head>{HEADS_DATIVE})\s+(?:[{CAP}][\w-]*\s+){{1,3}}"
    r"(?i:powierza\s+się|powierzono|powierzył[aoy]?|zleca\s+się|zlecono|zlecił[aoy]?)\s+(?:\S+\s+){0,2}?"
    r"(?i:realizacj|prowadzeni|wykonani|zadani|projekt|program)"
)
# The work entrusted named after the name: "powierzenia Gminie X prowadzenia i finansowania zadania".
WORK_AFTER = re.compile(r"(?i:realizacj|prowadzeni|wykonani|przeprowadzeni|zadani)")
# "Realizujemy projekt …", "W 2023 r. zrealizowaliśmy program …": the first person of a welfare centre's own page.
WE_RUN = re.compile(
    r"\b(?:realizujemy|zrealizowaliśmy|realizowaliśmy|prowadzimy|wdrażamy|przystąpiliśmy\s+do\s+realizacji"
    r"|rozpoczęliśmy\s+realizację|kontynuujemy\s+realizację)"
    rf"\s+(?:(?:[^\s.]|\.(?=\S))+\s+){{0,3}}?{_ITEM}\b",
    re.IGNORECASE,
)
WE_RUN_STARTS = (
    *("realizujemy", "zrealizowaliśmy", "realizowaliśmy", "prowadzimy", "wdrażamy", "przystąpiliśmy"),
    *("rozpoczęliśmy", "kontynuujemy"),
)
# "Klubu „Senior+” prowadzonego przez MGOPS w Rysikowie": the body running the funded place (a club, a day centre,
# a training flat), not an institution's owner (a school, a care home, a culture centre).
PLACE_WORD = re.compile(
    r"(?<![\w])(?:[Kk]lub\w*|(?:Dzienn|Środowiskow)\w+\s+Dom(?:u|em)?|[Śś]wietlic\w*|[Mm]ieszkani\w*)\b"
)
PLACE_RUN_BY = re.compile(
    r"(?<![\w])(?:[Kk]lub\w*|(?:Dzienn|Środowiskow)\w+\s+Dom(?:u|em)?|[Śś]wietlic\w*|[Mm]ieszkani\w*)"
    r"\s+(?:[^\s.]+\s+){0,3}?prowadzon\w*\s+(?:jest\s+|był[aoy]?\s+)?przez\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])"
)
# "Ośrodek Pomocy Społecznej w Nowinach jest realizatorem projektu": the subject before ("współrealizatorem": partner).
IS_IMPLEMENTER = re.compile(
    r",\s*(?:jako|będąc)\s+(?:(?:główny|jedyny|bezpośredni)\s+)?realizator(?:em)?\b"  # "GOPS, jako realizator …"
    r"|(?<![\w])(?:jest|są|był[aoy]?|byli|będzie|będą|został[aoy]?|zostanie|pozostaje)\s+"
    r"(?:(?:głównym|jedynym|bezpośrednim|wyłącznym|faktycznym)\s+)?"
    # "jest beneficjentem i realizatorem", "jest zarówno beneficjentem, jak i realizatorem": both roles
    r"(?:(?:zarówno\s+)?beneficjentem(?:\s+(?:i|oraz|a\s+zarazem|i\s+zarazem)|,\s+jak\s+i)\s+)?"
    # "X jest organizatorem projektu" as "Organizatorem projektu jest X" (IMPLEMENTER_IS): of a project, not an event
    rf"(?:realizator(?:em|ami)\b|organizator(?:em|ami)(?=\s+{_ORGANISED_ITEM}))"
    r"|(?<![\w])pełni(?:ł[aoy]?)?\s+(?:funkcję|rolę)\s+realizatora\b",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"\b(?:go|je|ją|nim|nią|tym|to)\b", re.IGNORECASE)  # "Wdrażać go będzie …", "Odpowiada za to …"
# The implementer after the verb, the project before it ("Program bezpośrednio realizuje OPS w Kadzidle",
# "Wdrażać go będzie Regionalny Ośrodek …", "Programem zajmie się jako realizator GOPS …").
DOES_AFTER = re.compile(
    r"\b(?:(?:bezpośrednio|faktycznie|obecnie|nadal)\s+)?(?:"
    r"realizuj[eą]|realizował[aoy]?|zrealizował[aoy]?|zrealizuj[eą]|przeprowadził[aoy]?|przeprowadza|przeprowadz[ią]"
    r"|wdraża|wdrażał[aoy]?|(?:realizować|wdrażać|przeprowadzić)\s+(?:go\s+|je\s+|ją\s+)?będ(?:zie|ą)"
    r"|będ(?:zie|ą)\s+(?:go\s+|je\s+|ją\s+)?(?:realizować|wdrażać|przeprowadzać)"
    r"|zajm(?:uje|ie|ował[aoy]?)\s+się(?:\s+(?:nim|nią|tym|nimi))?(?:\s+jako\s+realizator)?"
    r"|odpowiada(?:ł[aoy]?)?\s+za\s+(?:to|realizację|prowadzenie|wdrażanie)"
    r"|(?:ma|mają)\s+(?:go\s+|je\s+|ją\s+)?(?:realizować|wdrażać|przeprowadzić)"  # "ma go realizować Ośrodek X"
    r"|(?P<weak>prowadzi|prowadzą|prowadził[aoy]?|poprowadz[ią]|koordynuje|wykona(?:ją|ł[aoy]?)?"
    r"|wykonuj[eą]|wykonywał[aoy]?|(?:prowadzić)\s+(?:go\s+|je\s+|ją\s+)?będ(?:zie|ą)"
    r"|(?:ma|mają)\s+(?:go\s+|je\s+|ją\s+)?prowadzić))\s+"
    r"(?:(?:go|je|ją)\s+)?"  # "…, a zrealizowało go Centrum X": the project as a pronoun after the verb
    r"(?:u\s+nas\s+|w\s+naszej\s+gminie\s+)?"  # "Program X prowadzi u nas Gminny Ośrodek …": where, on its own page
    # "Projekt realizuje w latach 2011 – 2013 Miejski Ośrodek …": when, between the verb and the unit
    r"(?:w\s+latach\s+\d{4}\s*[-–]\s*\d{4}\s+|w\s+(?:roku\s+)?\d{4}(?:\s*r\.|\s+roku)?\s+"
    # "Projekt „X” realizuje od 1 marca 2021 r. Fundacja Y", "… od stycznia 2024 roku …"
    r"|od\s+(?:\d{1,2}\s+[a-ząćęłńóśźż]+\s+|\d{1,2}\.\d{1,2}\.|[a-ząćęłńóśźż]+\s+)?\d{4}(?:\s*r\.|\s+roku)?\s+)?",
    re.IGNORECASE,
)
# The implementer before the verb, the project after it ("GOPS w Świlczy prowadzi ten projekt",
# "Ośrodek Pomocy Społecznej zaczął 01.04.2008 roku realizować projekt").
TOGETHER_OPENING = re.compile(r"\s*(?:Razem|Wspólnie|Wraz)\s+ze?\s")
DOES_BEFORE = re.compile(
    r"\b(?:realizuj[eą]|realizował[aoy]?|realizowali|zrealizował[aoy]?|zrealizowali|zrealizuj[eą]"
    # (not "przeprowadził": a contractor "przeprowadził inwestycję" too; measured on a gate, it took one)
    r"|wdraża(?:ją)?|wdrażał[aoy]?|wdrażali|wdrożył[aoy]?|wdrożyli"
    # the future with "będzie" and the infinitive or the l-participle: "Gmina X będzie realizować projekt", "… będą
    # realizowały program"; "ma/mają" with the infinitive: "Fundacja X ma realizować projekt"
    r"|(?:będzie|będą|ma|mają)\s+(?:z?realizować|realizował[aoy]?|realizowali|wdrażać|wdrożyć|przeprowadzić)"
    r"|przyst(?:ąpi(?:ł[aoy]?|li|ły|ą)?|ępuj[eą])\s+do\s+realizacji"
    r"|kontynu(?:uj[eą]|ował[aoy]?)(?=\s+(?:realizacj|prowadzeni|wdrażani|projekt|program|zadani))"
    # a modal before the infinitive: "Stowarzyszenie X mogło zrealizować projekt", "Gmina Y może realizować program"
    r"|(?:może|mogą|mógł|mogł[aoy]|mogli)\s+(?:z?realizować|wdrażać|wdrożyć|przeprowadzić)"
    r"|rusz(?:a|ają|ył[aoy]?|yli)\s+z(?:e)?|startuje\s+z"
    r"|(?P<weak>prowadz[ią]|prowadził[aoy]?|prowadzili"
    r"|zaczyna|rozpoczyna|zaczął|zaczęł[aoy]|rozpoczął|rozpoczęł[aoy]|koordynuje"
    # "Stowarzyszenie X wykonuje to zadanie na zlecenie gminy": a task or project, not works ("wykonała inwestycję")
    r"|wykon(?:uj[eą]|ywał[aoy]?|ał[aoy]?|ali)(?=\s+(?:(?:to|ten|te|tę|całe|nasze|swoje)\s+)?(?:zadani|projekt))))"
    # "Gmina X realizuje pomoc dla mieszkańców w ramach rządowego programu …": the work done under the item
    # (the item may open a quoted title: "przystąpił do realizacji „Programu …”")
    # (a year's "r." is no sentence's end: "X realizowało w 2022 r. zadanie …")
    # (an adverbial of time after the verb: "X prowadzi w okresie od 01.01.2020 do 31.07.2021 projekt …")
    rf"(?:\s+{ADVERBIAL_PIECE}\.?)?"
    rf"\s+(?:(?:(?:[^\s.]|\.(?=\S))+|r\.)\s+){{0,4}}?(?:w\s+ramach\s+(?:[^\s.,;]+\s+){{0,2}}?)?[„\"]?{_ITEM}\b",
    re.IGNORECASE,
)
RELATIVE_OBJECT = re.compile(rf",\s*(?:który|którą|które)\s+(?=[{CAP}][^,.;:\n]{{0,60}}$)")


def acronym_named(text: str, start: int) -> str | None:
    """The one name the passage spells out for the acronym at `start` ("GOK w X" -> "Gminny Ośrodek Kultury w X"), or
    None: an acronym after a verb of running names the body the passage names in full."""
    acronym = ACRONYM_AT.match(text, start)
    return spelled_out(text, acronym.group(0)) if acronym else None


# "Gminny Ośrodek Kultury w Lasecznie bezpośrednio odpowiada za jej organizację": the subject before.
ANSWERS_FOR = re.compile(
    r"\b(?:(?:bezpośrednio|wyłącznie)\s+)?odpowiada(?:ł[aoy]?|ją)?\s+za\s+"
    rf"(?:(?:jej|jego|ich)\s+(?:organizację|realizację|przeprowadzenie|wdrożenie|prowadzenie)"
    rf"|(?:organizację|realizację|przeprowadzenie|wdrożenie|prowadzenie)\s+{_ITEM})",
    re.IGNORECASE,
)
# "Gmina Miasto Zgierz, w imieniu której działał Dyrektor Miejskiego Ośrodka …, zawarły umowę": the acting unit.
ON_BEHALF = re.compile(
    r"\bw\s+imieniu\s+któr(?:ej|ego)\s+(?:działa(?:ł[aoy]?)?|występuje|występował[aoy]?)\s+"
    rf"(?:(?i:dyrektor|kierownik|prezes)\s+)?(?=[{CAP}])"
)
# "Nowy projekt Miejskiego Ośrodka Pomocy Społecznej, „…”, ma …": the body whose project it is.
# Read on the lower-cased text (its literal start is searched fast); the case is checked on the text itself.
# Its title may stand between, quoted ("projekt „TREASURES OF …” Stowarzyszenia Muzeów Uczelnianych", "projekt pn.
# „Razem” Fundacji X"): the owner follows the title as it follows the noun.
# (a title after "pn." / "pt." unquoted, "projekt pt. Szkoły Gminy Wrocław …", is the title itself, no owner)
_TITLE_BETWEEN = r"(?:(?:(?:pn\.|pt\.)[ \t\u00a0]*)?[„\"][^”\"\n]{1,150}[”\"][ \t\u00a0]+)?"
PROJECT_OF = re.compile(
    rf"projekt(?:u|em)?[ \t\u00a0]+{_TITLE_BETWEEN}(?:[\w-]+[ \t\u00a0]+)?"
    r"(?:ośrodka|centrum|stowarzyszenia|fundacji|towarzystwa|instytutu|gminy|powiatu)\s"
)
OWNER_START = re.compile(rf"[Pp]rojekt(?:u|em)?\s+{_TITLE_BETWEEN}(?=[{CAP}][\w-]+\s)")
OWNER_GENITIVE = re.compile(r"\S+(?:ego|iej|ej|a|i|u|y)\s")  # "projekt Centrum Integracji …" may be its own title
# Single head words that stand for a body the passage names in full ("Instytut realizuje projekt …").
BARE_IMPLEMENTERS = frozenset(
    ["Instytut", "Ośrodek", "Centrum", "Fundacja", "Stowarzyszenie", "Towarzystwo", "Związek"]
)


_WELFARE_CENTRE = re.compile(r"\b(?:Ośrodek\s+Pomocy|Centrum\s+(?:Pomocy\s+Rodzinie|Usług\s+Społecznych))\b")


def _is_welfare_centre(name: str) -> bool:
    """A welfare centre (OPS, GOPS, MOPS, MOPR, PCPR, CUS), by its name or its abbreviation."""
    return bool(_WELFARE_CENTRE.search(expand_abbreviations(name) or name))


_CENTRE_IN_RUN = re.compile(
    r"\s(?=(?:(?:Gminn|Miejsk|Miejsko-[Gg]minn|Powiatow|Regionaln)\w*\s+)?(?:Ośrodek|Centrum)\s+(?:Pomocy|Usług)\b"
    r"|(?:M-GOPS|MGOPS|GOPS|MOPS|MOPR|OPS|PCPR|CUS)\b)"
)
_LOCAL_ANY_CASE = re.compile(r"(?:Gmin(?:a|y|ie|ę|ą)|Powiat(?:u|owi|em)?|Miast(?:o|a|u|em)|Województw(?:o|a|u|em))\s")
_DASH_AFTER = re.compile(r"[ \t\u00a0]*[–—/-][ \t\u00a0]+")  # "Gmina X – GOPS w X", "Gmina X / GOPS w X"


def _centre_of_unit(text: str, run: OrgRun) -> str | None:
    """The welfare centre a local government's name runs into or is followed by after a dash, or None."""
    if inside := _CENTRE_IN_RUN.search(run.text):
        return split_orgs(run.text[inside.end() :])[0][0]
    return centre_after_dash(text, run.end)


def centre_after_dash(text: str, position: int) -> str | None:
    """The welfare centre named after a dash or a slash at `position` ("Gmina X – GOPS w X"), or None."""
    dash = _DASH_AFTER.match(text, position)
    following = run_at(text, dash.end()) if dash else None
    if dash and following is not None and following.start == dash.end() and _is_welfare_centre(following.text):
        return split_orgs(following.text)[0][0]
    return None


def implementer_at(text: str, start: int, *, acronym: bool = False) -> str | None:
    """The organisation named at `start`, the first of a list ("GOPS oraz Biblioteka …"); a local government with a
    lower-case head too ("przez powiat Moniecki", "realizuje gmina Rybno")."""
    if text[start : start + 1].islower():
        return unit_named_at(text, start)
    run = run_at(text, start)
    if run is None:
        return None
    parts = [part for part, _ in split_orgs(run.text)]
    if len(parts) > 1 and LOCAL_GOVERNMENT.match(parts[0] + " ") and _is_welfare_centre(parts[1]):
        return parts[1]  # "Miasto Koło oraz MOPS w Kole": the gmina got the money, its welfare centre carries it out
    if _LOCAL_ANY_CASE.match(run.text) and (centre := _centre_of_unit(text, run)):
        return centre  # "przez Gminę Zawiercie Miejski Ośrodek …", "Powiat X – Powiatowe Centrum Pomocy Rodzinie …"
    whole = run.text.split(" oraz ", 1)[0]
    name = split_orgs(whole)[0][0]
    if name in HEAD_FORMS:  # "Miasto i Gmina Gąbin" is one unit
        name = whole
    if org_like(name) or (acronym and ACRONYM.match(name)):
        return name
    return None


# Words (lower case) one of which each pattern's every match holds: without them the scan is skipped.
PARTICIPLES = ("realizowan", "prowadzon", "wdrażan")  # "przeprowadzon" holds "prowadzon"
ITEM_WORDS = ("projekt", "projekci", "mikroprojek", "zadani", "program", "przedsięwzięci", "inwestycj")
# Where the patterns' matches begin (see `matches_from`).
# ("one", "ona", "ono", "on": the project as a pronoun, "Będą one realizowane przez …")
IMPLEMENTER_IS_STARTS = ("realizator", "organizatorem", "jednostką", "podmiotem", "instytucją", *ITEM_WORDS, "on")
# The same without the project's words, which start only its "<projekt> realizowany … przez" branch: enough in a
# text without "przez" or a participle (a project's words are in nearly every text, each a try of the pattern).
IMPLEMENTER_NAMED_STARTS = ("realizator", "organizatorem", "jednostką", "podmiotem", "instytucją")
# Its "za przeprowadzenie … odpowiada" branch begins with "za" and white space (a bare "za" starts "zadanie",
# "zakres", "zajęcia": a try each).
IMPLEMENTER_ZA = re.compile(r"za\s")
DOES_AFTER_STARTS = (
    *("bezpośrednio", "faktycznie", "obecnie", "nadal"),
    *(
        "realiz",
        "zrealiz",
        "przeprowadz",
        "wdraża",
        "będ",
        "zajm",
        "odpowiada",
        "prowadz",
        "poprowadz",
        "koordynuje",
        "wykona",
        "wykonuj",
        "wykonywa",
        "ma ",
        "mają",
    ),
)
DOES_BEFORE_STARTS = (
    *("realiz", "zrealiz", "wdraża", "wdroż"),
    # the future and "ma" with the infinitive ("ma" with its verb's start: a bare "ma " ends many words)
    *("będzie", "będą", "mają", "ma realiz", "ma zrealiz", "ma wdr", "ma przeprow"),
    *("prowadz", "zacz", "rozpocz", "koordynuje", "wykon"),
    *("przyst", "kontynu", "rusz", "startuje", "może", "mogą", "mógł", "mogł", "mogli"),
)


# The implementer in apposition to "realizator" after a dash, as a label with a dash for its colon: "Realizator
# projektu – Gmina Lipno", "kontakt z realizatorem Programu – Ośrodkiem Pomocy Społecznej w Dębnie" (the instrumental).
IMPLEMENTER_APPOSITION = re.compile(
    rf"(?<![\w])(?i:realizator(?P<em>em)?)(?:\s+(?i:{_ITEM}))?[ \t\u00a0]+[–—-][ \t\u00a0]+(?=[{CAP}])"
)
# The work's noun with its doer, as "realizowany przez" (tests/realtext/README.md, `implementer`): "zgoda na
# realizację przez Gminny Ośrodek … projektu", "realizacja zadania przez Fundację X".
WORK_BY = re.compile(rf"(?<![\w])(?i:realizacj[aięą])(?:\s+(?i:{_ITEM}))?\s+przez\s+(?=[{CAP}])")
SELECTED_FOR = re.compile(r"(?i:\bdo|wybra\w*|przyję\w*|zakwalifikowa\w*|skierowa\w*)\s+$")


def plural_items(item: str, ending: str) -> bool:
    """Whether "<item> realizowane" names several tasks ("zadania"), parts of a project, not one ("zadanie")."""
    return ending == "e" and item.lower() == "zadania"


# "Nadleśnictwo Leśny Dwór, które realizuje projekt": the unit a relative clause hangs on.
_RELATIVE_BEFORE = re.compile(r",\s*(?:któr[aey]|którzy)(?:\s+(?:obecnie|nadal|również|też|wspólnie))?\s*$")
# "Caritas Polska we współpracy z Caritas Diecezji … prowadzą wspólnie projekt": the subject before its company.
_COMPANY_BEFORE = re.compile(
    r"\s+(?:(?:we|przy)\s+współpracy|w\s+partnerstwie|wraz|razem|wspólnie)\s+z(?:e)?\s+[^.;:!?\n]*$"
)
_COMPANY_WORDS = re.compile(r"współpracy|partnerstwie|wraz|razem|wspólnie")
# The means between a subject and its verb: "GOPS w X w ramach programu „Posiłek w szkole i w domu” realizuje",
# "… ze środków Funduszu Y realizuje", "… dzięki dotacji …", "… na podstawie umowy z Wojewodą …", "… przy wsparciu
# finansowym Wojewody …" (the phrase may hold capitalised names, which the adverbials' reading never skips).
_MEANS = (
    *("w ramach", "ze środków", "z dotacji", "dzięki", "na podstawie", "przy wsparciu", "przy finansowym wsparciu"),
    *("ze wsparciem", "z pomocą", "za pośrednictwem", "poprzez"),
)
_MEANS_BEFORE = re.compile(r"\s+(?:" + "|".join(phrase.replace(" ", r"\s+") for phrase in _MEANS) + r")\s+[^.;:!?\n]*$")
_MEANS_WORDS = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in _MEANS)  # each phrase's last word: the scan's gate
# "realizuje rzeszowski WUP": a lower-case adjective of place before an office's acronym.
_LOCAL_ACRONYM = re.compile(r"[a-ząćęłńóśźż]+(?:ski|cki|dzki|ska|cka|dzka|skie|ckie|dzkie)\s+[A-ZĄĆĘŁŃÓŚŹŻ]{2,6}\b")


# Words between a subject and its verb: "GOPS informuje, że realizuje" (the adverbials, "MOPS w Sosnowcu znów rusza z
# projektem", "od 2019 roku", are `extract.org_adverbials`').
_ADVERB_BEFORE = re.compile(
    r"\s(?:informuje|informował[aoy]?|przypomina|zawiadamia|ogłasza|podaje\s+do\s+(?:publicznej\s+)?wiadomości)"
    r",?\s+(?:że|iż)\s*$",
    re.IGNORECASE,
)


# An aside between the subject and its verb: "– tak jak w poprzednich latach –", "(po raz trzeci)"; a role in
# brackets ("A i B (partner wiodący) realizowali") is no aside: it marks a partnership.
_ASIDE_BEFORE = re.compile(
    r"\s+(?:[–—]\s+[^–—\n.;]{1,60}?\s+[–—]|\((?![^()\n]*(?i:partner|lider|realizator|beneficjent))[^()\n]{1,60}\))\s*$"
    # "Gmina X, jako lider partnerstwa, realizuje …", "Gmina X, lider projektu, realizuje …": the lead's own role
    r"|,\s+(?:(?:jako|będąc)\s+)?(?:lider\w*|beneficjent\w*)(?:\s+(?:projektu|partnerstwa|zadania))?\s*,\s*$"
    # ... and with no commas: "ROPS w X jako Lider wspólnie z ROPS w Y prowadzi …"
    r"|\s+jako\s+(?i:lider\w*|partner\w*\s+wiodąc\w*|beneficjent\w*)(?:\s+(?:projektu|partnerstwa|zadania))?\s*$"
)


# A subject never opens with a genitive: "Na zlecenie Miejskiego Ośrodka … w Gdańsku Polskie Stowarzyszenie …
# realizuje" is read as one capitalised run, and the subject is the nominative name closing it.
_GENITIVE_OPENER = re.compile(
    r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:ego|iej|ej)$|(?:Ośrodka|Gminy|Powiatu|Miasta|Urzędu|Starostwa)$"
    # a payer or a fund in the genitive after fronted means: "Dzięki dotacji Wojewody X Stowarzyszenie Y realizuje",
    # "W ramach Funduszu X Fundacja Y prowadzi"
    r"|(?:Wojewody|Marszałka|Ministra|Ministerstwa|Zarządu|Samorządu|Funduszu|Programu|Budżetu|Fundacji)$"
)
_NOMINATIVE_ADJECTIVE = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:sk|ck|dzk|n|w)(?:i|ie|a|e|y)$")


def _nominative_tail(name: str) -> str | None:
    """The nominative unit closing a run that opens with a genitive (None if none does), or `name` as it is."""
    words = name.split()
    if not words or not _GENITIVE_OPENER.match(words[0]):
        return name
    for i in range(1, len(words)):
        if HEAD_FORMS.get(words[i]) == words[i] or words[i] in BARE_IMPLEMENTERS:  # a head in the nominative
            while i > 1 and _NOMINATIVE_ADJECTIVE.match(words[i - 1]):
                i -= 1
            return " ".join(words[i:])
    return None  # "Na zlecenie Gminy Lipy Jan Nowak realizuje": a person, no unit


# A unit's seat between it and its verb: "Stowarzyszenie X z siedzibą w Rybnie prowadzi", "Fundacja X zs.\nw Y".
_SEAT_BEFORE = re.compile(
    r",?\s+(?:z\s+siedzibą|zs\.)\s+(?:w|we)\s+[A-ZŁŚŻŹĆŃÓ][\w-]*(?:[ \t]+[A-ZŁŚŻŹĆŃÓ][\w-]*)?,?\s*\Z"
)


def subject_of(text: str, verb_start: int) -> str | None:
    """The unit that is the subject of a verb, also across a relative pronoun, a "wraz z …" phrase, an adverb or
    "informuje, że"."""
    found = _subject_run(text, verb_start)
    return _nominative_tail(found) if found else None


_SUBJECT_STEPS = 8  # asides, adverbials, companies and means read back before a subject, at most


def _subject_run(text: str, verb_start: int, depth: int = 0) -> str | None:
    """`subject_of` before its genitive opener is cut; each step back over an aside, adverbial, company or means
    phrase counts, so a run-on sentence of them ends the reading (`_SUBJECT_STEPS`), not the stack."""
    if depth > _SUBJECT_STEPS:
        return None
    step = depth + 1
    if (before := adverbials_start(text, verb_start)) < verb_start:
        return _subject_run(text, before, step)  # "MOPS w Sosnowcu znów rusza", "Powiat X od 2019 roku prowadzi"
    window_start = max(0, verb_start - NAME_REACH)
    window = text[window_start:verb_start]
    if adverb := _ADVERB_BEFORE.search(window, max(0, len(window) - 40)):
        return _subject_run(text, window_start + adverb.start(), step)
    if aside := _ASIDE_BEFORE.search(window, max(0, len(window) - 80)):
        return _subject_run(text, window_start + aside.start(), step)  # "Powiat X – jak co roku – przystąpił …"
    if ("siedzib" in window[-60:] or "zs." in window[-60:]) and (seat := _SEAT_BEFORE.search(window)):
        return _subject_run(text, window_start + seat.start(), step)  # "Fundacja X z siedzibą w Y prowadzi …"
    company = _COMPANY_BEFORE.search(window) if " z" in window and _COMPANY_WORDS.search(window) else None
    if company and (found := _subject_run(text, window_start + company.start(), step)):
        return found  # (read as a subject's own verb is: "X jako Lider wspólnie z Y prowadzi")
    means = _MEANS_BEFORE.search(window) if any(word in window for word in _MEANS_WORDS) else None
    if means and (found := _opening_subject(text, window_start + means.start(), step)):
        return found
    if found := subject_before(text, verb_start):
        return found
    cut = _RELATIVE_BEFORE.search(window, max(0, len(window) - 40)) if "któr" in window[-40:] else None
    return subject_before(text, window_start + cut.start()) if cut else None


def _opening_subject(text: str, end: int, depth: int) -> str | None:
    """The subject before a means phrase ending at `end`, when it opens its sentence: "GOPS w X w ramach programu Y
    realizuje" (not a genitive inside a longer subject: "Rodzice uczniów Szkoły X za pośrednictwem Rady Rodziców")."""
    found = _subject_run(text, end, depth)
    if found is None:
        return None
    start = start_of_sentence(text, end)
    at = text.find(found, start, end)
    return found if at >= 0 and not text[start:at].strip(' \t\n\u00a0"„') else None


# "Gmina X realizuje program poprzez Gminny Ośrodek …": the unit the local government carries it out through.
_THROUGH = re.compile(rf"\s(?:poprzez|za\s+pośrednictwem)\s+(?=[{CAP}])")


def through_unit(text: str, position: int) -> str | None:
    """The unit named after "poprzez" / "za pośrednictwem" in the rest of the sentence from `position`, or None."""
    through = _THROUGH.search(text, position, sentence_stop(text, position, 200))
    found = genitive_at(text, through.end()) if through else None  # "za pośrednictwem Gminnego Ośrodka …"
    if through and text.startswith("poprzez", through.start() + 1):
        found = implementer_at(text, through.end())  # "poprzez Gminny Ośrodek …": the accusative
        found = from_accusative(found) if found else None
    return found if found and org_like(found) else None


# "MOPS w Opolu informuje, że Gmina Opole przystąpiła do realizacji programu": the centre carries it out.
_REPORTS = re.compile(r"\s+(?:informuje|informował[aoy]?|przypomina|zawiadamia|ogłasza),?\s+(?:że|iż)\s")


def reporting_centre(text: str, position: int) -> str | None:
    """The welfare centre that opens the sentence saying its gmina (powiat) runs a programme, or None."""
    start = start_of_sentence(text, position)
    report = _REPORTS.search(text, start, position)
    if report is None:
        return None
    subject = subject_before(text, report.start())
    return subject if subject and _is_welfare_centre(subject) else None


def local_acronym(text: str, start: int) -> str | None:
    match = _LOCAL_ACRONYM.match(text, start)
    return match.group(0) if match else None


_CAPITALISED_BEFORE = re.compile(rf"(?<![\w])[{CAP}][a-ząćęłńóśźż]+(?:ego|ym|y|i|a|ej|e)[ \t\u00a0]+$")


def full_name(text: str, bare: str) -> str | None:
    """The one longer name the passage gives a body it then calls by its head word alone, or None."""
    names = set()
    for match in re.finditer(rf"(?<![\w]){bare[:5]}\w*\s+(?=[{CAP}])", text):
        if _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Gminny Ośrodek Kultury": the head inside a longer name, not a name of its own
        name = genitive_at(text, match.start())
        if name and name.split()[0] == bare and len(name.split()) > 1:
            names.add(name)
    return names.pop() if len(names) == 1 else None
