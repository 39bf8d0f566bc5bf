"""Cheap, precomputed facts about one line's normalised text.

A ``Features`` record holds what the rules ask about a line: how many words,
how it ends, how much of it is capitalised, whether it is a date, a byline, a
photo credit, page chrome, a name or a kicker label. Each fact is computed
once, from the text alone; what depends on the neighbours is the rules' job.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Generic, TypeVar, overload

import attrs
import regex

from .caseless import Caseless, alternation
from .dates import (
    READING_TIME,
    TALLY_NUMBER,
    filed_in,
    find_date,
    is_date,
    strip_date_label,
    without_trailer,
)
from .lexicon import (
    ACADEMIC_WORDS,
    AUTHOR_LABELS,
    BIO_ROLES,
    BOX_TITLES,
    BY_WORDS,
    BYLINE_ARTICLES,
    BYLINE_MARKERS,
    CHROME_OPENINGS,
    CHROME_PHRASES,
    COUNTED,
    CREDIT_HOSTS,
    CREDIT_SOURCES,
    CREDIT_WORDS,
    HOME_WORDS,
    ISSUE_WORDS,
    KICKER_LABELS,
    KICKER_OPENINGS,
    LISTING_SECTIONS,
    MENU_WORDS,
    NAME_PARTICLES,
    NEWSROOM_OPENINGS,
    NEWSROOM_WORDS,
    NO_NAME_WORDS,
    NONE_COUNTED,
    NOTICE_OPENINGS,
    PLACE_NAMES,
    PLACE_PREPOSITIONS,
    PUBLICATION_LABELS,
    RANKING_HEADINGS,
    READING_BEFORE,
    RIGHTS_RESERVED,
    ROLE_OPENINGS,
    ROLE_WORDS,
    SCORES,
    SECTION_NAMES,
    SERIES_WORDS,
    SOCIAL,
    SOCIAL_BRANDS,
    SOURCE_WORDS,
    TITLE_MINOR_WORDS,
    TRANSLATOR_LABELS,
    TRUNCATION,
)
from .words import bag, gate

__all__ = [
    "Byline",
    "Features",
    "byline_parts",
    "credit_word",
    "extract",
    "is_name",
    "is_role",
    "is_section",
    "is_web_address",
    "name_with_role",
    "page_chrome",
]

_I = regex.IGNORECASE | regex.VERSION1

# A sentence boundary inside the line: end punctuation, space, a capital.
# "Dr. Smith", "J. Doe" and "U.S. Army" are not boundaries.
_INNER_SENTENCE = regex.compile(
    r"(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Sr|Jr|Prof|Gen|Col|Lt|Sgt|Gov|Sen|Rep|No|Nr|vs|etc|ca|Sra|Dña|Mme|Mlle))"
    r"(?<!^\d{1,3})"  # an item's number: "2. Fishing Fleet Stays in Port"
    r"[.!?…][\"”’»)]?\s+[\"“‘«(¿¡]?\p{Lu}",
    regex.VERSION1,
)
_STOP = re.compile("[.!?…]")
_CREDIT_WORDS = "|".join(CREDIT_WORDS)
_CREDIT_SOURCES = "|".join(regex.escape(w) for w in CREDIT_SOURCES)
# Strong markers: a credit word followed by a separator ("Photo:", "Foto-",
# "Photo Credit- …"), a copyright sign, a thumbnail size, an image file name,
# or an image host named anywhere.
_CREDIT_START = Caseless(
    rf"[(\[]?(?:©|\(c\)|(?:{_CREDIT_WORDS})\s*(?:credits?\s*)?(?:by\b|[:\-–—/|])"
    # "Photo courtesy of the Harbour Trust", "Screenshot via YouTube".
    r"|(?:photo\s+)?courtesy\s+of\b|(?:screenshot\s+(?:via|from)|(?:photo|image)\s+via)\b)"
)
_CREDIT_END = Caseless(
    # A bare credit word in brackets is a headline's tag: "(PHOTOS)", "[FOTOS]".
    rf"(?:(?:^|[\s\-–—/|])(?:{_CREDIT_WORDS})\s*[:\-–—/)\]]+\s*"
    rf"|[\-–—/|]\s*(?:{_CREDIT_WORDS})\s*"
    r"|\b\d{2,4}\s?[x×]\s?\d{2,4}\s*|\.(?:jpe?g|png|gif|webp)"
    # A camera's file name for the picture: "IMG_2041", "DSC01234", "PXL_20240312_0915".
    r"|(?:^|\s)(?:img|dsc[fn]?|pxl|mvimg)[_-]?\d{3,}(?:[_-]\d+)*)$"
)
#: A line longer than this is read by its ends: its middle cannot change
#: what the rules ask of it, and splitting it would cost memory for nothing.
_LONG = 2000
#: How much of a line's end the end-anchored patterns look at.
_END_WINDOW = 48
_CREDIT_STRIP = "\"'“”‘’«»()[]{}.,;:!?|-–—/"
#: Words that may make a line a credit: the credit words and image hosts.
_CREDIT_HINTS = frozenset(
    [*CREDIT_WORDS, *(host.split()[0] for host in CREDIT_HOSTS), "flickr.com", "credit", "credits"]
)
#: The hint words as a word bag holds them: a cheap gate before the exact test.
_CREDIT_GATE = gate(_CREDIT_HINTS)
#: Last words of agencies and licences ("… | AP", "… Wikimedia Commons").
_CREDIT_LAST = frozenset(w.split()[-1] for w in CREDIT_SOURCES) | {
    f"{w}.com" for w in CREDIT_SOURCES if " " not in w
}
# The same markers inside a line, and image hosts named anywhere: strong on a
# short line, but a long one may merely mention them.
_HOSTS = "|".join(host.replace(" ", r"\s*") for host in CREDIT_HOSTS)
_CREDIT_INSIDE = Caseless(
    rf"\b(?:{_CREDIT_WORDS})\s*(?:credits?\s*)?[:\-–—]|\.(?:jpe?g|png|gif|webp)\b"
    # "By" after a sentence's end or a bracket: "… night shift. (Photo by Tom Berg)".
    rf"|[.!?(\[|]\s*(?:{_CREDIT_WORDS})\s+by\b"
    rf"|\b(?:{_HOSTS})\b"
)
#: An agency, a slash and the photographer's name: "AFP/John MacDougall".
_AGENCY_OVER_NAME = Caseless(rf"(?:{_CREDIT_SOURCES})\s?/")
_AGENCY_FIRST = max(map(len, CREDIT_SOURCES)) + 2
#: The most words of a photographer's name (and another agency) after the agency's.
_PHOTOGRAPHER_WORDS = 5
# Weak marker: an agency or licence at the very end ("… Cuba Flickr", "… | AP");
# trusted only on lines that do not read as sentences.
_CREDIT_WEAK = Caseless(rf"(?:^|[\s|/(\-–—])(?:{_CREDIT_SOURCES})(?:\.com|\.org)?\s*[)\]]?$")
# The words the anchored chrome patterns open with (their heads gate them).
_PAGINATION_WORDS = (
    *("prev(?:ious)?", "next", "older", "newer", "page", "página", "seite", "first", "last"),
    *("anterior", "siguiente", "suivant", "précédent", "weiter", "zurück", "próxima"),
)
_PAGE_WORDS = ("page", "página", "seite", "pagina", r"pag\.")
_SHOWING_WORDS = ("showing", "displaying", "viewing", "mostrando", "affichage", "zeige", "exibindo")
_PAGINATION = regex.compile(
    rf"^(?:(?:[«‹<←]|{'|'.join(_PAGINATION_WORDS)}|\d{{1,4}}|…|\.\.\.)[\s|»›>→.,:]*)+$", _I
)
#: A time of day alone on its line, perhaps under a label: "14:32", "Published: 10:42 AM",
#: "Updated 9.15am GMT", "Aktualisiert um 10:42 Uhr". No date: the article's date it is not.
_TIME_LINE = Caseless(
    rf"(?:(?:{alternation(PUBLICATION_LABELS)})\s*:?\s*(?:at|a\s+las|às|à|um)?\s*)?"
    r"\d{1,2}[:.h]\d\d(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h))?(?:\s+\(?[a-z]{2,5}\)?)?"
)
#: A count of an article's comments: "3 comments:", "No hay comentarios:".
_COMMENT_COUNT = rf"(?:{TALLY_NUMBER}|{alternation(NONE_COUNTED)})\s+(?:{alternation(COUNTED)}):?"
_COMMENTS = regex.compile(rf"^{_COMMENT_COUNT}$", _I)
#: An author's social handle: "@anaruiz"; alone on its line, under the name, chrome.
_HANDLE_WORD = r"@[\w.]{1,30}"
_HANDLE_LINE = re.compile(_HANDLE_WORD)
#: A count after its label: "Hits: 1234", "Views: 1,234", "Aufrufe: 87".
_LABELLED_COUNT = regex.compile(rf"^(?:{alternation(COUNTED)})\s*:\s*\d[\d.,]*$", _I)
_RESULTS = regex.compile(
    rf"^(?:{'|'.join(_SHOWING_WORDS)})\b.{{0,60}}"
    r"\b(?:results?|articles?|posts?|items?|entries|stories|resultados|artículos|résultats|"
    r"articles|ergebnisse|artikel|artigos)\b",
    _I,
)
_ISSUE = regex.compile(
    rf"^(?:(?:{'|'.join(ISSUE_WORDS)})\s*#?\s*\d{{1,5}}(?:/\d{{2,4}})?[\s,·|/–-]*)+$", _I
)
_PAGE_OF = regex.compile(rf"^(?:{'|'.join(_PAGE_WORDS)})\s*\d+(?:\s*(?:of|de|von|di)\s*\d+)?$", _I)
#: The pages an article fills in a journal's table of contents: "Pages 201–224", "pp. 12-30".
_PAGE_RANGE = regex.compile(
    r"^(?:pages?|pp?\.|págs?\.|páginas?|seiten?|s\.)\s*\d{1,5}(?:\s*[-–—]\s*\d{1,5})?$", _I
)


def page_range(text: str) -> bool:
    """Whether a line gives the pages an article fills: "Pages 201–224", "pp. 12-30"."""
    return _PAGE_RANGE.match(text) is not None


_PAGE_TITLE = regex.compile(
    r"\b(?:archives?|archivo|archiv|category|categoría|catégorie|kategorie|categoria|"
    r"tags?|etiquetas?|schlagwort|search results|resultados)\s*:",
    _I,
)
# What a chrome line may carry around its words ("» Read more …", "[Share]").
# The text is normalised: its only white space is a single " ".
_CHROME_TAIL = " .:!»›>→…-–—[]()+"
#: The signs and icons around a count: "💬 12", "(12)".
_NOT_WORD = " .:!»›>→…-–—[]()+«‹<←🕑🕐⏱💬👁❤♥★☆🔥📅🗓✍️"
_CHROME_HEAD = " [(«‹<←🔒🔓🔴📌🎧▶►⭐★☆🔥💬🕑📅"
# A reading time alone on its line; there the minutes may stand without
# "read" ("12 MIN", a blog platform's way).
_READING_LINE = Caseless(rf"(?:{READING_TIME}|\d+\s*min(?:ute[sn]?|utos?|s)?\.?)\s*")
#: What may stand before a search page's count of its results: "About 1,240 results".
_ABOUT_WORDS = (
    "about", "around", "approximately", "cerca de", "unos", "aproximadamente", "environ",
    "ungefähr", "etwa", "circa",
)  # fmt: skip
#: A search page's count of its results: "About 1,240 results", "Cerca de 312 resultados".
_RESULT_COUNT = regex.compile(
    rf"(?:(?:{'|'.join(_ABOUT_WORDS)})\s+)?[\d.,\s]{{1,15}}\s"
    r"(?:results?|resultados?|résultats?|ergebnisse|treffer)(?:\s*\([^()]{1,30}\))?",
    _I,
)
#: How the words the anchored chrome patterns open with begin.
_CHROME_HEADS = frozenset(
    w[:3]
    for w in (
        *_PAGINATION_WORDS, *_PAGE_WORDS, *_SHOWING_WORDS, *READING_BEFORE,
        *("issue", "vol", "no.", "nr.", "number", "edition", "ausgabe", "heft", "nº ", "n° "),
        *("pp.", "p. ", "pág", "sei", "s. "),
        *(f"{word} " for word in NONE_COUNTED),  # "No hay comentarios"
        *_ABOUT_WORDS,  # "About 1,240 results"
    )
)  # fmt: skip
_SEPARATORS = regex.compile(r"[\s|·•/,:]+")
#: A share bar opens with a network: the cheap test before splitting the line.
_SOCIAL_HEAD = regex.compile(rf"[\s|·•/,:]*(?:{alternation(SOCIAL)})(?:[\s|·•/,:]|\Z)")
_BYLINE = Caseless(
    rf"^(?:(?P<marker>{'|'.join(BYLINE_MARKERS)})\s*:?|(?P<label>{'|'.join(AUTHOR_LABELS)})\s*:)\s+"
    r"(?P<rest>\S.*)$"
)
_BYLINE_OPENINGS = frozenset(w.split()[0] for w in (*BYLINE_MARKERS, *AUTHOR_LABELS))
#: A marker's first two words, where the first is an article: "a column", "une tribune".
_BYLINE_PAIRS = frozenset(
    " ".join(w.split()[:2]) for w in BYLINE_MARKERS if w.split()[0] in BYLINE_ARTICLES
)
_NAME_TOKEN = regex.compile(r"^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$", regex.VERSION1)
#: ``_NAME_TOKEN`` for a token in ASCII, where the ``re`` engine is faster.
_ASCII_NAME_TOKEN = re.compile(r"[A-Z][A-Za-z'\-]*\.?|[A-Z]\.(?:[A-Z]\.)*")
_NAME_SPLIT = Caseless(r"\s*(?:,|\band\b|\by\b|\be\b|\bund\b|\bet\b|&)\s*|\s[–—]\s")


_T = TypeVar("_T")

#: Chrome openings by their first word, so a line is checked against a few.
_OPENINGS: dict[str, list[str]] = {}
for _opening in CHROME_OPENINGS:
    _OPENINGS.setdefault(_opening.split()[0].rstrip(":"), []).append(_opening)


@attrs.frozen
class Byline:
    """A byline line taken apart: the author text and the date that shared its line."""

    author: str
    date: str | None
    marker: str | None


class _Lazy(Generic[_T]):
    """A fact computed on first use and kept in the instance's ``__dict__``.

    After the first use the attribute is a plain instance attribute: no call
    at all (``functools.cached_property`` takes a lock on Python 3.11, and
    attrs' slotted version goes through ``__getattr__``; both cost about a
    microsecond a use, which is a tenth of a line's budget).
    """

    def __init__(self, compute: Callable[[Features], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    @overload
    def __get__(self, instance: None, owner: type) -> _Lazy[_T]: ...
    @overload
    def __get__(self, instance: Features, owner: type) -> _T: ...
    def __get__(self, instance: Features | None, owner: type) -> _Lazy[_T] | _T:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


class Features:
    """What the rules know about one line's text, each fact computed on first use.

    Rules ask in order and stop at the first decision, so a long summary never
    pays for the date, byline or name tests that only short lines need.
    """

    def __init__(self, text: str, name_words: int = 4, *, lower: str | None = None) -> None:
        self.text = text
        self.name_words = name_words
        # Every rule chain asks this first: computed at once, it costs less
        # than the first lookup of a lazy fact would. The text is normalised:
        # words are separated by exactly one space.
        self.words = text.count(" ") + 1 if text else 0
        if lower is not None:  # ``text.lower()``, when the caller has it
            self.__dict__["lower"] = lower

    def __repr__(self) -> str:
        return f"Features({self.text!r}, name_words={self.name_words})"

    @_Lazy
    def tokens(self) -> list[str]:
        """The words of the line; of a very long line, only its first ones."""
        return self.text[:_LONG].split()

    @_Lazy
    def lower(self) -> str:
        return self.text.lower()

    @_Lazy
    def bag(self) -> list[str]:
        """The line's word bag (``words.bag``): what the credit test's cheap gate reads.

        Of a very long line, only its ends: no gated test reads its middle.
        """
        text = self.text
        return bag(self.lower if len(text) <= _LONG else f"{text[:200]} {text[-200:]}".lower())

    @_Lazy
    def truncated(self) -> bool:
        tail = self.text[-12:]
        # Every truncation marker holds "..." or "…": the cheap test first.
        return (
            tail[-1:] in _TRUNCATION_ENDS
            and ("…" in tail or "..." in tail)
            and TRUNCATION.search(tail) is not None
        )

    @_Lazy
    def ends_period(self) -> bool:
        stripped = self.text.rstrip('"”’»)]')
        return (
            stripped.endswith(".")
            and not self.truncated
            # "… the U.S." or "J." ends an abbreviation, not a sentence
            and not (stripped[-2:-1].isupper() and stripped[-3:-2] in ("", " ", "."))
        )

    @_Lazy
    def inner_sentence(self) -> bool:
        end = len(self.text) - 1
        return (
            self.words >= 6
            and _STOP.search(self.text, 0, end) is not None  # a cheap gate: no stop, no sentence
            and _INNER_SENTENCE.search(self.text, 0, end) is not None
        )

    @_Lazy
    def case_counts(self) -> tuple[int, int, int, int]:
        """``_capitals`` of the first thirty words."""
        return _capitals(self.tokens[:30])

    @_Lazy
    def title_ratio(self) -> float:
        content, capital, _, _ = self.case_counts
        return capital / content if content else 0.0

    @_Lazy
    def title_case(self) -> bool:
        """Whether four in five content words or more open with a capital."""
        return self.title_ratio >= 0.8

    @_Lazy
    def sentence_case(self) -> bool:
        """Whether the words after the first are mostly lower case: two of five capitals at most.

        The first word has a capital in any case; the others may be names.
        """
        content, capital, first_content, first_capital = self.case_counts
        content, capital = content - first_content, capital - first_capital
        return content >= 2 and capital <= 0.4 * content

    @_Lazy
    def all_caps(self) -> bool:
        return self.text.isupper() and sum(c.isalpha() for c in self.text) >= 3

    @_Lazy
    def date(self) -> bool:
        return self.words <= 12 and is_date(self.text)

    @_Lazy
    def date_text(self) -> str:
        """The date of a whole-date line, without a label such as "Published:"."""
        return strip_date_label(self.text)

    @_Lazy
    def credit(self) -> tuple[str, str] | None:
        return credit_word(self.text, words=self.bag)

    @_Lazy
    def chrome(self) -> str | None:
        # Chrome is short; the bound also caps what its patterns may cost.
        short = 0 < self.words <= 16 and len(self.text) <= 200
        if not short:
            return _long_notice(self.lower)
        return _chrome(self.text, self.lower, self.words)

    @_Lazy
    def byline(self) -> Byline | None:
        if self.words > 16 or len(self.text) > 400 or self.date:
            return None
        return byline_parts(self.text, self.name_words)

    @_Lazy
    def name(self) -> bool:
        return self.words <= 12 and len(self.text) <= 200 and is_name(self.text, self.name_words)

    @_Lazy
    def author(self) -> bool:
        """A name, or a name and its role ("Ana Ruiz, University of Leeds"), or a
        newsroom ("Our reporters", "Redacción"): an author's line."""
        return self.name or (
            self.words <= 12
            and len(self.text) <= 200
            and (
                name_with_role(self.text, self.name_words) is not None
                or _NEWSROOM.fullmatch(self.text) is not None
                or with_agency(self.text)
                or names_in_places(self.text, self.name_words)
            )
        )

    @_Lazy
    def section(self) -> bool:
        """Whether the line names a section or a place the lexicon knows: "Politics", "Chile"."""
        return self.words <= 4 and is_section(self.lower)

    @_Lazy
    def place(self) -> bool:
        """Whether the line names a country or region the lexicon knows: "Chile"."""
        return self.words <= 4 and self.lower in PLACE_NAMES

    @_Lazy
    def kicker(self) -> str | None:
        if self.words > 10 or len(self.text) > 200:
            return None
        return _kicker(self.text, self.lower, self.words, self.all_caps)


_TRUNCATION_ENDS = frozenset('.…])"”’»')


def credit_word(
    text: str, inside_words: int = 14, *, words: Collection[str] | None = None
) -> tuple[str, str] | None:
    """Return the photo-credit marker of ``text`` and where it stands.

    ``"edge"``: a marker opening or closing the line ("Photo:", "Foto-",
    "© …", "120x80", "img.jpg"). ``"inside"``: one inside a line of at most
    ``inside_words`` words ("Tsipras. Photo: Joanna, Flickr.com"). ``"agency"``:
    an agency or licence ending the line ("… AP", "… Reuters"). ``words`` is
    the text's word bag (``words.bag``), if the caller has it.
    """
    ends = text if len(text) <= _LONG else text[-200:]
    final = ends.rsplit(None, 1)[-1] if ends and not ends.isspace() else ""
    if not final:
        return None
    # Cheap gates first: the patterns are tried only where a credit word,
    # a copyright sign, a size or a file name could be.
    hinted = "©" in text or "(c)" in text or "(C)" in text
    if words is None:
        words = bag(text.lower())
    if not hinted and not _CREDIT_GATE.isdisjoint(words):
        hinted = _credit_hint(text)
    last = final.strip(_CREDIT_STRIP).lower()
    ends_odd = last[-1:].isdigit() or "." in last or "-" in final or ":" in final
    end = text[-_END_WINDOW:]
    match = _CREDIT_START.match(text) if hinted else None
    if match is None and (hinted or ends_odd):
        match = _CREDIT_END.search(end)
    where = "edge"
    if match is None and hinted and len(text) <= _LONG and text.count(" ") < inside_words:
        match, where = _CREDIT_INSIDE.search(text), "inside"
    if match is None and last[last.rfind("/") + 1 :] in _CREDIT_LAST:
        if with_agency(text):
            return None  # a newsroom and its agency sign the article: "Le Monde avec AFP"
        # "… | AP", and the photographer before the agency: "Sebastian Gollnow/dpa".
        match, where = _CREDIT_WEAK.search(end), "agency"
    if match is None and "/" in text[:_AGENCY_FIRST]:
        # The agency before the photographer: "AFP/John MacDougall", "EPA/Clemens Bilan".
        found = _AGENCY_OVER_NAME.match(text)
        rest = text[found.end() :].replace("|", " ").split() if found is not None else []
        if 0 < len(rest) <= _PHOTOGRAPHER_WORDS and all(_photographer_word(w) for w in rest):
            match = found
    if match is None:
        return None
    return str(match.group(0)).strip(" -–—:/.)]([|"), where


def _photographer_word(word: str) -> bool:
    """Whether a word may stand in a photographer's credit after an agency's: a name's,
    or another agency's ("picture alliance/dpa | Jörg Carstensen")."""
    return word[:1].isupper() or word.lower() in _CREDIT_LAST


def _credit_hint(text: str) -> bool:
    """Whether a word of the line, stripped of punctuation, is a credit word or image host."""
    ends = text if len(text) <= _LONG else text[-200:]
    tokens = text.split() if len(text) <= _LONG else [*text[:200].split(), *ends.split()]
    return not _CREDIT_HINTS.isdisjoint({t.strip(_CREDIT_STRIP).lower() for t in tokens})


def _capitals(tokens: list[str]) -> tuple[int, int, int, int]:
    """Counts of ``tokens``: content words (not minor ones), those capitalised, and of
    the first token alone the same two (0 or 1 each)."""
    content = capital = 0
    for token in tokens:
        word = token.lstrip('"“‘«(¿¡[')
        if not word[:1].isalpha() or word.lower() in TITLE_MINOR_WORDS:
            continue
        content += 1
        capital += word[0].isupper()
    first = tokens[0].lstrip('"“‘«(¿¡[') if tokens else ""
    first_content = int(bool(first[:1].isalpha() and first.lower() not in TITLE_MINOR_WORDS))
    return content, capital, first_content, int(bool(first_content and first[0].isupper()))


def _long_notice(lower: str) -> str | None:
    """The reason a line too long for other chrome is page chrome: a cookie notice."""
    if lower.startswith(NOTICE_OPENINGS):
        return "the line is the page's notice on cookies"
    return None


def _may_anchor_chrome(lower: str) -> bool:
    """Whether the pagination, count and results patterns could match the line.

    They open with a digit, a sign or one of a few words: a line opening with
    three other ASCII letters cannot match them.
    """
    head = lower[:3]
    return not head.isascii() or not head[:1].isalpha() or head in _CHROME_HEADS


def _may_open_byline(text: str, lower: str | None = None) -> bool:
    """Whether ``_BYLINE`` could match: only a marker's first word opens a byline
    (its first two, where the first is an article: "A column by").

    ``lower`` is the text lower-cased, if the caller has it. The pattern reads
    the lower-cased text, so its first word tells; where lower-casing changes
    the length, the pattern reads the text itself, and is always tried.
    """
    if lower is None:
        lower = text.lower()
    if len(lower) != len(text):
        return True
    words = lower.split(maxsplit=2)
    if not words:
        return False
    first = words[0].rstrip(":")
    if first in BYLINE_ARTICLES:  # many lines open with "a" or "un": ask the next word too
        return len(words) > 1 and f"{first} {words[1]}" in _BYLINE_PAIRS
    return first in _BYLINE_OPENINGS


def _bare(lower: str) -> str:
    """A lower-cased line without the signs and icons around a page control: "more »"."""
    return lower.rstrip(_CHROME_TAIL).lstrip(_CHROME_HEAD)


def is_menu_link(lower: str) -> bool:
    """Whether a lower-cased line is a link a site's menu has: "About", "Contact us"."""
    return _bare(lower) in MENU_WORDS


def names_archive(text: str) -> bool:
    """Whether a line names an archive, category or tag page: "Category: Labour"."""
    return ":" in text and _PAGE_TITLE.search(text) is not None


def heads_ranking(lower: str) -> bool:
    """Whether a lower-cased line heads a box ranking the site's articles: "Most read"."""
    return _bare(lower) in RANKING_HEADINGS


def heads_listing_part(lower: str) -> bool:
    """Whether a lower-cased line names a part of the listing page: "Latest updates"."""
    return _bare(lower) in LISTING_SECTIONS


#: The reasons ``chrome`` gives for a line about the page, not about one article:
#: what heads, pages or counts the listing, the site's menu, notices and addresses.
_HEADS_PART_REASON = "the line heads a part of the listing page"
_TIME_OF_DAY_REASON = "the line gives a time of day, and no date"
_PAGINATION_LINE_REASON = "the line is pagination"
_PRINT_ISSUE_REASON = "the line names a print issue"
_SEARCH_RESULTS_REASON = "the line counts search results"
_ARCHIVE_PAGE_REASON = "the line names an archive, category or tag page"
_MENU_LINE_REASON = "the line is the site's menu"
_MENU_LINK_REASON = "the line is a link of the site's menu"
_SOCIAL_PAGE_REASON = "the line links to the site's page on a social network"
_NOTICE_REASON = "the line opens a notice of the site's (cookies)"
_COPYRIGHT_REASON = "the line is the site's copyright notice"
_WEB_ADDRESS_REASON = "the line is a web address"
_ABOUT_PAGE = (
    _HEADS_PART_REASON, _TIME_OF_DAY_REASON, _PAGINATION_LINE_REASON, _PRINT_ISSUE_REASON,
    _SEARCH_RESULTS_REASON, _ARCHIVE_PAGE_REASON, _MENU_LINE_REASON, _MENU_LINK_REASON,
    _SOCIAL_PAGE_REASON, _NOTICE_REASON, _COPYRIGHT_REASON, _WEB_ADDRESS_REASON,
)  # fmt: skip


def page_chrome(reason: str) -> bool:
    """Whether ``chrome``'s ``reason`` is about the page (its menu, a part's heading,
    pagination, a notice), not about one article (its reading time, counts, tags,
    share bar or a control like "Listen")."""
    return reason.startswith(_ABOUT_PAGE)


def _chrome(text: str, lower: str, words: int) -> str | None:
    bare = _bare(lower)
    if bare in CHROME_PHRASES:
        return f"the line is the page control {bare!r}"
    if bare in LISTING_SECTIONS or bare in RANKING_HEADINGS:
        return f"{_HEADS_PART_REASON} ({bare!r})"
    # A time holds a colon or a point near the start: the cheap test first.
    if (":" in lower[:30] or "." in lower[:30]) and _TIME_LINE.fullmatch(
        text, lower=lower
    ) is not None:
        return _TIME_OF_DAY_REASON
    if _may_anchor_chrome(lower):
        if _PAGINATION.match(text) or _PAGE_OF.match(text):
            return _PAGINATION_LINE_REASON
        if page_range(text):
            return "the line gives the pages an article fills"
        if _COMMENTS.match(text):
            return "the line counts comments or shares"
        if _ISSUE.match(text):
            return _PRINT_ISSUE_REASON
        if _RESULTS.match(text) or _RESULT_COUNT.fullmatch(text):
            return _SEARCH_RESULTS_REASON
        if _READING_LINE.fullmatch(text, lower=lower):
            return "the line gives the reading time"
    if lower[:1] == "@" and _HANDLE_LINE.fullmatch(text):
        return "the line is an author's social handle"
    if "," in text and words <= 8 and _tags(text):
        return "the line lists the article's tags"
    if lower[:1] == "#" and _HASHTAGS.fullmatch(text) is not None:
        return "the line lists the article's tags"
    # A count after its label: the cheap tests first ("Hits: 1234").
    if ":" in lower and lower[-1:].isdigit() and _LABELLED_COUNT.match(text):
        return "the line counts the article's readers or comments"
    if words <= 12 and filed_in(lower):
        return "the line names the sections the article was filed in"
    if words <= 8 and _counts_only(text, lower):
        return "the line gives only counts and the reading time"
    parts = lower.split(maxsplit=1)
    first = parts[0] if parts else ""
    for opening in _OPENINGS.get(first.rstrip(":"), ()):
        rest = lower[len(opening) : len(opening) + 1]
        if lower.startswith(opening) and not rest.isalnum():
            return f"the line opens like page chrome ({opening!r})"
    if words <= 9 and lower.startswith(TRANSLATOR_LABELS) and _translator(text, lower):
        return "the line credits a translator"
    # A share bar opens with a network: a first word of letters and digits is
    # its first network whole; any other may hold a separator ("Facebook|X").
    if (
        words >= 2
        and (first in SOCIAL or (not first.isalnum() and _SOCIAL_HEAD.match(lower) is not None))
        and all(w in SOCIAL for w in _SEPARATORS.split(lower) if w)
    ):
        return "the line lists social networks"
    if words <= 8 and names_archive(text):
        return _ARCHIVE_PAGE_REASON
    if _menu(lower) or (words >= 4 and _menu_run(text, lower)):
        return _MENU_LINE_REASON
    # A menu's link alone on its line; a box's heading ("About us") heads its blurb.
    if words <= 3 and bare in MENU_WORDS and bare not in BOX_TITLES:
        return f"{_MENU_LINK_REASON} ({bare!r})"
    if words == 1 and bare in SOCIAL_BRANDS:
        return f"{_SOCIAL_PAGE_REASON} ({bare!r})"
    if lower.startswith(NOTICE_OPENINGS):
        return _NOTICE_REASON
    if ("reserv" in lower or "vorbehalten" in lower) and any(
        phrase in lower for phrase in RIGHTS_RESERVED
    ):
        return _COPYRIGHT_REASON
    if not any(c.isalnum() for c in text):
        return "the line holds no word or number, only signs"
    if words <= 12 and is_web_address(lower):
        return _WEB_ADDRESS_REASON
    return None


#: A web address alone on its line, perhaps with a search result's breadcrumb:
#: "www.localpaper.co.uk › news › housing", "https://example.org/2024/strike".
_WEB_ADDRESS = regex.compile(
    r"(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12}(?::\d+)?(?:/\S*)?"
    r"(?:\s+[›>»]\s+[^›>»]+)*"
)


def is_web_address(lower: str) -> bool:
    """Whether a lower-cased line is a web address: with its scheme, "www.", a path or a
    breadcrumb ("› news"); a domain alone ("harbourreview.com") may name a source."""
    return (
        lower.startswith(("http://", "https://", "www.")) or "/" in lower or "›" in lower
    ) and _WEB_ADDRESS.fullmatch(lower) is not None


#: What parts the links of a menu: a bar or a dot between spaces, or a bar alone.
_MENU_SPLIT = re.compile(r" [|·•/] |\|")


def _menu(lower: str) -> bool:
    """Whether the line is the site's menu: links of three words at most between
    separators, two of them the links a site's menu or footer has ("About |
    Contact | Donate"), or the first a home link ("Home | News | Europe").

    A kicker's section path ("News | Transport") names no such link.
    """
    if "|" not in lower and " · " not in lower and " • " not in lower and " / " not in lower:
        return False
    parts = [part.strip() for part in _MENU_SPLIT.split(lower)]
    if len(parts) < 2 or any(not part or part.count(" ") > 2 for part in parts):
        return False
    known = sum(part in MENU_WORDS for part in parts)
    return known >= 2 or (parts[0] in HOME_WORDS and len(parts) >= 2)


def _menu_run(text: str, lower: str) -> bool:
    """Whether the line is a site's menu pasted with no separators: four capitalised
    words or more, all but one the links a menu has or sections the lexicon knows, the
    first a home link or four of them known ("Início Política Economia Mundo Cultura")."""
    tokens = lower.split()
    if not all(word[:1].isupper() for word in text.split()):
        return False
    known = sum(token in MENU_WORDS or is_section(token) for token in tokens)
    return known >= len(tokens) - 1 and (known >= 4 or tokens[0] in HOME_WORDS)


def _translator(text: str, lower: str) -> bool:
    """Whether a line opening with a translator's label names the translator after it."""
    if len(lower) != len(text):
        return False
    label = next(label for label in TRANSLATOR_LABELS if lower.startswith(label))
    return is_name(text[len(label) :].strip(" :"))


_DIGIT = re.compile(r"\d")
#: What parts the counts of a line of them: "🕑 5 min read · 💬 12".
_COUNT_SEPARATOR = regex.compile(r"\s*[·|•/]\s*")


def _counts_only(text: str, lower: str) -> bool:
    """Whether the line is only counts and a reading time, with their icons.

    "🕑 5 min read · 💬 12", "12 Shares · 4 Comments", "| 12 |": each part, its
    signs stripped, a number, a count of comments or shares, a reading time, or
    nothing.
    """
    if len(lower) != len(text) or _DIGIT.search(lower) is None:
        return False
    for part in _COUNT_SEPARATOR.split(text):
        bare = part.strip(_NOT_WORD)
        # A separator may frame a count too: "| 12 |".
        if not (
            not bare
            or bare.isdigit()
            or _COMMENTS.match(bare) is not None
            or _READING_LINE.fullmatch(bare) is not None
        ):
            return False
    return True


def _tag_list(text: str, names: list[str]) -> bool:
    """Whether ``text`` lists single words with commas alone between them: the tags or
    sections an article was filed under ("Ports, Strikes, Automation"), not its
    authors ("Ruiz, Berg and Ostrova"; agencies: "Reuters, AFP")."""
    return (
        all(" " not in name for name in names)
        and text.count(",") == len(names) - 1
        and not all(name.lower() in CREDIT_SOURCES for name in names)
    )


#: The alt text of an author's photo: "Photo of Ana Ruiz", "Foto de Ana Gil", "Ana Ruiz's avatar".
_AVATAR_ALT = regex.compile(
    r"(?:photo|picture|image|avatar|portrait|headshot|profile picture|foto|imagen|bild|retrato)"
    r"\s+(?:of|de|del|von|do|da|du)\s+(?P<name>.+)"
    r"|(?P<owner>.+?)['’]s\s+(?:avatar|photo|picture|headshot|profile picture)",
    _I,
)
_AVATAR_WORDS = ("photo", "picture", "image", "avatar", "portrait", "headshot", "profile", "foto",
                 "imagen", "bild", "retrato")  # fmt: skip


def avatar_name(text: str) -> str | None:
    """The name whose photo a line is the alt text of ("Photo of Ana Ruiz"), or ``None``."""
    lower = text[:20].lower()
    if not (lower.startswith(_AVATAR_WORDS) or "'s " in text or "’s " in text):
        return None
    found = _AVATAR_ALT.fullmatch(text)
    return None if found is None else found.group("name") or found.group("owner")


#: A line of hashtags: "#Labour #Ports".
_HASHTAGS = regex.compile(r"#\w[\w-]*(?:[ ,]+#\w[\w-]*)*")


def _tags(text: str) -> bool:
    """Whether a line lists capitalised single words with commas: "Ports, Strikes".

    Not a town and its country ("Lisbon, Portugal"): a picture's alt text or
    a dateline.
    """
    parts = text.split(", ")
    return (
        len(parts) > 1
        and all(part[:1].isupper() and part.isalpha() for part in parts)
        and not (len(parts) == 2 and parts[1].lower() in PLACE_NAMES)
        and _tag_list(text, parts)
    )


def is_name(text: str, max_words: int = 4) -> bool:
    """Whether ``text`` reads as one or a few personal or organisation names."""
    names = [n for n in _NAME_SPLIT.split(text) if n]
    if not names or len(names) > 4:
        return False
    # Names parted by dashes ("MIA LIND – JOHN OKAFOR"), not a headline's parts
    # ("Ferry Strike – The Final Day"): each a first name and a surname at least.
    if (" – " in text or " — " in text) and not all(
        " " in name and NO_NAME_WORDS.isdisjoint(name.lower().split()) for name in names
    ):
        return False
    if len(names) > 1 and _tag_list(text, names):
        return False
    for name in names:
        tokens = name.split()
        if not 1 <= len(tokens) <= max_words:
            return False
        if len(tokens) > 1 and tokens[0].lower() in PLACE_PREPOSITIONS:
            return False  # a place or a section: "Em São Paulo", "In Politics"
        capitals = 0
        for token in tokens:
            if (_ASCII_NAME_TOKEN.fullmatch if token.isascii() else _NAME_TOKEN.match)(token):
                capitals += 1
            elif token.lower() not in NAME_PARTICLES:
                return False
        if capitals == 0 or (len(tokens) == 1 and len(names) == 1 and len(tokens[0]) < 2):
            return False
    return True


#: What stands between a name and its date on a line of facts: "March 4, 2019 · Ana Ruiz".
_FACT_SIGNS = ",|·•–—-:/"
#: A web site's name as a domain: "harbourreview.com", "www.el-puerto.es".
_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?\.){1,3}[a-z]{2,12}", re.IGNORECASE)
#: A user name: one word of letters, digits, dots, hyphens or underscores, a letter among them.
_USER_NAME = re.compile(r"(?=[\w.\-]*[^\W\d_])[\w.\-]{2,40}")
# What is left around a name once the date is cut from its line: "by" …
_LEADING_BY = regex.compile(rf"^(?:{alternation(BY_WORDS)})\s+", _I)
#: The time of day a blog prints after a marked author: "Posted by Ana Ruiz at 10:32 AM",
#: "Publicado por Ana Ruiz a las 10:32", "Eingestellt von Ana Ruiz um 10:32".
_TRAILING_TIME = regex.compile(
    r"\s+(?:at|a\s+las?|en|um|às|as|à|a)\s+\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+uhr)?"
    # The post's comment count may follow: "at 9:14 PM 3 comments:", "No hay comentarios:".
    rf"(?:\s+{_COMMENT_COUNT})?\s*$",
    _I,
)
#: What may stand between the name and the date cut from after it: ", published on", " le",
#: a separator and its label: "Par Jeanne Dupont | Publié le 12/03/2024".
_TRAILING_ON = regex.compile(
    rf"(?:(?:,|\s+[-|·•–—/])?\s+(?:{alternation(PUBLICATION_LABELS)}))?(?:\s+(?:on|el|le|am|em))?$",
    _I,
)


