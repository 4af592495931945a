"""Contacts: obfuscated e-mails, Polish phone numbers (to E.164) and the names beside them.

E-mails: plain addresses and the usual obfuscations — ``[at]`` ``(at)`` ``{at}`` ``<at>``,
``[małpa]`` / ``(małpa)`` / bare `` małpa ``, ``[dot]`` / ``[kropka]`` (any of those brackets),
bare `` at `` and `` dot `` only together with an obfuscated dot.  Drupal's spamspan rendered
without spaces ("urzadatum [dot] opole [dot] pl") is recovered only when the glued word holds
exactly one "at" and a bracketed "[dot]" domain follows; otherwise it is left alone.

Phones: a Polish number is 9 digits after +48 / 0048 or after the old trunk 0 ("068 32 31 880").
A digit run is a phone only with a phone cue before it (tel., fax, kom., telefon, …), a +48 prefix,
the "(NN)" area-code form, or one of the characteristic groupings 2-3-2-2, 3-3-3, 2-2-2-3; never
after NIP / REGON / KRS / PESEL / account labels, never before "zł", and never inside a longer
number (amounts, dates, postcodes, bank accounts, counters).

>>> find_emails("e@mail: biuro@dfoz.pl, urzad [at] um [dot] opole [dot] pl")
['biuro@dfoz.pl', 'urzad@um.opole.pl']
>>> [p.e164 for p in find_phones("tel. (77) 441 02 60, 068 32 31 880")]
['+48774410260', '+48683231880']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from extract.figures import figure_spans
from extract.lowered import lowered
from extract.org_names import matches_from, text_cues
from extract.regex_starts import digit_class


@dataclass(frozen=True, slots=True)
class PhoneMention:
    e164: str  # "+48774410260"
    text: str  # as printed, "(77) 441 02 60"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ContactMention:
    name: str | None
    phone: str | None  # E.164
    phone_text: str | None
    email: str | None


# --------------------------------------------------------------------------- e-mails

_OPEN = r"[\[\(\{<]"
_CLOSE = r"[\]\)\}>]"
_LABEL = r"[A-Za-z0-9_%+\-]+"
_AT_PLAIN = r"[ \t]?@[ \t]?"
_AT_BRACKET = rf"[ \t\u00a0]*{_OPEN}[ \t]*(?:at|AT|At|małpa|malpa|MAŁPA)[ \t]*{_CLOSE}[ \t\u00a0]*"
_AT_BARE = r"[ \t\u00a0]+(?:at|małpa|malpa)[ \t\u00a0]+"
_DOT_BRACKET = rf"[ \t\u00a0]*{_OPEN}[ \t]*(?:dot|DOT|kropka|KROPKA)[ \t]*{_CLOSE}[ \t\u00a0]*"
_DOT_BARE = r"[ \t\u00a0]+(?:dot|kropka)[ \t\u00a0]+"
_DOT = rf"(?:\.|{_DOT_BRACKET}|{_DOT_BARE})"
_EMAIL = re.compile(
    rf"(?<![\w.@\-])(?P<local>{_LABEL}(?:{_DOT}{_LABEL})*)"
    rf"(?P<at>{_AT_BRACKET}|{_AT_PLAIN}|{_AT_BARE})"
    rf"(?P<domain>[A-Za-z0-9\-]+(?:{_DOT}[A-Za-z0-9\-]+)+)"
)
# "@", or "at"/"małpa" in brackets or between spaces.  Its first character is matched as a class and its
# kind told by a look-behind (a regex opening with a class is scanned at C speed, one opening with an
# alternation is tried at every position); the same matches as "@|{_OPEN}…|[ \t\u00a0]…", held by a test.
_AT_ANCHOR = re.compile(
    rf"[@\[\(\{{< \t\u00a0](?:(?<=@)|(?<={_OPEN})[ \t]*(?:at|AT|At|małpa|malpa|MAŁPA)[ \t]*{_CLOSE}"
    r"|(?<=[ \t\u00a0])(?:at|małpa|malpa)[ \t\u00a0])"
)
# Only square-bracketed dots, the way Drupal's spamspan prints them.
_SQUARE_DOT = r"[ \t\u00a0]*\[[ \t]*(?:dot|DOT|kropka|KROPKA)[ \t]*\][ \t\u00a0]*"
_DOT_BRACKET_RE = re.compile(_SQUARE_DOT)
# Drupal spamspan without spaces: "urzadatum [dot] opole [dot] pl" (a word, then bracketed dots).
_GLUED_WORD = re.compile(r"(?<![\w.@\-\]])[A-Za-z0-9._\-]{4,64}$")
_DOT_CHAIN = re.compile(rf"(?:{_SQUARE_DOT}[A-Za-z0-9\-]+)+")
_DOT_ANY = re.compile(rf"{_DOT_BRACKET}|{_DOT_BARE}")
_TLD = re.compile(r"[a-z]{2,24}")
_PLAIN_DOMAIN = re.compile(r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


def _clean_part(part: str) -> str:
    return _DOT_ANY.sub(".", part).strip()


def _valid(local: str, domain: str) -> bool:
    labels = domain.split(".")
    return (
        bool(local)
        and len(labels) >= 2
        and all(labels)
        and bool(_TLD.fullmatch(labels[-1]))
        and not local.startswith(".")
        and ".." not in local
    )


def _windows(text: str, anchors: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged (start, end) windows around every anchor: the only places worth a full match."""
    windows: list[tuple[int, int]] = []
    for anchor in anchors.finditer(text):
        start, end = max(0, anchor.start() - before), min(len(text), anchor.end() + after)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


