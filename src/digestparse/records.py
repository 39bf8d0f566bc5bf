"""The records a parse produces: ``Article``, ``Digest`` and their parts.

All are frozen, slotted attrs classes. An ``Article`` cannot be built invalid:
its six text fields are ``None`` or non-empty strings, and at least one of
``headline`` and ``summary`` has visible text. Spans are kept for tracing an
article back to its source but are left out of equality, so records parsed
from two different texts compare equal when their fields do.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, overload

import attrs

from .dates import parse_date
from .errors import SchemaError
from .lexicon import TRUNCATION
from .options import Options

__all__ = ["FIELDS", "Article", "Decision", "Digest", "NoiseLine", "Role", "Span"]

#: The text fields of an ``Article``, in their canonical order.
FIELDS = ("caption", "kicker", "headline", "summary", "byline", "date")

Span = tuple[int, int]


class Role(enum.StrEnum):
    """What a line (or part of a line) is in the listing."""

    CAPTION = "caption"
    KICKER = "kicker"
    HEADLINE = "headline"
    SUMMARY = "summary"
    BYLINE = "byline"
    DATE = "date"
    DATE_HEADING = "date-heading"
    NOISE = "noise"


#: The roles that are an Article's fields, in ``FIELDS`` order (a Role is its name).
_FIELD_ROLES = tuple(Role(name) for name in FIELDS)


def _check_text(instance: Article, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise TypeError(f"Article.{attribute.name} must be str or None, not {type(value).__name__}")
    if not value:
        raise SchemaError(
            f"Article.{attribute.name} is an empty string; use None for a missing field",
            field=attribute.name,
        )


def _check_span(instance: Article, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or not 0 <= value[0] <= value[1]
    ):
        raise SchemaError(
            f"Article.span must be None or (start, end) with 0 <= start <= end, not {value!r}",
            field="span",
        )


def _text() -> Any:
    return attrs.field(default=None, validator=_check_text)


@attrs.frozen(kw_only=True)
class Article:
    """One article of a listing.

    Fields are the texts as they stand in the listing, whitespace-normalised:
    ``caption`` (image alt text or photo credit), ``kicker`` (series or section
    label above the headline), ``headline``, ``summary``, ``byline`` (the author,
    without "By") and ``date`` (as written). ``span`` is the article's
    ``(start, end)`` character range in the source; it does not take part in
    equality.
    """

    caption: str | None = _text()
    kicker: str | None = _text()
    headline: str | None = _text()
    summary: str | None = _text()
    byline: str | None = _text()
    date: str | None = _text()
    span: Span | None = attrs.field(default=None, eq=False, validator=_check_span)

    @classmethod
    def parsed(cls, fields: Mapping[Role, str], span: Span) -> Article:
        """The article a parse found: ``fields`` maps roles to the fields' texts.

        The parser makes every field a non-empty normalised text and every
        article a headline or a summary, so the checks of ``__init__`` (a
        microsecond an article) are skipped here; the property tests build
        each parsed article again through ``__init__`` to hold the parser to it.
        """
        article = object.__new__(cls)
        put = object.__setattr__  # what a frozen attrs class sets its fields with
        for role in _FIELD_ROLES:
            put(article, role, fields.get(role))
        put(article, "span", span)
        return article

    def __attrs_post_init__(self) -> None:
        if not any(text and not text.isspace() for text in (self.headline, self.summary)):
            raise SchemaError(
                "an Article needs a headline or a summary with visible text", field="headline"
            )

    @property
    def truncated(self) -> bool:
        """Whether the summary ends with a truncation marker such as ``…`` or ``[...]``."""
        return self.summary is not None and TRUNCATION.search(self.summary.rstrip()) is not None

    @property
    def published(self) -> datetime.date | None:
        """The ``date`` text as a calendar date, or ``None``.

        Relative dates ("2 days ago") and dates without a year give ``None``
        here; ``published_as_of(reference)`` resolves them.
        """
        return None if self.date is None else parse_date(self.date)

    def published_as_of(self, reference: datetime.date) -> datetime.date | None:
        """The calendar date, resolving relative dates against ``reference``.

        ``reference`` is the day the listing was copied; digestparse never
        reads the clock behind the caller's back.
        """
        return None if self.date is None else parse_date(self.date, reference=reference)

    def fields(self) -> dict[str, str | None]:
        """Return the six text fields as a dict, in canonical order."""
        return {name: getattr(self, name) for name in FIELDS}


@attrs.frozen
class NoiseLine:
    """A line that belongs to no article: page chrome, a page title, a date heading."""

    line: int
    text: str
    span: Span


@attrs.frozen
class Decision:
    """Why a line got its role: the rule that decided and its reason in words.

    ``line`` is 1-based; ``article`` is the 0-based index of the article the
    line belongs to, or ``None`` for noise. A line can carry two roles when one
    line holds two fields (a byline with its date, a caption glued to a summary).
    """

    line: int
    span: Span
    roles: tuple[Role, ...]
    rule: str
    reason: str
    article: int | None

    def __str__(self) -> str:
        where = "noise" if self.article is None else f"article {self.article}"
        roles = "+".join(self.roles)
        return f"{self.line:>5}  {roles:<16} {where:<11} {self.rule:<28} {self.reason}"


@attrs.frozen(eq=True)
class Digest(Sequence[Article]):
    """The result of ``parse``: a sequence of ``Article`` records.

    ``source`` is the exact text that was parsed, ``noise`` the lines that
    belong to no article. ``explain()`` tells, line by line, what was decided
    and why.
    """

    articles: tuple[Article, ...]
    source: str
    noise: tuple[NoiseLine, ...] = ()
    #: The ``Options`` it was parsed with (``None``: the defaults), for ``explain()``.
    options: Options | None = attrs.field(default=None, eq=False, repr=False)

    @overload
    def __getitem__(self, index: int) -> Article: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Article]: ...
    def __getitem__(self, index: int | slice) -> Article | Sequence[Article]:
        return self.articles[index]

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def explain(self) -> tuple[Decision, ...]:
        """Return, for every non-blank line, the role given, the deciding rule and why.

        ``str()`` of each ``Decision`` is one aligned line of text, so
        ``print(*digest.explain(), sep="\\n")`` shows the whole reasoning.

        The decisions are not kept by ``parse`` (they would cost more memory
        than the articles): ``explain()`` parses ``source`` again with the
        same options and keeps them this time.
        """
        from .stream import explain  # the pipeline is built on these records

        return explain(self.source, self.options or Options())
