"""Where an amount's clause and sentence end, so its kind is read from its own words, not a neighbour's."""

from __future__ import annotations

import re

# Clause boundaries for the context of an amount: a line, ";", or a full stop before a capital.
# A line wrapped inside a sentence ("– w wysokości\n1 710 000,00 zł") is not a boundary.
# (nor one wrapped after an abbreviation that stands before a number: "w kwocie ok.\n350 tys. zł")
# ("… do Wielkopolski. – Seniorzy mają …": a quoted speech opened by a dash begins a sentence too.)
# (The character is matched first, as a class, and its kind told by a look-behind: a regex that opens with a
# class is scanned for it at C speed, where one that opens with an alternation of lines is tried at every
# position; same matches as "\n(?!…)|;|[.!?](?=…)", held equal by a test.)
_BOUNDARY = re.compile(
    r"[\n;.!?](?:(?<=\n)(?!(?<=[a-ząćęłńóśźż,]\n)[a-ząćęłńóśźż\d])(?!(?<=[A-ZĄĆĘŁŃÓŚŹŻ]\n)\d)"
    r"(?!(?<=(?<!\w)(?:ok|ca|tj)\.\n)\d)|(?<=;)"
    r"|(?<=[.!?])(?=[ \u00a0]+(?:[–—][ \u00a0]+)?[A-ZĄĆĘŁŃÓŚŹŻ„\"])"
    # ("… rozdzielił dotacje. 20 tysięcy złotych dostała parafia": a sentence may begin with its sum; after a word of
    # five letters or more, as no abbreviation before a number is: "ok. 20", "r. 20", "tys. 500", "godz. 17"; but for
    # the longer ones a document cites by number: "rozdz. 3", "zarządz. 12", "paragr. 4", "załącz. 2")
    r"|(?<=[a-ząćęłńóśźż]{5}[.!?])(?<!rozdz\.)(?<!rządz\.)(?<!aragr\.)(?<!łącz\.)(?<!rawozd\.)(?=[ \u00a0]+\d))"
)
_BOUNDARY_MARKS = "\n;.!?"  # the characters `_BOUNDARY` may match at
# Where an amount's own clause begins: "…, z czego 370.000zł. pokrywa dotacja, a 42.300zł to środki własne".
# "w tym" is "including", not "w tym roku/celu/naborze" (this year, for this purpose, in this call).
_W_TYM = (
    r"w tym(?!\s+(?:rok\w*|miesiąc\w*|tygodni\w*|samym|czasie|zakresie|celu|przypadku|okresie|momencie|miejscu"
    r"|dniu|wypadku|naborze|konkursie|programie|projekcie|budżecie|sezonie|semestrze|kwartale|półroczu|etapie|trybie)\b)"
)
CLAUSE_SPLIT = re.compile(rf"[,;()\[\]]|\s(?:i|oraz|a|{_W_TYM}|z czego|przy czym|zaś|natomiast|czyli|tj\.)\s")
# Where the short source phrase after an amount stops ("800 zł z EFS i 150 zł ...").
AFTER_STOP = re.compile(rf"[,;()\[\]\n]|\s(?:i|oraz|a|{_W_TYM}|z czego|tj\.|czyli)\s|[.:](?:\s|$)")
# A gross or net mark in brackets right after a sum ("2.999.569 zł (brutto)") belongs to the sum, not a clause break.
GROSS_MARK = re.compile(r"[ \u00a0]*\((?:brutto|netto)\)", re.I)
# A relative clause right after an amount still speaks of it: "194 312 zł, którą przeznaczono na dofinansowanie".
RELATIVE = re.compile(r",\s*(?:(?:na|w|z|do|od|za|o|przez)\s+)?któr\w+\s")
# "5.280 zł, w tym kurs – 2.310 zł": a part of the sum before, of the same kind.
PART_OF = re.compile(rf"\b{_W_TYM}", re.I)
# "Dofinansowanie: 12 608 484,35 zł (z czego dla Gminy Długołęka 6 515 814,00 zł)": a part of a grant given to one of
# its recipients ("dla X" before or after the sum), with no cue or verb of its own, is that recipient's grant (rule 3: a
# sum for one named recipient takes its cue's kind).  Not a part split by purpose ("z czego 247 380 zł przeznaczono na
# Moduł I": the unit's spending), nor a part of a cost (no cost: tests/realtext/README.md, fourth round).
GRANT_PART = re.compile(
    # (after the words of the grant's own clause: "2 mln zł dofinansowania, z czego …")
    r"(?:[^\d\n.;()]{0,40}?[,(]|[ \u00a0]*[,(–—-]?)[ \u00a0]*z[ \u00a0]+(?:czego|tego|tej[ \u00a0]+kwoty)"
    r"(?P<to>[ \u00a0]+dla[ \u00a0]+[^\d\n.;()]{1,60})?"
    r"(?:[ \u00a0]+(?:ponad|około|ok\.|blisko|prawie|niemal))?[ \u00a0]*",
    re.I,
)
FOR_AFTER = re.compile(r"[ \u00a0]*dla[ \u00a0]+[^\W\d]", re.I)
_PENDING_REACH = 160  # characters of the next sentence read for the awaited decision
# "…, a gmina B ponad": a coordinated clause whose verb and cue are left out (they are the previous clause's).
# ("W sierpniu gmina otrzymała 2,2 mln zł, pod koniec zeszłego roku 10,5 mln zł": after a comma alone, a time phrase
# ending right before the sum is the only word the clause keeps)
_TIME_WORD = (
    # ("dwa lata temu 10 000 zł", "rok wcześniej 8 000 zł": a time phrase closed by an adverb of time)
    r"(?:roku|rok|latach|temu|wcześniej|później|miesiąc\w*|kwartale|półroczu|transzy|edycji|naborze|(?:19|20)\d\d(?:\s*r\.)?|maj[au]?"
    r"|(?:styczni|styczeń|lut|marc|kwie[ct]ni|czerw|lip|sierp|wrze[sś]|październik|listopad|grud)\w*)"
)
ELLIPSIS = re.compile(
    r"(?:[\s,;]*(?:a|i|oraz|zaś|natomiast)\s+(?:[^\W\d]+\s+){0,4}?"
    rf"|[ \u00a0]*,\s*(?:(?:w|we|pod|na|po|przed|z|ze)\s+)?(?:[^\W\d]+\s+){{0,2}}?{_TIME_WORD}\s+)"
    r"(?:(?:ponad|około|ok\.|blisko|prawie|niemal)\s*)?\Z",
    re.I,
)
# ... but not when the sum's clause has a verb of its own after it ("a pozostałe 4 000 zł pokryły środki
# Organizatora"): nothing is left out there, and a verb the heads do not know gives no kind to copy.
OWN_VERB_AFTER = re.compile(
    r"[ \u00a0]*(?:[^\W\d]+[ \u00a0]+)?(?:[^\W\d]{2,}(?:ł[aoy]?|li)(?:[ \u00a0]+się)?\b"
    # (an impersonal past, "wydano", "zebrano": not "netto")
    r"|(?!netto|brutto)[^\W\d]{3,}[nt]o\b"
    r"|(?:pokrywa|pochodz|finansuj|przypada|wnosi|wnies|wykłada|dokłada|zapewni|przeznacz|zabezpiecz|zaplanowa)\w*)",
    re.I,
)
# Any stop mark before a space or the end, whatever word follows ("2020 r. w", "zł. pokrywa" end one too): the money
# readers' bound of a sum's clause (funding_sentences.SENTENCE_STOP_BEFORE_CAPITAL wants a capital after the mark).
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# The next item of a list of names with their sums: ", GBP w Wiązowie - ", "; a MiGBP w Strzelinie – ".
# ("Gmina Lipno (120 000 zł), Gmina Rybno (95 000 zł)": each name's sum in brackets is such a list too.)
ITEM_BEFORE = re.compile(
    # (a dash may close the item before: "gmina A – 693 707,32 zł na „…” – i gmina B – 750 000,00 zł")
    r"[\s,;]*(?:[-–—][\s,;]*)?(?:(?:a|i|oraz)\s+)?[^\W\d][^\n,;:.]{0,60}?\s[-–—]\s*\Z"
    # ("(12 000 zł) oraz Gmina B, Gmina C i Gmina D (po 6 000 zł)": several names before one sum, each's)
    r"|\)[\s,;]*(?:(?:a|i|oraz)\s+)?[^\W\d][^\n;:.()]{0,100}?\s\(\s*(?:po\s+)?\Z"
)
# How far around a sum its clause and sentence are read: in a text with no clause end (a flattened table) every
# amount's sentence would be the whole text, and each rule's search over it made the page quadratic (100 KB of
# "dotacje o łącznej wartości 12 zł" ran over a minute).
SENTENCE_REACH = 400


