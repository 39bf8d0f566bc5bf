"""``Options``: the heuristics' knobs, with defaults that fit layouts A-M."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from .errors import UsageError

__all__ = ["Options"]


def _positive(instance: Options, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise UsageError(
            f"Options.{attribute.name} must be a positive int, not {value!r}",
        )


def _mode(instance: Options, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in ("auto", "heading", "trailer"):
        raise UsageError(
            f"Options.date_headings must be 'auto', 'heading' or 'trailer', not {value!r}",
        )


def _rule_names(instance: Options, attribute: attrs.Attribute[Any], value: object) -> None:
    from .rules import RULE_NAMES  # rules read Options; the check needs the names

    if not isinstance(value, frozenset) or not all(isinstance(v, str) for v in value):
        raise UsageError("Options.disabled_rules must be a frozenset of rule names")
    unknown = sorted(value - RULE_NAMES)
    if unknown:
        raise UsageError(
            f"Options.disabled_rules names unknown rules {unknown}; "
            f"known rules: {', '.join(sorted(RULE_NAMES))}",
        )


def _positive_int(default: int) -> Any:
    return attrs.field(default=default, validator=_positive)


@attrs.frozen(kw_only=True)
class Options:
    """Thresholds and switches of the heuristics.

    ``sentence_min_words``: a line ending in a full stop with at least this
    many words reads as a summary. ``long_line_words``: a line this long reads
    as a summary even without a full stop. ``truncated_min_words``: the same
    for a line ending in a truncation marker. ``name_max_words``: how many words
    one author's name may have. ``glued_caption_max_words``: the longest caption
    looked for glued to the start of a summary (layout L). ``teaser_min_words``:
    how long a line without a full stop must be to read as a teaser under a
    headline when nothing sentence-like follows.
    ``date_headings``: whether a date standing alone between articles dates the
    articles below it (``"heading"``), the one above (``"trailer"``), or, with
    ``"auto"``, whichever the listing shows: headings when a date stands above
    the first article. ``disabled_rules``: names of rules to skip (see
    ``digestparse.rules.RULE_NAMES``).
    """

    sentence_min_words: int = _positive_int(6)
    long_line_words: int = _positive_int(20)
    truncated_min_words: int = _positive_int(4)
    name_max_words: int = _positive_int(4)
    glued_caption_max_words: int = _positive_int(16)
    teaser_min_words: int = _positive_int(8)
    date_headings: Literal["auto", "heading", "trailer"] = attrs.field(
        default="auto", validator=_mode
    )
    disabled_rules: frozenset[str] = attrs.field(
        default=frozenset(), converter=frozenset, validator=_rule_names
    )
