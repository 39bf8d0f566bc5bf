"""Roles -> articles: anchor on summaries, then place every other line.

The listing is read as a sequence of *units* (a line, or a line with its
lower-case continuation lines), each with the kind the line rules gave it.

1. **Anchors.** Every sentence unit is a summary; the nearest title above it
   (skipping dates, bylines, credits and chrome, never crossing the previous
   summary) is its headline. Units between the two belong to that article.
2. **Regions.** What lies between one article's summary and the next one's
   headline is a region. From its end, units above the next headline in its
   block (or a bulleted item's first block, or a credit) become that
   article's caption or kicker; from its start, a byline, a name before a date
   or a date become the previous article's. Leftovers are page titles before
   the first article, trailing chrome after the last, date headings, or
   headline-only articles in between.
   Where no line is a summary, titles over their dates or bylines, or
   titles alone in a listing of nothing else, are headline-only articles.
3. **Glued captions.** A summary whose first word carries alt text glued on
   ("120x80For …") gives it up as the caption (layout L).

Every placement is a ``Verdict`` with a named rule, kept for ``explain()``.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter

import attrs

from .anchors import (
    DESCRIPTION,
    DESCRIPTION_WORDS,
    agency_bylines,
    anchor,
    avatars,
    box_blurbs,
    captions_under_headlines,
    dated_teasers,
    full_stop_headlines,
    headlines_with_facts,
    listed_headlines,
    long_headlines,
    media_label_titles,
    menu_blocks,
    names_page,
    names_under_headlines,
    promote_teasers,
    ranking_boxes,
    sentence_captions,
    title_over_teasers,
    widget_lists,
)
from .drafts import Draft, Listing, Shown
from .features import credit_word, is_section
from .gates import SIGNATURE_SIGNS
from .lexicon import LEAD_SIGNS, TRUNCATION
from .lines import Line
from .options import Options
from .records import Article, Decision, Role
from .regions import PAGE_TITLE, caps_names_trail, find_labels_above, regions
from .rules import (
    NOISE,
    SIGNATURE_REACH,
    TITLE,
    Verdict,
    byline_lead,
    colon_headline,
    dash_headline,
    dash_sentence_headline,
    date_lead,
    glued_caption,
    headline_author,
    headline_date,
    signed_sentence,
)
from .tables import ROW_RULE, hide_rows, row_articles, table_rows, whole_rows
from .units import Unit

__all__ = ["article", "decisions", "noise_lines", "settle"]


def _finish(listing: Listing) -> None:
    listing.drafts.sort(key=attrgetter("first"))
    colons = _colon_headlines(listing)
    dashes = _dash_headlines(listing)
    dated = _dated_headlines(listing)
    authored = _authored_headlines(listing, dated_too=dated)
    max_words = listing.options.name_max_words

    def lead_byline(text: str) -> tuple[str, str] | None:
        return byline_lead(text, max_words)

    def sign_off(text: str) -> tuple[str, str] | None:
        return signed_sentence(text, max_words)

    def headline_author_of(text: str) -> tuple[str, str] | None:
        return headline_author(text, max_words)

    # Where two summaries open with a date and a dash, a shorter one does too.
    lead_date = _short_date_lead if _dated_leads(listing) else date_lead
    heading = listing.shown.heading
    headings = sorted(listing.headings)
    h = 0
    for draft in listing.drafts:
        # Both splits of a summary's start need a sign in it: most have none there.
        signed = _LEAD_SIGN.search(draft.fields.get(Role.SUMMARY, ""), 0, 200) is not None
        if signed:
            if not draft.has(Role.BYLINE):
                _split_off(listing, draft, Role.BYLINE, _LEAD_BYLINE, lead_byline)
            _split_off(listing, draft, Role.DATE, _LEAD_DATE, lead_date)
        # A signature needs a dash between spaces, or a bracket, near its end.
        text = draft.fields.get(Role.SUMMARY, "")
        if not draft.has(Role.BYLINE) and SIGNATURE_SIGNS.search(
            text, max(0, len(text) - SIGNATURE_REACH)
        ):
            _split_off(listing, draft, Role.BYLINE, _SIGNED, sign_off, at_end=True)
        if dated and draft.headline is not None and not draft.has(Role.DATE):
            _off_headline(draft, Role.DATE, _HEADLINE_DATE, headline_date)
        if authored and draft.headline is not None and not draft.has(Role.BYLINE):
            _off_headline(draft, Role.BYLINE, _HEADLINE_AUTHOR, headline_author_of)
        # The heading in force over the article's headline: its author may stand over the
        # heading ("Ana Ruiz" / "26 Nov 2026" / headline).
        anchor = draft.headline if draft.headline is not None else draft.first
        while h < len(headings) and headings[h] < anchor:
            heading = listing.headings[headings[h]]
            h += 1
        if heading is not None and not draft.has(Role.DATE):
            draft.fields[Role.DATE] = heading
        _unglue(listing, draft)
        if signed and draft.headline is None:
            _split_off(listing, draft, Role.HEADLINE, _DASH_HEADLINE, dash_headline)
        if dashes and draft.headline is None and not draft.has(Role.HEADLINE):
            _split_off(listing, draft, Role.HEADLINE, _DASH_SENTENCE, dash_sentence_headline)
        if colons and draft.headline is None and not draft.has(Role.HEADLINE):
            _split_off(listing, draft, Role.HEADLINE, _COLON_HEADLINE, colon_headline)


#: The most words of the page's name over its description.
_PAGE_NAME_WORDS = 4


def _page_description(listing: Listing) -> None:
    """The listing's first "article" may be the page's name and its description.

    "Labour" / "News and analysis from the workplace, every week.", or the
    archive's title as chrome ("Category: Labour", or a section's name read
    as the page's title) right over the sentence alone (the site's name may
    stand above them, read as the sentence's headline, caption or label: the
    page's title too):
    a section's page shows its description at the top. Told from an
    article so: a sentence of thirty words at most, no truncation marker,
    its headline a section or place the lexicon knows (four words at most)
    or that name right above it as chrome or the page's title,
    with nothing else (no picture, label, byline or date), where
    every article below, two at least, has a headline and a byline or a
    date, or a headline where the sentence stands in no block of theirs, or
    opens a bulleted item (layout C), and the sentence stands in none. It
    goes to the noise.
    """
    drafts = listing.drafts
    if listing.shown.opened or len(drafts) < 3 or not listing.enabled("noise.page_description"):
        return
    first = drafts[0]
    summary = first.fields.get(Role.SUMMARY)
    headline = first.fields.get(Role.HEADLINE)
    units = listing.units
    # The page's name right above the sentence, as chrome or the page's title.
    at = first.summary - 1 if first.summary is not None else -1
    named = at >= 0 and (units[at].kind is NOISE or at in listing.noise) and names_page(units[at])
    # Over the page's name, what was read as a picture or label is the site's too.
    above = {Role.HEADLINE, Role.SUMMARY} | ({Role.CAPTION, Role.KICKER} if named else set())
    if (
        summary is None
        or set(first.fields) - above
        or len(summary.split()) > DESCRIPTION_WORDS
        or TRUNCATION.search(summary) is not None
        or not (
            named
            or (
                headline is not None
                and len(headline.split()) <= _PAGE_NAME_WORDS
                and is_section(headline.lower())
            )
        )
    ):
        return
    others = drafts[1:]
    block = units[first.first].block
    if block.item is not None:
        return  # a bulleted item of its own: an article's
    signed = all(
        draft.has(Role.HEADLINE) and (draft.has(Role.BYLINE) or draft.has(Role.DATE))
        for draft in others
    )
    # Or, the sentence in no block of theirs, every article below has a headline.
    headlined = units[others[0].first].block is not block and all(
        draft.has(Role.HEADLINE) for draft in others
    )
    # Or every article below is a bulleted item (layout C).
    bulleted = all(units[draft.first].block.item is not None for draft in others)
    if not (signed or headlined or bulleted):
        return
    for k, (roles, verdict) in first.placed.items():
        if roles == (Role.NOISE,):
            listing.noise[k] = (Role.NOISE, verdict)  # the page's name, as chrome
        else:  # the page's name (or the site's, over it) is the page's title
            listing.noise[k] = (Role.NOISE, DESCRIPTION if k == first.summary else PAGE_TITLE)
    del drafts[0]


def _dated_leads(listing: Listing) -> bool:
    """Whether two summaries or more open with a date and a dash (``date_lead``)."""
    summaries = (draft.fields.get(Role.SUMMARY, "") for draft in listing.drafts)
    return _shown_twice(
        listing,
        "date.lead",
        (text for text in summaries if _LEAD_SIGN.search(text, 0, 200) is not None),
        date_lead,
    )


def _short_date_lead(text: str) -> tuple[str, str] | None:
    """``date_lead`` for a summary of two words or more after the date and dash."""
    return date_lead(text, min_words=2)


def _dated_headlines(listing: Listing) -> bool:
    """Whether two headlines or more carry their date on their line (``headline_date``).

    A single one may be a headline's own words.
    """
    return _shown_twice(
        listing,
        "date.in_headline",
        _headlines_without(listing, Role.DATE),
        headline_date,
    )


def _headlines_without(listing: Listing, role: Role) -> Iterator[str]:
    """The headlines of the listing's articles that have no ``role`` yet."""
    for draft in listing.drafts:
        if draft.has(Role.HEADLINE) and not draft.has(role):
            yield draft.fields[Role.HEADLINE]