class Boundaries:
    """The clause boundaries (`_BOUNDARY`) of a text, looked for around the amounts that ask, not over the whole text.

    A boundary is one character whose look-arounds see only its neighbours, so whether a place is one does not
    depend on where a scan starts: the boundaries found from any place are those one `finditer` over the whole
    text finds there (a test holds it).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # The last answers, so that amounts asked in reading order cost one scan of the text in all, not one each:
        # a text with no boundary for 100 KB made every amount rescan it back to its start.
        self._start_asked = -1
        self._start_found = 0
        self._end_asked = -1
        self._end_found = -1

    def clause_start(self, pos: int) -> int:
        """Offset just after the last boundary before `pos` (0 when there is none)."""
        if 0 <= self._start_asked <= pos:  # asked in reading order: only the text since the last answer is new
            last = self._last_boundary(self._start_asked, pos)
            found = last + 1 if last >= 0 else self._start_found
        else:
            width = 256
            while True:
                low = max(0, pos - width)
                last = self._last_boundary(low, pos)
                if last >= 0 or low == 0:
                    break
                width *= 4
            found = last + 1
        self._start_asked, self._start_found = pos, found
        return found

    def _last_boundary(self, low: int, pos: int) -> int:
        """Start of the last boundary in [low, pos), or -1; its look-aheads may read past `pos`, the scan does not."""
        text = self.text
        # from `pos` back (the nearest mark is most often a boundary), each mark character's search going on from
        # where it stopped: text full of marks that are no boundary ("ul.", "r.") is read once, not once a mark
        nearest = {char: text.rfind(char, low, pos) for char in _BOUNDARY_MARKS}
        while True:
            char = max(nearest, key=nearest.__getitem__)
            mark = nearest[char]
            if mark < 0 or _BOUNDARY.match(text, mark):
                return mark
            nearest[char] = text.rfind(char, low, mark)

    def sentence_end(self, end: int) -> int:
        """The first boundary at or after `end` (the text's length when there is none): the full stop right after an
        amount ends its sentence ("… 60 193,42 zł. Dofinansowanie …"), the next sentence's words are not its."""
        if 0 <= self._end_asked <= end <= self._end_found:
            return self._end_found
        found = _BOUNDARY.search(self.text, end)
        self._end_asked, self._end_found = end, found.start() if found else len(self.text)
        return self._end_found


def clause_start(bounds: Boundaries, pos: int) -> int:
    """Offset just after the last clause boundary before `pos`."""
    return bounds.clause_start(pos)


def next_stop(text: str, bounds: Boundaries, stop: int) -> int:
    """Where the sentence after the one ending at `stop` ends, at most `_PENDING_REACH` after `stop`."""
    limit = min(len(text), stop + _PENDING_REACH)
    at = stop + 1
    while at < limit and text[at] in " \u00a0\n.!?;":
        at += 1  # (past the stop itself and the blanks after it)
    return limit if at >= limit else min(limit, bounds.sentence_end(at))


def amount_sentence_end(text: str, bounds: Boundaries, end: int) -> int:
    """Where the amount's sentence (line, or up to ";" or a full stop) ends, at most `SENTENCE_REACH` after it."""
    return min(bounds.sentence_end(end), end + SENTENCE_REACH)


def after_stop(text: str, start: int, reach: int) -> int:
    """Just after the last ".", ";" or line break at most `reach` before `start` (a list line's or a clause's start;
    `clause_start` reads the full clause boundaries of the amounts' pass)."""
    low = max(0, start - reach)
    return max(low - 1, *(text.rfind(c, low, start) for c in ".;\n")) + 1
