"""Hypothesis strategies for property tests of code that consumes listings.

Needs the ``hypothesis`` extra: ``pip install 'digestparse[hypothesis]'``.

* ``articles()``: valid ``Article`` records, realistic by default: title-like
  headlines, sentence-like summaries (some truncated), captions and photo
  credits, kickers, bylines and dates in the shapes of SPEC 2.I, in English,
  Spanish, French, German or Portuguese. For these, ``parse(render(a)) == a``.
  ``articles(arbitrary=True)`` draws any valid text instead: any unicode, line
  breaks inside fields, spans or none.
* ``article_lists()``: tuples of such articles.
* ``listings(layouts=..., dirty=...)``: articles laid out as pasted text in
  the layouts A-M of SPEC section 2, page chrome and dirty text included,
  drawn as ``(text, articles)`` with the true records. ``parse(text)``
  recovers them: the heuristics' accuracy, as a property (SPEC 5.4).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

try:
    from hypothesis import assume, event
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised without the extra
    raise ImportError(
        "digestparse.strategies needs hypothesis: pip install 'digestparse[hypothesis]'"
    ) from exc

from .errors import UsageError
from .records import Article
from .wordlists import LANGUAGES, Language

__all__ = [
    "LAYOUTS",
    "DrawnListing",
    "article_lists",
    "articles",
    "bylines",
    "captions",
    "dates",
    "headlines",
    "listings",
    "summaries",
]

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
            f"{ago}h ago",
            "Just now",
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
            f"{ago} horas atrás",
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


def _unique_captions(articles: Sequence[Article]) -> bool:
    """Whether no caption stands above two different headlines (that is a label)."""
    under: dict[str, set[str | None]] = {}
    for article in articles:
        if article.caption:
            under.setdefault(article.caption, set()).add(article.headline)
    return all(len(headlines) == 1 for headlines in under.values())


def article_lists(
    *, arbitrary: bool = False, min_size: int = 0, max_size: int = 8
) -> st.SearchStrategy[tuple[Article, ...]]:
    """Tuples of ``articles()``.

    Realistic lists never repeat a caption above two different headlines: alt
    text belongs to one picture, and a repeated line reads as a kicker.
    """
    lists = st.lists(articles(arbitrary=arbitrary), min_size=min_size, max_size=max_size)
    if not arbitrary:
        lists = lists.filter(_unique_captions)
    return lists.map(tuple)


class DrawnListing(NamedTuple):
    """A listing as pasted text, with the true records of its articles."""

    text: str
    articles: tuple[Article, ...]


def _lang(draw: st.DrawFn, languages: Sequence[str]) -> str:
    return draw(st.sampled_from(tuple(languages)))


def _article(draw: st.DrawFn, lang: str, **kinds: bool) -> Article:
    """Draw an article with the fields ``kinds`` switches on."""
    fields: dict[str, Any] = {"headline": draw(headlines(lang)), "summary": draw(summaries(lang))}
    if kinds.get("caption"):
        fields["caption"] = draw(captions(lang))
    if kinds.get("kicker"):
        fields["kicker"] = draw(st.sampled_from(LANGUAGES[lang]["kickers"]))
    if kinds.get("byline"):
        fields["byline"] = draw(bylines(lang))
    if kinds.get("date"):
        fields["date"] = draw(dates(lang))
    if kinds.get("teaser"):
        fields["headline"] = None
    return Article(**fields)


def _join(blocks: list[str]) -> str:
    return "\n\n".join(blocks) + "\n"


_PAGE_TITLES = ("Latest news", "Latin America", "Archives: Europe", "JACOBIN", "Últimas noticias")
_SOCIAL = ("Facebook Twitter Email", "Facebook Instagram Twitter YouTube", "Share Tweet Email")


def _layout_a(draw: st.DrawFn, lang: str) -> DrawnListing:
    """A: caption line glued to the headline, blank line, summary.

    Some English listings put the picture under the headline instead: every
    title-case headline has its alt text (in sentence case) glued under it.
    """
    if lang == "en" and draw(st.integers(0, 3)) == 0:
        event("layout A, the picture under the headline")
        photos = LANGUAGES[lang]["photos"]
        arts = [
            Article(
                caption=_cap(draw(st.sampled_from(photos))),
                headline=draw(headlines(lang)),
                summary=draw(summaries(lang)),
            )
            for _ in range(draw(st.integers(2, 6)))
        ]
        blocks = [b for a in arts for b in (f"{a.headline}\n{a.caption}", a.summary or "")]
        return DrawnListing(_join(blocks), tuple(arts))
    items = draw(st.lists(st.builds(lambda c: c, st.booleans()), min_size=1, max_size=6))
    arts = [_article(draw, lang, caption=c) for c in items]
    blocks = []
    for a in arts:
        blocks += ["\n".join(t for t in (a.caption, a.headline) if t), a.summary or ""]
    return DrawnListing(_join(blocks), tuple(arts))


def _layout_b(draw: st.DrawFn, lang: str) -> DrawnListing:
    """B: headline, summary, author, date, each its own block; chrome on top.

    The author's name may follow a dash ("— Ana Ruiz"), as letters pages sign.
    """
    arts = [_article(draw, lang, byline=True, date=True) for _ in range(draw(st.integers(1, 6)))]
    blocks = [draw(st.sampled_from(_SOCIAL)), draw(st.sampled_from(_PAGE_TITLES))][
        : draw(st.integers(0, 2))
    ]
    sign = draw(st.sampled_from(("", "", "— ", "– ")))
    for a in arts:
        blocks += [a.headline or "", a.summary or "", f"{sign}{a.byline}", a.date or ""]
    return DrawnListing(_join(blocks), tuple(arts))


def _layout_c(draw: st.DrawFn, lang: str) -> DrawnListing:
    """C: bulleted items; the caption is the item's first block (sometimes the headline again)."""
    arts = []
    blocks = [draw(st.sampled_from(_PAGE_TITLES))] if draw(st.booleans()) else []
    for _ in range(draw(st.integers(1, 5))):
        a = _article(draw, lang, caption=True)
        if draw(st.integers(0, 3)) == 0:
            a = Article(caption=a.headline, headline=a.headline, summary=a.summary)
        arts.append(a)
        blocks += [f"  • {a.caption}", f"    {a.headline}", f"    {a.summary}"]
    return DrawnListing(_join(blocks), tuple(arts))


