"""Records -> listing text (the canonical layout) and Markdown.

``render`` writes layout A of SPEC section 2, the shape ``parse`` reads most
surely: the caption line (then the kicker line) glued above the headline, the
summary as its own block, then "By …" and the date, each a block of its own
(an author that is no name, a user name, shares its date's line), a blank
line between blocks. Over teasers only, the first article's summary stays
right under its headline, which alone would read as the page's title; where
a dated teaser is too short to read as a sentence alone, every dated teaser
opens with its date and a dash ("13.05.2025 – Stadtrat stoppt Verkauf."). For
the articles ``parse`` itself produces and for realistic ones
(``strategies.articles()``), ``parse(render(a)) == a``. Fields are written
with their white space folded, since a line break inside a field cannot
survive a plain-text listing.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .dates import is_date
from .features import byline_parts, extract
from .lines import normalize
from .options import Options
from .records import Article
from .rules import Kind, classify

__all__ = ["render", "render_markdown"]


def _blocks(article: Article, *, glued: bool = False, leads: bool = False) -> list[str]:
    head = [normalize(t) for t in (article.caption, article.kicker, article.headline) if t]
    blocks = []
    date = normalize(article.date) if article.date else None
    # An age without "ago" ("2h") reads back as a date only after a separator: "| 2h".
    age = date is not None and not is_date(date)
    if article.headline:
        blocks.append("\n".join(head))
    if article.summary:
        if glued and blocks:  # the summary right under its headline (layout M)
            blocks[-1] += "\n" + normalize(article.summary)
        elif leads and date and not age and not blocks:
            # "DATE – summary", as the listing's teasers open
            blocks.append(f"{date} – {normalize(article.summary)}")
            date = None
        else:
            blocks.append(normalize(article.summary))
    author = normalize(article.byline) if article.byline else None
    byline = f"By {author}" if author else None
    if byline and date and _reads_back(byline) != author:
        # An author that is no name (a user name) reads back only beside its date.
        blocks.append(f"{byline} | {date}" if age else f"{byline} on {date}")
    else:
        blocks.extend(block for block in (byline, f"| {date}" if age else date) if block)
    return blocks


def _reads_back(byline: str) -> str | None:
    """The author ``parse`` reads from a byline line."""
    parts = byline_parts(byline)
    return None if parts is None else parts.author


def render(articles: Iterable[Article]) -> str:
    """Write articles as a plain-text listing that ``parse`` reads back."""
    items = list(articles)
    # Over teasers only, a headline alone in its block would read as the
    # page's title (``anchors.title_over_teasers``): the first article's
    # summary then sits right under its headline (a caption or kicker above
    # the headline makes its block tell).
    first = items[0] if items else None
    glued = (
        first is not None
        and not (first.caption or first.kicker)
        and len(items) >= 2
        and all(a.headline is None for a in items[1:])
    )
    # A teaser too short to read as a sentence alone gets its date back only
    # before a dash, where the listing's teasers open so (``date.lead``).
    leads = any(_dated_short_teaser(a) for a in items)
    blocks = [
        block
        for n, article in enumerate(items)
        for block in _blocks(article, glued=glued and n == 0, leads=leads)
    ]
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _dated_short_teaser(article: Article) -> bool:
    """Whether ``article`` is a dated teaser whose summary alone reads as a title."""
    return (
        article.headline is None
        and article.date is not None
        and article.summary is not None
        and classify(extract(normalize(article.summary)), _DEFAULT).what is not Kind.SENTENCE
    )


_DEFAULT = Options()
_MD_SPECIAL = regex.compile(r"([\\`*_{}\[\]<>#|!])")
_MD_LIST = regex.compile(r"^([-+]|\d+[.)])(?=\s)")


def _md(text: str) -> str:
    text = _MD_SPECIAL.sub(r"\\\1", normalize(text))
    # A line that opens like a list item or a numbered item must not become one.
    return _MD_LIST.sub(r"\\\1", text)


def render_markdown(articles: Iterable[Article]) -> str:
    """Write articles as Markdown: a level-2 heading per article, then its parts."""
    parts: list[str] = []
    for article in articles:
        if article.kicker:
            parts.append(f"**{_md(article.kicker)}**")
        if article.headline:
            parts.append(f"## {_md(article.headline)}")
        if article.caption:
            parts.append(f"*Image: {_md(article.caption)}*")
        if article.summary:
            parts.append(_md(article.summary))
        byline = f"By {_md(article.byline)}" if article.byline else None
        credit = " · ".join(t for t in (byline, article.date and _md(article.date)) if t)
        if credit:
            parts.append(f"*{credit}*")
        parts.append("---")
    return "\n\n".join(parts[:-1]) + "\n" if parts else ""
