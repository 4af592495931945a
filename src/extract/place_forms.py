"""The inflected forms of the register's place names: nominative, genitive and locative, by rule.

Pages print place names in the genitive ("Urząd Miasta Opola") and the locative ("Ośrodek Pomocy
Społecznej w Opolu") far more often than in the nominative, and the register has only the nominative.
The inflected forms are generated here by rule, word by word.  Where a word's class cannot be told
from its ending (Rudna: "w Rudnej" or "w Rudnie"? Bytom: "Bytoma" or "Bytomia"?) every candidate is
generated: a form that does not exist is never printed, so it costs an index entry, while a missing
form would lose the place.  Words no rule declines are listed in data/place_forms.csv.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from functools import cache
from importlib.resources import files
from typing import NamedTuple

NOM, GEN, LOC = 1, 2, 4  # grammatical cases, as bits of one index entry
ANY_CASE = NOM | GEN | LOC

_VOWELS = frozenset("aąeęioóuy")
_SOFT_FINALS = ("cz", "sz", "rz", "dz", "dż", "ż", "c", "l", "j")
_VELARS = ("k", "g", "ch")
_SOFTEN = {"ń": "ni", "ś": "si", "ć": "ci", "ź": "zi"}  # Toruń -> Toruni-a, Zamość -> Zamości-a
# The locative -e of a hard stem softens the consonant before it (Nysa -> Nysie, Góra -> Górze,
# Kraków -> Krakowie, Krosno -> Krośnie).  Longest ending first.
_LOC_E = (
    ("iast", "ieście"),  # Miasto -> Mieście
    ("jazd", "jeździe"),  # Ujazd -> Ujeździe
    ("las", "lesie"),  # Wierzchlas -> Wierzchlesie
    ("Las", "Lesie"),  # Suchy Las -> Suchym Lesie
    ("czn", "cznie"),
    ("rzn", "rznie"),
    ("szn", "sznie"),
    ("st", "ście"),
    ("zd", "ździe"),
    ("sł", "śle"),
    ("zł", "źle"),
    ("sn", "śnie"),
    ("zn", "źnie"),
    ("t", "cie"),
    ("d", "dzie"),
    ("r", "rze"),
    ("ł", "le"),
    ("s", "sie"),
    ("z", "zie"),
    ("n", "nie"),
    ("m", "mie"),
    ("w", "wie"),
    ("b", "bie"),
    ("p", "pie"),
    ("f", "fie"),
)
# Adjectives other than -ski/-cki/-dzki in the register's multi-word names (read off the register).
_ADJECTIVE_WORDS = """
Biała Białe Biały Biskupi Biskupia Biskupie Borne Borowe Bystra Cerkiewne Czarna Czarny Dobre Dolna Dolne
Dolny Duża Duże Duży Dziadowa Dębe Dębowa Fabryczny Górna Górne Górnicza Górny Graniczne Jelenia Jeziorna
Kamienna Kobyla Kościelna Kościelne Kościelny Leśna Lisia Mała Małe Mały Miedziana Murowana Narodowa Narodowy
Niżne Nowa Nowe Nowy Piastowe Piwniczna Podgórne Południowy Rosielna Różana Ruciane Stalowa Stara Stare Stary
Sucha Suchy Wielka Wielki Wielkie Wysokie Wyżna Wyżne Zielona Złoty Żabia
"""
_ADJECTIVES = frozenset(_ADJECTIVE_WORDS.split())
_SKI = re.compile(r"(?:[sc]k|dzk)(?:i|a|ie)$")
_TAIL = re.compile(r" (?:nad|pod|Świętej|Świętego) .*$")  # Kostrzyn nad Odrą, Góra Świętej Małgorzaty


class _Para(NamedTuple):
    """One reading of a word: its number and gender, its genitive and locative forms."""

    number: str  # "sg" | "pl"
    gender: str  # "m" | "f" | "n"
    gen: tuple[str, ...]
    loc: tuple[str, ...]


def _loc_e(stem: str) -> str:
    for end, new in _LOC_E:
        if stem.endswith(end):
            return stem[: -len(end)] + new
    return stem + "ie"


def _adjective(word: str, number: str, gender: str) -> _Para:
    """Adjectival declension: Nowa -> Nowej, Wielkopolski -> Wielkopolskiego/-skim, Śląskie -> Śląskich."""
    if word.endswith(("ie", "ia")):
        stem, soft = word[:-2], True  # Wielkie, Lisia
    else:
        stem = word[:-1]
        soft = word.endswith("i") or stem.endswith(("k", "g"))
    i, y = ("i", "i") if soft else ("", "y")
    if number == "pl":
        return _Para("pl", gender, (stem + y + "ch",), (stem + y + "ch",))
    if gender == "f":
        return _Para("sg", "f", (stem + i + "ej",), (stem + i + "ej",))
    if gender == "n":  # "w Wysokiem Mazowieckiem" (the official form) and "w Wysokim Mazowieckim"
        return _Para("sg", "n", (stem + i + "ego",), (stem + y + "m", stem + i + "em"))
    return _Para("sg", "m", (stem + i + "ego",), (stem + y + "m",))


def _adjective_gender(word: str) -> str:
    return "f" if word.endswith("a") else "n" if word.endswith("e") else "m"


def _last_consonant(stem: str) -> str:
    for digraph in ("ch", "cz", "sz", "rz", "dz"):
        if stem.endswith(digraph):
            return digraph
    return stem[-1:]


def _gen_plural_zero(stem: str) -> list[str]:
    """The bare-stem genitive plural, with the inserted e and the lengthened o where Polish has them:
    Suwałki -> Suwałk, Łomianki -> Łomianek, Lipce -> Lipiec, Boćki -> Bociek, Mokobody -> Mokobód."""
    if stem.endswith("i") and stem[-2:-1] in ("n", "c", "s", "z"):  # Banie -> Bań
        return [stem[:-2] + {"n": "ń", "c": "ć", "s": "ś", "z": "ź"}[stem[-2]]]
    out = [stem]
    last = _last_consonant(stem)
    head = stem[: -len(last)]
    if head and head[-1] not in _VOWELS and last not in _VOWELS:
        if head[-1] in _SOFTEN:
            out.append(head[:-1] + _SOFTEN[head[-1]] + "e" + last)
        else:
            out.append(head + "e" + last)
            if head[-1] in "pbwm":
                out.append(head + "ie" + last)
    lengthened = re.sub(r"o(rz|dz|[wdzbgrlż])$", r"ó\1", stem)
    if lengthened != stem:
        out.append(lengthened)
    return out


def _plural(word: str, gender: str) -> _Para:
    """Plural names: Kielce -> Kielc/Kielcach, Tychy -> Tych/Tychów/Tychach, Wilczęta -> Wilcząt."""
    stem = word[:-1]
    if word.endswith("ęta"):
        return _Para("pl", "n", (word[:-3] + "ąt", stem), (stem + "ach",))
    gens = _gen_plural_zero(stem)
    if not word.endswith(("ice", "yce", "a")):
        gens.append(stem + "ów")  # Tychy -> Tychów, Walce -> Walców, Międzyzdroje -> Międzyzdrojów
    if word.endswith(("le", "je")):
        gens.append(stem + "i")  # Kowale -> Kowali
    elif word.endswith(("cze", "rze", "sze", "że")):
        gens.append(stem + "y")  # Klucze -> Kluczy
    return _Para("pl", gender, tuple(dict.fromkeys(gens)), (stem + "ach",))


def _feminine(word: str) -> _Para:
    """Nouns in -a: Nysa -> Nysy/Nysie, Wola -> Woli, Ustka -> Ustki/Ustce, Kalwaria -> Kalwarii."""
    stem = word[:-1]
    if stem.endswith(("k", "g")):
        gen, loc = stem + "i", stem[:-1] + ("ce" if stem.endswith("k") else "dze")
    elif stem.endswith("ch"):
        gen, loc = stem + "y", stem[:-2] + "sze"
    elif stem.endswith("i"):
        gen = loc = stem + "i" if stem[-2:-1] in ("r", "g", "k", "l", "d", "t") else stem  # Kalwarii, Wiszni
    elif stem.endswith("j"):
        gen = loc = stem[:-1] + "i" if stem[-2:-1] in _VOWELS else stem + "i"  # Zawoja -> Zawoi
    elif stem.endswith(_SOFT_FINALS):
        gen = loc = stem + ("i" if stem.endswith("l") else "y")
    else:
        gen, loc = stem + "y", _loc_e(stem)
    return _Para("sg", "f", (gen,), (loc,))


def _masculine_stems(word: str) -> list[str]:
    """The oblique stem(s) of a consonant-final noun: fleeting e (Bolesławiec -> Bolesławc-), ó -> o
    (Kraków -> Krakow-), ą -> ę (Dąb -> Dęb-), the soft labials of old (Bytom -> Bytomi-, Siepraw -> Sieprawi-)."""
    fleeting = re.search(r"(dz|[nszc])iec$", word)
    if fleeting:  # Kamieniec -> Kamieńc-
        soft = {"dz": "dź", "n": "ń", "s": "ś", "z": "ź", "c": "ć"}[fleeting[1]]
        return [word[: fleeting.start()] + soft + "c"]
    if word.endswith("rzec"):  # Nurzec -> Nurc-, Nozdrzec -> Nozdrzc-, Międzyrzec -> Międzyrzec-
        return [word[:-4] + "rc", word[:-4] + "rzc", word]
    if re.search(r"[^aąeęioóuy]iec$", word):  # Sosnowiec -> Sosnowc-
        return [word[:-3] + "c"]
    if re.search(r"[^aąeęioóuy](?:ec|ek)$", word):  # Dunajec -> Dunajc-, Gródek -> Gródk-; Poniec -> Poniec-
        return [word[:-2] + word[-1], word]
    fleeting = re.search(r"[^aąeęioóuy](i?e)(l|cz|z|ń)$", word)
    if fleeting:  # Reszel -> Reszl-, Śmigiel -> Śmigl-, Łobez -> Łobz-, Kodeń -> Kodń-; Kamień -> Kamień-
        return [word[: fleeting.start(1)] + fleeting[2], word]
    if word.endswith("ów"):
        return [word[:-2] + "ow"]
    if re.search(r"ó(?:rz|dz|[wdrłzżbgjl])$", word):  # Racibórz -> Racibórz-/Raciborz-, Kobiór -> Kobiór-
        return [re.sub(r"ó(rz|dz|.)$", r"o\1", word), word]
    if word.endswith("ąb"):  # Dąb -> Dęb-, Jastrząb -> Jastrzębi-
        return [word[:-2] + "ęb", word[:-2] + "ębi"]
    if word.endswith("ław"):  # Wrocław -> Wrocławi-
        return [word + "i"]
    if word.endswith(("m", "w", "b", "p")):  # Radom -> Radomi-; Chełm -> Chełm-
        return [word, word + "i"]
    return [word]


def _masculine(word: str) -> _Para:
    """Consonant-final nouns: Kraków -> Krakowa/Krakowie, Milicz -> Milicza/Miliczu, Toruń -> Torunia/Toruniu.
    The genitive -a or -u is the word's own (Ujazdu, Brzegu, Ełku); both are generated for hard stems."""
    gens: list[str] = []
    locs: list[str] = []
    for stem in _masculine_stems(word):
        if stem.endswith("dź"):
            stem = stem[:-2] + "dzi"
        elif stem[-1] in _SOFTEN:
            stem = stem[:-1] + _SOFTEN[stem[-1]]
        soft = stem.endswith(_SOFT_FINALS) or stem.endswith("i")
        locs.append(stem + "u" if soft or stem.endswith(_VELARS) else _loc_e(stem))
        gens.append(stem + "a")
        if not stem.endswith("ow") and (not soft or stem.endswith(("j", "l"))):
            gens.append(stem + "u")
    return _Para("sg", "m", tuple(dict.fromkeys(gens)), tuple(dict.fromkeys(locs)))


