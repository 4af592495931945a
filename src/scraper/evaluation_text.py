"""The main-text checks: does an extractor's text start and end with the label's sentences, and is it clean.

`text_first.starts` / `text_first.contains`: the text starts with / contains the label's first
sentence; `text_last.ends` / `text_last.contains`: it ends with / contains the last sentence;
`text.clean`: nothing from the page outside the main text is in the output: the text has nothing
before the first sentence and nothing after the last one, and when a sentence is missing, the
output's edge does not come from the page's text outside the main text.  A page with no text is not
clean.  A headline at the very start of the text is skipped for all these checks: it is the page's
own, not boilerplate (a date line or a "Data:" prefix is not skipped).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from extract.decode import decode_html
from extract.page import block_text
from extract.text import clean

_EDGE = 40  # characters of the output's edge looked up in the page when a label sentence is missing


def _squash(text: str) -> str:
    """No whitespace at all: where two extractors break lines differently, the characters still line up."""
    return re.sub(r"\s+", "", text)


def _wordy(text: str) -> bool:
    return any(character.isalnum() for character in text)


def page_text(body: bytes) -> str:
    """The page's visible text, whitespace collapsed: where an output's edge is looked up."""
    tree = LexborHTMLParser(decode_html(body).text)
    node = tree.body or tree.root
    return clean(block_text(node)) if node is not None else ""


@dataclass(frozen=True)
class TextChecks:
    starts: bool
    has_first: bool
    ends: bool
    has_last: bool
    before: str | None  # boilerplate found before the main text (a snippet), None when clean
    after: str | None
    anchored: bool = True  # both label sentences are on the page (else the label needs fixing)

    @property
    def clean(self) -> bool:
        return self.before is None and self.after is None


def check_text(text: str | None, first: str, last: str, *, titles: Sequence[str | None], page: str) -> TextChecks:
    """The main-text checks of one page (see the module docstring); `page` is `page_text` of the page."""
    output, first, last = clean(text or ""), clean(first), clean(last)
    for title in titles:  # the headline at the top of the text is the page's own
        if title and not output.startswith(first) and output.startswith(heading := clean(title)):
            output = output[len(heading) :].lstrip()
            break
    squashed = _squash(page)
    start = squashed.find(_squash(first))
    end = squashed.find(_squash(last), max(start, 0))
    anchored = start >= 0 and end >= 0
    main = (start, end + len(_squash(last))) if anchored else (0, len(squashed))
    if not output:
        return TextChecks(False, False, False, False, before="(no text)", after="(no text)", anchored=anchored)
    at_first, at_last = output.find(first), output.rfind(last)

    def outside(edge: str) -> bool:
        """The edge is in the page, and only outside its main text."""
        needle = _squash(edge)
        found = [m.start() for m in re.finditer(re.escape(needle), squashed)] if needle else []
        return bool(found) and not any(main[0] <= i and i + len(needle) <= main[1] for i in found)

    if at_first >= 0:
        before = output[:at_first].strip() if _wordy(output[:at_first]) else None
    else:
        before = output[:_EDGE] if outside(output[:_EDGE]) else None
    if at_last >= 0:
        tail = output[at_last + len(last) :]
        after = tail.strip() if _wordy(tail) else None
    else:
        after = output[-_EDGE:] if outside(output[-_EDGE:]) else None
    return TextChecks(
        starts=output.startswith(first),
        has_first=at_first >= 0,
        ends=output.endswith(last),
        has_last=at_last >= 0,
        before=before,
        after=after,
        anchored=anchored,
    )


def snippet(text: str, *, tail: bool = False, width: int = 100) -> str:
    if len(text) <= width:
        return text
    return "…" + text[-width:] if tail else text[:width] + "…"
