"""The cheap gates before the patterns never turn away a line a pattern would match.

Each gate is a necessary condition: when it says no, the pattern it spares
must find nothing. These tests draw listing-like text full of the patterns'
own words and check exactly that, so a word added to a pattern and not to its
gate fails here.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from digestparse import Options, dates, features, gates, rules
from digestparse.features import credit_word, extract
from digestparse.gates import Sheet
from digestparse.lexicon import (
    BYLINE_MARKERS,
    CHROME_OPENINGS,
    CHROME_PHRASES,
    LISTING_SECTIONS,
    SOCIAL,
    TRANSLATOR_LABELS,
)
from digestparse.rules import classify, classify_all
from digestparse.words import CUTS, bag, gate

_WORDS = [
        # dates
        "March", "MARCH", "31", "2016", "de", "of", "Thursday", "jueves", "segunda-feira",
        "août", "März", "2", "days", "ago", "hace", "días", "vor", "Tagen", "yesterday", "Hoy",
        "aujourd'hui", "aujourd’hui", "il y a", "10:30", "Published:", "Posted on",
        # credits
        "Photo:", "PHOTO -", "Foto:", "© AP", "(c)", "(C)", "Credit:", "Credits", "120x80",
        "img.JPG", "Flickr", "Flickr.com", "(Flickr)", "Getty Images", "| AP", "/ Reuters",
        "Wikimedia Commons", "Unsplash", "AFP/", "EPA /", "picture alliance/dpa", "Gollnow/dpa",
        "Symbolbild:",
        # bylines
        "By", "BY", "by:", "Written by", "Por", "par", "Von", "Autor:", "Author :", "écrit par",
        "Ana Ruiz", "Tom Berg", "voted no.", "“We stay!”", "— Ana Ruiz", "– Tom Berg", "-", "/",
        # chrome
        "Next", "next»", "« Previous", "Page", "página", "Seite 2 von 5", "Older posts", "1",
        "23", "…", "...", "Showing", "results", "12 comments", "3 shares", "Zurück", "próxima",
        "Précédent", "Archive:", "Category :", "Tags:", "Facebook", "Twitter", "e-mail", "X",
        # ordinary words and what lower-casing may change
        "Harbour", "cranes", "at", "dusk", "The", "pier", "İstanbul", "\u212a", "ß", "ﬁrst",
        "ﬆ", "_",
        *CUTS, " ", "  ",
]  # fmt: skip

_ORDINARY = st.characters(
    categories=["Lu", "Ll", "Nd", "Zs", "Po", "Pd", "Ps", "Pe", "Pi", "Pf", "Sm", "Sc"],
    max_codepoint=0x24F,
)
_TEXT = st.lists(
    st.one_of(st.sampled_from(_WORDS), st.text(_ORDINARY, max_size=4)), max_size=8
).flatmap(lambda pieces: st.sampled_from([" ".join(pieces), "".join(pieces)]))


def _normal(text: str) -> str:
    return " ".join(text.split())


@given(_TEXT)
@example("Photo by the Flickr.com team")
def test_the_credit_gate_lets_every_hint_through(text: str) -> None:
    if features._CREDIT_GATE.isdisjoint(bag(text.lower())):
        assert not features._credit_hint(text)


@given(_TEXT)
@example("Seite 2 von 5")
@example("12 comments")
@example("Showing 10 results")
def test_the_chrome_gate_lets_every_anchored_line_through(text: str) -> None:
    text = _normal(text)
    if not features._may_anchor_chrome(text.lower()):
        for pattern in (features._PAGINATION, features._PAGE_OF, features._COMMENTS):
            assert pattern.match(text) is None, pattern.pattern
        assert features._RESULTS.match(text) is None


@given(_TEXT)
@example("Facebook Twitter")
@example("Facebook | e-mail")
def test_the_social_gate_lets_every_share_bar_through(text: str) -> None:
    lower = _normal(text).lower()
    tokens = [w for w in features._SEPARATORS.split(lower) if w]
    if tokens and all(w in SOCIAL for w in tokens):
        assert features._SOCIAL_HEAD.match(lower) is not None


@given(_TEXT)
@example("Written by Ana Ruiz")
@example("Author : Tom Berg")
def test_the_byline_gate_lets_every_marker_through(text: str) -> None:
    text = _normal(text)
    if not features._may_open_byline(text):
        assert features._BYLINE.match(text) is None


def test_every_word_of_the_lists_passes_its_gate() -> None:
    for word in features._CREDIT_HINTS:
        assert not features._CREDIT_GATE.isdisjoint(bag(f"({word.title()})".lower()))
    for marker in BYLINE_MARKERS:
        assert features._may_open_byline(f"{marker.upper()} Ana Ruiz")
    for network in SOCIAL:
        assert features._SOCIAL_HEAD.match(f"| {network} ·") is not None
    assert features._may_anchor_chrome("next page") and features._may_anchor_chrome("2 of 5")


def test_a_gate_holds_the_pieces_a_bag_cuts_a_word_into() -> None:
    assert gate(["Aujourd'hui", "flickr.com"]) == {"aujourd", "hui", "flickr", "com"}
    assert bag("photo: j. doe/flickr.com") == ["photo", "j", "doe", "flickr", "com"]


def test_chrome_phrases_are_still_found_whole() -> None:
    # The phrases are looked up before any gate.
    for phrase in sorted(CHROME_PHRASES):
        assert features.extract(f"[{phrase.title()}] »").chrome is not None


_DATE_PARTS = st.sampled_from(
    [
        "Monday", "Wednesday,", "the", "25th", "25", "1st", "º", "de", "of", "March", "Sept.",
        "agosto", "2016", ",", "10:30", "10h30", "a.m.", "pm", "p. m.", "CEST", "(CET)", "Uhr",
        "at", "a las", "2", "days", "ago", "hace", "días", "il y a", "jours", "vor", "Tagen",
        "yesterday", "aujourd’hui", "2016-03-31", "31.03.16", "Ana Ruiz", "·", "|", "-", ".",
        "Harbour", "repairs", "x", "un", "una", "einem", "Monat", "mes", "min", "12", "an",
        "ans", "a", "one", "week", "Hour", "há", "dias", "h", "Std.", "d", "std",
    ]
)  # fmt: skip


@given(st.lists(_DATE_PARTS, min_size=1, max_size=9), st.lists(st.booleans(), min_size=9))
@example(["25th", "March"], [False] * 9)
@example(["March", "31", "10:30", "pm", "CEST"], [False, False, False, True] + [False] * 5)
@example(["March", "10h30", "de"], [False] * 9)  # "MARCH 10H30 DE": a clock in capitals
@example(["Sept.", "12h", "week"], [False] * 9)  # an hour alone, a word read as its zone
@example(["Monday", "2016-03-31", "h", "days"], [False, True] + [False] * 7)  # "…-31h days"
def test_the_date_end_gate_lets_every_date_at_the_end_through(
    parts: list[str], glue: list[bool]
) -> None:
    text = "".join(p + ("" if g else " ") for p, g in zip(parts, glue, strict=False)).strip()
    for candidate in (text, text.upper(), text + " ."):
        if not dates._may_end_date(candidate):
            assert dates._AT_END.search(candidate) is None, candidate


# -- gates over a window (``digestparse.gates``) -----------------------------

_OPTIONS = st.sampled_from(
    [
        Options(),
        Options(sentence_min_words=3, long_line_words=8, truncated_min_words=1),
        Options(disabled_rules=frozenset({"date.line", "noise.chrome"})),
        Options(disabled_rules=frozenset({"byline.marker", "caption.credit"})),
    ]
)


@given(st.lists(_TEXT.map(_normal).filter(bool), max_size=12), _OPTIONS)
@example(["Photo: Ana Lind", "Ana Ruiz · 4 May 2021", "Read more »", "APRIL 1. 2025"], Options())
@example(["Tsipras. Photo: Joanna, Flickr.com", "Protest in Lima | AP"], Options())
@example(["Thursdayyesterday", "Ana Ruiz Thursdayhace un mes"], Options())  # a weekday glued on
def test_a_window_gets_the_verdicts_its_lines_get_alone(texts: list[str], options: Options) -> None:
    alone = [classify(extract(text), options) for text in texts]
    assert classify_all(Sheet(texts), options) == alone


@given(_TEXT.map(_normal).filter(bool))
@example("Tsipras. Photo: Joanna, Flickr.com")
@example("Old tram depot Wikimedia Commons)")
@example("thumb erdogan 120x80")
@example("harbour.JPEG")
def test_the_credit_gate_lets_every_credit_through(text: str) -> None:
    if credit_word(text) is not None:
        assert gates.credits(Sheet([text]), [0], Options()) == [0]


@given(_TEXT.map(_normal).filter(bool))
@example("Ana Ruiz · 4 May 2021")
@example("hace 2 días Ana Ruiz")
@example("Written by Fred Weston Wednesday, 24 August 2016")
@example("Ana Ruiz · March 4, 2019 · Labour, Ports")  # the date inside
def test_the_byline_gate_lets_every_byline_through(text: str) -> None:
    if extract(text).byline is not None:
        assert gates.bylines(Sheet([text]), [0], Options()) == [0]


@given(_TEXT.map(_normal).filter(bool), _OPTIONS)
@example("Drivers stopped work on Monday and voted no. — Ana Ruiz", Options())
@example("Drivers stopped work, and “We stay!” – Tom Berg", Options())
def test_the_signed_gate_lets_every_signed_sentence_through(text: str, options: Options) -> None:
    if rules.summary_signed(extract(text), options) is not None:
        assert gates.signed(Sheet([text]), [0], options) == [0]


@given(_TEXT.map(_normal).filter(bool))
@example("Continue reading →")
@example("| Facebook · Twitter")
def test_the_chrome_and_date_gates_are_exact(text: str) -> None:
    f = extract(text)
    sheet = Sheet([text])
    assert (gates.chrome(sheet, [0], Options()) == [0]) == bool(f.chrome)
    assert (gates.dates(sheet, [0], Options()) == [0]) == f.date


def test_the_chrome_gate_knows_every_word_of_the_lexicon() -> None:
    """Each phrase, opening and network opens chrome the gate lets through, in any case."""
    known = [
        *CHROME_PHRASES,
        *LISTING_SECTIONS,
        *CHROME_OPENINGS,
        *(f"{a} {b}" for a in SOCIAL for b in SOCIAL),
        *(f"{label} Ana Gil" for label in TRANSLATOR_LABELS),
    ]
    texts = []
    for words in known:
        for cased in (words, words.title(), words.upper()):
            texts += [cased, f"[{cased}] »", f"« {cased} …", f"{cased}: the harbour archive"]
    chrome = [text for text in texts if extract(text).chrome]
    assert len(chrome) > len(known)  # the lexicon's own words are chrome
    sheet = Sheet(chrome)
    every = list(range(len(chrome)))
    assert gates.chrome(sheet, every, Options()) == every


@given(
    st.lists(st.sampled_from([*"aZ0.) xé", "For", "thumb", "120x80", "comFor"]), max_size=12).map(
        "".join
    )
)
@example("thumb 120x80For the council")
def test_the_ascii_glue_pattern_finds_every_join(text: str) -> None:
    if text.isascii() and rules._ASCII_GLUE.search(text, 0, 4000) is None:
        assert rules._GLUE.search(text) is None


def test_the_gates_turn_away_plain_headlines_and_summaries() -> None:
    """What the gates are for: a plain line is asked about by no rare rule."""
    plain = [
        "Dock Workers Vote to Strike Over Night Shifts",
        "Marta Silvan",  # ends in "an", a French unit of time, but not after a number
        "Why Americans Keep Moving",
        "A History of the Eight-Hour Day",
        "Vendors who moved into the empty depot say trade has doubled […]",
        "Crane operators at the port voted by a wide margin to walk out, saying the rota leaves them no sleep.",
    ]
    sheet = Sheet(plain)
    every = list(range(len(plain)))
    assert gates.dates(sheet, every, Options()) == []
    assert gates.chrome(sheet, every, Options()) == []
    assert gates.credits(sheet, every, Options()) == []
    # "… Eight-Hour Day" ends with a unit of time, but not after its count ("hace 2 días").
    assert gates.bylines(sheet, every, Options()) == []
