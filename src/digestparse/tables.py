"""Tables pasted with tabs between their cells: a row is an article, or chrome.

A browser pastes an HTML table as one line a row, its cells parted by tabs
("Headline<TAB>Written by Ana Ruiz<TAB>1412"); ``lines`` makes a line of each
cell and ``blocks`` a block of each row. The line rules read the cells as
they read any line; what a cell is *for* comes from its row, not from the
rows around it: a date opening the next row is that row's date, never the
trailing date of the row above. So the rows are kept out of the listing's
own reading (``hide_rows``: their cells count as chrome there) and each is
made an article of its own afterwards (``row_articles``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate

from .drafts import Draft, Listing
from .lexicon import COLUMN_NAMES
from .records import Role
from .rules import BYLINE, CAPTION, DATE, NOISE, SENTENCE, TITLE, Verdict
from .units import Unit

__all__ = ["ROW_RULE", "hide_rows", "row_articles", "table_rows", "whole_rows"]

#: The rule that reads a table's row as one article.
ROW_RULE = "table.row"

_HIDDEN = Verdict(NOISE, ROW_RULE, "a cell of a table's row that its article does not take")
_HEADER = Verdict(NOISE, "noise.chrome", "a table's header row: the names of its columns")
_HEADLINE = Verdict(Role.HEADLINE, ROW_RULE, "the title of a table's row: its headline")
_SUMMARY = Verdict(Role.SUMMARY, ROW_RULE, "the sentence of a table's row: its summary")
_CAPTION = Verdict(Role.CAPTION, ROW_RULE, "a photo credit in a table's row: its caption")
_BYLINE = Verdict(Role.BYLINE, ROW_RULE, "a name beside the title in a table's row: its author")
_KICKER = Verdict(Role.KICKER, ROW_RULE, "a section's label in a table's row: its kicker")


def table_rows(units: list[Unit]) -> list[list[int]]:
    """The units of each table's row (a block of cells: one source line), in order."""
    rows: list[list[int]] = []
    for k, unit in enumerate(units):
        block = unit.block
        if block.lines[0].column is None:
            continue
        if unit.first == 0:
            rows.append([k])
        elif rows:
            rows[-1].append(k)
    return rows


def hide_rows(listing: Listing, rows: list[list[int]]) -> dict[int, Verdict]:
    """Set every cell of the tables' ``rows`` (``table_rows``) aside as chrome, for the
    listing's own reading; return the verdicts the line rules gave them.

    A header row, the names of the columns ("Title<TAB>Author<TAB>Date"), is
    chrome and stays so. A row with no headline or summary of its own (an
    article's facts laid out as cells: "Ana Ruiz<TAB>4 May 2021"), or with
    two articles side by side (``_grid``), is left to the listing's reading.
    """
    if not rows or not listing.enabled(ROW_RULE):
        return {}
    units = listing.units
    hidden: dict[int, Verdict] = {}
    for row in rows:
        if (
            listing.enabled("noise.chrome")
            and len(row) >= 2
            and all(units[k].text.lower().rstrip(":") in COLUMN_NAMES for k in row)
        ):
            for k in row:
                units[k].verdict = _HEADER
            continue
        if _grid(units, row) or not any(_leads(units[k]) for k in row):
            continue
        for k in row:
            hidden[k] = units[k].verdict
            units[k].verdict = _HIDDEN
    return hidden


def _leads(unit: Unit) -> bool:
    """Whether a cell may lead its row's article: a sentence, or a title of two words
    or more that is no name and no label ("Published:")."""
    if unit.kind is SENTENCE:
        return True
    return unit.kind is TITLE and _headline(unit)


def _headline(unit: Unit) -> bool:
    """Whether a title cell may be its row's headline: two words or more, no person's
    name, no label ending with a colon."""
    f = unit.features
    return f.words >= 2 and not f.author and not unit.text.endswith(":")


#: The fewest words of a title that reads as a headline beside another in a grid.
_GRID_WORDS = 4


def _grid(units: list[Unit], row: list[int]) -> bool:
    """Whether a row holds articles side by side (a grid of teasers): two sentences,
    or two titles as long as headlines that are no names. Such a row is no one
    article: the listing reads its cells, and a line holding parts of two
    articles is read whole (``stream``)."""
    sentences = headlines = 0
    for k in row:
        unit = units[k]
        if unit.kind is SENTENCE:
            sentences += 1
        elif unit.kind is TITLE and unit.features.words >= _GRID_WORDS and not unit.features.author:
            headlines += 1
    return sentences >= 2 or headlines >= 2


