"""Blocks: runs of non-blank lines; bulleted items span their indented blocks."""

from __future__ import annotations

from digestparse.blocks import split_blocks
from digestparse.lines import split_lines, visible_lines


def blocks(text: str) -> list[tuple[list[str], int | None, bool]]:
    return [
        ([line.text for line in b.lines], b.item, b.item_start)
        for b in split_blocks(split_lines(text))
    ]


def test_blank_lines_separate_blocks() -> None:
    assert [b[0] for b in blocks("a\nb\n\n\n c\n")] == [["a", "b"], ["c"]]


def test_a_paragraph_separator_ends_a_block_as_a_blank_line_does() -> None:
    assert [b[0] for b in blocks("a\u2028b\u2029c\u2028d")] == [["a", "b"], ["c", "d"]]


def test_bulleted_item_spans_its_indented_blocks() -> None:
    text = "Title\n\n  • Caption\n\n    Headline\n\n    Summary.\n\n  • Next caption\n\n    Next\n\nOutside"
    assert blocks(text) == [
        (["Title"], None, False),
        (["Caption"], 0, True),
        (["Headline"], 0, False),
        (["Summary."], 0, False),
        (["Next caption"], 1, True),
        (["Next"], 1, False),
        (["Outside"], None, False),
    ]


def test_a_bullet_starts_a_new_block_even_without_a_blank_line() -> None:
    assert [b[0] for b in blocks("• one\n• two\ncontinued")] == [["one"], ["two", "continued"]]


def test_a_tables_row_is_a_block_of_its_own() -> None:
    text = (
        "Archive\nTitle\tAuthor\nDock strike ends\tAna Ruiz\nFerry fares rise\tTom Berg\nPage 1\n"
    )
    made = [
        [line.text for line in b.lines] for b in split_blocks(visible_lines(text.splitlines(True)))
    ]
    assert made == [
        ["Archive"], ["Title", "Author"], ["Dock strike ends", "Ana Ruiz"],
        ["Ferry fares rise", "Tom Berg"], ["Page 1"],
    ]  # fmt: skip