#: An author's note in one sentence, the name and a verb of being and an article:
#: "Ana Ruiz is a senior fellow at …", "Laura Méndez es periodista y …".
_BIO = regex.compile(
    r"(\p{Lu}[\p{L}'’.\-]*(?: [\p{L}'’.\-]+){1,3}) (?:is|was|es|est|ist|é|fue|war)"
    r" (?:a|an|the|un|una|une|ein|eine|um|uma|el|la|le|der|die|das|o|professor|professora"
    r"|profesora?|periodista|journaliste|journalist|jornalista|author|writer|editor)\b"
)

#: The verbs of being ``_BIO`` reads, between spaces.
_BIO_VERBS = (" is ", " was ", " es ", " est ", " ist ", " é ", " fue ", " war ")


#: The roles an author's note names: "… is a senior fellow at …", "… es periodista".
_BIO_ROLES = ROLE_WORDS | ROLE_OPENINGS | BIO_ROLES


def _bio_roles(text: str) -> bool:
    """Whether one sentence of at most twenty-four words names a role: an author's note,
    not a teaser ("Maria Lopez is a nurse who has worked nights for twenty years.")."""
    words = text.split()
    return (
        len(words) <= 24
        and ". " not in text[:-1]
        and any(word.strip(",.;:()\"'“”").lower() in _BIO_ROLES for word in words)
    )


