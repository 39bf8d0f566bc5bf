"""``iter_articles`` streams the articles ``parse`` gives, and reading in windows is safe."""

from __future__ import annotations

import io
import itertools
import tracemalloc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

import digestparse
from conftest import SAMPLES, sample_names
from digestparse import Article, DecodeError, iter_articles, parse, stream
from digestparse.lines import split_lines
from digestparse.strategies import listings


def _same(streamed: Sequence[Article], parsed: Sequence[Article]) -> None:
    """Equal records, in the same order, from the same places in the source."""
    assert list(streamed) == list(parsed)
    assert [a.span for a in streamed] == [a.span for a in parsed]


#: The least ``MAX_WINDOW`` of the small windows: past it an article is cut (an endless
#: block), and a drawn article with runs of blank lines between its parts may be longer
#: than eight windows of a few lines.
_LEAST_MAX_WINDOW = 200


@contextmanager
def _windows(lines: int) -> Iterator[None]:
    """Read listings in windows of ``lines`` lines, so that small texts take many."""
    saved = stream.WINDOW, stream.MAX_WINDOW
    stream.WINDOW, stream.MAX_WINDOW = lines, max(8 * lines, _LEAST_MAX_WINDOW)
    try:
        yield
    finally:
        stream.WINDOW, stream.MAX_WINDOW = saved


def _cut(data: str | bytes, cuts: list[int]) -> list[str] | list[bytes]:
    """``data`` cut at the given positions (any order, repeats allowed)."""
    points = sorted({0, len(data), *(c % (len(data) + 1) for c in cuts)})
    return [data[a:b] for a, b in itertools.pairwise(points)]  # type: ignore[return-value]


@pytest.mark.parametrize("name", sample_names())
def test_every_sample_streams_as_parsed(name: str) -> None:
    path = SAMPLES / f"{name}.txt"
    data = path.read_bytes()
    parsed = parse(data)
    with path.open("rb") as binary:
        _same(list(iter_articles(binary)), parsed)
    # Text files give what their text gives (a BOM read as "utf-8" stays a character).
    for newline in ("", None):
        with path.open(encoding="utf-8", newline=newline) as text:
            expected = parse(text.read())
        with path.open(encoding="utf-8", newline=newline) as text:
            _same(list(iter_articles(text)), expected)
        with path.open(encoding="utf-8", newline=newline) as text:
            _same(list(iter_articles(iter(text))), expected)  # an iterable of lines


def _all_samples() -> str:
    return "\n\n".join((SAMPLES / f"{n}.txt").read_text(encoding="utf-8") for n in sample_names())


#: Samples whose reading needs the listing's end, decided only when it is read in
#: one window (``regions.names_trail``, ``regions.caps_names_trail``,
#: ``regions.names_lead``; bylines that lead teasers, none under the last: the
#: date mode), or an article further down (a standfirst past its
#: byline, ``summary.after_title``, shown by the second article only; alt text
#: over every headline, ``caption.sentence_above_headline``, two at least; a
#: headline over its date above the first article, shown by the date under the
#: next, ``date_mode``; a place glued over a headline among alt texts, shown by
#: the articles after it, ``regions._labels_among_pictures``; a summary over two
#: lines in every headline's block, two at least, ``summary.continued``; a summary's
#: second paragraph over its byline, shown by two articles, ``summary.second_paragraph``;
#: a section page's description, told by the bylines and dates of the articles below,
#: ``noise.page_description``):
#: a window of a few lines reads them as a longer listing's first windows would.
_NEED_THE_END = frozenset(
    {
        "b-columnists-over-their-headlines",
        "b-excerpts-of-two-paragraphs",
        "h-section-page-menu-description-most-read",
        "a-alt-sentences-between-advertisements",
        "a-alt-text-naming-places-and-people",
        "a-alt-sentences-under-site-name",
        "a-sentence-captions-apart-with-capital-authors",
        "a-uncredited-alt-sentences-apart",
        "b-names-over-headlines-in-a-magazine-issue",
        "b-platform-posts-name-in-publication",
        "b-question-standfirsts-between-byline-and-date",
        "i-live-headline-over-its-age",
        "j-spanish-teasers-under-authors-and-sources",
        "m-two-sentence-summaries-signed",
    }
)


