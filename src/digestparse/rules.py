"""The heuristics: small named rules, each able to say why it decided.

Two chains run in a documented order, the first decision winning:

* ``LINE_RULES`` look at one line's ``Features`` alone and give it a *kind*:
  a date, page chrome, a byline, a photo credit, a sentence (a summary) or a
  title (a headline, caption, kicker, name or page title still to be told
  apart). Order matters: dates before chrome ("01.02.2024" is not
  pagination), then bylines, then credits,
  then the sentence tests, and "title" when nothing else fits.
  ``classify`` asks them of one line; ``classify_all`` of a window's lines
  at once, each rule only of the lines its gate lets through (``gates``),
  with the same verdicts.
* The *context rules* below them decide what a title or a stray line is from
  where it stands: above a headline in its block, opening a bulleted item,
  between a summary and a date, before the first article. ``assemble`` asks
  them in the order it lists.

Every rule returns ``None`` ("not my case") or a ``Verdict``: a kind or role,
the rule's machine name and a reason in words. Thresholds come from
``Options``; a rule can be switched off with ``Options.disabled_rules``.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable
from typing import NamedTuple, cast

import regex

from .caseless import alternation
from .dates import date_at_start, find_date, is_date, parse_date
from .features import _DIGIT, Features, is_name, is_section
from .gates import GATES, Gate, Sheet
from .lexicon import BY_WORDS, CAMEL_WORDS, DASHES, IMAGE_PLACEHOLDERS, LEAD_SIGNS, NO_NAME_WORDS
from .options import Options
from .records import Role

__all__ = [
    "BYLINE",
    "CAPTION",
    "DATE",
    "LINE_RULES",
    "NOISE",
    "RULE_NAMES",
    "SENTENCE",
    "TITLE",
    "Kind",
    "Verdict",
    "classify",
    "classify_all",
    "dash_headline",
    "date_lead",
    "glued_caption",
]


class Kind(enum.Enum):
    """What one line is, judged from its own text."""

    NOISE = "noise"
    DATE = "date"
    BYLINE = "byline"
    CAPTION = "caption"
    SENTENCE = "sentence"
    TITLE = "title"


# The kinds as module names for the loops that ask them of every line: a
# module global is read in a quarter of the time an Enum member takes.
NOISE, DATE, BYLINE, CAPTION, SENTENCE, TITLE = (
    Kind.NOISE, Kind.DATE, Kind.BYLINE, Kind.CAPTION, Kind.SENTENCE, Kind.TITLE
)  # fmt: skip


class Verdict(NamedTuple):
    """A rule's decision: a kind (line rules) or a role (context rules), and why."""

    what: Kind | Role
    rule: str
    reason: str


LineRule = Callable[[Features, Options], tuple[Kind, str] | None]


def noise_chrome(f: Features, o: Options) -> tuple[Kind, str] | None:
    """Page controls and navigation: "Read more", share bars, pagination, archive titles."""
    return (Kind.NOISE, f.chrome) if f.chrome else None


def date_line(f: Features, o: Options) -> tuple[Kind, str] | None:
    """A line that is nothing but a date (a label such as "Published:" allowed)."""
    return (Kind.DATE, "the whole line is a date") if f.date else None


def byline_marker(f: Features, o: Options) -> tuple[Kind, str] | None:
    """A name after "By", "Written by", "Por", "Par", "Von", "Author:"."""
    if f.byline is None or f.byline.marker is None:
        return None
    return (Kind.BYLINE, f"a name after {f.byline.marker!r}")


def byline_name_date(f: Features, o: Options) -> tuple[Kind, str] | None:
    """A name sharing its line with a date or a reading time: "Ana Ruiz · 4 May 2021"."""
    if f.byline is None or f.byline.marker is not None:
        return None
    beside = "a date" if f.byline.date is not None else "a reading time, a count or a handle"
    return (Kind.BYLINE, f"a name next to {beside}")


