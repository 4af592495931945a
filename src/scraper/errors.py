"""The classes of failed or refused pages: one list, used by the fetcher, the walk and the run report."""

from __future__ import annotations

from typing import Literal, get_args

ErrorClass = Literal[
    "http_4xx",
    "http_5xx",
    "timeout",
    "connect",
    "too_large",
    "not_html",
    "offsite",
    "redirects",
    "robots",  # disallowed by robots.txt
    "unreachable",  # robots.txt could not be read (network, 5xx): nothing may be fetched now (RFC 9309)
    "scheme",  # a link that is not http(s)
    "blocked",  # the host is (or resolves to) an address that is not public: private, loopback, link-local...
    "other",
]
ERROR_CLASSES: tuple[ErrorClass, ...] = get_args(ErrorClass)
# Refusals by design, not failures of the site: they never fail a site.
BENIGN_ERRORS: frozenset[ErrorClass] = frozenset({"robots", "not_html", "offsite", "scheme"})
