"""Atom and JSON Feed output, read back by real clients; dates as values."""

from __future__ import annotations

import datetime
import json

import pytest

import digestparse
from conftest import ROOT, SAMPLES, sample_names
from digestparse import Article, UsageError, dumps
from digestparse.dates import parse_date

feedparser = pytest.importorskip("feedparser")

#: The day the samples were "copied": relative dates count from it.
REFERENCE = datetime.date(2024, 3, 10)

#: The calendar date of every date in the samples.
SAMPLE_DATES = {
    "3 hours ago": datetime.date(2024, 3, 10),
    "12 September 2025": datetime.date(2025, 9, 12),
    "10 September 2025": datetime.date(2025, 9, 10),
    "8 September 2025": datetime.date(2025, 9, 8),
    "October 21, 2025": datetime.date(2025, 10, 21),
    "October 19, 2025": datetime.date(2025, 10, 19),
    "October 16, 2025": datetime.date(2025, 10, 16),
    "June 18, 2024": datetime.date(2024, 6, 18),
    "June 11, 2024": datetime.date(2024, 6, 11),
    "June 4, 2024": datetime.date(2024, 6, 4),
    "May 28, 2024": datetime.date(2024, 5, 28),
    "14 March 2019": datetime.date(2019, 3, 14),
    "12 March 2019": datetime.date(2019, 3, 12),
    "11 March 2019": datetime.date(2019, 3, 11),
    "Tuesday, 14 June 2016": datetime.date(2016, 6, 14),
    "Monday, 13 June 2016": datetime.date(2016, 6, 13),
    "Friday, 10 June 2016": datetime.date(2016, 6, 10),
    "14.05.2025": datetime.date(2025, 5, 14),
    "13.05.2025": datetime.date(2025, 5, 13),
    "4 February 2025": datetime.date(2025, 2, 4),
    "3 February 2025": datetime.date(2025, 2, 3),
    "2 February 2025": datetime.date(2025, 2, 2),
    "14 de abril de 2025 às 09:12": datetime.date(2025, 4, 14),
    "13 de abril de 2025 às 17:40": datetime.date(2025, 4, 13),
    "12 de abril de 2025 às 11:05": datetime.date(2025, 4, 12),
    "4 days ago": datetime.date(2024, 3, 6),
    "1 week ago": datetime.date(2024, 3, 3),
    "3 weeks ago": datetime.date(2024, 2, 18),
    "18 February 2025": datetime.date(2025, 2, 18),
    "17 February 2025": datetime.date(2025, 2, 17),
    "16 February 2025": datetime.date(2025, 2, 16),
    "15 February 2025": datetime.date(2025, 2, 15),
    "6 hours ago": datetime.date(2024, 3, 10),
    "Yesterday": datetime.date(2024, 3, 9),
    "12 March 2025": datetime.date(2025, 3, 12),
    "10 March 2025": datetime.date(2025, 3, 10),
    "7 March 2025": datetime.date(2025, 3, 7),
    "3 March 2025": datetime.date(2025, 3, 3),
    "Nov 01, 2026": datetime.date(2026, 11, 1),
    "Oct 01, 2026": datetime.date(2026, 10, 1),
    "Sep 01, 2026": datetime.date(2026, 9, 1),
    "14/10/2026": datetime.date(2026, 10, 14),
    "13/10/2026": datetime.date(2026, 10, 13),
    "30/09/2026": datetime.date(2026, 9, 30),
    "12.05.2025": datetime.date(2025, 5, 12),
    "11.05.2025": datetime.date(2025, 5, 11),
    "10.05.2025": datetime.date(2025, 5, 10),
    "09.05.2025": datetime.date(2025, 5, 9),
    "Jun 12, 2023": datetime.date(2023, 6, 12),
    "May 30, 2023": datetime.date(2023, 5, 30),
    "Apr 18, 2023": datetime.date(2023, 4, 18),
    "18 June 2024": datetime.date(2024, 6, 18),
    "15 June 2024": datetime.date(2024, 6, 15),
    "11 June 2024": datetime.date(2024, 6, 11),
    "14 October 2021": datetime.date(2021, 10, 14),
    "9 October 2021": datetime.date(2021, 10, 9),
    "2 October 2021": datetime.date(2021, 10, 2),
    "27 September 2021": datetime.date(2021, 9, 27),
    "12 May 2022": datetime.date(2022, 5, 12),
    "11 May 2022": datetime.date(2022, 5, 11),
    "9 May 2022": datetime.date(2022, 5, 9),
    "6 May 2022": datetime.date(2022, 5, 6),
    "April 12, 2023": datetime.date(2023, 4, 12),
    "April 10, 2023": datetime.date(2023, 4, 10),
    "April 7, 2023": datetime.date(2023, 4, 7),
    "April 3, 2023": datetime.date(2023, 4, 3),
    "Thursday, 25 August 2016": datetime.date(2016, 8, 25),
    "Wednesday, 24 August 2016": datetime.date(2016, 8, 24),
    "2 days ago": datetime.date(2024, 3, 8),
    "15 mars 2021": datetime.date(2021, 3, 15),
    "12 mars 2021": datetime.date(2021, 3, 12),
    "10 mars 2021": datetime.date(2021, 3, 10),
    "Montag, 15. März 2021": datetime.date(2021, 3, 15),
    "há 2 dias": datetime.date(2024, 3, 8),
    "há 3 dias": datetime.date(2024, 3, 7),
    "há 4 dias": datetime.date(2024, 3, 6),
    "Tuesday, 3 May 2011": datetime.date(2011, 5, 3),
    "Monday, 2 May 2011": datetime.date(2011, 5, 2),
    "Friday, 29 April 2011": datetime.date(2011, 4, 29),
    "Thursday, 28 April 2011": datetime.date(2011, 4, 28),
    "Friday, 12 April 2024": datetime.date(2024, 4, 12),
    "Thursday, 11 April 2024": datetime.date(2024, 4, 11),
    "Wednesday, 10 April 2024": datetime.date(2024, 4, 10),
    "April 9, 2023": datetime.date(2023, 4, 9),
    "April 6, 2023": datetime.date(2023, 4, 6),
    "April 2, 2023": datetime.date(2023, 4, 2),
    "MAR 4, 2019": datetime.date(2019, 3, 4),
    "FEB 26, 2019": datetime.date(2019, 2, 26),
    "FEB 19, 2019": datetime.date(2019, 2, 19),
    "3:45 PM ET, Mon March 4, 2019": datetime.date(2019, 3, 4),
    "10:30 AM ET, Sun March 3, 2019": datetime.date(2019, 3, 3),
    "8:05 PM ET, Sat March 2, 2019": datetime.date(2019, 3, 2),
    "April 1, 2023": datetime.date(2023, 4, 1),
    "Monday, 27 March 2023": datetime.date(2023, 3, 27),
    "Mar 4, 2019": datetime.date(2019, 3, 4),
    "Mar 6, 2019": datetime.date(2019, 3, 6),
    "Mar 9, 2019": datetime.date(2019, 3, 9),
    "March 4, 2019": datetime.date(2019, 3, 4),
    "March 2, 2019": datetime.date(2019, 3, 2),
    "February 27, 2019": datetime.date(2019, 2, 27),
    "March 5, 2019": datetime.date(2019, 3, 5),
    "March 6, 2019": datetime.date(2019, 3, 6),
    "March 1, 2019": datetime.date(2019, 3, 1),
    "February 26, 2019": datetime.date(2019, 2, 26),
    "November 18, 2026": datetime.date(2026, 11, 18),
    "November 17, 2026": datetime.date(2026, 11, 17),
    "November 16, 2026": datetime.date(2026, 11, 16),
    "November 15, 2026": datetime.date(2026, 11, 15),
    "26 novembre 2026": datetime.date(2026, 11, 26),
    "25 novembre 2026": datetime.date(2026, 11, 25),
    "October 14, 2026": datetime.date(2026, 10, 14),
    "October 9, 2026": datetime.date(2026, 10, 9),
    "October 2, 2026": datetime.date(2026, 10, 2),
    "Oct 3, 2026": datetime.date(2026, 10, 3),
    "Sep 21, 2026": datetime.date(2026, 9, 21),
    "Jul 8, 2026": datetime.date(2026, 7, 8),
    "Tuesday, 14 October 2025": datetime.date(2025, 10, 14),
    "Monday, 13 October 2025": datetime.date(2025, 10, 13),
    "Friday, 10 October 2025": datetime.date(2025, 10, 10),
    "November 12, 2026": datetime.date(2026, 11, 12),
    "November 9, 2026": datetime.date(2026, 11, 9),
    "November 5, 2026": datetime.date(2026, 11, 5),
    "21 November 2026": datetime.date(2026, 11, 21),
    "14 November 2026": datetime.date(2026, 11, 14),
    "2 November 2026": datetime.date(2026, 11, 2),
    "October 30, 2026": datetime.date(2026, 10, 30),
    "Donnerstag, 19. November 2026": datetime.date(2026, 11, 19),
    "Mittwoch, 18. November 2026": datetime.date(2026, 11, 18),
    "28 de noviembre de 2026": datetime.date(2026, 11, 28),
    "27 de noviembre de 2026": datetime.date(2026, 11, 27),
    "25 de noviembre de 2026": datetime.date(2026, 11, 25),
    "Oct 14, 2026": datetime.date(2026, 10, 14),
    "Oct 7, 2026": datetime.date(2026, 10, 7),
    "Sep 30, 2026": datetime.date(2026, 9, 30),
    "Aug 2, 2026": datetime.date(2026, 8, 2),
    "Jul 19, 2026": datetime.date(2026, 7, 19),
    "October 3, 2026": datetime.date(2026, 10, 3),
    "October 1, 2026": datetime.date(2026, 10, 1),
    "September 28, 2026": datetime.date(2026, 9, 28),
    "28/11/2026": datetime.date(2026, 11, 28),
    "27/11/2026": datetime.date(2026, 11, 27),
    "25/11/2026": datetime.date(2026, 11, 25),
    "September 14, 2026": datetime.date(2026, 9, 14),
    "September 12, 2026": datetime.date(2026, 9, 12),
    "September 9, 2026": datetime.date(2026, 9, 9),
    "August 21, 2026": datetime.date(2026, 8, 21),
    "August 19, 2026": datetime.date(2026, 8, 19),
    "August 18, 2026": datetime.date(2026, 8, 18),
    "hace 2 h": datetime.date(2024, 3, 10),
    "hace 5 h": datetime.date(2024, 3, 10),
    "hace 1 d": datetime.date(2024, 3, 9),
    "November 28, 2026": datetime.date(2026, 11, 28),
    "November 27, 2026": datetime.date(2026, 11, 27),
    "November 25, 2026": datetime.date(2026, 11, 25),
    "November 24, 2026": datetime.date(2026, 11, 24),
    "Nov 28, 2026": datetime.date(2026, 11, 28),
    "Nov 24, 2026": datetime.date(2026, 11, 24),
    "Nov 19, 2026": datetime.date(2026, 11, 19),
    "2 hours ago": datetime.date(2024, 3, 10),
    "4 hours ago": datetime.date(2024, 3, 10),
    "27.11.2026": datetime.date(2026, 11, 27),
    "26.11.2026": datetime.date(2026, 11, 26),
    "25.11.2026": datetime.date(2026, 11, 25),
    "November 23, 2026": datetime.date(2026, 11, 23),
    "November 21, 2026": datetime.date(2026, 11, 21),
    "28 novembre 2026": datetime.date(2026, 11, 28),
    "27 novembre 2026": datetime.date(2026, 11, 27),
    "26 November 2026": datetime.date(2026, 11, 26),
    "24 November 2026": datetime.date(2026, 11, 24),
    "19 November 2026": datetime.date(2026, 11, 19),
    "NOVEMBER 26, 2026": datetime.date(2026, 11, 26),
    "NOVEMBER 24, 2026": datetime.date(2026, 11, 24),
    "28-11-2026": datetime.date(2026, 11, 28),
    "27-11-2026": datetime.date(2026, 11, 27),
    "25-11-2026": datetime.date(2026, 11, 25),
    "November 14, 2026": datetime.date(2026, 11, 14),
    "Sat 28 Nov 2026": datetime.date(2026, 11, 28),
    "Fri 27 Nov 2026": datetime.date(2026, 11, 27),
    "Wed 25 Nov 2026": datetime.date(2026, 11, 25),
    "November 26, 2026": datetime.date(2026, 11, 26),
    "Sat, 11/28/2026 - 14:32": datetime.date(2026, 11, 28),
    "Thu, 11/26/2026 - 09:05": datetime.date(2026, 11, 26),
    "Mon, 11/23/2026 - 18:47": datetime.date(2026, 11, 23),
    "24.11.2026": datetime.date(2026, 11, 24),
    "23.11.2026": datetime.date(2026, 11, 23),
    "domingo 29 de noviembre de 2026 | 18:05": datetime.date(2026, 11, 29),
    "sábado 28 de noviembre de 2026 | 11:40": datetime.date(2026, 11, 28),
    "viernes 27 de noviembre de 2026 | 20:15": datetime.date(2026, 11, 27),
    "yesterday": datetime.date(2024, 3, 9),
    "November 22, 2026": datetime.date(2026, 11, 22),
    "Lunes 30 de noviembre | 09:20": datetime.date(2023, 11, 30),
    "Domingo 29 de noviembre | 21:05": datetime.date(2023, 11, 29),
    "14 February 2026": datetime.date(2026, 2, 14),
    "2 February 2026": datetime.date(2026, 2, 2),
    "19 January 2026": datetime.date(2026, 1, 19),
    "7 January 2026": datetime.date(2026, 1, 7),
    "22 December 2025": datetime.date(2025, 12, 22),
    "30 de novembro de 2026": datetime.date(2026, 11, 30),
    "27 de novembro de 2026": datetime.date(2026, 11, 27),
    "24 de novembro de 2026": datetime.date(2026, 11, 24),
    "lunes, 30 de noviembre de 2026": datetime.date(2026, 11, 30),
    "sábado, 28 de noviembre de 2026": datetime.date(2026, 11, 28),
    "jueves, 26 de noviembre de 2026": datetime.date(2026, 11, 26),
    "1h": datetime.date(2024, 3, 10),
    "3h": datetime.date(2024, 3, 10),
    "9h": datetime.date(2024, 3, 10),
    "1d": datetime.date(2024, 3, 9),
    "2d": datetime.date(2024, 3, 8),
    "1.12.2026": datetime.date(2026, 12, 1),
    "30.11.2026": datetime.date(2026, 11, 30),
    "29.11.2026": datetime.date(2026, 11, 29),
    "25 November 2026": datetime.date(2026, 11, 25),
    "27 November 2026": datetime.date(2026, 11, 27),
    "28 November 2026": datetime.date(2026, 11, 28),
    "28.11.2026": datetime.date(2026, 11, 28),
    "01.12.2026": datetime.date(2026, 12, 1),
    "14.03.2025": datetime.date(2025, 3, 14),
    "13.03.2025": datetime.date(2025, 3, 13),
    "03.04.2025": datetime.date(2025, 4, 3),
    "28.03.2025": datetime.date(2025, 3, 28),
    "21.03.2025": datetime.date(2025, 3, 21),
    "June 3, 2025": datetime.date(2025, 6, 3),
    "June 1, 2025": datetime.date(2025, 6, 1),
    "May 29, 2025": datetime.date(2025, 5, 29),
    "May 27, 2025": datetime.date(2025, 5, 27),
    "1 February 2025": datetime.date(2025, 2, 1),
    "28 January 2025": datetime.date(2025, 1, 28),
    "12.03.2025": datetime.date(2025, 3, 12),
    "11.03.2025": datetime.date(2025, 3, 11),
    "07.03.2025": datetime.date(2025, 3, 7),
    "5h": datetime.date(2024, 3, 10),
    "11h": datetime.date(2024, 3, 10),
    "21.11.2026": datetime.date(2026, 11, 21),
    "20.11.2026": datetime.date(2026, 11, 20),
    "19.11.2026": datetime.date(2026, 11, 19),
    "18.11.2026": datetime.date(2026, 11, 18),
    "FRIDAY, NOVEMBER 27, 2026": datetime.date(2026, 11, 27),
    "TUESDAY, NOVEMBER 24, 2026": datetime.date(2026, 11, 24),
    "SATURDAY, NOVEMBER 21, 2026": datetime.date(2026, 11, 21),
    "November 29, 2026": datetime.date(2026, 11, 29),
    "04/11/2026 à 07h15": datetime.date(2026, 11, 4),
    "03/11/2026 à 18h40": datetime.date(2026, 11, 3),
    "02/11/2026 à 11h05": datetime.date(2026, 11, 2),
    "4 minutes ago": datetime.date(2024, 3, 10),
    "25 minutes ago": datetime.date(2024, 3, 10),
    "1 hour ago": datetime.date(2024, 3, 10),
    "28 de novembro de 2026 às 16:20": datetime.date(2026, 11, 28),
    "27 de novembro de 2026 às 10:05": datetime.date(2026, 11, 27),
    "26 de novembro de 2026 às 08:45": datetime.date(2026, 11, 26),
    "14 Nov 2026": datetime.date(2026, 11, 14),
    "19/11/2026": datetime.date(2026, 11, 19),
    "2 Nov 2026": datetime.date(2026, 11, 2),
    "22/11/2026": datetime.date(2026, 11, 22),
    "28 Oct 2026": datetime.date(2026, 10, 28),
    "2h": datetime.date(2024, 3, 10),
    "4h": datetime.date(2024, 3, 10),
    "6h": datetime.date(2024, 3, 10),
    "December 2, 2026": datetime.date(2026, 12, 2),
    "December 1, 2026": datetime.date(2026, 12, 1),
    "November 30, 2026": datetime.date(2026, 11, 30),
    "Há 2 horas": datetime.date(2024, 3, 10),
    "Há 3 horas": datetime.date(2024, 3, 10),
    "Há 5 horas": datetime.date(2024, 3, 10),
    "Há 7 horas": datetime.date(2024, 3, 10),
    "Mar 4": datetime.date(2024, 3, 4),
    "Feb 28": datetime.date(2024, 2, 28),
    "Feb 21": datetime.date(2024, 2, 21),
    "Feb 14": datetime.date(2024, 2, 14),
    "5 hours ago": datetime.date(2024, 3, 10),
    "8 hours ago": datetime.date(2024, 3, 10),
    "9 hours ago": datetime.date(2024, 3, 10),
    "Mar 01, 2024": datetime.date(2024, 3, 1),
    "Feb 01, 2024": datetime.date(2024, 2, 1),
    "Jan 01, 2024": datetime.date(2024, 1, 1),
    "Dec 01, 2023": datetime.date(2023, 12, 1),
    "March 4, 2024": datetime.date(2024, 3, 4),
    "February 26, 2024": datetime.date(2024, 2, 26),
    "February 19, 2024": datetime.date(2024, 2, 19),
    "12/03/2024 às 18h40": datetime.date(2024, 3, 12),
    "12/03/2024 às 15h10": datetime.date(2024, 3, 12),
    "11/03/2024 às 20h05": datetime.date(2024, 3, 11),
    "7 hours ago": datetime.date(2024, 3, 10),
    "Mar 4, 2024": datetime.date(2024, 3, 4),
    "Feb 26, 2024": datetime.date(2024, 2, 26),
    "Feb 19, 2024": datetime.date(2024, 2, 19),
    "9 December 2026": datetime.date(2026, 12, 9),
    "8 December 2026": datetime.date(2026, 12, 8),
    "6 December 2026": datetime.date(2026, 12, 6),
    "Tuesday, 08 December 2026": datetime.date(2026, 12, 8),
    "Friday, 04 December 2026": datetime.date(2026, 12, 4),
    "Monday, 30 November 2026": datetime.date(2026, 11, 30),
    "2 December 2026": datetime.date(2026, 12, 2),
    "Dec 2, 2026": datetime.date(2026, 12, 2),
    "Nov 21, 2026": datetime.date(2026, 11, 21),
    "30 November 2026": datetime.date(2026, 11, 30),
    "2 October 2026": datetime.date(2026, 10, 2),
    "11 September 2026": datetime.date(2026, 9, 11),
    "7 August 2026": datetime.date(2026, 8, 7),
    "17 July 2026": datetime.date(2026, 7, 17),
    "14 noviembre 2026": datetime.date(2026, 11, 14),
    "13 noviembre 2026": datetime.date(2026, 11, 13),
    "12 noviembre 2026": datetime.date(2026, 11, 12),
}
RELATIVE = {
    "2 days ago", "há 2 dias", "há 3 dias", "há 4 dias", "3 hours ago", "6 hours ago", "Yesterday",
    "hace 2 h", "hace 5 h", "hace 1 d", "2 hours ago", "4 hours ago", "yesterday",
    "4 days ago", "1 week ago", "3 weeks ago", "4 minutes ago", "25 minutes ago", "1 hour ago", "1h", "2h", "3h", "4h", "5h", "6h", "9h", "11h", "1d", "2d",
    # No year: the last such day before the reference.
    "Lunes 30 de noviembre | 09:20", "Domingo 29 de noviembre | 21:05",
    "Há 2 horas", "Há 3 horas", "Há 5 horas", "Há 7 horas", "5 hours ago", "8 hours ago",
    "9 hours ago", "Mar 4", "Feb 28", "Feb 21", "Feb 14", "7 hours ago",
}  # fmt: skip