def caption_credit(f: Features, o: Options) -> tuple[Kind, str] | None:
    """A photo-credit marker: "Photo:", "Foto-", "©", "120x80", "Flickr"; or the word an
    image without alt text pastes as, alone: "Image", "Foto".

    At the start or end of the line it decides; inside a short line only when
    the line does not end a sentence, since alt text glued to a summary
    ("Tsipras. Photo: J. Doe, Flickr.comFor decades …") ends like the summary.
    """
    if f.lower in IMAGE_PLACEHOLDERS:
        return (Kind.CAPTION, "the word an image without alt text pastes as")
    if f.credit is None or f.credit[1] == "agency":
        return None
    if f.credit[1] == "inside" and (f.ends_period or f.truncated):
        return None
    return (Kind.CAPTION, f"contains the photo-credit marker {f.credit[0]!r}")


def summary_truncated(f: Features, o: Options) -> tuple[Kind, str] | None:
    """Text cut short with "…" or "[...]" is a teaser."""
    if f.truncated and f.words >= o.truncated_min_words:
        return (Kind.SENTENCE, "ends with a truncation marker")
    return None


def summary_full_stop(f: Features, o: Options) -> tuple[Kind, str] | None:
    """A sentence: ends with a full stop and has enough words; headlines rarely do."""
    if f.ends_period and f.words >= o.sentence_min_words:
        return (Kind.SENTENCE, f"{f.words} words ending with a full stop")
    return None


def summary_signed(f: Features, o: Options) -> tuple[Kind, str] | None:
    """A sentence signed after a dash: "… four in five voted against. — Tom Berg"."""
    parts = signed_sentence(f.text, o.name_max_words)
    if parts is not None and parts[1].count(" ") + 1 >= o.sentence_min_words:
        return (Kind.SENTENCE, "a sentence signed with a name after a dash")
    return None


def summary_sentences(f: Features, o: Options) -> tuple[Kind, str] | None:
    """Two sentences or more on one line ("… workers. The IMT declares …!"), the last
    ending as a sentence does, or long: a headline of two sentences stops without
    ("The bridge is closed. Here is how to get around")."""
    if (
        f.words >= o.sentence_min_words + 4
        and f.inner_sentence
        and (f.text.endswith(_SENTENCE_ENDS) or f.words >= _LONG_SENTENCES)
    ):
        return (Kind.SENTENCE, "holds more than one sentence")
    return None


#: How a line of sentences ends, a closing quote or bracket allowed after it.
_SENTENCE_ENDS = tuple(
    f"{stop}{close}" for stop in ".!?…:;" for close in ("", '"', "”", "’", "»", ")", "]")
)
#: The words of a line of sentences that may stop with no sign (a teaser cut short).
_LONG_SENTENCES = 12


def summary_long(f: Features, o: Options) -> tuple[Kind, str] | None:
    """A long line that is not written in title case reads as running text."""
    if f.words >= o.long_line_words and not f.title_case:
        return (Kind.SENTENCE, f"{f.words} words of running text")
    return None


def caption_weak_credit(f: Features, o: Options) -> tuple[Kind, str] | None:
    """A short line ending with an agency or licence: "Protest in Lima | AP"."""
    if f.credit is None:
        return None
    return (Kind.CAPTION, f"ends with the credit {f.credit[0]!r}")


def title_default(f: Features, o: Options) -> tuple[Kind, str] | None:
    """Whatever is short and not a sentence: decided later from its place."""
    return (Kind.TITLE, "short and not a sentence")


#: The line rules by name, in the order they are asked; the first decision wins.
LINE_RULES: tuple[tuple[str, LineRule], ...] = (
    ("date.line", date_line),
    ("noise.chrome", noise_chrome),
    ("byline.marker", byline_marker),
    ("byline.name_and_date", byline_name_date),
    ("caption.credit", caption_credit),
    ("summary.truncated", summary_truncated),
    ("summary.full_stop", summary_full_stop),
    ("summary.signed", summary_signed),
    ("summary.sentences", summary_sentences),
    ("summary.long", summary_long),
    ("caption.agency", caption_weak_credit),
    ("title.default", title_default),
)

