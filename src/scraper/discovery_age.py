"""How old a stored discovery may get before it is redone: a leaf module, so `scrape --help` shows it cheaply."""

from __future__ import annotations

MAX_AGE_DAYS = 30  # a discovery older than this is redone: sites are redesigned a few times a year
