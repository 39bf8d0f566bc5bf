"""Blocks -> units: a line, or a line with its lower-case continuation lines.

A unit is what the line rules classify. A line that opens in lower case
continues the line above it (a headline or teaser wrapped by the page),
unless that line ends a sentence or a clause; any line goes on with one of
four words or more that stops where no sentence can (a comma, "the", "de").
In a block hard-wrapped at a
fixed width (a plain-text newsletter), a line in sentence case goes on
with the full line above it whatever its first letter. A link to the whole article
run onto the end of a teaser ("… next week. Read more »") is left out of
the unit's text, as it is left out of the summary; it stays in the
article's span. Each cell of a table's row is a unit of its own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import cast

from .blocks import Block
from .caseless import alternation
from .dates import filed_in, is_date
from .features import Features, byline_parts, is_web_address, page_chrome, page_range
from .gates import Sheet
from .lexicon import (
    AUTHOR_LABELS,
    BOX_HEADINGS,
    BYLINE_MARKERS,
    CREDIT_WORDS,
    DASHES,
    OPEN_ENDINGS,
    OPEN_ENDINGS_IF,
    PARTICLE_ENDINGS,
    RANKING_HEADINGS,
    READ_ON,
    SENTENCE_OPENERS,
    SOURCE_WORDS,
    TITLE_MINOR_WORDS,
    VERB_PARTICLE_ENDINGS,
)
from .lines import Line
from .options import Options
from .rules import (
    NOISE,
    SENTENCE,
    TITLE,
    Kind,
    Verdict,
    classify_all,
    date_lead,
)

__all__ = ["COUNTED_ENTRY", "Unit", "glued_chrome", "make_units", "read_past_chrome"]

_TERMINAL = tuple('.!?…:;"”»')


class Unit:
    """A line, or a line and its lower-case continuation lines, with its kind.

    ``kind`` is the kind its ``verdict`` gives, kept in step when the verdict
    changes. ``features`` are made on first use, from the window's ``Sheet``.
    A plain slotted class: one is made for every line, and an attrs class
    with a hook on ``verdict`` runs that hook's check on every field set.
    """

    __slots__ = (
        "_verdict", "block", "count", "end", "first", "index", "kind", "sheet", "start", "text",
    )  # fmt: skip

    def __init__(
        self, block: Block, first: int, count: int, sheet: Sheet, index: int, verdict: Verdict
    ) -> None:
        self.block = block
        self.first = first  # index of the unit's first line within the block
        self.count = count
        # Where the unit's text stands in the source: the span of its lines.
        self.start = block.lines[first].start
        self.end = block.lines[first + count - 1].end
        self.sheet = sheet
        self.index = index  # the unit's text in the sheet
        self.text = sheet.texts[index]
        self._verdict = verdict
        # Asked tens of times a line, so a plain attribute.
        self.kind = cast(Kind, verdict.what)

    def __repr__(self) -> str:
        return f"Unit(text={self.text!r}, kind={self.kind}, first={self.first}, count={self.count})"

    @property
    def features(self) -> Features:
        return self.sheet.features(self.index)

    @property
    def verdict(self) -> Verdict:
        return self._verdict

    @verdict.setter
    def verdict(self, verdict: Verdict) -> None:
        self._verdict = verdict
        self.kind = cast(Kind, verdict.what)

    @property
    def lines(self) -> Sequence[Line]:
        return self.block.lines[self.first : self.first + self.count]


#: A link to the whole article after the end of a teaser's sentence or its
#: truncation marker, to the end of the line: " Read more »", " (more…)".
#: It opens with its space, so that the engine leaps from space to space.
_READ_ON = re.compile(
    r" (?<=[.!?…\]»\"”’)] )[\[(]?(?:"
    + alternation(READ_ON)
    + r")(?: ?(?:[»›→>]+|\.\.\.|…))?[\])]?\Z",
    re.IGNORECASE,
)
#: A blog's link that names the article before its arrow: "… Continue reading The
#: empty-homes tax, one year on →" (a WordPress theme's way). Not the links of one
#: short word ("more", "mehr"): "… more of the same »" is prose.
_READ_TITLE_ON = re.compile(
    r" (?<=[.!?…\]»\"”’)] )(?:"
    + alternation(phrase for phrase in READ_ON if " " in phrase or len(phrase) > 6)
    + r") [^\n]{1,200}? ?[→»›]\Z",
    re.IGNORECASE,
)
#: The same link after a teaser cut off with no sign, in capitals and with its arrow
#: or brackets: "… for all depots Read more »", "… seis semanas [Leer más]".
_CAPITALISED_READ_ON = alternation(
    variant for p in READ_ON for variant in {p.capitalize(), p.title(), p.upper()}
)
_READ_ON_BARE = re.compile(
    rf" (?:\[(?:{_CAPITALISED_READ_ON})\]|(?:{_CAPITALISED_READ_ON}) ?[»›→]+)\Z"
)
#: The characters such a link can end with.
_READ_ON_LAST = frozenset(
    "»›→>.…)]" + "".join(p[-1] for p in READ_ON) + "".join(p[-1].upper() for p in READ_ON)
)
#: How far from a line's end such a link can start.
_READ_ON_REACH = max(map(len, READ_ON)) + 8
_READ_TITLE_REACH = _READ_ON_REACH + 200


def without_read_on(text: str) -> str:
    """``text`` without a link to the whole article run onto its end, if it has one.

    The link must follow a sentence's end or a truncation marker (or, opening
    with a capital, end with its arrow or stand in brackets: a teaser cut off
    with no sign), and leave three words at least: a line that is only "Read
    more" is page chrome.
    """
    if len(text) < 16 or (text[-1] == "." and text[-2] != ".") or text[-1] not in _READ_ON_LAST:
        return text  # most lines: a link ends with "..." (never one full stop) or its word
    found = _READ_ON.search(text, len(text) - _READ_ON_REACH)
    if found is None and text[-1] in "→»›]":
        found = _READ_ON_BARE.search(text, len(text) - _READ_ON_REACH)
    if found is None and text[-1] in "→»›":
        found = _READ_TITLE_ON.search(text, len(text) - _READ_TITLE_REACH)
    if found is None or text.count(" ", 0, found.start()) < 2:
        return text
    return text[: found.start()]


#: An entry of a page's archive list and its count: "novembro 2026 (8)".
COUNTED_ENTRY = re.compile(r"[^()]{1,60}? \(\d{1,5}\)")


def _stands_alone(text: str) -> bool:
    """A lower-case line that is a byline ("by Ana Ruiz"), a date, the sections the
    article was filed in ("in Labour, News"), the pages it fills ("pp. 12-30"), an
    archive's entry with its count ("novembro 2026 (8)") or a web address
    ("www.localpaper.co.uk › news") continues nothing."""
    return len(text) <= 200 and (
        byline_parts(text) is not None
        or is_date(text)
        or filed_in(text)
        or page_range(text)
        or COUNTED_ENTRY.fullmatch(text) is not None
        or is_web_address(text.lower())
    )


#: A byline's marker, or an author's label and its colon, lower-cased, as they may
#: stand alone on a line.
_MARKERS = frozenset(m for m in BYLINE_MARKERS if m not in DASHES) | frozenset(
    f"{label}:" for label in AUTHOR_LABELS
)
_MARKER_LONGEST = max(map(len, _MARKERS))


def _marker_alone(text: str) -> bool:
    """Whether a line is a byline's marker alone: "By", "Written by", "Autor:"."""
    return len(text) <= _MARKER_LONGEST and text.lower() in _MARKERS


