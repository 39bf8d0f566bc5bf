"""Articles cannot be built invalid; spans stay out of equality."""

from __future__ import annotations

import attrs
import pytest

import digestparse
from digestparse import Article, SchemaError


def test_article_needs_a_headline_or_a_summary() -> None:
    with pytest.raises(SchemaError, match="needs a headline or a summary"):
        Article(caption="A caption only")
    with pytest.raises(SchemaError):
        Article(headline=" \n", summary=None)


def test_fields_are_strings_or_none_never_empty() -> None:
    with pytest.raises(TypeError, match=r"Article\.byline must be str or None, not int"):
        Article(headline="H", byline=3)  # type: ignore[arg-type]
    with pytest.raises(SchemaError, match=r"Article\.date is an empty string"):
        Article(headline="H", date="")


def test_span_checked_and_left_out_of_equality() -> None:
    assert Article(headline="H", span=(0, 5)) == Article(headline="H", span=(7, 9))
    with pytest.raises(SchemaError, match="span"):
        Article(headline="H", span=(5, 2))


def test_article_is_frozen_and_slotted() -> None:
    article = Article(headline="H")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "other"  # type: ignore[misc]
    assert not hasattr(article, "__dict__")
    assert attrs.evolve(article, summary="S.").summary == "S."


@pytest.mark.parametrize(
    ("summary", "truncated"),
    [
        ("Cut short […]", True),
        ("Cut short [...]", True),
        ("Cut short…", True),
        ("Cut short...", True),
        ("Cut short…”", True),
        ("Whole sentence.", False),
        (None, False),
    ],
)
def test_truncated_is_derived_from_the_summary(summary: str | None, truncated: bool) -> None:
    assert Article(headline="H", summary=summary).truncated is truncated


def test_digest_is_a_sequence_with_source_noise_and_explanations() -> None:
    text = "Harbour Notes\n\nBus Drivers Walk Out\n\nDrivers stopped work on Monday after managers imposed shifts.\n"
    digest = digestparse.parse(text)
    assert len(digest) == 1 and digest[0] is digest.articles[0] and list(digest) == [digest[0]]
    assert digest.source == text
    assert [(n.line, n.text, n.span) for n in digest.noise] == [(1, "Harbour Notes", (0, 13))]
    lines = [str(d) for d in digest.explain()]
    assert len(lines) == 3 and "noise.page_title" in lines[0] and "headline" in lines[1]
