"""Importing this module imports the whole extractor: the pipeline and every page object, their field parsers.

For a process that forks readers of pages (the live run's workers come from a fork server that
preloads it, `scraper.extract_pool`): they then start with every pattern compiled, instead of each
worker compiling them on its first page.  Nothing else imports the extractor up front: a live run's
own process reads no page and checks its registry's extractor names without it (`registry.names`).
"""

from __future__ import annotations

from extract import pipeline as pipeline
from extract import registry

registry.load()