def _control(text: str) -> bool:
    """Whether a line is a short piece of page chrome, which goes on with no line
    above: "Read More", "7 min read" (a "[...]" ends the text above instead)."""
    if len(text) > 40 or not any(c.isalpha() for c in text):
        return False
    f = Features(text)
    return f.words <= 4 and f.chrome is not None


#: The most words of a chrome line that nothing continues (a cookie notice may wrap).
_WHOLE_CHROME_WORDS = 8


def _whole(text: str) -> bool:
    """Whether a line is whole: a byline, a date, the sections it was filed in, or
    a short line of chrome ("Hits: 1234")."""
    if _stands_alone(text):
        return True
    f = Features(text)
    return f.words <= _WHOLE_CHROME_WORDS and f.chrome is not None


#: The widest a hard-wrapped text is wrapped (plain-text mail wraps at 60 to 80), and
#: the narrowest: a block of shorter lines is a list ("novembro 2026 (8)" / "outubro …").
_MAX_WRAP = 100
_MIN_WRAP = 30


#: The fewest words of a line that goes on below for a word a headline may end with.
_PARTICLE_MIN_WORDS = 10
#: The same for a German verb's particle, which ends headlines of ten words too.
_VERB_PARTICLE_MIN_WORDS = 12


def _stops_open(text: str) -> bool:
    """Whether a line stops where no sentence ends: "… in the eastern districts and the".

    Four words or more and a comma or a word no sentence ends with; or, for a
    word a headline may end with ("… than they did in", "… goes on"), ten
    words or more, longer than most headlines; twelve for a German verb's
    particle, which a headline of ten may end with ("GDL ruft erneut zum Streik auf").
    """
    if text.endswith(","):
        return True
    spaces = text.count(" ")
    if spaces < 3:
        return False
    last = text[text.rfind(" ") + 1 :]
    return (
        (last in OPEN_ENDINGS and _open_in_its_language(text, last))
        or (spaces >= _PARTICLE_MIN_WORDS - 1 and last in PARTICLE_ENDINGS)
        or (spaces >= _VERB_PARTICLE_MIN_WORDS - 1 and last in VERB_PARTICLE_ENDINGS)
    )


