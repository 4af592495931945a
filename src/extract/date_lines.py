"""Lines that print a date: one holding nothing but a date, and a publication cue ("Opublikowano: …").

Shared by the publication-date cascade (it reads them) and the text-edge trimming (it drops them).
"""

from __future__ import annotations

import re
from datetime import date

from extract.dates import MONTHS, find_dates

_WEEKDAYS_TIMES = re.compile(
    r"\b(?:poniedziałek|poniedzialek|wtorek|środa|sroda|czwartek|piątek|piatek|sobota|niedziela|pon|wt|śr|sr|czw"
    r"|pt|sob|niedz|nd)\b\.?|\d{1,2}:\d{2}(?::\d{2})?|\bgodz\w*\.?|\b(?:dnia|dn\.|r\.|roku)\b"
    r"|\bo(?=\s+\d{1,2}:\d{2})",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
PUBLISHED_CUE = re.compile(
    r"^\W{0,3}(?:informacj[eęa]\s+)?(?:opublikowano|opublikowan[aye]|opublikował\w*|data\s+publ\.|czas\s+publikacji"
    # ("Data publikacji/aktualizacji: …", one row for both, is the publication's row)
    r"|data\s+i\s+(?:godzina|czas)\s+publikacji|data\s+(?:publikacji(?:\s*/\s*aktualizacji)?|opublikowania|dodania"
    r"|wprowadzenia|udostępnienia|upublicznienia|zamieszczenia|umieszczenia)|dodano|dodan[eya](?=\s|:)|dodał\w*|wprowadzono"
    r"|wprowadził\w*|upubliczniono"
    r"|zamieszczono|umieszczono|udostępniono|udostępnił\w*|napisane\s+przez|wpis\s+z\s+dnia"
    r"|napisano(?:\s+dnia)?|napisał\w*|wpisany\s+przez|wpisał\w*|autor\w*|publikacja|wysłano|posted|published|written\s+by)",
    re.IGNORECASE,
)


def date_only(line: str) -> date | None:
    """The date of a line that holds nothing but a date (with a weekday, an hour, "r.")."""
    if len(line) > 70:
        return None
    mentions = [m for m in find_dates(line) if m.precision == "day" and m.value is not None]
    if not mentions:
        return None
    rest = line
    for mention in reversed(mentions):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    rest = _WEEKDAYS_TIMES.sub(" ", rest)
    if len(_LETTER.findall(rest)) > 2:
        return None
    return mentions[0].value


# A dateline's short forms that the prose date reader leaves alone: a month abbreviated (WordPress's "4 Lut
# 2020", "12 wrz. 2019") or in English ("Monday, 15 October 2018", "October 15, 2018").
_SHORT_MONTHS = {
    "sty": 1, "lut": 2, "mar": 3, "kwi": 4, "maj": 5, "cze": 6, "lip": 7, "sie": 8, "wrz": 9, "paź": 10,
    "paz": 10, "lis": 11, "gru": 12, "jan": 1, "feb": 2, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_ENGLISH_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_POLISH_SHORT = "sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|paz|lis|gru"
# ... and the full Polish month words in the orders prose does not use: "7 maja, 2023", "10 listopad, 2016",
# "Październik 25 2018" (a CMS's month-first format).
_POLISH_FULL = "|".join(sorted(MONTHS, key=len, reverse=True))
_SHORT_DATE = re.compile(
    rf"(?<![\w.])(?:(?P<day>\d{{1,2}})\.?\s+(?P<month>(?:{_ENGLISH_MONTHS}|{_POLISH_FULL})(?!\w)|(?:{_POLISH_SHORT})\.?)"
    rf",?\s+(?P<year>(?:19|20)\d{{2}})|(?P<month2>{_ENGLISH_MONTHS}|{_POLISH_FULL})\.?\s+(?P<day2>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?,?\s+(?P<year2>(?:19|20)\d{{2}}))(?:\s*r\.|\s*roku)?(?!\w)",
    re.IGNORECASE,
)
_ENGLISH_WEEKDAYS = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b,?", re.IGNORECASE)
# "Iwaniska, dnia 13-09-2017 r.": the place and day an announcement is dated, as a letter's heading.
_PLACE_DATED = re.compile(r"^[A-ZŁŚŻŹĆŃÓ][\w\-]+(?:[ \-][A-ZŁŚŻŹĆŃÓ][\w\-]+){0,2},\s*(?:dnia|dn\.)?\s*(?=\d)")
# An author, a category or a count after a dateline's date ("27.07.2024 10:05 1 PM/Powiat Wejherowski").
_NAME_WORD = re.compile(
    r"^[A-ZŁŚŻŹĆŃÓ][\w\-./]*$|^\d{1,6}$|^(?:przez|dodano|dodał\w*|autor\w*|kategori[ae]|źródło|w|opr\.|oprac\.|red\.|fot\.)$"
    r"|^[|:/•·,–-]$"
)
# A label before a dateline's date: "Data: 21-02-2022", "By 7 maja, 2023", "Dodano 3.04.2021".
_LEAD_LABEL = re.compile(
    r"^\W{0,3}(?:data(?:\s+(?:publikacji|opublikowania|dodania|wprowadzenia|zamieszczenia|umieszczenia))?|dodano"
    r"|opublikowano|zamieszczono|umieszczono|napisano(?:\s+dnia)?|by|posted(?:\s+on)?|published(?:\s+on)?"
    r"|(?:wiadomość|wiadomosc|informacja|aktualność|aktualnosc|artykuł|artykul|komunikat|ogłoszenie|ogloszenie|news)"
    r"\s+z\s+dnia)(?=[\s:])\s*:?\s*",
    re.IGNORECASE,
)
# What may follow the date with no word of prose: a count of comments or views, an edit note in brackets.
_COUNTS = re.compile(
    r"\((?:[^()]){0,80}\)|(?<!\w)(?:brak\s+komentarzy|komentarz\w*|odsłon\w*|wyświetle\w*|razy|czytano|views?|reads?|comments?"
    r"|utworzenie\s+treści)(?!\w)",
    re.IGNORECASE,
)
_UNDERSCORED = re.compile(r"\d{1,2}_\d{1,2}_\d{4}")
# "12.03.21": a dateline with a two-digit year (the prose date reader wants four digits; alone on its line it is a day).
_TWO_DIGIT_YEAR = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})(?:\s*r\.?)?")
# "z dnia 25 listopada 2020 r." on a line of its own: an act's or a letter's date under its title, not a dateline.
_ACT_DATED = re.compile(r"^\W{0,3}z\s+(?:dnia|dn\.)\s", re.IGNORECASE)
_SEPARATOR_END = re.compile(r"[|•·,]\s*$")
_SEPARATOR_WORD = re.compile(r"[|:/•·,–-]")


