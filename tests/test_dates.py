"""Dates in the shapes of SPEC 2.I, whole lines and at the ends of bylines."""

from __future__ import annotations

import pytest

import digestparse
from digestparse.dates import find_date, is_date, strip_date_label
from digestparse.features import Features


@pytest.mark.parametrize(
    "text",
    [
        "March 31, 2016",
        "Thursday, 25 August 2016",
        "MARCH 31. 2025",
        "2016-03-31",
        "31.03.2016",
        "onsdag 15 september 2021",
        "2 days ago",
        "2h ago",
        "3d ago",
        "4h",  # an age alone on its line, as a feed prints it under a headline
        "Last modified on Sun 29 Nov 2026 10.32 GMT",
        "12 hrs",
        "5 mins ago",
        "15 de marzo de 2021",
        "15. März 2021",
        "le 3 mars 2021",
        "quarta-feira, 15 de setembro de 2021",
        "hace 3 horas",
        "il y a 2 jours",
        "vor 3 Tagen",
        "há 2 dias",
        "Mar. 4, 2019 at 10:30 am",
        "Published: March 4, 2019",
        "News | 2 days ago",
        "2019-03-04T10:32:00Z",
        "2019-03-04 10:32",
        "Mar 4, 2019 · 5 min read",
        "Lectura de 5 min · 4 de marzo de 2019",
        "Yesterday",
        "Just now",
        "News | just now",
        "30 de noviembre de 2026 a las 10:32",  # "a las" in a verbose pattern
        "publicado el 30 de noviembre de 2026 a las 10:32",
        "Education · 2h",
        "News | 3w",
        # When it was last changed, after the date: the first date is the article's.
        "30/11/2026 - 10:32 | Atualizado em 30/11/2026 - 14:05",
        "March 4, 2019, updated March 5, 2019",
        "4 mars 2019 · Mis à jour le 5 mars 2019",
        "1er mars 2021",
        # Abbreviated weekdays, an hour alone, day-month-year with dashes.
        "Mié, 30/03/2016 - 10:42",
        "jeu. 30 mars 2016",
        "Seg, 30/03/2016",
        "30/03/2016 às 10h",
        "30-Mar-2016",
        # Labels of a page's edits: "Last updated on", "Stand:", "Erschienen am".
        "Last updated on March 4, 2019",
        "Originally published March 4, 2019",
        "Stand: 04.03.2019 10:32 Uhr",
        "Erschienen am 04.03.2019",
        "Actualizado el 4 de marzo de 2019",
        # A unit abbreviated after "hace", "il y a", "vor".
        "hace 3 h",
        "il y a 3 h",
        "vor 2 Std.",
        "há 2 d",
        # An age counted back with "atrás" (Portuguese, Spanish); a time after a bullet.
        "3 horas atrás",
        "uma semana atrás",
        "2 días atrás",
        "30 November 2026 • 10:45",
        "30.11.2026 • 10:45 Uhr",
        "Modified: 2 Dec 2026",
        "Modified on 2 December 2026",
    ],
)
def test_dates(text: str) -> None:
    assert is_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "May Day Rally",
        "March on Washington",
        "10 Years of the Blockade",
        "Left Voice",
        "2016",
        "Page 2 of 10",
        "2h x",  # an age without "ago" is the whole line, or follows a separator
        "10h news",
        "Sam Smith",  # a weekday's abbreviation and a name
        "Dom Joly",
        "Stand with the Dockers",  # a label's word, no date after it
        "hace 3 hermanos",  # an abbreviated unit is a whole word
        "vor 3 Stufen",
        "Last updated",
        "Now",  # "now" only after "just"
        "March 4, 2019 updated",  # an update's label with no date after it
        "Right now",
        "Dez anos atrás",  # "atrás" after a count and a unit only
        "Modified Genes Spread",  # a label's word, no date after it
    ],
)
def test_near_miss_dates(text: str) -> None:
    assert not is_date(text)


def test_label_is_not_part_of_the_date() -> None:
    assert strip_date_label("Published: March 4, 2019") == "March 4, 2019"
    assert strip_date_label("Last updated on March 4, 2019") == "March 4, 2019"
    assert strip_date_label("Business | March 5, 2019") == "March 5, 2019"
    assert strip_date_label("Mar 4, 2019 · 5 min read") == "Mar 4, 2019"
    assert strip_date_label("45 min · March 4, 2024") == "March 4, 2024"  # an episode's length
    # The date it was published, not the one it was last changed.
    assert strip_date_label("March 4, 2019 | Updated March 5, 2019") == "March 4, 2019"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # The sections a post was filed in, after its date or before it.
        ("4 March 2019 in Labour", "4 March 2019"),
        ("Posted on March 4, 2019 in News, Politics", "March 4, 2019"),
        ("4 March 2019 in Housing | 3 Comments", "4 March 2019"),
        ("4 March 2019 | Labour", "4 March 2019"),
        ("4 de marzo de 2019 en Política", "4 de marzo de 2019"),
        ("Posted in Housing on 12 October 2026", "12 October 2026"),
        ("Filed under Local news, Rent on March 4, 2019", "March 4, 2019"),
        ("Publié dans Société le 12 octobre 2026", "12 octobre 2026"),
        ("Veröffentlicht in Politik am 12.10.2026", "12.10.2026"),
        ("Publicado en Política el 12 de octubre de 2026", "12 de octubre de 2026"),
        # A date line in brackets.
        ("(Dec 01, 2026)", "Dec 01, 2026"),
        ("[4 March 2019]", "4 March 2019"),
        ("(Published: 4 March 2019)", "4 March 2019"),
        # Issue numbers before the date; the update's time of day after it.
        ("Issue #42 — March 4, 2024", "March 4, 2024"),
        ("Publié le 12 mars 2024 à 14h35, mis à jour à 16h02", "12 mars 2024 à 14h35"),
        ("March 4, 2019, updated 16:02", "March 4, 2019"),
        # How long ago that was, in brackets after it.
        ("Published 4 March 2024 (3 hours 12 minutes ago)", "4 March 2024"),
        ("4 de marzo de 2024 (hace 3 horas)", "4 de marzo de 2024"),
    ],
)
def test_what_may_stand_around_a_whole_date(text: str, date: str) -> None:
    assert is_date(text)
    assert strip_date_label(text) == date