def row_articles(listing: Listing, rows: list[list[int]], hidden: dict[int, Verdict]) -> None:
    """Make each table's row set aside by ``hide_rows`` an article, in order among
    the listing's others, or leave it chrome.

    Its cells, by the kind the line rules gave them: a date is the article's
    date, a byline its byline, a credit its caption, the first sentence its
    summary; of its titles, the longest that may be a headline
    (``_headline``) is the headline, a name beside it the byline, a section's
    label ("Labour", "Opinion") the kicker. The
    cells an article does not take stay in it as chrome (``whole_rows``: a
    line belongs to one article or to the noise).
    """
    if not hidden:
        return
    units = listing.units
    # An article of the listing's own reading around a row would hold the row's line:
    # read the window again with its rows whole (``stream``).
    if _inside_drafts(listing.drafts, hidden):
        listing.shared_rows = True
        return
    made = []
    for row in rows:
        if row[0] not in hidden:
            continue
        for k in row:
            units[k].verdict = hidden[k]
            listing.noise.pop(k, None)  # where the listing's own reading left it
        made.append(_row_draft(listing, row))
    if made:
        listing.drafts = sorted([*listing.drafts, *made], key=lambda draft: draft.first)


def _inside_drafts(drafts: list[Draft], units: Iterable[int]) -> bool:
    """Whether one of ``units`` stands between the first and last unit of a draft."""
    spans = sorted((draft.first, draft.last) for draft in drafts)
    firsts = [first for first, _ in spans]
    reach = list(accumulate((last for _, last in spans), max))  # the furthest last so far
    for k in units:
        i = bisect_left(firsts, k) - 1
        if i >= 0 and reach[i] > k:
            return True
    return False


def _row_draft(listing: Listing, row: list[int]) -> Draft:
    """The article of a row that ``hide_rows`` set aside (it has a cell that leads)."""
    units = listing.units
    heads = [k for k in row if units[k].kind is TITLE and _headline(units[k])]
    headline = max(heads, key=lambda k: units[k].features.words) if heads else None
    summary = next((k for k in row if units[k].kind is SENTENCE), None)
    assert headline is not None or summary is not None  # hide_rows: the row has a lead
    draft = Draft(headline, summary)
    if headline is not None:
        draft.take(headline, (Role.HEADLINE,), _HEADLINE, units[headline].text)
    if summary is not None:
        draft.take(summary, (Role.SUMMARY,), _SUMMARY, units[summary].text)
    for k in row:
        unit = units[k]
        if k in (headline, summary):
            continue
        if unit.kind in (DATE, BYLINE):
            if listing.take_fact(draft, k):
                continue
        elif unit.kind is CAPTION and not draft.has(Role.CAPTION):
            draft.take(k, (Role.CAPTION,), _CAPTION, unit.text)
            continue
        elif unit.kind is TITLE and _name(unit) and not draft.has(Role.BYLINE):
            listing.take_byline(draft, k, _BYLINE)
            continue
        elif unit.kind is TITLE and unit.features.kicker and not draft.has(Role.KICKER):
            draft.take(k, (Role.KICKER,), _KICKER, unit.text)
            continue
        listing.noise[k] = (Role.NOISE, _HIDDEN)
    return draft


def _name(unit: Unit) -> bool:
    """Whether a title cell names a person: two words at least, no section's label
    ("Labour", "Middle East")."""
    f = unit.features
    return f.author and f.words >= 2 and f.kicker is None


def whole_rows(job: Listing, rows: list[list[int]]) -> bool:
    """Give the noise among the cells of each of the tables' ``rows`` to the row's
    article, so that the line belongs to it whole ("Headline<TAB>Ana Ruiz<TAB>Hits: 1412").

    Returns whether some row holds parts of two articles.
    """
    owner, noise = job.owner, job.noise
    for cells in rows:
        owners = {owner[k] for k in cells if k in owner}
        if len(owners) > 1:
            return True
        if not owners:
            continue
        n = owners.pop()
        draft = job.drafts[n]
        for k in cells:
            if k in noise:
                role, verdict = noise.pop(k)
                draft.placed[k] = ((role,), verdict)
                draft.first, draft.last = min(draft.first, k), max(draft.last, k)
                owner[k] = n
    return False