#: Rules that decide from a line's place; ``assemble`` applies them.
CONTEXT_RULES = frozenset(
    {
        "headline.nearest_title",  # the title nearest above a summary is its headline
        "summary.teaser",  # a summary with no title above it stands alone
        "caption.repeats_headline",  # a line repeating the headline word for word
        "kicker.label",  # a section label or "Reply to …" above the headline
        "kicker.repeated",  # the same line above several headlines: a label
        "kicker.like_others",  # a short title above a headline, where most have labels so
        "caption.above_headline",  # a title glued above the headline in its block
        "caption.item_start",  # the first block of a bulleted item, above its headline
        "caption.stray_credit",  # a credit line between articles goes to the next one
        "headline.media_label",  # "PHOTOS: A week of storms …" over a teaser with no headline
        "caption.glued",  # alt text glued to the first word of the summary (layout L)
        "headline.dash",  # "Title Case Headline — A sentence of summary." on one line
        "headline.dash_sentence",  # "Sentence case headline — A sentence.", half the teasers
        "headline.colon",  # "Title Case Headline: A sentence of summary.", twice in a listing
        "byline.lead",  # "By Ana Ruiz — A sentence of summary.": the byline opens the summary
        "byline.signed",  # "A sentence of summary. — Ana Ruiz": the author signs the summary
        "date.lead",  # "Mar 4, 2019 — A sentence of summary.": the date opens the summary
        "byline.after_summary",  # a name standing alone after a summary
        "byline.above_headline",  # bylines over their headlines, as the listing shows
        "byline.in_publication",  # "Ana Ruiz / in / The Remote Desk" over each headline
        "byline.agency",  # "Maya Cohen (AFP)" glued to a date: the author, no credit
        "byline.marked",  # a name after "By" outranks a word beside a date as the author
        "byline.under_headline",  # a name between headline and summary, as the listing shows
        "byline.over_headline",  # a name over each headline of a listing without summaries
        "byline.above_date",  # a name over its date under the headline, or by it above
        "caption.under_headline",  # sentence-case alt text under title-case headlines
        "date.heading",  # a date above a group of articles dates each of them
        "date.trailer",  # a date below an article dates it
        "date.in_headline",  # "Headline - November 28, 2026", twice in a listing
        "byline.in_headline",  # "Headline – Ana Ruiz", on half the headlines of a listing
        "noise.page_title",  # titles before the first article
        "noise.section_title",  # a title above several teasers, or above bulleted teasers
        "noise.trailing",  # titles after the last article
        "noise.source",  # "Source: AP" between headline and summary
        "noise.section_tag",  # a known section or place where names stand under headlines
        "noise.role",  # "Labour correspondent" under the name that signs the article
        "noise.box",  # a sentence right under "Sign up for our newsletter", "About the author"
        "noise.page_description",  # "Labour" / "News from the workplace." over headlines
        "noise.ranking",  # headlines listed under "Most read", below an article: links
        "noise.menu",  # a short title in a block of the site's menu links: "Home / News / About"
        "noise.widget",  # a list of counted archives or categories: "November 2026 (12)"
        "noise.summary_block",  # a title ending a summary's block, a blank line before the next
        "headline.alone",  # a title between articles that nothing else claims
        "headline.listed",  # a title of three words or more in a listing of titles alone
        "byline.under_listed",  # a name glued under each title of a listing of titles alone
        "headline.with_facts",  # a title over its date or byline, where no article has a summary
        "headline.under_date_heading",  # a title under a date heading, where none has a summary
        "headline.long",  # a long line with no full stop over its sentence, as others stand
        "headline.full_stop",  # a short sentence above a longer one, where the listing pairs them
        "summary.pair",  # a leftover block of two titles: headline and short teaser
        "summary.after_title",  # a long sentence-case title under a title is its teaser
        "summary.continued",  # a second sentence line in a headline's block (layout M)
        "summary.second_paragraph",  # a sentence block between summary and byline (layout B)
        "table.row",  # the cells of a table's row pasted with tabs: one article
        "caption.lone_title",  # the only title between two articles, above a headline
        "caption.sentence_above_headline",  # alt text written as a sentence, above a headline
    }
)

#: Every rule name ``Options.disabled_rules`` accepts ("title.default" is the
#: fallback and cannot be switched off).
RULE_NAMES = frozenset({name for name, _ in LINE_RULES[:-1]} | CONTEXT_RULES)


