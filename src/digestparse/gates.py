"""Gates: which lines of a window each line rule could decide, asked of all at once.

Most lines are plain headlines and summaries, and most line rules cannot
decide them: a headline is no date, no byline, no photo credit. Asking each
rule of each line costs a ``Features`` record and a dozen calls a line. A
*gate* asks instead, for the whole window, which lines a rule could decide at
all, with a test much cheaper than the rule's own (the line's length, its
last character, an anchored pattern), and the rule runs only on those.

A gate is a necessary condition, never a decision: a line it turns away is
one the rule would pass on (``tests/test_gates.py`` draws text full of the
patterns' own words to check each). So ``classify_all`` gives every line the
verdict ``classify`` gives it alone; only the work differs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .caseless import alternation
from .dates import _AT_START, _IN_WORDS, _WHOLE, _may_end_date, date_before_place, date_value
from .features import (
    _AGENCY_FIRST,
    _CHROME_HEADS,
    _CREDIT_HINTS,
    _CREDIT_START,
    _FACT_SEPARATOR,
    _OPENINGS,
    Features,
    _chrome,
    _long_notice,
    _may_open_byline,
    may_be_bio,
    without_source,
)
from .lexicon import (
    CHROME_PHRASES,
    CREDIT_SOURCES,
    CREDIT_WORDS,
    DASHES,
    IMAGE_PLACEHOLDERS,
    LISTING_SECTIONS,
    MENU_WORDS,
    PUBLICATION_LABELS,
    RANKING_HEADINGS,
    SOCIAL,
    TRANSLATOR_LABELS,
)
from .options import Options

__all__ = ["GATES", "SIGNATURE_SIGNS", "Gate", "Sheet"]


class Sheet:
    """The unit texts of a window, with what every gate asks of them.

    ``features(k)`` makes the ``Features`` of text ``k`` on first use, with
    what the sheet knows already (the lower-cased text, whether it is a date).
    """

    __slots__ = (
        "_date_starts", "_dates", "_features", "folded", "lowers", "name_words", "texts", "words",
    )  # fmt: skip

    def __init__(self, texts: Sequence[str], name_words: int = 4) -> None:
        self.texts = texts
        self.lowers = lowers = [text.lower() for text in texts]
        # Texts whose lower-cased form is longer ("İ" is two characters lower
        # case): a ``Caseless`` pattern reads the text itself there, elsewhere
        # the gates may run its ``fast`` pattern on the lower-cased text.
        self.folded: frozenset[int] = frozenset()
        if sum(map(len, lowers)) != sum(map(len, texts)):
            self.folded = frozenset(
                k for k, text in enumerate(texts) if len(lowers[k]) != len(text)
            )
        # The texts are normalised: words are separated by exactly one space.
        self.words = [text.count(" ") + 1 if text else 0 for text in texts]
        self.name_words = name_words
        self._features: list[Features | None] = [None] * len(texts)
        self._dates: dict[int, str] | None = None
        self._date_starts: set[int] | None = None

    def features(self, k: int) -> Features:
        """The ``Features`` of text ``k`` (made once)."""
        made = self._features[k]
        if made is None:
            made = self._features[k] = Features(
                self.texts[k], self.name_words, lower=self.lowers[k]
            )
            if self._dates is not None:
                self._seed(k, made)
        return made

    @property
    def dates(self) -> dict[int, str]:
        """The texts that are a date and nothing else (``Features.date``), with that date.

        The date is ``Features.date_text``: the text without its label.
        """
        if self._dates is None:
            texts, lowers, words, folded = self.texts, self.lowers, self.words, self.folded
            whole = _WHOLE.fast.fullmatch
            found = {}
            # A whole date opens with a date: the lines that do not are spared the pattern.
            for k in sorted(self.date_starts):
                text = texts[k]
                if words[k] <= 12 and len(text) < 80:
                    match = whole(lowers[k]) if k not in folded else _WHOLE.fullmatch(text)
                    if match is not None:
                        found[k] = date_value(text, match.span("date"))
                    elif (place := date_before_place(text)) is not None:
                        found[k] = date_value(place.group(0) or "", place.span("date"))
            self._dates = found
            for k, made in enumerate(self._features):
                if made is not None:
                    self._seed(k, made)
        return self._dates

    @property
    def date_starts(self) -> set[int]:
        """The texts of 16 words and 200 characters at most that open with a date.

        That is, where ``dates._AT_START`` matches: every whole date does.
        """
        if self._date_starts is None:
            texts, lowers, words, folded = self.texts, self.lowers, self.words, self.folded
            opens = _AT_START.fast.match
            self._date_starts = {
                k
                for k, text in enumerate(texts)
                if words[k] <= 16
                and len(text) <= 200
                and (opens(lowers[k]) if k not in folded else _AT_START.match(text)) is not None
            }
        return self._date_starts

    def _seed(self, k: int, made: Features) -> None:
        """Tell the features of text ``k`` whether it is a date, and which."""
        assert self._dates is not None
        date = self._dates.get(k)
        made.__dict__["date"] = date is not None
        if date is not None:
            made.__dict__["date_text"] = date


#: A gate: the lines among ``lines`` (in order) that a rule could decide.
Gate = Callable[[Sheet, list[int], Options], list[int]]


def dates(sheet: Sheet, lines: list[int], options: Options) -> list[int]:
    """Lines that are a date: exact, and cheap with the text already lower-cased."""
    found = sheet.dates
    return [k for k in lines if k in found]


# How a chrome line may open, lower-cased (``features._chrome``): with no
# ASCII letter, a letter outside ASCII among its first three characters (the
# anchored patterns' test), or one of the words its tests know: a control's
# phrase, an opening, a social network, the head of an anchored pattern. Or
# it holds a colon (an archive page's title), or its first word ends with a
# comma (a list of tags). One pattern call a line spares
# the chrome test most headlines and summaries.
_MAY_BE_CHROME = re.compile(
    r"[^a-z]|.[^\x00-\x7f]|..[^\x00-\x7f]|"
    + alternation(
        {
            *CHROME_PHRASES,
            *LISTING_SECTIONS,
            *RANKING_HEADINGS,
            *MENU_WORDS,
            *_OPENINGS,
            *SOCIAL,
            *_CHROME_HEADS,
            *PUBLICATION_LABELS,
            *_IN_WORDS,
            *(label.split()[0].rstrip(":") for label in TRANSLATOR_LABELS),
        }
    )
    + "|.*:|[a-z]+, "  # … or a list of tags: "ports, strikes"
    + r"|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+[ /]",  # … or a web address
    re.DOTALL,
)


def chrome(sheet: Sheet, lines: list[int], options: Options) -> list[int]:
    """Lines that are page chrome: exact (chrome's own tests are cheap).

    Short lines, or long ones that open like a cookie notice.
    """
    texts, lowers, words = sheet.texts, sheet.lowers, sheet.words
    may_be = _MAY_BE_CHROME.match
    out = []
    for k in lines:
        text = texts[k]
        if 0 < words[k] <= 16 and len(text) <= 200:
            found = _chrome(text, lowers[k], words[k]) if may_be(lowers[k]) is not None else None
        else:
            found = _long_notice(lowers[k])
        if found:
            sheet.features(k).__dict__["chrome"] = found
            out.append(k)
    return out


def bylines(sheet: Sheet, lines: list[int], options: Options) -> list[int]:
    """Short lines, not dates, that could be bylines.

    They open with a byline marker or a date, end with a date or the source
    ("| Fuente: El País"), hold facts between separators (a date among them),
    or a handle ("@anaruiz").
    """
    texts, lowers, words, found = sheet.texts, sheet.lowers, sheet.words, sheet.dates
    starts = sheet.date_starts
    return [
        k
        for k in lines
        if words[k] <= 16
        and len(texts[k]) <= 400
        and k not in found
        and (
            _may_open_byline(texts[k], lowers[k])
            or k in starts
            or "@" in texts[k]  # an author's handle: "Ana Ruiz @anaruiz"
            or may_be_bio(texts[k], lowers[k])  # "Ana Ruiz is a senior fellow at …"
            or without_source(texts[k]) is not None  # "Ana Gil | Fuente: El Ciudadano"
            or (
                len(texts[k]) <= 200
                and (_may_end_date(texts[k], lowers[k]) or _may_hold_facts(texts[k]))
            )
        )
    ]


def _may_hold_facts(text: str) -> bool:
    """Whether a line could be facts with a date inside (``features._date_among_facts``).

    Two separator signs at least, one of them between spaces.
    """
    return (
        sum(text.count(sign) for sign in "|·•–—/") >= 2 and _FACT_SEPARATOR.search(text) is not None
    )


# How a credit pattern may end a line that ends with a letter: a credit word,
# an agency or licence (perhaps with ".com"), an image file's extension. Spelt
# backwards, to be matched where the line, read backwards, starts.
_CREDIT_ENDINGS = (
    *CREDIT_WORDS,
    *CREDIT_SOURCES,
    *(f"{w}.com" for w in CREDIT_SOURCES),
    *(f"{w}.org" for w in CREDIT_SOURCES),
    *("jpg", "jpeg", "png", "gif", "webp"),
)
_CREDIT_ENDINGS_BACKWARDS = re.compile(alternation(w[::-1] for w in _CREDIT_ENDINGS))
#: How far from its end a line is read for those endings.
_ENDING_REACH = max(map(len, _CREDIT_ENDINGS))
#: What a credit pattern lets follow its last word, between spaces: a run of
#: signs and brackets.
_CREDIT_SIGNS = ":-–—/)]"
#: The words that make a line's credit marker count (``features._credit_hint``).
_CREDIT_HINT = re.compile(alternation(_CREDIT_HINTS))


def credits(sheet: Sheet, lines: list[int], options: Options) -> list[int]:
    """Lines a photo-credit pattern could match (``features.credit_word``).

    A credit ends the line with a digit (a thumbnail's size), or with a credit
    word, an agency or a file extension before the signs and brackets its
    patterns allow; or opens it (an anchored pattern); or, in a short line
    holding a credit word, "©" or "(c)", stands inside it; or an agency and a
    slash open it (``features._AGENCY_OVER_NAME``).
    """
    lowers, words, folded = sheet.lowers, sheet.words, sheet.folded
    opens = _CREDIT_START.fast.match
    out = []
    for k in lines:
        lower = lowers[k]
        if k in folded or lower in IMAGE_PLACEHOLDERS:
            out.append(k)  # the patterns read the text itself: no cheap test
            continue
        end = lower.rstrip()
        if end[-1:].isdigit():
            out.append(k)
            continue
        core = end.rstrip(_CREDIT_SIGNS).rstrip()
        if (
            (
                core[-1:].isalpha()
                and _CREDIT_ENDINGS_BACKWARDS.match(core[: -_ENDING_REACH - 1 : -1]) is not None
            )
            or opens(lower) is not None
            or "/" in lower[:_AGENCY_FIRST]  # "AFP/John MacDougall"
            or (
                words[k] <= 14
                and ("©" in lower or "(c)" in lower or _CREDIT_HINT.search(lower) is not None)
            )
        ):
            out.append(k)
    return out


#: What may close a truncation marker: its bracket, quotes (``lexicon.TRUNCATION``).
_CLOSERS = '"”’»)]'


def truncated(sheet: Sheet, lines: list[int], options: Options) -> list[int]:
    """Lines long enough that end with "..." or "…", perhaps in brackets or quotes."""
    texts, words = sheet.texts, sheet.words
    least = options.truncated_min_words
    return [
        k
        for k in lines
        if words[k] >= least and texts[k].rstrip(_CLOSERS).rstrip().endswith(("...", "…"))
    ]


_PERIOD_ENDS = frozenset('."”’»)]')


def full_stops(sheet: Sheet, lines: list[int], options: Options) -> list[int]:
    """Lines long enough for a sentence that end with a full stop (perhaps in quotes)."""
    texts, words = sheet.texts, sheet.words
    least = options.sentence_min_words
    return [k for k in lines if words[k] >= least and texts[k][-1:] in _PERIOD_ENDS]


#: A dash between spaces or an opening bracket, as a signature follows a sentence
#: with (``rules.signed_sentence``).
SIGNATURE_SIGNS = re.compile(f" [{re.escape(DASHES)}] | [(]")


def signed(sheet: Sheet, lines: list[int], options: Options) -> list[int]:
    """Lines long enough for a sentence with a dash between spaces, or a bracket, near
    their end."""
    texts, words = sheet.texts, sheet.words
    least = options.sentence_min_words + 1
    sign = SIGNATURE_SIGNS.search
    return [
        k
        for k in lines
        if words[k] > least and sign(texts[k], max(0, len(texts[k]) - 64)) is not None
    ]


def sentences(sheet: Sheet, lines: list[int], options: Options) -> list[int]:
    """Lines long enough to hold two sentences."""
    words, least = sheet.words, options.sentence_min_words + 4
    return [k for k in lines if words[k] >= least]


def long_lines(sheet: Sheet, lines: list[int], options: Options) -> list[int]:
    """Lines as long as running text."""
    words, least = sheet.words, options.long_line_words
    return [k for k in lines if words[k] >= least]


#: The gate of each line rule, by the rule's name.
GATES: dict[str, Gate] = {
    "date.line": dates,
    "noise.chrome": chrome,
    "byline.marker": bylines,
    "byline.name_and_date": bylines,
    "caption.credit": credits,
    "summary.truncated": truncated,
    "summary.full_stop": full_stops,
    "summary.signed": signed,
    "summary.sentences": sentences,
    "summary.long": long_lines,
    "caption.agency": credits,
}