@pytest.mark.parametrize(
    "text",
    [
        # No section the lexicon knows after the date.
        "4 March 2019 in London",
        "Yesterday in Parliament",
        "4 March 2019 in Labour we trust",
        # Sections before the date: none, too many words, no "in" or "under".
        "Posted in Housing",
        "Posted in a list of sections too long to be one on 12 October 2026",
        "Posted in Housing yesterday on 12 October 2026 | a | b",
        "Posted to Housing on 12 October 2026",
        # Brackets that do not close, or close another kind, or hold no date.
        "(Dec 01, 2026",
        "Dec 01, 2026)",
        "(Dec 01, 2026]",
        "(the budget of 2026)",
        # Brackets after a date that hold no age.
        "4 March 2024 (3 hours of talks)",
        "March 4 (Reuters)",
    ],
)
def test_near_misses_of_what_may_stand_around_a_date(text: str) -> None:
    assert not is_date(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Written by Francesco Merli Thursday, 25 August 2016", "Thursday, 25 August 2016"),
        ("By Ana Ruiz | March 4, 2019", "March 4, 2019"),
        ("March 4, 2019 by Ana Ruiz", "March 4, 2019"),
        ("Ana Ruiz - 2 days ago", "2 days ago"),
        # An age without "ago" only after a separator: "UK · 2h", "@anaruiz · 3d".
        ("UK · 2h", "2h"),
        ("@anaruiz · 3d", "3d"),
        ("Ana Ruiz | 5 hrs", "5 hrs"),
    ],
)
def test_find_date_at_either_end(text: str, date: str) -> None:
    found = find_date(text)
    assert found is not None and found[1] == date


def test_no_date_inside_a_headline() -> None:
    assert find_date("The Growth of Canadian Marxism 2016") is None


@pytest.mark.parametrize(
    "text", ["Runtime: 2h", "The 24h", "UK · 2hx", "Score · 3-2", "Le Mans 24h"]
)
def test_near_misses_an_age_without_ago_needs_a_separator_before_it(text: str) -> None:
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("le 30 novembre 2026", "30 novembre 2026"),
        ("am 3. März 2026", "3. März 2026"),
        ("Publicado el 3 de marzo de 2026", "3 de marzo de 2026"),
        # After a weekday the article is the date's own.
        ("Sunday the 3rd of March, 2026", "Sunday the 3rd of March, 2026"),
        ("Dimanche le 3 mars 2026", "Dimanche le 3 mars 2026"),
    ],
)
def test_an_article_opening_a_date_is_not_its_value(text: str, date: str) -> None:
    assert strip_date_label(text) == date
    assert Features(text).date_text == date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("12 April 2024 | Latin America", "12 April 2024"),  # a desk files under a region
        ("3 May 2025 · Middle East", "3 May 2025"),
        ("15.03.2024 | Berlin", "15.03.2024"),  # a city's desk
        ("15.03.2024 | Hamburgo", "15.03.2024"),
        ("15.03.2024 | Sydney Smith", None),
        ("Há 2 horas — Em São Paulo", "Há 2 horas"),  # a place after a preposition
        ("2 hours ago · In Politics", "2 hours ago"),
        ("2 hours ago · In my view", None),
        ("12 April 2024 | Ana Ruiz", None),  # a name beside its date: a byline
    ],
)
def test_a_place_beside_a_date_is_the_desk_it_was_filed_in(line: str, date: str | None) -> None:
    assert is_date(line) is (date is not None)
    if date is not None:
        assert Features(line).date_text == date


def test_an_age_alone_on_its_line_dates_the_article_above() -> None:
    text = (
        "Rail strike ends after six weeks\n4h\nUnions accepted a revised offer on Sunday.\n\n"
        "Night trains return to the continent\n9h\nOperators add sleeper routes for summer.\n"
    )
    assert [(a.headline, a.date) for a in digestparse.parse(text)] == [
        ("Rail strike ends after six weeks", "4h"),
        ("Night trains return to the continent", "9h"),
    ]