@functools.lru_cache(maxsize=32)
def _chain(disabled: frozenset[str]) -> tuple[tuple[str, LineRule], ...]:
    """The line rules still switched on, in order."""
    return tuple((name, rule) for name, rule in LINE_RULES if name not in disabled)


def classify(f: Features, o: Options) -> Verdict:
    """Give a line its kind: the first line rule that decides."""
    for name, rule in _chain(o.disabled_rules):
        decided = rule(f, o)
        if decided is not None:
            return Verdict(decided[0], name, decided[1])
    raise AssertionError("title.default always decides")  # pragma: no cover


def classify_all(sheet: Sheet, o: Options) -> list[Verdict]:
    """Give every text of ``sheet`` its kind: what ``classify`` gives each alone.

    Each rule in turn is asked only about the lines still undecided that its
    gate lets through (``gates``); the lines no rule took are titles.
    """
    verdicts: list[Verdict | None] = [None] * len(sheet.texts)
    undecided = list(range(len(sheet.texts)))
    opened: dict[Gate, list[int]] = {}  # a gate shared by two rules is asked once
    for name, rule in _chain(o.disabled_rules):
        gate = GATES.get(name)
        if gate is None:  # title.default, the same verdict for every line left
            if undecided:
                decided = rule(sheet.features(undecided[0]), o)
                assert decided is not None
                title = Verdict(decided[0], name, decided[1])
                for k in undecided:
                    verdicts[k] = title
            break
        if gate not in opened:
            opened[gate] = gate(sheet, undecided, o)
        taken = False
        for k in opened[gate]:
            if verdicts[k] is not None:
                continue  # decided by a rule between the gate's two
            decided = rule(sheet.features(k), o)
            if decided is not None:
                verdicts[k] = Verdict(decided[0], name, decided[1])
                taken = True
        if taken:
            undecided = [k for k in undecided if verdicts[k] is None]
    return cast(list[Verdict], verdicts)


# A join inside a word: a lower-case letter, digit or full stop directly
# followed by a capital that opens a lower-case word ("120x80For", "comFor"),
# perhaps after an opening quote ("Agência Brasil“Não vamos …").
_GLUE = regex.compile(r"(?<=[\p{Ll}\p{N}.)])(?=[\"“«]?\p{Lu}\p{Ll})", regex.VERSION1)


#: ``_GLUE`` for a text in ASCII, where the ``re`` engine finds it faster.
_ASCII_GLUE = re.compile(r"[a-z0-9.)](?=\"?[A-Z][a-z])")


#: A thumbnail's size ending its alt text, the summary glued on: "thumb usa 120x80US …",
#: "120x80“For …", "120x80A new …". Whatever follows the size but a space, a digit,
#: a sign or a lower-case letter (a unit: "1920x1080px").
_THUMBNAIL_GLUE = re.compile(r"(?<![\w])\d{2,4}[x×]\d{2,4}(?=\S)(?![\d.,;:)\]x×a-z])")