# What every `_AT_ANCHOR` match holds besides an "@": an opening bracket or white space right before an "at" word
# ("(at)", "( at )", " małpa "), the bracket's spaces being white space too.  Tried only where the word's lowered
# letters are (`_AT_WORDS`, found with str.find): a regex opening with the class stopped at every space.
_AT_WORD = re.compile(r"(?<=[ \t\u00a0\[\(\{<])(?:at|AT|At|małpa|malpa|MAŁPA)")
_AT_WORDS = ("at", "małpa", "malpa")


def _may_hold_at(text: str) -> bool:
    """False when `_AT_ANCHOR` cannot match `text` (most pages print no e-mail): "@" is found at once, and
    `_AT_WORD` is tried at far fewer places than `_AT_ANCHOR`, which tries a match at every space."""
    return "@" in text or next(matches_from(_AT_WORD, text, text_cues(text), _AT_WORDS), None) is not None


def _email_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, address) of every e-mail, obfuscated or not, in order."""
    out: list[tuple[int, int, str]] = []
    for window_start, window_end in _windows(text, _AT_ANCHOR, 160, 200) if _may_hold_at(text) else ():
        for match in _EMAIL.finditer(text, window_start, window_end):
            at = match.group("at")
            obfuscated_dot = bool(_DOT_ANY.search(match.group("domain")))
            if re.fullmatch(_AT_BARE, at) and "at" in at.lower() and not obfuscated_dot:
                continue  # "look at example.com" is prose; a bare "at" needs an obfuscated dot too
            end = match.end()
            raw_domain = match.group("domain")
            if "@" in at and obfuscated_dot:  # "x@um.opole.pl dot com": a real "@", real dots only
                plain = _PLAIN_DOMAIN.match(raw_domain)
                if plain is None:
                    continue
                raw_domain, end = plain.group(0), match.start("domain") + plain.end()
            local, domain = _clean_part(match.group("local")), _clean_part(raw_domain).lower()
            if _valid(local, domain):  # windows are disjoint and matches in one never overlap
                out.append((match.start(), end, f"{local}@{domain}"))
    starts = [start for start, _, _ in out]
    for dot in _DOT_BRACKET_RE.finditer(text) if "[" in text else ():
        word = _GLUED_WORD.search(text, max(0, dot.start() - 64), dot.start())
        if word is None:
            continue
        before = bisect_right(starts, word.start()) - 1
        if before >= 0 and word.start() < out[before][1]:
            continue  # inside an address already read
        chain = _DOT_CHAIN.match(text, dot.start())
        lowered = word.group(0).lower()
        if chain is None or lowered.count("at") != 1:
            continue
        at = lowered.index("at")
        local, host = word.group(0)[:at], word.group(0)[at + 2 :]
        domain = (host + _clean_part(chain.group(0))).lower()
        if local and host and _valid(local, domain):
            out.append((word.start(), chain.end(), f"{local}@{domain}"))
    out.sort()
    return out


def find_emails(text: str) -> list[str]:
    """E-mail addresses, de-obfuscated ("urzad [at] um.opole.pl" -> "urzad@um.opole.pl"), in order, unique."""
    return list(dict.fromkeys(address for _, _, address in _email_spans(text)))


# --------------------------------------------------------------------------- phones

_SEP = r"(?:[ \u00a0]|[ \u00a0]?[\-./][ \u00a0]?)"
_PHONE_CANDIDATE = re.compile(
    # The look-ahead lets the regex engine skip to a possible first character at C speed.
    r"(?=[+(0-9])"
    r"(?P<prefix>(?:\+|00)[ \u00a0]?48[ \u00a0\-]?|\([ \u00a0]?(?:\+|00)48[ \u00a0]?\)[ \u00a0]?)?"
    r"(?P<area>\([ \u00a0]?0?[\- ]?\d{2,3}[ \u00a0]?\)[ \u00a0]?)?"
    rf"(?P<body>\d{{1,10}}(?:{_SEP}\d{{1,10}})*)"
)
_PHONE_CUE = re.compile(
    r"(?:\btel\b|\btelefon\w*|\bfax\b|\bfaks\w*|\bkom\b|\bkomórk\w*|\bmobile?\b|\bphone\b|\binfolinia\b"
    r"|\bcentrala\b|\bsms\b|\bnr\s+tel\w*|\bnumer\w*\s+tel\w*)[^\d\n]{0,25}$",
    re.IGNORECASE,
)
_NOT_PHONE_CUE = re.compile(
    r"(?:\bNIP\b|\bREGON\b|\bKRS\b|\bPESEL\b|\bBDO\b|\bIBAN\b|\bkont(?:o|a|u|em|ach)\b|\brachun\w*|\bISBN\b|\bsygn\w*"
    r"|\bumow\w*|\bumów\w*|\bdecyzj\w*|\bnr\s+(?:projektu|wniosku|sprawy))[^\n]{0,25}$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"^[ \u00a0]*(?:zł|zl|pln|eur|euro|€|\$|gr\b|tys|mln|mld|osób|os\.|m2|m²|m3|km|ha|kg|szt|%"
    r"|r\.|rok|lat)",
    re.IGNORECASE,
)
# Digit-group shapes of the 9 national digits that are phones even without a cue.
_SHAPES = frozenset({(2, 3, 2, 2), (3, 3, 3), (2, 2, 2, 3)})
_AREA_SHAPES = frozenset({(3, 2, 2), (2, 2, 3), (3, 4), (7,)})


@dataclass(frozen=True, slots=True)
class _Group:
    digits: str
    start: int
    end: int


def _groups(match: re.Match[str]) -> list[_Group]:
    body_start = match.start("body")
    return [
        _Group(g.group(0), body_start + g.start(), body_start + g.end())
        for g in re.finditer(r"\d+", match.group("body"))
    ]


def _boundary_ok(text: str, start: int, end: int) -> bool:
    """Not a piece of a longer token: nothing glued on, no "1.552.911"-style continuation."""
    before = text[start - 1 : start]
    if before and (before.isalnum() or before in "_@/\\"):
        return False
    if before and before in ".,-" and text[start - 2 : start - 1].isdigit():
        return False
    after = text[end : end + 1]
    if after and (after.isalnum() or after in "_@/\\"):
        return False
    return not (after and after in ".,-" and text[end + 1 : end + 2].isdigit())


def _national(groups: list[_Group], international: bool) -> tuple[str, tuple[int, ...]] | None:
    """The 9 national digits and their grouping, after a +48 prefix or an old trunk 0."""
    digits = "".join(g.digits for g in groups)
    sizes = [len(g.digits) for g in groups]
    if not international and len(digits) == 10 and digits[0] == "0":
        digits = digits[1:]
        sizes[0] -= 1
        if sizes[0] == 0:
            sizes = sizes[1:]
    if len(digits) != 9 or digits[0] == "0":
        return None
    return digits, tuple(s for s in sizes if s)


def _phone_at(text: str, match: re.Match[str], groups: list[_Group], first: int, last: int) -> PhoneMention | None:
    """Groups `first..last` of a candidate as one phone number, if they are one."""
    prefix = match.group("prefix") if first == 0 else None
    area = match.group("area") if first == 0 else None
    chosen = groups[first : last + 1]
    area_digits = re.sub(r"\D", "", area or "")
    if area_digits:
        chosen = [_Group(area_digits, match.start("area"), match.end("area")), *chosen]
    national = _national(chosen, international=bool(prefix))
    if national is None:
        return None
    digits, sizes = national
    start = match.start() if first == 0 else groups[first].start
    end = groups[last].end
    if not _boundary_ok(text, start, end):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    if _NOT_PHONE_CUE.search(before) or _UNIT_AFTER.match(text[end : end + 6]):
        return None
    if len(sizes) > 1 and min(sizes) < 2:
        return None  # "5 6 7 8 9 10 11": a calendar row, not a phone
    cued = bool(_PHONE_CUE.search(before))
    separators = {
        text[a.end : b.start].strip() for a, b in zip(groups[first:last], groups[first + 1 : last + 1], strict=True)
    }
    if separators & {".", "/"} and not (cued or prefix):
        return None  # "123.456.789" is a counter or an identifier unless a cue says phone
    if area_digits:
        ok = cued or bool(prefix) or sizes[1:] in _AREA_SHAPES or len(area_digits.lstrip("0")) == 2
    else:
        ok = bool(prefix) or cued or sizes in _SHAPES
    if not ok:
        return None
    printed = " ".join(text[start:end].split())  # NBSP and thin spaces printed as plain spaces
    return PhoneMention(e164="+48" + digits, text=printed, start=start, end=end)


_NOT_DIGIT = re.compile(r"\D")


def _digit_count(match: re.Match[str]) -> int:
    """Digits in a candidate, its area code's included: the most any phone read from it can have."""
    return len(_NOT_DIGIT.sub("", match.group("area") or "")) + len(_NOT_DIGIT.sub("", match.group("body")))