def may_be_bio(text: str, lower: str) -> bool:
    """Whether a line could be an author's note (``_BIO``): one sentence with a verb of
    being among its first words."""
    head = lower[:60]
    return text.endswith(".") and any(verb in head for verb in _BIO_VERBS)


#: The forum a link was posted to, after its poster: " to r/northtown".
_TO_FORUM = re.compile(r"\s+(?:to|in)\s+/?r/[\w-]{2,40}$")

#: A link's score before the marked poster: "312 points " (from "312 points by kestrel").
_LEADING_SCORE = Caseless(
    rf"{TALLY_NUMBER}\s+(?:{alternation(SCORES)})\s+(?=(?:{alternation(BY_WORDS)})\s)"
)

#: What may follow an author's name: a social handle, or how many wrote with them.
_OTHERS = ("others", "other", "more", "otros", "otras", "autres", "weitere", "outros")
_HANDLE = regex.compile(
    rf"\s+(?:\({_HANDLE_WORD}\)|{_HANDLE_WORD}|(?:and|y|et|und|e)\s+\d{{1,3}}\s+(?:"
    + "|".join(_OTHERS)
    + r"))$",
    _I,
)


def byline_parts(text: str, name_words: int = 4) -> Byline | None:
    """Take a byline apart: "Written by Ana Ruiz Monday, 4 May 2021" -> author, date.

    A line is a byline when it opens with a marker ("By", "Written by", "Por",
    "Autor:") or when it is a name followed or preceded by a date, or followed
    by a reading time or a count ("Ana Ruiz · 4 min read"), or by the author's
    handle ("Ana Ruiz @anaruiz"). A handle, or how many wrote with the author
    ("and 2 others"), is no part of the author.
    """
    # The cheap test first: most lines tried here end with no full stop.
    bio = _BIO.match(text) if text.endswith(".") and may_be_bio(text, text[:60].lower()) else None
    if bio is not None and is_name(bio.group(1), name_words) and _bio_roles(text):
        # An author's note in one sentence: "Ana Ruiz is a senior fellow at …".
        return Byline(bio.group(1), None, None)
    if text[:1].isdigit():
        # The link's score before its poster: "312 points by kestrel 3 hours ago".
        score = _LEADING_SCORE.match(text)
        if score is not None:
            text = text[score.end() :]
    marker = None
    rest = text
    match = _BYLINE.match(text) if _may_open_byline(text) else None
    if match is not None:
        marker = match.group("marker") or match.group("label")
        rest = str(match.group("rest"))
    date = None
    # A reading time or a count may end the line: "Ana Ruiz · 4 min read".
    bare = without_trailer(rest)
    sourced = False
    if bare is None and marker is None:
        # Or the source the article was taken from: "Ana Gil | Fuente: El Ciudadano".
        bare = without_source(rest)
        sourced = bare is not None
    if bare is not None:
        rest = bare
    split = find_date(rest)
    if split is None and marker is not None:
        # A blog's time of day after the author: "Posted by Ana Ruiz at 10:32 AM".
        rest = _TRAILING_TIME.sub("", rest)
    if split is None:
        split = _date_among_facts(rest)
    if split is None and marker is not None:
        split = _date_before_section(rest)
    if split is not None:
        before, date, after = split
        rest = (before + " " + after).strip(" " + _FACT_SIGNS)
        by = _LEADING_BY.match(rest)
        if by is not None:  # "Posted on March 4, 2019 by admin": "by" marks the author
            marker = marker or by.group(0).strip()
            rest = rest[by.end() :]
            # The forum the link was posted to: "by deckhand_77 to r/northtown".
            rest = _TO_FORUM.sub("", rest)
        elif (
            marker is None
            and not before.strip()
            and after[:1].isspace()
            and after.lstrip()[:1] not in _FACT_SIGNS
        ):
            return None  # a name after its date needs a sign between: "June 2026 Newsletter"
        elif (
            marker is None
            and before.strip()
            and before.rstrip()[-1:] not in _FACT_SIGNS
            and _DIGIT.search(date) is None
        ):
            # A day named in words right after the words before needs a sign
            # between too: "Strike Ends Today" is a headline, "Ana Ruiz · Today" a byline.
            return None
        rest = _TRAILING_ON.sub("", rest)
    # The author's handle or a count of co-authors after the name: "Ana Ruiz (@anaruiz)".
    handle = _HANDLE.search(rest) if "@" in rest or rest.lower().endswith(_OTHERS) else None
    if handle is not None:
        rest = rest[: handle.start()]
    if not rest:
        return None
    if marker is None:
        if date is None and bare is None and handle is None:
            return None
        named = is_name(rest, name_words)
        if not named and date is not None:
            # An author and their agency beside the date: "Maya Cohen (AFP) · 11 March
            # 2024"; else a name first among the facts: "Ana Ruiz | Ports | 28.11.2026",
            # or after the desk's place or section: "Berlin | Anna Schmidt | 15.03.2024".
            named = (
                name_with_agency(rest, name_words) is not None
                # A newsroom, or authors in the places they filed from: "Our
                # reporters | 4 May 2024", "Ana Ruiz in Geneva · 3 hours ago".
                or _NEWSROOM.fullmatch(rest) is not None
                or names_in_places(rest, name_words)
            )
            if not named:
                rest = (
                    _name_before_facts(rest, name_words)
                    or _name_after_section(rest, name_words)
                    or rest
                )
                named = is_name(rest, name_words)
        # A source's domain beside its date: "harbourreview.com · 2 hours ago".
        if not (named or (date is not None and _DOMAIN.fullmatch(rest))):
            return None
        if sourced and date is None and not _fact_author(rest, name_words):
            return None  # a section or a place before the source: "Chile | Fuente: El País"
    # The place the author filed from after a comma: "By Ana Ruiz, Madrid",
    # "Por Laura Méndez, desde Buenos Aires".
    if (marker is not None or date is not None) and ", " in rest:
        before, _, place = rest.rpartition(", ")
        if _filed_from(place) and is_name(before, name_words):
            rest = before
    if marker is not None and not _marked_author(rest, date, name_words):
        # The section the author posted in may follow: "By Ana Ruiz in Politics";
        # or facts after a separator: "Por Ana Ruiz | Fuente: El Puerto | 30/11/2026".
        author = _author_before_facts(rest)
        if author is None:
            section = _IN_SECTION.search(rest)
            author = rest[: section.start()] if section is not None else None
        if author is None or not _marked_author(author, date, name_words):
            return None
        rest = author
    return Byline(rest, date, marker)