def test_samples_that_need_the_end_are_read_whole_in_one_default_window() -> None:
    for name in _NEED_THE_END:
        data = (SAMPLES / f"{name}.txt").read_bytes()
        assert len(data.splitlines()) < stream.WINDOW
        _same(list(iter_articles(io.BytesIO(data))), parse(data))


@pytest.mark.parametrize("window", [3, 10, 40])
def test_samples_read_in_small_windows_parse_to_their_truth(window: int) -> None:
    """A window cuts a listing only between articles, carrying what the listing decided."""
    whole = {
        name: parse((SAMPLES / f"{name}.txt").read_bytes())
        for name in sample_names()
        if name not in _NEED_THE_END
    }
    with _windows(window):
        for name, expected in whole.items():
            data = (SAMPLES / f"{name}.txt").read_bytes()
            windowed = parse(data)
            _same(windowed, expected)


def test_a_listing_of_many_windows_streams_as_parsed() -> None:
    text = _all_samples() * 15
    assert len(text.splitlines()) > 2 * stream.WINDOW
    parsed = parse(text)
    _same(list(iter_articles(io.StringIO(text))), parsed)
    _same(list(iter_articles(io.BytesIO(text.encode()))), parsed)
    # Every non-blank line is in exactly one article or in the noise.
    spans = sorted([a.span for a in parsed] + [n.span for n in parsed.noise])
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    lines = [line for line in split_lines(text) if not line.blank]
    assert all(any(s <= line.start < e or s == line.start == e for s, e in spans) for line in lines)


@given(listings(), st.lists(st.integers(0, 10**6), max_size=12), st.sampled_from([2, 5, 17]))
def test_any_chunking_of_any_listing_streams_as_parsed(drawn, cuts: list[int], window: int) -> None:  # type: ignore[no-untyped-def]
    with _windows(window):
        parsed = parse(drawn.text)
        note(repr(parsed.articles))
        # Reading in windows changes nothing the strategies can draw.
        assert list(parsed) == list(drawn.articles)
        _same(list(iter_articles(_cut(drawn.text, cuts))), parsed)
        # Bytes cut anywhere, inside a character or between "\r" and "\n"
        # (decoded, a leading BOM is dropped: offsets as in parse(bytes)).
        data = drawn.text.encode()
        _same(list(iter_articles(_cut(data, cuts))), parse(data))


def test_explain_numbers_articles_across_windows() -> None:
    text = _all_samples()
    with _windows(7):
        digest = parse(text)
        decisions = digest.explain()
    assert [d.line for d in decisions] == [
        line.number for line in split_lines(text) if not line.blank
    ]
    for decision in decisions:
        if decision.article is not None:
            start, end = digest[decision.article].span
            assert start <= decision.span[0] and decision.span[1] <= end


_DEAL = "the union and the port reached a deal\n"


def test_an_article_longer_than_a_window_is_not_cut() -> None:
    text = "Strike Called Off\n" + _DEAL * (2 * stream.WINDOW)
    (article,) = list(iter_articles(io.StringIO(text)))
    assert article.headline is None and article.summary is not None
    assert article.summary.startswith("Strike Called Off the union")
    assert article.span == (0, len(text) - 1)  # all but the last line's ending
    _same([article], parse(text))