# Nine digits with at most three of a candidate's separators between each two (spaces, "-", ".", "/", the ")" of an
# area code): what a candidate `_digit_count` lets through holds; most pages hold none (dates, sums of money have
# fewer), and this scan is cheaper than _PHONE_CANDIDATE's, which is tried at every position.
_NINE_DIGITS = re.compile(rf"{digit_class()}(?<=\d)(?:[ \u00a0\-./)]{{0,3}}\d){{8}}")  # (DIGITS: skipped to fast)


_SHORT = 200  # characters: a shorter text is scanned whole


def _nine_digits(text: str) -> bool:
    """Whether `_NINE_DIGITS` matches in `text`, tried only where a run of digits begins (`extract.figures`, found
    once a page): a match beginning inside a run would match from the digit before it too."""
    if len(text) < _SHORT:
        return _NINE_DIGITS.search(text) is not None
    return any(_NINE_DIGITS.match(text, start) for start, _ in figure_spans(text))


def find_phones(text: str) -> list[PhoneMention]:
    """Polish phone numbers in their usual spellings, normalised to E.164."""
    out: list[PhoneMention] = []
    if not _nine_digits(text):
        return out
    for match in _PHONE_CANDIDATE.finditer(text):
        if match.end() - match.start() < 9:
            continue  # fewer than nine characters cannot hold nine digits
        if _digit_count(match) < 9:
            continue  # "5 678 831", a date: `_candidate_phones` would find none (`tests/test_scan_prefilters.py`)
        out += _candidate_phones(text, match)
    return out