#: The source an article was taken from, after a sign, ending the line: " | Fuente: El País".
_SOURCE_AFTER = regex.compile(
    rf"\s+[|·•–—/]\s+(?:{alternation(SOURCE_WORDS)})\s*:\s*[^|·•:]{{1,60}}$", _I
)


def without_source(text: str) -> str | None:
    """``text`` without the source that ends it after a separator ("| Fuente: El País"), if any."""
    found = _SOURCE_AFTER.search(text) if ":" in text else None
    return text[: found.start()] if found is not None and found.start() > 0 else None


def _author_before_facts(text: str) -> str | None:
    """The first part of a line of facts after a marker: "Ana Ruiz | Fuente: El Puerto".

    Each part after it is short (a source, a section, a place, a count: three
    words at most besides an abbreviation in brackets, "Rio de Janeiro (RJ)";
    no full stop or comma at its end), as on a line of facts, not the clause
    of a summary run on ("— Two years after it was").
    """
    separator = _FACT_SEPARATOR.search(text)
    if separator is None:
        return None
    parts = _FACT_SEPARATOR.split(text[separator.end() :])
    if all(
        _BRACKETED.sub("", part).count(" ") < 3 and not part.endswith((".", ",")) for part in parts
    ):
        return text[: separator.start()]
    return None


