"""Canonical URLs and the record ids derived from them (stable across runs and machines)."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Query keys that identify a visit, not a page.
_TRACKING = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "phpsessid",
        "sid",
        "sessionid",
        "jsessionid",
        "mc_cid",
        "mc_eid",
        "_ga",
    }
)


def canonical_url(url: str) -> str:
    """Scheme and host lower-cased, default port and fragment dropped, tracking and session keys removed.

    >>> canonical_url("HTTPS://WWW.Opole.pl:443/dla-mieszkanca?utm_source=fb&id=3#top")
    'https://www.opole.pl/dla-mieszkanca?id=3'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    netloc = host
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{parts.port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in _TRACKING
    ]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query, safe="/:,"), ""))


def url_id(url: str) -> str:
    """16 hex digits of SHA-256 of the canonical URL: the record id and the raw-store key."""
    return hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()[:16]


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
