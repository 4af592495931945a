"""Urząd Miasta Opola (www.opole.pl, Drupal): project pages with a labelled fact list at the end."""

from __future__ import annotations

from extract.article import ArticlePage
from extract.page import ListingPage
from extract.registry import site

HOSTS = ("www.opole.pl", "opole.pl")


@site("um-opole", hosts=HOSTS)
class ProjectPage(ArticlePage):
    version = "1"
    title_selector = "h1.page-title"
    body_selector = "article.node .field--name-body"


@site("um-opole", hosts=HOSTS)
class ProjectList(ListingPage):
    links_selector = "main .view-content a[href]"