def _layout_d(draw: st.DrawFn, lang: str) -> DrawnListing:
    """D: a kicker (section label) above the headline in its block, under the caption if any."""
    arts = [
        _article(draw, lang, kicker=True, caption=draw(st.booleans()))
        for _ in range(draw(st.integers(1, 5)))
    ]
    blocks = []
    for a in arts:
        blocks += ["\n".join(t for t in (a.caption, a.kicker, a.headline) if t), a.summary or ""]
    return DrawnListing(_join(blocks), tuple(arts))


def _layout_e(draw: st.DrawFn, lang: str) -> DrawnListing:
    """E: teasers only, one per line; a section title above, "Load more" below.

    A title stands above two teasers or more: above a single one it would be
    that teaser's headline (layout A), and no reader could tell otherwise.
    """
    arts = [_article(draw, lang, teaser=True) for _ in range(draw(st.integers(1, 8)))]
    lines = "\n".join(a.summary or "" for a in arts)
    top = [draw(st.sampled_from(_PAGE_TITLES))] if len(arts) > 1 and draw(st.booleans()) else []
    bottom = ["Load more"] if draw(st.booleans()) else []
    return DrawnListing(_join([*top, lines, *bottom]), tuple(arts))


def _layout_f(draw: st.DrawFn, lang: str) -> DrawnListing:
    """F: no blank lines at all; headline and summary lines alternate."""
    arts = [_article(draw, lang) for _ in range(draw(st.integers(1, 6)))]
    return DrawnListing("".join(f"{a.headline}\n{a.summary}\n" for a in arts), tuple(arts))


def _layout_g(draw: st.DrawFn, lang: str) -> DrawnListing:
    """G: truncated teasers, each followed by "Read more" or "Continue reading →".

    The link stands in a block of its own, or runs on at the end of the
    teaser's line, as the excerpts of most blog themes have it.
    """
    arts = []
    blocks = []
    inline = draw(st.booleans())
    for _ in range(draw(st.integers(1, 6))):
        a = _article(draw, lang)
        cut = " ".join((a.summary or "").rstrip(".…[]").split()[:-1])
        a = Article(headline=a.headline, summary=cut + draw(st.sampled_from(_TRUNCATIONS)))
        arts.append(a)
        more = draw(st.sampled_from(("Read more", "Continue reading →", "Read More", "Leer más")))
        if inline:
            blocks += [a.headline or "", f"{a.summary} {more}"]
        else:
            blocks += [a.headline or "", a.summary or "", more]
    return DrawnListing(_join(blocks), tuple(arts))


def _layout_h(draw: st.DrawFn, lang: str) -> DrawnListing:
    """H: page title and section on top, share bars between articles, pagination below."""
    arts = [_article(draw, lang) for _ in range(draw(st.integers(1, 5)))]
    blocks = [
        draw(st.sampled_from(_PAGE_TITLES)),
        "Archives: " + draw(st.sampled_from(("Europe", "Africa", "Asia"))),
    ]
    share = draw(st.booleans())
    for a in arts:
        blocks += [a.headline or "", a.summary or ""] + (
            [draw(st.sampled_from(_SOCIAL))] if share else []
        )
    blocks += [
        draw(st.sampled_from(("« Previous 1 2 3 … 18 Next »", "1 2 3 … Next »", "Page 2 of 9"))),
        "Load more",
    ]
    return DrawnListing(_join(blocks), tuple(arts))