def _open_in_its_language(text: str, last: str) -> bool:
    """Whether ``last``, a word of ``OPEN_ENDINGS``, leaves ``text`` open: a word that
    ends lines of another language whole must have a word of its own language
    before it ("… barrios del sur" is Spanish and ends; "… manifestent sur" goes on
    when "les", "des" … show French)."""
    own = OPEN_ENDINGS_IF.get(last)
    return own is None or not own.isdisjoint(text.lower().split()[:-1])


def _wrap_width(lines: Sequence[Line]) -> int:
    """The width a block's lines were hard-wrapped at (its longest line), or 0.

    A block of three lines or more, none longer than ``_MAX_WRAP``, where a
    line opening in lower case follows one the next word would not have fit
    on: a paragraph broken at a fixed width (a plain-text newsletter).
    Widths are counted on the lines as in the source, indentation and all.
    """
    if len(lines) < 3 or not any(line.text[:1].islower() for line in lines):
        return 0
    width = max(line.end - line.start for line in lines)
    if not _MIN_WRAP <= width <= _MAX_WRAP:
        return 0
    for above, line in itertools.pairwise(lines):
        if line.text[:1].islower() and _full(above, line, width):
            return width
    return 0


def _full(above: Line, below: Line, width: int) -> bool:
    """Whether ``below``'s first word would not have fit at the end of ``above``.

    A line wider than ``width`` was not wrapped at it.
    """
    size = above.end - above.start
    return size <= width and size + 1 + len(below.text.split(" ", 1)[0]) > width


#: A credit's marker with nothing after it, as a caption may end: "Photo-", "Foto:".
_BARE_CREDITS = frozenset({*CREDIT_WORDS, "photo credit", "foto crédito"}) - SOURCE_WORDS
_MARKER_SIGNS = " :-–—"


#: Small words that, in capitals, open a sentence (``_wrapped_onto``).
_CAPITAL_OPENERS = OPEN_ENDINGS | SENTENCE_OPENERS


