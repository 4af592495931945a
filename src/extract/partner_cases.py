"""Partners' names back to the nominative from the instrumental, the accusative and the genitive.

Cues govern cases ("wspólnie z Fundacją X", "przez Gminę Y", "partnerstwo Gminy Z"); records hold the
nominative.  Apart from `extract.partners` so the list readers and the cue readers share one declension.
"""

from __future__ import annotations

import re

from extract.org_names import OPEN_QUOTES

# Head nouns of institutions in the instrumental ("z Fundacją") and the feminine accusative ("przez
# Gminę"), by folded form: their nominative and gender (f, m, n), which their adjectives follow.
HEADS: dict[str, tuple[str, str]] = {}
for _nominative in (
    "Fundacja", "Gmina", "Parafia", "Biblioteka", "Spółdzielnia", "Szkoła", "Akademia", "Politechnika", "Izba",
    "Agencja", "Komenda", "Placówka", "Świetlica", "Poradnia", "Federacja", "Uczelnia", "Spółka", "Grupa",
    "Jednostka", "Organizacja", "Wspólnota", "Diecezja", "Rada", "Kongregacja", "Misja", "Dyrekcja", "Galeria",
    "Filharmonia", "Opera", "Kapituła", "Rozgłośnia", "Administracja", "Policja", "Przychodnia", "Kasa",
    "Komisja", "Kuria", "Archidiecezja",
):  # fmt: skip
    _stem = _nominative[:-1].lower()
    HEADS[_stem + "ą"] = HEADS[_stem + "ę"] = (_nominative, "f")
for _nominative, _gender, _instrumental in (
    ("Straż", "f", "strażą"), ("Ośrodek", "m", "ośrodkiem"), ("Powiat", "m", "powiatem"),
    ("Urząd", "m", "urzędem"), ("Związek", "m", "związkiem"), ("Klub", "m", "klubem"), ("Dom", "m", "domem"),
    ("Zespół", "m", "zespołem"), ("Instytut", "m", "instytutem"), ("Uniwersytet", "m", "uniwersytetem"),
    ("Szpital", "m", "szpitalem"), ("Zakład", "m", "zakładem"), ("Teatr", "m", "teatrem"),
    ("Żłobek", "m", "żłobkiem"), ("Kościół", "m", "kościołem"), ("Zarząd", "m", "zarządem"),
    ("Oddział", "m", "oddziałem"), ("Bank", "m", "bankiem"), ("Fundusz", "m", "funduszem"),
    ("Krzyż", "m", "krzyżem"), ("Stowarzyszenie", "n", "stowarzyszeniem"), ("Miasto", "n", "miastem"),
    ("Województwo", "n", "województwem"), ("Starostwo", "n", "starostwem"), ("Przedszkole", "n", "przedszkolem"),
    ("Towarzystwo", "n", "towarzystwem"), ("Koło", "n", "kołem"), ("Biuro", "n", "biurem"),
    ("Sołectwo", "n", "sołectwem"), ("Zgromadzenie", "n", "zgromadzeniem"), ("Centrum", "n", "centrum"),
    ("Muzeum", "n", "muzeum"), ("Kuratorium", "n", "kuratorium"), ("Hospicjum", "n", "hospicjum"),
    ("Liceum", "n", "liceum"), ("Gimnazjum", "n", "gimnazjum"), ("Caritas", "f", "caritas"),
    ("Park", "m", "parkiem"), ("Nadleśnictwo", "n", "nadleśnictwem"), ("Inspektorat", "m", "inspektoratem"),
    ("Komitet", "m", "komitetem"), ("Sąd", "m", "sądem"), ("Przedsiębiorstwo", "n", "przedsiębiorstwem"),
    ("Hufiec", "m", "hufcem"), ("Chorągiew", "f", "chorągwią"), ("Konsorcjum", "n", "konsorcjum"),
    ("Schronisko", "n", "schroniskiem"), ("Sanktuarium", "n", "sanktuarium"), ("Klasztor", "m", "klasztorem"),
    ("Zakon", "m", "zakonem"), ("Inkubator", "m", "inkubatorem"), ("Euroregion", "m", "euroregionem"),
    ("Samorząd", "m", "samorządem"), ("Warsztat", "m", "warsztatem"), ("Gospodarstwo", "n", "gospodarstwem"),
    ("Zrzeszenie", "n", "zrzeszeniem"), ("Bractwo", "n", "bractwem"), ("Cech", "m", "cechem"),
    ("Posterunek", "m", "posterunkiem"), ("Wydział", "m", "wydziałem"),
):  # fmt: skip
    HEADS[_instrumental] = (_nominative, _gender)
