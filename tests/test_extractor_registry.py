"""The page-object registry: found by host (and its www twin), mistakes refused at import."""

from __future__ import annotations

import pytest

from extract import registry
from extract.article import ArticlePage
from extract.page import ListingPage, PageObject


@pytest.fixture(autouse=True)
def isolated_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests that register page objects must not leak them into other tests."""
    registry.load()
    monkeypatch.setattr(registry, "_BY_NAME", dict(registry._BY_NAME))
    monkeypatch.setattr(registry, "_BY_HOST", dict(registry._BY_HOST))


def test_every_shipped_site_has_both_roles() -> None:
    for name, entry in registry.load().items():
        assert entry.article is not None, name
        assert entry.listing is not None, name


@pytest.mark.parametrize(
    ("host", "name"),
    [
        ("www.opole.pl", "um-opole"),
        ("opole.pl", "um-opole"),
        ("OPSMILICZ.PL", "ops-milicz"),
        ("www.opsmilicz.pl", "ops-milicz"),
        ("nasza.nysa.pl", "nasza-nysa"),
        ("bip.opole.pl", "generic"),
        ("", "generic"),
    ],
)
def test_for_host(host: str, name: str) -> None:
    assert registry.for_host(host).name == name


def test_unknown_name() -> None:
    with pytest.raises(KeyError, match="no extractor named 'nope'"):
        registry.get("nope")


def test_a_host_cannot_belong_to_two_sites() -> None:
    with pytest.raises(registry.RegistryError, match=r"host 'www\.opole\.pl' claimed by 'um-opole' and 'copycat'"):

        @registry.site("copycat", hosts=("www.opole.pl",))
        class Copy(ArticlePage):
            pass


def test_a_site_cannot_have_two_article_pages() -> None:
    @registry.site("test-two-articles", hosts=("two.example.pl",))
    class First(ArticlePage):
        pass

    with pytest.raises(registry.RegistryError, match="has two article page objects"):

        @registry.site("test-two-articles", hosts=("two.example.pl",))
        class Second(ArticlePage):
            pass


def test_a_page_object_needs_a_role() -> None:
    with pytest.raises(registry.RegistryError, match="neither an ArticlePage nor a ListingPage"):

        @registry.site("test-no-role", hosts=("norole.example.pl",))
        class Neither(PageObject):
            pass

    assert issubclass(ListingPage, PageObject)