def glued_caption(text: str, max_words: int) -> tuple[str, str] | None:
    """Split alt text glued to the start of a summary: "thumb 120x80For …".

    Returns ``(caption, summary)`` or ``None``. The join must fall within the
    first ``max_words`` words, leave at least three words of summary, and not
    be a camel-case word ("YouTube", "McDonald", "iPhone", "DeSantis"). After
    a thumbnail's size ("120x80") anything but a digit may open the summary:
    an acronym, a quote, "A".
    """
    head = text[:400]
    thumb = _THUMBNAIL_GLUE.search(head) if "x" in head or "×" in head else None
    if thumb is not None and text.count(" ", 0, thumb.end()) < max_words:
        caption, summary = text[: thumb.end()].strip(), text[thumb.end() :].strip()
        if summary.count(" ") >= 2:
            return caption, summary
    if text.isascii() and _ASCII_GLUE.search(text, 0, 4000) is None:
        return None  # the common case: no join anywhere the words below can reach
    limit = len(" ".join(text[:4000].split(None, max_words)[:max_words]))
    first = None  # the first join that would do, if none opens a word whole
    for match in _GLUE.finditer(text, 0, limit):
        at = match.start()
        word_start = text.rfind(" ", 0, at) + 1
        word_end = text.find(" ", at)
        word = text[word_start : word_end if word_end >= 0 else len(text)]
        left = text[word_start:at]
        bare = word.strip(_WORD_SIGNS).lower()
        if bare in CAMEL_WORDS or (
            len(left) < 3 and not any(c.isdigit() or c == "." for c in left)
        ):
            continue
        caption, summary = text[:at].strip(), text[at:].strip()
        if len(summary.split()) < 3 or not caption:
            continue
        # Of two joins in one word, the one that opens a whole word:
        # "FalceMartelloHundreds of …" parts before "Hundreds", not "Martello".
        opened = summary.split(" ", 1)[0].strip(_WORD_SIGNS)
        if opened.lower() in CAMEL_WORDS or not any(c.isupper() for c in opened[1:]):
            return caption, summary
        first = first or (caption, summary)
    return first


_WORD_SIGNS = "\"“”'’()[],.;:!?"


#: What parts a headline from its summary on one line: a dash between spaces.
_DASH = re.compile(r" [—–-] ")


def dash_headline(text: str) -> tuple[str, str] | None:
    """Split "Dock Workers Vote to Strike — Crane operators walked out …" in two.

    Returns ``(headline, summary)`` or ``None``. Before the first dash
    between spaces, three to twenty words in title case, not a name of three
    words or fewer;
    after it, a sentence: six words or more in sentence case, opening with
    a capital and ending as a sentence or a truncated teaser does.
    """
    dash = _DASH.search(text, 0, 200)
    return None if dash is None else _headline_and_summary(text, dash.start(), dash.end(), 3)


def dash_sentence_headline(text: str) -> tuple[str, str] | None:
    """As ``dash_headline``, with a headline in sentence case: "Dock workers vote to
    strike – Crane operators walked out …" (four words at least before the dash).

    A teaser's own clause may stand so; the caller asks for the shape across
    the listing.
    """
    dash = _DASH.search(text, 0, 200)
    if dash is None:
        return None
    return _headline_and_summary(text, dash.start(), dash.end(), 4, cased=True)


#: What parts a headline from its summary in a digest's item: a colon and a space.
_COLON = re.compile(r"(?<=\w): ")


def colon_headline(text: str) -> tuple[str, str] | None:
    """Split "Ferry Company Sold to Private Equity: The sale was agreed …" in two.

    As ``dash_headline``, at a colon with four words before it at least (the
    first such; a headline may hold a colon of its own: "Bolivia: Miners
    Block the Highway: Traffic …"): a place before a colon opens a sentence
    ("New York City: The mayor …"), and a title-case headline seldom has
    fewer.
    """
    for colon in _COLON.finditer(text, 0, 200):  # the headline may hold a colon of its own
        found = _headline_and_summary(text, colon.start(), colon.end(), 4)
        if found is not None:
            return found
    return None


def _headline_and_summary(
    text: str, start: int, end: int, least: int, cased: bool = False
) -> tuple[str, str] | None:
    """``text`` cut at ``start:end`` as a title-case headline of ``least`` to twenty words
    (or, ``cased``, one in sentence case with no sentence's end) and a summary: six
    words or more in sentence case, ending as a sentence or a teaser."""
    if not text[end : end + 1].isupper():
        return None
    headline, summary = text[:start], text[end:]
    # The texts are normalised: a count of spaces is a count of words.
    if not least - 1 <= headline.count(" ") <= 19 or summary.count(" ") < 5:
        return None  # the cheap tests first
    head, body = Features(headline), Features(summary)
    if not (
        (head.title_case or (cased and _sentence_headline(head)))
        and not (head.name and head.words <= 3)  # "Ana Ruiz Lopez — …": an author
        and body.sentence_case
        and (body.ends_period or body.truncated or summary.endswith(("!", "?")))
    ):
        return None
    return headline, summary


