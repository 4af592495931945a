"""org_names: abbreviations inside names and sentences (reported by the partners work)."""

from __future__ import annotations

import pytest

from extract.org_names import org_run, sentence_end


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