def test_an_endless_block_is_cut_at_the_largest_window() -> None:
    """Past ``MAX_WINDOW`` lines a block is given out where the window ends, nothing lost."""
    text = "Strike Called Off\n" + _DEAL * 50_000
    articles = list(iter_articles(io.StringIO(text)))
    assert len(articles) == -(-50_001 // stream.MAX_WINDOW)  # 50,001 lines, 16,000 a window
    assert articles[0].summary is not None
    assert articles[0].summary.startswith("Strike Called Off the union")
    # Each covers its window's lines, from the first character to the last
    # line's end; the line ending between two is the only text outside them.
    assert articles[0].span[0] == 0 and articles[-1].span[1] == len(text) - 1
    assert all(a.span[1] + 1 == b.span[0] for a, b in itertools.pairwise(articles))
    lines = [text[a.span[0] : a.span[1]].count("\n") + 1 for a in articles]
    assert lines == [*[stream.MAX_WINDOW] * (len(articles) - 1), 50_001 % stream.MAX_WINDOW]
    _same(articles, parse(text))


def test_streaming_memory_does_not_grow_with_the_listing() -> None:
    """Peak memory streaming 8x the text is about the same: a window, not the input."""
    one = _all_samples() + "\n\n"

    def peak(copies: int) -> int:
        chunks = (one for _ in range(copies))
        tracemalloc.start()
        count = sum(1 for _ in iter_articles(chunks))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert count > 0
        return peak

    small, large = peak(12), peak(96)  # about 4,000 and 32,000 lines
    assert large < 1.5 * small


def test_bad_bytes_in_a_stream_name_their_offset_in_the_whole() -> None:
    data = "Héadline Over Here\n\nA summary of it.\n".encode() + b"\xff more\n"
    with pytest.raises(DecodeError) as parsed:
        parse(data)
    for cuts in ([], [1], [2, 3], [len(data) - 7], [len(data) - 6]):
        with pytest.raises(DecodeError) as streamed:
            list(iter_articles(_cut(data, cuts)))
        assert streamed.value.offset == parsed.value.offset
        assert str(streamed.value) == str(parsed.value)
    truncated = "Café".encode()[:-1]  # a character cut off at the very end
    with pytest.raises(DecodeError) as at_end:
        list(iter_articles([truncated[:2], truncated[2:]]))
    with pytest.raises(DecodeError) as whole:
        parse(truncated)
    assert at_end.value.offset == whole.value.offset == 3
    with pytest.raises(DecodeError, match="UTF-16"):
        list(iter_articles(io.BytesIO("Headline".encode("utf-16"))))


def test_a_bom_is_dropped_however_the_bytes_are_cut() -> None:
    data = "\ufeffPort Strike Ends\n\nThe dockers went back on Monday.\n".encode()
    for cuts in ([1], [2], [3], [1, 2]):
        _same(list(iter_articles(_cut(data, cuts))), parse(data))


def test_what_cannot_be_streamed_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="both str and bytes"):
        list(iter_articles(["Headline\n", b"summary\n"]))
    with pytest.raises(TypeError, match="not int"):
        list(iter_articles(["Headline\n", 3]))  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not float"):
        list(iter_articles(2.5))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Options"):
        list(iter_articles("x", options={}))  # type: ignore[arg-type]


def test_iter_articles_takes_whole_texts_too() -> None:
    text = _all_samples()
    _same(list(iter_articles(text)), parse(text))
    _same(list(iter_articles(text.encode())), parse(text))
    assert list(iter_articles("")) == [] == list(parse(""))
    assert digestparse.iter_articles is iter_articles


def test_a_long_run_of_titles_before_the_first_article_is_noise() -> None:
    """A window with no article gives its lines out as noise, all but its tail."""
    sample = (SAMPLES / "a-harbour-news.txt").read_text(encoding="utf-8")
    head = "".join(f"Archive Page {n}\n" for n in range(3 * stream.WINDOW))
    digest = parse(head + "\n" + sample)
    assert list(digest) == list(parse(sample))
    assert len(digest.noise) >= 3 * stream.WINDOW
    _same(list(iter_articles(io.StringIO(head + "\n" + sample))), digest)


def test_a_window_ends_at_a_blank_line_or_twice_its_size_among_lines_read_since() -> None:
    assert stream._end(["a\n", "\n", "b\n", "\n"], 2, 0) == 2
    assert stream._end(["a\n"] * 3, 2, 0) is None
    assert stream._end(["a\n"] * 5, 2, 0) == 4
    # Lines held over from the window before end nothing: at least one new line is read.
    assert stream._end(["\n"] * 15 + ["b\n"], 7, 15) == 16


def test_alt_texts_given_out_by_earlier_windows_make_a_later_place_alt_text() -> None:
    summary = "Crane operators at the port voted by a wide margin to walk out next week."
    pictures = "".join(
        f"Pickets at gate {n}\nDockers Walk Out at Berth {n}\n\n{summary}\n\n" for n in range(1, 4)
    )
    text = pictures + f"Chile\nCopper Miners Win Their Strike\n\n{summary}\n"
    with _windows(6):
        streamed = list(iter_articles(io.StringIO(text)))
    assert [a.caption for a in streamed][-1] == "Chile"
    assert list(parse(text)) == streamed
