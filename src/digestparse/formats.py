"""``dumps`` / ``loads``: records to and from JSON, JSON Lines, CSV and text.

The three data formats are lossless: ``loads(dumps(a, f), f) == a`` for every
tuple of valid articles, whatever unicode or line breaks their fields hold.

* ``json``: ``{"articles": [record, ...]}`` (with ``"noise"``, the noise
  lines' texts, when a ``Digest`` is dumped). This is the shape of the
  labelled listings, so they load too.
* ``jsonl``: one record per line.
* ``csv``: a header row, then one row per record; an empty cell is ``None``
  (a valid article never holds an empty string, so nothing is ambiguous).

A record has the six text fields, the derived ``truncated`` flag and the
``span`` (``[start, end]`` or ``null``; in CSV two columns). Batch output
(``dumps_batch``, the command line) adds ``source`` (the file a record came
from) and ``position`` (its 1-based place there); ``loads`` accepts and
checks them, and returns the articles. ``text`` is ``render``/``parse``;
``markdown`` is output only.

``loads`` checks everything and raises ``SchemaError`` naming the record
(1-based) and the field; it never returns half a result.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from .errors import DigestparseError, SchemaError, UsageError
from .feeds import Feed, dump_atom, dump_jsonfeed
from .records import FIELDS, Article, Digest
from .render import render, render_markdown

__all__ = ["FORMATS", "dumps", "dumps_batch", "loads"]

_OPTIONAL = ("truncated", "span", "source", "position")
_CSV_COLUMNS = (*FIELDS, "truncated", "span_start", "span_end")
_CSV_BATCH_COLUMNS = (*_CSV_COLUMNS, "source", "position")
#: Top-level keys a JSON document may carry besides "articles".
_DOCUMENT_KEYS = frozenset({"articles", "noise", "url", "layout", "source"})


def _record(article: Article, source: str | None = None, position: int = 0) -> dict[str, Any]:
    record: dict[str, Any] = article.fields()
    record["truncated"] = article.truncated
    record["span"] = list(article.span) if article.span is not None else None
    if source is not None:
        record["source"] = source
        record["position"] = position
    return record


def _articles(articles: Iterable[Article]) -> list[Article]:
    items = list(articles)
    for n, item in enumerate(items, start=1):
        if not isinstance(item, Article):
            raise TypeError(f"record {n}: expected an Article, got {type(item).__name__}")
    return items


def _dump_json(articles: Iterable[Article]) -> str:
    document: dict[str, Any] = {"articles": [_record(a) for a in _articles(articles)]}
    if isinstance(articles, Digest):
        document["noise"] = [line.text for line in articles.noise]
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _dump_jsonl(articles: Iterable[Article]) -> str:
    return "".join(json.dumps(_record(a), ensure_ascii=False) + "\n" for a in _articles(articles))


def _csv_row(article: Article) -> list[object]:
    span = article.span or ("", "")
    values = (v if v is not None else "" for v in article.fields().values())
    return [*values, "true" if article.truncated else "false", *span]


def _dump_csv(articles: Iterable[Article]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_CSV_COLUMNS)
    writer.writerows(_csv_row(article) for article in _articles(articles))
    return out.getvalue()


def _fail(message: str, record: int | None = None, field: str | None = None) -> SchemaError:
    where = "" if record is None else f"record {record}" + (f", field {field!r}" if field else "")
    return SchemaError(f"{where}: {message}" if where else message, record=record, field=field)


def _build(record: object, n: int) -> Article:
    """Check one decoded record and make an Article of it."""
    if not isinstance(record, Mapping):
        raise _fail(f"expected an object, got {type(record).__name__}", n)
    unknown = sorted(set(record) - set(FIELDS) - set(_OPTIONAL))
    if unknown:
        raise _fail(f"unknown field; a record has {', '.join(FIELDS + _OPTIONAL)}", n, unknown[0])
    values: dict[str, Any] = {}
    for name in FIELDS:
        if name not in record:
            raise _fail("missing (use null for an empty field)", n, name)
        value = record[name]
        if value is not None and not isinstance(value, str):
            raise _fail(f"expected a string or null, got {type(value).__name__}", n, name)
        if value == "":
            raise _fail("empty string (use null for an empty field)", n, name)
        values[name] = value
    span = record.get("span")
    if span is not None:
        if (
            not isinstance(span, list | tuple)
            or len(span) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in span)
            or not 0 <= span[0] <= span[1]
        ):
            raise _fail(
                f"expected null or [start, end] with 0 <= start <= end, got {span!r}", n, "span"
            )
        values["span"] = (span[0], span[1])
    if "source" in record and not isinstance(record["source"], str):
        raise _fail(f"expected a string, got {type(record['source']).__name__}", n, "source")
    position = record.get("position", 1)
    if isinstance(position, bool) or not isinstance(position, int) or position < 1:
        raise _fail(f"expected a whole number from 1, got {position!r}", n, "position")
    if not any(v and not v.isspace() for v in (values["headline"], values["summary"])):
        raise _fail("an article needs a headline or a summary with visible text", n, "headline")
    try:
        article = Article(**values)
    except (DigestparseError, TypeError) as exc:  # pragma: no cover - checked above
        raise _fail(str(exc), n) from exc
    truncated = record.get("truncated")
    if truncated is not None and truncated != article.truncated:
        raise _fail(f"is {truncated!r} but the summary says {article.truncated!r}", n, "truncated")
    return article


def _json_value(text: str, what: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(
            f"{what}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except RecursionError as exc:
        raise SchemaError(f"{what}: JSON nested too deeply") from exc


def _load_json(text: str) -> tuple[Article, ...]:
    document = _json_value(text, "json document")
    if isinstance(document, list):
        records = document
    elif isinstance(document, dict):
        unknown = sorted(set(document) - _DOCUMENT_KEYS)
        if unknown:
            raise SchemaError(
                f"json document: unknown key {unknown[0]!r}; expected {sorted(_DOCUMENT_KEYS)}",
                field=unknown[0],
            )
        if "articles" not in document:
            raise SchemaError("json document: missing key 'articles'", field="articles")
        records = document["articles"]
        if not isinstance(records, list):
            raise SchemaError(
                f"json document: 'articles' must be a list, got {type(records).__name__}",
                field="articles",
            )
    else:
        kind = type(document).__name__
        raise SchemaError(
            f"json document: expected an object with 'articles' or a list, got {kind}"
        )
    return tuple(_build(record, n) for n, record in enumerate(records, start=1))


def _load_jsonl(text: str) -> tuple[Article, ...]:
    articles = []
    n = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        n += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SchemaError(
                f"record {n} (line {number}): not valid JSON at column {exc.colno}: {exc.msg}",
                record=n,
            ) from exc
        except RecursionError as exc:
            raise SchemaError(
                f"record {n} (line {number}): JSON nested too deeply", record=n
            ) from exc
        articles.append(_build(record, n))
    return tuple(articles)


def _load_csv(text: str) -> tuple[Article, ...]:
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise SchemaError(f"csv: {exc}") from exc
    if not rows:
        raise SchemaError("csv: no header row; expected " + ",".join(_CSV_COLUMNS))
    header = rows[0]
    unknown = [c for c in header if c not in _CSV_BATCH_COLUMNS]
    missing = [c for c in FIELDS if c not in header]
    if unknown or missing or len(set(header)) != len(header):
        problem = (
            f"unknown column {unknown[0]!r}"
            if unknown
            else f"missing column {missing[0]!r}"
            if missing
            else "a column appears twice"
        )
        raise SchemaError(
            f"csv header: {problem}; expected {','.join(_CSV_COLUMNS)}",
            field=unknown[0] if unknown else missing[0] if missing else None,
        )
    articles = []
    for n, row in enumerate(rows[1:], start=1):
        if len(row) != len(header):
            raise _fail(f"has {len(row)} cells, the header has {len(header)}", n)
        cells = dict(zip(header, row, strict=True))
        record: dict[str, Any] = {name: cells[name] or None for name in FIELDS}
        if cells.get("truncated"):
            if cells["truncated"] not in ("true", "false"):
                raise _fail(f"expected true or false, got {cells['truncated']!r}", n, "truncated")
            record["truncated"] = cells["truncated"] == "true"
        if "source" in cells:
            record["source"] = cells["source"]
        if cells.get("position"):
            try:
                record["position"] = int(cells["position"])
            except ValueError as exc:
                raise _fail(
                    f"expected a whole number, got {cells['position']!r}", n, "position"
                ) from exc
        start, end = cells.get("span_start", ""), cells.get("span_end", "")
        if start or end:
            try:
                record["span"] = [int(start), int(end)]
            except ValueError as exc:
                raise _fail(
                    f"expected two whole numbers, got {start!r}, {end!r}", n, "span"
                ) from exc
        articles.append(_build(record, n))
    return tuple(articles)


def _load_text(text: str) -> tuple[Article, ...]:
    from .parser import parse

    return parse(text).articles


_FEEDS: dict[str, Callable[..., str]] = {"atom": dump_atom, "jsonfeed": dump_jsonfeed}

#: Format name -> (dump, load); load is None for output-only formats.
FORMATS: dict[
    str, tuple[Callable[[Iterable[Article]], str], Callable[[str], tuple[Article, ...]] | None]
] = {
    "json": (_dump_json, _load_json),
    "jsonl": (_dump_jsonl, _load_jsonl),
    "csv": (_dump_csv, _load_csv),
    "text": (render, _load_text),
    "markdown": (render_markdown, None),
    "atom": (dump_atom, None),
    "jsonfeed": (dump_jsonfeed, None),
}


def _format(
    name: object,
) -> tuple[Callable[[Iterable[Article]], str], Callable[[str], tuple[Article, ...]] | None]:
    if not isinstance(name, str) or name not in FORMATS:
        raise UsageError(f"unknown format {name!r}; expected one of {', '.join(FORMATS)}")
    return FORMATS[name]


def dumps(
    articles: Iterable[Article],
    format: str = "json",
    *,
    title: str | None = None,
    feed_id: str | None = None,
    link: str | None = None,
    reference: datetime.date | None = None,
) -> str:
    """Serialize articles (a ``Digest`` or any iterable of ``Article``) as ``format``.

    Formats: ``json``, ``jsonl``, ``csv`` (lossless), ``text`` (``render``),
    ``markdown``, ``atom`` and ``jsonfeed`` (output only). The feed formats
    take the feed's ``title``, ``feed_id`` and ``link``, and ``reference``, the
    day relative dates ("2 days ago") count from. Raises ``UsageError`` for an
    unknown format or feed options given to another format, ``TypeError``
    when an item is not an ``Article``.
    """
    dump = _format(format)[0]
    feed = Feed(title=title, feed_id=feed_id, link=link, reference=reference)
    if format in _FEEDS:
        return _FEEDS[format](_articles(articles), feed)
    if feed != Feed():
        raise UsageError(
            "title, feed_id, link and reference are options of the formats atom and jsonfeed"
        )
    return dump(articles)


def dumps_batch(
    files: Iterable[tuple[str, Sequence[Article]]],
    format: str = "jsonl",
    **feed: Any,
) -> str:
    """Serialize the articles of several files as one output.

    ``files`` pairs each source name with its articles. In ``json``, ``jsonl``
    and ``csv`` every record carries ``source`` and ``position`` (1-based);
    ``text`` and ``markdown`` put a line naming the source above each file's
    articles; ``atom`` and ``jsonfeed`` make one feed of them all, with the
    feed options of ``dumps``. ``loads`` reads the data formats back.
    """
    _format(format)
    items = [(source, _articles(articles)) for source, articles in files]
    records = [
        _record(article, source, n)
        for source, articles in items
        for n, article in enumerate(articles, start=1)
    ]
    if format == "json":
        return json.dumps({"articles": records}, ensure_ascii=False, indent=2) + "\n"
    if format == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if format == "csv":
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(_CSV_BATCH_COLUMNS)
        for source, articles in items:
            for n, article in enumerate(articles, start=1):
                writer.writerow([*_csv_row(article), source, n])
        return out.getvalue()
    if format in _FEEDS:
        return _FEEDS[format]([a for _, articles in items for a in articles], Feed(**feed))
    dump = FORMATS[format][0]
    heading = "# {}\n\n" if format == "markdown" else "==> {} <==\n\n"
    return "\n".join(heading.format(source) + dump(articles) for source, articles in items)


def loads(text: str, format: str = "json") -> tuple[Article, ...]:
    """Read articles written by ``dumps`` (or by hand) in ``format``.

    Raises ``SchemaError`` naming the record number and field when the data do
    not match, ``UsageError`` for an unknown or output-only format, and
    ``TypeError`` when ``text`` is not a ``str``.
    """
    load = _format(format)[1]
    if load is None:
        readable = ", ".join(name for name, (_, reader) in FORMATS.items() if reader)
        raise UsageError(f"format {format!r} is output only; loads reads {readable}")
    if not isinstance(text, str):
        raise TypeError(f"loads() takes a str, not {type(text).__name__}")
    return load(text)