# Heads in the instrumental only (not the accusative "-ę", which a genitive's noun may share).
_INSTRUMENTAL_HEADS = frozenset(key for key in HEADS if key.endswith(("ą", "em")))
# Nominative heads: a name that starts with one needs no change.
NOMINATIVE_HEADS = frozenset(nominative.lower() for nominative, _ in HEADS.values())
_INFLECTED_ABBREVIATION = re.compile(r"^([A-ZŁŚŻŹĆŃÓ]{2,6})-?(?:em|iem|ami|ą|ę)$")
_ADJECTIVE = {
    "f": re.compile(r"^([\w-]{2,})ą$"),
    "m": re.compile(r"^([\w-]{2,}[^\W\d_])(y|i)m$"),
}
_ADJECTIVE["n"] = _ADJECTIVE["m"]  # masculine and neuter share the instrumental ending
_NAME_CONNECTORS = frozenset(["w", "we", "i", "na", "z", "ze", "im.", "nr", "dla", "do", "o", "przy", "pod", "pw."])


def _adjective_nominative(word: str, gender: str) -> str | None:
    """ "Publiczną" -> "Publiczna" (f), "Wieluńskim" -> "Wieluński" (m) / "Śląskie" (n); None if not one."""
    core, slash, tail = word.partition("/")
    match = _ADJECTIVE[gender].match(core)
    if match is None or not core[:1].isupper():
        return None
    if gender == "f":
        nominative = match.group(1) + "a"
    elif gender == "m":
        nominative = match.group(1) + match.group(2)
    else:
        nominative = match.group(1) + ("e" if match.group(2) == "y" else "ie")
    return nominative + slash + tail


def _title_case(words: list[str]) -> list[str]:
    """ "FUNDACJA WINDA" -> "Fundacja Winda": a name printed in capitals, its abbreviations kept."""
    out = []
    for word in words:
        if word.isupper() and len(word) > 3:
            word = word[:1] + word[1:].lower()
        elif word.lower() in _NAME_CONNECTORS and word.isupper():
            word = word.lower()
        out.append(word)
    return out


def nominative(name: str) -> str:
    """An institution's name in the instrumental ("z Biblioteką Publiczną w Piasecznie") or the feminine
    accusative ("przez Gminę Iłów") back to the nominative; any other name as it is."""
    words = name.split()
    if not words:
        return name
    if words[0].isupper() and len(words[0]) > 3 and words[0].lower() in NOMINATIVE_HEADS | HEADS.keys():
        words = _title_case(words)
    abbreviation = _INFLECTED_ABBREVIATION.match(words[0])
    if abbreviation:
        return " ".join([abbreviation.group(1), *words[1:]])
    head_at = next((i for i, w in enumerate(words[:3]) if w.strip(OPEN_QUOTES + '"').lower() in HEADS), None)
    if head_at is None:
        return " ".join(words)
    key = words[head_at].strip(OPEN_QUOTES + '"').lower()
    if any(w.lower() in NOMINATIVE_HEADS for w in words[:head_at]):
        return " ".join(words)  # a nominative head comes first: "Fundacja Domem Silni"
    head, gender = HEADS[key]
    before = [w if ROMAN.fullmatch(w) else _adjective_nominative(w, gender) for w in words[:head_at]]
    if any(b is None for b in before):
        return " ".join(words)  # the words before the head are not its adjectives: not a name read here
    out = [b for b in before if b is not None]
    changed = bool(out) or head.lower() != key
    out.append(head)
    rest = words[head_at + 1 :]
    for i, word in enumerate(rest):
        adjective = _adjective_nominative(word, gender)
        if adjective is None:
            apposition = next((j for j, w in enumerate(rest[i:], i) if w.lower() in _INSTRUMENTAL_HEADS), None)
            if (
                head.lower() != key
                and apposition is not None
                # capitalised words (and a name's own "i"), not "Fundacją Opieki nad Zespołem Downa"
                and all(w[:1].isupper() or w == "i" for w in rest[i:apposition])
            ):  # "Związkiem Harcerstwa Polskiego Chorągwią X": a second name in apposition
                out.extend([*rest[i:apposition], nominative(" ".join(rest[apposition:]))])
            else:
                out.extend(rest[i:])
            break
        out.append(adjective)
        changed = True
    return " ".join(out) if changed else " ".join(words)