def _candidate_phones(text: str, match: re.Match[str]) -> list[PhoneMention]:
    """The phones in one candidate run of digit groups."""
    groups = _groups(match)
    if not groups or sum(len(g.digits) for g in groups) >= 20:
        return []  # a bank account or another long identifier
    area_length = len(_NOT_DIGIT.sub("", match.group("area") or ""))
    in_run: list[tuple[PhoneMention, int]] = []
    first = 0
    while first < len(groups):
        total = area_length if first == 0 else 0
        found = None
        for last in range(first, len(groups)):
            total += len(groups[last].digits)
            if total > 10:
                break
            if total >= 9:
                found = _phone_at(text, match, groups, first, last)
                if found:
                    break
        if found:
            last = next(i for i, g in enumerate(groups) if g.end == found.end)
            in_run.append((found, last))
            first = last + 1
        else:
            first += 1
    # "600 123 456 789": nine digits followed by more digits of the same run are not a phone.
    starts = {p.start for p, _ in in_run}
    return [phone for phone, last in in_run if not (last + 1 < len(groups) and groups[last + 1].start not in starts)]


# --------------------------------------------------------------------------- contact persons

_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_LOWER = "a-ząćęłńóśźż"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_PERSON = rf"(?P<person>{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{1,2}})"
_HONORIFIC = r"(?:(?:Pani|Pan|p\.)[ \u00a0]+)?(?:(?:mgr|dr|inż\.|lic\.|prof\.)[ \u00a0]+)*"
_CONTACT_LABEL = re.compile(
    r"(?i:\b(?:osob[ay][ \u00a0]+kontaktow[ae]|osob[ay][ \u00a0]+do[ \u00a0]+kontaktu"
    r"|kontakt(?:[ \u00a0]+w[ \u00a0]+sprawie(?:[ \u00a0]+[a-ząćęłńóśźż]+){0,3})?"
    r"|(?:(?:dodatkowych|szczegółowych|bliższych|wszelkich)[ \u00a0]+)?"
    r"informacji[ \u00a0]+udziela(?:ją)?"
    r"|koordynator(?:ka)?(?:[ \u00a0]+projektu)?)\b[ \u00a0]*[:–—\-]?[ \u00a0]*)" + _HONORIFIC + _PERSON
)
_HONOURED = re.compile(r"\b(?:Pani|Pan)[ \u00a0]+" + _PERSON)
_LISTED = re.compile(
    r"(?:^|(?<=[,;\n]))[ \u00a0]*" + _HONORIFIC + _PERSON + r"(?=[ \u00a0,:–\-]{1,3}(?i:tel\b|telefon|e-?mail))"
)
_LABEL_TRIGGER = re.compile(
    r"\b(?:osob[ay]\s|kontakt|informacji|dodatkowych|szczegółowych|bliższych|wszelkich|koordynator)"
)
# The words every _LABEL_TRIGGER match begins with: it is tried only where one is (`matches_from`).
_LABEL_TRIGGER_STARTS = (
    "osob",
    "kontakt",
    "informacji",
    "dodatkowych",
    "szczegółowych",
    "bliższych",
    "wszelkich",
    "koordynator",
)
_NOT_PERSON = frozenset(
    [
        "urząd",
        "ośrodek",
        "gmina",
        "miasto",
        "powiat",
        "centrum",
        "regionalny",
        "miejski",
        "gminny",
        "projekt",
        "program",
        "fundusz",
        "stowarzyszenie",
        "fundacja",
        "szkoła",
        "starostwo",
        "biuro",
        "dział",
        "wydział",
        "referat",
        "sekretariat",
        "tel",
        "telefon",
        "kontakt",
        "informacja",
        "europejski",
        "ministerstwo",
    ]
)
_CUE_AFTER = re.compile(r"^[^\n]{0,40}?(?:\btel\b|\btelefon|\be-?mail|@|\[at\]|\(at\))", re.IGNORECASE)


