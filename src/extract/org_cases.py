"""Names of units back to the nominative: "Gminie Rybno", "Gminy Rybno", "Gminą Rybno" -> "Gmina Rybno".

Prose names the unit that got the money in whatever case the sentence needs ("przyznano Gminie …",
"trafi do Gminy …", "umowa z Gminą …", "dla Powiatu Jarocińskiego"); records hold the nominative.
Only the head noun and the capitalised adjectives after it are declined ("Powiatu Jarocińskiego" ->
"Powiat Jarociński", "Gminą Miejską Kraków" -> "Gmina Miejska Kraków"); a proper name stays as printed
("Gminy Puszcza Mariańska"), and so does everything from the first lower-case word ("w Nowej Wsi").

>>> nominative("Powiatowi Ostrowskiemu")
'Powiat Ostrowski'
>>> nominative("Ochotniczej Straży Pożarnej w Nowej Wsi")
'Ochotnicza Straż Pożarna w Nowej Wsi'
"""

from __future__ import annotations

import re

from extract.places import GEN, LOC, NOM, gmina_name

# nominative -> (gender, the other case forms of the head); gender decides the adjectives' endings
_DECLENSION: dict[str, tuple[str, tuple[str, ...]]] = {
    "Gmina": ("f", ("Gminy", "Gminie", "Gminę", "Gminą")),
    "Powiat": ("m", ("Powiatu", "Powiatowi", "Powiatem", "Powiecie")),
    "Miasto": ("n", ("Miasta", "Miastu", "Miastem", "Mieście")),
    "Województwo": ("n", ("Województwa", "Województwu", "Województwem", "Województwie")),
    "Stowarzyszenie": ("n", ("Stowarzyszenia", "Stowarzyszeniu", "Stowarzyszeniem")),
    "Fundacja": ("f", ("Fundacji", "Fundację", "Fundacją")),
    "Parafia": ("f", ("Parafii", "Parafię", "Parafią")),
    "Związek": ("m", ("Związku", "Związkowi", "Związkiem")),
    "Spółdzielnia": ("f", ("Spółdzielni", "Spółdzielnię", "Spółdzielnią")),
    "Ośrodek": ("m", ("Ośrodka", "Ośrodkowi", "Ośrodkiem", "Ośrodku")),
    "Towarzystwo": ("n", ("Towarzystwa", "Towarzystwu", "Towarzystwem")),
    "Federacja": ("f", ("Federacji", "Federację", "Federacją")),
    "Biblioteka": ("f", ("Biblioteki", "Bibliotece", "Bibliotekę", "Biblioteką")),
    # offices named as payers: "z Urzędu Marszałkowskiego", "od Starostwa Powiatowego w Lipnie"
    "Urząd": ("m", ("Urzędu", "Urzędowi", "Urzędem", "Urzędzie")),
    "Starostwo": ("n", ("Starostwa", "Starostwu", "Starostwem", "Starostwie")),
}
_PLACE_HEADS = frozenset(["Gmina", "Miasto"])  # heads followed by a gmina's own name, not an adjective
HEAD_FORMS: dict[str, str] = {form: nom for nom, (_, forms) in _DECLENSION.items() for form in (nom, *forms)}
# Units named adjective first, in every case but the nominative.
_PHRASES = {
    re.compile(r"^Ochotnicz(?:ej|ą)\s+Straż[yą]\s+Pożarn(?:ej|ą)\b"): "Ochotnicza Straż Pożarna",
    re.compile(r"^Miast(?:a|u|em)\s+i\s+Gmin(?:y|ie|ę|ą)(?!\w)"): "Miasto i Gmina",
    re.compile(r"^Gmin(?:y|ie|ę|ą)\s+i\s+(?:Miast(?:a|u|em)|Mieście)(?!\w)"): "Gmina i Miasto",
}
_FEMININE = ((re.compile(r"(?<=\w)(?:iej|ej)$"), "a"), (re.compile(r"(?<=\w)ą$"), "a"))
_MASCULINE = ((re.compile(r"(?<=[kg])(?:iego|iemu|im)$"), "i"), (re.compile(r"(?<=\w)(?:ego|emu|ym)$"), "y"))
_NEUTER = ((re.compile(r"(?<=[kg])(?:iego|iemu|im)$"), "ie"), (re.compile(r"(?<=\w)(?:ego|emu|ym)$"), "e"))
_ENDINGS = {"f": _FEMININE, "m": _MASCULINE, "n": _NEUTER}


def _decline(word: str, gender: str) -> str:
    for pattern, ending in _ENDINGS[gender]:
        if pattern.search(word):
            return pattern.sub(ending, word)
    return word


