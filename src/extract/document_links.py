"""Which links lead to documents (PDF, Office files, archives), not web pages: a record lists them as attachments."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from extract.model import Attachment

_EXTENSIONS = r"\.(?:pdf|docx?|odt|ods|odp|rtf|xlsx?|pptx?|zip|7z|rar|csv)"
_DOCUMENT = re.compile(_EXTENSIONS + "$", re.IGNORECASE)
# The extension anywhere in a path: no link whose path lacks it is a document (`PageObject.document_url`'s skip).
MAY_BE_DOCUMENT = re.compile(_EXTENSIONS, re.IGNORECASE)


def is_document(url: str) -> bool:
    """Whether a URL's path ends in a document's extension (its query and fragment do not count)."""
    return bool(_DOCUMENT.search(urlsplit(url).path))


def attachment(url: str, link_text: str) -> Attachment:
    """The record's entry for a document link: named by its link text, else by its file name."""
    return Attachment(name=link_text or unquote(urlsplit(url).path.rsplit("/", 1)[-1]) or url, url=url)
