"""Recognise the date shapes of listings (SPEC 2.I), in several languages.

``DATE`` matches a date text as written: ``March 31, 2016``, ``Thursday, 25
August 2016``, ``MARCH 31. 2025``, ``2016-03-31``, ``31.03.2016``, ``onsdag 15
september 2021``, ``15 de marzo de 2021``, ``2 days ago``, with an optional
time. ``find_date`` finds one at the start or end of a line, as bylines carry
them ("Written by Ana Ruiz Monday, 4 May 2021").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import regex

from .caseless import Caseless, Found, alternation
from .lexicon import (
    COMMENT_INVITES,
    COUNTED,
    DATE_LABELS,
    FACT_LINKS,
    ISSUE_WORDS,
    KICKER_LABELS,
    NONE_COUNTED,
    PLACE_NAMES,
    PLACE_PREPOSITIONS,
    READING_AFTER,
    READING_BEFORE,
    SECTION_NAMES,
    UPDATE_LABELS,
)

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "date_at_start",
    "find_date",
    "is_date",
    "parse_date",
    "strip_date_label",
    "without_trailer",
]

#: Month names and abbreviations in the listing languages, to month numbers.
MONTHS: dict[str, int] = {}
_MONTH_NAMES = (
    # en, es, fr, de, pt, it, nl, sv/no/da, and common abbreviations
    ("january jan enero ene janvier janv januar jänner jän janeiro gennaio gen januari", 1),
    ("february feb febrero février fevrier févr fevr februar fevereiro fev febbraio februari", 2),
    ("march mar marzo mars märz maerz mär mrz março marco maart mrt", 3),
    ("april apr abril abr avril avr aprile", 4),
    ("may mayo mai maio maggio mei maj", 5),
    ("june jun junio juin juni junho giugno", 6),
    ("july jul julio juillet juil juli julho luglio", 7),
    ("august aug agosto ago août aout augusti augustus", 8),
    ("september sep sept septiembre setiembre septembre setembro set settembre", 9),
    ("october oct octubre octobre oktober okt outubro out ottobre", 10),
    ("november nov noviembre novembre novembro", 11),
    (
        "december dec diciembre dic décembre decembre déc dezember dez dezembro dicembre desember",
        12,
    ),
)
for _names, _number in _MONTH_NAMES:
    for _name in _names.split():
        MONTHS[_name] = _number

#: Weekday names in the listing languages (and common abbreviations).
WEEKDAYS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "lunes",
        "martes",
        "miércoles",
        "miercoles",
        "jueves",
        "viernes",
        "sábado",
        "sabado",
        "domingo",
        "lun",
        "mié",
        "mie",
        "jue",
        "vie",
        "sáb",
        "dom",
        "mer",
        "jeu",
        "ven",
        "sam",
        "dim",
        "seg",
        "qua",
        "qui",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonnabend",
        "sonntag",
        "mo",
        "di",
        "mi",
        "do",
        "fr",
        "sa",
        "so",
        "segunda-feira",
        "terça-feira",
        "terca-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "segunda",
        "terça",
        "terca",
        "quarta",
        "quinta",
        "sexta",
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "måndag",
        "tisdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lördag",
        "söndag",
        "mandag",
        "tirsdag",
        "lørdag",
        "søndag",
    ]
)


_MON = rf"(?:{alternation(MONTHS)})\.?"
_WD = rf"(?:{alternation(WEEKDAYS)})\.?,?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|º|°|er|\.)?"
_YEAR = r"(?:1[89]\d\d|2\d\d\d)"
_TIME = (
    r"(?:\s*(?:,|at|à|às|a\s+las|um|-|–|—|\||·|•|t)?\s*"  # "t": 2019-03-04T10:32:00Z
    r"(?:\d{1,2}[:.h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}h(?!\w))"
    r"(?:\s*(?:uhr|h|hrs|z|[+-]\d{2}:?\d{2}|\(?[a-z]{2,4}\)?(?:[+-]\d{1,2})?))?)"
)
#: Units of time, as "2 days ago", "hace 3 semanas" or "vor 2 Tagen" write them.
_UNIT_WORDS = (
    *("second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs"),
    *("day", "days", "week", "weeks", "month", "months", "year", "years"),
    *("segundo", "segundos", "minuto", "minutos", "hora", "horas", "día", "días", "dia"),
    *("dias", "semana", "semanas", "mes", "meses", "año", "años", "ano", "anos"),
    *("heure", "heures", "jour", "jours", "semaine", "semaines", "mois", "an", "ans"),
    *("sekunden", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen"),
    *("monat", "monaten", "jahr", "jahren"),
)
_UNITS = f"(?:{alternation(_UNIT_WORDS)})"
#: Units of time as a feed or a social page writes them on the number: "2h ago", "3d ago".
_SHORT_UNITS = ("s", "m", "h", "d", "w", "wk", "wks", "mo", "y", "yr", "yrs")
_COUNT = r"(?:\d+|an?|one|un[ae]?|ein(?:e[mr]?)?|uma?)"
#: Units of time abbreviated after "hace", "il y a", "vor": "hace 3 h", "vor 2 Std.".
_ABBREVIATED_UNITS = ("h", "d", "std")
_AFTER_COUNT = rf"(?:{_UNITS}|(?:{alternation(_ABBREVIATED_UNITS)})\.?(?![^\W\d_]))"
#: A time of day before the date: "3:45 PM ET, Mon March 4, 2019".
_LEAD_TIME = (
    r"(?:\d{1,2}[:.h]\d{2}(?![.\d])(?:\s*[ap]\.?\s?m\.?)?(?:\s+\(?[a-z]{2,4}\)?)?\s*[,|·•–—-]?\s*)"
)
#: An age without "ago", in hours, days or weeks: "2h", "3d", "5 hrs" (a date only
#: after a separator, "UK · 2h", or as the whole line).
_COMPACT_AGE = r"\d{1,2}\s?(?:hrs?|[hdw])"
_DATE_BODY = rf"""
    {_LEAD_TIME}?
    (?:(?:{_WD})\s*)?(?:(?:the|le|el|am|den|der|o)\s+)?
    (?:
        {_MON}\s*{_DAY}(?:\s*[,.]?\s*{_YEAR})?                        # March 31, 2016
      | {_DAY}\s*(?:de\s+|of\s+)?{_MON}(?:\s*(?:de|del|,|\.)?\s*{_YEAR})?  # 25 de agosto de 2016
      | {_MON}\s*(?:de\s+)?{_YEAR}                                  # March 2016
      | {_DAY}-{_MON}-(?:{_YEAR}|\d\d)                                # 31-Mar-2016
      | {_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}                          # 2016-03-31
      | \d{{1,2}}[./-]\d{{1,2}}[./-](?:{_YEAR}|\d\d)                  # 31.03.2016
      | {_COUNT}\s+{_UNITS}\s+(?:ago|atr[áa]s)                          # 2 days ago, 2 horas atrás
      | \d+\s?(?:{alternation(_SHORT_UNITS)}|{_UNITS})\s+ago             # 2h ago
      | (?:hace|há|ha)\s+{_COUNT}\s+{_AFTER_COUNT}                     # hace 2 días, hace 3 h
      | il\s+y\s+a\s+{_COUNT}\s+{_AFTER_COUNT}                         # il y a 2 jours
      | vor\s+{_COUNT}\s+{_AFTER_COUNT}                                # vor 2 Tagen, vor 2 Std.
      | yesterday|today|ayer|hoy|hier|aujourd['’]hui|gestern|heute|ontem|hoje
      | just\s+now                                                    # a feed's newest
      | (?:(?<=[|·•]\s)|(?<=[|·•])){_COMPACT_AGE}(?![^\W_])             # UK · 2h
      | ^{_COMPACT_AGE}\Z                                               # 4h, a line alone
    )
    {_TIME}?
"""
#: How long an article takes to read, as a listing prints it beside the date.
READING_TIME = (
    rf"(?:\d+\s*min(?:ute[sn]?|utos?|s)?\.?\s*(?:{alternation(READING_AFTER)})"
    rf"|(?:{alternation(READING_BEFORE)})\s*:?\s*(?:de\s+)?\d+\s*min(?:ute[sn]?|utos?|s)?\.?)"
)
#: How long a recording or a video runs: "45 min", "1 h 12 min" (no "read" after it).
RUNNING_TIME = r"(?:\d{1,2}\s*h(?:rs?|ours?)?\.?\s+)?\d{1,3}\s*min(?:ute[sn]?|utos?|s)?\.?"
#: What stands between the parts of a line of article facts: "News | March 4, 2019".
_SEPARATOR = r"\s*[|·•–—/-]\s*"
#: A number a listing counts with: "3", "18K", "1.2M" (the dates are caseless).
TALLY_NUMBER = r"\d+(?:[.,]\d)?[km]?"
#: A count a listing prints beside an article: "3 Comments", "No Comments", "Leave a reply".
_TALLY = (
    rf"(?:(?:{TALLY_NUMBER}|{alternation(NONE_COUNTED)})\s+(?:{alternation(COUNTED)})"
    rf"|{alternation(COMMENT_INVITES)})"
)
#: Page chrome that may follow a date on its line: "· 5 min read", "/ 3 Comments".
#: Or a link the listing prints there: "| hide", "· discuss".
_TRAILING_PART = rf"(?:{_SEPARATOR}(?:{READING_TIME}|{_TALLY}|(?:{alternation(FACT_LINKS)})\b))"
#: When the article was last changed, after the date it was published:
#: "30/11/2026 - 10:32 | Atualizado em 30/11/2026 - 14:05", "March 4, 2019, updated March 5".
_UPDATED = (
    rf"(?:(?:{_SEPARATOR}|,\s*|\s+)(?:{alternation(UPDATE_LABELS)})\s*:?"
    # Or the time of day alone, the same day: "…, mis à jour à 16h02", "updated 16:02".
    rf"(?:\s+{_DATE_BODY}|{_TIME}))"
)
#: How long ago that was, in brackets after the date: "4 March 2024 (3 hours 12 minutes ago)".
_AGE_AFTER = (
    rf"(?:\s*\((?:(?:{_COUNT}\s+{_UNITS}[\s,]*(?:and\s+)?){{1,3}}(?:ago|atr[áa]s)"
    rf"|(?:hace|há|il\s+y\s+a|vor)\s+{_COUNT}\s+{_AFTER_COUNT})\))"
)
#: After a date (not after a name: "Podcast · 38 min" is a label) a running time may follow.
_TRAILER = rf"(?:{_TRAILING_PART}|{_SEPARATOR}{RUNNING_TIME}|{_UPDATED}|{_AGE_AFTER})*"
_SECTION = alternation(KICKER_LABELS | SECTION_NAMES)
#: What files a post in its sections before its date: "Posted in Housing on …".
_FILED_UNDER = (
    r"(?:(?:posted|published|filed)[ ](?:in|under)|publicado[ ](?:en|em)|publié[ ](?:dans|en)"
    r"|veröffentlicht[ ]in)[ ]"
)
#: What may stand before a date without being part of it: a label ("Published:",
#: "Posted on") or a section name and a separator ("News |"), and a reading time.
_LABEL = (
    rf"(?:(?:{alternation(DATE_LABELS)})\s*:?\s+"
    rf"|(?:{_SECTION}){_SEPARATOR}"
    # A newsletter's or a journal's issue: "Issue #42 — ", "Nº 118 | ".
    rf"|(?:{'|'.join(ISSUE_WORDS)})\s*\#?\s*\d{{1,5}}{_SEPARATOR}"
    # "Posted in Housing on", "Publié dans Société le": a few words of sections.
    rf"|{_FILED_UNDER}[^\s|·•]+(?:,?[ ][^\s|·•]+){{0,4}}?\s+(?:on|el|le|am|em)\s+)?"
    rf"(?:(?:{READING_TIME}|{RUNNING_TIME}|{_TALLY}){_SEPARATOR})?"
)


#: The words a date may end with that may be glued to the word before: a
#: month after its day ("25thMarch"), "yesterday" after a weekday.
_GLUED_LAST_WORDS = (
    *MONTHS, "yesterday", "today", "ayer", "hoy", "hier", "hui", "gestern", "heute", "ontem",
    "hoje",
)  # fmt: skip
#: The words a date may end with only after white space: "2 days ago"; and the
#: words its line may end with after it: "5 min read", "3 comments".
_SPACED_LAST_WORDS = (
    "ago", "atrás", "atras", "now",
    *(phrase.split()[-1] for phrase in (*READING_AFTER, *COMMENT_INVITES)), *COUNTED,
    *FACT_LINKS, "min", "mins", "minutes", "minuten", "minutos",
)  # fmt: skip
#: The counts a unit of time ending a date follows: "hace 2 días", "vor einem Monat".
_COUNT_WORDS = ("a", "an", "one", "un", "una", "une", "ein", "eine", "einem", "einer", "um", "uma")
#: How a date may end, read backwards from the end of the lower-cased line
#: (past spaces and dots): a digit, a degree sign or a time zone's bracket; a
#: day's suffix on its number ("25th"); a month or "yesterday", perhaps glued
#: to the word before; a unit of time or "ago" after white space; or any
#: other letter (``letter``), where only a time of day before a zone or "Uhr"
#: can make it a date's end.
_END_BACKWARDS = re.compile(
    r"[\s.]*(?:[\d°)]|[^\W\d_]{1,2}\d"
    rf"|(?:{alternation(word[::-1] for word in _GLUED_LAST_WORDS)})"
    rf"|(?:{alternation(word[::-1] for word in _SPACED_LAST_WORDS)})\s"
    # A unit of time after its count: "hace 2 días", "vor 3 Tagen", "12 MIN".
    rf"|(?:{alternation(word[::-1] for word in (*_UNIT_WORDS, *_ABBREVIATED_UNITS))})\s*"
    rf"(?:\d|(?:{alternation(word[::-1] for word in _COUNT_WORDS)})(?:\s|$))"
    r"|(?P<letter>[^\W\d_]))"
)
# "10h30", "10H30" (the dates are caseless), or an hour alone before a zone: "12h CEST".
_CLOCK = re.compile(r"\d[:.hH]\d\d|\d[hH]\b")


def _may_end_date(text: str, lower: str | None = None) -> bool:
    """Whether ``_AT_END`` could find a date ending ``text`` (``lower``: its lower case).

    Without a time of day, a date ends with a digit or a sign ("25°"), a
    day's suffix on its number ("25th", "1º"), a month or a word like
    "yesterday", perhaps glued to the word before ("25thMarch"), a unit of
    time or "ago" as a word of its own ("2 days ago", "vor 2 Tagen"), or a
    time zone in brackets ("10:30 (CET)"). The search tries every word of
    the line, so a line ending otherwise is spared it; a line with a time
    ("10:30 a.m. CEST") is always searched. The line is read backwards, with
    a pattern anchored where it starts.
    """
    if lower is None:
        lower = text.lower()
    if len(lower) != len(text):
        return True  # the date patterns read the text itself: no shortcut
    found = _END_BACKWARDS.match(lower[::-1])
    if found is None:
        return False
    return found.lastgroup != "letter" or _CLOCK.search(text) is not None


#: The sections a post was filed in, after its date: "4 March 2019 in Labour, Housing",
#: "4 March 2019 | Labour".
_FILED_IN = (
    rf"(?:(?:\s+(?:in|en|dans|em|im)\s+|{_SEPARATOR})"
    rf"(?:{_SECTION})(?:\s*,\s*(?:{_SECTION}))*{_TRAILER})?"
)
#: A line naming the sections a post was filed in, alone: "in Labour, News".
_IN_SECTIONS = Caseless(rf"(?:in|en|dans|em|im)\s+(?:{_SECTION})(?:\s*,\s*(?:{_SECTION}))*\s*")
_IN_WORDS = ("in ", "en ", "dans ", "em ", "im ")


def filed_in(text: str) -> bool:
    """Whether the line only names the sections a post was filed in: "in Labour, News"."""
    return text.startswith(_IN_WORDS) and _IN_SECTIONS.fullmatch(text) is not None


#: A date line may stand in brackets: "(Dec 01, 2026)", "[4 March 2019]", or after the
#: separator that stood between it and the author's handle: "· 2h".
_WHOLE = Caseless(
    rf"(?:[|·•]\s?)?(?:(?P<paren>\(\s*)|(?P<square>\[\s*))?{_LABEL}(?P<date>{_DATE_BODY}){_TRAILER}{_FILED_IN}\s*"
    r"(?(paren)\)\s*)(?(square)\]\s*)",
    verbose=True,
)
_AT_END = Caseless(rf"(?:^|(?<=[\s,|·•–—-]))(?P<date>{_DATE_BODY}){_TRAILER}[\s.]*$", verbose=True)
_AT_START = Caseless(
    rf"(?:[|·•]\s?)?(?:[(\[]\s*)?{_LABEL}(?P<date>{_DATE_BODY})(?=[\s,|·•–—)\]-]|$)", verbose=True
)


#: A word that may open a date as its sentence's preposition or article:
#: "le 30 novembre 2026", "am 3. März 2026", "el 3 de marzo". Part of the
#: pattern (after a weekday it belongs to the date: "Sunday the 3rd"), but
#: not of the date's value when it opens it.
_OPENING_ARTICLE = re.compile(r"(?:the|le|el|am|den|der|o)\s+", re.IGNORECASE)


def date_value(text: str, span: tuple[int, int]) -> str:
    """The date a pattern's ``date`` group found at ``span``, without an article opening it."""
    start, end = span
    opening = _OPENING_ARTICLE.match(text, start, end)
    return text[opening.end() if opening is not None else start : end].strip()


def is_date(text: str) -> bool:
    """Whether the whole of ``text`` is a date (an optional label like "Published:" allowed)."""
    return len(text) < 80 and _whole_date(text) is not None


def strip_date_label(text: str) -> str:
    """Return the date of a whole-date line without its label ("Published: …")."""
    match = _whole_date(text)
    if match is None:
        return text
    line = match.group(0) or ""
    return date_value(line, match.span("date"))


#: The signs a desk's place may stand after, beside a date.
_PLACE_SIGNS = "|·•–—/"


def _whole_date(text: str) -> Found | None:
    """The match of a whole-date line (or of its date, where a desk's place follows)."""
    match = _WHOLE.fullmatch(text)
    return match if match is not None else date_before_place(text)


def date_before_place(text: str) -> Found | None:
    """The match of the date a desk's country or region follows after a sign, as a
    section does: "12 April 2024 | Latin America", or a place or section after a
    preposition: "Há 2 horas — Em São Paulo"; None for any other line."""
    for sign in _PLACE_SIGNS:
        before, found, after = text.rpartition(f" {sign} ")
        if found and (after.lower() in PLACE_NAMES or _in_place(after)):
            return _WHOLE.fullmatch(before)
    return None


def _in_place(text: str) -> bool:
    """Whether ``text`` is a preposition and a capitalised place or section of three
    words at most: "Em São Paulo", "In Politics", "En Buenos Aires"."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and words[0].lower() in PLACE_PREPOSITIONS
        and words[1][:1].isupper()
        and all(word[:1].isupper() or (word.isalpha() and len(word) <= 3) for word in words[2:])
    )


_TRAILER_AT_END = Caseless(rf"{_TRAILING_PART}+[\s.]*$", verbose=True)


def without_trailer(text: str) -> str | None:
    """``text`` without the reading time or counts that end it ("· 4 min read"), if any."""
    found = _TRAILER_AT_END.search(text)
    return text[: found.start()] if found is not None and found.start() > 0 else None


def date_at_start(text: str) -> tuple[str, str] | None:
    """The date that opens ``text`` (a label before it allowed) and what follows it, or ``None``.

    Only the start is read: the cheap question for a line of any length.
    """
    head = text[:120]
    match = _AT_START.match(head)
    if match is None or match.end("date") >= len(text):
        return None
    return date_value(text, match.span("date")), text[match.end("date") :]


def find_date(text: str) -> tuple[str, str, str] | None:
    """Split a line into ``(before, date, after)`` when it starts or ends with a date.

    Returns ``None`` when there is no date at either end.
    """
    if len(text) > 200:
        return None
    match = _AT_END.search(text) if _may_end_date(text) else None
    if match is not None and match.start("date") > 0:
        return text[: match.start("date")], date_value(text, match.span("date")), ""
    match = _AT_START.match(text)
    if match is not None and match.end("date") < len(text):
        return "", date_value(text, match.span("date")), text[match.end("date") :]
    return None


# -- dates as values ------------------------------------------------------

_NUMERIC = regex.compile(
    r"(?P<y1>\d{4})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y2>\d{4}|\d{2})(?!\d)"
)
_TOKEN = regex.compile(r"\d+|[^\W\d_]+(?:[-'’][^\W\d_]+)*", regex.VERSION1)
#: Each count word stands for one (``_COUNT_WORDS``).
_COUNTS = dict.fromkeys(_COUNT_WORDS, 1)
_UNIT_DAYS = (
    ("second", 0), ("minute", 0), ("min", 0), ("hour", 0), ("hr", 0), ("hora", 0),
    ("heure", 0), ("stunde", 0), ("std", 0), ("segundo", 0), ("minuto", 0), ("minute", 0),
    ("week", 7), ("semana", 7), ("semaine", 7), ("woche", 7),
    ("day", 1), ("día", 1), ("dia", 1), ("jour", 1), ("tag", 1),
    ("month", 30), ("mes", 30), ("mois", 30), ("monat", 30),
    ("year", 365), ("año", 365), ("ano", 365), ("an", 365), ("jahr", 365),
)  # fmt: skip
#: The short units ("2h ago") as their stems: a short unit is the whole word.
_SHORT_UNIT_DAYS = {
    "s": (("s", 0),), "m": (("m", 0),), "h": (("h", 0),), "d": (("d", 1),),
    "w": (("w", 7),), "wk": (("wk", 7),), "wks": (("wks", 7),), "mo": (("mo", 30),),
    "y": (("y", 365),), "yr": (("yr", 365),), "yrs": (("yrs", 365),),
}  # fmt: skip
_YESTERDAY = frozenset({"yesterday", "ayer", "hier", "gestern", "ontem", "igår"})
_TODAY = frozenset({"today", "hoy", "aujourd'hui", "aujourd’hui", "heute", "hoje", "idag"})
#: A feed's newest entry: "Just now".
_JUST_NOW = re.compile(r"\bjust\s+now\b")
_COMPACT = re.compile(_COMPACT_AGE)


def is_compact_age(text: str) -> bool:
    """Whether ``text`` is an age without "ago" ("2h", "3d"): a date only after a
    separator or alone on its line."""
    return _COMPACT.fullmatch(text.lower()) is not None


_RELATIVE = regex.compile(
    r"(?:\b(?P<n1>\d+(?=[^\W\d_])|(?:\d+|an?|one|un[ae]?|ein(?:e[mr]?)?|uma?)\s+)"
    r"(?P<u1>[^\W\d_]+)\s+(?:ago|atr[áa]s)\b"
    r"|\b(?:hace|há|ha|il\s+y\s+a|vor)\s+(?P<n2>\d+|un[ae]?|ein(?:e[mr]?)?|uma?)\s+(?P<u2>\w+))",
    regex.IGNORECASE | regex.VERSION1,
)


def is_age(text: str) -> bool:
    """Whether date ``text`` tells how long ago ("2 hours ago", "hace 3 días", "2h"):
    an article's age, no day a group of articles shares."""
    lower = text.lower()
    return _RELATIVE.search(lower) is not None or _COMPACT.fullmatch(lower) is not None


def _make(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _relative(text: str, reference: date) -> date | None:
    lower = text.lower()
    words = set(_TOKEN.findall(lower))
    if words & _YESTERDAY:
        return reference - timedelta(days=1)
    if words & _TODAY or _JUST_NOW.search(lower):
        return reference
    if _COMPACT.fullmatch(lower) is not None:  # "2h", "3d", "1w": an age after a separator
        days = {"d": 1, "w": 7}.get(lower[-1], 0)  # hours: today
        return reference - timedelta(days=days * int(lower.rstrip("hrsdw ")))
    match = _RELATIVE.search(lower)
    if match is None:
        return None
    count_text = match.group("n1") or match.group("n2")
    unit = match.group("u1") or match.group("u2")
    count_text = count_text.strip()
    count = int(count_text) if count_text.isdigit() else _COUNTS.get(count_text, 1)
    for stem, days in (*_UNIT_DAYS, *_SHORT_UNIT_DAYS.get(unit, ())):
        if unit.startswith(stem):
            if days == 30:  # calendar months, not thirty days
                month = reference.month - 1 - count
                year = reference.year + month // 12
                day = min(reference.day, 28)
                return date(year, month % 12 + 1, day)
            if days == 365:
                return _make(reference.year - count, reference.month, min(reference.day, 28))
            return reference - timedelta(days=days * count)
    return None


_LEADING_TIME = re.compile(f"^{_LEAD_TIME}", re.IGNORECASE)


#: Words around a date in figures that only the languages writing the day first use:
#: "04/11/2026 à 07h15", "Publié le 04/11/2026", "04/11/2026 um 10:05 Uhr".
_DAY_FIRST = regex.compile(
    r"\b(?:à|às|a las|um|uhr|le|el|em|publié|publicado|publicada|veröffentlicht|aktualisiert"
    r"|actualizado|atualizado)\b|\d{1,2}h\d{2}",
    regex.IGNORECASE,
)


def parse_date(text: str, *, reference: date | None = None) -> date | None:
    """The calendar date a date text names, or ``None``.

    Reads the shapes of SPEC 2.I in English, Spanish, French, German,
    Portuguese (and Swedish, Dutch, Italian month names): ``March 31, 2016``,
    ``Thursday, 25 August 2016``, ``15 de março de 2021``, ``2016-03-31``,
    ``31.03.2016`` (day first; ``03/31/2016`` month first unless the first
    number is above 12, or a word or time around it is French, Spanish,
    Portuguese or German: "04/11/2026 à 07h15"). Relative dates ("2 days ago", "hace 3 días",
    "yesterday") and dates without a year resolve only against ``reference``,
    never against the clock: without it they give ``None``.
    """
    written = " ".join(text.split())
    text = _LEADING_TIME.sub("", strip_date_label(written), count=1)  # its numbers are no day
    match = _NUMERIC.search(text)
    if match is not None:
        if match.group("y1"):
            return _make(int(match.group("y1")), int(match.group("m1")), int(match.group("d1")))
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y2"))
        if match.group("sep") == "/" and a <= 12 < b:
            a, b = b, a  # month first: 03/31/2016
        elif match.group("sep") == "/" and a <= 12 and b <= 12 and not _DAY_FIRST.search(written):
            a, b = b, a  # both could be months: slashes are month first, in English
        return _make(year, b, a)
    lower = text.lower()
    tokens = _TOKEN.findall(lower)
    # Relative first: "ago" is also Spanish for August.
    if (
        _RELATIVE.search(lower)
        or not _YESTERDAY.isdisjoint(tokens)
        or not _TODAY.isdisjoint(tokens)
        or _JUST_NOW.search(lower)
        or _COMPACT.fullmatch(lower)
    ):
        return _relative(text, reference) if reference is not None else None
    month = next((MONTHS[t] for t in tokens if t in MONTHS and t not in WEEKDAYS), None)
    numbers = [int(t) for t in tokens if t.isdigit()]
    if month is not None and numbers:
        years = [n for n in numbers if n >= 1000]
        days = [n for n in numbers if 1 <= n <= 31]
        if years and days:
            return _make(years[0], month, days[0])
        if days and reference is not None:
            found = _make(reference.year, month, days[0])
            if found is not None and found > reference:
                found = _make(reference.year - 1, month, days[0])
            return found
        return None
    return None
