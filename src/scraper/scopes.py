"""Which URLs a site may fetch: http(s) only, on its hosts, and under its path on a shared host.

A BIP or welfare centre often lives on a platform that serves many units under paths
(`bip.example.pl/gmina-x/`): the unit owns that path, not the host.  Such a site carries a path
scope ("bip.example.pl/gmina-x/"); a URL on a scoped host must lie under one of the host's scopes
(dot segments, their percent-encoded forms and backslashes resolved first, as a server would),
while a host without a scope is the site's whole.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

SCHEMES = ("http", "https")


def _bare(netloc: str) -> str:
    return netloc.lower().removeprefix("www.")


def _directory(path: str) -> str:
    """The path as a server resolves it: decoded, backslashes as slashes, dot segments and // removed."""
    decoded = unquote(unquote(path)).replace("\\", "/")
    resolved = posixpath.normpath("/" + decoded.lstrip("/"))
    resolved = "/" + resolved.lstrip("/")  # normpath keeps a leading "//"
    return resolved if resolved.endswith("/") or not decoded.endswith("/") else resolved.rstrip("/") + "/"


def path_scope(url: str) -> str | None:
    """ "host/dir/" of a homepage below its host's root (a unit on a shared host), None at the root.

    The homepage's directory is the scope; a last segment without a dot counts as a directory
    ("/bip/gmina-x" -> "/bip/gmina-x/"), a file name does not ("/bip/gmina-x/index.php" -> "/bip/gmina-x/").
    """
    parts = urlsplit(url)
    path = _directory(parts.path or "/")
    if not path.endswith("/"):
        last = path.rsplit("/", 1)[1]
        path = path + "/" if "." not in last else path.rsplit("/", 1)[0] + "/"
    if path == "/" or not parts.netloc:
        return None
    return f"{parts.netloc.lower()}{path}"


def in_scope(url: str, scopes: Iterable[str]) -> bool:
    """Is `url` inside the scopes of its host (any URL of a host with no scope is)?  "www." is ignored."""
    parts = urlsplit(url)
    bare = _bare(parts.netloc)
    mine = [scope for scope in scopes if _bare(scope.split("/", 1)[0]) == bare]
    if not mine:
        return True
    path = _directory(parts.path or "/")
    for scope in mine:
        prefix = "/" + scope.split("/", 1)[1] if "/" in scope else "/"
        if path == prefix.rstrip("/") or path.startswith(prefix if prefix.endswith("/") else prefix + "/"):
            return True
    return False


def may_fetch(url: str, hosts: Iterable[str], scopes: Iterable[str] = ()) -> bool:
    """An http(s) URL on one of `hosts` (host or host:port), inside their path scopes."""
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
    except ValueError:
        return False
    allowed = {h.lower() for h in hosts}
    if parts.scheme.lower() not in SCHEMES or not hostname:
        return False
    if hostname not in allowed and parts.netloc.lower() not in allowed:
        return False
    return in_scope(url, scopes)