def _layout_i(draw: st.DrawFn, lang: str) -> DrawnListing:
    """I: date headings dating every article below them; bylines under the headline.

    Some listings are headlines alone under their date headings (an archive);
    drawn in English only: a sentence-case title under another, as other
    languages write headlines, reads as its teaser.
    """
    blocks = []
    arts = []
    if lang == "en" and draw(st.integers(0, 3)) == 0:
        event("layout I, headlines only")
        for _ in range(draw(st.integers(1, 3))):
            heading = draw(dates(lang))
            titles = []
            for _ in range(draw(st.integers(2, 3))):
                byline = draw(st.none() | bylines(lang))
                a = Article(headline=draw(headlines(lang)), byline=byline, date=heading)
                arts.append(a)
                titles.append(f"{a.headline}\nBy {byline}" if byline else a.headline or "")
            glued = draw(st.booleans())
            blocks += ["\n".join([heading, *titles])] if glued else [heading, *titles]
        return DrawnListing(_join(blocks), tuple(arts))
    for _ in range(draw(st.integers(1, 3))):
        heading = draw(dates(lang))
        blocks.append(heading)
        for _ in range(draw(st.integers(1, 3))):
            a = _article(draw, lang, byline=draw(st.booleans()))
            a = Article(headline=a.headline, summary=a.summary, byline=a.byline, date=heading)
            arts.append(a)
            by = f"\nBy {a.byline}" if a.byline else ""
            blocks += [f"{a.headline}{by}", a.summary or ""]
    return DrawnListing(_join(blocks), tuple(arts))


def _layout_l(draw: st.DrawFn, lang: str) -> DrawnListing:
    """L: "Written by AUTHOR DAY, DATE" under the headline, alt text glued to the summary.

    English only: the "Written by" line is an English CMS's.
    """
    words = LANGUAGES["en"]
    arts = []
    blocks = []
    for _ in range(draw(st.integers(1, 5))):
        a = _article(draw, "en", byline=True)
        day, month = draw(st.integers(1, 28)), draw(st.sampled_from(words["months"]))
        weekday, year = draw(st.sampled_from(words["weekdays"])), draw(st.integers(2005, 2016))
        date = f"{weekday}, {day} {month} {year}"
        glued = draw(
            st.sampled_from(("thumb {w} 120x80", "{W}. Photo: {n}, Flickr.com", "{W} launch 9"))
        )
        subject = draw(st.sampled_from(("harbour", "strike", "council", "march")))
        caption = glued.format(w=subject, W=subject.title(), n=draw(_names(words)))
        summary = a.summary or ""
        a = Article(
            caption=caption, headline=a.headline, summary=summary, byline=a.byline, date=date
        )
        arts.append(a)
        blocks += [a.headline or "", f"Written by {a.byline} {date}", caption + summary]
    return DrawnListing(_join(blocks), tuple(arts))


def _layout_m(draw: st.DrawFn, lang: str) -> DrawnListing:
    """M: headline and summary on consecutive lines; sometimes a headline-less teaser.

    In some listings the author's name ends each article's block, under the summary.
    """
    signed = draw(st.booleans())
    arts = []
    for n in range(draw(st.integers(1, 6))):
        teaser = n > 0 and draw(st.integers(0, 3)) == 0
        arts.append(_article(draw, lang, teaser=teaser, byline=signed))
    blocks = ["\n".join(t for t in (a.headline, a.summary, a.byline) if t) for a in arts]
    return DrawnListing(_join(blocks), tuple(arts))


_LAYOUTS: dict[str, Callable[[st.DrawFn, str], DrawnListing]] = {
    "A": _layout_a, "B": _layout_b, "C": _layout_c, "D": _layout_d, "E": _layout_e,
    "F": _layout_f, "G": _layout_g, "H": _layout_h, "I": _layout_i, "L": _layout_l,
    "M": _layout_m,
}  # fmt: skip

#: Layout letters ``listings`` draws from. J (other languages) and K (dirty
#: text) are ways of writing any of the others: ``languages`` and ``dirty``.
LAYOUTS = ("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M")


_DIRT = (
    "crlf",
    "cr",
    "bom",
    "nbsp",
    "zero-width",
    "tabs",
    "trailing",
    "blank-runs",
    "no-final-newline",
)