def _sentence_headline(head: Features) -> bool:
    """Whether a line before a dash reads as a headline in sentence case: opening with
    a capital, no full stop or other sentence's end in it or at its end."""
    return (
        head.sentence_case
        and head.text[:1].isupper()
        and not head.inner_sentence
        and not head.ends_period
        and head.text[-1:] not in "!?:;,"
    )


#: A date in brackets ending a headline: "Ferry Strike Ends (November 28, 2026)".
_BRACKETED_END = re.compile(r"\s[(\[](?P<date>[^()\[\]]{4,60})[)\]]\s*\Z")
#: The signs that part a date from the headline on its line.
_DATE_SIGNS = "-–—|·•/"
#: A date written in figures only ("12.03.2024", "2024-03-12"): opening a line, it
#: needs no sign before the headline, since no headline's words open so.
_FIGURES_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{4}|\d{4}-\d{2}-\d{2}")


#: The sign before an author run onto the headline's line: "Headline – Ana Ruiz".
#: What parts a headline from its author: a dash or a bar, or "by" (a comma may
#: stand before it): "The Long Winter, by Ana Ruiz", "Imperialism Today by Rachel Stern".
_AUTHOR_AFTER = re.compile(r"(?: [-–—|] |,? (?i:by|por|par|von) )(?=[^ ]+(?: [^ ]+){1,3}$)")


def headline_author(text: str, max_words: int = 4) -> tuple[str, str] | None:
    """Split "The Price of Bread – Lena Ostrova" into its headline and author.

    Returns ``(headline, author)`` or ``None``. The author follows the last
    sign between spaces (a dash or a bar), or "by" ("The Long Winter, by Ana
    Ruiz"): a name of two to four words, not
    a section or place the lexicon knows, with no word no name holds ("What
    We Know", "Part Two"); three words of headline are left.
    A single headline may end so in its own words ("Strikes Spread – Ports
    Close"): the caller asks for the shape across the listing.
    """
    signs = list(_AUTHOR_AFTER.finditer(text))
    if not signs:
        return None
    found = signs[-1]
    head, author = text[: found.start()].strip(), text[found.end() :].strip()
    # "by" marks the author: two words of headline may stand before it ("Imperialism Today").
    marked = found.group(0).strip(" ,").isalpha()
    if (
        head.count(" ") < (1 if marked else 2)
        or not is_name(author, max_words)
        or any(word in NO_NAME_WORDS for word in author.lower().split())
        or is_section(author.lower())
    ):
        return None
    return head, author


def headline_date(text: str) -> tuple[str, str] | None:
    """Split "Ferry Strike Ends - November 28, 2026" into its headline and date.

    Returns ``(headline, date)`` or ``None``. The date ends the line after a
    separator between spaces or in brackets, or opens it before one
    ("28/11/2026 - Ferry Strike Ends") or, written in figures only, before a
    space ("28.11.2026 Fährstreik beendet"); it names a day ("May 1926" may be a
    headline's own words, as may "2 days ago"); two words of headline are left.
    """
    if _DIGIT.search(text) is None:
        return None  # most headlines: a date naming a day has a number
    bracketed = _BRACKETED_END.search(text, max(0, len(text) - 64))
    if bracketed is not None:
        head, date = text[: bracketed.start()].strip(), bracketed.group("date").strip()
        if not is_date(date):
            return None
    else:
        found = find_date(text)
        if found is None:
            return None
        before, date, after = found
        # The sign between the date and the headline, with a space on the headline's side.
        if before and before.rstrip()[-1:] in _DATE_SIGNS and before.endswith(" "):
            head = before.rstrip()[:-1].strip()
        # Or a comma after the author the headline ends with: "… — Ana Ruiz, 30 November 2026".
        elif before.endswith(", ") and headline_author(before[:-2]) is not None:
            head = before[:-2]
        elif after and after.lstrip()[:1] in _DATE_SIGNS and after[:1] == " ":
            head = after.lstrip()[1:].strip()
        elif not before and after[:1] == " " and _FIGURES_DATE.fullmatch(date):
            head = after.strip()  # "12.03.2024 Streik bei der BVG"
        else:
            return None
    if head.count(" ") < 1 or parse_date(date) is None:
        return None
    return head, date