#: A short note in brackets after a word: " (RJ)", " (AFP)".
_BRACKETED = regex.compile(r" \([^()\s]{1,12}\)")


def _name_before_facts(text: str, name_words: int) -> str | None:
    """The personal name opening the facts left beside a date, with no marker before it.

    "Ana Ruiz | Ports" (from "Ana Ruiz | Ports | 28.11.2026"): two words at
    least or a newsroom ("Redação | Rio de Janeiro (RJ)"), not a section the
    lexicon knows ("Middle East | Politics" stays whole), the parts after it
    short (``_author_before_facts``).
    """
    author = _author_before_facts(text)
    return author if author is not None and _fact_author(author, name_words) else None


#: What may open the place an author filed from: "desde Buenos Aires", "in Geneva".
_FROM_WORDS = PLACE_PREPOSITIONS | {"desde", "depuis", "de", "à"}


def _filed_from(text: str) -> bool:
    """Whether ``text`` is a place the lexicon knows, perhaps after "from" ("desde
    Buenos Aires", "Madrid"): where an author filed from."""
    lower = text.lower()
    first, _, place = lower.partition(" ")
    return lower in PLACE_NAMES or (first in _FROM_WORDS and place in PLACE_NAMES)


#: "in" and its kin before the place an author filed from: "Ana Ruiz in Geneva".
_IN_PLACE = regex.compile(r" (?:in|en|à|em|aus) ")
#: What parts the authors on a line of several: "Ana Ruiz in Geneva and Omar Haddad in Beirut".
_AUTHORS_JOINED = regex.compile(r",? (?:and|y|et|und|e) |, ")