def _short_dates(text: str) -> list[tuple[date, int, int]]:
    """Dates in a dateline's short or CMS forms: each with its offsets."""
    found: list[tuple[date, int, int]] = []
    for match in _SHORT_DATE.finditer(text):
        month_word = (match.group("month") or match.group("month2")).lower().rstrip(".")
        month = _SHORT_MONTHS.get(month_word[:3])
        day = int(match.group("day") or match.group("day2"))
        year = int(match.group("year") or match.group("year2"))
        if month is None:
            continue
        try:
            found.append((date(year, month, day), match.start(), match.end()))
        except ValueError:
            continue
    return found


def _short_date(text: str) -> tuple[date, int, int] | None:
    found = _short_dates(text)
    return found[0] if found else None


def dateline(line: str) -> date | None:
    """The date of a dateline: a line holding only a date (`date_only`, or a month abbreviated or in English),
    a date followed by no more than its author or category ("27.07.2021 Paweł Cerkanowicz", "Monday, 15 October
    2018r. Inwestycje"), or a letter's heading ("Iwaniska, dnia 13-09-2017 r.")."""
    line = line.strip()
    if not line or len(line) > 70:
        return None
    if _UNDERSCORED.fullmatch(line):
        line = line.replace("_", ".")  # "3_03_2010": a stamp some BIP systems print with underscores
    if _ACT_DATED.match(line):
        return None
    if (two := _TWO_DIGIT_YEAR.fullmatch(line)) is not None:
        try:
            return date(2000 + int(two.group(3)), int(two.group(2)), int(two.group(1)))
        except ValueError:
            return None
    if (only := date_only(line)) is not None:
        return only
    line = _LEAD_LABEL.sub("", line, count=1)
    found: date | None = None
    mentions = [m for m in find_dates(line) if m.precision == "day" and m.value is not None]
    if mentions:
        found, start, end = mentions[0].value, mentions[0].start, mentions[0].end
    elif (short := _short_date(line)) is not None:
        found, start, end = short
    else:
        return None
    before, after = line[:start], line[end:]
    place = _PLACE_DATED.match(line)
    if place is not None and place.end() == start:
        before = ""
    before = _COUNTS.sub(" ", _WEEKDAYS_TIMES.sub(" ", _ENGLISH_WEEKDAYS.sub(" ", before)))
    after = _COUNTS.sub(" ", _WEEKDAYS_TIMES.sub(" ", after))
    if len(_LETTER.findall(before)) > 2:
        # "Dariusz Nowak | Wydarzenia | 15-11-2019": an author and a category set off by a separator
        named = [word.rstrip(":,;") or word for word in before.split()]
        if not _SEPARATOR_END.search(before) or len(named) > 6 or not all(_NAME_WORD.match(w) for w in named):
            return None
    words = [word.rstrip(":,;") or word for word in after.split()]
    counted = [word for word in words if not _SEPARATOR_WORD.fullmatch(word)]
    if len(counted) > 4 or not all(_NAME_WORD.match(word) for word in words):
        return None
    return found


