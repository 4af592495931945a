"""Nasza Nysa (www.nasza.nysa.pl, Joomla 3 + K2): news items with a K2 date line.

K2 prints the month in the nominative ("piątek, 16 listopad 2018 09:05"); the
date parser reads that form.  Inline related-item boxes sit inside the full text
and are removed before reading it.
"""

from __future__ import annotations

from extract.article import ArticlePage
from extract.page import ListingPage
from extract.registry import site

HOSTS = ("www.nasza.nysa.pl", "nasza.nysa.pl")


@site("nasza-nysa", hosts=HOSTS)
class ItemPage(ArticlePage):
    version = "1"
    title_selector = "div.itemView h2.itemTitle"
    date_selector = "div.itemView span.itemDateCreated"
    body_selector = "div.itemView div.itemBody"
    exclude = (
        ".relatedInline",
        ".itemRelated",
        ".itemLinks",
        ".itemSocialSharing",
        ".itemImageBlock",
    )


@site("nasza-nysa", hosts=HOSTS)
class CategoryPage(ListingPage):
    links_selector = "div.catItemView h3.catItemTitle a[href]"