def sample(name: str) -> tuple[Article, ...]:
    return digestparse.parse((SAMPLES / f"{name}.txt").read_bytes()).articles


def test_published_is_right_for_every_date_in_the_samples() -> None:
    dates = {a.date for name in sample_names() for a in sample(name) if a.date}
    assert dates == set(SAMPLE_DATES)
    for name in sample_names():
        for article in sample(name):
            if article.date is None:
                assert article.published is None
                continue
            assert article.published_as_of(REFERENCE) == SAMPLE_DATES[article.date]
            assert article.published == (
                None if article.date in RELATIVE else SAMPLE_DATES[article.date]
            )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("March 31, 2016", (2016, 3, 31)),
        ("MARCH 31. 2025", (2025, 3, 31)),
        ("2016-03-31", (2016, 3, 31)),
        ("31.03.2016", (2016, 3, 31)),
        ("03/31/2016", (2016, 3, 31)),
        ("onsdag 15 september 2021", (2021, 9, 15)),
        ("15 de marzo de 2021", (2021, 3, 15)),
        ("quarta-feira, 15 de setembro de 2021", (2021, 9, 15)),
        ("1er mars 2021", (2021, 3, 1)),
        ("Published: Mar. 4, 2019 at 10:30 am", (2019, 3, 4)),
        ("2 de agosto de 2020", (2020, 8, 2)),
        ("3:45 PM ET, Mon March 4, 2019", (2019, 3, 4)),  # the time's numbers are no day
        ("10:30, 04.03.2019", (2019, 3, 4)),
        # Slashes, both numbers a month's: month first in English, day first where
        # a word or a time around them is of a language that writes the day first.
        ("04/11/2026", (2026, 4, 11)),
        ("Published on 04/11/2026", (2026, 4, 11)),
        ("04/11/2026 at 10:30 AM", (2026, 4, 11)),
        ("04/11/2026 à 07h15", (2026, 11, 4)),
        ("Publié le 04/11/2026", (2026, 11, 4)),
        ("04/11/2026 às 16:20", (2026, 11, 4)),
        ("Veröffentlicht am 04/11/2026", (2026, 11, 4)),
    ],
)
def test_absolute_dates(text: str, day: tuple[int, int, int]) -> None:
    assert parse_date(text) == datetime.date(*day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2 days ago", (2024, 3, 8)),
        ("an hour ago", (2024, 3, 10)),
        ("3 weeks ago", (2024, 2, 18)),
        ("2 months ago", (2024, 1, 10)),
        ("2h ago", (2024, 3, 10)),
        ("3d ago", (2024, 3, 7)),
        ("2 wks ago", (2024, 2, 25)),
        ("1y ago", (2023, 3, 10)),
        ("Yesterday", (2024, 3, 9)),
        ("Just now", (2024, 3, 10)),
        ("5h", (2024, 3, 10)),
        ("3d", (2024, 3, 7)),
        ("2w", (2024, 2, 25)),
        ("hace 3 días", (2024, 3, 7)),
        ("il y a 2 jours", (2024, 3, 8)),
        ("vor 3 Tagen", (2024, 3, 7)),
        ("há 1 dia", (2024, 3, 9)),
        ("hace 3 h", (2024, 3, 10)),
        ("vor 2 Std.", (2024, 3, 10)),
        ("il y a 2 d", (2024, 3, 8)),
        ("3 dias atrás", (2024, 3, 7)),
        ("uma semana atrás", (2024, 3, 3)),
        ("March 4", (2024, 3, 4)),
        ("December 24", (2023, 12, 24)),
    ],
)
def test_relative_dates_need_a_reference_and_never_read_the_clock(
    text: str, day: tuple[int, int, int]
) -> None:
    assert parse_date(text) is None
    assert parse_date(text, reference=REFERENCE) == datetime.date(*day)


