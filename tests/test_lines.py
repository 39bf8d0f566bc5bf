"""Lines keep exact offsets and endings; their text is the normalised view."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digestparse.blocks import split_blocks
from digestparse.lexicon import ZERO_WIDTH
from digestparse.lines import make_lines, normalize, split_lines, visible_lines


def test_every_line_ending_kind_splits_and_is_kept() -> None:
    source = "a\r\nb\rc\nd\x0be\x0cf\x1cg\x85h\u2028i\u2029j"
    lines = list(split_lines(source))
    assert [line.text for line in lines] == list("abcdefghij")
    assert [line.ending for line in lines] == [
        "\r\n",
        "\r",
        "\n",
        "\x0b",
        "\x0c",
        "\x1c",
        "\x85",
        "\u2028",
        "\u2029",
        "",
    ]
    # Offsets point into the source exactly.
    assert "".join(source[line.start : line.end] + line.ending for line in lines) == source


def test_bom_nbsp_zero_width_and_tabs_are_normalised_not_lost() -> None:
    source = "\ufeff\tStreet\u00a0Cleaners\u200b Win  \n"
    (line,) = split_lines(source)
    assert line.text == "Street Cleaners Win"
    assert source[line.start : line.end] == "\ufeff\tStreet\u00a0Cleaners\u200b Win  "
    assert line.indent == 4  # the tab; the BOM takes no room


def test_bullet_marker_is_set_aside() -> None:
    (line,) = split_lines("  • Photo Credit- Port Museum")
    assert (line.bullet, line.text, line.indent) == ("•", "Photo Credit- Port Museum", 2)
    (arrow,) = split_lines("→ Teachers Return to the Streets")  # a newsletter's items
    assert (arrow.bullet, arrow.text) == ("→", "Teachers Return to the Streets")
    (quote,) = split_lines("» Bus drivers win their pay claim")  # a CMS's list marker
    assert (quote.bullet, quote.text) == ("»", "Bus drivers win their pay claim")


@pytest.mark.parametrize(
    "text", ["-5 degrees tonight", "•", "—a dash opens this", "»Wir streiken weiter«"]
)
def test_near_miss_bullets_are_text(text: str) -> None:
    (line,) = split_lines(text)
    assert line.bullet is None and line.text == text


def test_blank_lines_are_blank() -> None:
    lines = list(split_lines("a\n \t\u00a0\u200b\n\nb"))
    assert [line.blank for line in lines] == [False, True, True, False]


def test_normalize_folds_white_space_and_drops_zero_width() -> None:
    assert normalize(" a\u00a0b\u200bc\t\nd ") == "a bc d"
    assert normalize("emoji\u200d joiner") == "emoji\u200d joiner"


def test_zero_width_characters_and_bom_take_no_indentation() -> None:
    (line,) = split_lines("\ufeff\u00a0 \u200b• Caption")
    assert (line.indent, line.bullet, line.text) == (2, "•", "Caption")


@given(st.text(st.characters(codec="utf-8")) | st.text(" \t\u00a0\u2028\x1cab\u200b", max_size=12))
def test_normalize_is_the_split_and_join_of_the_text_without_zero_width(text: str) -> None:
    # normalize skips the split where the text is normal already; the result is the same.
    bare = "".join(c for c in text if c not in ZERO_WIDTH)
    assert normalize(text) == " ".join(bare.split())


@given(
    st.text(alphabet=st.sampled_from(list("ab •-\t\u00a0\u200b\ufeff\n\r\x0c\u2028.")), max_size=80)
)
def test_visible_lines_are_the_non_blank_lines(source: str) -> None:
    chunks = source.splitlines(keepends=True)
    every = list(make_lines(chunks, 7, 3))
    assert visible_lines(chunks, 7, 3) == [line for line in every if not line.blank]
    # Blocks come out the same whether blank lines are given or only show as gaps.
    assert list(split_blocks(visible_lines(chunks))) == list(split_blocks(make_lines(chunks)))


def test_a_tables_row_is_a_line_a_cell_with_its_place_in_the_source() -> None:
    source = "Title\tAuthor\n\tDock strike ends \t\tAna  Ruiz\t\r\nplain\n"
    cells = visible_lines(source.splitlines(keepends=True))
    assert [(c.number, c.text, c.column) for c in cells] == [
        (1, "Title", 0), (1, "Author", 6),
        (2, "Dock strike ends", 1), (2, "Ana Ruiz", 20),
        (3, "plain", None),
    ]  # fmt: skip
    assert [source[c.start : c.end] for c in cells] == [
        "Title", "Author", "Dock strike ends", "Ana  Ruiz", "plain"
    ]  # fmt: skip
    # The row's ending is its last cell's; the leading tab indents its first cell.
    assert [c.ending for c in cells[2:4]] == ["", "\r\n"]
    assert (cells[2].indent, cells[3].indent) == (4, 0)
    # The same from make_lines; split_lines and cells=False keep each row whole.
    assert [c for c in make_lines(source.splitlines(keepends=True)) if not c.blank] == cells
    whole = visible_lines(source.splitlines(keepends=True), cells=False)
    assert [(line.text, line.column) for line in whole] == [
        ("Title Author", None), ("Dock strike ends Ana Ruiz", None), ("plain", None)
    ]  # fmt: skip
    assert [line.text for line in split_lines(source)] == [line.text for line in whole]


@pytest.mark.parametrize(
    "line",
    [
        "\tIndented headline", "Trailing tab\t", "\t\tBoth\t", "One cell\t\t \t", "a\u00a0b",
        # A list's item pasted from a document: a tab after its bullet or number.
        "•\tBulleted headline", "  –\tDashed headline", "2.\tNumbered headline", "b)\tItem",
    ],
)  # fmt: skip
def test_tabs_around_the_text_make_no_table_row(line: str) -> None:
    made = visible_lines([line + "\n", line + "\n"])
    assert len(made) == 2
    assert all(cell.column is None for cell in made)


def test_a_tab_in_a_lone_line_is_spacing_not_a_table() -> None:
    lone = ["Bus Drivers Walk Out\n", "Published:\t4 May 2021\n", "Next\n", "By\tAna Ruiz\n"]
    assert [line.column for line in visible_lines(lone)] == [None, None, None, None]
    assert [line.text for line in visible_lines(lone)][1] == "Published: 4 May 2021"
    # Two such lines in a row make a table of two rows.
    rows = visible_lines([*lone[1:2], *lone[3:]])
    assert [(line.number, line.column) for line in rows] == [(1, 0), (1, 11), (2, 0), (2, 3)]
    # So does a row of the source right above or below a window's lines.
    for around in ({"before": "Title\tAuthor\n"}, {"after": "Ferry\tTom Berg"}):
        assert [line.column for line in visible_lines(lone[3:], **around)] == [0, 3]
    assert [line.column for line in visible_lines(lone[3:], before="Title\n")] == [None]


def test_a_numbered_lists_numbers_are_set_aside_as_bullets() -> None:
    chunks = [
        "Most read\n",
        "1. Nurses strike again\n",
        "2. Cuts confirmed\n",
        "3) Refinery walkout\n",
    ]
    lines = visible_lines(chunks)
    assert [(line.bullet, line.text) for line in lines] == [
        (None, "Most read"),
        ("1.", "Nurses strike again"),
        ("2.", "Cuts confirmed"),
        ("3)", "Refinery walkout"),
    ]
    assert lines[1].start == len(chunks[0])  # the span still holds the number


@pytest.mark.parametrize(
    "numbers",
    [
        ["1. ", "2. "],  # two items: no list yet
        ["1. ", "3. ", "7. "],  # not one after another
        ["2. ", "Ferry ", "Bus "],  # "2. Bundesliga: …" alone keeps its number
    ],
)
def test_near_misses_of_a_numbered_list(numbers: list[str]) -> None:
    chunks = [f"{number}Headline {n}\n" for n, number in enumerate(numbers)]
    assert all(line.bullet is None for line in visible_lines(chunks))


def test_dates_with_their_days_number_first_are_no_numbered_list() -> None:
    # Found by the thorough hypothesis profile: "1. Januar 1995" lost its day.
    chunks = ["1. Januar 1995\n", "2. Januar 1995\n", "3. Januar 1995\n", "4. Mai: Demo\n"]
    lines = visible_lines(chunks)
    assert [(line.bullet, line.text) for line in lines][:3] == [
        (None, "1. Januar 1995"),
        (None, "2. Januar 1995"),
        (None, "3. Januar 1995"),
    ]
    # Near miss: items that open with a day and go on are a list's items.
    items = ["1. Mai: Demo in Berlin\n", "2. Mai: Streik\n", "3. Mai: Kundgebung\n"]
    assert [line.bullet for line in visible_lines(items)] == ["1.", "2.", "3."]


def test_a_numbered_list_goes_on_from_the_window_above() -> None:
    chunks = ["3. Refinery walkout\n", "Summary of it.\n", "4. Ferry fares rise\n"]
    assert [line.bullet for line in visible_lines(chunks, counted=2)] == ["3.", None, "4."]
    # Near misses: no list above, or one that ended at another number.
    assert all(line.bullet is None for line in visible_lines(chunks))
    assert all(line.bullet is None for line in visible_lines(chunks, counted=5))
