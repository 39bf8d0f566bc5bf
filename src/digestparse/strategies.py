"""Hypothesis strategies for property tests of code that consumes listings.

Needs the ``hypothesis`` extra: ``pip install 'digestparse[hypothesis]'``.

* ``articles()``: valid ``Article`` records, realistic by default: title-like
  headlines, sentence-like summaries (some truncated), captions and photo
  credits, kickers, bylines and dates in the shapes of SPEC 2.I, in English,
  Spanish, French, German or Portuguese. For these, ``parse(render(a)) == a``.
  ``articles(arbitrary=True)`` draws any valid text instead: any unicode, line
  breaks inside fields, spans or none.
* ``article_lists()``: tuples of such articles.
"""

from __future__ import annotations

from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised without the extra
    raise ImportError(
        "digestparse.strategies needs hypothesis: pip install 'digestparse[hypothesis]'"
    ) from exc

from .errors import UsageError
from .records import Article
from .wordlists import LANGUAGES, Language

__all__ = ["article_lists", "articles", "captions", "dates", "headlines", "summaries"]

_TRUNCATIONS = (" […]", " [...]", "…", "...")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title_case(text: str, lang: str) -> str:
    if lang != "en":
        return _cap(text)
    small = {"a", "an", "the", "and", "of", "in", "on", "for", "to", "at", "by", "after", "as"}
    words = text.split()
    return " ".join(w if (i and w in small) else _cap(w) for i, w in enumerate(words))


@st.composite
def headlines(draw: st.DrawFn, lang: str = "en") -> str:
    """A title-like headline: subject, verb, object, maybe a question; no full stop."""
    words = LANGUAGES[lang]
    text = (
        f"{draw(st.sampled_from(words['subjects']))} {draw(st.sampled_from(words['verbs']))} "
        f"{draw(st.sampled_from(words['objects']))}"
    )
    if draw(st.booleans()):
        text = f"{text}?" if lang == "en" and draw(st.booleans()) else text
    return _title_case(text, lang)


def _sentence(draw: st.DrawFn, words: Language) -> str:
    return _cap(
        f"{draw(st.sampled_from(words['subjects']))} {draw(st.sampled_from(words['verbs']))} "
        f"{draw(st.sampled_from(words['objects']))} {draw(st.sampled_from(words['tails']))}"
    )


@st.composite
def summaries(draw: st.DrawFn, lang: str = "en") -> str:
    """One to three sentences, each ending in a full stop; the last may be cut short."""
    words = LANGUAGES[lang]
    sentences = [_sentence(draw, words) for _ in range(draw(st.integers(1, 3)))]
    text = ". ".join(sentences)
    if draw(st.integers(0, 3)) == 0:
        return text + draw(st.sampled_from(_TRUNCATIONS))
    return text + "."


@st.composite
def captions(draw: st.DrawFn, lang: str = "en") -> str:
    """Alt text of a thumbnail, sometimes with a photo credit."""
    words = LANGUAGES[lang]
    text = _cap(draw(st.sampled_from(words["photos"])))
    credit = draw(st.sampled_from(("", "", " Flickr", " Foto-", " Photo: {name}", " | AP")))
    return text + credit.format(name=draw(_names(words)))


def _names(words: Language) -> st.SearchStrategy[str]:
    return st.builds(
        lambda first, last: f"{first} {last}",
        st.sampled_from(words["first_names"]),
        st.sampled_from(words["last_names"]),
    )


@st.composite
def bylines(draw: st.DrawFn, lang: str = "en") -> str:
    """One author, or two joined as the language joins them."""
    words = LANGUAGES[lang]
    names = draw(st.lists(_names(words), min_size=1, max_size=2, unique=True))
    return f" {words['joiner']} ".join(names)


@st.composite
def dates(draw: st.DrawFn, lang: str = "en") -> str:
    """A date in one of the shapes of SPEC 2.I for the language."""
    words = LANGUAGES[lang]
    day = draw(st.integers(1, 28))
    month_index = draw(st.integers(0, 11))
    month = words["months"][month_index]
    year = draw(st.integers(1995, 2030))
    weekday = draw(st.sampled_from(words["weekdays"]))
    ago = draw(st.integers(2, 9))
    shapes = {
        "en": (
            f"{month} {day}, {year}",
            f"{weekday}, {day} {month} {year}",
            f"{month.upper()} {day}. {year}",
            f"{ago} days ago",
        ),
        "es": (
            f"{day} de {month} de {year}",
            f"{weekday}, {day} de {month} de {year}",
            f"hace {ago} días",
        ),
        "fr": (f"{day} {month} {year}", f"{weekday} {day} {month} {year}", f"il y a {ago} jours"),
        "de": (f"{day}. {month} {year}", f"{weekday}, {day}. {month} {year}", f"vor {ago} Tagen"),
        "pt": (
            f"{day} de {month} de {year}",
            f"{weekday}, {day} de {month} de {year}",
            f"há {ago} dias",
        ),
    }[lang]
    common = (f"{year}-{month_index + 1:02d}-{day:02d}", f"{day:02d}.{month_index + 1:02d}.{year}")
    return draw(st.sampled_from(shapes + common))


@st.composite
def _realistic(draw: st.DrawFn, languages: tuple[str, ...]) -> Article:
    lang = draw(st.sampled_from(languages))
    teaser = draw(st.integers(0, 5)) == 0  # summary only, as in layout E
    headline = None if teaser else draw(headlines(lang))
    fields: dict[str, Any] = {
        "headline": headline,
        "summary": draw(summaries(lang)),
        "caption": None if teaser or draw(st.booleans()) else draw(captions(lang)),
        "kicker": None
        if teaser or draw(st.integers(0, 3))
        else draw(st.sampled_from(LANGUAGES[lang]["kickers"])),
        "byline": draw(st.none() | bylines(lang)),
        "date": draw(st.none() | dates(lang)),
    }
    return Article(**fields)


_ANY_TEXT = st.text(min_size=1)


@st.composite
def _arbitrary(draw: st.DrawFn) -> Article:
    fields = {name: draw(st.none() | _ANY_TEXT) for name in ("caption", "kicker", "byline", "date")}
    visible = _ANY_TEXT.filter(lambda t: not t.isspace())
    headline, summary = draw(
        st.one_of(
            st.tuples(visible, st.none() | _ANY_TEXT),
            st.tuples(st.none() | _ANY_TEXT, visible),
        )
    )
    start = draw(st.integers(0, 10**9))
    span = draw(st.none() | st.integers(0, 10**6).map(lambda n: (start, start + n)))
    return Article(headline=headline, summary=summary, span=span, **fields)


def articles(
    *, arbitrary: bool = False, languages: tuple[str, ...] = tuple(LANGUAGES)
) -> st.SearchStrategy[Article]:
    """Valid ``Article`` records.

    Realistic by default, in the given ``languages`` (codes of
    ``digestparse.wordlists.LANGUAGES``); with ``arbitrary=True``, any valid
    text: any unicode, line breaks inside fields, with or without spans.
    """
    if arbitrary:
        return _arbitrary()
    unknown = sorted(set(languages) - set(LANGUAGES))
    if unknown or not languages:
        raise UsageError(f"languages must be drawn from {sorted(LANGUAGES)}, got {languages!r}")
    return _realistic(tuple(languages))


def article_lists(
    *, arbitrary: bool = False, min_size: int = 0, max_size: int = 8
) -> st.SearchStrategy[tuple[Article, ...]]:
    """Tuples of ``articles()``."""
    return st.lists(articles(arbitrary=arbitrary), min_size=min_size, max_size=max_size).map(tuple)
