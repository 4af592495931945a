"""Pure extraction: HTML bytes and a URL in, validated records out (no network, no CLI)."""

from __future__ import annotations

__version__ = "0.1.0"