# A publication cue inside a line, next to its date: "… Data publikacji: 2016-04-27, Liczba odwiedzin: 2706",
# "2022-01-05 13:30 Dodano przez: J.M." (a byline run into the title when the page has no line breaks).
_CUE_BEFORE = re.compile(
    # (a letter may not stand before it, a digit may: "27-06-2024Data publikacji", a glued screen-reader label)
    r"(?:(?<![^\W\d_])data\s+(?:i\s+(?:godzina|czas)\s+)?(?:publikacji|opublikowania|dodania|wprowadzenia|zamieszczenia"
    r"|umieszczenia|udostępnienia|upublicznienia)\s*[:,]?|\bdata\s+publ\.\s*:?|\bczas\s+publikacji\s*:?"
    # ("Kategoria: Aktualności Dodane: 26.02.2026": a WordPress theme's row of labels)
    r"|\b(?:opublikowano|opublikowan[aye]|dodano|dodan[aey]|zamieszczono|wprowadzono|upubliczniono)\s*:"
    # a BIP notice's row: "Ogłoszono dnia: 2011-09-02 przez …", "Data ogłoszenia: …" (not "Ogłoszono wyniki")
    r"|\b(?:ogłoszono|ogłoszon[aey])(?:\s+(?:dnia|w\s+dniu))?\s*:|\bdata\s+ogłoszenia\s*:)\s*(?:dnia\s+|w\s+dniu\s+)?"
    # ... a weekday may stand between: "Data publikacji, Czwartek, 27-06-2024"
    r"(?:(?:poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela),?\s+)?$",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    r"^\s*(?:r\.|roku)?\s*,?\s*(?:(?:godz\.?\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*)?[|,•·–-]?\s*"
    r"(?:dodano|opublikowano|dodał\w*|opublikował\w*)(?:\s+przez)?\b",
    re.IGNORECASE,
)


