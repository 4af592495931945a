"""ROPS Zielona Góra (polityka-spoleczna.lubuskie.pl): news without a date line, calendar in the sidebar."""

from __future__ import annotations

from extract.article import ArticlePage
from extract.page import ListingPage
from extract.registry import site

HOSTS = ("polityka-spoleczna.lubuskie.pl",)


@site("rops-zielona-gora", hosts=HOSTS)
class NewsPage(ArticlePage):
    version = "1"
    title_selector = "#content div.article h1"
    body_selector = "#content div.article div.article-body"


@site("rops-zielona-gora", hosts=HOSTS)
class NewsList(ListingPage):
    links_selector = "#content .news-list a[href]"