def _neuter(word: str) -> _Para:
    """Nouns in -o and -e: Bielsko -> Bielska/Bielsku, Krosno -> Krośnie, Opole -> Opola/Opolu."""
    stem = word[:-1]
    if word.endswith("o") and not word.endswith("io") and not stem.endswith(_VELARS):
        return _Para("sg", "n", (stem + "a",), (_loc_e(stem),))
    return _Para("sg", "n", (stem + "a",), (stem + "u",))  # Opolu, Bielsku, Brzeźniu


def _noun(word: str, alone: bool) -> list[_Para]:
    """Every reading of one word that is not a listed adjective; an unclear ending gives several.
    `alone`: the word is the whole name (Rudna, Dobra may then be adjectives: "w Rudnej", "w Dobrej")."""
    if word.endswith(("ice", "yce")) or (word.endswith("ce") and not word.endswith("ście")):
        return [_plural(word, "n")]  # Katowice, Kielce, Strzelce
    if word.endswith(("kie", "gie")) or (re.search(r"[nrtwpsbmłdz]e$", word) and not re.search(r"[rcsd]ze$", word)):
        return [_adjective(word, "sg", "n"), _adjective(word, "pl", "n")]  # Końskie, Zakopane, Jeżowe, Łyse
    if word.endswith(("ie", "io", "o")) and not word.endswith("nie"):
        return [_neuter(word)]  # Podegrodzie, Uście, Lipie, Bielsko
    if word.endswith("e"):  # Opole / Kowale, Ustronie / Banie, Jedlicze / Łapsze: singular or plural
        return [_neuter(word), _plural(word, "n")]
    if word.endswith(("y", "i")) or re.search(r"[iy]ska$|ęta$", word):
        return [_plural(word, "m" if word.endswith(("y", "i")) else "n")]  # Tychy, Suwałki, Karczmiska, Wilczęta
    if word.endswith("a"):
        if alone and re.search(r"(?<!ch|cz|br)owa$", word):  # Bobowa -> Bobowej (but Dąbrowa, Częstochowa)
            return [_adjective(word, "sg", "f")]
        if alone and re.search(r"[^iy]na$|owa$", word):  # Rudna -> Rudnej and Rudnie; Widuchowa, Wschowa
            return [_feminine(word), _adjective(word, "sg", "f")]
        return [_feminine(word)]
    return [_masculine(word)]