def _teasers(listing: Listing) -> Iterator[str]:
    """The summaries of the listing's articles that have no headline unit."""
    for draft in listing.drafts:
        if draft.headline is None:
            yield draft.fields.get(Role.SUMMARY, "")


def _shown_twice(
    listing: Listing,
    rule: str,
    texts: Iterable[str],
    split: Callable[[str], tuple[str, str] | None],
    *,
    half: bool = False,
) -> bool:
    """Whether ``split`` cuts two of ``texts`` at least (and, ``half``, half of them),
    and ``rule`` is on.

    A shape the listing shows, not one line's own words; once shown, it
    holds in the windows after (``Shown.twice``).
    """
    if not listing.enabled(rule):
        return False
    if rule in listing.shown.twice:
        return True  # an earlier window of the listing showed it
    found = total = 0
    for text in texts:
        total += 1
        if split(text) is not None:
            found += 1
            if found == 2 and not half:
                break
    shown = found >= 2 and (not half or 2 * found >= total)
    if shown:
        listing.shown.twice = listing.shown.twice | {rule}
    return shown


_HEADLINE_DATE = Verdict(
    Role.DATE,
    "date.in_headline",
    "a date on the headline's line, parted by a sign or in brackets, as other headlines show",
)


def _off_headline(
    draft: Draft,
    role: Role,
    verdict: Verdict,
    split: Callable[[str], tuple[str, str] | None],
) -> None:
    """Give the draft the ``role`` its headline's line carries (``split``: the date, the
    author), the headline the rest."""
    assert draft.headline is not None
    parts = split(draft.fields[Role.HEADLINE])
    if parts is None:
        return
    draft.fields[Role.HEADLINE], draft.fields[role] = parts
    roles = draft.placed[draft.headline][0]
    draft.placed[draft.headline] = ((*roles, role), verdict)


