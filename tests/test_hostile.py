"""Hostile and broken input: the documented answer for each, and no crash.

Each case is listed in the README's "Hostile input" table with its answer.
"""

from __future__ import annotations

import pytest

import digestparse
from conftest import read_sample
from digestparse import DecodeError

SUMMARY = "Drivers stopped work on Monday after managers imposed new shifts without talks."


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t\u00a0\u200b\r\n\u2028 \n"])
def test_empty_or_only_whitespace_gives_nothing(text: str) -> None:
    digest = digestparse.parse(text)
    assert (digest.articles, digest.noise, digest.explain()) == ((), (), ())
    assert digest.source == text


def test_only_captions_are_noise() -> None:
    text = "Photo: J. Doe\nHarbour cranes at dusk Flickr\n\n© City Archive\n"
    digest = digestparse.parse(text)
    assert digest.articles == ()
    assert [n.text for n in digest.noise] == [
        "Photo: J. Doe",
        "Harbour cranes at dusk Flickr",
        "© City Archive",
    ]


def test_caption_at_the_end_with_no_headline_is_noise() -> None:
    digest = digestparse.parse(f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nPhoto: J. Doe\n")
    assert len(digest) == 1 and digest[0].caption is None
    assert [n.text for n in digest.noise] == ["Photo: J. Doe"]


def test_headline_with_nothing_after_it() -> None:
    # A title alone cannot be told from a page title: it is noise.
    assert digestparse.parse("Bus Drivers Walk Out").articles == ()
    # After an article, a trailing title is noise too.
    digest = digestparse.parse(f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nSchools Short of Staff\n")
    assert [a.headline for a in digest] == ["Bus Drivers Walk Out"]
    assert [n.text for n in digest.noise] == ["Schools Short of Staff"]


def test_lone_surrogates_are_kept_as_characters() -> None:
    digest = digestparse.parse(f"Bus \ud800 Drivers Walk Out\n\n{SUMMARY}\n")
    assert digest[0].headline == "Bus \ud800 Drivers Walk Out"
    assert digestparse.loads(digestparse.dumps(digest, "json"), "json") == digest.articles


def test_nul_and_control_characters_are_kept_not_fatal() -> None:
    digest = digestparse.parse(f"Bus\x00 Drivers\x07 Walk Out\n\n{SUMMARY}\x01\n")
    assert digest[0].headline == "Bus\x00 Drivers\x07 Walk Out"
    assert digest[0].summary == SUMMARY + "\x01"


@pytest.mark.parametrize(
    "separator", ["\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028"]
)
def test_every_line_separator_used_consistently(separator: str) -> None:
    text, _ = read_sample("b-river-weekly")
    expected = digestparse.parse(text).articles
    assert digestparse.parse(text.replace("\n", separator)).articles == expected


@pytest.mark.parametrize("line", ["\n", "\u2028"])
def test_a_paragraph_separator_parts_paragraphs_as_a_blank_line_does(line: str) -> None:
    # A sample whose blank lines tell its lines apart (it reads otherwise without them).
    text, _ = read_sample("a-captions-in-article-blocks")
    expected = digestparse.parse(text).articles
    separated = text.replace("\n\n", "\u2029").replace("\n", line)
    assert digestparse.parse(separated).articles == expected


def test_a_50_mb_single_line() -> None:
    sentence = "the committee met again on tuesday and agreed to nothing at all "
    text = sentence * (50_000_000 // len(sentence))
    digest = digestparse.parse(text)
    assert len(digest) == 1 and digest[0].span == (0, len(text))  # one long teaser


def test_a_million_blank_lines() -> None:
    digest = digestparse.parse("\n" * 1_000_000)
    assert (digest.articles, digest.noise) == ((), ())


def test_a_million_one_word_lines() -> None:
    # Titles above no article: all of them page titles, noise.
    digest = digestparse.parse("Word\n" * 1_000_000)
    assert digest.articles == () and len(digest.noise) == 1_000_000
    # Lower-case words continue each other: runs of text, one a window of
    # 16,000 lines (a block that long is cut where the largest window ends).
    digest = digestparse.parse("word\n" * 1_000_000)
    assert len(digest) == 63 and all(a.summary is not None for a in digest)
    assert sum(a.summary.count("word") for a in digest if a.summary) == 1_000_000


def test_utf16_bytes_are_refused_with_a_hint() -> None:
    with pytest.raises(DecodeError, match="UTF-16 byte-order mark at offset 0") as info:
        digestparse.parse("Bus Drivers".encode("utf-16"))
    assert info.value.offset == 0


def test_latin1_bytes_name_the_first_bad_offset() -> None:
    data = "Les cheminots votent la grève".encode("latin-1")
    with pytest.raises(DecodeError, match=r"byte b'\\xe8' at offset 26") as info:
        digestparse.parse(data)
    assert info.value.offset == 26


def test_invalid_utf8_names_the_offset() -> None:
    with pytest.raises(DecodeError, match="offset 3"):
        digestparse.parse(b"abc\xc3(def")


@pytest.mark.parametrize("value", [None, 3.5, ["x"], bytearray(b"ok"), memoryview(b"ok")])
def test_other_types(value: object) -> None:
    if isinstance(value, bytearray | memoryview):
        assert digestparse.parse(value).source == "ok"  # bytes-like is read as bytes
        return
    with pytest.raises(TypeError, match="str or UTF-8 bytes"):
        digestparse.parse(value)  # type: ignore[arg-type]