@cache
def overrides() -> dict[str, list[_Para]]:
    """Words whose forms no rule gives (data/place_forms.csv): Łódź -> Łodzi, Wieś -> Wsi, Białystok -> ..."""
    raw = files("extract.data").joinpath("place_forms.csv").read_text(encoding="utf-8")
    table: dict[str, list[_Para]] = {}
    for row in csv.DictReader(io.StringIO(raw)):
        para = _Para(row["number"], row["gender"], tuple(row["gen"].split("|")), tuple(row["loc"].split("|")))
        table.setdefault(row["word"], []).append(para)
    return table


def _readings(word: str, alone: bool) -> list[_Para]:
    return overrides().get(word) or _noun(word, alone)


def _part(part: str, whole: bool) -> dict[int, set[str]]:
    """Forms of one hyphen-free part (`whole`: the name has no hyphen); adjectives agree in number with
    the first noun (Strzelce Opolskie -> Strzelcach Opolskich)."""
    tail_match = _TAIL.search(part)
    tail = tail_match[0] if tail_match else ""
    words = (part[: tail_match.start()] if tail_match else part).split()
    out: dict[int, set[str]] = {NOM: {part}, GEN: set(), LOC: set()}
    is_adjective = [
        word not in overrides() and (word in _ADJECTIVES or (len(words) > 1 and bool(_SKI.search(word))))
        for word in words
    ]
    nouns = [i for i, adjective in enumerate(is_adjective) if not adjective]
    heads: list[tuple[str, _Para | None]]
    if nouns:
        heads = [(para.number, para) for para in _readings(words[nouns[0]], alone=whole and len(words) == 1)]
    else:  # Biała Podlaska, Wysokie Mazowieckie: adjectives only
        heads = [("sg", None), ("pl", None)] if _adjective_gender(words[-1]) == "n" else [("sg", None)]
    for number, head in heads:
        gen_choices: list[tuple[str, ...]] = []
        loc_choices: list[tuple[str, ...]] = []
        for i, word in enumerate(words):
            if head is not None and i == nouns[0]:
                para = head
            elif is_adjective[i]:
                para = _adjective(word, number, _adjective_gender(word))
            else:  # a second noun declines on its own: Góra Kalwaria -> Góry Kalwarii
                others = _readings(word, alone=False)
                para = _Para(
                    number, "m", tuple(f for p in others for f in p.gen), tuple(f for p in others for f in p.loc)
                )
            gen_choices.append(para.gen)
            loc_choices.append(para.loc)
        out[GEN].update(" ".join(c) + tail for c in itertools.product(*gen_choices))
        out[LOC].update(" ".join(c) + tail for c in itertools.product(*loc_choices))
    return out


@cache
def declension(name: str) -> dict[int, frozenset[str]]:
    """Nominative, genitive and locative forms of a register name.  Hyphenated parts decline apart
    (Kędzierzyn-Koźle -> Kędzierzyna-Koźla, Kędzierzynie-Koźlu; Bielsko-Biała -> Bielska-Białej)."""
    base = re.sub(r"\s*\(.*?\)", "", name).strip()  # "Dobra (Szczecińska)"
    parts = [_part(p, "-" not in base) for p in base.split("-")]
    return {
        case: frozenset("-".join(combo) for combo in itertools.product(*(sorted(p[case]) for p in parts)))
        for case in (NOM, GEN, LOC)
    }
