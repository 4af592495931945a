"""The simulated web of issue 14: 58 fictional Polish local-government units on loopback, with their truth.

Usage::

    from simweb import SimWeb, sim_web  # sim_web: a pytest fixture (import it into the test module)

    web = start_sim_web()            # or take the `sim_web` fixture
    async with httpx.AsyncClient(transport=web.transport()) as client:
        await client.get(web.truths[0].homepage)
    web.stop()

See README.md in this folder for the templates, the hazards and the truth objects.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import LAST_MODIFIED, Request, SimTransport, SimWeb
from .templates import NOISE_PARAMS, TEMPLATES, HostSite, Response, strip_noise
from .truth import SCHEME, SiteTruth, UnitTruth
from .units import HAZARDS, SEED, TEMPLATE_NAMES, Item, Unit, build_units

__all__ = [
    "HAZARDS",
    "LAST_MODIFIED",
    "NOISE_PARAMS",
    "SCHEME",
    "SEED",
    "TEMPLATES",
    "TEMPLATE_NAMES",
    "HostSite",
    "Item",
    "Request",
    "Response",
    "SimTransport",
    "SimWeb",
    "SiteTruth",
    "Unit",
    "UnitTruth",
    "build_units",
    "sim_web",
    "start_sim_web",
    "strip_noise",
]


def start_sim_web(seed: int = SEED, port: int = 0) -> SimWeb:
    """Build the web from `seed` and start serving it on 127.0.0.1 (`port`, 0: an ephemeral one); call .stop() after."""
    return SimWeb(seed, port)


@pytest.fixture()
def sim_web() -> Iterator[SimWeb]:
    """A running simulated web for one test, stopped after it; import it into a test module to use it."""
    web = start_sim_web()
    try:
        yield web
    finally:
        web.stop()