@pytest.mark.parametrize("text", ["Left Voice", "March on Washington", "2016", "31.02.2016"])
def test_not_dates(text: str) -> None:
    assert parse_date(text, reference=REFERENCE) is None


def _entries(articles: tuple[Article, ...], fmt: str) -> list[dict[str, object]]:
    text = dumps(articles, fmt, title="Samples", link="https://example.org/", reference=REFERENCE)
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title == "Samples"
    return list(parsed.entries)


@pytest.mark.parametrize("name", sample_names())
def test_feedparser_reads_the_atom_feed_back(name: str) -> None:
    articles = sample(name)
    entries = _entries(articles, "atom")
    assert len(entries) == len(articles)
    for article, entry in zip(articles, entries, strict=True):
        assert entry.title == (article.headline or article.summary)
        assert entry.get("author") == article.byline
        day = article.published_as_of(REFERENCE)
        assert (
            entry.get("published_parsed") and datetime.date(*entry.published_parsed[:3])
        ) == day or (day is None and "published" not in entry)
        # feedparser reads the caption (media:description) as the entry's
        # summary where it has none, and as its content otherwise.
        if article.summary is None:
            assert entry.get("summary") == article.caption
            assert "content" not in entry
        else:
            assert entry.get("summary") == article.summary
            caption = entry.content[0].value if "content" in entry else None
            assert caption == article.caption
        assert [t.term for t in entry.get("tags", [])] == (
            [article.kicker] if article.kicker else []
        )


