"""The round-trip promises of SPEC section 5, as hypothesis properties."""

from __future__ import annotations

import itertools

import attrs
from hypothesis import given, note
from hypothesis import strategies as st

import digestparse
from digestparse import Article, Role
from digestparse.lines import normalize, split_lines
from digestparse.strategies import article_lists

# Pieces of listings: the shapes the heuristics know, and some they do not.
_PIECES = st.sampled_from(
    [
        "Dock Workers Vote to Strike",
        "Harbour cranes at dusk",
        "Crane operators voted by a wide margin to walk out next week, citing the new rota.",
        "The council passed the budget after midnight […]",
        "By Ana Ruiz",
        "Written by Tom Berg Thursday, 25 August 2016",
        "Ana Ruiz",
        "March 31, 2016",
        "APRIL 1. 2025",
        "2 days ago",
        "Photo Credit- City Archive",
        "thumb harbour 120x80The council voted to close the library on Tuesday evening.",
        "Read more",
        "1 2 3 … Next »",
        "Facebook Twitter Email",
        "  • Photo: J. Doe",
        "\tIndented headline line",
        "ANALYSIS",
        "Reply to Dana Ortiz",
        "",
        " ",
        "\u200b\u00a0",
        "lower-case continuation of the line above",
        # Rows of tables pasted with tabs, a header and a grid of teasers among them.
        "Title\tAuthor\tDate",
        "Dock strike enters its second week\tAna Ruiz\t4 May 2021",
        "4 May 2021\tSchools short of staff this winter\tWritten by Tom Berg\t1412",
        "Crane operators voted to walk out.\tThe council passed the budget after midnight.",
        "Harbour Cranes at Dusk\tFerry Workers Win Their Pay Claim",
    ]
)
_ENDINGS = st.sampled_from(
    ["\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
)


@st.composite
def listings_like(draw: st.DrawFn) -> str:
    """Text made of listing-shaped lines and arbitrary ones, with any line endings."""
    parts = draw(st.lists(st.one_of(_PIECES, _PIECES, st.text(max_size=40)), max_size=30))
    ending = draw(_ENDINGS)
    if draw(st.booleans()):
        return ending.join(parts)
    return "".join(p + draw(_ENDINGS) for p in parts)


def _check_digest(s: str) -> None:
    digest = digestparse.parse(s)
    note(repr(digest.articles))
    # Spans are ordered and never overlap.
    spans = [a.span for a in digest]
    assert all(span is not None for span in spans)
    for (s1, e1), (s2, e2) in itertools.pairwise(spans):  # type: ignore[misc]
        assert s1 <= e1 <= s2 <= e2
    headings = {
        normalize(s[d.span[0] : d.span[1]])
        for d in digest.explain()
        if Role.DATE_HEADING in d.roles
    }
    # Parsed articles skip the checks of __init__: they must pass them anyway.
    for article in digest:
        assert attrs.evolve(article) == article
    # Every field occurs, whitespace-normalised, inside the article's span,
    # except a date given by a date heading.
    for article in digest:
        assert article.span is not None
        inside = normalize(s[article.span[0] : article.span[1]])
        for name, value in article.fields().items():
            if value is None:
                continue
            if name == "date" and value not in inside:
                assert any(value in heading for heading in headings)
                continue
            assert value in inside, (name, value, inside)
    # Every non-blank line belongs to exactly one article or to noise.
    lines = [line for line in split_lines(s) if not line.blank]
    decisions = digest.explain()
    assert [d.line for d in decisions] == [line.number for line in lines]
    noise = {n.line for n in digest.noise}
    for decision in decisions:
        if decision.article is None:
            assert decision.line in noise
        else:
            assert decision.line not in noise
            start, end = digest[decision.article].span  # type: ignore[misc]
            assert start <= decision.span[0] <= decision.span[1] <= end
    assert len(noise) == len(digest.noise)


@given(st.text())
def test_parse_any_text_keeps_its_promises(s: str) -> None:
    """SPEC 5.1 on arbitrary unicode."""
    _check_digest(s)


@given(listings_like())
def test_parse_listing_shaped_text_keeps_its_promises(s: str) -> None:
    """SPEC 5.1 on text built from listing-shaped lines, where the rules fire."""
    _check_digest(s)


@given(article_lists())
def test_render_then_parse_gives_the_same_articles(items: tuple[Article, ...]) -> None:
    """SPEC 5.2 with realistic articles."""
    text = digestparse.render(items)
    note(text)
    assert digestparse.parse(text).articles == items


@given(article_lists(arbitrary=True), st.sampled_from(["json", "jsonl", "csv"]))
def test_lossless_formats_round_trip(items: tuple[Article, ...], fmt: str) -> None:
    """SPEC 5.3: any valid articles, any unicode, line breaks in fields, empty tuple."""
    loaded = digestparse.loads(digestparse.dumps(items, fmt), fmt)
    assert loaded == items
    assert [a.span for a in loaded] == [a.span for a in items]