def _authored_headlines(listing: Listing, *, dated_too: bool = False) -> bool:
    """Whether half the headlines without a byline, two at least, end with their
    author after a dash ("The Price of Bread – Lena Ostrova", ``headline_author``).

    One headline may end so in its own words; half of them is a listing's shape.
    """
    max_words = listing.options.name_max_words

    def author_of(text: str) -> tuple[str, str] | None:
        # Past the date the headline carries, if any: "… — Ana Ruiz, 30 November 2026".
        dated = headline_date(text) if dated_too else None
        return headline_author(dated[0] if dated else text, max_words)

    return _shown_twice(
        listing,
        "byline.in_headline",
        _headlines_without(listing, Role.BYLINE),
        author_of,
        half=True,
    )


_HEADLINE_AUTHOR = Verdict(
    Role.BYLINE,
    "byline.in_headline",
    "the author after a dash on the headline's line, as half the headlines show",
)


def _dash_headlines(listing: Listing) -> bool:
    """Whether half the teasers, two at least, open with a headline in sentence case
    and a dash (``dash_sentence_headline``): a digest's items on one line each.

    A teaser's own clause may end at a dash; half of them is the listing's shape.
    """
    return _shown_twice(
        listing,
        "headline.dash_sentence",
        _teasers(listing),
        dash_sentence_headline,
        half=True,
    )


