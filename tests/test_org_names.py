"""org_names: abbreviations inside names and sentences (reported by the partners work)."""

from __future__ import annotations

import pytest

from extract.org_names import org_run, sentence_end, subject_before


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