@pytest.mark.parametrize("name", sample_names())
def test_json_feed_is_valid_and_read_back(name: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    articles = sample(name)
    text = dumps(
        articles, "jsonfeed", title="Samples", link="https://example.org/", reference=REFERENCE
    )
    schema = json.loads((ROOT / "tests" / "data" / "jsonfeed-1.1.schema.json").read_text())
    feed = json.loads(text)
    jsonschema.validate(feed, schema, format_checker=jsonschema.FormatChecker())
    assert feed["title"] == "Samples" and feed["home_page_url"] == "https://example.org/"
    for article, item in zip(articles, feed["items"], strict=True):
        assert item["title"] == (article.headline or article.summary)
        assert item.get("summary") == article.summary
        assert item.get("authors", [{}])[0].get("name") == article.byline
        assert item.get("tags", [None])[0] == article.kicker
        day = article.published_as_of(REFERENCE)
        assert item.get("date_published") == (day and f"{day.isoformat()}T00:00:00Z")
        assert item["_digestparse"] == {k: v for k, v in article.fields().items() if v is not None}


def test_ids_are_stable_and_distinct() -> None:
    one = Article(headline="Dock Workers Strike", summary="They walked out.")
    two = Article(headline="Dock Workers Strike", summary="They walked out again.")
    first = json.loads(dumps([one, two, one], "jsonfeed"))["items"]
    again = json.loads(dumps([one, two, one], "jsonfeed"))["items"]
    assert [i["id"] for i in first] == [i["id"] for i in again]
    assert len({i["id"] for i in first}) == 3


def test_text_xml_cannot_hold_is_replaced_not_fatal() -> None:
    article = Article(headline="Bell \x07 rings\x00", summary="Lone \ud800 surrogate.")
    parsed = feedparser.parse(dumps([article], "atom"))
    assert not parsed.bozo
    assert parsed.entries[0].title == "Bell \ufffd rings\ufffd"
    feed = json.loads(dumps([article], "jsonfeed"))
    assert feed["items"][0]["summary"] == "Lone \ud800 surrogate."


def test_feed_options_belong_to_feed_formats() -> None:
    with pytest.raises(UsageError, match="options of the formats atom and jsonfeed"):
        dumps([Article(headline="H")], "json", title="x")
    with pytest.raises(UsageError, match="output only"):
        digestparse.loads("<feed/>", "atom")


def test_the_feed_never_reads_the_clock() -> None:
    articles = sample("b-river-weekly")
    assert dumps(articles, "atom") == dumps(articles, "atom")
    assert "<updated>2023-04-12T00:00:00Z</updated>" in dumps(articles, "atom")