# Head nouns in the genitive ("partnerstwo Gminy Lipno i Fundacji Razem"), read only after a cue that
# governs the genitive: their nominative and gender.
GENITIVE_HEADS: dict[str, tuple[str, str]] = {}
for _nominative, _gender, _genitive in (
    ("Fundacja", "f", "fundacji"), ("Gmina", "f", "gminy"), ("Parafia", "f", "parafii"),
    ("Biblioteka", "f", "biblioteki"), ("Spółdzielnia", "f", "spółdzielni"), ("Szkoła", "f", "szkoły"),
    ("Akademia", "f", "akademii"), ("Izba", "f", "izby"), ("Agencja", "f", "agencji"), ("Poradnia", "f", "poradni"),
    ("Federacja", "f", "federacji"), ("Uczelnia", "f", "uczelni"), ("Spółka", "f", "spółki"), ("Grupa", "f", "grupy"),
    ("Organizacja", "f", "organizacji"), ("Wspólnota", "f", "wspólnoty"), ("Koalicja", "f", "koalicji"),
    ("Sieć", "f", "sieci"), ("Straż", "f", "straży"), ("Caritas", "f", "caritas"), ("Ośrodek", "m", "ośrodka"),
    ("Powiat", "m", "powiatu"), ("Urząd", "m", "urzędu"), ("Związek", "m", "związku"), ("Klub", "m", "klubu"),
    ("Dom", "m", "domu"), ("Zespół", "m", "zespołu"), ("Instytut", "m", "instytutu"),
    ("Uniwersytet", "m", "uniwersytetu"), ("Szpital", "m", "szpitala"), ("Zakład", "m", "zakładu"),
    ("Teatr", "m", "teatru"), ("Kościół", "m", "kościoła"), ("Oddział", "m", "oddziału"),
    ("Stowarzyszenie", "n", "stowarzyszenia"), ("Miasto", "n", "miasta"), ("Województwo", "n", "województwa"),
    ("Starostwo", "n", "starostwa"), ("Przedszkole", "n", "przedszkola"), ("Towarzystwo", "n", "towarzystwa"),
    ("Koło", "n", "koła"), ("Biuro", "n", "biura"), ("Zgromadzenie", "n", "zgromadzenia"), ("Centrum", "n", "centrum"),
    ("Muzeum", "n", "muzeum"), ("Hospicjum", "n", "hospicjum"), ("Liceum", "n", "liceum"),
    ("Park", "m", "parku"), ("Nadleśnictwo", "n", "nadleśnictwa"), ("Dyrekcja", "f", "dyrekcji"),
    ("Politechnika", "f", "politechniki"), ("Galeria", "f", "galerii"), ("Rada", "f", "rady"),
    ("Przedsiębiorstwo", "n", "przedsiębiorstwa"), ("Hufiec", "m", "hufca"), ("Chorągiew", "f", "chorągwi"),
    ("Administracja", "f", "administracji"), ("Euroregion", "m", "euroregionu"), ("Bank", "m", "banku"),
):  # fmt: skip
    GENITIVE_HEADS[_genitive] = (_nominative, _gender)
_GENITIVE_ADJECTIVE = re.compile(r"^([\w-]*?[^\W\d_])(?:(?<=[kg])(iej|iego)|(ej|iego|ego))$")


def _genitive_adjective(word: str, gender: str) -> str | None:
    """ "Publicznej" -> "Publiczna" (f), "Lipnowskiego" -> "Lipnowski" (m) / "Lipnowskie" (n); None if not one."""
    match = _GENITIVE_ADJECTIVE.match(word)
    if match is None or not word[:1].isupper() or len(word) < 5:
        return None
    stem, soft, hard = match.group(1), match.group(2), match.group(3)
    ending = soft or hard
    if gender == "f":
        return stem + "a" if ending in ("ej", "iej") else None
    if ending in ("ej",):
        return None
    soft_stem = bool(soft) or ending == "iego"  # "Wieluńskiego", "Ostatniego"
    if gender == "m":
        return stem + ("i" if soft_stem else "y")
    return stem + ("ie" if soft_stem else "e")


def from_genitive(name: str) -> str:
    """ "Fundacji Polki Mogą Wszystko" -> "Fundacja Polki Mogą Wszystko", "Polskiego Związku Niewidomych" ->
    "Polski Związek Niewidomych"; a name with no genitive head (a nominative, "WiseEuropa") as it is."""
    words = name.split()
    shared = len(words) > 2 and words[1] == "i"  # "Uniwersyteckiego i Hanzeatyckiego Miasta X": two adjectives
    reach = 4 if shared else 3
    head_at = next(
        (i for i, w in enumerate(words[:reach]) if w.strip(OPEN_QUOTES + '"').lower() in GENITIVE_HEADS), None
    )
    if head_at is None or any(w.lower() in NOMINATIVE_HEADS for w in words[:head_at]):
        return name
    head, gender = GENITIVE_HEADS[words[head_at].strip(OPEN_QUOTES + '"').lower()]
    before = [w if shared and i == 1 else _genitive_adjective(w, gender) for i, w in enumerate(words[:head_at])]
    if any(b is None for b in before):
        return name
    out = [b for b in before if b is not None] + [head]
    rest = words[head_at + 1 :]
    for i, word in enumerate(rest):
        adjective = _genitive_adjective(word, gender)
        if adjective is None:
            out.extend(rest[i:])
            break
        out.append(adjective)
    return " ".join(out)


# A word of Roman numerals ("II Liceum", "XIV"): no adjective to decline, no abbreviated unit.
ROMAN = re.compile(r"[IVXLCM]+")
