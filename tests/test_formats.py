"""dumps/loads: lossless formats, and refusals that name record and field."""

from __future__ import annotations

import json

import pytest

import digestparse
from digestparse import Article, SchemaError, UsageError, dumps, loads

ARTICLES = (
    Article(
        caption="Cranes",
        headline="Dock Workers Strike",
        summary="They walked out […]",
        span=(0, 40),
    ),
    Article(
        summary='Line one\nline two, "quoted", and a comma', byline="Ana Ruiz", date="2 days ago"
    ),
)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_lossless(fmt: str) -> None:
    assert loads(dumps(ARTICLES, fmt), fmt) == ARTICLES
    assert loads(dumps((), fmt), fmt) == ()


def test_json_shape_matches_the_labelled_listings() -> None:
    document = json.loads(dumps(ARTICLES, "json"))
    assert list(document) == ["articles"]
    assert document["articles"][0] == {
        "caption": "Cranes",
        "kicker": None,
        "headline": "Dock Workers Strike",
        "summary": "They walked out […]",
        "byline": None,
        "date": None,
        "truncated": True,
        "span": [0, 40],
    }


def test_json_of_a_digest_carries_its_noise() -> None:
    digest = digestparse.parse(
        "Latest\n\nBus Drivers Walk Out\n\nDrivers stopped work on Monday after talks.\n"
    )
    assert json.loads(dumps(digest, "json"))["noise"] == ["Latest"]


def test_csv_has_a_header_and_empty_cells_for_none() -> None:
    lines = dumps(ARTICLES, "csv").splitlines()
    assert lines[0] == "caption,kicker,headline,summary,byline,date,truncated,span_start,span_end"
    assert lines[1] == "Cranes,,Dock Workers Strike,They walked out […],,,true,0,40"


def test_text_and_markdown() -> None:
    assert loads(dumps(ARTICLES[:1], "text"), "text") == ARTICLES[:1]
    markdown = dumps(ARTICLES, "markdown")
    assert "## Dock Workers Strike" in markdown and "*By Ana Ruiz · 2 days ago*" in markdown
    with pytest.raises(UsageError, match="output only"):
        loads(markdown, "markdown")


def test_unknown_format() -> None:
    with pytest.raises(UsageError, match="unknown format 'xml'; expected one of json, jsonl, csv"):
        dumps(ARTICLES, "xml")


def test_dumps_refuses_what_is_not_an_article() -> None:
    with pytest.raises(TypeError, match="record 2: expected an Article, got dict"):
        dumps([ARTICLES[0], {"headline": "x"}], "json")  # type: ignore[list-item]


GOOD = {
    "caption": None,
    "kicker": None,
    "headline": "H",
    "summary": None,
    "byline": None,
    "date": None,
}


@pytest.mark.parametrize(
    ("records", "record", "field", "message"),
    [
        ([GOOD, {**GOOD, "headline": 42}], 2, "headline", "expected a string or null, got int"),
        ([{k: v for k, v in GOOD.items() if k != "date"}], 1, "date", "missing"),
        ([{**GOOD, "author": "x"}], 1, "author", "unknown field"),
        ([GOOD, GOOD, {**GOOD, "headline": None}], 3, "headline", "needs a headline or a summary"),
        ([{**GOOD, "kicker": ""}], 1, "kicker", "empty string"),
        ([{**GOOD, "span": [5, 1]}], 1, "span", "0 <= start <= end"),
        ([{**GOOD, "truncated": True}], 1, "truncated", "summary says False"),
        (["not an object"], 1, None, "expected an object, got str"),
    ],
)
def test_bad_records_name_record_and_field(
    records: list[object], record: int, field: str | None, message: str
) -> None:
    for fmt, text in (
        ("json", json.dumps({"articles": records})),
        ("jsonl", "\n".join(json.dumps(r) for r in records)),
    ):
        with pytest.raises(SchemaError, match=message) as info:
            loads(text, fmt)
        assert (info.value.record, info.value.field) == (record, field)
        assert f"record {record}" in str(info.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"articles": [', "not valid JSON at line 1, column 15"),
        ("[1, 2", "not valid JSON"),
        ('"just a string"', "expected an object with 'articles' or a list"),
        ('{"records": []}', "unknown key 'records'"),
        ('{"url": null}', "missing key 'articles'"),
        ('{"articles": {}}', "'articles' must be a list"),
    ],
)
def test_bad_json_documents(text: str, message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        loads(text, "json")


def test_bad_jsonl_line_names_record_and_line() -> None:
    with pytest.raises(SchemaError, match="record 2 \\(line 3\\): not valid JSON") as info:
        loads(json.dumps(GOOD) + "\n\n{oops\n", "jsonl")
    assert info.value.record == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no header row"),
        ("caption,kicker,headline,summary,byline\r\n", "missing column 'date'"),
        ("caption,kicker,headline,summary,byline,date,author\r\n", "unknown column 'author'"),
        (
            "caption,kicker,headline,summary,byline,date\r\n,,H,,,\r\n,,H,\r\n",
            "record 2: has 4 cells, the header has 6",
        ),
        (
            "caption,kicker,headline,summary,byline,date,truncated\r\n,,H,,,,maybe\r\n",
            "record 1, field 'truncated'",
        ),
        (
            "caption,kicker,headline,summary,byline,date,span_start,span_end\r\n,,H,,,,a,b\r\n",
            "field 'span'",
        ),
        ("caption,kicker,headline,summary,byline,date\r\n,,,,,\r\n", "record 1, field 'headline'"),
    ],
)
def test_bad_csv(text: str, message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        loads(text, "csv")


def test_loads_refuses_non_text() -> None:
    with pytest.raises(TypeError, match="takes a str"):
        loads(b"[]", "json")  # type: ignore[arg-type]
