r"""Case-insensitive patterns, run fast: ``re`` on the lower-cased text.

The heuristics' patterns are long alternations of words (months, weekdays,
credit words, byline markers in several languages). ``regex`` with
IGNORECASE takes three to five times longer to find or rule them out than
``re`` takes on the lower-cased text, and they run on most lines. A
``Caseless`` pattern holds no capital letters and matches the lower-cased
text; where lower-casing changes a text's length ("İ" becomes two
characters) offsets would not carry over, and ``re`` with IGNORECASE reads
the text itself. Groups are always cut from the text as given.

On the characters listings are written in, this finds what ``regex`` with
IGNORECASE found before (a test draws texts to check it). On unusual ones
(combining marks, "¼", U+001C-U+001F) ``re``'s idea of a word character and
a space applies, which differs from ``regex``'s, and "ı" and "ſ" no longer
match "i" and "s".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["Caseless", "Found", "alternation"]


class Found:
    """Where a ``Caseless`` pattern matched, with groups cut from the original text."""

    __slots__ = ("_match", "_text")

    def __init__(self, text: str, match: re.Match[str]) -> None:
        self._text = text
        self._match = match

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._match.span(group)

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group)

    def group(self, group: int | str = 0) -> str | None:
        """The group's text as given (``None`` when the group took no part)."""
        start, end = self._match.span(group)
        return None if start < 0 else self._text[start:end]


class Caseless:
    """A pattern matched without regard to case; see the module docstring.

    ``match``, ``search``, ``fullmatch`` and ``split`` take the text's
    lower-cased form as ``lower`` when the caller has it already.
    """

    def __init__(self, pattern: str, *, verbose: bool = False) -> None:
        flags = re.VERBOSE if verbose else 0
        self.fast = re.compile(pattern, flags)
        self.folded = re.compile(pattern, flags | re.IGNORECASE)

    def _run(
        self, method: str, text: str, pos: int, endpos: int | None, lower: str | None
    ) -> Found | None:
        if lower is None:
            lower = text.lower()
        end = len(text) if endpos is None else endpos
        if len(lower) == len(text):
            match = getattr(self.fast, method)(lower, pos, end)
        else:
            match = getattr(self.folded, method)(text, pos, end)
        return None if match is None else Found(text, match)

    def match(
        self, text: str, pos: int = 0, endpos: int | None = None, *, lower: str | None = None
    ) -> Found | None:
        return self._run("match", text, pos, endpos, lower)

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None, *, lower: str | None = None
    ) -> Found | None:
        return self._run("search", text, pos, endpos, lower)

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int | None = None, *, lower: str | None = None
    ) -> Found | None:
        return self._run("fullmatch", text, pos, endpos, lower)

    def split(self, text: str, *, lower: str | None = None) -> list[str]:
        """The pieces of ``text`` between the matches, as ``re.split`` cuts them.

        For a pattern with no groups that cannot match an empty text.
        """
        if lower is None:
            lower = text.lower()
        found = self.fast.finditer(lower) if len(lower) == len(text) else self.folded.finditer(text)
        pieces, at = [], 0
        for match in found:
            pieces.append(text[at : match.start()])
            at = match.end()
        pieces.append(text[at:])
        return pieces


def alternation(words: Iterable[str]) -> str:
    """A pattern for any of ``words``, longest first, written as a trie.

    ``"mar|mars|march"`` becomes ``"mar(?:ch|s)?"``: at each place the engine
    follows the one branch the next character allows instead of trying every
    word in turn, which is what makes the date patterns cheap to search. The
    words a text could match at one place are prefixes of each other, and the
    trie tries the longer before the shorter, so it prefers what a flat
    alternation sorted longest first prefers.
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict[str, dict[str, Any]]) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if "" in node else group