def _colon_headlines(listing: Listing) -> bool:
    """Whether two teasers or more open with a title-case headline and a colon.

    ``colon_headline`` splits them; a single one may be a teaser's own colon.
    """
    return _shown_twice(
        listing,
        "headline.colon",
        (text for text in _teasers(listing) if ": " in text[:200]),
        colon_headline,
    )


#: The signs a summary's byline, date or headline is parted from it by
#: (``byline_lead``, ``date_lead``, ``dash_headline``), or an ellipsis after a
#: date ("Nov 30, 2026 ... Workers at …", a search page's snippet).
_LEAD_SIGN = re.compile(f"(?:[{re.escape(LEAD_SIGNS)}]|…|[.][.][.]) ")
_LEAD_BYLINE = Verdict(
    Role.BYLINE, "byline.lead", "a marker, a name and a dash open the summary: the article's author"
)
_SIGNED = Verdict(
    Role.BYLINE,
    "byline.signed",
    "a dash and a name, or a name in brackets, end the summary: the article's author",
)
_LEAD_DATE = Verdict(
    Role.DATE, "date.lead", "a date and a dash open the summary: the article's date"
)


_COLON_HEADLINE = Verdict(
    Role.HEADLINE,
    "headline.colon",
    "a title-case headline, a colon and a sentence on one line, as other teasers show",
)
_DASH_SENTENCE = Verdict(
    Role.HEADLINE,
    "headline.dash_sentence",
    "a headline in sentence case, a dash and a sentence on one line, as half the teasers show",
)
_DASH_HEADLINE = Verdict(
    Role.HEADLINE,
    "headline.dash",
    "a title-case headline, a dash and a sentence on one line: headline and summary",
)


def _split_off(
    listing: Listing,
    draft: Draft,
    role: Role,
    verdict: Verdict,
    split: Callable[[str], tuple[str, str] | None],
    *,
    at_end: bool = False,
) -> None:
    """Give ``role`` what ``split`` cuts off the start of the summary, the summary the rest.

    With ``at_end`` the part is cut off the end of the summary (a signature).

    A date before a dash (``date_lead``), a byline (``byline_lead``), a
    teaser's headline before a dash or a colon (``dash_headline``,
    ``colon_headline``); ``verdict.rule`` switches it off.
    """
    if draft.summary is None or not listing.enabled(verdict.rule):
        return
    parts = split(draft.fields[Role.SUMMARY])
    if parts is None:
        return
    part, summary = parts
    draft.fields[Role.SUMMARY] = summary
    # A summary split twice ("By NAME | DATE — …") keeps the role the first split gave.
    before = tuple(
        r for r in draft.placed[draft.summary][0] if r is not Role.SUMMARY and r in draft.fields
    )
    draft.fields.setdefault(role, part)
    roles = (*before, Role.SUMMARY, role) if at_end else (*before, role, Role.SUMMARY)
    draft.take(
        draft.summary,
        roles,
        verdict,
        *(summary if r is Role.SUMMARY else draft.fields[r] for r in roles),
    )


