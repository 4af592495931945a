"""Canonical URLs and the record ids derived from them (stable across runs and machines)."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Query keys that identify a visit, not a page ("sid" is left alone: some CMSs use it as a page id).
_TRACKING = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "phpsessid", "sessionid", "jsessionid", "mc_cid", "mc_eid", "_ga"}
)


_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sid)=[^/?#]*", re.IGNORECASE)


def _keep(pair: str) -> bool:
    key = pair.split("=", 1)[0].lower()
    return bool(pair) and not key.startswith("utm_") and key not in _TRACKING


def canonical_url(url: str) -> str:
    """Scheme and host lower-cased, default port and fragment dropped, tracking and session keys removed.

    The query is filtered, never re-encoded: "?a=%B1" (a Latin-2 "ą") and "?print" stay as they are.

    >>> canonical_url("HTTPS://WWW.Opole.pl:443/dla-mieszkanca?utm_source=fb&id=3#top")
    'https://www.opole.pl/dla-mieszkanca?id=3'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = host
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{parts.port}"
    # Most URLs have no query and no ";" parameters: skip the filter and the regex for them.
    query = "&".join(pair for pair in parts.query.split("&") if _keep(pair)) if parts.query else ""
    path = (_PATH_SESSION.sub("", parts.path) if ";" in parts.path else parts.path) or "/"
    return urlunsplit((scheme, netloc, path, query, ""))


def url_id(url: str) -> str:
    """16 hex digits of SHA-256 of the canonical URL: the record id and the raw-store key."""
    return hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()[:16]


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def origin_of(url: str) -> str:
    """`https://www.gmina.pl` for any URL of that scheme and host: the scope of a robots.txt (RFC 9309)."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
