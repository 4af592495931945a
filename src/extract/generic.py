"""The fallback for hosts without a page object: structure and text density, never a list of sites.

The generic article is built in layers, one job each:
  * `extract.generic_page`: the page's layout (`extract.layout`), the article's container and the
    boilerplate inside it (`extract.container`), a site's own selectors;
  * `extract.generic_title`: the headline;
  * `extract.generic_dates`: the publication date;
  * here: the main text, its edges trimmed (`extract.text_edges`), and the attachments.
The listing page is `extract.generic_listing`; both register as "generic".
"""

from __future__ import annotations

from functools import cached_property

from pydantic import ValidationError

from extract import bounds
from extract.document_links import attachment
from extract.generic_dates import DatedPage
from extract.generic_listing import GenericListing
from extract.layout import failure
from extract.model import Attachment, Record
from extract.page import FAULTS, ExtractError, block_text, describe_invalid
from extract.registry import site
from extract.text import clean
from extract.text_edges import trim_edges

__all__ = ["GenericArticle", "GenericListing", "trim_edges"]


@site("generic")
class GenericArticle(DatedPage):
    version = "2"
    _markup_first = True  # its attachments read the layout and the links, nothing the field parsers give

    # -- the shared hooks, guarded: a heuristic tripping on a hostile page is an ExtractError ----------

    def record(self) -> Record:
        try:
            return super().record()
        except ExtractError:
            raise
        except ValidationError as error:
            raise ExtractError(describe_invalid(error)) from error
        except FAULTS as error:
            raise failure(self.doc.url, error) from error

    # -- main text ---------------------------------------------------------------------------------

    @cached_property
    def excluded(self) -> frozenset[int]:
        """Left out of the text: boilerplate and related lists in the container (with their tables and
        links), and the headline when it stands inside it."""
        found = self.container
        blocks = found.layout.blocks
        ids: set[int] = set()
        covered = -1  # a root inside an earlier root adds nothing: its tables and links are already in
        for i in sorted({*found.layout.dropped_inside(found.index), *self._inner_exclusions}):
            node = blocks[i].node
            ids.add(node.mem_id)
            if i >= covered:
                ids.update(sub.mem_id for sub in node.css("table, a[href]"))
                covered = blocks[i].end
        headline = self._headline[1]
        if headline is not None and found.layout is self.layout and self.layout.contains(found.index, headline):
            ids.add(blocks[headline].node.mem_id)
        return frozenset(ids)

    def main_text(self) -> str:
        text = trim_edges(block_text(self.body, self.excluded), self._headline[0])
        if not text:
            text = block_text(self.body, self.excluded)
        if not text:
            raise ExtractError(f"no text on {self.doc.url}: not an HTML page, or an empty one")
        return text

    def attachments(self) -> list[Attachment]:
        """Documents linked from the article: its text, and the attachment box that often sits beside it."""
        found = {a.url: a for a in super().attachments()}
        layout, zone = self.layout, self._zone
        if zone is None:
            return list(found.values())
        blocks = layout.blocks
        for position in range(zone, blocks[zone].end):
            if not position & 1023:
                bounds.check()
            block = blocks[position]
            if block.tag != "a" or block.kind or self._in_excluded(position):
                continue
            url = self.document_url(block.node.attributes.get("href") or "")
            if url and url not in found:
                found[url] = attachment(url, clean(block.node.text(deep=True, separator=" ")))
            if len(found) >= 200:
                break
        return list(found.values())
