"""org_names: abbreviations inside names and sentences (reported by the partners work)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.org_names import org_run, sentence_end, subject_before
from extract.partner_sentences import _GOES_ON, _WINDOW, end_of_sentence


@pytest.mark.parametrize(
    ("text", "end_word"),
    [
        ("Projekt prowadzą dwa podmioty, tj. Gmina Lipno i Fundacja Dom. Drugie zdanie.", "Dom."),
        ("Partnerzy, tzn. szkoły z Lipna, dołączą. Potem reszta.", "dołączą."),
        ("Zadanie zakończono. Nowe zdanie.", "zakończono."),
    ],
)
def test_sentence_runs_past_tj_and_tzn(text: str, end_word: str) -> None:
    end = sentence_end(text, 0)
    assert text[:end].rstrip(".").endswith(end_word.rstrip("."))


_SENTENCE_PIECES = ("Gmina", " ", "\u00a0", ".", ". ", "\n", "„", "”", '"', "ul.", "r.", "tj.", "(", "w", "a", "!", "?")


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=30).map("".join),
    start=st.integers(0, 80),
    limit=st.integers(0, 80),
)
def test_a_bounded_sentence_end_is_the_end_in_the_text_cut_there(text: str, start: int, limit: int) -> None:
    """`sentence_end(text, start, limit)` reads the text as if it ended at `limit`, without copying it."""
    assert sentence_end(text, start, limit) == sentence_end(text[:limit], start)


def _end_of_sentence_by_copy(text: str, start: int) -> int:
    """`end_of_sentence` as it read its window before: a copy of the text up to it."""
    window = text[: start + _WINDOW]
    end = sentence_end(window, start)
    for _ in range(5):
        if not _GOES_ON.match(window, end):
            break
        end = sentence_end(window, end + 1)
    return end


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from((*_SENTENCE_PIECES, "x" * 700, " b", ". c")), max_size=30).map("".join))
def test_the_partner_sentence_window_is_read_in_place(text: str) -> None:
    for start in range(0, len(text), 37):
        assert end_of_sentence(text, start) == _end_of_sentence_by_copy(text, start)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Parafia Rzymskokatolicka pw. św. Anny w Lipnie", "Parafia Rzymskokatolicka pw. św. Anny w Lipnie"),
        ("Parafia pw św Anny w Lipnie", "Parafia pw św Anny w Lipnie"),
    ],
)
def test_name_keeps_saint_abbreviation(text: str, name: str) -> None:
    run = org_run(text)
    assert run is not None
    assert text[run.start : run.end] == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted prepositional phrase is no part of the subject's name
        ("Od Wojewody Gminny Ośrodek Pomocy Społecznej w Borkach dostał", "Gminny Ośrodek Pomocy Społecznej w Borkach"),
        ("Od Marca Stowarzyszenie Jutrzenka realizuje", "Stowarzyszenie Jutrzenka"),
        ("Dla Seniorów Fundacja Brzask prowadzi", "Fundacja Brzask"),
        ("Stowarzyszenie Jutrzenka realizuje", "Stowarzyszenie Jutrzenka"),
    ],
)
def test_subject_after_a_fronted_phrase(text: str, expected: str) -> None:
    verb = text.rsplit(" ", 1)[1]
    assert subject_before(text, text.rindex(verb)) == expected