#: A byline opening a summary before a dash: "By Ana Ruiz — The council voted …".
_LEAD_SIGN = f"[{regex.escape(LEAD_SIGNS)}]"
_MARKED_LEAD = regex.compile(
    rf"(?:{alternation(BY_WORDS)})\s+(?P<name>[^{regex.escape(LEAD_SIGNS)}]{{2,60}}?)\s+{_LEAD_SIGN}\s+"
    r"(?=[\p{Lu}\d\"“‘«¿¡])",  # a sentence or a date opens the rest: "By Ana Ruiz | 2026-10-30 — …"
    regex.IGNORECASE | regex.VERSION1,
)


def byline_lead(text: str, max_words: int = 4) -> tuple[str, str] | None:
    """Split "By Ana Ruiz — The council voted …" into its author and summary.

    Returns ``(author, summary)`` or ``None``: a marker opens the text, a
    name follows it, then a dash or a separator and a sentence of six words
    or more.
    """
    found = _MARKED_LEAD.match(text, 0, 120)
    if found is None or text.count(" ", found.end()) < 5:
        return None
    name = found.group("name")
    if not is_name(name, max_words):
        return None
    return name, text[found.end() :]


#: A name signing a sentence after a dash: "… voted against. — Tom Berg", or in
#: brackets: "… voted against. (Tom Berg)". The sentence ends with a full stop,
#: "!" or "?" (perhaps in quotes) before it.
_SIGNATURE = regex.compile(
    rf"(?<=[.!?…][\"”’»)]?) (?:[{regex.escape(DASHES)}] "
    rf"(?P<name>[^{regex.escape(LEAD_SIGNS)}.!?]{{2,60}})"
    rf"|\((?P<bracketed>[^{regex.escape(LEAD_SIGNS)}.!?()]{{2,60}})\))\Z",
    regex.VERSION1,
)


#: How far from a text's end a signature starts, at most (a name of 60 characters, its dash).
SIGNATURE_REACH = 70


def signed_sentence(text: str, max_words: int = 4) -> tuple[str, str] | None:
    """Split "… four in five voted against. — Tom Berg" into its author and sentence.

    Returns ``(author, sentence)`` (as ``byline_lead`` does) or ``None``: the text ends with a dash
    between spaces and a name of ``max_words`` words at most, or such a name
    of two words at least in brackets ("(Tom Berg)"), right after the end of
    a sentence.
    """
    found = _SIGNATURE.search(text, max(0, len(text) - SIGNATURE_REACH))
    if found is None:
        return None
    name = found.group("name") or found.group("bracketed")
    # In brackets, two words at least: "(Reuters)", "(Video)", "(Updated)" sign nothing.
    if not is_name(name, max_words) or (found.group("name") is None and " " not in name):
        return None
    return name, text[: found.start()]


#: What follows a date that opens a summary: a dash or a separator, then a
#: capital; or an ellipsis, then any letter (a search page's snippet, cut
#: anywhere in its sentence: "Nov 30, 2026 ... workers at the port …").
_AFTER_LEAD_DATE = regex.compile(
    rf"\s*(?:{_LEAD_SIGN}\s+(?=[\p{{Lu}}\"“‘«¿¡])|(?:…|\.\.\.)\s+(?=[\p{{L}}\"“‘«¿¡]))",
    regex.VERSION1,
)


def date_lead(text: str, min_words: int = 6) -> tuple[str, str] | None:
    """Split "Mar 4, 2019 — Crane operators walked out …" into its date and summary.

    Returns ``(date, summary)`` or ``None``: the date opens the text, a dash
    or separator (or a search snippet's ellipsis) follows it, and a sentence
    of ``min_words`` words or more after that (six: "Mar 4, 2019 — Drivers
    walked out." alone may be a headline's words).
    """
    if not text[:1].isalnum():
        return None
    split = date_at_start(text)
    if split is None:
        return None
    date, after = split
    sign = _AFTER_LEAD_DATE.match(after)
    if sign is None or after.count(" ", sign.end()) < min_words - 1:
        return None
    return date, after[sign.end() :]
