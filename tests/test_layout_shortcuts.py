"""The layout pass's shortcuts give what the plain code gives.

* `_verdict` is not called for an element with no attributes whose tag it does not judge: such an
  element's verdict is (0, 0) wherever it stands (inside a muted block, a protected one, a listing);
* lexbor's `skip_empty` leaves out exactly the text nodes the walk would skip (`text.isspace()`) among
  those it keeps: ASCII whitespace only, never NBSP or the other Unicode spaces, which the walk skips itself.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from extract.boilerplate_words import MUTE
from extract.layout import _TAGS_JUDGED, Block, Layout

_TAGS = [
    "p",
    "div",
    "td",
    "th",
    "tr",
    "li",
    "ul",
    "span",
    "a",
    "table",
    "dl",
    "section",
    "h1",
    "h2",
    "form",
    "b",
    "custom-tag",
    # the tags the verdict judges, written out (not read from _TAGS_JUDGED, so dropping one from it fails here)
    "nav",
    "aside",
    "footer",
    "header",
    "article",
    "main",
    "time",
    "body",
    "html",
]


@given(
    tag=st.one_of(st.sampled_from(_TAGS), st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)),
    parent_tag=st.sampled_from(_TAGS),
    muted=st.booleans(),
    flags=st.integers(min_value=0, max_value=(1 << 20) - 1),
    protected=st.booleans(),
    listing=st.booleans(),
    classes=st.booleans(),
)
def test_an_element_without_attributes_is_judged_by_its_tag_alone(
    tag: str, parent_tag: str, muted: bool, flags: int, protected: bool, listing: bool, classes: bool
) -> None:
    layout = Layout(LexborHTMLParser("<p>x</p>"), listing=listing, classes=classes)
    node = layout.blocks[0].node
    parent = Block(node, parent_tag, -1, 0, flags, MUTE if muted else 0, muted, False, 0)
    verdict = layout._verdict({}, tag, parent, protected)
    if tag not in _TAGS_JUDGED:
        assert verdict == (0, 0)


@pytest.mark.parametrize("tag", ["nav", "aside", "footer", "header", "article", "main", "time"])
def test_a_bare_tag_the_verdict_judges_is_never_skipped(tag: str) -> None:
    """A bare `<time>` or `<nav>` has a verdict of its own under a plain parent, so the walk must ask for it."""
    layout = Layout(LexborHTMLParser("<p>x</p>"), listing=False, classes=False)
    parent = Block(layout.blocks[0].node, "div", -1, 0, 0, 0, False, False, 0)
    assert layout._verdict({}, tag, parent, False) != (0, 0)
    assert tag in _TAGS_JUDGED


_SPACES = st.sampled_from([" ", "\t", "\n", "\r", "\x0c", "\x0b", "\xa0", "\u2003", "\u3000", "x", ",", "ą"])


@given(st.lists(st.lists(_SPACES, max_size=4).map("".join), min_size=1, max_size=6))
def test_skip_empty_leaves_out_only_what_the_walk_skips(texts: list[str]) -> None:
    html = "<div>" + "<b>b</b>".join(text.replace("<", "") for text in texts) + "</div>"
    node = LexborHTMLParser(html).css_first("div")
    assert node is not None

    def kept(children: list) -> list[int]:  # type: ignore[type-arg]
        return [
            child.mem_id
            for child in children
            if child.tag != "-text" or (child.text_content and not child.text_content.isspace())
        ]

    plain = kept(list(node.iter(include_text=True)))
    assert kept(list(node.iter(include_text=True, skip_empty=True))) == plain


def _counts(layout: Layout) -> list[tuple[str, int, int, int, int, float]]:
    return [(b.tag, b.own, b.own_commas, b.text, b.kind, b.score) for b in layout.blocks]


def test_whitespace_between_tags_changes_no_count() -> None:
    tight = (
        "<body><div><p>Gmina, powiat i miasto otrzymały środki na drogi.</p>"
        "<p>Drugi akapit, z przecinkiem.</p></div></body>"
    )
    loose = tight.replace("><", ">\n   \t<").replace("<p>", "<p>\r\n ")
    assert _counts(Layout(LexborHTMLParser(loose))) == _counts(Layout(LexborHTMLParser(tight)))
