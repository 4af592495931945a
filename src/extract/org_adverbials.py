"""Adverbials Polish puts between a subject and its verb, read back from the verb.

"Gminny Ośrodek Pomocy Społecznej w X kolejny już rok realizuje projekt", "Gmina X w okresie od 1 czerwca 2013r. do
30 kwietnia 2014r. realizuje …", "Stowarzyszenie X od lat prowadzi …", "Fundacja X po raz trzeci otrzymała …",
"OSP w X – w imieniu której podpisał prezes – zawarła umowę …": the subject is the name before them.
`adverbials_start` gives where they begin, so that a reader of the subject before a verb reads back from there.

Only lower-case words are skipped (an adverbial inside a sentence is written in lower case; a name's words are
capitalised: "Fundacja Razem Teraz" keeps "Teraz"), and a piece is tried only when the word before the verb can end
one (a literal set), so the scan costs a set look-up where nothing stands between a subject and its verb.
"""

from __future__ import annotations

import re

from extract.dates import MONTHS

# Single adverbs of time, frequency, manner and addition.
_ADVERBS = (
    *("znów", "znowu", "ponownie", "również", "także", "też", "nadal", "wciąż", "już", "obecnie", "aktualnie"),
    *("właśnie", "wspólnie", "dziś", "dzisiaj", "teraz", "wkrótce", "niebawem", "ostatnio", "regularnie"),
    *("systematycznie", "corocznie", "tradycyjnie", "samodzielnie", "dodatkowo", "oficjalnie", "dotychczas"),
    *("jeszcze", "stale", "ciągle", "nieprzerwanie", "niezmiennie", "sukcesywnie", "skutecznie", "pomyślnie"),
    *("bezpośrednio", "faktycznie", "wcześniej", "niedawno", "latem", "jesienią", "wiosną", "zimą"),
)
_ORDINALS = (
    *("kolejny", "kolejne", "następny", "drugi", "trzeci", "czwarty", "piąty", "szósty", "siódmy", "ósmy"),
    *("dziewiąty", "dziesiąty", "jedenasty", "dwunasty", "pierwszy", "ostatni"),
)
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_YEAR = r"(?:19|20)\d{2}"
_YEAR_MARK = r"(?:\s*r\.|\s+roku|\s+r(?=\s|$))?"
# A date: "1 czerwca 2013r.", "01.04.2008 r.", "marca 2024 roku", "w marcu 2024".
_DATE = rf"(?:\d{{1,2}}\s+{_MONTH}\s+|\d{{1,2}}\.\d{{1,2}}\.\s*|{_MONTH}\s+)?{_YEAR}{_YEAR_MARK}"
_ORDINAL = "(?:" + "|".join(_ORDINALS) + r"|\d{1,2}\.)"
_PIECE = (
    "(?:"
    + "|".join(
        [
            "(?:" + "|".join(_ADVERBS) + ")",
            r"(?:jak\s+)?co\s+(?:roku|rok|miesiąc|tydzień)",
            r"od\s+(?:wielu\s+|kilku\s+|kilkunastu\s+|kilkudziesięciu\s+|paru\s+|\d{1,2}\s+)?lat",
            rf"(?:już\s+)?{_ORDINAL}\s+(?:już\s+)?(?:rok|raz)(?:\s+z\s+rzędu)?",
            rf"po\s+raz\s+(?:{_ORDINAL}|kolejny)(?:\s+z\s+rzędu)?",
            r"(?:w|we)\s+(?:tym|bieżącym|ubiegłym|zeszłym|przyszłym|obecnym|minionym|nadchodzącym)"
            r"\s+(?:roku|miesiącu|tygodniu|półroczu|sezonie|okresie)",
            r"w\s+br\.",
            rf"w\s+latach\s+{_YEAR}\s*[-–—]\s*{_YEAR}{_YEAR_MARK}",
            rf"(?:w\s+okresie\s+|w\s+terminie\s+|w\s+dniach\s+)?od\s+{_DATE}\s+do\s+{_DATE}",
            # the year once, at the end: "od 1 marca do 30 listopada 2024 r.", "od lipca do października 2023 roku"
            rf"(?:w\s+okresie\s+|w\s+terminie\s+|w\s+dniach\s+)?od\s+(?:\d{{1,2}}\s+)?{_MONTH}\s+do\s+{_DATE}",
            rf"(?:w\s+dniu|dnia)\s+{_DATE}",
            # a year or a month's year alone ("od 2019 r.", "w marcu 2024"); a start day alone ("od 1 stycznia 2012 r.")
            # is left out: the in-house page b07-old-gops-projekt-pokl reads no implementer there (see its label)
            rf"(?:w|od|do)\s+(?:roku\s+)?(?:{_MONTH}\s+)?{_YEAR}{_YEAR_MARK}",
            rf"(?:w|od|do)\s+{_MONTH}(?:\s+br\.)?",
        ]
    )
    + ")"
)
ADVERBIAL_PIECE = _PIECE  # one piece, for patterns that allow one between their words
_PIECE_END = re.compile(rf"(?<![\w.-]){_PIECE}\s*\Z")
# An aside between dashes or in brackets that opens with a lower-case word ("– w imieniu której podpisał prezes
# X –", "(po raz trzeci)"); not one naming a role in a partnership ("(partner wiodący)", "(lider)").
_ASIDE_END = re.compile(
    r"\s[–—]\s+(?=[a-ząćęłńóśźż])[^–—\n.;!?]{1,200}?\s[–—]\s*\Z"
    r"|\s\((?=[a-ząćęłńóśźż])(?![^()\n]*(?:partner|lider|realizator|beneficjent))[^()\n]{1,100}\)\s*\Z"
)
_COMMA_END = re.compile(r",\s*\Z")
# An aside between commas that opens with a lower-case word ("Gmina X, podobnie jak w ubiegłym roku, otrzymała …",
# "Stowarzyszenie X, działające od 2010 roku, prowadzi …").
_COMMA_ASIDE = re.compile(r",\s+(?=[a-ząćęłńóśźż])[^,\n.;:!?()„”\"]{1,60},\s*\Z")
# An aside that joins a second subject (", a także gmina Y,", ", oraz Fundacja Z,", ", wraz z gminą Y,") is skipped only
# before a verb in the singular: with a plural verb ("…, a także gmina Lipy, otrzymały") both are its subject.
_JOINING = re.compile(r",\s+(?:a|i|oraz|ani|czy|wraz|razem|jak\s+i|a\s+także|a\s+również)\s")
# A verb in the plural: "przyznali", "otrzymały", "przeznaczą", "chcą" (also read by `extract.funding_payers`).
PLURAL_VERB = re.compile(r"\w+(?:li|ły|ą)\b")
# Words that may end a piece (lower case, trailing commas stripped): the literal gate of the scan.
_LAST_WORDS = frozenset(
    [
        *_ADVERBS,
        *("roku", "rok", "r.", "r", "raz", "lat", "rzędu", "miesiąc", "tydzień", "miesiącu", "tygodniu"),
        *("półroczu", "sezonie", "okresie", "br.", "kolejny"),
        *_ORDINALS,
        *MONTHS,
    ]
)
_YEAR_WORD = re.compile(rf"(?:{_YEAR}[-–—])?{_YEAR}(?:r\.?)?|\d{{1,2}}\.")  # "2014r.", "2019-2021", "3." (po raz 3.)
_REACH = 120  # characters of adverbials read back at most (a date range is some 50)