def _wrapped_onto(above: Line, below: Line, width: int, *, first: bool) -> bool:
    """Whether ``below`` goes on with ``above`` in a block wrapped at ``width``.

    ``above`` is full (``first``: the block's first line), and ``below``
    reads as part of a sentence, not as a headline: in sentence case, or the
    last word or two of a sentence, or anything where ``above`` stopped in
    the middle of a sentence that is no headline (a line under the first; a
    first line ending with a small word like "the" or "is", or of six words
    or more not in title case: names may stand in it). A short line of page
    chrome ("Read More") goes on with nothing.
    """
    if not _full(above, below, width):
        return False
    if _control(below.text):
        return False
    # A small word in capitals opens a sentence, which no line wrapped in the
    # middle of one does: the line above, with no stop, is a headline as wide
    # as the text ("… la durée d'indemnisation" / "La plataforma vecinal …").
    opener = below.text.split(" ", 1)[0]
    if (
        opener[:1].isupper()
        and opener.lower() in _CAPITAL_OPENERS
        and not above.text.endswith(_TERMINAL)
    ):
        return False
    f = Features(below.text)
    # A name alone under a full line that stops on no small word is the
    # author's, no sentence's end: "… reconduisent le mouvement" / "Élodie Marchetti".
    if (
        f.author
        and 2 <= f.words <= 4
        and not below.text.endswith(_TERMINAL)
        and above.text.rsplit(" ", 1)[-1].lower() not in TITLE_MINOR_WORDS
        and below.text.rstrip(_MARKER_SIGNS).lower() not in _BARE_CREDITS
    ):
        return False
    if f.sentence_case or (f.words <= 2 and below.text.endswith(_TERMINAL)):
        return True
    if below.text.rstrip(_MARKER_SIGNS).lower() in _BARE_CREDITS:
        return True  # a credit's marker alone ends the caption above: "… States. / Photo-"
    text = above.text
    if text.endswith(_TERMINAL):
        return False
    # (A comma or a word of ``OPEN_ENDINGS`` at its end joined it already.)
    return (
        not first
        or text.rsplit(" ", 1)[-1] in TITLE_MINOR_WORDS  # "… co-directors of the"
        or (text.count(" ") >= 5 and not Features(text).title_case)
    )


def make_units(
    blocks: Iterable[Block], options: Options, *, opening: frozenset[int] = frozenset()
) -> list[Unit]:
    """Cut blocks into units and classify each with the line rules.

    A line starting at an offset of ``opening`` opens a unit whatever stands
    above it (a line left out of its block stood between them).
    """
    cuts: list[tuple[Block, int, int]] = []
    texts: list[str] = []
    blocks = list(blocks)
    # The width the listing's paragraphs show they were wrapped at holds for
    # its blocks of titles too: "Caption / A headline as long as the / Width".
    widths = {block.index: _wrap_width(block.lines) for block in blocks if len(block.lines) > 1}
    listing_width = max(widths.values(), default=0)
    for block in blocks:
        lines = block.lines
        if len(lines) == 1:  # most blocks: one line, one unit
            text = lines[0].text
            # without_read_on's first tests, inlined: one call a line spared.
            texts.append(text if text[-1:] not in _READ_ON_LAST else without_read_on(text))
            cuts.append((block, 0, 1))
            continue
        if lines[0].column is not None:  # a table's row: no cell goes on in the next
            for first, line in enumerate(lines):
                text = line.text
                texts.append(text if text[-1:] not in _READ_ON_LAST else without_read_on(text))
                cuts.append((block, first, 1))
            continue
        width = widths[block.index] or listing_width
        start = 0
        while start < len(lines):
            end = start + 1
            # Parts are joined once: a long run of continuation lines stays linear.
            parts = [lines[start].text]
            # A byline's marker alone on its line goes on with the name below: "By" / "Ana Ruiz".
            if (
                end < len(lines)
                and lines[end].bullet is None
                and _marker_alone(parts[0])
                and lines[end].start not in opening
            ):
                parts.append(lines[end].text)
                end += 1
            while (
                end < len(lines)
                and lines[end].bullet is None
                and lines[end].start not in opening
                and (
                    (lines[end].text[:1].islower() and not parts[-1].endswith(_TERMINAL))
                    or _stops_open(parts[-1])
                    or (width and _wrapped_onto(lines[end - 1], lines[end], width, first=end == 1))
                )
                and not _stands_alone(lines[end].text)
                and not _marker_alone(lines[end].text)
                # "7 min read" under "Why the nurses said no"; "more »" goes on with "… Read".
                and (lines[end].text[:1].islower() or not _control(lines[end].text))
                # A date opening a summary opens its unit: "Aug 2, 2026 — A year …".
                and date_lead(lines[end].text) is None
                # A byline, date or short chrome line is whole: "Written by …
                # 2016" or "Hits: 1234" over "thumb harbour 120x80The council …"
                # (layout L, no blank line).
                and not (len(parts) == 1 and _whole(parts[0]))
            ):
                parts.append(lines[end].text)
                end += 1
            text = parts[0] if len(parts) == 1 else " ".join(parts)
            texts.append(text if text[-1:] not in _READ_ON_LAST else without_read_on(text))
            cuts.append((block, start, end - start))
            start = end
    sheet = Sheet(texts, options.name_max_words)
    verdicts = classify_all(sheet, options)
    return [
        Unit(block, first, count, sheet, k, verdict)
        for k, ((block, first, count), verdict) in enumerate(zip(cuts, verdicts, strict=True))
    ]