def _unglue(listing: Listing, draft: Draft) -> None:
    if draft.summary is None or draft.has(Role.CAPTION) or not listing.enabled("caption.glued"):
        return
    unit = listing.units[draft.summary]
    split = glued_caption(unit.text, listing.options.glued_caption_max_words)
    if split is None:
        return
    caption, summary = split
    credit = credit_word(caption)
    inside_byline = any(Role.BYLINE in roles for roles, _ in draft.placed.values()) and (
        draft.headline is not None and any(draft.headline < k < draft.summary for k in draft.placed)
    )
    if credit is None and not inside_byline:
        return
    reason = (
        f"alt text with {credit[0]!r} glued to the summary's first word"
        if credit
        else "text glued to the summary's first word, under a byline line (layout L)"
    )
    verdict = Verdict(Role.CAPTION, "caption.glued", reason)
    draft.fields[Role.SUMMARY] = summary
    draft.take(draft.summary, (Role.CAPTION, Role.SUMMARY), verdict, caption, summary)


def _repeated_titles(listing: Listing) -> frozenset[str]:
    """Texts of titles that stand right above two different headlines or more."""
    heads: dict[str, set[str]] = {}
    for draft in listing.drafts:
        if draft.headline is not None and draft.headline > 0:
            above = listing.units[draft.headline - 1]
            if above.kind is TITLE:
                heads.setdefault(above.text, set()).add(listing.units[draft.headline].text)
    return frozenset(text for text, under in heads.items() if len(under) > 1)


def _repeated_after(listing: Listing) -> frozenset[str]:
    """Texts of titles that stand right under a summary more than once."""
    counts: dict[str, int] = {}
    for draft in listing.drafts:
        if draft.summary is not None and draft.summary + 1 < len(listing.units):
            below = listing.units[draft.summary + 1]
            if below.kind is TITLE:
                counts[below.text] = counts.get(below.text, 0) + 1
    return frozenset(text for text, n in counts.items() if n > 1)


def settle(
    units: list[Unit],
    options: Options,
    *,
    shown: Shown | None = None,
    whole: bool = True,
    read_past: tuple[Unit, ...] = (),
) -> Listing:
    """Place every classified unit: in an article (a ``Draft``) or in the noise.

    ``shown`` is what the windows before showed of the same listing (see
    ``stream``; the job's own ``shown`` starts as a copy of it); ``whole``
    says whether the units run to the listing's end; ``read_past`` are lines
    of chrome left out of ``units`` (``units.glued_chrome``). The drafts come
    back in order, each unit in exactly one of them or in ``noise``, and
    ``owner`` maps a unit to its draft.
    """
    job = Listing(
        units, options, shown=attrs.evolve(shown or Shown()), whole=whole, read_past=read_past
    )
    rows = table_rows(units)
    hidden = hide_rows(job, rows)
    box_blurbs(job)
    menu_blocks(job)
    ranking_boxes(job)
    widget_lists(job)
    avatars(job)
    dated_teasers(job)
    promote_teasers(job)
    sentence_captions(job)
    full_stop_headlines(job)
    media_label_titles(job)
    long_headlines(job)
    agency_bylines(job)
    names_under_headlines(job)
    captions_under_headlines(job)
    if not (headlines_with_facts(job) or listed_headlines(job)):
        # The usual listing: articles anchor on summaries.
        anchor(job)
        title_over_teasers(job)
        job.repeated = _repeated_titles(job)
        job.repeated_after = _repeated_after(job)
        job.caps_names_trail = caps_names_trail(job)
        find_labels_above(job)
        regions(job)
    row_articles(job, rows, hidden)
    _finish(job)
    _page_description(job)
    owner, noise = job.owner, job.noise
    for n, draft in enumerate(job.drafts):
        owner.update(dict.fromkeys(draft.placed, n))
    # Unplaced units (none should remain) fall to noise rather than vanish.
    for k in range(len(units)):
        if k not in owner and k not in noise:
            noise[k] = (Role.NOISE, units[k].verdict)
    job.shared_rows = job.shared_rows or whole_rows(job, rows)
    # Noise standing inside an article's range belongs to that article: only
    # an article whose units leave a gap in its range can have any.
    for n, draft in enumerate(job.drafts):
        if draft.last - draft.first < len(draft.placed):
            continue
        for k in range(draft.first, draft.last + 1):
            if k in noise and k not in job.headings:
                role, verdict = noise.pop(k)
                draft.placed[k] = ((role,), verdict)
                owner[k] = n
    return job


