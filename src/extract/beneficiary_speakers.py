"""The beneficiary as the body of one who says "we got": "– mówi …, prezes Stowarzyszenia X", "Wójt X napisał: …".

Reported speech: the speaker named after the quote ("… dostaliśmy 10 000 zł – mówi Jan Kowalski, prezes
Stowarzyszenia X"; a quote over several paragraphs, its speaker on the line after it: "– mówiły członkinie zarządu
KGW") or before it, by a verb of saying or writing and a colon ("Wójt Kościeliska Jan Nowak napisał w mediach
społecznościowych: … pozyskaliśmy …"). The verbs in every person, gender and number that a speaker tag takes.
"""

from __future__ import annotations

import re

from extract.beneficiary_getters import officer_before
from extract.org_names import fold, org_like, split_orgs
from extract.org_roles import (
    UNIT_FIRST,
    acronym_body,
    register_gmina_end,
    role_name,
    run_at,
    without_person,
)
from extract.org_sentences import CAP
from extract.partners import from_genitive
from extract.personal_data import GIVEN_NAMES

# "… dostaliśmy 10 000 zł dotacji … – mówi Jan Kowalski, prezes Stowarzyszenia X": "we" is the speaker's body.
WE_GOT = re.compile(r"\b(?:otrzymaliśmy|pozyskaliśmy|uzyskaliśmy|dostaliśmy|zdobyliśmy)\b", re.IGNORECASE)
# A verb of saying or writing in a speaker tag, every person, gender and number ("mówi", "mówiła", "mówiły", "mówią").
_SAYS = (
    r"(?:mówi(?:ł[aoy]?|li|ą)?|powiedział[aoy]?|powiedzieli|informuj[eą]|(?:po)?informował[aoy]?|(?:po)?informowali"
    r"|podkreśla(?:ł[aoy]?|li|ją)?|dodaje|dodają|dodał[aoy]?|dodali|wyjaśnia(?:ł[aoy]?|li|ją)?"
    r"|zaznacza(?:ł[aoy]?|li|ją)?|cieszy(?:ł[aoy]?)?\s+się|cieszą\s+się|cieszyli\s+się"
    r"|pisze|piszą|napisał[aoy]?|napisali)"
)
# The office before the person as well: "– mówi dyrektor Gminnej Biblioteki Publicznej Anna Nowak"; a board's members
# ("– mówiły członkinie zarządu KGW"); a date between the verb and the speaker ("– mówiły 13 października …").
_SPEAKER = re.compile(
    rf"[–—-]\s*{_SAYS}\s+(?:\d{{1,2}}\.?\s+[a-ząćęłńóśźż]+\s+)?"
    r"(?:[^,\n–—]{3,60},\s+|(?P<first>))"
    r"(?:prezes\w*|dyrektor\w*|przewodnicząc\w*|kierownik\w*|członk(?:ini[ea]|owie|ini|iń|ów)\s+zarządu)"
    r"(?:\s+zarządu)?\s+"
    rf"(?=[{CAP}])",
    re.IGNORECASE,
)
# The speaker named before the quote: "Wójt Kościeliska Jan Nowak napisał w mediach społecznościowych: …".
_SAID_BEFORE = re.compile(rf"\s{_SAYS}\b[^:\n]{{0,60}}:\s*$", re.IGNORECASE)
# The marks that close a quote (a page may close it with an opening mark by mistake: "… gronie.„").
_CLOSE = re.compile(r"[”\"«»]|„(?=\s*\n)")


def speaker_unit(text: str, start: int) -> str | None:
    """The body of the one who says "dostaliśmy" (a `WE_GOT` match ending at `start`): the speaker tag after the quote,
    within the paragraph or on the line after the quote's close, or the speaker before it (`_SAID_BEFORE`)."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if _quote_open(text, start) and (close := _CLOSE.search(text, start, min(len(text), start + 1500))):
        # the tag on the line after the quote's close ("…gronie.„\n– mówiły …"), else the close's own line
        after = close.end() + 1 if text[close.end() : close.end() + 1] == "\n" else close.end()
        line_end = text.find("\n", after)
        end = max(end, len(text) if line_end < 0 else line_end)
    speaker = _SPEAKER.search(text, start, end)
    if speaker is not None:
        return _speaker_body(text, speaker)
    return _speaker_before(text, start)


def _quote_open(text: str, at: int) -> bool:
    """Whether `at` is inside a quotation opened with „ (within 1,500 characters) and not closed yet; a title quoted
    inside the quotation ("„Na nasz projekt „X” dostaliśmy …") opens and closes its own."""
    window = text[max(0, at - 1500) : at]
    return window.count("„") > window.count("”")


def _speaker_body(text: str, speaker: re.Match[str]) -> str | None:
    """The body named after the speaker's office ("prezes Stowarzyszenia X Jan Nowak"), in the nominative."""
    run = run_at(text, speaker.end(), limit=12)
    if run is None or run.start != speaker.end():
        return None
    words = split_orgs(run.text)[0][0].split()
    if len(words) == 1 and words[0].isupper() and fold(words[0]) in UNIT_FIRST:
        return acronym_body(text, words[0])  # "– mówiły członkinie zarządu KGW": the one KGW the passage names
    for i, word in enumerate(words[2:], 2):  # "Gminnej Biblioteki Publicznej Anna Nowak": the person ends the body
        if fold(word) in GIVEN_NAMES and i >= register_gmina_end(words):
            words = words[:i]
            break
    else:
        if (
            speaker.group("first") is not None and text[run.end : run.end + 1] != ","
        ):  # the office first: the person follows
            words = without_person(" ".join(words)).split()  # (not "…, dyrektor GBP w X, Anna Nowak")
    name = " ".join(words)
    return role_name(from_genitive(name)) if org_like(name) else None  # the body, named in the genitive


def _speaker_before(text: str, start: int) -> str | None:
    """The unit of an office-holder who says or writes, before a colon, what holds "we got" in the same paragraph:
    "Wójt Kościeliska Jan Nowak napisał: … pozyskaliśmy …" -> "Gmina Kościelisko"."""
    paragraph = text.rfind("\n", 0, start) + 1
    colon = text.rfind(":", paragraph, start)
    if colon < 0:
        return None
    said = _SAID_BEFORE.search(text, max(paragraph, colon - 300), colon + 1)
    return officer_before(text[paragraph : said.start()]) if said else None