# A headline stamped with its date at its end: "Zarządzenie … ws. ogłoszenia konkursu 09.04.2019 r.",
# "Posiłek w szkole – 2021-12-08"; not a date the headline's sentence governs ("… zawarto w dniu 21.06.2023 r.",
# "Nabór do 30.04.2021", "spotkanie 12 maja 2023 r.": a date in words is an event's, a stamp is in figures).
_STAMP_BEFORE = re.compile(
    r"(?:^|[\s|•·,–—-])(?<!\bw\sdniu\s)(?<!\bdnia\s)(?<!\bdn\.\s)(?<!\bod\s)(?<!\bdo\s)(?<!\bz\s)(?<!\bna\s)"
    r"(?<!\bpo\s)(?<!\bprzed\s)(?<!\bw\s)$",
    re.IGNORECASE,
)
# ... nor a headline about a deadline or a meeting: "Zakończony – data zakończenia naboru 2020-11-09".
_NOT_STAMP = re.compile(r"termin|zakończeni|rozpoczęci|nab[oó]r|składani|posiedzeni|spotkani|zebrani", re.IGNORECASE)
# ... nor a date right after the sentence's verb ("podpisano", "zawarto", "odbył się", "zakończyła"): an event's.
_VERB_BEFORE = re.compile(r"(?-i:\b[a-ząćęłńóśźż]+(?:ano|ono|ęto|ato|yto|rto|ito|uto|ł|ła|ło|li|ły)|\bsię)[ \u00a0]+\Z")
_FIGURES_DATE = re.compile(r"\d{1,4}[.-]\d{1,2}[.-]\d{1,4}")
_STAMP_AFTER = re.compile(r"\s*(?:r\.?|roku)?\s*[\])]?\s*$", re.IGNORECASE)


# ... or at its very start, before the headline's first capital ("12.03.2021 Dotacja na remont świetlicy", a news
# list's form); not a sentence that begins with its date ("12.03.2021 Odbyło się zebranie", "… W świetlicy …").
_LEADING_STAMP = re.compile(
    r"\s*(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?:\s*r\.)?\s*(?:[|•·,–—-]\s*)?"
    r"(?=[A-ZŁŚŻŹĆŃÓ„\"])"
)
_SENTENCE_START = re.compile(
    r"(?:w|we|od|do|na|z|ze|po|przed|dnia|o|już|tego)\b|[^\W\d_]+(?:ano|ono|ęto|ato|yto|ł|ła|ło|li|ły)\b"
    r"|[^\W\d_]+\s+się\b",
    re.IGNORECASE,
)


def _leading_stamp(line: str) -> date | None:
    m = _LEADING_STAMP.match(line)
    if m is None:
        return None
    rest = line[m.end() :]
    if _SENTENCE_START.match(rest) or re.search(r"[.!?]\s+[A-ZŁŚŻŹĆŃÓ]", rest):
        return None  # a sentence that begins with its date: an event's
    return next((d.value for d in find_dates(m.group("date")) if d.precision == "day"), None)


def stamped_headline(line: str) -> date | None:
    """The date printed in figures at the very end (or start) of a short headline, set off from its words."""
    if len(line) > 160 or _NOT_STAMP.search(line):
        return None
    if (leading := _leading_stamp(line)) is not None:
        return leading
    dated = [m for m in find_dates(line) if m.precision == "day" and m.value is not None]
    if not dated:
        return None
    last = dated[-1]
    if not _FIGURES_DATE.match(line, last.start):
        return None
    if not _STAMP_AFTER.fullmatch(line, last.end) or not _STAMP_BEFORE.search(line[: last.start].rstrip("[( ") + " "):
        return None
    if _VERB_BEFORE.search(line, 0, last.start):
        return None  # "Umowę podpisano 15.06.2023 r.", "Piknik odbył się 12.06.2022 r.": an event's date
    return last.value


