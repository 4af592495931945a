"""The report page's skeleton: inline CSS, no script but a chart counter, nothing fetched from anywhere."""

from __future__ import annotations

STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; margin: 1.5rem auto; max-width: 72rem;
       color: #1d2733; line-height: 1.4; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #d6dde5; padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
nav a { margin-right: .8rem; }
.meta, .note { color: #56636f; font-size: .9rem; }
.figure { display: flex; flex-wrap: wrap; gap: 1.2rem; align-items: flex-start; }
.chart { flex: 1 1 30rem; max-width: 44rem; }
.chart svg { width: 100%; height: auto; }
.numbers { flex: 0 1 22rem; }
table { border-collapse: collapse; font-size: .85rem; margin: .3rem 0 1rem; }
th, td { border: 1px solid #d6dde5; padding: .15rem .45rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.flagged td { background: #fde8e6; }
td.low { background: #fbe3c8; } td.mid { background: #fff6d6; } td.high { background: #e3f3e1; }
.flag { color: #b3261e; font-weight: bold; }
.scroll { overflow-x: auto; }
"""

# After layout, count the charts that drew (an SVG with a size): a headless browser's DOM dump shows the number.
COUNTER = """
window.addEventListener("load", function () {
  var drawn = 0;
  document.querySelectorAll(".chart svg").forEach(function (svg) {
    var box = svg.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && svg.querySelector("path, use, rect")) { drawn += 1; }
  });
  document.body.setAttribute("data-charts-drawn", String(drawn));
});
"""

PAGE = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body data-charts="{charts}">
<h1>{title}</h1>
<p class="meta">{meta}</p>
<nav>{nav}</nav>
{body}
<script>{counter}</script>
</body>
</html>
"""