def _dirty(draw: st.DrawFn, text: str, indented: bool) -> str:
    """Dirty a listing the ways pasted text is dirty, without changing what it says.

    At least one kind of dirt is applied, always somewhere (blank-line runs
    only where the listing has a blank line). Tabs never open lines of a
    bulleted layout (``indented``), where indentation carries the structure.
    """
    lines = text.split("\n")
    # The first line with text and the first blank one always take the dirt
    # drawn for them, so the listing is dirty whatever the other draws.
    # (The piece after a final line break is no blank line.)
    always = {0, next((n for n, line in enumerate(lines[:-1]) if not line), 0)}
    dirt = tuple(
        kind
        for kind in _DIRT
        if not (indented and kind == "tabs") and not (kind == "blank-runs" and always == {0})
    )
    kinds = draw(st.sets(st.sampled_from(dirt), min_size=1))
    for kind in sorted(kinds):
        event(f"dirt {kind}")
    for n, line in enumerate(lines):
        hit = draw(st.integers(0, 2)) == 0 or n in always
        if not line:
            if "blank-runs" in kinds and hit:
                lines[n] = draw(st.sampled_from(("\n", " \n", "\t\n", "\n\n")))
            continue
        if "nbsp" in kinds and hit:
            # A line of one word ("JACOBIN") takes its NBSP at the end.
            count = draw(st.integers(1, 3))
            line = line.replace(" ", "\u00a0", count) if " " in line else line + "\u00a0"
        if "zero-width" in kinds and hit:
            at = line.find(" ")
            line = line[: at + 1] + "\u200b" + line[at + 1 :] if at >= 0 else "\u200b" + line
        if "tabs" in kinds and hit:
            line = "\t" + line
        if "trailing" in kinds and hit:
            line += draw(st.sampled_from((" ", "  ", "\t")))
        lines[n] = line
    ending = "\r\n" if "crlf" in kinds else "\r" if "cr" in kinds else "\n"
    dirty = ending.join(line.replace("\n", ending) for line in lines)
    if "no-final-newline" in kinds:
        dirty = dirty.rstrip("\r\n")
    if "bom" in kinds:
        dirty = "\ufeff" + dirty
    return dirty


@st.composite
def _listing(
    draw: st.DrawFn, layouts: tuple[str, ...], languages: tuple[str, ...], dirty: bool | None
) -> DrawnListing:
    layout = draw(st.sampled_from(layouts))
    if layout == "J":
        layout = draw(st.sampled_from(("A", "B", "M", "F")))
        others = tuple(code for code in languages if code != "en") or ("es",)
        lang = draw(st.sampled_from(others))
        event("layout J")
    elif layout == "K":
        layout, dirty = draw(st.sampled_from(tuple(k for k in _LAYOUTS if k != "K"))), True
        lang = _lang(draw, languages)
        event("layout K")
    else:
        lang = _lang(draw, languages)
    event(f"layout {layout}")
    drawn = _LAYOUTS[layout](draw, lang)
    # Alt text is unique to its picture: the same line above two different
    # headlines is a label (a kicker), so drawn captions do not repeat.
    assume(_unique_captions(drawn.articles))
    if dirty or (dirty is None and draw(st.integers(0, 4)) == 0):
        event("dirty")
        drawn = DrawnListing(_dirty(draw, drawn.text, layout == "C"), drawn.articles)
    return drawn


def listings(
    *,
    layouts: Sequence[str] = LAYOUTS,
    languages: Sequence[str] = tuple(LANGUAGES),
    dirty: bool | None = None,
) -> st.SearchStrategy[DrawnListing]:
    """Pasted listings with their true records, as ``DrawnListing(text, articles)``.

    ``layouts``: letters of SPEC section 2 to draw from (A-M; J draws A, B,
    F or M in a language other than English, K dirties any layout).
    ``languages``: codes of ``digestparse.wordlists.LANGUAGES``. ``dirty``:
    ``True`` always dirties the text (CRLF or CR, BOM, NBSP, zero-width
    spaces, tabs, trailing spaces, runs of blank lines, no final newline),
    ``False`` never, ``None`` sometimes.

    Narrowed where the heuristics cannot know, so that ``parse`` must recover
    every drawn listing: a caption never stands above two different headlines
    (a repeated line is a label, a kicker); no headline-only articles but
    under date headings (a title alone reads as a page title or a caption);
    no byline without a date after the summary in layout F; captions are
    never bare names; layout L is English, its alt text ending in a
    lower-case letter or digit so that the join can be seen.
    """
    unknown = sorted(set(layouts) - set(LAYOUTS))
    if unknown or not layouts:
        raise UsageError(f"layouts must be drawn from {''.join(LAYOUTS)}, got {layouts!r}")
    bad = sorted(set(languages) - set(LANGUAGES))
    if bad or not languages:
        raise UsageError(f"languages must be drawn from {sorted(LANGUAGES)}, got {languages!r}")
    return _listing(tuple(layouts), tuple(languages), dirty)
