"""Shared fixtures: the repository's paths, and a CLI runner that never touches the network."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture()
def root() -> Path:
    return ROOT
