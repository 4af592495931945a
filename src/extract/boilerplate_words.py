"""The words that mark boilerplate: class/id tokens as flag bits, and the headings and labels of non-article boxes.

Boilerplate is recognised by structure, never by site: class/id words that CMSs and hand-made
sites use for menus, breadcrumbs, sidebars, cookie banners, share bars, comments, related lists,
pagination, calendars, banners and EU-logo strips (`DROP`: not text, not searched); headers,
bylines, date lines and BIP metadata (`MUTE`: not text, but searched for the headline and the
date); CMS body markers (WordPress entry-content, Joomla articleBody / item-page, K2 itemBody,
Drupal field--name-body, BIP tresc / bip-content, …: `STRONG`).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Verdicts and hints, as bit flags from an element's tag, class, id, role and itemprop.
DROP = 1  # boilerplate: not text, not searched
MUTE = 2  # header, byline, date line, metadata: not text, searched for the headline and the date
DATE = 4  # a date line or a <time> / datePublished element
UPDATED = 8  # a modification date: never the publication date
STRONG = 16  # a CMS article-body marker
MEDIUM = 32  # a content-ish name (content, main, article, post, …) or tag (article, main)
WEAK = 64  # teasers, excerpts, lists: rarely the article itself
TITLE = 128  # an element CMSs use for the headline
PAGER = 256  # pagination
RELATED = 512  # related / latest / popular lists: boilerplate on an article, the list itself on a listing
HIDDEN = 1024  # not rendered (hidden, aria-hidden, display:none, screen-reader-only)
METADATA = 2048  # a table or list of BIP metadata labels
FOOTER = 4096  # a footer: the page's (boilerplate) or an entry's (its date and author)

_LAYOUT_TOKEN = re.compile(r"^(?:has|with|without|no|one|two|three|is|layout|path|page-node|node-type|col|span)-")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _words(words: str) -> re.Pattern[str]:
    """Class or id words as whole parts of a token: "menu" matches "main-menu", "menu_top", not "menus2"."""
    return re.compile(rf"(?:^|-)(?:{words})(?:-|$)")


def _tokens(words: str) -> re.Pattern[str]:
    """Whole tokens only: "content" matches "content", not "sidebar-content"."""
    return re.compile(rf"^(?:{words})$")


_DROP_WORDS = _words(
    "nav|navbar|navigation|nawigacja|menu|menus|mainmenu|topmenu|submenu|megamenu|breadcrumbs?|okruszki|sciezka"
    "|crumbs?|sidebars?|side|aside|widgets?|footer|stopka|cookies?|ciasteczka|rodo|gdpr|consent|cmplz"
    "|share|sharing|sharer|social|socials|addthis|addtoany|a2a|sharedaddy|udostepnij|comments?|komentarze?"
    "|disqus|respond|calendar|kalendarz|banners|baner|banery|reklama|reklamy|advert|ads|newsletter|search"
    "|szukaj|wyszukiwarka|skip|skiplinks|tags|tagi|tagcloud|logos|loga|logotypy|ue-logos|partners|partnerzy"
    "|sponsors|weather|pogoda|popup|modal|drukuj|toolbar|tools|languages|language-switcher|jezyki|wcag|accessibility"
    "|dostepnosc|contrast|kontrast|links|hits|rating|gallery|galeria|powrot|back|totop|scrolltop|rss"
    "|pagination|pager|paginacja|stronicowanie|pagenav|pagenavigation|page-numbers|nav-links"
)
_FOOTER_WORDS = _words("footer|stopka")
_PAGER_WORDS = _words("pagination|pager|paginacja|stronicowanie|pagenav|pagenavigation|page-numbers|nav-links")
_RELATED_WORDS = _words(
    "related|powiazane|zobacz|zobacz-takze|zobacz-tez|czytaj|polecane|polecamy|recommended|popular|popularne"
    "|latest|najnowsze|recent|ostatnie|most-read|more|wiecej|inne|other|podobne|similar"
)
_MUTE_WORDS = _words(
    "meta|metadata|metadane|metryka|metryczka|article-info|byline|author|autor|submitted|header|masthead"
    "|banner|hero|rejestr|rejestr-zmian|historia-zmian|info-bip|bip-info|bip-meta"
)
_DATE_WORDS = re.compile(
    r"(?:^|-)(?:date|data|datum|pubdate|published|publish|created|posted|dodano|opublikowano|time|czas)(?:-|$)"
    r"|date$|^date|created|published"  # "createdate", "postdate", "dateline"
)
_UPDATED_WORDS = re.compile(r"updat|modif|zmodyfikowano|aktualizacja|edited|changed|poprawion")
_STRONG_TOKENS = _tokens(
    "entry-content|post-content|post-body|post-entry|article-body|article-content|article-text|articlebody"
    "|news-content|news-body|news-text|field--name-body|field-name-body|field-body|field--name-field-body"
    "|item-body|item-page|content-body|bip-content|bip-tresc|tresc|tresc-artykulu|tresc-wpisu"
    "|tresc-aktualnosci|artykul-tresc|wpis-tresc|single-content|td-post-content|rich-text"
)
_MEDIUM_TOKENS = _tokens(
    "content|main|main-content|maincontent|article|artykul|post|entry|news|wpis|text|tekst|page-content"
    "|region-content|node|node--content|node-content|single|text-formatted|akapit|zawartosc|srodek|tresc-strony"
)
_WEAK_TOKENS = _tokens("teaser|summary|excerpt|list|lista|items|blog|zajawka|thumb|thumbnail|card|cards")
_HIDDEN_TOKENS = _tokens(
    "sr-only|visually-hidden|visuallyhidden|screen-reader-text|element-invisible|hidden|d-none|invisible"
    "|hide|element-hidden|show-for-sr|screenreader|sr-text"
)
_TITLE_TOKENS = _tokens(
    "entry-title|post-title|page-title|article-title|news-title|item-title|tytul|title|headline"
    "|content-heading|contentheading|tytul-artykulu|tytul-wpisu|naglowek-artykulu|title-news"
)
_DROP_ROLES = ("navigation", "search", "menu", "menubar", "dialog", "alertdialog", "contentinfo", "complementary")
# What an element's ARIA role and its itemprop say, as flag bits.
ROLE_FLAGS = {role: DROP for role in _DROP_ROLES} | {"banner": MUTE, "main": MEDIUM, "article": MEDIUM}
ITEMPROP_FLAGS = {
    "articlebody": STRONG,
    "headline": TITLE,
    "datepublished": DATE,
    "datemodified": UPDATED,
    "dateupdated": UPDATED,
}
# BIP metadata labels: two of them in a small table or list make it metadata, not text.
METADATA_LABELS = re.compile(
    r"podmiot\w*\s+udostępniając|osob\w+\s+(?:sporządzając|wytwarzając|odpowiedzialn|udostępniając|wprowadzając"
    r"|publikując)|wytworzył|wytworzon\w*\s+przez|udostępnił|opublikował|wprowadził|zmodyfikował"
    r"|data\s+(?:wytworzenia|publikacji|udostępnienia|upublicznienia|opublikowania|modyfikacji|aktualizacji|wprowadzenia"
    r"|utworzenia)|liczba\s+(?:odsłon|wyświetleń|odwiedzin)|rejestr\s+zmian|historia\s+zmian"
    r"|ostatni\w*\s+(?:modyfikacj|zmian|aktualizacj)|informację\s+wytworzył|odpowiedzialn\w*\s+za\s+treść",
    re.IGNORECASE,
)
# The same labels matched without IGNORECASE on the lowered text: several times cheaper (an IGNORECASE
# alternation is tried branch by branch at every position; a cased one skips ahead on its first letters).
# Equal on every text without the four characters IGNORECASE folds to ASCII letters and str.lower() does
# not (İ, ı, ſ and the Kelvin sign): str.lower() keeps every other text's length, and on every other
# character agrees with the regex's case folding on the pattern's letters and with \w and \s
# (tests/test_metadata_labels.py checks all of Unicode).
_METADATA_LABELS_LOWERED = re.compile(METADATA_LABELS.pattern)
_FOLDED_APART = ("\u0130", "\u0131", "\u017f", "\u212a")


def metadata_labels(text: str) -> int:
    """How many different BIP metadata labels `text` holds (each by its first 12 letters, lower-cased):
    `len({m.group(0).lower()[:12] for m in METADATA_LABELS.finditer(text)})`, without its IGNORECASE scan."""
    if any(char in text for char in _FOLDED_APART):
        return len({m.group(0).lower()[:12] for m in METADATA_LABELS.finditer(text)})
    lowered = text.lower()
    return len({text[m.start() : m.end()].lower()[:12] for m in _METADATA_LABELS_LOWERED.finditer(lowered)})


# Headings of what is never the article: related news, comments ("Komentarze (3)").
_NOT_ARTICLE = (
    r"zobacz\s+(?:też|także|również|więcej|inne)|czytaj\s+(?:też|także|również|więcej)"
    r"|przeczytaj\s+(?:też|także|również)|powiązane(?:\s+\w+)?|podobne(?:\s+\w+)?|polecane(?:\s+\w+)?"
    r"|polecamy|najnowsze(?:\s+\w+)?|ostatnie\s+(?:wpisy|wiadomości|artykuły|aktualności|informacje)"
    r"|(?:inne|pozostałe|więcej)\s+(?:aktualności|wiadomości|artykuły|wpisy|informacje)"
    r"|najczęściej\s+(?:czytane|oglądane)|popularne(?:\s+\w+)?|udostępnij(?:\s+\w+)?|komentarze|skomentuj"
    r"|dodaj\s+komentarz|related(?:\s+\w+)?|see\s+also"
)
NOT_ARTICLE_HEADING = re.compile(rf"^\W*(?:{_NOT_ARTICLE})\W*(?:\(\d+\)\W*)?$", re.IGNORECASE)
# … and of lists that may be (a section's name over a list of its news, tags, a calendar).
RELATED_HEADING = re.compile(
    rf"^\W*(?:{_NOT_ARTICLE}|aktualności|archiwum(?:\s+\w+)?|kategorie|tagi|kalendarz(?:\s+\w+)?|wydarzenia)"
    r"\W*(?:\(\d+\)\W*)?$",
    re.IGNORECASE,
)
# A cookie word is a notice only beside the site, the browser, its files or a consent: "Ta strona używa plików
# cookies", not "warsztaty dekorowania ciasteczek" (a paragraph of an article about a village's workshops).  The
# context words are a notice's own forms ("zgodę", not "zgodnie"; "korzystając", not "korzystali"), so prose
# beside biscuits does not pass for one.
_COOKIE = r"(?:\bcookie|ciastecz)"
_COOKIE_CONTEXT = (
    r"(?<![^\W\d_])(?:stron(?:a|ie|y|ę)\b|witryn|serwis|portal|przeglądar|plik(?:i|ów|ami|ach)?\b|zgod(?:a|ę|y)\b"
    r"|akceptuj|akceptacj|polityk|prywatno|ustawie(?:nia|ń|niach)\b|używa(?:my|ją)?\b|wykorzystuj|stosuj"
    r"|korzystając|korzystanie|zapisywan|website|browser|consent|accept|policy|we\s+use|this\s+site)"
)
COOKIE_NOTICE = re.compile(
    rf"{_COOKIE}.{{0,120}}?{_COOKIE_CONTEXT}|{_COOKIE_CONTEXT}.{{0,120}}?{_COOKIE}"
    r"|\bRODO\b.{0,200}(?:zgod|akcept)|polityk\w*\s+prywatności.{0,200}(?:akcept|zgod|rozumiem)",
    re.IGNORECASE | re.DOTALL,
)

# Whole-token markers; a content-ish token (STRONG, MEDIUM, TITLE) is judged by these alone.
_TOKEN_BITS = (
    (_STRONG_TOKENS, STRONG),
    (_MEDIUM_TOKENS, MEDIUM),
    (_WEAK_TOKENS, WEAK),
    (_HIDDEN_TOKENS, HIDDEN),
    (_TITLE_TOKENS, TITLE),
)
# Words inside a token, the first match of each group only: a pager is dropped too, an update is no date.
_WORD_BITS = (
    ((_PAGER_WORDS, PAGER | DROP), (_DROP_WORDS, DROP)),
    ((_FOOTER_WORDS, FOOTER),),
    ((_RELATED_WORDS, RELATED),),
    ((_UPDATED_WORDS, UPDATED), (_DATE_WORDS, DATE)),
    ((_MUTE_WORDS, MUTE),),
)


@lru_cache(maxsize=8192)
def token_flags(token: str) -> int:
    """What one class or id token says: DROP, MUTE, DATE, STRONG, … bits (cached: pages repeat their classes)."""
    token = _CAMEL.sub("-", token).lower().replace("_", "-")
    if _LAYOUT_TOKEN.match(token):
        return 0
    flags = 0
    for pattern, bit in _TOKEN_BITS:
        if pattern.match(token):
            flags |= bit
    if flags & (STRONG | MEDIUM | TITLE):
        return flags
    for group in _WORD_BITS:
        flags |= next((bit for pattern, bit in group if pattern.search(token)), 0)
    return flags


@lru_cache(maxsize=8192)
def attribute_flags(classes: str, ident: str) -> int:
    flags = 0
    for token in (*classes.split(), *ident.split()):
        flags |= token_flags(token)
    if flags & (STRONG | MEDIUM):  # "content sidebar-right": the content column, not the sidebar
        flags &= ~(DROP | MUTE | RELATED)
    return flags