def names_in_places(text: str, name_words: int) -> bool:
    """Whether a line names its authors, each in the place they filed from: "Ana Ruiz in
    Geneva and Omar Haddad in Beirut", "Ana Ruiz and Tom Berg in Kyiv".

    Four authors at most, each a name of two words or more; a place the lexicon
    knows after at least one of them.
    """
    if _IN_PLACE.search(text) is None:
        return False
    parts = _AUTHORS_JOINED.split(text)
    if len(parts) > 4:
        return False
    placed = False
    for part in parts:
        found = _IN_PLACE.search(part)
        if found is not None:
            if part[found.end() :].lower() not in PLACE_NAMES:
                return False
            part = part[: found.start()]
            placed = True
        if " " not in part or not is_name(part, name_words):
            return False  # a name of one word before a place is a headline's: "Obama in Havana"
    return placed


def _name_after_section(text: str, name_words: int) -> str | None:
    """The personal name after the place or section the desk filed under, left beside
    a date: "Anna Schmidt" (from "Berlin | Anna Schmidt | 15.03.2024"); the first
    part a section or place the lexicon knows, the second a name of two words at
    least."""
    parts = _FACT_SEPARATOR.split(text)
    if len(parts) != 2 or not is_section(parts[0].lower()):
        return None
    return parts[1] if " " in parts[1] and _fact_author(parts[1], name_words) else None


