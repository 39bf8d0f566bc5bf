"""``Caseless`` patterns find what ``regex`` with IGNORECASE found, in the text of listings."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from digestparse import dates, features
from digestparse.caseless import Caseless

PATTERNS = {
    f"{module.__name__}.{name}": value
    for module in (dates, features)
    for name, value in vars(module).items()
    if isinstance(value, Caseless)
}

_WORDS = (
    [
        # dates
        "March", "MARCH", "31", "31st", "2016", "1995", "de", "of", "Thursday", "jueves",
        "Donnerstag", "août", "AOÛT", "März", "2", "days", "ago", "hace", "días", "vor",
        "Tagen", "yesterday", "Hoy", "10:30", "a.m.", "Uhr", "EST", "(CET)", "Published:",
        "Posted on", "2016-03-31", "31.03.2016", "03/31/16", "2 days ago", "an hour ago",
        "March 31, 2016", "Thursday, 25 August 2016", "hace 3 días", "il y a 2 jours",
        "vor 2 Tagen", "15 de março de 2021", "APRIL 1. 2025", "Updated 4 May 2021 10:30 a.m. EST",
        # credits and bylines
        "Photo:", "PHOTO -", "Foto:", "© AP", "(c)", "Credit:", "Photo Credit- City Archive",
        "120x80", "300×200", "img.JPG", "thumb.webp", "Flickr", "Flickr.com", "Getty Images",
        "| AP", "/ Reuters", "Wikimedia Commons", "By", "BY", "Written by", "Por", "par", "Von",
        "Autor:", "Author:", "Ana Ruiz", "Tom Berg", "and", "AND", "y", "und", "et", "&",
        # what lower-casing may change
        "İstanbul", "\u212a", "ß", "Straße", "ǅ", "ﬁ", "_",
        ",", ".", "-", "/", "|", "·", "–", "(", ")", ":",
    ]
)  # fmt: skip
_PIECES = st.sampled_from(_WORDS)


#: What listings are written in: ASCII, Latin letters, their punctuation. Left
#: out: "ı" and "ſ", which ``regex`` folds to "i" and "s" and lower() does not
#: (a difference the module docstring owns to).
_ORDINARY = st.characters(
    categories=["Lu", "Ll", "Nd", "Zs", "Po", "Pd", "Ps", "Pe", "Pi", "Pf", "Sm", "Sc"],
    max_codepoint=0x24F,
    exclude_characters="ıſ",
) | st.sampled_from("–—·•’“”«»…©×|/")


def _same(text: str) -> None:
    """Each pattern finds in ``text`` what ``regex`` with IGNORECASE finds, group by group."""
    for name, pattern in PATTERNS.items():
        flags = regex.IGNORECASE | regex.VERSION1 | (pattern.fast.flags & regex.VERBOSE)
        before = regex.compile(pattern.fast.pattern, flags)
        groups = [0, *before.groupindex]
        for method in ("fullmatch", "search", "match"):
            got = getattr(pattern, method)(text)
            want = getattr(before, method)(text)
            assert (got and [got.span(g) for g in groups]) == (
                want and [want.span(g) for g in groups]
            ), (name, method, text)
            if got is not None and want is not None:
                assert [got.group(g) for g in groups] == [want.group(g) for g in groups]
        if not before.groups and not pattern.fast.match(""):  # what split is for
            assert pattern.split(text) == before.split(text), (name, "split", text)


def test_the_patterns_are_found() -> None:
    assert {"digestparse.dates._WHOLE", "digestparse.features._BYLINE"} <= set(PATTERNS)


@given(st.lists(st.one_of(_PIECES, st.text(_ORDINARY, max_size=4)), max_size=8), st.booleans())
def test_lower_cased_text_reads_as_the_text(pieces: list[str], spaced: bool) -> None:
    _same((" " if spaced else "").join(pieces))


def test_every_word_alone_and_at_either_end_of_a_line() -> None:
    for word in _WORDS:
        for text in (word, f"Harbour cranes at dusk {word}", f"{word} Harbour cranes at dusk"):
            _same(text)
            _same(text.upper())


def test_groups_are_cut_from_the_text_as_given() -> None:
    found = features._BYLINE.match("WRITTEN BY Ana Ruiz")
    assert found is not None and found.group("marker") == "WRITTEN BY"
    assert found.group("label") is None and found.group("rest") == "Ana Ruiz"
    turkish = dates._AT_END.search("İstanbul MARCH 31, 2016")  # lower() lengthens "İ"
    assert turkish is not None and turkish.group("date") == "MARCH 31, 2016"