#: The most lines of a block that holds one article: caption, kicker, headline,
#: chrome, byline, date and a summary of two lines. A longer block is a listing
#: pasted without blank lines, where a line of chrome may part two articles.
_ARTICLE_BLOCK_LINES = 8


def glued_chrome(units: Sequence[Unit]) -> list[Unit]:
    """The lines of chrome glued under a title or a sentence in the block of one article.

    "5 min read", "Share", "Premium" or "Tags: Labour" right under the headline
    (or the summary, or such a line) hide the block's shape from the rules: a
    headline that ends its block, a summary glued under its headline. The
    windows read the blocks again without them (``read_past_chrome``); each stays in
    the source as noise, or in the span of the article around it. Not the
    page's chrome (a menu, a part's heading, pagination) nor a box's heading
    ("Sign up for our newsletter", "Related"), which tell where articles end;
    not on a block's first line, in a block longer than an article's, nor in
    a table's row.
    """
    glued: list[Unit] = []
    for above, unit in itertools.pairwise(units):
        if (
            unit.first > 0  # under a line of its block
            and unit.kind is NOISE
            and unit.count == 1
            and unit.verdict.rule == "noise.chrome"
            and len(unit.block.lines) <= _ARTICLE_BLOCK_LINES
            and unit.lines[0].column is None
            and (above.kind is TITLE or above.kind is SENTENCE or (glued and glued[-1] is above))
            and not page_chrome(unit.features.chrome or "")  # the page's: its menu, a heading
            # The heading of a box below: "Sign up for our newsletter", "Related".
            and not unit.features.lower.startswith(BOX_HEADINGS)
            and unit.features.lower.rstrip(" :") not in RANKING_HEADINGS
        ):
            glued.append(unit)
    return glued


def read_past_chrome(
    blocks: list[Block], units: list[Unit], options: Options
) -> tuple[list[Unit], tuple[Unit, ...]]:
    """``units`` made again from ``blocks`` without the chrome glued in them
    (``glued_chrome``), and the units of that chrome; ``units`` and no
    chrome where there is none."""
    glued = glued_chrome(units)
    if not glued:
        return units, ()
    starts = {unit.start for unit in glued}
    kept = []
    opening: set[int] = set()
    for block in blocks:
        lines = block.lines
        if not any(line.start in starts for line in lines):
            kept.append(block)
            continue
        # A line under the chrome goes on with no line above it.
        opening.update(
            below.start
            for line, below in itertools.pairwise(lines)
            if line.start in starts and below.start not in starts
        )
        left = tuple(line for line in lines if line.start not in starts)
        kept.append(Block(block.index, left, block.item, block.item_start))
    return make_units(kept, options, opening=frozenset(opening)), tuple(glued)