def _fact_author(author: str, name_words: int) -> bool:
    """Whether the first of a line's facts names its author: a name of two words at
    least that is no section or place the lexicon knows, or a newsroom ("Redação")."""
    if " " not in author:
        return _NEWSROOM.fullmatch(author) is not None
    return not is_section(author.lower()) and is_name(author, name_words)


#: What parts a line of article facts: "Ana Ruiz · March 4, 2019 · Labour, Ports".
_FACT_SEPARATOR = regex.compile(r"\s+[|·•–—/]\s+")


def _date_among_facts(text: str) -> tuple[str, str, str] | None:
    """Split a line of facts whose date stands inside it: ``(before, date, "")``.

    "Ana Ruiz · March 4, 2019 · Labour, Ports": three to five parts, one of
    them (not the first) a whole date, the parts after it short (sections,
    tags, counts: four words at most, ending with no full stop or comma, so
    not the clause of a summary run on: "By NAME | DATE — Two years after
    it was promised,"); what stands before the date is returned to be read
    as the author.
    """
    if len(text) > 200:
        return None
    cuts = [0]
    for separator in _FACT_SEPARATOR.finditer(text):
        cuts += [separator.start(), separator.end()]
    cuts.append(len(text))
    spans = list(zip(cuts[::2], cuts[1::2], strict=True))  # the parts between separators
    if not 3 <= len(spans) <= 5:
        return None
    parts = [text[start:end] for start, end in spans]
    for n in range(1, len(parts) - 1):
        if is_date(parts[n]) and all(
            part.count(" ") < 4 and not part.endswith((".", ",")) for part in parts[n + 1 :]
        ):
            return text[: spans[n][0]], parts[n], ""
    return None


def _date_before_section(text: str) -> tuple[str, str, str] | None:
    """Split a marked byline whose date the section it was filed in follows:
    "Ana Ruiz on November 28, 2026 in Labour" -> ``("Ana Ruiz on ", DATE, "")``."""
    section = _IN_SECTION.search(text)
    if section is None:
        return None
    split = find_date(text[: section.start()])
    return split if split is not None and not split[2] else None


#: A section after the author's name: "… by admin in Local news", "Por X en Política".
_IN_SECTION = regex.compile(r"\s+(?:in|en|dans|em)\s+\S+(?:\s\S+){0,3}$", _I)


def _marked_author(text: str, date: str | None, name_words: int) -> bool:
    """Whether ``text``, after a byline marker, is the author.

    Names, a name and its role ("Ana Ruiz, University of Leeds") or agency
    ("By Maya Cohen (AFP)"), names each in the place they filed from, or
    between a marker and a date a user name: "Posted by admin on …".
    """
    return (
        is_name(text, name_words + 2)
        or name_with_role(text, name_words) is not None
        or name_with_agency(text, name_words) is not None
        or _NEWSROOM.fullmatch(text) is not None
        or with_agency(text)
        or (date is not None and _USER_NAME.fullmatch(text) is not None)
        # Each in the place they filed from: "By Ana Ruiz in Geneva and Omar Haddad in
        # Beirut" (one place after the names is cut off: "By Tom Berg in Dhaka").
        or (len(_IN_PLACE.findall(text)) >= 2 and names_in_places(text, name_words))
    )


#: A newsroom and the agency it wrote with: "Le Monde avec AFP", "Redacción con EFE".
_WITH_AGENCY = regex.compile(
    r"\p{Lu}[\w'’.\-]*(?:\s+[\w'’.\-]+){0,3}\s+(?:avec|with|con|com|mit|and|et|y|und|e|\+)\s+"
    rf"(?:{alternation(CREDIT_SOURCES)})",
    _I,
)


