"""Shared fixtures and the hypothesis profiles (CI runs more examples, never against a clock)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]

# No per-example deadline: a loaded CI machine must not turn a slow example into a failure.
settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, max_examples=1000, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture()
def root() -> Path:
    return ROOT