# A machine stamp closing the text: an ISO date (with its time or not) or any date with a time to the second
# ("2021-03-12 13:18:00", "12.03.2021 15:07:44"); people write an event's day as "15.05.2023" or "15 maja", not so.
_MACHINE_STAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[.-]\d{1,2}[.-]\d{4},?\s+\d{1,2}:\d{2}:\d{2}"
)


def machine_stamp(line: str) -> date | None:
    """The day of a line that is nothing but a CMS's machine stamp (ISO, or with seconds)."""
    line = line.strip()
    if not _MACHINE_STAMP.fullmatch(line):
        return None
    return next((m.value for m in find_dates(line) if m.precision == "day" and m.value is not None), None)


_BRACKETED = re.compile(r"\s*[\[(]([^\[\]()]{6,40})[\])]\s*")


def bracketed_date(line: str) -> date | None:
    """A notice's stamp: a date alone in brackets on its own line ("[10.11.2020 r.]"), which may follow the
    notice's lead paragraph (an appended announcement dates itself so)."""
    m = _BRACKETED.fullmatch(line)
    return date_only(m.group(1)) if m else None


def cued_date(line: str) -> date | None:
    """The date a publication cue inside a short line points at (the cue right before or right after it)."""
    if len(line) > 300:
        return None
    dated = [m for m in find_dates(line) if m.precision == "day" and m.value is not None]
    # a cue before its date first: in "Wytworzono: … | Opublikowano: 02.03.2021" the cue labels the date after it
    for mention in dated:
        if _CUE_BEFORE.search(line[max(0, mention.start - 40) : mention.start]):
            return mention.value
    for mention in dated:
        if _CUE_AFTER.match(line[mention.end : mention.end + 40]):
            return mention.value
    return None


# A byline run into one line, anywhere in the article (Joomla prints it after the text): "wtorek, 01 maja 2018
# 16:21 Poprawiony: …, 02 lipca 2018 20:42 Wpisany przez …", "Dodane przez redakcja dnia Październik 25 2018".
_BYLINE = re.compile(
    r"(?<!\w)(?:(?:wpisan|napisan|dodan|opublikowan|utworzon|zamieszczon|wysłan)\w*\s+przez|autor\w*\s*:)",
    re.IGNORECASE,
)
_MODIFIED_BEFORE = re.compile(
    r"(?:poprawion|zmodyfikowan|modyfikacj|modified|aktualiz|zmienion|edytowan|ost\.\s*akt)\w*\.?\s*:?"
    r"[^\d:]{0,25}$",
    re.IGNORECASE,
)


def byline_date(line: str) -> date | None:
    """The first date of a byline line that is not its modification date."""
    if len(line) > 200 or not _BYLINE.search(line):
        return None
    dated = [(m.value, m.start) for m in find_dates(line) if m.precision == "day" and m.value is not None]
    dated += [(found, start) for found, start, _ in _short_dates(line)]
    for found, start in sorted(dated, key=lambda d: d[1]):
        if found is not None and not _MODIFIED_BEFORE.search(line[max(0, start - 40) : start]):
            return found
    return None


_BADGE_DAY = re.compile(r"\d{1,2}")
_BADGE_YEAR = re.compile(r"(?:19|20)\d{2}")


def badge_date(lines: list[str], k: int) -> date | None:
    """A date badge: day, month (a word or its abbreviation) and year on three lines of their own ("15", "MAJ",
    "2018")."""
    if k + 2 >= len(lines) or not _BADGE_DAY.fullmatch(day := lines[k].strip()):
        return None
    month_word, year = lines[k + 1].strip().lower().rstrip("."), lines[k + 2].strip()
    month = _SHORT_MONTHS.get(month_word[:3]) if month_word.isalpha() and len(month_word) <= 12 else None
    if month is None or not _BADGE_YEAR.fullmatch(year) or not (month_word in MONTHS or month_word in _SHORT_MONTHS):
        return None
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None