def nominative(name: str) -> str:
    """`name` (head first: "Gminy Miejskiej Kraków") with its head and the adjectives after it in the nominative."""
    for pattern, phrase in _PHRASES.items():
        if pattern.match(name):
            return pattern.sub(phrase, name)
    words = name.split()
    head = HEAD_FORMS.get(words[0]) if words else None
    if head is None:
        return name
    gender = _DECLENSION[head][0]
    out = [head]
    for i, word in enumerate(words[1:], 1):
        if not word[:1].isupper():
            out.extend(words[i:])
            break
        declined = _decline(word, gender) if words[0] != head else word
        out.append(declined)
        if declined == word:
            # a noun in the genitive after the head's own adjective ("Fundacji Rozwoju Kultury Fizycznej"):
            # the words after it agree with that noun, not with the head
            out.extend(words[i + 1 :])
            break
    if words[0] != head and head in _PLACE_HEADS and len(out) > 1 and out[1][:1].isupper():
        # "Miasta Rzeszowa" -> "Miasto Rzeszów": a town's name declines as a noun, not as an adjective
        tail = " ".join(words[1:])
        if gmina_name(tail, NOM) is None and (place := gmina_name(tail, GEN | LOC)):
            return f"{head} {place}"
    return " ".join(out)


# Accusative endings of a name's leading feminine words ("Fundację", "Lokalną Grupę", "Miejską Bibliotekę").
_ACCUSATIVE_F = re.compile(r"(?<=\w)[ąę]$")


def from_accusative(name: str) -> str:
    """`name` read after "przez" (the accusative) in the nominative: "przez Fundację Pokolenia" -> "Fundacja
    Pokolenia", "przez Lokalną Grupę Działania" -> "Lokalna Grupa Działania".  Masculine and neuter names
    read the same in both cases; only the leading capitalised words ending in -ą / -ę change.

    >>> from_accusative("Miejską Bibliotekę Publiczną w Opolu")
    'Miejska Biblioteka Publiczna w Opolu'
    >>> from_accusative("Gminny Ośrodek Pomocy Społecznej")
    'Gminny Ośrodek Pomocy Społecznej'
    """
    words = name.split()
    for i, word in enumerate(words):
        if not word[:1].isupper() or not _ACCUSATIVE_F.search(word):
            break
        words[i] = _ACCUSATIVE_F.sub("a", word)
    return " ".join(words)


INDECLINABLE_HEADS = ("Centrum", "Muzeum", "Hospicjum")  # neuter heads of one form in every case


def from_dative(name: str) -> str:
    """`name` read after "powierzono" (the dative) in the nominative, its adjectives before the head too:
    "Gminnemu Ośrodkowi Pomocy Społecznej w Lipnie" -> "Gminny Ośrodek Pomocy Społecznej w Lipnie".

    >>> from_dative("Stowarzyszeniu Nasza Wieś")
    'Stowarzyszenie Nasza Wieś'
    """
    words = name.split()
    i = next((k for k, word in enumerate(words[:3]) if word in HEAD_FORMS or word in INDECLINABLE_HEADS), None)
    if i is None:
        return name
    if words[i] in INDECLINABLE_HEADS:  # indeclinable: only the adjectives before it change
        gender, rest = "n", " ".join(words[i:])
    else:
        gender, rest = _DECLENSION[HEAD_FORMS[words[i]]][0], nominative(" ".join(words[i:]))
    return " ".join([_decline(word, gender) for word in words[:i]] + [rest])


# Heads of bodies that get money in their own name, in the dative after a verb of giving ("przyznali Śląskiemu
# Bankowi Żywności", "przekazał Klubowi Sportowemu X"): their nominative and gender (an indeclinable head, "Muzeum",
# shows its dative in the adjective after it: "Muzeum Regionalnemu").
_BODY_DATIVE: dict[str, tuple[str, str]] = {
    "Bankowi": ("Bank", "m"), "Klubowi": ("Klub", "m"), "Teatrowi": ("Teatr", "m"), "Szpitalowi": ("Szpital", "m"),
    "Uniwersytetowi": ("Uniwersytet", "m"), "Domowi": ("Dom", "m"), "Zespołowi": ("Zespół", "m"),
    "Instytutowi": ("Instytut", "m"), "Kołu": ("Koło", "n"), "Towarzystwu": ("Towarzystwo", "n"),
    "Przedszkolu": ("Przedszkole", "n"), "Szkole": ("Szkoła", "f"), "Orkiestrze": ("Orkiestra", "f"),
    "Muzeum": ("Muzeum", "n"), "Hospicjum": ("Hospicjum", "n"), "Centrum": ("Centrum", "n"),
}  # fmt: skip
BODY_DATIVES = tuple(form for form, (head, _) in _BODY_DATIVE.items() if form != head)  # the forms that show it


def from_body_dative(name: str) -> str | None:
    """A body named in the dative by one of `BODY_DATIVES`, after at most one adjective, in the nominative:
    "Śląskiemu Bankowi Żywności" -> "Śląski Bank Żywności"; None when no such head opens it.

    >>> from_body_dative("Klubowi Sportowemu Orzeł w Lipnie")
    'Klub Sportowy Orzeł w Lipnie'
    """
    words = name.split()
    i = next((k for k, word in enumerate(words[:2]) if word in _BODY_DATIVE), None)
    if i is None:
        return None
    head, gender = _BODY_DATIVE[words[i]]
    out = [_decline(word, gender) for word in words[:i]] + [head]
    dative = "ej" if gender == "f" else "emu"  # an adjective after the head agrees in the dative ("Sportowemu")
    for k, word in enumerate(words[i + 1 :], i + 1):
        if not (word[:1].isupper() and word.endswith(dative)):
            out.extend(words[k:])  # a proper name or a genitive ("Żywności", "Trzeciego Wieku"): as printed
            break
        out.append(_decline(word, gender))
    return " ".join(out)