_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


@dataclass(frozen=True, slots=True)
class _Loose:
    start: int
    end: int
    phone: PhoneMention | None = None
    email: str | None = None


def _label_windows(text: str, labels: list[int]) -> list[tuple[int, int]]:
    """The 300 characters after each contact label, merged: where listed persons may follow."""
    windows: list[tuple[int, int]] = []
    for start in labels:
        end = min(len(text), start + 300)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


@dataclass(frozen=True, slots=True)
class _Person:
    name: str
    start: int
    end: int


def _persons(text: str) -> list[_Person]:
    found: dict[int, _Person] = {}
    low = lowered(text)
    labels = [m.start() for m in matches_from(_LABEL_TRIGGER, low, low, _LABEL_TRIGGER_STARTS)]
    for start in labels:
        match = _CONTACT_LABEL.match(text, start)
        if match and match.start("person") not in found:
            found[match.start("person")] = _Person(match.group("person"), match.start("person"), match.end("person"))
    for match in matches_from(_HONOURED, text, text_cues(text), ("pan",)) if "Pan" in text else ():
        if match.start("person") not in found and _CUE_AFTER.match(text[match.end() :]):
            found[match.start("person")] = _Person(match.group("person"), match.start("person"), match.end("person"))
    cues = text_cues(text)
    listed = "tel" in cues or "mail" in cues  # what `_LISTED` must see after the name
    for window_start, window_end in _label_windows(text, labels) if listed else ():
        for match in _LISTED.finditer(text, window_start, window_end):
            if match.start("person") not in found:
                found[match.start("person")] = _Person(
                    match.group("person"), match.start("person"), match.end("person")
                )
    persons = []
    for person in sorted(found.values(), key=lambda p: p.start):
        words = person.name.split()
        if any(w.lower() in _NOT_PERSON for w in words):
            continue
        persons.append(person)
    return persons


