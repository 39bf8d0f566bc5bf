"""Lines -> blocks: runs of non-blank lines between blank ones.

A block is the unit a browser makes of one HTML paragraph or list item. Its
position in the listing carries meaning: a caption glued to a headline shares
its block, a caption that is a list item's first block stands alone under a
bullet. A bullet opens an *item* that runs over the following, further
indented blocks, so the heuristics can ask "is this the first block of an item?".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from .features import is_name
from .lines import Line

__all__ = ["Block", "split_blocks"]


@attrs.define
class Block:
    """Consecutive non-blank lines.

    ``index`` counts blocks from 0. ``item`` is the index of the bulleted item
    the block belongs to (``None`` outside bulleted items); ``item_start`` tells
    whether the block opens that item (its first line carries the bullet).
    Not frozen: a frozen attrs class sets its fields through
    ``object.__setattr__``, three times slower, and one block is made for
    nearly every line of a listing.
    """

    index: int
    lines: tuple[Line, ...]
    item: int | None = None
    item_start: bool = False

    @property
    def indent(self) -> int:
        """Indentation of the block's first line."""
        return self.lines[0].indent


def split_blocks(lines: Iterable[Line]) -> Iterator[Block]:
    """Group non-blank lines into blocks; a bulleted line also starts a block.

    A blank line between two lines ends a block, whether it is among
    ``lines`` or only shows as a gap in their numbers (``visible_lines``); so
    does a paragraph separator (U+2029) ending a line.
    The cells of a table's row make a block of their own. An en dash before a
    name right under a sentence is a sign-off, no bullet: its line goes on
    with the block, the dash kept in its text ("– Derek Oyelaran").
    """
    runs: list[list[Line]] = []
    after = 0  # the number a line continuing the last run would have
    row = False  # whether the last run is a table's row
    last = ""  # the text of the line before, if the run goes on from it
    for line in lines:
        if not line.text and line.bullet is None:  # blank (``Line.blank``, inlined)
            continue
        if line.bullet is not None and _signs_off(line, last if line.number == after else ""):
            # A dash before a name right under a sentence signs it: "… of them." /
            # "– Derek Oyelaran", no list's item.
            line = line._replace(text=f"{line.bullet} {line.text}", bullet=None)
        last = line.text
        if line.column is not None:  # a cell: a row's cells make a block of their own
            if row and line.number == after - 1:
                runs[-1].append(line)
            else:
                runs.append([line])
            row = True
        elif runs and line.number == after and line.bullet is None and not row:
            runs[-1].append(line)
        else:
            runs.append([line])
            row = False
        # A paragraph separator (U+2029) ends its paragraph as a blank line would.
        after = line.number + 1 if line.ending != "\u2029" else 0
    item: int | None = None
    item_indent = 0
    items = 0
    for index, run in enumerate(runs):
        first = run[0]
        starts = first.bullet is not None
        if starts:
            item, item_indent, items = items, first.indent, items + 1
        elif item is not None and first.indent <= item_indent:
            item = None
        yield Block(index, tuple(run), item, starts)


#: The dash a sign-off opens with that also marks a list's items (a hyphen
#: marks items only: "- Ana Ruiz" is no byline's marker).
_SIGN_OFF_DASHES = frozenset("–")
#: How the sentence a sign-off stands under ends.
_SENTENCE_ENDS = (".", "!", "?", "…", "”", "»", '"')


def _signs_off(line: Line, above: str) -> bool:
    """Whether dash-marked ``line`` is a name signing the sentence ``above`` it."""
    return (
        line.bullet in _SIGN_OFF_DASHES
        and above.endswith(_SENTENCE_ENDS)
        and is_name(line.text.partition(",")[0])
    )
