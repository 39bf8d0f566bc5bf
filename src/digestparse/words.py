"""Word bags: the cheap test that spares a line the patterns it cannot match.

A photo credit needs one word of a known list somewhere in the line
("Photo", "Flickr"). ``bag`` cuts the lower-cased
line once, at white space and at every character a word is stripped of, and
``gate`` cuts a word list the same way; a line whose bag shares no word with
a list's gate cannot match the list's pattern, and is not tried.

A bag is a superset test, never a decision: a word of the list that holds a
cutting character ("aujourd'hui", "flickr.com") is represented in the gate by
its pieces, so cutting finer than a pattern reads can only let more lines
through to the pattern, never fewer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["CUTS", "bag", "gate"]

#: Where a bag cuts, besides white space: the punctuation that may touch a word.
CUTS = "\"'“”‘’«»()[]{}.,;:!?|-–—/·"

_CUT = re.compile("[" + re.escape(CUTS) + "]")


def bag(lower: str) -> list[str]:
    """The words of an already lower-cased text, cut at white space and at ``CUTS``.

    A list, not a set: a gate asks ``gate.isdisjoint(bag)`` once or twice, and
    building a set would cost more than those questions.
    """
    return _CUT.sub(" ", lower).split()


def gate(words: Iterable[str]) -> frozenset[str]:
    """The pieces a bag would hold for each of ``words`` (lower-cased)."""
    return frozenset(piece for word in words for piece in bag(word.lower()))
