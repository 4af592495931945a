"""The report's charts: matplotlib drawing inline SVG (no raster, no script, no font to fetch).

Text is drawn as paths from matplotlib's bundled DejaVu Sans, which has every Polish glyph, so a
chart reads the same on a machine without the font. Each SVG's ids get a prefix of their own, so
several charts inline in one page never point at each other's clip paths or glyphs.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

import matplotlib
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

matplotlib.rcParams.update(
    {
        "svg.fonttype": "path",  # glyphs as shapes: nothing to load in the browser
        "svg.hashsalt": "scrape-report",  # stable ids: the same data gives the same bytes
        "font.family": "DejaVu Sans",
        "font.size": 9,
    }
)

BAR = "#3b6ea8"
PREVIOUS = "#b9c6d3"
LABEL_AT_MOST = 42  # characters of a category shown on the axis; the table beside gives it whole
_ID = re.compile(r'\bid="([^"]+)"')
_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.S)
_REF = re.compile(r'(url\(#|href="#)([^")]+)')


def _short(label: str) -> str:
    return label if len(label) <= LABEL_AT_MOST else label[: LABEL_AT_MOST - 1] + "…"


def _figure(rows: int) -> Figure:
    return Figure(figsize=(7.0, 0.9 + 0.28 * max(rows, 1)), layout="constrained")


def _svg(fig: Figure, prefix: str) -> str:
    """The figure as an `<svg>` element for inline use: no XML prolog, ids prefixed, no date."""
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    text = _METADATA.sub("", text)  # the RDF block names vocabularies by URL; a page needs none of it
    text = _ID.sub(lambda m: f'id="{prefix}-{m.group(1)}"', text)
    return _REF.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", text)


def _number(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u202f")


def bar_svg(labels: Sequence[str], values: Sequence[float], *, title: str, xlabel: str, chart_id: str) -> str:
    """Horizontal bars, the first label on top, each bar's value printed at its end."""
    fig = _figure(len(labels))
    ax = fig.subplots()
    positions = list(range(len(labels)))
    ax.barh(positions, list(values), color=BAR)
    ax.set_yticks(positions, [_short(label) for label in labels])
    ax.invert_yaxis()
    for position, value in zip(positions, values, strict=True):
        ax.annotate(
            _number(value), (value, position), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8
        )
    ax.set_title(title, loc="left", fontsize=10)
    ax.set_xlabel(xlabel)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: _number(value)))  # 80 000 000, not 0.8 and 1e8
    ax.margins(x=0.15)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return _svg(fig, chart_id)


def pair_bar_svg(
    labels: Sequence[str],
    current: Sequence[float],
    previous: Sequence[float | None],
    *,
    title: str,
    xlabel: str,
    chart_id: str,
    names: tuple[str, str] = ("this run", "previous run"),
) -> str:
    """Two bars per label (this run and the previous one, or records and projects); none drawn where None."""
    fig = _figure(len(labels) * 2)
    ax = fig.subplots()
    positions = [2.5 * index for index in range(len(labels))]
    ax.barh([p - 0.5 for p in positions], list(current), height=0.9, color=BAR, label=names[0])
    ax.barh([p + 0.5 for p in positions], [v or 0 for v in previous], height=0.9, color=PREVIOUS, label=names[1])
    ax.set_yticks(positions, [_short(label) for label in labels])
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: _number(value)))
    ax.legend(loc="lower right", frameon=False)
    ax.set_title(title, loc="left", fontsize=10)
    ax.set_xlabel(xlabel)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return _svg(fig, chart_id)
