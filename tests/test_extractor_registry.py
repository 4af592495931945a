"""The page-object registry: found by host (and its www twin), mistakes refused at import."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

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


def test_the_names_read_from_the_sources_are_the_names_the_modules_register() -> None:
    """`names` reads the `@site` decorators instead of importing the page objects: the same names as `load`."""
    assert registry._declared() == frozenset(registry.load())
    assert registry.names() == frozenset(registry.load())


def test_names_includes_a_page_object_registered_since() -> None:
    @registry.site("test-registered-late", hosts=("late.example.pl",))
    class Late(ArticlePage):
        pass

    assert "test-registered-late" in registry.names()


def test_names_imports_no_page_object_and_no_field_parser() -> None:
    code = (
        "import json, sys\nfrom extract import registry\nnames = sorted(registry.names())\n"
        "print(json.dumps([names, [m for m in ('extract.article', 'extract.fields', 'extract.generic') "
        "if m in sys.modules]]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    names, imported = json.loads(done.stdout)
    assert names == sorted(registry.load())
    assert imported == []


@pytest.mark.parametrize(
    ("decorator", "found"),
    [
        ('@site("um-x", hosts=HOSTS)', {"um-x"}),
        ("@site('um-y')", {"um-y"}),
        ("@registry.site('um-w', hosts=('w.pl',))", {"um-w"}),
        ("@site(name='um-v')", {"um-v"}),
        ("@other('um-z')", set()),
        ("@site", set()),
        ("@dataclass(frozen=True)", set()),
    ],
)
def test_a_decorator_gives_its_literal_name(decorator: str, found: set[str]) -> None:
    tree = ast.parse(f"{decorator}\nclass Page: pass\n")
    node = tree.body[0]
    assert isinstance(node, ast.ClassDef)
    assert set(registry._site_names(node.decorator_list)) == found


@pytest.mark.parametrize("decorator", ["@site(NAME)", "@site(hosts=HOSTS)", "@registry.site(f'um-{X}')"])
def test_a_name_that_is_not_a_literal_leaves_the_answer_to_load(decorator: str) -> None:
    tree = ast.parse(f"{decorator}\nclass Page: pass\n")
    node = tree.body[0]
    assert isinstance(node, ast.ClassDef)
    with pytest.raises(ValueError, match="not a literal string"):
        list(registry._site_names(node.decorator_list))


def test_a_source_that_cannot_be_read_leaves_the_answer_to_load(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(registry, "_sources", lambda: iter([tmp_path / "gone.py"]))
    assert registry._declared.__wrapped__() is None  # the cached answer of the real sources is left alone
    monkeypatch.setattr(registry, "_declared", lambda: None)
    assert registry.names() == frozenset(registry.load())