def _may_end_piece(word: str) -> bool:
    word = word.rstrip(",")
    return word in _LAST_WORDS or _YEAR_WORD.fullmatch(word) is not None or word.endswith((")", "–", "—"))


def adverbials_start(text: str, verb_start: int) -> int:
    """Where the adverbials right before `verb_start` begin (the space before them), or `verb_start` if none do.

    Several pieces may follow one another ("od lat regularnie", "kolejny już rok"), between commas too ("Gmina X,
    jak co roku, realizuje")."""
    position = verb_start
    for _ in range(6):
        before = text[max(0, position - 40) : position].rstrip()
        last = before.rsplit(None, 1)[-1] if before else ""
        aside = _COMMA_ASIDE.search(text, max(0, position - 80), position) if last.endswith(",") else None
        if aside and not (_JOINING.match(text, aside.start()) and PLURAL_VERB.match(text, verb_start)):
            position = aside.start()
            continue
        if not last or not _may_end_piece(last):
            break
        window = max(0, position - _REACH)
        commas = _COMMA_END.search(text, max(0, position - 4), position)
        end = commas.start() if commas else position
        found = _PIECE_END.search(text, window, end) or _ASIDE_END.search(text, max(0, position - 220), end)
        if found is None:
            break
        start = found.start()
        if commas:  # ", jak co roku," : the comma before the piece closes off the aside
            opening = _COMMA_END.search(text, max(0, start - 4), start)
            if opening is None:
                break
            start = opening.start()
        position = start
    return position


# The same pieces after a verb, before its subject: "Projekt realizuje od lipca Stowarzyszenie X", "Program prowadzi
# już trzeci rok Fundacja Y", "Realizatorem projektu jest od 2020 r. GOPS w Z". Tried only where the text after the
# verb opens with a lower-case letter or a digit (a subject's name opens with a capital), so a verb followed by its
# subject costs one character test.
_PIECE_START = re.compile(rf"{_PIECE}(?![\w-])[ \t\u00a0]*,?[ \t\u00a0]*")


def adverbials_end(text: str, start: int) -> int:
    """Where the adverbials right after `start` end (the next word's start), or `start` if none stand there or no
    capitalised word follows them ("wspólnie z Fundacją X": a company, no subject)."""
    position = start
    for _ in range(4):
        if not (text[position : position + 1].islower() or text[position : position + 1].isdigit()):
            break
        piece = _PIECE_START.match(text, position)
        if piece is None or piece.end() == position or text.startswith("wspólnie", position):
            break  # ("prowadzą wspólnie A i B": co-runners, read by `extract.partner_jointly`)
        position = piece.end()
    return position if text[position : position + 1].isupper() else start
