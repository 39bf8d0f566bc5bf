"""Text -> lines with offsets, and the normalised view the features read.

Every line ending that ``str.splitlines`` knows counts (``\\n``, ``\\r\\n``,
``\\r``, ``\\x0b``, ``\\x0c``, ``\\x1c``-``\\x1e``, ``\\x85``, ``\\u2028``,
``\\u2029``). A line keeps its exact offsets into the source, so nothing is lost:
the normalised text (no BOM or zero-width characters, every run of white space
one space, bullet marker set aside) is a view for the heuristics and the fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, compress
from typing import NamedTuple

import regex

from .dates import is_date
from .lexicon import ZERO_WIDTH

__all__ = ["LINE_ENDINGS", "Line", "make_lines", "normalize", "split_lines", "visible_lines"]

#: The characters that end a line for ``str.splitlines`` (``\r\n`` is one ending).
LINE_ENDINGS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

_ZERO_WIDTH = regex.compile(f"[{ZERO_WIDTH}]")
_BULLETS = "•◦▪▫●○■□►▶‣⁃∙·*-–→➔➤▸▹◆»›"
#: What a line ``_line`` leaves as it is may not start with (an indent, a bullet).
_PLAIN_NOT_FIRST = frozenset(" " + _BULLETS)
_BULLET = regex.compile(f"([{regex.escape(_BULLETS)}]) +(?=\\S)")
#: What opens a list's item pasted from a document, before a tab: a bullet, "2.", "b)".
_LIST_MARKER = regex.compile(f"\\s*(?:[{regex.escape(_BULLETS)}]|\\d{{1,3}}[.)]|[a-z][.)])\\s*\\t")


def normalize(text: str) -> str:
    """Drop zero-width characters and fold every run of white space to one space.

    This is the normalisation of every field of an ``Article``.
    """
    # Most lines are normal already: their only white space is single spaces
    # between words (``isprintable`` is false for every other white space and
    # for the zero-width characters).
    stripped = text.strip(" ")
    if stripped.isprintable() and "  " not in stripped:
        return stripped
    if not text.isascii():
        text = _ZERO_WIDTH.sub("", text)
    return " ".join(text.split())


class Line(NamedTuple):
    """One line of the source.

    ``number`` is 1-based; ``start``/``end`` delimit the line's text in the
    source, without its line ending, which is kept in ``ending`` ("" for a last
    line with none). ``text`` is the normalised text without the bullet marker,
    which is in ``bullet``; ``indent`` counts leading white space (a tab as 4).
    A row of a table pasted with tabs between its cells ("Headline<TAB>Ana
    Ruiz<TAB>4 May 2021") is a line a cell, with the same ``number``.
    """

    number: int
    start: int
    end: int
    ending: str
    text: str
    indent: int = 0
    bullet: str | None = None
    #: Where the line starts in its source line when it is one cell of a table's
    #: row (tabs part the cells of a table pasted from a page), else ``None``.
    column: int | None = None

    @property
    def blank(self) -> bool:
        """Whether the line has no visible text."""
        return not self.text and self.bullet is None


def _indent(raw: str) -> int:
    """Leading white space in columns: a tab is 4, zero-width characters are 0."""
    width = 0
    for char in raw:
        if char == "\t":
            width += 4
        elif char in ZERO_WIDTH:
            continue
        elif char.isspace():
            width += 1
        else:
            break
    return width


def split_lines(source: str) -> Iterator[Line]:
    """Yield the lines of ``source`` in order, blank ones included (a table's row whole)."""
    return make_lines(source.splitlines(keepends=True), cells=False)


def _line(number: int, start: int, chunk: str, body: str) -> Line:
    """The ``Line`` of ``chunk``, one line with its ending; ``body`` is it without."""
    text = normalize(body)
    indent = 0
    bullet = None
    if text:
        if body[0].isspace() or body[0] in ZERO_WIDTH:
            indent = _indent(body)
        if text[0] in _BULLETS:
            marker = _BULLET.match(text)
            if marker is not None:
                bullet, text = marker.group(1), text[marker.end() :]
    ending = chunk[len(body) :]
    # tuple.__new__ skips the generated __new__ and its defaults: one per line
    return tuple.__new__(
        Line, (number, start, start + len(body), ending, text, indent, bullet, None)
    )


def _tabbed(body: str) -> bool:
    """Whether a line may be a table's row: a tab between two of its visible
    characters. Tabs before or after the text are indentation and trailing white
    space, and a tab after a bullet or an item's number ("•<TAB>Headline",
    "2.<TAB>Headline") sets a list's item apart."""
    return "\t" in body.strip() and _LIST_MARKER.match(body) is None


def _rows(bodies: Sequence[str], before: str = "", after: str = "") -> frozenset[int]:
    """The indices of ``bodies`` that are a table's rows: tabbed (``_tabbed``), with a
    tabbed line right above or below (``before`` and ``after``: the lines around
    ``bodies`` in the source, if any). A table has rows; a tab in a lone line
    ("Published:<TAB>4 May 2021") is only spacing."""
    found = {i for i, body in enumerate(bodies) if "\t" in body and _tabbed(body)}
    if not found:
        return frozenset()
    if _tabbed(before.rstrip(LINE_ENDINGS)):
        found.add(-1)
    if _tabbed(after.rstrip(LINE_ENDINGS)):
        found.add(len(bodies))
    return frozenset(
        i for i in found if 0 <= i < len(bodies) and (i - 1 in found or i + 1 in found)
    )


def _cells(number: int, start: int, chunk: str, body: str) -> list[Line] | None:
    """The cells of a table's row (``_rows``), a ``Line`` each, or ``None`` where fewer
    than two of them hold text."""
    cells: list[Line] = []
    at = 0
    for part in body.split("\t"):
        text = normalize(part)
        if text:
            lead = len(part) - len(part.lstrip())
            cell_start = start + at + lead
            cell_end = start + at + len(part.rstrip())
            indent = _indent(body) if not cells else 0
            cells.append(
                tuple.__new__(
                    Line, (number, cell_start, cell_end, "", text, indent, None, at + lead)
                )
            )
        at += len(part) + 1
    if len(cells) < 2:
        return None
    last = cells[-1]
    cells[-1] = last._replace(ending=chunk[len(body) :])
    return cells


def make_lines(
    chunks: Iterable[str], offset: int = 0, first: int = 1, *, cells: bool = True
) -> Iterator[Line]:
    """Yield a ``Line`` for each of ``chunks`` (one line each, with its ending).

    ``offset`` and ``first`` (a line number) are where the first of them stands in the whole
    source, so a listing read a window at a time keeps its true offsets. A
    table's row (two lines or more in a row with tabs between their text) gives
    a ``Line`` for each cell, unless ``cells`` is false.
    """
    rows: frozenset[int] = frozenset()
    if cells:  # the rows need the lines around them; without cells, chunks stream
        chunks = list(chunks)
        rows = _rows([chunk.rstrip(LINE_ENDINGS) for chunk in chunks])
    for i, chunk in enumerate(chunks):
        # A chunk holds one line, so its line-ending characters are its ending.
        number, body = first + i, chunk.rstrip(LINE_ENDINGS)
        row = _cells(number, offset, chunk, body) if i in rows else None
        if row is not None:
            yield from row
        else:
            yield _line(number, offset, chunk, body)
        offset += len(chunk)


def visible_lines(
    chunks: Sequence[str],
    offset: int = 0,
    first: int = 1,
    *,
    cells: bool = True,
    before: str = "",
    after: str = "",
    counted: int = 0,
) -> list[Line]:
    """The non-blank lines of ``chunks`` (one line each, with its ending).

    They are the lines ``make_lines`` makes, blank ones left out: the gaps in
    the line numbers show where they stood. ``offset``, ``first`` and
    ``cells`` are as for ``make_lines``; ``before`` and ``after`` are the
    source's lines around ``chunks`` (a window of it), which tell whether a
    tabbed line at its top or bottom belongs to a table; ``counted`` is the
    number of the last item of a numbered list above them (0 for none).
    """
    bodies = [chunk.rstrip(LINE_ENDINGS) for chunk in chunks]
    starts = list(accumulate(map(len, chunks), initial=offset))
    rows = _rows(bodies, before, after) if cells else frozenset()
    new = tuple.__new__
    lines = []
    for i in compress(range(len(bodies)), bodies):  # the lines with any text
        body = bodies[i]
        if (
            body[0] not in _PLAIN_NOT_FIRST
            and body[-1] != " "
            and body.isprintable()
            and "  " not in body
        ):
            # Most lines: normalize leaves them as they are, no indent, no bullet.
            start = starts[i]
            ending = chunks[i][len(body) :]
            lines.append(
                new(Line, (first + i, start, start + len(body), ending, body, 0, None, None))
            )
            continue
        row = _cells(first + i, starts[i], chunks[i], body) if i in rows else None
        if row is not None:
            lines += row
            continue
        line = _line(first + i, starts[i], chunks[i], body)
        if line.text or line.bullet is not None:
            lines.append(line)
    return _numbered(lines, counted)


#: An item's number opening its line: "1. ", "12) ".
_ITEM_NUMBER = regex.compile(r"(\d{1,2})[.)] (?=\S)")
#: The fewest items numbered one after another that make a numbered list.
_NUMBERED_MIN = 3


def _numbered(lines: list[Line], counted: int = 0) -> list[Line]:
    """``lines`` with the numbers of a numbered list's items set aside as bullets.

    Lines opening with "1. ", "2. ", "3. " (three at least, each number one
    more than the last numbered line's, or going on from item ``counted`` of
    a list above) are a list's items: "1. Nurses strike again" is the
    headline "Nurses strike again". A single "2. Bundesliga: …" keeps its
    number. Nor does a date written with its day's number first: "1. Januar 1995",
    "2. Januar 1995", "3. Januar 1995" are dates, no list.
    """
    numbered = [
        (k, int(found.group(1)), found.end())
        for k, line in enumerate(lines)
        if line.text[:1].isdigit()
        and line.bullet is None
        and (found := _ITEM_NUMBER.match(line.text)) is not None
        and not is_date(line.text)
    ]
    if not numbered or (len(numbered) < _NUMBERED_MIN and not counted):
        return lines
    runs: list[list[tuple[int, int, int]]] = []  # items numbered one after another
    for item in numbered:
        if not runs or item[1] != runs[-1][-1][1] + 1:
            runs.append([])
        runs[-1].append(item)
    for n, run in enumerate(runs):
        # The first run may go on from the list above: "3. …" under "1. …", "2. …".
        if len(run) >= _NUMBERED_MIN or (n == 0 and counted and run[0][1] == counted + 1):
            for k, _, end in run:
                text = lines[k].text
                lines[k] = lines[k]._replace(text=text[end:], bullet=text[: end - 1])
    return lines
