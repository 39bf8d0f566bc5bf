"""Anchors: every summary makes an article; the nearest title above is its headline.

Before anchoring, two reconsiderations that need a line's neighbours: a
long sentence-case title under a title, with no summary below, is that
title's teaser (``summary.after_title``); a sentence glued above a title
that has its own summary is alt text (``caption.sentence_above_headline``).
Then each summary looks up past dates, bylines, captions and chrome (never
past the previous summary) for its headline; what lies between the two
belongs to the article.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import cast

from .dates import is_age
from .drafts import Draft, Listing
from .features import (
    Features,
    avatar_name,
    heads_listing_part,
    heads_ranking,
    is_menu_link,
    is_role,
    is_section,
    name_with_agency,
    name_with_role,
    names_archive,
    signed_with_role,
)
from .lexicon import (
    BOX_ABOUT,
    BOX_BLURB_WORDS,
    BOX_HEADINGS,
    BOX_TITLES,
    LEAD_SIGNS,
    NO_NAME_WORDS,
    READ_ON,
)
from .records import Role
from .regions import (
    PAGE_TITLE,
    fills_block,
    in_headline_list,
    label_like,
    label_verdict,
    names_source,
    past_chrome,
    signs_its_block,
    title_cased,
)
from .rules import BYLINE, CAPTION, DATE, NOISE, SENTENCE, TITLE, Kind, Verdict, date_lead
from .units import COUNTED_ENTRY, Unit
from .words import gate

__all__ = [
    "DESCRIPTION",
    "DESCRIPTION_WORDS",
    "agency_bylines",
    "anchor",
    "avatars",
    "box_blurbs",
    "captions_under_headlines",
    "dated_teasers",
    "headlines_with_facts",
    "long_headlines",
    "media_label_titles",
    "names_under_headlines",
    "promote_teasers",
    "sentence_captions",
    "title_over_teasers",
    "widget_lists",
]


def _pairs(units: list[Unit], upper: Kind, lower: Kind) -> list[int]:
    """The indices of the units of kind ``lower`` right under one of kind ``upper``.

    One pass over the kinds as they are now, cheaper than asking each unit
    in a rule's own loop; a rule that changes kinds as it goes asks again.
    """
    kinds = [unit.kind for unit in units]
    return [i for i in range(1, len(kinds)) if kinds[i] is lower and kinds[i - 1] is upper]


_AFTER_TITLE = Verdict(
    SENTENCE,
    "summary.after_title",
    "a long line in sentence case under a title, with no summary below",
)


def _two_titles_over(units: list[Unit], pairs: list[int] | None = None) -> list[int]:
    """The summaries right under two titles (caption and headline, headline and name, ...).

    ``pairs``: ``_pairs(units, TITLE, SENTENCE)``, if the caller has it.
    """
    if pairs is None:
        pairs = _pairs(units, TITLE, SENTENCE)
    return [i for i in pairs if i >= 2 and units[i - 2].kind is TITLE]


def promote_teasers(listing: Listing) -> None:
    """A sentence-like title under another title, with no summary below, is a teaser.

    Teasers without a full stop ("… after a campaign by parents") and
    questions read as titles on their own; under a headline, with nothing
    sentence-like after them, they are that headline's summary (layout M).
    A teaser is longer than its headline. Where the listing shows teasers
    at least twice, those set apart from their headline only by case (five
    words or more in sentence case under a title-case headline: a short
    standfirst) are teasers too; and where it shows teasers no less often
    than titles that are not longer, a teaser as short as its headline is
    one too (and in the windows after, ``Shown.short_teasers``).
    """
    if not listing.enabled("summary.after_title"):
        return
    units = listing.units
    alone = _titles_alone(listing)
    if alone:
        saved = [unit.verdict for unit in units]
        short_teasers = listing.shown.short_teasers
    _promote_teasers(listing)
    if alone and 4 * sum(unit.kind is SENTENCE for unit in units) < sum(
        verdict.what is TITLE for verdict in saved
    ):
        # Titles alone whose teasers pair fewer than half of them: a list of
        # headlines, one of them long ("headline.listed"), not layout M.
        for unit, verdict in zip(units, saved, strict=True):
            unit.verdict = verdict
        listing.shown.short_teasers = short_teasers


def _promote_teasers(listing: Listing) -> None:
    units = listing.units
    shown, short, cased, loose = 0, [], [], []
    for i in _pairs(units, TITLE, TITLE):
        if units[i].kind is not TITLE or units[i - 1].kind is not TITLE or i - 1 in cased:
            continue  # a promotion just above changed it, or will
        if i == 1 and _first_headline_under_page_title(listing):
            continue
        if _teaser_under_title(listing, i):
            f = units[i].features
            if (
                f.words > units[i - 1].features.words
                and f.words >= listing.options.teaser_min_words
            ):
                units[i].verdict = _AFTER_TITLE
                shown += 1
            elif _under_title_case(units[i], units[i - 1]):
                cased.append(i)
            else:
                short.append(i)
        elif _pair_alone(units, i) and _teaser_under_title(listing, i, loose=True):
            loose.append(i)
    shown += len(cased)
    if shown >= 2:
        for i in cased:
            units[i].verdict = _AFTER_TITLE
    if shown >= 2 and len(loose) <= shown:
        for i in loose:
            if units[i - 1].kind is TITLE:
                units[i].verdict = _AFTER_TITLE
    if shown >= 2 and len(short) <= shown:
        listing.shown.short_teasers = True
    if listing.shown.short_teasers:
        for i in short:
            if units[i - 1].kind is TITLE and _teaser_under_title(listing, i):
                units[i].verdict = _AFTER_TITLE
    # Titles and sentences right under a byline or date, in one pass over the kinds.
    kinds = [unit.kind for unit in units]
    past = [i for i in range(1, len(kinds)) if kinds[i - 1] in _FACTS]
    facts = [i for i in past if kinds[i] is TITLE]
    if facts:
        listing.shown.past_facts = listing.shown.past_facts or any(
            kinds[j] is SENTENCE and _headline_over(units, j) is not None for j in past
        )
        for i in facts:
            if _teaser_past_facts(listing, i, listing.shown.past_facts):
                units[i].verdict = _PAST_FACTS


def _first_headline_under_page_title(listing: Listing) -> bool:
    """Whether the listing's second unit is its first headline under the page's title.

    "Nacionales" / "Comienza la zafra en Villa Clara" / "Por: Ana Ruiz" /
    "4 marzo 2024": the title opening the listing stands alone in its block
    over a title right over its byline or date, as another headline of the
    listing stands with no title above: a headline like them, no teaser. The
    author's name may stand over the date: "Headline" / "Ana Ruiz" / "12 March 2024".
    """
    units = listing.units
    if listing.shown.opened or len(units) < 4:
        return False
    if units[0].block is units[1].block or not _facts_at(units, 2):
        return False
    return any(
        units[j].kind is TITLE and _facts_at(units, j + 1) and units[j - 1].kind is not TITLE
        for j in range(3, len(units) - 1)
    )


def _facts_at(units: list[Unit], j: int) -> bool:
    """Whether unit ``j`` is a byline or a date, or a name right over a date."""
    unit = units[j]
    return unit.kind in _FACTS or (
        unit.kind is TITLE
        and j + 1 < len(units)
        and units[j + 1].kind is DATE
        and unit.features.name
        and unit.features.author
    )


_PAST_FACTS = Verdict(
    SENTENCE,
    "summary.after_title",
    "a long line in sentence case under a title and its byline or date, the last of their article",
)


def _headline_over(units: list[Unit], i: int) -> int | None:
    """The title over unit ``i`` past the byline or date between them (two at most)."""
    h = i - 1
    while h > i - 3 and h > 0 and units[h].kind in _FACTS:
        h -= 1
    return h if h < i - 1 and units[h].kind is TITLE else None


def _teaser_past_facts(listing: Listing, i: int, shown: bool) -> bool:
    """Whether title ``i`` is the teaser of the headline over its byline or date.

    "Lessons of the Chilean coup" / "March 10, 2024 by Ana Ruiz" / "Fifty
    years after the coup, what can socialists learn …?": a question, or a
    teaser with no full stop, longer than the headline and not in title
    case, either in the headline's block and ending it (a headline of its
    own would open its block; with no blank lines, where ``shown``, the next
    article's label or its headline over a byline or date may follow), or in
    a block of its own between the article's byline and date, where another
    article shows a summary past its headline's byline or date (``shown``;
    the windows before count).
    """
    units = listing.units
    unit = units[i]
    h = _headline_over(units, i)
    if h is None:
        return False
    head = units[h]
    f = unit.features
    if all(units[k].block is unit.block for k in range(h, i)):
        placed = _ends_block(units, i, authors=False) or (
            shown and _next_opens(units, past_chrome(units, i + 1))
        )
    else:
        placed = (
            shown
            # Alone in its block, but for chrome under it ("Read more »").
            and unit.first == 0
            and _chrome_after(units, i)
            and head.first == 0
            # Past the chrome under the teaser ("Read more »").
            and (j := past_chrome(units, i + 1)) < len(units)
            and units[j].kind in _FACTS
            # The next article's own byline or date would repeat those above.
            and units[j].kind not in {units[k].kind for k in range(h + 1, i)}
        )
    return (
        placed
        and f.words >= listing.options.teaser_min_words
        and f.words > head.features.words
        and f.title_ratio < _TITLE_RATIO
        and not f.name
        # A source's name over its age is no headline: "BBC News" / "2 hours ago" / headline.
        and not (head.features.name and head.features.words <= 3)
    )


def _next_opens(units: list[Unit], j: int) -> bool:
    """Whether unit ``j`` opens the next article: a section label, or a title over
    its byline or date ("INTERVIEW" / headline / "Tom Berg | March 2, 2024")."""
    if j >= len(units) or units[j].kind is not TITLE:
        return False
    return units[j].features.kicker is not None or (
        j + 1 < len(units) and units[j + 1].kind in _FACTS
    )


#: The share of capitalised words under which a line is not in title case.
_TITLE_RATIO = 0.6

#: The fewest words of a teaser shorter than ``Options.teaser_min_words``,
#: which only sentence case under a title-case headline sets apart.
_CONTRAST_MIN_WORDS = 5


def _under_title_case(unit: Unit, above: Unit) -> bool:
    """Whether ``unit`` is in sentence case under a headline in title case."""
    return title_cased(above) and unit.features.sentence_case


def _name_glued_over_sentence(units: list[Unit], j: int) -> bool:
    """Whether title ``j`` is a name glued between the title above and a sentence below."""
    unit = units[j]
    return (
        unit.kind is TITLE
        and j + 1 < len(units)
        and units[j + 1].kind is SENTENCE
        and units[j - 1].block is unit.block is units[j + 1].block
        and unit.features.name
    )


def _teaser_under_title(listing: Listing, i: int, *, loose: bool = False) -> bool:
    """Whether title ``i`` reads as the teaser of the title above, whatever their lengths.

    It has ``Options.teaser_min_words`` words at least, or, in sentence case
    under a headline in title case ("Crane operators walk out over rotas"
    under "Dock Workers Vote to Strike"), five. ``loose``: five in sentence
    case under any headline, the two alone in their block, as a listing that
    has shown its teasers writes them ("Ministers reject calls for early
    summer holidays" under "Schools to stay open during heatwave").
    """
    units = listing.units
    unit, above = units[i], units[i - 1]
    after = units[i + 1] if i + 1 < len(units) else None
    later = units[i + 2] if i + 2 < len(units) else None
    # The summary may stand past the byline and date ("Written by …", layout L), or
    # past the author's name glued under the line ("Headline / Ana Ruiz / summary"),
    # or past chrome glued between ("by NAME" / "Issue 412"), but a link to read on.
    j = i + 1
    while j < min(len(units), i + 3) and (
        units[j].kind in (BYLINE, DATE)
        or (j == i + 1 and _name_glued_over_sentence(units, j))
        or (
            units[j].kind is NOISE
            and units[j].block is unit.block is units[j - 1].block
            and units[j].features.lower.strip(" »›→.…[]()") not in READ_ON
        )
    ):
        j += 1
    summary_below = (
        j < len(units)
        and units[j].kind is SENTENCE
        # Past the byline in a block of its own, a sentence alone over a title
        # with a sentence of its own below is the next article's alt text.
        and not (units[j - 1].block is not unit.block and _over_title_and_sentence(units, j))
    )
    f = unit.features
    # Not a bulleted item's first block when a headline with its summary
    # follows: then the line is that article's caption (layout C).
    heads_next = (
        unit.block.item_start
        and after is not None
        and after.kind is TITLE
        and later is not None
        and later.kind is SENTENCE
    )
    return (
        not summary_below
        and not heads_next
        and not unit.block.item_start
        and f.words >= _CONTRAST_MIN_WORDS
        and (
            unit.block is above.block or (unit.first == 0 and _ends_block(units, i, authors=False))
        )
        and (
            (long := f.words >= listing.options.teaser_min_words)
            or title_cased(above)
            or (loose and _pair_alone(units, i))
        )
        and f.title_ratio < _TITLE_RATIO
        and (long or f.sentence_case)
        and not f.name
        # A section label is the kicker of the headline under it: "ECONOMY".
        and above.features.kicker is None
        and (not in_headline_list(units, i) or _question_between_pairs(units, i))
    )


def _pair_alone(units: list[Unit], i: int) -> bool:
    """Whether unit ``i`` and the one above are their block's only lines, but for
    chrome under them ("Read more »") and labels over them ("POLITICS")."""
    block = units[i].block
    return units[i - 1].block is block and _opens_block(units, i - 1) and _chrome_after(units, i)


def _opens_block(units: list[Unit], k: int) -> bool:
    """Whether unit ``k`` opens its block, but for section labels over it ("POLITICS" /
    headline), or its picture's alt text repeating it word for word: a label's line
    stands over the headline it files, a picture over the headline it shows."""
    first = units[k].first
    j = k - 1
    while first > 0 and j >= 0 and units[j].block is units[k].block:
        above = units[j]
        if above.kind is not TITLE or (
            above.features.kicker is None and above.text != units[k].text
        ):
            return False
        first, j = above.first, j - 1
    return first == 0


def _question_between_pairs(units: list[Unit], i: int) -> bool:
    """Whether title ``i`` is a question in the summary's place of a block that pairs
    headlines and summaries (layout F): a summary above its title, and another
    title with its summary below. "… overnight." / "Markets slide as oil prices
    jump" / "What does the jump mean for your pension?" / "Tiny frog found …" /
    "Scientists say …"."""
    if i < 2 or i + 2 >= len(units) or not units[i].text.endswith("?"):
        return False
    block = units[i].block
    return all(units[k].block is block for k in range(i - 2, i + 3)) and [
        units[k].kind for k in range(i - 2, i + 3)
    ] == [SENTENCE, TITLE, TITLE, TITLE, SENTENCE]


def sentence_captions(listing: Listing) -> None:
    """Alt text written as a sentence, glued above a headline, is still a caption.

    The shape: a sentence (the picture's credit may follow it), then a
    title that ends its block (with its byline or date, two at most, under
    it), then a summary in a block of its own; the sentence either shares
    the title's block or opens the bulleted item the title belongs to
    (layout C). Or the three
    make one block of their own (a byline or date may end it), where blank
    lines part the articles: a teaser without a headline would stand apart
    from the next article. Or, where the listing shows it twice at least,
    once with the photo's credit at least (a teaser without a headline stands
    so too, as ``render`` writes it), the three stand each in a block of their
    own and no headline stands over the sentence: it opens the listing, or
    follows the article above's byline, date or author's name. Read alone,
    the sentence would be a teaser.
    """
    if not listing.enabled("caption.sentence_above_headline"):
        return
    units = listing.units
    signed = _signed_articles(listing)
    # Blank lines part the listing: a later window may hold one block of it.
    blocks = listing.shown.parted = listing.shown.parted or (
        len(units) > 0 and units[0].block is not units[-1].block
    )
    if not blocks and listing.whole and not listing.shown.started:
        for i in _sentences_over_pairs(units):
            units[i].verdict = _OVER_PAIRS
    # The sentence right above the title, or above the picture's credit over it.
    credited = [
        j
        for j in _pairs(units[: len(units) - 1], CAPTION, TITLE)
        if j >= 2 and units[j - 2].kind is SENTENCE and units[j - 1].block is units[j].block
    ]
    apart = []
    loose = []  # (sentence, summary) for a sentence right under the summary above
    # Alt text with its credit, alone over a headline with its summary, shows the shape too.
    shown = sum(
        fills_block(units[j - 1])
        and units[j].first == 0
        and units[j + 1].kind is SENTENCE
        and units[j + 1].block is not units[j].block
        for j in _pairs(units[: len(units) - 1], CAPTION, TITLE)
    )
    for j in sorted(_pairs(units[: len(units) - 1], SENTENCE, TITLE) + credited):
        i = j - 2 if units[j - 1].kind is CAPTION else j - 1
        unit, title = units[i], units[j]
        glued = title.block is unit.block
        # A kicker may stand between the sentence and the headline in their block.
        if blocks and glued and i == j - 1 and _kicker_over_headline(units, j):
            j += 1
            title = units[j]
        # The headline's byline or date may stand between it and its summary.
        k = _past_facts(units, j)
        last, below = units[k - 1], units[k]
        opens_item = (
            unit.block.item_start
            and unit.count == len(unit.block.lines)
            and title.block.item == unit.block.item
            and title.first == 0
        )
        if unit.first != 0 or below.kind is not SENTENCE:
            continue
        # The three lines make a block: "alt text / headline / summary".
        whole_block = (
            blocks
            and glued
            and below.block is title.block
            and _ends_block(units, k)  # its byline or date may follow
            and not below.block.item_start
        )
        if whole_block or (
            (glued or opens_item)
            and last.first + last.count == len(last.block.lines)
            and below.block is not title.block
            # A summary opening its own bulleted item is one of a list of
            # teasers, the title over it their section's (``_heads_a_group``).
            and not (below.block.item_start and below.first == 0)
            and not (glued and signed and signs_its_block(title))
        ):
            unit.verdict = Verdict(
                CAPTION,
                "caption.sentence_above_headline",
                "a sentence glued above a title that has its own summary below",
            )
        elif (
            blocks
            and fills_block(unit)
            and title.first == 0
            and last.first + last.count == len(last.block.lines)
            and below.block is not title.block
            and below.first == 0
            # A name in capitals there signs the article above ("ANA RUIZ").
            and not (title.features.all_caps and title.features.name)
        ):
            if _no_headline_over(units, i):
                apart.append(i)
                loose.append((i, k))
            elif units[i - 1].kind is SENTENCE or _under_page_name(units, i):
                loose.append((i, k))
    if apart and shown and len(apart) + shown >= 2:
        for i in apart:
            units[i].verdict = Verdict(
                CAPTION,
                "caption.sentence_above_headline",
                "a sentence alone over a title that has its own summary below, with no"
                " headline over it, as others in the listing",
            )
    elif loose and _over_every_headline(listing, loose):
        listing.shown.loose_captions = True
        for i, _ in loose:
            units[i].verdict = _OVER_EVERY_HEADLINE


_OVER_PAIRS = Verdict(
    CAPTION,
    "caption.sentence_above_headline",
    "with no blank lines, a sentence over every headline and its longer summary, the"
    " listing opening with one and ending with a summary",
)


def _sentences_over_pairs(units: list[Unit]) -> list[int]:
    """The sentences over each headline and its summary in a listing with no blank lines.

    "Workers at the gate." / "Steelworkers Reject Closure Plan" / "The company
    wants to …", over and over (the picture's credit may stand between the
    sentence and the headline): each sentence no longer than the summary under
    its headline, one over every headline (a page's title may stand over the
    first sentence), two at least, the listing ending with a headline and
    its summary (and perhaps the last article's byline and date, or its
    author's name over its date). A summary over two lines ("Headline / line
    / line", layout M) ends the listing with two sentences and has no
    sentence over its first headline.
    """
    kept = [unit for unit in units if unit.kind is not NOISE]
    # The last article's facts may end the listing: its byline and date, or
    # its author's name over its date ("Priya Raman" / "November 24, 2026").
    facts = 0
    while kept and kept[-1].kind in _FACTS:
        kept.pop()
        facts += 1
    if (
        facts
        and len(kept) >= 2
        and kept[-2].kind is SENTENCE
        and kept[-1].kind is TITLE
        and kept[-1].features.author
    ):
        kept.pop()
    kinds = [unit.kind for unit in kept]
    if len(kinds) < 6 or kinds[-2:] != [TITLE, SENTENCE]:
        return []
    heads = [i - 1 for i in _pairs(units, TITLE, SENTENCE)]
    first = next(k for k, unit in enumerate(units) if unit.kind is not NOISE)
    over = []
    for j in heads:
        k = j - 1  # the sentence, or the picture's credit under it ("Photo: Ana Ruiz")
        if k > 0 and units[k].kind is CAPTION and units[k].features.credit is not None:
            k -= 1
        if (
            k >= 0
            and units[k].kind is SENTENCE
            and units[k].features.words <= units[j + 1].features.words
            # Not the summary of a title above it (layout F), but the page's title.
            and (k < 1 or units[k - 1].kind is not TITLE or k - 1 == first)
        ):
            over.append(k)
    # A page's title over the first sentence ("The Estuary Post" / sentence /
    # headline) heads no summary of its own.
    captions = set(over)
    heads = [j for j in heads if j + 1 not in captions]
    return over if len(over) >= 2 and len(over) == len(heads) else []


_OVER_EVERY_HEADLINE = Verdict(
    CAPTION,
    "caption.sentence_above_headline",
    "a sentence alone over each headline standing apart from its summary, from the"
    " listing's top, each shorter than the summary",
)


def _over_every_headline(listing: Listing, loose: list[tuple[int, int]]) -> bool:
    """Whether sentences alone in their blocks stand over every headline as alt text.

    ``loose``: (sentence, summary) for each sentence alone over a title with
    its summary in a block of its own. The listing opens with such a
    sentence, perhaps under the page's name (or an earlier window showed the
    shape: ``Shown.loose_captions``), every title over a summary of its own
    block has one, two at least, and each is shorter than the summary under
    its title: "Workers at the gate."
    / "Steelworkers Reject Closure Plan" / "The company wants to …". Read
    alone, the listing would alternate teasers without headline and
    articles, which pages do not; ``render`` glues a summary under its
    headline where its articles would make that shape.
    """
    units = listing.units
    found = {i for i, _ in loose}
    first = loose[0][0]
    named = _under_page_name(units, first)
    top = (_past_facts_above(units, first - 1) < 0 or named) and not listing.shown.opened
    heads = [
        j - 1
        for j in _pairs(units, TITLE, SENTENCE)
        if units[j].block is not units[j - 1].block
        and fills_block(units[j - 1])
        and not (named and j == first)
    ]
    return (
        (top or listing.shown.loose_captions)
        and len(found) >= 2
        and all(j - 1 in found for j in heads)
        and all(units[i].features.words < units[k].features.words for i, k in loose)
    )


def _kicker_over_headline(units: list[Unit], j: int) -> bool:
    """Whether title ``j`` is a short label over another title in its block, the
    headline: "Arbeitskampf bei Siemens" over "Tausende legen die Arbeit nieder"."""
    if j + 2 >= len(units):  # the summary stands under the headline
        return False
    kicker, headline = units[j], units[j + 1]
    return (
        headline.kind is TITLE
        and headline.block is kicker.block
        and kicker.count == headline.count == 1
        and kicker.features.words <= _KICKER_WORDS
    )


#: The most words a kicker between alt text and a headline has.
_KICKER_WORDS = 6


def _over_title_and_sentence(units: list[Unit], j: int) -> bool:
    """Whether unit ``j`` opens a block over a title that ends a block (its own, or
    the sentence's), over a sentence or a title (a teaser not yet read as one)
    opening a block: alt text, a headline and its summary."""
    if j + 2 >= len(units):
        return False
    unit, title, below = units[j], units[j + 1], units[j + 2]
    return (
        unit.first == 0
        and title.kind is TITLE
        and title.first + title.count == len(title.block.lines)
        and (fills_block(unit) or title.block is unit.block)
        and (title.first == 0 or title.block is unit.block)
        and below.kind in (SENTENCE, TITLE)
        and below.first == 0
    )


def _no_headline_over(units: list[Unit], i: int) -> bool:
    """Whether no title that could be a headline stands over unit ``i``: only chrome
    up to the listing's start, or the summary above with its byline, date or
    author's name (a title right under it) after it. At the listing's top the
    page's name may stand there too: a short label ("THE LONG VIEW"), perhaps
    over its tagline in its block."""
    k = _past_facts_above(units, i - 1)
    if k >= 1 and units[k].kind is TITLE and units[k].features.author:
        k = _past_facts_above(units, k - 1)
        return k >= 0 and units[k].kind is SENTENCE
    if k >= 0 and units[k].kind is TITLE and units[k].block is not units[i].block:
        return _page_name_block(units, k)
    return k < 0 or (units[k].kind is SENTENCE and k < i - 1)


def _under_page_name(units: list[Unit], i: int) -> bool:
    """Whether unit ``i`` stands right under the listing's first title, a short one
    alone in its block with only chrome above: the page's or site's name
    ("The Valley Courier"); the site's name may stand over the page's
    ("The Weekly Roundup" / "The Estuary Post")."""
    k = i
    for _ in range(_PAGE_NAMES):
        k = _past_facts_above(units, k - 1)
        if not (
            k >= 0
            and units[k].kind is TITLE
            and fills_block(units[k])
            and units[k].features.words <= _PAGE_NAME_WORDS
        ):
            return False
        if _past_facts_above(units, k - 1) < 0:
            return True
    return False


#: The most names stacked over a listing's first article: the site's and the page's.
_PAGE_NAMES = 2


#: The most words of a page's name over its first article.
_PAGE_NAME_WORDS = 4


def _past_facts_above(units: list[Unit], k: int) -> int:
    """The index of the first unit at or above ``k`` that is no chrome, byline or date
    (-1 at the listing's top)."""
    while k >= 0 and units[k].kind in (NOISE, BYLINE, DATE):
        k -= 1
    return k


def _page_name_block(units: list[Unit], k: int) -> bool:
    """Whether title ``k`` ends the first block of the listing that is not chrome, and
    that block opens with a short label: the page's name."""
    block = units[k].block
    if units[k].first + units[k].count != len(block.lines):
        return False
    top = k
    while top > 0 and units[top - 1].block is block:
        top -= 1
    head = units[top]
    return (
        all(unit.kind is NOISE for unit in units[:top])
        and all(unit.kind is TITLE for unit in units[top : k + 1])
        and head.features.kicker is not None
        and head.features.words <= 3
    )


def _past_facts(units: list[Unit], j: int) -> int:
    """The index of the first unit under title ``j`` past the bylines and dates (two at
    most) under it in its block."""
    k = j + 1
    while (
        k < min(len(units) - 1, j + 3)
        and units[k].kind in _FACTS
        and units[k].block is units[j].block
    ):
        k += 1
    return k


def _signed_articles(listing: Listing) -> bool:
    """Whether some headline, its summary and a name under it make one block (layout M signed).

    Where they do, a name ending a teaser's block is its author, not a
    headline under a caption. Once a window of a long listing has shown
    it, the windows after it know (``Shown.signed``).
    """
    units = listing.units
    if not listing.shown.signed:
        listing.shown.signed = any(
            i + 1 < len(units)
            and units[i - 1].block is units[i].block is units[i + 1].block
            and signs_its_block(units[i + 1])
            for i in _pairs(units, TITLE, SENTENCE)
        )
    return listing.shown.signed


def full_stop_headlines(listing: Listing) -> None:
    """Headlines that end with a full stop, where the listing shows the pattern.

    A short sentence alone in its block, directly followed by a block holding
    a sentence at least half as long again, is a headline when the listing's
    other articles have headlines in blocks of their own and either one of
    them ends with a full stop too (the house style) or the sentence is in
    title case; or when every sentence of the
    listing pairs up that way (two pairs at least). One-line teasers (layout
    E) share a block, and teasers of similar length do not pair up.
    """
    if not listing.enabled("headline.full_stop"):
        return
    units = listing.units
    kinds = [unit.kind for unit in units]
    sentences = [i for i, kind in enumerate(kinds) if kind is SENTENCE]
    pairs = [i for i in sentences if _short_before_long(listing, i)]
    # Headlines in blocks of their own, as a full-stop headline would stand;
    # and whether the listing's style puts a full stop after its headlines.
    heads = [
        units[i - 1]
        for i in sentences
        if i > 0 and kinds[i - 1] is TITLE and units[i - 1].block is not units[i].block
    ]
    titled = bool(heads)
    stopped = any(head.text.endswith(".") for head in heads)
    all_pair = len(pairs) >= 2 and len(sentences) == 2 * len(pairs)
    if not titled and not all_pair:
        return
    for i in pairs:
        # Next to titled articles, a teaser written in sentence case stays a
        # teaser; only a title-case sentence reads as a headline there.
        if not all_pair and not stopped and units[i].features.title_ratio < 0.7:
            continue
        units[i].verdict = Verdict(
            TITLE,
            "headline.full_stop",
            "a short sentence alone in its block above a longer one: a headline with a full stop",
        )


def media_label_titles(listing: Listing) -> None:
    """A line a credit's marker opens, right over a sentence, is a headline with its
    media label when a title follows the marker: "PHOTOS: A week of storms in
    twenty pictures" / "From the first gale …". After the marker ("Photos",
    "Fotos", "Gallery", …) and its colon, a phrase of four words or more with no
    full stop, no name ("Photo: Harbour Trust") and no credit of its own: over a
    teaser, nothing else would be its headline ("Photos by …", "Photo credit:
    …" stay credits).
    """
    if not listing.enabled("headline.media_label"):
        return
    units = listing.units
    for i in range(len(units) - 1):
        unit = units[i]
        if (
            unit.kind is CAPTION
            and units[_past_facts(units, i)].kind is SENTENCE
            and _media_label_title(unit)
        ):
            unit.verdict = _MEDIA_TITLE


def _media_label_title(unit: Unit) -> bool:
    credit = unit.features.credit
    if (
        credit is None
        or credit[1] != "edge"
        or credit[0].lower() not in _MEDIA_LABELS
        or not unit.text.startswith(credit[0])
    ):
        return False
    rest = unit.text[len(credit[0]) :].lstrip()
    if not rest.startswith(":"):  # "Photos by …", "Foto- …": a credit
        return False
    f = Features(rest[1:].lstrip())
    return f.words >= 4 and not f.ends_period and not f.name and f.credit is None


#: The credit's markers that also label a headline's medium: "PHOTOS: …".
_MEDIA_LABELS = frozenset({"photo", "photos", "foto", "fotos", "pictures", "images", "gallery"})


_MEDIA_TITLE = Verdict(
    TITLE,
    "headline.media_label",
    "a credit's marker opening a title over a sentence: the headline's media label ('PHOTOS: …')",
)


def dated_teasers(listing: Listing) -> None:
    """A short sentence opening with a date and a dash is a teaser, where the listing
    shows the shape twice.

    "13.05.2025 – Stadtrat stoppt Verkauf des Hallenbads." is too short to
    read as a sentence alone ("Mar 4, 2019 — Drivers walked out." may be a
    headline's words); among teasers that open so ("14.05.2025 – Die
    Beschäftigten … gestimmt."), two of them at least, it is one too, and
    ``date.lead`` gives the article its date.
    """
    if not listing.enabled("date.lead"):
        return
    units = listing.units
    short = [
        unit
        for unit in units
        if unit.kind is TITLE
        and unit.text.endswith(_SENTENCE_ENDS[:4])
        and _DATE_LEAD_SIGN.search(unit.text, 0, 80) is not None
        and date_lead(unit.text, min_words=2) is not None
    ]
    if not short:
        return
    if "date.lead" not in listing.shown.twice:
        shown = 0
        for unit in units:
            if (
                unit.kind is SENTENCE
                and _DATE_LEAD_SIGN.search(unit.text, 0, 80) is not None
                and date_lead(unit.text) is not None
            ):
                shown += 1
                if shown == 2:
                    break
        if shown < 2:
            return
        listing.shown.twice = listing.shown.twice | {"date.lead"}
    for unit in short:
        unit.verdict = _DATED_TEASER


_DATE_LEAD_SIGN = re.compile(f"[{re.escape(LEAD_SIGNS)}] ")
_DATED_TEASER = Verdict(
    SENTENCE,
    "date.lead",
    "a short sentence opening with a date and a dash, as the listing's teasers open: a teaser",
)


def avatars(listing: Listing) -> None:
    """The alt text of an author's photo right over the author's name is chrome:
    "Photo of Ana Ruiz" / "Ana Ruiz" (a line rule knows "Avatar photo" alone).
    So is a name right over the same name glued over a headline: the photo's
    alt text is often the name itself. The name under it, glued over the
    headline, is the author: a columnist's card.

    Over anything else, "Photo of Gustavo Petro" is a picture's alt text.
    """
    if not listing.enabled("noise.chrome"):
        return
    units = listing.units
    for i, (unit, below) in enumerate(itertools.pairwise(units)):
        if unit.kind not in _AVATAR_KINDS or below.block is not unit.block:
            continue
        name = avatar_name(unit.text)
        card = unit.text == below.text or name == below.text  # the name alone under it
        # Over a name and its role, the line twice is a headline under its picture:
        # "Night Bus Cuts" / "Night Bus Cuts" / "Ana Ruiz, Staff Writer".
        over = card and _over_headline(units, i + 1) and not signed_with_role(units[i + 2].text)
        if name is None and over and unit.features.author:
            name = unit.text
        if name is not None and (
            name == below.text
            or (below.features.byline is not None and below.features.byline.author == name)
        ):
            unit.verdict = _AVATAR
            if name == below.text and below.kind in _AVATAR_KINDS and over:
                below.verdict = _UNDER_AVATAR


def _over_headline(units: list[Unit], i: int) -> bool:
    """Whether a title follows unit ``i`` in its block."""
    below = units[i + 1] if i + 1 < len(units) else None
    return below is not None and below.kind is TITLE and below.block is units[i].block


_AVATAR_KINDS = frozenset({TITLE, CAPTION})
_AVATAR = Verdict(NOISE, "noise.chrome", "the alt text of the author's photo, over their name")
_UNDER_AVATAR = Verdict(
    BYLINE,
    "byline.over_headline",
    "the author's name under the alt text of their photo, glued over the headline",
)


def long_headlines(listing: Listing) -> None:
    """A long line with no full stop right over a sentence is a headline.

    ``summary.long`` reads a line of twenty words or more as running text; a
    news agency's headline can be that long ("El Gobierno y los sindicatos
    alcanzan un acuerdo … tras meses de negociación"). Ending with no sign a
    sentence ends with, right over a sentence that does end so, it is the
    headline of that summary when it opens their block (or stands under a
    sentence or chrome in it: no blank lines at all); alone in its block
    over the sentence's, where the listing also holds a title right over a
    summary, or two such lines.
    """
    if not listing.enabled("headline.long"):
        return
    units = listing.units
    glued: list[int] = []
    apart: list[int] = []
    for k, (above, unit, below) in enumerate(zip([None, *units], units, units[1:], strict=False)):
        if (
            unit.verdict.rule != "summary.long"
            or below.kind is not SENTENCE
            or below.verdict.rule == "summary.long"
            or unit.text.endswith(_SENTENCE_ENDS)
        ):
            continue
        if below.block is unit.block:
            if _opens_block(units, k) or (above is not None and above.kind in _OVER_LONG_HEADLINE):
                glued.append(k)
        elif unit.count == len(unit.block.lines) and below.first == 0:
            apart.append(k)
    if apart and len(apart) < 2 and not glued:
        titled = any(
            above.kind is TITLE and below.kind is SENTENCE
            for above, below in itertools.pairwise(units)
        )
        if not titled:
            apart = []
    for k in glued + apart:
        units[k].verdict = _LONG_HEADLINE
        # Its picture's alt text, the headline again right over it, is a title too (a caption).
        above = units[k - 1] if k > 0 else None
        if (
            above is not None
            and above.verdict.rule == "summary.long"
            and above.text == units[k].text
            and above.block is units[k].block
        ):
            above.verdict = _LONG_HEADLINE


_SENTENCE_ENDS = tuple(".!?…:;")
_OVER_LONG_HEADLINE = frozenset({SENTENCE, NOISE})
_LONG_HEADLINE = Verdict(
    TITLE,
    "headline.long",
    "a long line with no full stop right over a sentence: a headline",
)


_SECTION_TAG = Verdict(
    NOISE,
    "noise.section_tag",
    "a section or place the lexicon knows between a headline and its summary, where names "
    "stand so: the article's tag, no author",
)
_UNDER_HEADLINE = Verdict(
    BYLINE,
    "byline.under_headline",
    "a name between a headline and its summary, as under most headlines of the listing",
)


def agency_bylines(listing: Listing) -> None:
    """A name and its agency glued to a date is a byline: "Maya Cohen (AFP)" / "11 March 2024".

    The line has a picture credit's shape ("… AFP", ``caption.agency``), but
    a credit stands by its picture, not by a date: glued right over or under
    a date in its block, it names the article's author and the agency they
    write for.
    """
    if not listing.enabled("byline.agency"):
        return
    units = listing.units
    for k, unit in enumerate(units):
        if (
            unit.kind is CAPTION
            and unit.verdict.rule == "caption.agency"
            and any(
                0 <= j < len(units) and units[j].kind is DATE and units[j].block is unit.block
                for j in (k - 1, k + 1)
            )
            and name_with_agency(unit.text, unit.features.name_words) is not None
        ):
            unit.verdict = _AGENCY_BYLINE


_AGENCY_BYLINE = Verdict(
    BYLINE,
    "byline.agency",
    "a name and an agency glued to a date: the author and the agency they write for, "
    "no picture's credit",
)


def names_under_headlines(listing: Listing) -> None:
    """A name between a headline and its summary is the byline, where the listing shows it.

    Two titles above a summary are a caption and its headline (layout A) or
    a headline and its author (a date may stand between: "Headline / 4 May
    2021 / Ana Ruiz"). A caption shares its headline's block and the
    summary has a block of its own; a name that stands apart from the title
    above it, or in the summary's block, or glued under a headline in title
    case (alt text is no such headline's author), may be an author. When most
    summaries of the listing that have two titles above them have such a
    name right above, under a title that reads as a headline (no name, or
    longer than the name), those names are bylines; a caption over a
    headline that happens to read as a name ("Budget Approved") stays what
    it was.
    """
    if not listing.enabled("byline.under_headline"):
        return
    # Chrome between them hides nothing: "Headline / Ana Ruiz / 5 min read / summary".
    units = [unit for unit in listing.units if unit.kind is not NOISE]
    pairs = _pairs(units, TITLE, SENTENCE)
    stacked = _two_titles_over(units, pairs)
    named = [
        units[i - 1]
        for i in stacked
        if (
            units[i - 1].block is units[i].block
            or units[i - 1].block is not units[i - 2].block
            # Glued under a headline in title case: a caption would stand above it.
            or _title_case_headline(units[i - 2])
        )
        and (named_words := _author_words(units[i - 1])) is not None
        # The title above reads as a headline: longer than the name, or no name over a
        # name with no word a name never holds ("Winter issue" over "The Last
        # Lighthouse Keepers" is no such pair).
        and (
            units[i - 2].features.words > named_words
            or (
                not units[i - 2].features.name
                and NO_NAME_WORDS.isdisjoint(units[i - 1].features.lower.split())
            )
        )
    ]
    # A name under a headline and its date: "Headline / 4 May 2021 / Ana Ruiz / summary".
    dated = [
        i for i in pairs if i >= 3 and units[i - 2].kind is DATE and units[i - 3].kind is TITLE
    ]
    named += [
        units[i - 1]
        for i in dated
        if (named_words := _author_words(units[i - 1])) is not None
        and (units[i - 3].features.words > named_words or not units[i - 3].features.name)
    ]
    if len(named) >= 2 and 2 * len(named) > len(stacked) + len(dated):
        tags = listing.enabled("noise.section_tag")
        for unit in named:
            # A section or place standing so is the article's tag: "Politics", "Chile".
            section = tags and unit.features.section
            unit.verdict = _SECTION_TAG if section else _UNDER_HEADLINE


def _author_words(unit: Unit) -> int | None:
    """How many words the name of a title that reads as an author has, or ``None``.

    A name ("Ana Ruiz"), or a name, a comma and a short role ("Ana Ruiz,
    University of Leeds"), whose name is counted: a role in capitals ("Tom
    Berg, Health Correspondent") reads as a second name too, but only the
    first is the author's.
    """
    if not unit.features.author:
        return None
    name = name_with_role(unit.text, unit.features.name_words)
    return unit.features.words if name is None else name.count(" ") + 1


_UNDER_HEADLINE_CAPTION = Verdict(
    CAPTION,
    "caption.under_headline",
    "a line in sentence case glued under a title-case headline, as under most of the listing's",
)


def _title_case_headline(unit: Unit) -> bool:
    """Whether a title reads as a headline in title case: four words or more, no label."""
    f = unit.features
    return f.words >= 4 and f.title_case and f.kicker is None and not f.name


def captions_under_headlines(listing: Listing) -> None:
    """Alt text under its headline: a title-case title over a sentence-case one, then a summary.

    Two titles glued above a summary are a caption over its headline
    (layout A) unless the page puts the picture under the headline. Where a
    headline is in title case and the line under it in sentence case, and
    most pairs of titles above the listing's summaries (two at least; one,
    once a window has shown it: ``Shown.pictures_under``) are so, the lower
    line is the caption.
    """
    if not listing.enabled("caption.under_headline"):
        return
    units = listing.units
    stacked = _two_titles_over(units)
    under = [
        i - 1
        for i in stacked
        if units[i - 1].block is units[i - 2].block
        and _title_case_headline(units[i - 2])
        and units[i - 1].features.words >= 3
        and units[i - 1].features.title_ratio < 0.6
        and not units[i - 1].features.name
    ]
    shown = len(under) >= 2 or (listing.shown.pictures_under and len(under) == 1)
    if shown and 2 * len(under) > len(stacked):
        listing.shown.pictures_under = True
        for k in under:
            units[k].verdict = _UNDER_HEADLINE_CAPTION


_WITH_FACTS = Verdict(
    Role.HEADLINE,
    "headline.with_facts",
    "a title over its date or byline, in a listing without summaries",
)
_UNDER_FACTS = Verdict(
    Role.HEADLINE,
    "headline.with_facts",
    "a title under its byline, opening their block, in a listing without summaries",
)
_UNDER_HEADING = Verdict(
    Role.HEADLINE,
    "headline.under_date_heading",
    "a title under a date heading, in a listing without summaries",
)
_HEADING = Verdict(
    Role.DATE_HEADING, "date.heading", "a date above a group of articles dates each of them"
)
_FACTS = (DATE, BYLINE)


def headlines_with_facts(listing: Listing) -> bool:
    """In a listing without summaries, a title over its date or byline is an article.

    Articles are anchored on summaries; a listing of headlines alone ("Latest",
    an archive page) has none. There, when at least two titles, and at least
    half of them, have a date or a byline right below, each of those titles is
    a headline with the dates and bylines below it; once a window of a long
    listing has shown that (``Shown.headlines_only``), one such title will do.
    A title glued over such a headline is its kicker, source or caption
    (``_titles_over``), and counts as no title of the listing. Where no
    fewer titles stand under date headings than over a date or byline
    (``headline.under_date_heading``), each title under a heading is a
    headline dated by it.
    Returns whether it placed any article (the other stages then have nothing
    to anchor on).
    """
    units = listing.units
    if not listing.enabled("headline.with_facts"):
        return False
    # One sentence may stand in the listing: the page's description under its name.
    # (Most listings have sentences: the scan stops at the second.)
    found = (i for i, unit in enumerate(units) if unit.kind is SENTENCE)
    sentence, second = next(found, None), next(found, None)
    described = (
        sentence is not None
        and second is None
        and not listing.shown.opened
        and listing.enabled("noise.page_description")
        and _describes_page(units, sentence)
    )
    if sentence is not None and not described:
        return False
    titles = [i for i, unit in enumerate(units) if unit.kind is TITLE]
    # A name between a headline and its date in their block is the source or
    # author: "Dock strike enters second week / The Harbour Herald / 2 hours ago".
    # Or a name ending the block under its date: "Published 3 hours ago" / "Ana Ruiz".
    named = (
        {i for i in titles if _names_over_facts(units, i) or _name_under_facts(units, i)}
        if listing.enabled("byline.under_headline")
        else set()
    )
    heads = [
        i
        for i in titles
        if i not in named
        and (j := past_chrome(units, i + 1, units[i].block)) < len(units)
        and (units[j].kind in _FACTS or j in named)
    ]
    placed = _WITH_FACTS
    # A byline opening each block over the title that ends it leads that title
    # ("The Guardian · 3h" / headline): the facts below a headline are the next one's.
    # Two such at least, or one once a window has shown the shape.
    led = [i for i in titles if i not in named and _under_its_byline(units, i)]
    if led and len(led) >= (1 if listing.shown.under_bylines else 2) and len(led) >= len(heads):
        heads, placed = led, _UNDER_FACTS
    over = _titles_over(listing, heads, named) if placed is _WITH_FACTS else {}
    grouped, headings = _under_date_headings(listing)
    # The headings date the titles over bylines too (a name between counts with its
    # headline); once a window has shown which, the windows after keep to it.
    under = listing.shown.under_headings and placed is _WITH_FACTS
    if under is None:
        under = (
            placed is _WITH_FACTS
            and bool(grouped)
            and sum(k not in over for k in grouped) >= len(heads) + len(named)
        )
    if under:
        # A name glued under a headline, ending their block, signs it: "Ana Ruiz".
        named = {
            k
            for k in grouped
            if k - 1 in grouped
            and units[k - 1].block is units[k].block
            and signs_its_block(units[k])
        }
        heads = [k for k in grouped if k not in named]
        placed = _UNDER_HEADING
        # A section's label glued over a headline is its kicker: "POLITICS" / headline.
        over = {
            k: (k + 1, label_verdict(cast(str, units[k].features.kicker)))
            for k in titles
            if k + 1 in heads and _labels_title(units, k)
        }
    # Two headlines at least, or one under its label and a date heading.
    labelled = len(over) if placed is _UNDER_HEADING else 0
    shown = listing.shown.headlines_only or len(heads) + labelled >= 2
    if not heads or not shown or 2 * len(heads) < len(titles) - len(named) - len(over):
        return False
    listing.shown.headlines_only = True
    if described:
        listing.noise[cast(int, sentence)] = (Role.NOISE, DESCRIPTION)
    listing.shown.under_headings = under
    listing.shown.under_bylines = placed is _UNDER_FACTS
    if placed is _UNDER_HEADING:
        listing.headings.update(headings)
        for k in headings:
            listing.noise[k] = (Role.DATE_HEADING, _HEADING)
    sources = {i: _source_over_facts(units, i) for i in heads} if placed is _UNDER_FACTS else {}
    first = min([heads[0], *over, *(k for k in sources.values() if k is not None)])
    if listing.enabled("noise.page_title"):
        for k in titles:
            if k >= first:
                break
            listing.noise[k] = (Role.NOISE, PAGE_TITLE)
    title_over = {i: (k, verdict) for k, (i, verdict) in over.items()}
    for i in heads:
        draft = Draft(i, None)
        draft.take(i, _HEADLINE, placed, units[i].text)
        if i in title_over and listing.enabled(title_over[i][1].rule):
            k, verdict = title_over[i]
            if verdict.what is Role.BYLINE:
                listing.take_byline(draft, k, verdict)
            else:
                draft.take(k, (cast(Role, verdict.what),), verdict, units[k].text)
        if placed is _UNDER_FACTS:
            source = sources.get(i)
            if source is not None:
                listing.take_byline(draft, source, _SOURCE_OVER)
            for k in _facts_above(units, i):
                listing.take_fact(draft, k)
            listing.drafts.append(draft)
            continue
        k = past_chrome(units, i + 1, units[i].block)
        while k < len(units) and (units[k].kind in _FACTS or k in named):
            unit = units[k]
            if unit.kind is DATE and placed is _UNDER_HEADING:
                break  # the next group's heading
            if k in named:
                if draft.has(Role.BYLINE):
                    break
                if placed is _UNDER_HEADING:
                    verdict = _NAME_UNDER_GROUPED
                elif units[k - 1].kind in _FACTS:
                    verdict = _NAME_UNDER_FACTS
                else:
                    verdict = _NAME_OVER_FACTS
                listing.take_byline(draft, k, verdict)
            elif not listing.take_fact(draft, k):
                break
            k += 1
        listing.drafts.append(draft)
    return True


def _facts_above(units: list[Unit], i: int) -> range:
    """The bylines and dates glued right above title ``i`` in its block."""
    k = i
    while k > 0 and units[k - 1].kind in _FACTS and units[k - 1].block is units[i].block:
        k -= 1
    return range(k, i)


def _under_its_byline(units: list[Unit], i: int) -> bool:
    """Whether title ``i`` ends its block under the facts that open it, a byline among
    them: "The Guardian · 3h" / "Strikes spread across rail network"; or under its
    source's name and the facts below it ("The Guardian" / "3 hours ago" / headline)."""
    above = _facts_above(units, i)
    return (
        bool(above)
        and (i + 1 == len(units) or units[i + 1].block is not units[i].block)
        and (
            (units[above.start].first == 0 and any(units[k].kind is BYLINE for k in above))
            or _source_over_facts(units, i) is not None
        )
    )


def _source_over_facts(units: list[Unit], i: int) -> int | None:
    """The name of four words at most that opens the block of title ``i`` over the facts
    glued above it: its source ("BBC News" / "2 hours ago" / headline), or ``None``."""
    above = _facts_above(units, i)
    k = above.start - 1
    if not above or k < 0:
        return None
    unit = units[k]
    if (
        unit.first == 0
        and unit.block is units[i].block
        and unit.features.words <= 4
        and unit.features.name
        # An agency alone reads as a picture's credit: "Reuters".
        and (unit.kind is TITLE or (unit.kind is CAPTION and _agency_alone(unit)))
    ):
        return k
    return None


def _agency_alone(unit: Unit) -> bool:
    """Whether a caption is an agency's name alone ("Reuters", "AFP"): a credit that may
    name an article's source as well."""
    credit = unit.features.credit
    return credit is not None and credit[1] == "agency" and credit[0] == unit.text


def _titles_over(
    listing: Listing, heads: list[int], named: set[int]
) -> dict[int, tuple[int, Verdict]]:
    """The titles over headlines without summaries that belong to them: title -> (headline, why).

    A title glued over such a headline in its block is its kicker (a section
    label: "ECONOMY"), its source or author where every such title is a
    name, two at least ("BBC News" over each headline of an aggregator; a
    window of a long listing after one that showed it needs no two:
    ``Shown.sources_over``), or its picture's caption. A section label alone
    in a block of its own above the headline is its kicker where two
    headlines at least show one so. A title over the listing's first
    headline alone is the page's (``noise.page_title``).
    """
    units = listing.units
    glued: dict[int, int] = {}
    apart: dict[int, int] = {}
    for i in heads:
        k = i - 1
        if k < 0 or units[k].kind is not TITLE or k in heads or k in named:
            continue
        above, unit = units[k], units[i]
        if above.block is unit.block:
            glued[k] = i
        elif (
            unit.first == 0
            and above.first == 0
            and above.count == len(above.block.lines)
            and above.features.kicker is not None
        ):
            apart[k] = i
    if len(apart) >= 2:
        glued.update(apart)
    if len(glued) == 1 and not listing.shown.opened and glued.get(heads[0] - 1) == heads[0]:
        return {}  # over the listing's first headline alone: the page's title
    names = [k for k in glued if units[k].features.kicker is None]
    authors = bool(names) and all(units[k].features.author for k in names)
    if authors and len(names) >= 2:
        listing.shown.sources_over = True
    sources = authors and listing.shown.sources_over
    over: dict[int, tuple[int, Verdict]] = {}
    for k, i in glued.items():
        kicker = units[k].features.kicker
        if kicker is not None:
            verdict = label_verdict(kicker)
        elif sources:
            verdict = _SOURCE_OVER
        else:
            verdict = _CAPTION_OVER
        over[k] = (i, verdict)
    return over


_SOURCE_OVER = Verdict(
    Role.BYLINE,
    "byline.over_headline",
    "a name glued over the headline, as over every headline of a listing without summaries: "
    "its source or author",
)
_CAPTION_OVER = Verdict(
    Role.CAPTION,
    "caption.above_headline",
    "a title glued above a headline without summary, over its date or byline",
)


_NAME_OVER_FACTS = Verdict(
    Role.BYLINE,
    "byline.under_headline",
    "a name between a headline and its date, in a listing without summaries",
)


_NAME_UNDER_GROUPED = Verdict(
    Role.BYLINE,
    "byline.under_headline",
    "a name glued under a headline in its block, under a date heading: its author",
)


_NAME_UNDER_FACTS = Verdict(
    Role.BYLINE,
    "byline.under_headline",
    "a name ending the block under the headline's date, in a listing without summaries",
)


def _name_under_facts(units: list[Unit], i: int) -> bool:
    """Whether title ``i`` is a name of two words or more ending its block under a
    date or byline glued under a title: the author of a headline without summary.

    With no blank lines, the next article's section label may follow the name
    in its block ("… / Publié le 4 mars 2024 / Claire Dubois / Social / Headline").
    """
    k = i - 1
    unit = units[i]
    while k >= 0 and units[k].kind in _FACTS and units[k].block is unit.block:
        k -= 1
    return (
        k < i - 1
        and k >= 0
        and units[k].kind is TITLE
        and units[k].block is unit.block
        and (signs_its_block(unit) or _name_over_label(units, i))
    )


def _name_over_label(units: list[Unit], i: int) -> bool:
    """Whether title ``i`` is a name of two words or more glued over a section label
    that is glued over a title: the label opens the next article."""
    unit = units[i]
    if i + 2 >= len(units) or unit.features.words < 2 or not unit.features.author:
        return False
    label, title = units[i + 1], units[i + 2]
    return (
        label.kind is TITLE
        and title.kind is TITLE
        and label.block is unit.block
        and title.block is unit.block
        and label.features.kicker is not None
    )


def _names_over_facts(units: list[Unit], i: int) -> bool:
    """Whether title ``i`` is a name between a title above it in its block and a date or
    byline below: the source or author of a headline without a summary."""
    if not 0 < i < len(units) - 1 or units[i + 1].kind not in _FACTS:
        return False
    unit, above = units[i], units[i - 1]
    return (
        above.kind is TITLE
        and above.block is unit.block
        and unit.features.author
        and not above.features.author
    )


_LISTED = Verdict(Role.HEADLINE, "headline.listed", "a title in a listing of titles alone")
#: The fewest words a title in a listing of titles alone needs to be a headline.
_LISTED_MIN_WORDS = 3


def _titles_alone(listing: Listing) -> bool:
    """Whether the listing, read in one window, holds nothing but titles and page chrome,
    each title in a block of its own (or all of them in one block), a name
    glued under it or not (``_signed_titles``), a section label over it or
    not (``_labelled_titles``).

    Two titles sharing a block among others may be a headline and its
    teaser (layout M), which ``promote_teasers`` decides.
    """
    if not listing.whole or listing.shown.started or not listing.units:
        return False
    if any(unit.kind not in _ALONE_KINDS for unit in listing.units):
        return False  # the cheap test first: most listings hold a sentence
    marks = _signed_titles(listing) | _labelled_titles(listing)
    per_block: dict[int, int] = {}
    for k, unit in enumerate(listing.units):
        if k in marks:
            continue
        if unit.kind is TITLE:
            per_block[unit.block.index] = per_block.get(unit.block.index, 0) + 1
        elif unit.kind is not NOISE:
            return False
    # One block may hold them all, under a page title and over a footer in blocks
    # of their own: "From the archive" / five headlines / "More from the archive".
    shared = [n for n in per_block.values() if n > 1]
    return not shared or len(per_block) == 1 or (len(shared) == 1 and shared[0] >= 3)


#: The kinds of a listing of titles alone: titles, chrome, and names read as credits.
_ALONE_KINDS = (TITLE, NOISE, CAPTION)
#: What a name alone reads as: a title, or an agency's credit ("Reuters").
_NAME_KINDS = (TITLE, CAPTION)


def _signed_titles(listing: Listing) -> frozenset[int]:
    """The names glued under a longer title that is not a name: its author or source.

    A table of contents or an aggregator's box lists each headline over who
    wrote it ("Ana Ruiz") or where it ran ("BBC News", "Reuters"), with
    nothing else.
    """
    if not listing.enabled("byline.under_listed"):
        return frozenset()
    units = listing.units
    signed: set[int] = set()
    for k in range(1, len(units)):
        unit, above = units[k], units[k - 1]
        if (
            unit.kind in _NAME_KINDS
            and above.kind is TITLE
            and above.block is unit.block
            and k - 1 not in signed
            and unit.features.author
            and not above.features.author
            and above.features.words > unit.features.words
        ):
            signed.add(k)
    return frozenset(signed)


def _labelled_titles(listing: Listing) -> frozenset[int]:
    """The section labels glued over a longer title: its kicker ("VIDEO", "OPINION")."""
    if not listing.enabled("kicker.label"):
        return frozenset()
    units = listing.units
    return frozenset(
        k
        for k in range(len(units) - 1)
        if units[k].kind is TITLE
        and units[k + 1].kind is TITLE
        and units[k + 1].block is units[k].block
        and units[k].features.kicker is not None
        and units[k + 1].features.kicker is None
        and units[k + 1].features.words > units[k].features.words
    )


def _listed(f: Features) -> bool:
    """Whether a title reads as a headline in a listing of titles alone.

    Three words or more, opening with a capital, a digit or a quotation mark,
    in title or sentence case, one sentence.
    """
    first = f.text[0]
    return (
        f.words >= _LISTED_MIN_WORDS
        and (first.isupper() or first.isdigit() or first in "\"“‘«'¿¡")
        and (f.title_case or f.sentence_case)
        and not f.inner_sentence
    )


def listed_headlines(listing: Listing) -> bool:
    """In a listing of titles alone ("Most read", an archive of headlines), titles are headlines.

    Only where every line with text is a title or page chrome (no sentence,
    date, byline or caption to anchor an article on), with three titles at
    least that read as headlines, and no fewer of those than of other
    titles; and only in a listing read in one window (as any listing of
    fewer than some 2,000 lines is), so that a window of titles in a
    long listing is never taken for the whole. Each title that reads as a
    headline (``_listed``) is a headline-only article, a name glued under it
    its byline (``_signed_titles``), a label glued over it its kicker
    (``_labelled_titles``); another title above the first is the page's
    title ("Most read"; so is an unsigned one above titles most of which
    are signed), one further down noise, as it would be under a teaser.
    Returns whether it placed any article.
    """
    units = listing.units
    if not listing.enabled("headline.listed") or not _titles_alone(listing):
        return False
    signed = _signed_titles(listing)
    labelled = _labelled_titles(listing)
    heads = [
        k
        for k, unit in enumerate(units)
        if unit.kind is TITLE and k not in signed and k not in labelled and _listed(unit.features)
    ]
    listed = frozenset(heads)
    names = frozenset(k for k in signed if k - 1 in listed)
    labels = frozenset(k for k in labelled if k + 1 in listed and k not in names)
    others = sum(
        unit.kind is TITLE and k not in names and k not in labels for k, unit in enumerate(units)
    )
    others -= len(heads)
    if len(heads) < 3 or len(heads) < others:
        return False
    if 2 * len(names) >= len(heads):
        # Most titles are signed: an unsigned one above them all is the page's.
        first = min(k - 1 for k in names)
        heads = [k for k in heads if k >= first]
        listed = frozenset(heads)
    elif 2 * len(labels) >= len(heads):
        # Most are labelled: an unlabelled one above them all is the page's.
        heads = [k for k in heads if k > min(labels)]
        listed = frozenset(heads)
    if _site_over_part(units, heads, listed):
        heads = heads[1:]
        listed = frozenset(heads)
    labels = frozenset(k for k in labels if k + 1 in listed)
    marks = names | labels
    for k, unit in enumerate(units):
        if unit.kind is TITLE and k not in listed and k not in marks:
            top = k < heads[0] and listing.enabled("noise.page_title")
            listing.noise[k] = (Role.NOISE, PAGE_TITLE if top else unit.verdict)
    for k in heads:
        draft = Draft(k, None)
        draft.take(k, _HEADLINE, _LISTED, units[k].text)
        label = units[k - 1].features.kicker if k - 1 in labels else None
        if label is not None:
            draft.take(k - 1, (Role.KICKER,), label_verdict(label), units[k - 1].text)
        if k + 1 in names:
            listing.take_byline(draft, k + 1, _SIGNED_TITLE)
        listing.drafts.append(draft)
    return True


def _site_over_part(units: list[Unit], heads: list[int], listed: frozenset[int]) -> bool:
    """Whether the first of a listing of titles alone is the site's name over its part.

    "The Weekly Roundup" / "Most read" / "1" / headline …: the listing's
    first line stands over the heading of a part of the page or a title
    that reads as no headline ("Watch and listen"), as no other headline of
    the listing does but the last: the site's name or the page's.
    """
    if len(heads) < 4 or heads[0] != 0:
        return False

    def parted(k: int) -> bool:
        if k + 1 == len(units):
            return False
        below = units[k + 1]
        if below.kind is TITLE:
            return k + 1 not in listed
        return below.kind is NOISE and heads_listing_part(below.features.lower)

    # Under the last headline a link or a footer may stand ("More from the archive →").
    return parted(heads[0]) and not any(parted(k) for k in heads[1:-1])


_SIGNED_TITLE = Verdict(
    Role.BYLINE,
    "byline.under_listed",
    "a name glued under a title in a listing of titles alone: its author or source",
)


def _under_date_headings(listing: Listing) -> tuple[list[int], dict[int, str]]:
    """The titles of two words or more standing under a date heading, and the headings.

    A heading is a date right above a title, not one ending the block of
    the title or byline above it (that one is theirs); the titles (with the
    bylines under them) that follow it up to the next date are its group. None
    where the options say dates trail their articles or a rule is off.
    """
    if (
        listing.options.date_headings == "trailer"
        or not listing.enabled("headline.under_date_heading")
        or not listing.enabled("date.heading")
    ):
        return [], {}
    units = listing.units
    grouped: list[int] = []
    headings: dict[int, str] = {}
    # A long listing's window may open inside the group of an earlier one's heading.
    heading = listing.shown.headlines_only and listing.shown.heading is not None
    for k, unit in enumerate(units):
        if unit.kind is DATE:
            heading = (
                k + 1 < len(units)
                and units[k + 1].kind is TITLE
                # Glued under a title or byline, ending their block or over
                # the author's name in it ("Published 3 hours ago" / "Ana Ruiz"): theirs.
                and not (
                    k > 0
                    and units[k - 1].block is unit.block
                    and units[k - 1].kind in (TITLE, BYLINE)
                    and (
                        units[k + 1].block is not unit.block
                        or signs_its_block(units[k + 1])
                        # An age under a headline dates that article, no group
                        # ("… new container terminal" / "2 hours ago"); under a
                        # source's name it may lead the headline below.
                        or (units[k - 1].features.words >= 4 and is_age(unit.features.date_text))
                    )
                )
            )
            if heading:
                headings[k] = unit.features.date_text
        elif heading and _labels_title(units, k):
            continue  # a section's label over the headline in its block: "POLITICS"
        elif heading and unit.kind is TITLE and unit.features.words >= 2:
            grouped.append(k)
        elif unit.kind is not BYLINE:
            heading = heading and unit.kind is NOISE
    return grouped, headings


def _describes_page(units: list[Unit], i: int) -> bool:
    """Whether sentence ``i`` may be the page's description: alone in its block right
    under the page's name alone in its own ("Category: Labour", "Labour"), thirty
    words at most and no truncation marker, with nothing but titles and chrome above
    (``assemble._page_description`` decides once the articles are found)."""
    unit = units[i]
    if i == 0 or not fills_block(unit) or unit.features.words > DESCRIPTION_WORDS:
        return False
    name = units[i - 1]
    return (
        fills_block(name)
        and names_page(name)
        and not unit.features.truncated
        and all(units[k].kind in (TITLE, NOISE) for k in range(i - 1))
    )


def names_page(unit: Unit) -> bool:
    """Whether a line names the page: an archive's title ("Category: Labour") or a
    section or place the lexicon knows ("Labour")."""
    return names_archive(unit.text) or is_section(unit.features.lower)


#: The most words of a page's description ("News and analysis from the workplace.").
DESCRIPTION_WORDS = 30
DESCRIPTION = Verdict(
    Role.NOISE,
    "noise.page_description",
    "a short sentence under the page's name at the top, where every article below has "
    "a headline and it has none",
)


def _labels_title(units: list[Unit], k: int) -> bool:
    """Whether unit ``k`` is a section's label glued over a title: "POLITICS" / headline."""
    unit = units[k]
    return (
        unit.kind is TITLE
        and k + 1 < len(units)
        and units[k + 1].kind is TITLE
        and units[k + 1].block is unit.block
        and unit.features.kicker is not None
    )


def _claims(unit: Unit) -> bool:
    """Whether a title would take the sentence under it as its summary.

    A section label ("Opinion | Housing") heads the headline under it instead.
    """
    return unit.kind is TITLE and unit.features.kicker is None


def _short_before_long(listing: Listing, i: int) -> bool:
    units = listing.units
    if i + 1 >= len(units):
        return False
    unit, below = units[i], units[i + 1]
    if (
        below.kind is not SENTENCE
        or below.block is unit.block
        or unit.first + unit.count != len(unit.block.lines)
        # Alone in its block, or under one line in it: a section label ("Opinion |
        # Housing"); a title that is no label claims the sentence (below).
        or not (unit.first == 0 or (unit.first == 1 and units[i - 1].block is unit.block))
    ):
        return False  # the cheap tests first
    f = unit.features
    return (
        f.ends_period
        # Two sentences in title case make a headline too: "Rent Control Works. Here Is Why.";
        # so do two short ones: "The river is rising. The town is not ready."
        and (not f.inner_sentence or f.title_ratio >= 0.7 or f.words <= _TWO_SHORT_SENTENCES)
        and f.words <= 16
        and below.features.words * 2 >= f.words * 3
        # A sentence under a title is that title's summary, unless the title is a label.
        and not (i > 0 and _claims(units[i - 1]))
    )


#: The most words of a headline of two sentences in sentence case.
_TWO_SHORT_SENTENCES = 10

#: What a summary looks past, up to the previous summary, for its headline.
_PASSED = (DATE, BYLINE, NOISE, CAPTION)
_SECTION_TITLE = Verdict(
    Role.NOISE,
    "noise.section_title",
    "a title alone above a block of several teasers, or above bulleted items that open "
    "with their summary, heads the group",
)
_TEASER = Verdict(Role.SUMMARY, "summary.teaser", "a summary with no title above it")
_NEAREST = Verdict(Role.HEADLINE, "headline.nearest_title", "the nearest title above a summary")
_SUMMARY, _HEADLINE = (Role.SUMMARY,), (Role.HEADLINE,)


_CONTINUED = Verdict(
    Role.SUMMARY,
    "summary.continued",
    "a second sentence line in the block of a headline and its summary, where the "
    "listing's other blocks hold one headline and one summary",
)
#: What may end an article's block after its summary: its byline, its date, chrome.
_BLOCK_TAIL = (BYLINE, DATE, NOISE)


def _continued_summaries(listing: Listing) -> set[int]:
    """The sentences that go on with the summary above them in its block (layout M).

    Where blank lines part the articles and two blocks at least end with a
    headline and its summary (a byline, a date or chrome after them), a
    block holding a headline and two sentences holds one article whose
    summary runs over two lines; no more such blocks than pairs. Where no
    block ends so, every block a headline (three words or more, no label)
    opens over two sentences, two at least, holds such an article too (one,
    in the windows after one that showed it).
    """
    if not listing.enabled("summary.continued"):
        return set()
    units = listing.units
    # Candidates first (a title opening its block, two sentences after it): most windows have none.
    found = [
        i
        for i in _pairs(units, SENTENCE, SENTENCE)
        if i >= 2
        and units[i - 2].kind is TITLE
        and units[i - 2].block is units[i].block
        and _opens_block(units, i - 2)
        and _ends_block(units, i)
    ]
    if not found:
        return set()
    # Blocks ending with a headline and its summary, the only sentence of the block;
    # and the blocks a title opens with a sentence right under it.
    pairs = titled = 0
    for i in _pairs(units, TITLE, SENTENCE):
        block = units[i].block
        if units[i - 1].block is not block:
            continue
        titled += _opens_block(units, i - 1)
        if _ends_block(units, i) and not any(
            u.block is block and u.kind is SENTENCE for u in units[max(0, i - 4) : i]
        ):
            pairs += 1
    if pairs >= 2 and len(found) <= pairs:
        return set(found)
    # No such pair at all: every block a headline opens over sentences holds two
    # ("Headline / Bakers have struck for weeks. / They want …"); a section's label
    # over its teasers heads a group instead ("Transport" / teaser / teaser).
    if (
        pairs == 0
        and len(found) >= (1 if listing.shown.two_line_summaries else 2)
        and len(found) == titled
        and all(_reads_as_headline(units[i - 2]) for i in found)
    ):
        listing.shown.two_line_summaries = True
        return set(found)
    return set()


_SECOND_PARAGRAPH = Verdict(
    Role.SUMMARY,
    "summary.second_paragraph",
    "a sentence block between a headline's summary and its byline or date, where the "
    "listing's other articles end their summary with them",
)


def _second_paragraphs(listing: Listing) -> set[int]:
    """The sentence blocks that go on with the summary in the block above them.

    Where every part of an article stands in a block of its own (layout B), an
    excerpt of two paragraphs puts a sentence block between the summary (no
    truncation marker, the headline alone above it) and the byline or date:
    "Headline" / "In 1950 there were …" / "We spoke to …" / "Ana Ruiz" /
    "March 4, 2024" (chrome may end the block or stand before the byline:
    "Read more »"); or, with no blank line at all, the lines simply follow
    each other. The second block is no teaser of its own when two
    articles at least show the listing's shape (a title, a sentence, then a
    byline or a date), no more second blocks than those.
    """
    if not listing.enabled("summary.second_paragraph"):
        return set()
    units = listing.units
    found = [
        i
        for i in _pairs(units, SENTENCE, SENTENCE)
        if i >= 2
        and _facts_below(units, i)
        and units[i - 2].kind is TITLE
        and (
            (
                fills_block(units[i - 2])
                and fills_block(units[i - 1])
                and units[i].first == 0
                and _chrome_after(units, i)
            )
            # No blank line at all (layout F): the lines simply follow.
            or units[0].block is units[-1].block
        )
        # A truncation marker ends an excerpt: what comes under it is no more of it.
        and not units[i - 1].features.truncated
    ]
    if not found:
        return set()
    shaped = sum(1 for k in _pairs(units, TITLE, SENTENCE) if _facts_below(units, k))
    return set(found) if shaped >= 2 and len(found) <= shaped else set()


def _facts_below(units: list[Unit], i: int) -> bool:
    """Whether the first unit under unit ``i`` that is no chrome ("Read more »",
    "3 Comments") is a byline or a date (``_is_fact``)."""
    k = past_chrome(units, i + 1)
    return k < len(units) and _is_fact(units, k)


def _chrome_after(units: list[Unit], i: int) -> bool:
    """Whether only chrome follows unit ``i`` in its block."""
    block = units[i].block
    end = units[i].first + units[i].count
    k = i + 1
    while k < len(units) and units[k].block is block and units[k].kind is NOISE:
        end = units[k].first + units[k].count
        k += 1
    return end == len(block.lines)


def _is_fact(units: list[Unit], i: int) -> bool:
    """Whether unit ``i`` is a byline or a date, or a name that will be read as the
    byline: one over its date or ending the listing (a title-case headline, or a
    section's label, reads as a name too). Wider than ``_facts_at``, which asks
    for a name over a date: any author's line of two words or more counts here
    ("Ana Ruiz, Labour Correspondent"), and at the listing's end no date need
    follow."""
    unit = units[i]
    return unit.kind in _FACTS or (
        unit.kind is TITLE
        and unit.features.author
        and unit.features.words >= 2
        and (i + 1 == len(units) or units[i + 1].kind is DATE)
    )


def _reads_as_headline(unit: Unit) -> bool:
    """Whether a title reads as a headline rather than a section's label: three words
    or more and no label the lexicon knows."""
    return unit.features.words >= _HEADLINE_MIN_WORDS and unit.features.kicker is None


#: The fewest words of a title that reads as a headline, not a section's label.
_HEADLINE_MIN_WORDS = 3


def _ends_block(units: list[Unit], i: int, *, authors: bool = True) -> bool:
    """Whether only a byline, a date, chrome or (``authors``) an author's name, three
    at most, follow unit ``i`` in its block: "Sailings return to normal from Monday" /
    "Tags: Labour, Ports"."""
    block = units[i].block
    after = [unit for unit in units[i + 1 : i + 5] if unit.block is block]
    return len(after) <= 3 and all(
        unit.kind in _BLOCK_TAIL or (authors and unit.kind is TITLE and unit.features.author)
        for unit in after
    )


def anchor(listing: Listing) -> None:
    units = listing.units
    nearest = listing.enabled("headline.nearest_title")
    continued = _continued_summaries(listing)
    second = _second_paragraphs(listing)
    floor = -1  # index of the last unit of the previous anchor
    for i, unit in enumerate(units):
        if unit.kind is not SENTENCE:
            continue
        if (
            (i in continued or i in second)
            and listing.drafts
            and listing.drafts[-1].summary == i - 1
            and (i in continued or listing.drafts[-1].headline is not None)
        ):
            draft = listing.drafts[-1]
            joined = f"{draft.fields[Role.SUMMARY]} {unit.text}"
            draft.take(i, _SUMMARY, _CONTINUED if i in continued else _SECOND_PARAGRAPH, joined)
            draft.fields[Role.SUMMARY] = joined
            draft.summary = floor = i
            continue
        j = i - 1
        while j > floor and units[j].kind in _PASSED:
            j -= 1
        headline = j if nearest and j > floor and units[j].kind is TITLE else None
        if headline is not None and _signs_the_summary_above(listing, headline, floor, i):
            headline = None  # the article above's author: regions give it its byline
        if headline is not None and _heads_a_group(listing, headline, i):
            listing.noise[headline] = (Role.NOISE, _SECTION_TITLE)
            headline = None
        if headline is not None:
            headline = _skip_byline_above_date(listing, headline, floor)
        draft = Draft(headline, i)
        draft.take(i, _SUMMARY, unit.verdict if headline is not None else _TEASER, unit.text)
        if headline is not None:
            h = units[headline]
            # A line made a headline by an earlier rule keeps that rule's reason.
            placed = h.verdict if h.verdict.rule.startswith("headline.") else _NEAREST
            draft.take(headline, _HEADLINE, placed, h.text)
            for k in range(headline + 1, i):
                _place_inside(listing, draft, k)
        listing.drafts.append(draft)
        floor = i


#: ``BOX_BLURB_WORDS`` as a word bag holds them (``words.gate``).
_BLURB_GATE = gate(BOX_BLURB_WORDS)


def box_blurbs(listing: Listing) -> None:
    """A sentence right under the heading of a page's box is its blurb: page chrome.

    "Sign up for our newsletter" / "The week's best stories, every Friday.":
    the heading is chrome, or a title naming the box ("Newsletter"), which
    goes to the noise with it. A sentence in a block of its own under the
    heading is its blurb only if it speaks to the reader or of the site
    ("… in your inbox"): else it is the first article's. Done before any
    article is anchored, so that a listing of headlines alone still reads as
    one under such a box.
    """
    units = listing.units
    for i in range(1, len(units)):
        if (
            units[i].kind is SENTENCE
            and _box_heading(listing, units[i - 1])
            # Apart from the heading, a blurb speaks to the reader or of the site
            # (one about the author tells of them).
            and (
                units[i].block is units[i - 1].block
                or units[i - 1].features.lower.startswith(BOX_ABOUT)
                or not _BLURB_GATE.isdisjoint(units[i].features.bag)
            )
        ):
            units[i].verdict = _BOX
            if units[i - 1].kind is TITLE:  # a heading that is a title: "Newsletter"
                units[i - 1].verdict = _BOX_TITLE


_WIDGET = Verdict(
    NOISE, "noise.widget", "a list of the page's archives or categories, each with its count"
)
_WIDGET_HEADING = Verdict(NOISE, "noise.widget", "the heading over a list of counted entries")


def widget_lists(listing: Listing) -> None:
    """Two counted entries or more, one right under the other in a block, are a
    list of the page's archives or categories ("November 2026 (12)" / "October
    2026 (9)"): page chrome, and so is a short title right over them ("Archives",
    "Categorías"). One such line alone may be a headline ("Brexit Diaries (12)").
    """
    if not listing.enabled("noise.widget"):
        return
    units = listing.units
    # An entry ends with its count in brackets: the cheap test, on the text alone.
    counted = [unit.text.endswith(")") for unit in units]
    i = 0
    while i < len(units):
        if not counted[i]:
            i += 1
            continue
        j = i
        while (
            j < len(units)
            and counted[j]
            and (j == i or units[j].block is units[i].block)
            and units[j].kind is TITLE
            and units[j].features.words <= 6
            and COUNTED_ENTRY.fullmatch(units[j].text) is not None
        ):
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                units[k].verdict = _WIDGET
            heading = units[i - 1] if i > 0 else None
            if heading is not None and heading.kind is TITLE and heading.features.words <= 3:
                heading.verdict = _WIDGET_HEADING
        i = max(j, i + 1)


_RANKED = Verdict(
    NOISE,
    "noise.ranking",
    "a headline listed under 'Most read' or the like, below an article: a link to one elsewhere",
)
#: A rank alone on its line, between a box's headlines: "1", "2.", "3)".
_RANK = re.compile(r"\d{1,2}[.):·]?(?:\s+|$)")


def ranking_boxes(listing: Listing) -> None:
    """The headlines listed under a box ranking the site's articles are links, not articles.

    "Most read" / "1. Why the Budget Failed" / "2. A Week on the Picket Line",
    below an article (a summary, or a title over its byline or date): the
    titles of the block right under the heading, or of the heading's own (a
    rank on a line of its own between them), and of the list's items glued
    under it, up to the first that heads an article of its own (a summary,
    byline or date right under it; in its block, for a list's item), go to
    the noise. At the top of a listing the heading names the page, and the
    titles under it are its articles.
    """
    if not listing.enabled("noise.ranking"):
        return
    units = listing.units
    seen = False  # whether an article stands above: a summary, or a title over its facts
    # Whether the last summary above stands as no link over a summary apart does:
    # a link glued under the list's others reads as a headline glued under its
    # picture's alt text (layout A), but where the summaries show no such shape.
    unlike = False
    for h, heading in enumerate(units):
        if heading.kind is SENTENCE or (
            heading.kind in _FACTS and h > 0 and units[h - 1].kind is TITLE
        ):
            seen = True
            if heading.kind is SENTENCE:
                # Apart, under a headline glued under a title: "alt text / headline".
                unlike = not (
                    heading.first == 0
                    and h > 1
                    and units[h - 1].kind is TITLE
                    and units[h - 1].first > 0
                    and units[h - 2].kind is TITLE
                )
        if (
            not (seen or listing.shown.opened)
            or heading.kind is not NOISE
            or not heads_ranking(heading.features.lower)
        ):
            continue
        k = h + 1
        if k == len(units):
            break
        box = units[k].block
        while k < len(units):
            unit = units[k]
            if unit.block is not box:
                # The next of a list's items ("1. …" / "2. …"), no blank line between.
                if (
                    unit.block.item is None
                    or unit.block.lines[0].number != box.lines[-1].number + 1
                ):
                    break
                box = unit.block
            if unit.kind is NOISE and _RANK.fullmatch(unit.text):
                k += 1
                continue
            below = units[k + 1] if k + 1 < len(units) else None
            if unit.kind is not TITLE or (
                below is not None
                and below.kind in (SENTENCE, BYLINE, DATE)
                # A list's item ("3. …") is a link whatever stands in the block after
                # it; so is the last of a list's lines, where the article above
                # stands otherwise (``unlike``).
                and (below.block is box or not (box.item is not None or (unlike and k > h + 1)))
            ):
                break
            unit.verdict = _RANKED
            k += 1


_MENU = Verdict(NOISE, "noise.menu", "a short title among the links of the site's menu")
#: The most words of a menu's link.
_MENU_LINK_WORDS = 3


def menu_blocks(listing: Listing) -> None:
    """The short titles among the links of the site's menu are links of it too.

    "Home" / "News" / "About" / "Contact", one under the other in a block,
    or each alone in its block one after the other: two lines at least are
    links a menu has ("About", "Contact", "Home"), three lines at least, and
    every other line a title of three words at most, no sentence sign at its
    end ("News", "Latin America"); or four lines at least, all but one links
    or sections the lexicon knows ("World" / "Politics" / "Economy" /
    "Culture"). Pasted from the top of a page, such a title would read as the
    first article's headline. A title the lexicon does not know, last of the
    run right over a sentence, is that sentence's headline; the last of
    lines each alone in its block, over a title, may be the first article's
    label or the page's title: it is left to the rules that tell them.
    """
    if not listing.enabled("noise.menu"):
        return
    units = listing.units
    for start, end in _menu_runs(units):
        run = units[start:end]
        last = run[-1]
        below = units[end] if end < len(units) else None
        if (
            below is not None
            and below.kind is SENTENCE
            and last.kind is TITLE
            and not is_section(last.features.lower)
        ):
            run.pop()  # the sentence's headline
        if len(run) < 3:
            continue
        links = sum(unit.kind is NOISE and is_menu_link(unit.features.lower) for unit in run)
        sections = sum(unit.kind is TITLE and is_section(unit.features.lower) for unit in run)
        if links >= 2 or (len(run) >= _MENU_OF_SECTIONS and links + sections >= len(run) - 1):
            if below is not None and below.kind is TITLE and len(run[-1].block.lines) == 1:
                run.pop()  # alone in its block over a title: perhaps its label
            for unit in run:
                if unit.kind is TITLE:
                    unit.verdict = _MENU


def _menu_runs(units: list[Unit]) -> Iterator[tuple[int, int]]:
    """The runs of units that may hold a menu, as ``(start, end)``: the lines of one
    block, every one chrome or a short title, or the first such lines each alone in
    its block, one block after the other."""
    start = 0
    while start < len(units):
        first = units[start]
        end = start + 1
        if len(first.block.lines) == 1:
            while end < len(units) and len(units[end].block.lines) == 1 and _menu_like(units[end]):
                end += 1
            if _menu_like(first):
                yield start, end
        else:
            while end < len(units) and units[end].block is first.block:
                end += 1
            if all(_menu_like(unit) for unit in units[start:end]):
                yield start, end
        start = end


def _menu_like(unit: Unit) -> bool:
    """Whether a unit may be a link of the site's menu: one line of chrome, or of a
    title of three words at most with no sentence sign at its end."""
    return unit.count == 1 and (
        (unit.kind is NOISE and unit.features.chrome is not None)
        or (
            unit.kind is TITLE
            and unit.features.words <= _MENU_LINK_WORDS
            and not unit.text.endswith(_SENTENCE_ENDS)
        )
    )


#: The fewest lines of a menu of the site's sections alone: "World" / "Politics" / "Economy"
#: / "Culture" (a label over a place over a short headline makes three).
_MENU_OF_SECTIONS = 4


_BOX = Verdict(
    NOISE,
    "noise.box",
    "a sentence right under the heading of a page's box (sign up, donate, about the author)",
)


_BOX_TITLE = Verdict(NOISE, "noise.box", "the heading of a page's box, over its blurb")


#: The longest a title naming a box can be, with a colon and a space (a cheap first test).
_BOX_TITLE_LONGEST = max(map(len, BOX_TITLES)) + 2


def _box_heading(listing: Listing, unit: Unit) -> bool:
    """Whether ``unit`` is page chrome heading a box of the page, three words or more.

    "Sign up for our newsletter", "Support independent journalism", "About
    the author": a heading over its blurb, where a bare "Subscribe" is a
    button. Or a title naming the box alone: "Newsletter".
    """
    return (
        (
            unit.kind is NOISE
            and unit.text.count(" ") >= 2
            and unit.features.lower.startswith(BOX_HEADINGS)
        )
        or (
            unit.kind is TITLE
            and len(unit.text) <= _BOX_TITLE_LONGEST
            and unit.text.lower().rstrip(" :") in BOX_TITLES
        )
    ) and listing.enabled("noise.box")


def _signs_the_summary_above(listing: Listing, j: int, floor: int, i: int) -> bool:
    """Whether title ``j`` is a name ending the block of summary ``floor``, apart from ``i``.

    A blank line parts it from the summary below, and nothing from the
    summary above: it signs that one (``byline.after_summary``). With no blank
    line, a name with its role right under the summary signs it too: "Tom
    Berg, Labour Correspondent" heads no article; so does a name over its date.
    The summary's chrome may stand apart between them, the name in its block
    ("Read more »" / "Ana Ruiz").
    """
    units = listing.units
    if floor < 0:
        return False
    if units[j].block is not units[floor].block and not (
        j - 1 > floor
        and units[j - 1].block is units[j].block
        and past_chrome(units, floor + 1) == j
    ):
        return False
    if not listing.enabled("byline.after_summary"):
        return False
    if units[j].block is not units[i].block:
        return signs_its_block(units[j])
    if j != floor + 1:
        return False
    # Or a name over its date (``_facts_at``): "Priya Raman" / "November 24, 2026" /
    # next sentence.
    dated = i > j + 1 and all(units[k].kind is DATE for k in range(j + 1, i))
    return signed_with_role(units[j].text) or (dated and _facts_at(units, j))


def title_over_teasers(listing: Listing) -> None:
    """A title in a block of its own over the first of a listing's teasers is the page's.

    Where the listing's other articles are all teasers with no headline, the
    first summary's "headline" standing apart from it is the page's title,
    not one article's: the first article becomes a teaser too, and what
    stood above it is left to the regions (page titles, noise). With no
    blank line in the listing (the first teasers share a block), a title
    written like a section's label opening that block, or a phrase as short,
    is the page's too ("Cultura", "Reader picks"). Only in the window that
    opens the listing, which holds two articles at least.
    """
    drafts = listing.drafts
    if (
        listing.shown.opened
        or len(drafts) < 2
        or drafts[0].headline is None
        or drafts[0].summary is None
        or any(d.headline is not None for d in drafts[1:])
        or not listing.enabled("noise.page_title")
    ):
        return
    units = listing.units
    head, summary = units[drafts[0].headline], drafts[0].summary
    block = units[summary].block
    apart = head.block is not block and head.count == len(head.block.lines)
    glued = (
        head.block is block
        and head.first == 0
        and drafts[1].summary is not None
        and units[drafts[1].summary].block is block
        # A label ("Cultura"), or a phrase as short ("Reader picks"): no teaser's headline.
        and (label_like(head) or (head.features.words <= 3 and not head.text.endswith("?")))
    )
    if not (apart or glued):
        return
    teaser = Draft(None, summary)
    teaser.take(summary, _SUMMARY, _TEASER, units[summary].text)
    drafts[0] = teaser


def _heads_a_group(listing: Listing, j: int, i: int) -> bool:
    """Whether title ``j`` heads a group of teasers rather than summary ``i``'s article.

    It stands alone above a block of several teasers (layout E), or above a
    bulleted item that the summary opens: an item's headline stands in it.
    """
    summary = listing.units[i]
    block = summary.block
    if summary.first == 0 and block.item_start and listing.units[j].block is not block:
        return listing.enabled("noise.section_title")
    if len(block.lines) < 2 or summary.first != 0 or listing.units[j].block is block:
        return False  # the cheap tests first: a block of one line holds one teaser
    if not listing.enabled("noise.section_title"):
        return False
    teasers = sum(
        1
        for u in listing.units[i : i + len(block.lines)]
        if u.block is block and u.kind is SENTENCE
    )
    return teasers >= 2


def _skip_byline_above_date(listing: Listing, j: int, floor: int) -> int:
    """A name right above a date, under another title, is a byline (B reversed).

    The title above must read as a headline: no name, or longer than the
    name ("Nurses Reject Pay Offer" over "Tom Berg"), as ``names_under_headlines`` asks.
    Chrome may stand between the name and the date: "Ana Ruiz / • / 4 May 2021".
    """
    units = listing.units
    if not listing.enabled("byline.above_date"):
        return j
    k = j + 1
    while k < len(units) and units[k].kind is NOISE:
        k += 1
    if not (k < len(units) and units[k].kind is DATE):
        return j
    if _role_under_name(units, j, floor):
        j -= 1  # "Carlos Souza" / "Economics editor" / DATE: the name is the author
    if not units[j].features.author:
        return j
    above = j - 1
    if (
        above > floor
        and units[above].kind is TITLE
        and (
            not units[above].features.name
            or units[above].features.words > (_author_words(units[j]) or 0)
        )
    ):
        return above
    return j


def _role_under_name(units: list[Unit], j: int, floor: int) -> bool:
    """Whether title ``j`` is an author's role glued under their name, under a
    title in their block: "Tax reform: who wins" / "Carlos Souza" / "Economics editor"."""
    return (
        j - 2 > floor
        and units[j - 1].kind is TITLE
        and units[j - 2].kind is TITLE
        and units[j].block is units[j - 1].block is units[j - 2].block
        and is_role(units[j].text)
        and units[j - 1].features.author
    )


def _place_inside(listing: Listing, draft: Draft, k: int) -> None:
    """Place a unit between an article's headline and its summary."""
    unit = listing.units[k]
    if unit.kind is DATE:
        draft.take(k, (Role.DATE,), unit.verdict, unit.features.date_text)
    elif unit.kind is BYLINE:
        listing.take_byline(draft, k)
    elif unit.kind is TITLE and unit.features.author:
        listing.take_byline(draft, k, _NAME_INSIDE)
    elif unit.kind is TITLE and draft.has(Role.BYLINE) and is_role(unit.text):
        draft.take(k, (Role.NOISE,), _ROLE_INSIDE, "")
    elif unit.kind is CAPTION:
        if names_source(unit) and listing.enabled("noise.source"):
            draft.take(k, (Role.NOISE,), _SOURCE, "")
        else:
            draft.take(k, (Role.CAPTION,), unit.verdict, unit.text)
    else:
        draft.take(k, (Role.NOISE,), unit.verdict, "")


_ROLE_INSIDE = Verdict(
    Role.NOISE, "noise.role", "the author's role, under their name: no field of the article"
)
_NAME_INSIDE = Verdict(
    BYLINE, "byline.above_date", "a name between the headline and the date under it: the author"
)


_SOURCE = Verdict(
    Role.NOISE,
    "noise.source",
    "names the article's source between its headline and summary, no picture's credit",
)
