"""parse: accepted inputs, refused inputs, and what odd text becomes."""

from __future__ import annotations

import pytest

import digestparse
from digestparse import DecodeError, DigestparseError

LISTING = "Bus Drivers Walk Out\n\nDrivers stopped work on Monday after managers imposed shifts.\n"


def test_bytes_are_utf8_with_or_without_bom() -> None:
    expected = digestparse.parse(LISTING).articles
    assert digestparse.parse(LISTING.encode()).articles == expected
    assert digestparse.parse(b"\xef\xbb\xbf" + LISTING.encode()).articles == expected


def test_undecodable_bytes_name_the_offset() -> None:
    with pytest.raises(DecodeError, match="offset 4") as info:
        digestparse.parse(b"Bus \xff Drivers")
    assert info.value.offset == 4
    assert isinstance(info.value, DigestparseError)
    with pytest.raises(DecodeError, match="offset 7"):
        digestparse.parse(b"\xef\xbb\xbfBus \xff")


@pytest.mark.parametrize("value", [None, 42, ["a list"], {"a": "dict"}])
def test_other_types_are_refused_with_what_is_accepted(value: object) -> None:
    with pytest.raises(TypeError, match="str or UTF-8 bytes"):
        digestparse.parse(value)  # type: ignore[arg-type]


def test_options_must_be_options() -> None:
    with pytest.raises(TypeError, match=r"digestparse\.Options"):
        digestparse.parse(LISTING, options={"sentence_min_words": 3})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["", "\n\n \t\n", "\x00\x01\x02", "\ud800 lone surrogate", "Photo: J. Doe", "Just A Title"],
)
def test_odd_text_becomes_noise_not_an_error(text: str) -> None:
    digest = digestparse.parse(text)
    assert digest.articles == ()
    assert digest.source == text


def test_headline_with_nothing_after_it() -> None:
    # A lone title could be a page title as well as an article; it is noise.
    assert digestparse.parse("Bus Drivers Walk Out").articles == ()


def test_parse_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    assert gc.isenabled()
    digestparse.parse(LISTING)
    assert gc.isenabled()
    gc.disable()
    try:
        digestparse.parse(LISTING)
        assert not gc.isenabled()
    finally:
        gc.enable()