def article(job: Listing, draft: Draft) -> Article:
    """The ``Article`` record of a finished draft."""
    units = job.units
    return Article.parsed(draft.fields, (units[draft.first].start, units[draft.last].end))


def decisions(job: Listing, stop: int, first_article: int) -> Iterator[Decision]:
    """The decision for every line of units ``0 .. stop - 1``, and of the chrome
    read past above unit ``stop``.

    Articles are numbered from ``first_article``, the count of articles the
    listing had before this window.
    """
    row: list[Decision] = []  # the cells of a table's row: one decision for the line
    placed: Iterable[tuple[Unit, int | None, tuple[Role, ...], Verdict]] = (
        (unit, job.owner.get(k), *_placed(job, k)) for k, unit in enumerate(job.units[:stop])
    )
    if job.read_past:
        past = (
            (unit, n, (Role.NOISE,), _read_past_verdict(unit)) for unit, n in _read_past(job, stop)
        )
        placed = heapq.merge(placed, past, key=lambda each: each[0].start)
    for unit, n, roles, verdict in placed:
        number = None if n is None else first_article + n
        for line in unit.lines:
            decision = Decision(
                line.number, (line.start, line.end), roles, verdict.rule, verdict.reason, number
            )
            if line.column is None:
                if row:
                    yield _row_decision(row)
                    row = []
                yield decision
            elif row and row[0].line != line.number:
                yield _row_decision(row)
                row = [decision]
            else:
                row.append(decision)
    if row:
        yield _row_decision(row)


def _placed(job: Listing, k: int) -> tuple[tuple[Role, ...], Verdict]:
    """The roles unit ``k`` was given and the verdict that gave them."""
    n = job.owner.get(k)
    if n is not None:
        return job.drafts[n].placed[k]
    role, verdict = job.noise[k]
    return (role,), verdict


def _read_past_verdict(unit: Unit) -> Verdict:
    """The decision on chrome read past: the line rule's, and that it was read past."""
    return Verdict(
        NOISE, unit.verdict.rule, f"{unit.verdict.reason}, glued under the line above: read past"
    )


def _row_decision(cells: list[Decision]) -> Decision:
    """The decision for a table's row, from its cells': their roles, ``table.row``
    where the row is an article (else the first cell's rule), their reasons (each once)."""
    first = cells[0]
    if len(cells) == 1:
        return first
    roles = tuple(dict.fromkeys(role for cell in cells for role in cell.roles))
    rule = next((cell.rule for cell in cells if cell.rule == ROW_RULE), first.rule)
    reason = "; ".join(dict.fromkeys(cell.reason for cell in cells))
    return Decision(
        first.line, (first.span[0], cells[-1].span[1]), roles, rule, reason, first.article
    )


def noise_lines(job: Listing, stop: int) -> Iterator[Line]:
    """The lines of units ``0 .. stop - 1`` that belong to no article, and the
    chrome read past above unit ``stop`` outside every article's span.

    ``settle`` leaves every unit in an article or in ``noise``, never both.
    """
    units = job.units
    lines = (line for k in sorted(k for k in job.noise if k < stop) for line in units[k].lines)
    if not job.read_past:
        yield from lines
        return
    past = [unit.lines[0] for unit, n in _read_past(job, stop) if n is None]
    yield from heapq.merge(lines, past, key=attrgetter("start"))


def _read_past(job: Listing, stop: int) -> Iterator[tuple[Unit, int | None]]:
    """Each unit of chrome read past above unit ``stop``, with the index of the
    draft whose span holds it (``None`` for none)."""
    units = job.units
    end = units[stop].start if stop < len(units) else None
    spans = sorted(
        (units[draft.first].start, units[draft.last].end, n) for n, draft in enumerate(job.drafts)
    )
    for unit in job.read_past:
        if end is not None and unit.start >= end:
            return
        yield unit, next((n for first, last, n in spans if first < unit.start < last), None)