def find_contacts(text: str) -> list[ContactMention]:
    """Contact persons with the phone and e-mail printed next to them."""
    if not text:
        return []
    phones = find_phones(text)
    emails = _email_spans(text)
    persons = _persons(text)
    used_phones: set[int] = set()
    used_emails: set[int] = set()
    contacts: list[tuple[int, ContactMention]] = []

    for i, person in enumerate(persons):
        limit = persons[i + 1].start if i + 1 < len(persons) else len(text)
        blank = _BLANK_LINE.search(text[person.end : limit])
        limit = min(limit, person.end + (blank.start() if blank else len(text)), person.end + 300)
        phone_at = next(
            (k for k, p in enumerate(phones) if person.end <= p.start < limit and k not in used_phones),
            None,
        )
        email_at = next(
            (k for k, e in enumerate(emails) if person.end <= e[0] < limit and k not in used_emails),
            None,
        )
        own_phone = phones[phone_at] if phone_at is not None else None
        if phone_at is not None:
            used_phones.add(phone_at)
        if email_at is not None:
            used_emails.add(email_at)
        contact = ContactMention(
            name=person.name,
            phone=own_phone.e164 if own_phone else None,
            phone_text=own_phone.text if own_phone else None,
            email=emails[email_at][2] if email_at is not None else None,
        )
        contacts.append((person.start, contact))

    # Phones and e-mails with no person: pair a phone with an e-mail printed right beside it.
    seen_phones = {c.phone for _, c in contacts if c.phone}
    seen_emails = {c.email for _, c in contacts if c.email}
    loose = sorted(
        [_Loose(p.start, p.end, phone=p) for j, p in enumerate(phones) if j not in used_phones]
        + [_Loose(e[0], e[1], email=e[2]) for j, e in enumerate(emails) if j not in used_emails],
        key=lambda item: item.start,
    )
    pairs: list[tuple[int, PhoneMention | None, str | None]] = []
    k = 0
    while k < len(loose):
        item = loose[k]
        phone, email = item.phone, item.email
        if k + 1 < len(loose):
            following = loose[k + 1]
            gap = text[item.end : following.start]
            if (following.phone is None) != (phone is None) and len(gap) <= 120 and not _BLANK_LINE.search(gap):
                phone, email = phone or following.phone, email or following.email
                k += 1
        k += 1
        pairs.append((item.start, phone, email))
    # A phone + e-mail pair wins over the same address printed alone elsewhere (a page header).
    pairs.sort(key=lambda pair: (pair[1] is None or pair[2] is None, pair[0]))
    for start, phone, email in pairs:
        if phone and phone.e164 in seen_phones:
            phone = None
        if email in seen_emails:
            email = None
        if phone is None and email is None:
            continue
        if phone:
            seen_phones.add(phone.e164)
        if email:
            seen_emails.add(email)
        contact = ContactMention(
            name=None,
            phone=phone.e164 if phone else None,
            phone_text=phone.text if phone else None,
            email=email,
        )
        contacts.append((start, contact))
    contacts.sort(key=lambda pair: pair[0])
    return [c for _, c in contacts]


# --------------------------------------------------------------------------- spans, for redaction


def email_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, address) of every e-mail in `text`, as `find_emails` reads them, in order."""
    return _email_spans(text)


def person_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every contact person `find_contacts` would name, in order."""
    return [(person.start, person.end, person.name) for person in _persons(text)]
