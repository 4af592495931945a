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
# tests/test_fuzz_extract.py: a few thousand examples in all, no clock; FUZZ_EXAMPLES=N hunts longer, each
# example under a deadline (FUZZ_DEADLINE_MS) so a hang shows up with its input.
_FUZZ_SLACK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("fuzz-ci", deadline=None, max_examples=1000, suppress_health_check=_FUZZ_SLACK)
settings.register_profile(
    "fuzz-long",
    deadline=int(os.environ.get("FUZZ_DEADLINE_MS") or 5000),
    max_examples=int(os.environ.get("FUZZ_EXAMPLES") or 200_000),
    suppress_health_check=_FUZZ_SLACK,
    report_multiple_bugs=True,
)


@pytest.fixture()
def root() -> Path:
    return ROOT
