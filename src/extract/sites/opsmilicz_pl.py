"""OPS Milicz (opsmilicz.pl): a small windows-1250 CMS; "Zobacz także" sits outside the article body."""

from __future__ import annotations

from extract.article import ArticlePage
from extract.page import ListingPage
from extract.registry import site

HOSTS = ("opsmilicz.pl", "www.opsmilicz.pl")


@site("ops-milicz", hosts=HOSTS)
class NewsPage(ArticlePage):
    version = "1"
    title_selector = "div.artykul > h1"
    date_selector = "div.artykul > span.data"
    body_selector = "div.artykul > div.tresc"


@site("ops-milicz", hosts=HOSTS)
class NewsList(ListingPage):
    links_selector = "div.news-item a[href]"
