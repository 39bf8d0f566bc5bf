"""Records -> listing text (the canonical layout) and Markdown.

``render`` writes layout A of SPEC section 2, the shape ``parse`` reads most
surely: the caption line (then the kicker line) glued above the headline, the
summary as its own block, then "By …" and the date, each a block of its own
(an author that is no name, a user name, shares its date's line; authors
each in the place they filed from stand without "By"), a blank
line between blocks. Over teasers only, the first article's summary stays
right under its headline, which alone would read as the page's title; where
a dated teaser is too short to read as a sentence alone, every dated teaser
opens with its date and a dash ("13.05.2025 – Stadtrat stoppt Verkauf.");
a teaser that would read as a title alone ("Traders welcome the roof over
their heads") stays right under its headline, as layout M writes it.
Two shapes the articles could make are kept from reading otherwise: a
teaser opening the listing over a headline gets that headline's summary
glued under it (apart, the teaser would be its alt text), and teasers that
all pair up, a short sentence over one half as long again, have one pair
share a block (apart, each short one would be a headline). For
the articles ``parse`` itself produces and for realistic ones
(``strategies.articles()``), ``parse(render(a)) == a``. Fields are written
with their white space folded, since a line break inside a field cannot
survive a plain-text listing.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .dates import is_compact_age, is_date
from .features import byline_parts, extract, names_in_places
from .lines import normalize
from .options import Options
from .records import Article
from .rules import Kind, classify

__all__ = ["render", "render_markdown"]


def _blocks(article: Article, *, glued: bool = False, leads: bool = False) -> list[str]:
    head = [normalize(t) for t in (article.caption, article.kicker, article.headline) if t]
    blocks = []
    date = normalize(article.date) if article.date else None
    # An age without "ago" ("2h") reads back as a date only after a separator or
    # alone on its line: "| 2h", never after "on".
    age = date is not None and (is_compact_age(date) or not is_date(date))
    if head:  # a caption or a label without headline stands over the summary too
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
    if author and names_in_places(author, _DEFAULT.name_max_words):
        byline = author  # read alone, as written: "Ana Ruiz in Geneva and Omar Haddad in Beirut"
    elif byline and date and _reads_back(byline) != author:
        # An author that is no name (a user name) reads back only beside its date.
        blocks.append(f"{byline} | {date}" if age else f"{byline} on {date}")
        return blocks
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
        and _unlabelled(first)
        and len(items) >= 2
        and all(a.headline is None for a in items[1:])
    )
    # A bare teaser opening the listing, right over a headline whose summary
    # stands apart, would read as that headline's alt text
    # (``anchors.sentence_captions``): the summary then sits under its headline.
    second = items[1] if len(items) >= 2 else None
    under = (
        first is not None
        and second is not None
        and _bare_teaser(first)
        and second.headline is not None
        and second.summary is not None
        and _unlabelled(second)
    )
    # A teaser too short to read as a sentence alone gets its date back only
    # before a dash, where the listing's teasers open so (``date.lead``).
    leads = any(_dated_short_teaser(a) for a in items)
    # A headline over its summary, each alone, at the top over a bare teaser
    # would read as the page's name over alt text (``anchors._under_page_name``):
    # the summary then sits under its headline.
    named = (
        first is not None
        and second is not None
        and first.headline is not None
        and _unlabelled(first)
        and _bare_teaser(second)
    )
    # A headline over its summary, each alone and nothing under them, over a
    # teaser with its byline or date and no headline would read as one article
    # whose summary runs over two paragraphs (``anchors._second_paragraphs``):
    # the summary then sits under its headline.
    over = {
        n
        for n in range(len(items) - 1)
        if _unlabelled(items[n])
        and items[n].headline is not None
        and items[n].summary is not None
        and not (items[n].byline or items[n].date)
        and items[n + 1].summary is not None
        and items[n + 1].headline is None
        and _unlabelled(items[n + 1])
        and bool(items[n + 1].byline or items[n + 1].date)
    }
    parts = [
        _blocks(
            article,
            glued=(glued and n == 0)
            or (under and n == 1)
            or (named and n == 0)
            or n in over
            or _title_like_teaser(article),
            leads=leads,
        )
        for n, article in enumerate(items)
    ]
    # Teasers alone that pair up, each short sentence over one half as long
    # again, would read as headlines ending with a full stop over their
    # summaries (``anchors.full_stop_headlines``): one pair shares a block.
    pair = _pairing_teasers(items)
    if pair is not None:
        parts[pair] = [parts[pair][0] + "\n" + parts[pair + 1].pop(0)]
    blocks = [block for article in parts for block in article]
    return "\n\n".join(blocks) + "\n" if blocks else ""


#: The most words of a teaser that pairs as a headline with the longer one under it.
_PAIRED_MAX_WORDS = 16


def _pairing_teasers(items: list[Article]) -> int | None:
    """The first of a pair of teasers, where the listing's teasers without headline
    all pair up, each a short sentence over one half as long again (two pairs at
    least); None otherwise."""
    if len(items) < 4 or any(a.headline is not None or a.summary is None for a in items):
        return None
    words = [len((a.summary or "").split()) for a in items]
    pairs = [
        n
        for n in range(len(items) - 1)
        if _bare_teaser(items[n])
        and normalize(items[n].summary or "").rstrip('"”’»)]').endswith(".")
        and words[n] <= _PAIRED_MAX_WORDS
        and words[n + 1] * 2 >= words[n] * 3
    ]
    return pairs[0] if pairs and 2 * len(pairs) >= len(items) else None


def _unlabelled(article: Article) -> bool:
    """Whether nothing stands over ``article``'s headline: no picture, no label."""
    return not (article.caption or article.kicker)


def _bare_teaser(article: Article) -> bool:
    """Whether ``article`` is a summary alone: no headline, picture, label, author or date."""
    return article.summary is not None and not (
        article.headline or article.caption or article.kicker or article.byline or article.date
    )


def _title_like_teaser(article: Article) -> bool:
    """Whether ``article``'s summary would read as a title alone in its block, under a
    headline with nothing over it: glued under the headline it reads as the teaser
    (``anchors.promote_teasers``), as the listing wrote it (layout M)."""
    return (
        article.headline is not None
        and article.summary is not None
        and _unlabelled(article)
        and classify(extract(normalize(article.summary)), _DEFAULT).what is not Kind.SENTENCE
    )


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
