"""Which links lead to documents (PDF, Office files, archives), not web pages: a record lists them as attachments."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_DOCUMENT = re.compile(r"\.(?:pdf|docx?|odt|ods|odp|rtf|xlsx?|pptx?|zip|7z|rar|csv)$", re.IGNORECASE)


def is_document(url: str) -> bool:
    """Whether a URL's path ends in a document's extension (its query and fragment do not count)."""
    return bool(_DOCUMENT.search(urlsplit(url).path))