def with_agency(text: str) -> bool:
    """Whether a line is a newsroom and the agency it wrote with: "Le Monde avec AFP".

    The agency ends the line: its last word is looked up before the pattern runs.
    """
    last = text[text.rfind(" ") + 1 :].lower()
    return last in _CREDIT_LAST and _WITH_AGENCY.fullmatch(text) is not None


# A newsroom signing, perhaps with its publication: "the editors", "la rédaction
# de Libération", "der Redaktion" (after "Von"), "Redação".
_NEWSROOM = regex.compile(
    rf"(?:(?:{alternation(NEWSROOM_OPENINGS)})\s*)?(?:{alternation(NEWSROOM_WORDS)})"
    r"(?:\s+(?:of|de|del|da|do|du|von|di)\s+[\w'’.\-]+(?:\s+[\w'’.\-]+){0,3})?",
    _I,
)


def is_role(text: str) -> bool:
    """Whether a line names an author's role alone: "Labour correspondent", "Staff Writer".

    Four words at most, opening with a capital, ending with a word that names
    a role (``ROLE_WORDS``); or ten words at most opening with a profession
    (``ROLE_OPENINGS``): "Economista e professor da USP". No digit.
    """
    return (_names_a_role(text) or _opens_with_role(text)) and _DIGIT.search(text) is None


def _opens_with_role(text: str) -> bool:
    """Ten words at most, opening with a capital and a profession: "Médica sanitarista"."""
    if text.count(" ") >= 10 or not text[:1].isupper():
        return False
    words = text.lower().split(" ", 2)
    return words[0] in ROLE_OPENINGS or " ".join(words[:2]) in ROLE_OPENINGS


def _names_a_role(text: str) -> bool:
    """Four words at most, opening with a capital, the last a role's: "Staff Writer"."""
    return (
        text.count(" ") < 4 and text[:1].isupper() and text.rsplit(" ", 1)[-1].lower() in ROLE_WORDS
    )


def signed_with_role(text: str) -> bool:
    """Whether ``text`` is a name and a role that ends with a role's word, after a
    comma or a separator: "Tom Berg, Labour Correspondent", "Ana Ruiz | Staff Writer"."""
    found = _name_and_role(text)
    return found is not None and _names_a_role(found[1])


def name_with_role(text: str, max_words: int = 4) -> str | None:
    """The name of "NAME, ROLE" ("Ana Ruiz, University of Leeds"), or ``None``.

    The role is two to six words and opens with a capital. After a separator
    sign ("Ana Ruiz | Contributor", "Tom Berg · Staff Writer") the role ends
    with a word that names one (``ROLE_WORDS``), since "World | Middle East"
    has the same shape.
    """
    found = _name_and_role(text, max_words)
    return None if found is None else found[0]


def _name_and_role(text: str, max_words: int = 4) -> tuple[str, str] | None:
    """The name and the role of "NAME, ROLE" or "NAME | ROLE" (``name_with_role``)."""
    name, comma, role = text.partition(", ")
    spaces = role.count(" ")
    if (
        comma
        and 0 < spaces < 10
        and (spaces < 6 or _academic(role))
        and role[:1].isupper()
        and is_name(name, max_words)
        and not _tag_list(text, text.split(", "))
    ):
        return name, role
    signed = _FACT_SEPARATOR.search(text)  # the texts are normalised: one space each side
    if signed is not None:
        name, role = text[: signed.start()], text[signed.end() :]
        if _names_a_role(role) and is_name(name, max_words):
            return name, role
    return None


def _academic(role: str) -> bool:
    """Whether a role names an academic or institutional post: it may run to nine words."""
    return any(word.strip(",.;") in ACADEMIC_WORDS for word in role.lower().split(" "))


def name_with_agency(text: str, max_words: int = 4) -> str | None:
    """The name of "NAME, AGENCY" ("Maya Cohen, Reuters", "Tom Berg | AP",
    "Li Wei (AFP)"), or ``None``: an author and the agency they write for.

    The same line is a picture's credit elsewhere; the caller tells by its place.
    """
    found = credit_word(text)
    if found is None or found[1] != "agency":
        return None
    name = text[: text.rfind(found[0])].rstrip(_AGENCY_SIGNS)
    return name if name and is_name(name, max_words) else None


_AGENCY_SIGNS = " ,|/·•–—-("


#: What a kicker may be named: a section label, a section of a news site, or
#: the country or region an international desk files under.
_SECTION_LABELS = KICKER_LABELS | SECTION_NAMES | PLACE_NAMES


#: What parts the sections of a path: "News | Labor", "World › Europe".
_PATH_SEPARATOR = re.compile(r" [|/›»>] ")
_PATH_SIGNS = "|/›»>"


def _section_path(text: str, lower: str, words: int) -> bool:
    """Whether ``text`` is a path of sections, one of them a section label: "Opinion | Housing".

    Two or three parts of one or two capitalised words each: a headline
    after a label ("Opinion | Why Rents Rise") has more words.
    """
    if words > 6 or not any(sign in text for sign in _PATH_SIGNS):
        return False
    parts = _PATH_SEPARATOR.split(text)
    return (
        2 <= len(parts) <= 3
        and all(part.count(" ") < 2 and (part.istitle() or part.isupper()) for part in parts)
        and any(part in _SECTION_LABELS for part in _PATH_SEPARATOR.split(lower))
    )


def is_section(lower: str) -> bool:
    """Whether a lower-cased line names a section, a kind of piece or a place the
    lexicon knows, a separator after it allowed: "politics", "opinion:", "chile";
    an icon before it too: "📷 gallery"."""
    if lower[:1].isalnum():
        return lower.rstrip(" :|»›>") in _SECTION_LABELS
    return _ICONS.sub("", lower).rstrip(" :|»›>") in _SECTION_LABELS


#: Icons before a label: emoji, symbols, their joiners and selectors.
_ICONS = regex.compile(r"^[\p{So}\p{Sk}\p{Cf}\p{Mn}\s]+", regex.VERSION1)


def _kicker(text: str, lower: str, words: int, all_caps: bool) -> str | None:
    if is_section(lower):
        return f"{text!r} is a section label"
    if _section_path(text, lower, words):
        return "a path of sections"
    if words <= 10 and lower.startswith(KICKER_OPENINGS):
        opening = next(o for o in KICKER_OPENINGS if lower.startswith(o))
        return f"it opens with {opening.strip()!r}"
    if words <= 4 and _numbered_series(lower):
        return "the name and number of a series"
    if text.endswith((":", "|", "»", "›")) and words <= 6:
        return "a short label ending in a separator"
    if all_caps and words <= 3:
        return "a short label in capitals"
    if words <= 5 and _timed_label(lower):
        return "a label with the length of its recording"
    return None


#: A series' number after its name: "no. 72", "nº 3", "#14", "12", "4/2024".
_SERIES_NUMBER = regex.compile(r"(?:(?:no\.?|nº|n°|n\.º|núm\.?|nr\.?|#)\s*)?\d{1,4}(?:/\d{2,4})?")


def _numbered_series(lower: str) -> bool:
    """Whether a lower-cased line is a series' name and its number: "dossier no. 72",
    "notebook no. 6", "episode #14", "folge 12", "ausgabe 3/2024"."""
    name, _, number = lower.partition(" ")
    return name in SERIES_WORDS and _SERIES_NUMBER.fullmatch(number) is not None


#: A label and how long its video or recording runs: "Video 03:45", "▶ Podcast · 45 min".
_TIMED_LABEL = regex.compile(
    r"[▶►]?\s*(?:(?:play|watch|listen)\s+)?(?P<label>[^\d▶►]+?)\s*[·|•–—:-]?\s*"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}\s*(?:min\.?|minutes|minutos|minuten|mins))"
)


def _timed_label(lower: str) -> bool:
    """Whether a lower-cased line is a label the lexicon knows with the length of its
    video or recording: "video 03:45", "play video 2:31", "podcast · 45 min"."""
    timed = _TIMED_LABEL.fullmatch(lower) if _DIGIT.search(lower) else None
    return timed is not None and is_section(timed.group("label"))


def extract(text: str, *, name_words: int = 4) -> Features:
    """The features of one normalised line (computed as the rules ask for them)."""
    return Features(text, name_words)
