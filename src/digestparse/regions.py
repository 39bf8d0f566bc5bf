"""Regions: place what stands between one article and the next.

A region runs from an article's summary to the next article's headline.
Read from its end, units above the headline (in its block, a bulleted item's
first block, a credit, a label) go to the next article as caption or kicker;
read from its start, a byline, a name before a date or a date go to the
article above. A single title left right above a headline is its caption.
Leftovers are page titles (before the first article), trailing chrome
(after the last), date headings, or articles of their own.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import cast

from .blocks import Block
from .drafts import Draft, Listing
from .features import heads_listing_part, is_role, is_section, name_with_role
from .lexicon import KICKER_LABELS, PICTURE_WORDS, PLACE_PREPOSITIONS, SOURCE_WORDS
from .records import Role
from .rules import BYLINE, CAPTION, DATE, NOISE, TITLE, Verdict
from .units import Unit

__all__ = [
    "PAGE_TITLE", "caps_names_trail", "date_mode", "fills_block", "find_labels_above",
    "in_headline_list", "label_verdict", "names_source", "past_chrome", "regions",
    "signs_its_block", "title_cased",
]  # fmt: skip

# The verdicts of the context rules whose reason never changes, made once.
_REPEATS_HEADLINE = Verdict(
    Role.CAPTION, "caption.repeats_headline", "repeats the headline word for word"
)
_REPEATED = Verdict(
    Role.KICKER,
    "kicker.repeated",
    "the same line stands above other headlines: a label, not alt text",
)
_LIKE_OTHERS = Verdict(
    Role.KICKER,
    "kicker.like_others",
    "a short capitalised title above the headline, where the articles around have labels so",
)
_ITEM_START = Verdict(Role.CAPTION, "caption.item_start", "opens the bulleted item of the headline")
_ABOVE_HEADLINE = Verdict(
    Role.CAPTION, "caption.above_headline", "a title glued above the headline in its block"
)
_UNDER_CAPTION = Verdict(
    Role.KICKER, "kicker.label", "the second line above the headline, under its caption"
)
#: What ends a caption written as a phrase or sentence, never a label.
_SENTENCE_SIGNS = tuple(".!?…")
_TRAILER = Verdict(Role.DATE, "date.trailer", "a date below an article dates it")
#: The line rules that find a photo's credit.
_CREDITS = frozenset({"caption.credit", "caption.agency"})
_SUMMARY_BLOCK = Verdict(
    Role.NOISE,
    "noise.summary_block",
    "a title ending the summary's block, a blank line before the next headline: "
    "the article's source or tags, not the next one's caption",
)
_FACTS_BLOCK = Verdict(
    Role.NOISE,
    "noise.summary_block",
    "a title ending the block of the article's date or byline, a blank line before the next "
    "headline: the article's section or source, not the next one's caption",
)
_BESIDE_DATE = Verdict(
    Role.BYLINE,
    "byline.above_date",
    "a name next to its date, both above the headline in its block: the author",
)
_CHROME_BLOCK = Verdict(
    Role.NOISE,
    "noise.summary_block",
    "a title in the block that the article's chrome opens ('Read more »'), a blank line"
    " before the next headline: the article's source or tags, not the next one's caption",
)
PAGE_TITLE = Verdict(Role.NOISE, "noise.page_title", "a title above the first article")


def label_verdict(reason: str) -> Verdict:
    """The verdict on a section label over a headline (``kicker.label``): ``reason`` is what
    ``Features.kicker`` says of it."""
    return Verdict(Role.KICKER, "kicker.label", reason)


_AFTER_SUMMARY = Verdict(
    Role.BYLINE, "byline.after_summary", "a name standing alone after a summary"
)


def date_mode(listing: Listing) -> str:
    """Whether dates between articles head the articles below or trail the one above.

    Headings when a date stands above the first article and none below the
    last. A window that stops short of the listing's end cannot see below
    the last article: a date above the first decides alone. A listing read in
    windows decides once and keeps it.
    """
    if listing.shown.mode is not None:
        return listing.shown.mode
    if listing.options.date_headings != "auto":
        return listing.options.date_headings
    drafts = listing.drafts
    if not drafts:
        return "heading"
    units = listing.units
    before = any(u.kind is DATE for u in units[: drafts[0].first])
    # Below the last article only at the listing's end: a window that stops
    # short of it cannot tell, the date above the first article decides.
    after = listing.whole and any(u.kind is DATE for u in units[drafts[-1].last + 1 :])
    return "heading" if before and not after else "trailer"


def bylines_lead(listing: Listing) -> bool:
    """Whether bylines between articles lead the article below, rather than end the one above.

    So when a byline in a block of its own stands above the first article,
    another between two articles, and none below the last ("By Ana Ruiz |
    4 May 2021" over each headline, a blank line between); a byline over
    the first article alone is the page's ("Autor: AP"). Decided once for
    a listing read in windows, like ``date_mode``.
    """
    if listing.shown.bylines_lead is not None:
        return listing.shown.bylines_lead
    drafts = listing.drafts
    if not drafts or not listing.enabled("byline.above_headline"):
        return False
    units = listing.units
    first, last = drafts[0].first, drafts[-1].last
    # An article without a headline opens with its teaser: "Written by NAME DATE"
    # glued over "thumb 150x100The council voted …".
    heads = {d.first if d.headline is None else d.headline for d in drafts}
    # The blocks that hold only facts and chrome, found in one pass.
    mixed = {u.block.index for u in units if u.kind not in (BYLINE, DATE, NOISE)}
    facts = {u.block.index for u in units} - mixed
    before = [k for k in range(first) if _leads(units, k, heads, facts)]
    if not before or (
        listing.whole and any(units[k].kind is BYLINE for k in range(last + 1, len(units)))
    ):
        return False
    placed = set().union(*(d.placed for d in drafts))
    between = [k for k in range(first + 1, last) if units[k].kind is BYLINE and k not in placed]
    leading = [k for k in between if _leads(units, k, heads, facts)]
    # Bylines glued above headlines lead only where no byline between articles
    # is glued under a summary ("12.05.2025 | Courts" above, "By Ana Ruiz" below).
    return bool(leading) and (
        any(_apart(units[k], facts) for k in before + leading) or len(leading) == len(between)
    )


def names_trail(listing: Listing) -> bool:
    """Whether names glued between a summary and the next headline sign the article above.

    With no blank line between articles (layout F), "Summary / Ana Ruiz /
    Headline" reads either way. A name between two articles signs the one
    above where a name stands alone under the last summary, or where every
    article but the first has a name glued over its headline and nothing is
    glued over the first (that one alone would have no caption). Decided
    only for a listing read in one window (a listing longer than a window
    is read so as before: names there stay captions).
    """
    drafts, units = listing.drafts, listing.units
    # Only a listing read in one window shows its last summary with its first
    # headline (every page we have seen): read in windows, the names stay captions.
    if listing.shown.started or not listing.whole:
        return False
    if len(drafts) < 2 or not listing.enabled("byline.after_summary"):
        return False
    between = gaps = 0
    for prev, nxt in itertools.pairwise(drafts):
        if prev.summary is None or nxt.headline is None:
            continue
        gaps += 1
        end = nxt.headline
        if units[end - 1].kind is TITLE and units[end - 1].features.kicker is not None:
            end -= 1  # the next article's section label: "Ana Ruiz" / "Política" / headline
        name = _name_under_chrome(units, range(prev.summary + 1, end))
        if (
            name is not None
            and name.block is units[prev.summary].block is units[nxt.headline].block
        ):
            between += 1
    if not between:
        return False
    head, last = drafts[0].headline, drafts[-1]
    clear = head is not None and (
        head == 0 or units[head - 1].kind is NOISE or units[head - 1].block is not units[head].block
    )
    signed_end = (
        last.summary is not None
        and _name_under_chrome(units, range(last.summary + 1, len(units))) is not None
    )
    # Nothing above the first headline tells only where every other has a name over it.
    return (clear and between == gaps >= 2) or signed_end


def names_lead(listing: Listing) -> bool:
    """Whether names alone in their blocks between articles lead the article below.

    So where such a name stands right over the first headline (only the page's
    titles and chrome above it), one between every two articles, and nothing
    under the last summary but its date and chrome: "Jane Doe" / "The End of
    the Office" / teaser, as a magazine's contents list its pieces; or "Jane
    Doe" / "in" / "The Remote Desk" / headline / teaser / "Mar 4" / "5 min
    read", as a blogging platform lists its posts (``_lead_name``). Decided
    only for a listing read in one window, as ``names_trail`` is.
    """
    drafts, units = listing.drafts, listing.units
    if listing.shown.started or not listing.whole or len(drafts) < 2:
        return False
    if any(d.headline is None or d.summary is None for d in drafts):
        return False
    if not listing.enabled("byline.above_headline"):
        return False
    if not _dates_or_chrome(units, range(drafts[-1].last + 1, len(units))):
        return False
    ends = [-1, *(d.last for d in drafts[:-1])]
    for end, draft in zip(ends, drafts, strict=True):
        head = cast(int, draft.headline)
        lead = _lead_name(units, head, draft.summary)
        if draft.first != head or lead is None:
            return False
        above = range(end + 1, lead)
        if not (_dates_or_chrome(units, above) or (end < 0 and _titles_or_chrome(units, above))):
            return False
    return True


def _dates_or_chrome(units: list[Unit], ks: Iterable[int]) -> bool:
    """Whether every unit of ``ks`` is a date or page chrome ("Mar 4" / "5 min read")."""
    return all(units[k].kind in (NOISE, DATE) for k in ks)


def _lead_name(units: list[Unit], head: int, summary: int | None = None) -> int | None:
    """The name alone in its block that would lead headline ``head``: right over it, or
    over the publication it appeared in and "in", each alone in its block ("Ana Ruiz" /
    "in" / "The Remote Desk" / headline, as a blog platform lists its posts). Or the
    name opening a block that holds the whole article, its ``summary`` too ("Ana Ruiz"
    / headline / teaser / date, as a page of columns lists them). A line repeating the
    headline word for word is its picture's alt text, no name."""
    if head >= 1 and units[head - 1].text == units[head].text:
        return None
    if (
        head >= 3
        and units[head - 2].features.lower in PLACE_PREPOSITIONS
        and fills_block(units[head - 2])
        and units[head - 1].kind is TITLE
        and fills_block(units[head - 1])
        and _lone_name(units[head - 3])
    ):
        return head - 3
    if head >= 1 and _lone_name(units[head - 1]):
        return head - 1
    if summary is not None and head >= 1 and _name_opening(units, head - 1, summary):
        return head - 1
    return None


def _name_opening(units: list[Unit], k: int, summary: int) -> bool:
    """Whether unit ``k`` is a person's name opening the block its article's headline
    (right below it, no list of names itself: "Tom Berg, Lena Marsh") and ``summary``
    stand in."""
    unit = units[k]
    return (
        unit.first == 0
        and unit.block is units[k + 1].block is units[summary].block
        and _name_like(unit)
        and not (", " in units[k + 1].text and units[k + 1].features.author)
    )


def _lone_name(unit: Unit) -> bool:
    """Whether ``unit`` is a title alone in its block that reads as a person's name."""
    return fills_block(unit) and _name_like(unit)


def _name_like(unit: Unit) -> bool:
    """Whether ``unit`` is a title that reads as a person's name of two words or more,
    no section or place the lexicon knows."""
    f = unit.features
    return unit.kind is TITLE and f.words >= 2 and not is_section(f.lower) and f.author


def _titles_or_chrome(units: list[Unit], ks: Iterable[int]) -> bool:
    """Whether every unit of ``ks`` is a title or page chrome (a page's name, its issue)."""
    return all(units[k].kind in (TITLE, NOISE) for k in ks)


def caps_names_trail(listing: Listing) -> bool:
    """Whether names in capitals standing alone between articles sign the one above.

    Alone between a summary and the next headline, a short line in capitals
    reads as the next article's kicker ("LATIN AMERICA"). A name there
    ("ANA RUIZ") signs the article above where such a name stands alone
    under the last summary too, with no headline below it to label. Decided
    only for a listing read in one window, as ``names_trail`` is.
    """
    drafts, units = listing.drafts, listing.units
    if listing.shown.started or not listing.whole or len(drafts) < 2:
        return False
    last = drafts[-1].summary
    if last is None or not listing.enabled("byline.after_summary"):
        return False
    name = _name_under_chrome(units, range(last + 1, len(units)))
    return (
        name is not None
        and caps_name(name)
        # Apart from the summary; with no blank line at all, the lines simply follow.
        and (name.block is not units[last].block or units[0].block is units[-1].block)
        and any(
            caps_name(units[k])
            for prev, nxt in itertools.pairwise(drafts)
            if prev.summary is not None and nxt.headline is not None
            for k in range(prev.summary + 1, nxt.headline)
        )
    )


def caps_name(unit: Unit) -> bool:
    """Whether a title is a name of two words or more in capitals, no section the lexicon
    knows: "ANA RUIZ", not "LATIN AMERICA"."""
    f = unit.features
    return unit.kind is TITLE and f.all_caps and f.name and f.words >= 2 and not is_section(f.lower)


def _name_under_chrome(units: list[Unit], ks: Iterable[int]) -> Unit | None:
    """The one title of ``ks`` if it reads as an author and the rest is chrome, else ``None``.

    A date may follow the name: "Ana Ruiz" / "4 min read" / "Dec 2, 2026"."""
    found = [units[k] for k in ks if units[k].kind is not NOISE]
    if len(found) == 2 and found[1].kind is DATE:
        del found[1]
    if len(found) == 1 and found[0].kind is TITLE and found[0].features.author:
        return found[0]
    return None


def past_chrome(units: list[Unit], k: int, block: Block | None = None) -> int:
    """The first unit from ``k`` on that is no page chrome (in ``block``, if given: the
    chrome glued in it), or ``len(units)``."""
    while k < len(units) and units[k].kind is NOISE and (block is None or units[k].block is block):
        k += 1
    return k


def _alone_but_chrome(units: list[Unit], region: list[int], k: int) -> bool:
    """Whether only page chrome stands with unit ``k`` in its block, among the region's
    units, and no link of a box ("Related" / titles: ``k`` is one of them too)."""
    block = units[k].block
    return all(
        units[j].kind is NOISE and units[j].verdict.rule != "noise.ranking"
        for j in region
        if j != k and units[j].block is block
    )


def _chrome_only(units: list[Unit], ks: Iterable[int]) -> bool:
    """Whether every unit of ``ks`` is page chrome."""
    return all(units[k].kind is NOISE for k in ks)


def _leads(units: list[Unit], k: int, heads: set[int], facts: set[int]) -> bool:
    """Whether unit ``k`` is a byline that may lead an article: in a block of its own,
    or glued right above a headline (no blank lines at all: "Posted on DATE by NAME"),
    its date perhaps between ("BY ANA RUIZ" / "MARCH 4. 2025" / headline)."""
    if _apart(units[k], facts):
        return True
    if units[k].kind is not BYLINE:
        return False
    return k + 1 in heads or (
        k + 2 in heads and units[k + 1].kind is DATE and units[k + 1].block is units[k].block
    )


def _apart(unit: Unit, facts: set[int]) -> bool:
    """Whether ``unit`` is a byline in a block of its own, or in one of facts and chrome
    alone (``facts``: the indices of such blocks; "Details" / "Written by NAME" /
    "Published: DATE" / "Hits: 1412")."""
    return unit.kind is BYLINE and (fills_block(unit) or unit.block.index in facts)


def regions(listing: Listing) -> None:
    drafts = list(listing.drafts)
    mode = listing.shown.mode = date_mode(listing)
    units = listing.units
    # Dates head groups when some article after the first has no date right above it.
    listing.grouped = (
        mode == "heading"
        and listing.enabled("date.heading")
        and any(
            d.headline is not None and (d.headline == 0 or units[d.headline - 1].kind is not DATE)
            for d in drafts[1:]
        )
    )
    listing.shown.bylines_lead = bylines_lead(listing)
    listing.names_trail = names_trail(listing)
    listing.names_lead = not listing.names_trail and names_lead(listing)
    bounds = [-1, *(d.summary for d in drafts if d.summary is not None)]
    # The regions between articles first: what they show decides the ends.
    order = [*range(1, len(bounds) - 1), 0, len(bounds) - 1] if len(bounds) > 1 else [0]
    for n in order:
        prev = drafts[n - 1] if n > 0 else None
        nxt = drafts[n] if n < len(drafts) else None
        if n == 0 and _caption_read_as_teaser(listing, drafts):
            nxt = drafts[1]  # the first draft was a page title over the caption
        end = nxt.first if nxt is not None else len(listing.units)
        region = [k for k in range(bounds[n] + 1, end) if k not in listing.noise]
        _resolve(listing, region, prev, nxt, mode)
    _labels_among_pictures(listing)


_LIKE_PICTURES = Verdict(
    Role.CAPTION,
    "caption.above_headline",
    "a title glued above the headline in its block, where the listing's other titles so"
    " are alt text, none a label",
)


def _tally_glued(
    listing: Listing, drafts: Iterable[Draft]
) -> tuple[int, int, list[tuple[Draft, int]]] | None:
    """Of ``drafts``, how many have alt text alone glued over their headline, how many a
    label so, and those labels that are no kind of piece ("Analysis"), with their
    units; ``None`` where an article has both a caption and a kicker."""
    pictures = labels = 0
    kicked: list[tuple[Draft, int]] = []
    for draft in drafts:
        if draft.has(Role.CAPTION) and draft.has(Role.KICKER):
            return None
        if _glued_over(listing, draft, Role.CAPTION) is not None:
            pictures += 1
        k = _glued_over(listing, draft, Role.KICKER)
        if k is not None:
            labels += 1
            if draft.fields[Role.KICKER].lower().rstrip(" :") not in KICKER_LABELS:
                kicked.append((draft, k))
    return pictures, labels, kicked


def count_glued(listing: Listing, drafts: Iterable[Draft]) -> None:
    """Count the articles given out with alt text or a label alone glued over their
    headline into ``Shown`` (an article with both: ``labels_glued`` is -1)."""
    shown = listing.shown
    if shown.labels_glued < 0:
        return
    tally = _tally_glued(listing, drafts)
    if tally is None:
        shown.labels_glued = -1
    else:
        shown.pictures_glued += tally[0]
        shown.labels_glued += tally[1]


def _glued_over(listing: Listing, draft: Draft, role: Role) -> int | None:
    """The unit glued right above ``draft``'s headline in its block, if it is the only
    unit above the headline and holds ``role``."""
    h = draft.headline
    if h is None or h == 0 or draft.first != h - 1:
        return None
    units = listing.units
    placed = draft.placed.get(h - 1)
    if placed is None or placed[0] != (role,) or units[h - 1].block is not units[h].block:
        return None
    return h - 1


def _labels_among_pictures(listing: Listing) -> None:
    """A section's name glued over a headline is alt text where the listing's other
    titles glued so are: "Palestine" over "Gaza: The Siege Enters Its Fifth Month"
    among "Cuba Embargo Cartoon" / headline, "Fist in air solidarity" / headline.

    So where captions stand alone glued over their headlines twice at least,
    more often than such labels, and no article has both a caption and a
    kicker: a page writes its sections one way for all its articles. A kind
    of piece ("Analysis", "Interview") names no picture: it stays the kicker.
    Such a name opening a listing without blank lines is the page's title.
    The articles earlier windows gave out count (``Shown.pictures_glued``).
    """
    shown = listing.shown
    if not listing.enabled("caption.above_headline") or shown.labels_glued < 0:
        return  # (an earlier window showed an article with both)
    tally = _tally_glued(listing, listing.drafts)
    if tally is None:
        return
    pictures, labels, kicked = tally
    captions, labels = shown.pictures_glued + pictures, shown.labels_glued + labels
    if not kicked or captions < 2 or captions <= labels:
        return
    noise = listing.noise
    for draft, k in kicked:
        text = draft.fields.pop(Role.KICKER)
        if (
            not listing.shown.opened
            and all(j in noise for j in range(k))
            and draft.summary is not None
            and listing.units[draft.summary].block is listing.units[k].block
        ):
            # The listing's first line, a section's name glued over the whole
            # first article (no blank lines): the page's title ("América Latina").
            # Over a headline alone in its block it stays the alt text ("Palestine").
            del draft.placed[k]
            draft.first = min(draft.placed)
            noise[k] = (Role.NOISE, PAGE_TITLE)
            continue
        draft.fields[Role.CAPTION] = text
        draft.placed[k] = ((Role.CAPTION,), _LIKE_PICTURES)


_TEASER_AS_CAPTION = Verdict(
    Role.CAPTION,
    "caption.lone_title",
    "alone under the page's title, right above the first headline, where captions stand"
    " alone between the listing's other articles",
)


def _caption_read_as_teaser(listing: Listing, drafts: list[Draft]) -> bool:
    """Whether the first article is a page title over the next one's caption, and if so
    make it so: "Outdoors" / "Walkers on the ridge at first light" / "TRAILS" / …

    Read alone, the two lines are a headline and its short teaser. Where the
    listing's other articles show captions alone between them (half of the
    gaps at least), no other teaser stands without a full stop under its
    title, the first article holds nothing more and its headline reads as a
    page's name (three words at most, each capitalised), the line is the
    caption. Called after the regions between articles are resolved; in a
    listing read in windows, the first window (2,000 lines) decides.
    """
    if len(drafts) < 2 or listing.shown.opened or not listing.enabled("caption.lone_title"):
        return False
    first, second = drafts[0], drafts[1]
    units = listing.units
    if (
        first.headline is None
        or first.summary != first.headline + 1
        or len(first.placed) != 2
        or second.first != first.summary + 1
        or second.has(Role.CAPTION)
        or listing.shown.lone_captions < max(1, (len(drafts) - 1) // 2)
    ):
        return False
    head, teaser = units[first.headline], units[first.summary]
    if not (
        teaser.verdict.rule == "summary.after_title"
        and fills_block(head)
        and label_like(head)
        and fills_block(teaser)
        and _phrase(teaser)
        and not any(
            units[d.summary].verdict.rule == "summary.after_title"
            for d in drafts[1:]
            if d.summary is not None
        )
    ):
        return False
    listing.drafts.remove(first)
    listing.noise[first.headline] = (Role.NOISE, PAGE_TITLE)
    second.take(first.summary, (Role.CAPTION,), _TEASER_AS_CAPTION, teaser.text)
    return True


def _resolve(
    listing: Listing, region: list[int], prev: Draft | None, nxt: Draft | None, mode: str
) -> None:
    if not region:
        return  # an article right under the one before: nothing between them to place
    if listing.names_lead and nxt is not None:
        head = cast(int, nxt.headline)
        lead = _lead_name(listing.units, head, nxt.summary)
        if lead is not None and region[lead - head :] == list(range(lead, head)):
            if lead < head - 1:  # "in" and the publication between the name and the headline
                nxt.take(lead + 1, (Role.NOISE,), _IN_PUBLICATION, "")
                nxt.take(head - 1, (Role.NOISE,), _IN_PUBLICATION, "")
            listing.take_byline(nxt, lead, _NAME_LEADS)
            region = region[: lead - head]
    region = _head(listing, region, prev, nxt, mode)
    region = _tail(listing, region, prev, nxt, mode)
    region = _lone_title(listing, region, prev, nxt)
    _leftovers(listing, region, prev, nxt, mode)


def _head(
    listing: Listing, region: list[int], prev: Draft | None, nxt: Draft | None, mode: str
) -> list[int]:
    """Give the next article what stands above its headline; return the rest.

    Where dates head groups of articles (``mode``, ``Listing.grouped``), a
    date glued above the headline is such a heading (no blank lines at
    all), left to ``_leftovers``.
    """
    if nxt is None or nxt.headline is None or not region:
        return region
    units = listing.units
    head = units[nxt.headline]
    prev_block = units[prev.summary].block.index if prev and prev.summary is not None else -1
    block_cue = head.block.index != prev_block
    above: list[int] = []
    k = len(region) - 1
    # Units glued above the headline in its block.
    while k >= 0 and region[k] == nxt.headline - len(above) - 1:
        unit = units[region[k]]
        if unit.block is not head.block or len(above) == 2:
            break
        if unit.kind in (DATE, BYLINE):
            if not block_cue or (unit.kind is DATE and mode == "heading" and listing.grouped):
                break
        elif listing.shown.bylines_lead and above and units[above[-1]].kind is BYLINE:
            break  # over a byline that leads its article: a page title, or the article above's
        elif (
            listing.names_trail
            and above
            and prev is not None
            and region[k] == prev.last + 1
            and unit.features.name
        ):
            break  # right under the summary above, over a label: a name that signs it
        elif unit.kind not in (TITLE, CAPTION) or not (
            block_cue
            or unit.kind is CAPTION
            or _cued(listing, unit, head, repeated=False)
            # A label like those over the listing's other headlines ("Bothies"),
            # unless names glued there sign the summary above.
            or (
                not above
                and nxt.headline in listing.labels_above
                and not (unit.features.name and listing.names_trail)
            )
            # Alt text right above its picture's credit.
            or (above and units[above[-1]].verdict.rule in _CREDITS)
        ):
            break
        above.append(region[k])
        k -= 1
    # Above the listing's first article, not merely the window's first: a
    # later window starts at the first unit an earlier one gave the article.
    top = prev is None and not listing.shown.opened
    if not above and k >= 0 and region[k] == nxt.headline - 1:
        unit = units[region[k]]
        alone = unit.block is not head.block and unit.block.index != prev_block
        first = top and not _labels_apart(listing, nxt)
        if (alone and fills_block(unit) and unit.kind in (TITLE, CAPTION)) and (
            unit.kind is CAPTION
            or _cued(listing, unit, head, first=first)
            or (not first and nxt.headline in listing.labels_above)
            or _item_caption(listing, unit, head)
        ):
            if (
                unit.kind is CAPTION
                and prev is not None
                and all(units[j].kind is NOISE for j in region[:k])
            ):
                listing.shown.lone_captions += 1  # a credit alone between articles shows the shape
            above.append(region[k])
            k -= 1
    if (
        above
        and top
        and (_page_top(listing, above, nxt) or _page_over_labelled(listing, above, nxt))
    ):
        return region  # page titles (``_leftovers``)
    if top and (_page_over_label(listing, above, nxt) or _page_over_picture(listing, above, nxt)):
        del above[1:]  # the page's title to ``_leftovers``, its kicker or caption to the article
        k += 1
    if above:
        _place_above(listing, nxt, above[::-1])
    return region[: k + 1]


def _page_top(
    listing: Listing, above: list[int], first: Draft, *, shown: Role | None = None
) -> bool:
    """Whether the titles glued above the first headline are the page's, not its caption.

    So where no blank line sets the article apart (chrome or a section name
    above the titles in their block, or the summary in it too), and no other
    article of the listing has a caption or kicker (but the role ``shown``,
    which the first article keeps under the page's title): the first article
    alone having a picture or a label is less likely than a page title.
    """
    # With a caption of its own already (its credit under the headline), the
    # titles could only be its kicker: only the others' kickers count.
    roles = (Role.KICKER,) if first.has(Role.CAPTION) else (Role.CAPTION, Role.KICKER)
    kinds = tuple(role for role in roles if role is not shown)
    units = listing.units
    top = units[above[-1]]
    # A date may stand between them and the headline, as over the other headlines.
    dates = [k for k in above if units[k].kind is DATE]
    titles = [k for k in above if k not in dates]
    return (
        (top.first > 0 or (first.summary is not None and units[first.summary].block is top.block))
        and bool(titles)
        and (not dates or max(titles) < min(dates))
        and all(units[k].kind is TITLE and not _beside_date(listing, above, k) for k in titles)
        and len(listing.drafts) >= 2
        and not any(d.has(role) for d in listing.drafts if d is not first for role in kinds)
        and listing.enabled("noise.page_title")
    )


def _page_over_label(listing: Listing, above: list[int], first: Draft) -> bool:
    """Whether, of two titles glued above the first headline, the upper is the page's
    and the lower the article's kicker: a section label, where other articles show one
    and none a caption ("Videos" / "Video 03:45" / headline, no blank lines), or a label
    like theirs ("Stadt & Land" / "Mietendeckel" / headline)."""
    return (
        len(above) == 2
        and (
            listing.units[above[0]].features.kicker is not None
            or cast(int, first.headline) in listing.labels_above
        )
        and any(d.has(Role.KICKER) for d in listing.drafts if d is not first)
        and _page_top(listing, above[1:], first, shown=Role.KICKER)
    )


def _page_over_labelled(listing: Listing, above: list[int], first: Draft) -> bool:
    """Whether a title glued above the first headline is the page's where the other
    articles show kickers and none a caption, and it reads as no label like theirs
    ("Front page" / headline, "International" / headline below, no blank lines).
    Only chrome may stand above it: under the page's title it is the article's."""
    top = above[-1]
    unit = listing.units[top]
    if (
        unit.kind is not TITLE
        # One title, dates under it allowed: of two, the lower may be the article's label.
        or any(listing.units[k].kind is not DATE for k in above[:-1])
        or unit.features.kicker is not None
        or cast(int, first.headline) in listing.labels_above
        or not all(listing.units[k].kind is NOISE for k in range(top))
    ):
        return False
    # The others' labels, by their first word: "Video 04:12" is one like "Video 03:45".
    word = unit.features.lower.split(" ", 1)[0]
    kickers = [
        d.fields[Role.KICKER] for d in listing.drafts if d is not first and d.has(Role.KICKER)
    ]
    return (
        bool(kickers)
        and all(kicker.lower().split(" ", 1)[0] != word for kicker in kickers)
        and _page_top(listing, above, first, shown=Role.KICKER)
    )


def _page_over_picture(listing: Listing, above: list[int], first: Draft) -> bool:
    """Whether, of two titles glued above the first headline, the upper is the page's and
    the lower the article's caption: where other articles show captions and none a kicker
    ("Environment" / "Image" / headline, "Workers' Digest" / "Street sweepers at work" /
    headline, no blank lines)."""
    return (
        len(above) == 2
        # A credit, or alt text written as a phrase ("Street sweepers at work").
        and (
            listing.units[above[0]].kind is CAPTION
            or (listing.units[above[0]].kind is TITLE and _phrase(listing.units[above[0]]))
        )
        # A label, not alt text over its credit: "Volunteers unloading sandbags" / "Photo: …".
        and label_like(listing.units[above[1]])
        and any(d.has(Role.CAPTION) for d in listing.drafts if d is not first)
        and _page_top(listing, above[1:], first, shown=Role.CAPTION)
    )


def _labels_apart(listing: Listing, first: Draft) -> bool:
    """Whether the other articles show kickers in blocks of their own above their headlines.

    Half of them at least: then a section label standing so above the first
    article is its kicker too, not the page's section name.
    """
    units = listing.units
    others = labelled = 0
    for draft in listing.drafts:
        if draft is first or draft.headline is None:
            continue
        others += 1
        k = draft.headline - 1
        if (
            k >= 0
            and Role.KICKER in draft.placed.get(k, ((),))[0]
            and units[k].block is not units[k + 1].block
        ):
            labelled += 1
    return labelled > 0 and 2 * labelled >= others


def signs_its_block(unit: Unit) -> bool:
    """Whether ``unit`` is a name of two words or more ending its block: an author's place."""
    return (
        unit.kind is TITLE
        and unit.first + unit.count == len(unit.block.lines)
        and unit.features.words >= 2
        and unit.features.author
    )


def _signs_before_chrome(units: list[Unit], k: int) -> bool:
    """``signs_its_block``, chrome after it in its block allowed ("Ana Ruiz" / "@anaruiz"),
    and one date: "Ana Ruiz" / "4 min read" / "Dec 2, 2026"."""
    unit = units[k]
    j = k + 1
    dated = False
    while j < len(units) and units[j].block is unit.block:
        if units[j].kind is DATE and not dated:
            dated = True
        elif units[j].kind is not NOISE:
            return False
        j += 1
    return unit.kind is TITLE and unit.features.words >= 2 and unit.features.author


def _cued(
    listing: Listing, unit: Unit, head: Unit, first: bool = False, repeated: bool = True
) -> bool:
    """Whether a title is a caption or kicker by its own text (not by position).

    A section label standing in a block of its own above the first article
    is the page's section name, not a kicker (``first``). Where no blank line
    sets the headline's block apart (layout F), a repeated line may as well
    be an author under each summary, so repetition does not count there
    (``repeated=False``).
    """
    return (
        (listing.enabled("caption.repeats_headline") and unit.text == head.text)
        or (
            listing.enabled("kicker.label")
            and unit.features.kicker is not None
            and not first
            and not (listing.caps_names_trail and caps_name(unit))
        )
        or (repeated and _repeated(listing, unit, head))
    )


def _repeated(listing: Listing, unit: Unit, head: Unit) -> bool:
    """A title that stands above more than one headline is a label: alt text is unique."""
    return (
        listing.enabled("kicker.repeated")
        and unit.kind is TITLE
        and unit.text in listing.repeated
        and unit.text != head.text
    )


def _item_caption(listing: Listing, unit: Unit, head: Unit) -> bool:
    return (
        listing.enabled("caption.item_start")
        and unit.kind is TITLE
        and unit.block.item_start
        and unit.block.item is not None
        and head.block.item == unit.block.item
    )


def _place_above(listing: Listing, draft: Draft, above: list[int]) -> None:
    """Name the roles of the units above a headline, top to bottom."""
    assert draft.headline is not None
    units = listing.units
    head = units[draft.headline]
    titles = []
    for k in above:
        unit = units[k]
        if unit.kind is DATE:
            draft.take(k, (Role.DATE,), unit.verdict, unit.features.date_text)
        elif unit.kind is BYLINE:
            listing.take_byline(draft, k)
        elif _beside_date(listing, above, k):
            listing.take_byline(draft, k, _BESIDE_DATE)  # "Ana Ruiz / Nov 28, 2026 / Headline"
        else:
            titles.append(k)
    decided = _caption_or_kicker(listing, titles, head, draft.headline)
    # A picture's alt text and its credit make one caption, top to bottom.
    caption = " ".join(
        listing.units[k].text
        for k, (role, _) in zip(titles, decided, strict=True)
        if role is Role.CAPTION
    )
    for k, (role, verdict) in zip(titles, decided, strict=True):
        draft.take(k, (role,), verdict, caption if role is Role.CAPTION else listing.units[k].text)


def _beside_date(listing: Listing, above: list[int], k: int) -> bool:
    """Whether title ``k`` of the units ``above`` a headline is a name next to its date:
    the date under it among them, or over it in its block (a date heading, perhaps).
    Two words at least: "UK" under "2 hrs ago" is a place."""
    units = listing.units
    unit = units[k]
    return (
        unit.kind is TITLE
        and unit.features.words >= 2
        and (
            (k + 1 in above and units[k + 1].kind is DATE)
            or (k > 0 and units[k - 1].kind is DATE and units[k - 1].block is unit.block)
        )
        and listing.enabled("byline.above_date")
        and unit.features.author
    )


def _caption_or_kicker(
    listing: Listing, titles: list[int], head: Unit, headline: int
) -> list[tuple[Role, Verdict]]:
    decided: list[tuple[Role, Verdict]] = []
    for k in titles:
        unit = listing.units[k]
        if unit.kind is CAPTION:
            decided.append((Role.CAPTION, unit.verdict))
        elif listing.enabled("caption.repeats_headline") and unit.text == head.text:
            decided.append((Role.CAPTION, _REPEATS_HEADLINE))
        elif (
            listing.enabled("kicker.label")
            and unit.features.kicker is not None
            # A bulleted item opens with its picture: a place there is a map's alt text.
            and not (unit.features.place and _item_caption(listing, unit, head))
        ):
            decided.append((Role.KICKER, label_verdict(unit.features.kicker)))
        elif _repeated(listing, unit, head):
            decided.append((Role.KICKER, _REPEATED))
        elif unit.block.item_start and _item_caption(listing, unit, head):
            decided.append((Role.CAPTION, _ITEM_START))
        elif len(titles) == 1 and headline in listing.labels_above:
            decided.append((Role.KICKER, _LIKE_OTHERS))
        else:
            decided.append((Role.CAPTION, _ABOVE_HEADLINE))
    if len(decided) == 2 and decided[0][0] is decided[1][0]:
        if decided[0][0] is Role.CAPTION and any(
            listing.units[k].verdict.rule in _CREDITS for k in titles
        ):
            return decided  # alt text and the photo's credit: both the picture's
        # Two of a kind: the image comes first, the kicker sits on the headline.
        decided = [(Role.CAPTION, decided[0][1]), (Role.KICKER, _UNDER_CAPTION)]
    return decided


def find_labels_above(listing: Listing) -> None:
    """Find the headlines under a title that is a section label the lexicon does not know.

    A short title ("Perspective", "Workers' Struggles") right above a
    headline, where the nearest articles before and after it with a title
    so have a section label there, standing as this one does (in a block of
    its own, or glued to the headline), and two such labels at least: a
    label like theirs, not a picture's alt text. Neighbours, not the whole
    window, so that a listing of several pages keeps each page's captions.
    The nearest before may have been given out by an earlier window. One
    word alone over a headline ("Mietendeckel"), where most titles over
    headlines are one word so, two at least, is such a label too, and counts
    as one for its neighbours.

    Sets ``Listing.labels_above`` to those headlines, and
    ``Listing.titles_above`` to every headline with a title above it (the
    windows after read the last one given out).
    """
    listing.labels_above = frozenset()
    if not listing.enabled("kicker.like_others"):
        return
    units = listing.units
    above = listing.titles_above = []  # (headline, labelled, alone) for each title so
    words = []  # headlines under a word standing alone, the lexicon's labels too
    unknown = []  # those under a word the lexicon does not know
    pictures = False  # whether a title over a headline reads as a picture's
    for draft in listing.drafts:
        k = draft.headline
        if k is not None and k > 0 and units[k - 1].kind is CAPTION:
            pictures = True
        elif k is not None and k > 0 and units[k - 1].kind is TITLE:
            title = units[k - 1]
            pictures = pictures or _picture_like(title)
            labelled = title.features.kicker is not None and not (
                listing.caps_names_trail and caps_name(title)
            )
            if _one_word(title):
                words.append(k)
                if not labelled:
                    unknown.append(k)
            above.append((k, labelled, fills_block(title)))
    # One word over a headline, over two at least and most of those with a
    # title over them (the windows before count), the lexicon's labels
    # counted ("Analysis" / … "Frontline" / …) where no title over a headline
    # is a picture's credit or a phrase: a label ("Mietendeckel"); alt text is
    # a phrase. Among pictures, "Marx" and "Palestine" are alt text too.
    if pictures:
        words = unknown
    shown = listing.shown
    listing.one_word_above = frozenset(words)
    count = shown.words_before + len(words)
    found = set(unknown) if count >= 2 and 2 * count > shown.titles_before + len(above) else set()
    above = listing.titles_above = [(k, lab or k in found, alone) for k, lab, alone in above]
    labels = shown.labels_before + sum(labelled for _, labelled, _ in above)
    # Every title over a headline in capitals, one a label: one is enough.
    in_caps = len(above) >= 2 and all(_caps_label(listing, units[k - 1]) for k, _, _ in above)
    if labels < 2 and not (labels and in_caps):
        listing.labels_above = frozenset(found)
        return
    if shown.label_before is not None:
        above = [(-1, *shown.label_before), *above]
    for n, (k, labelled, alone) in enumerate(above):
        if labelled or k < 0:
            continue
        # A longer line in capitals is a label where the labels around are in capitals
        # too ("ENTREVISTA A LA SECRETARIA GENERAL" between "CRISIS HABITACIONAL" and
        # "EDUCACIÓN"): alt text is written as a phrase.
        caps = _caps_label(listing, units[k - 1])
        if not caps and not label_like(units[k - 1]):
            continue
        neighbours = above[max(n - 1, 0) : n] + above[n + 1 : n + 2]
        if neighbours and all(
            other[1]
            and other[2] == alone
            and (not caps or (other[0] > 0 and units[other[0] - 1].features.all_caps))
            for other in neighbours
        ):
            found.add(k)
    listing.labels_above = frozenset(found)


def _caps_label(listing: Listing, unit: Unit) -> bool:
    """Whether a title is a line in capitals of ten words at most, with no credit, and
    no name where names in capitals sign the articles (``caps_names_trail``)."""
    f = unit.features
    return (
        f.all_caps
        and f.words <= _CAPS_LABEL_WORDS
        and f.credit is None
        and not (listing.caps_names_trail and caps_name(unit))
    )


#: The most words of a line in capitals that may be a label like its neighbours'.
_CAPS_LABEL_WORDS = 10


def _picture_like(unit: Unit) -> bool:
    """Whether a title over a headline reads as a picture's: a credit, a phrase of
    five words or more, or a title saying what picture it is ("Cuba Embargo Cartoon")."""
    return (
        unit.features.credit is not None
        or unit.features.words >= _PHRASE_WORDS
        or names_picture(unit.text)
    )


#: The fewest words of a title over a headline that reads as a picture's description.
_PHRASE_WORDS = 5


def _one_word(unit: Unit) -> bool:
    """Whether a title is one capitalised word of letters ("Mietendeckel"), not "IMG_0412"."""
    text = unit.text
    return unit.features.words == 1 and text[:1].isupper() and text.replace("-", "").isalpha()


def fills_block(unit: Unit) -> bool:
    """Whether ``unit`` stands in a block of its own."""
    return unit.count == len(unit.block.lines)


#: The words between a picture's noun and what it shows: "Caricatura de Marx".
_OF_WORDS = frozenset({"of", "de", "del", "du", "des", "von", "do", "da"})


def names_picture(text: str) -> bool:
    """Whether a title of two words or more says what picture it is: "Cuba Embargo
    Cartoon", "Marx Portrait", "Caricatura de Marx" (``PICTURE_WORDS``)."""
    words = text.lower().split(" ")
    return len(words) >= 2 and (
        words[-1] in PICTURE_WORDS or (words[0] in PICTURE_WORDS and words[1] in _OF_WORDS)
    )


def label_like(unit: Unit) -> bool:
    """Whether a title is written like a section label: three words at most, each capitalised.

    Alt text is written as a phrase ("Strikers outside the depot"), or says
    what picture it is ("Cuba Embargo Cartoon": ``names_picture``).
    """
    return (
        unit.features.words <= 3
        and not unit.text.endswith(_SENTENCE_SIGNS)
        and _capitalised(unit.text, joined=True)
        and not names_picture(unit.text)
    )


#: The short words a section label's capitalised words may be joined by: "Arts and
#: Culture", "Géneros y Sexualidades", "Science & Tech".
_LABEL_JOINERS = frozenset({"and", "&", "y", "e", "et", "und", "of", "de", "du", "des", "do", "da"})


def _capitalised(text: str, *, joined: bool = False) -> bool:
    """Whether every word of ``text`` opens with a capital (the texts are normalised);
    ``joined``: but the short words that join a label's words, not first ("Arts and Culture")."""
    words = text.split(" ")
    if not joined:
        return all(word[:1].isupper() for word in words)
    return words[0][:1].isupper() and all(
        word[:1].isupper() or word in _LABEL_JOINERS for word in words[1:]
    )


def _tail(
    listing: Listing, region: list[int], prev: Draft | None, following: Draft | None, mode: str
) -> list[int]:
    """Give the previous article its byline and date from the region's start.

    A title still in the summary's block, or in the block of the byline or
    date the article took here ("3 hours ago" / "Eastmere"), which a blank
    line parts from the next headline, cannot be that headline's caption:
    it is the article's own (a source, a section, tags), noise to the fields.
    """
    if prev is None or prev.summary is None:
        return region
    units = listing.units
    summary_block = units[prev.summary].block
    head_block = (
        units[following.headline].block
        if following is not None and following.headline is not None
        else None
    )
    facts_block = None  # the block of the last byline or date the article took here
    chrome_block = None  # a block the article's chrome opens here ("Read more »")
    under_chrome = True  # whether only chrome stands between the summary and unit ``k``
    taken = 0
    for pos, k in enumerate(region):
        unit = units[k]
        nxt = units[region[pos + 1]] if pos + 1 < len(region) else None
        if unit.kind is NOISE:
            listing.noise[k] = (Role.NOISE, unit.verdict)
            if unit.first == 0 and unit.verdict.rule == "noise.chrome":
                chrome_block = unit.block  # "Read more »" opening its block
        elif (
            unit.kind is BYLINE
            and not listing.shown.bylines_lead
            and listing.may_take_byline(prev, k)
        ):
            listing.take_byline(prev, k)
            facts_block = unit.block
        elif (
            unit.kind is DATE
            and mode == "trailer"
            and not prev.has(Role.DATE)
            and listing.enabled("date.trailer")
        ):
            prev.take(k, (Role.DATE,), _TRAILER, unit.features.date_text)
            facts_block = unit.block
        elif (
            unit.kind is TITLE
            and not prev.has(Role.BYLINE)
            and listing.enabled("byline.after_summary")
            # A section's name there heads the articles below it: "Opinion".
            and not is_section(unit.features.lower)
            and (
                (
                    (dated := _date_under(units, region, pos)) is not None
                    and not _over_heading(unit, dated, mode)
                )
                or (
                    unit.block is not summary_block
                    and (
                        unit.count == len(unit.block.lines)
                        # Alone but for chrome around it: "Avatar photo / Ana Ruiz / 💬 12".
                        or _alone_but_chrome(units, region, k)
                    )
                )
                # Over the author's role, right under the summary or opening its
                # block: "Ana Ruiz" / "Labour correspondent".
                or (
                    (pos == 0 or unit.first == 0)
                    and nxt is not None
                    and nxt.block is unit.block
                    and is_role(nxt.text)
                )
                # In the block of the date or byline the article took here,
                # two words at least: "March 4, 2019 / Ana Ruiz" after the
                # summary ("3 hours ago / Eastmere" names a place).
                or (unit.block is facts_block and unit.features.words >= 2)
                # Right under the summary, a name that recurs under others
                # is their author, even with no blank line around it.
                or (under_chrome and unit.text in listing.repeated_after)
                # A name of two words or more ending the summary's block, perhaps
                # under its chrome ("Read more »"): a blank line parts it from the
                # next headline, whose caption it cannot be.
                or (unit.block is summary_block and under_chrome and _signs_before_chrome(units, k))
                # A name and its role ("Ana Ruiz, Labour Correspondent") right
                # under the summary, or under its chrome ("Read more »"), signs
                # it even with no blank line below.
                or (
                    under_chrome and name_with_role(unit.text, unit.features.name_words) is not None
                )
                # Glued between two articles, where the listing shows names
                # trail (or names in capitals do), perhaps under chrome
                # ("Avatar photo / Ana Ruiz").
                or (
                    (listing.names_trail or (listing.caps_names_trail and caps_name(unit)))
                    and unit.block is summary_block
                    and under_chrome
                )
            )
            and unit.features.author  # the costly test last
        ):
            listing.take_byline(prev, k, _AFTER_SUMMARY)
            facts_block = unit.block
        elif (
            unit.kind is TITLE
            and pos > 0
            # Right under the name the article just took as its byline.
            and prev.placed.get(region[pos - 1], ((),))[0] == (Role.BYLINE,)
            and is_role(unit.text)
            and listing.enabled("noise.role")
        ):
            listing.noise[k] = (Role.NOISE, _ROLE)  # "Ana Ruiz" / "Labour correspondent"
        elif (
            unit.kind is TITLE
            and head_block is not None
            and unit.block is not head_block
            and (
                unit.block is summary_block
                or unit.block is facts_block
                or unit.block is chrome_block
            )
            and listing.enabled("noise.summary_block")
        ):
            listing.noise[k] = (
                Role.NOISE,
                _SUMMARY_BLOCK
                if unit.block is summary_block
                else _FACTS_BLOCK
                if unit.block is facts_block
                else _CHROME_BLOCK,
            )
        else:
            break
        taken = pos + 1
        under_chrome = under_chrome and unit.kind is NOISE
    return region[taken:]


_ROLE = Verdict(NOISE, "noise.role", "the author's role, under the name that signs the article")


def _date_under(units: list[Unit], region: list[int], pos: int) -> Unit | None:
    """The date right under the region's unit ``pos``, past the chrome in its block
    ("Ana Ruiz" / "4 min read" / "Dec 2, 2026"); None where something else comes
    first, or where another date follows it past chrome (a second date is no article's:
    ``_signs_before_chrome`` asks for one too)."""
    block = units[region[pos]].block
    for n, k in enumerate(region[pos + 1 :], pos + 1):
        unit = units[k]
        if unit.kind is DATE:
            return unit if n == pos + 1 or not _date_under(units, region, n) else None
        if unit.kind is not NOISE or unit.block is not block:
            return None
    return None


def _over_heading(unit: Unit, date: Unit, mode: str) -> bool:
    """Whether ``unit`` stands over a date heading in a block of their own: the
    author of the article under the heading ("Ana Ruiz" / "26 Nov 2026" / blank /
    headline), where dates head their articles."""
    return (
        mode == "heading"
        and unit.first == 0
        and date.block is unit.block
        and date.first + date.count == len(unit.block.lines)
    )


_NAME_LEADS = Verdict(
    Role.BYLINE,
    "byline.above_headline",
    "a name alone over every headline, none under the last article: the author below",
)
_IN_PUBLICATION = Verdict(
    Role.NOISE,
    "byline.in_publication",
    "the publication the author's post appeared in, and 'in', between the name and the"
    " headline: no field of the article (a kicker there would read back as alt text)",
)
_SOURCE_LEADS = Verdict(
    Role.BYLINE,
    "byline.above_headline",
    "the source a teaser came from, over it, where bylines lead the listing's teasers",
)


def names_source(unit: Unit) -> bool:
    """Whether a credit line opens with a source's label: "Fuentes: El Salto", "Source: AP"."""
    credit = unit.features.credit
    return credit is not None and credit[0].lower() in SOURCE_WORDS


_DATE_WITH_LEADING_BYLINE = Verdict(
    Role.DATE,
    "byline.above_headline",
    "a date beside a byline that leads the article below, in their block: its date",
)
_ABOVE_HEADLINE_BYLINE = Verdict(
    Role.BYLINE,
    "byline.above_headline",
    "a byline between articles, where the listing's bylines stand above their headlines",
)


def _lone_title(
    listing: Listing, region: list[int], prev: Draft | None, nxt: Draft | None
) -> list[int]:
    """A single title left between two articles, right above a headline, is its caption.

    Page chrome may stand above it ("Read more", "Archives: Andes"). Before
    the first article the same holds only when the listing shows the shape
    between its other articles; otherwise it is a page title.
    """
    if (
        not region
        or nxt is None
        or nxt.headline is None
        or region[-1] != _top(nxt, nxt.headline) - 1
        or nxt.has(Role.CAPTION)
        or not listing.enabled("caption.lone_title")
    ):
        return region
    units = listing.units
    unit = units[region[-1]]
    head = units[nxt.headline]
    if (
        prev is None
        and unit.kind is TITLE
        and nxt.headline in listing.labels_above
        and unit.block is head.block
        and head.block is not units[-1].block
        and not nxt.has(Role.KICKER)
    ):
        # Glued over the first headline, a label like the next articles' is its kicker,
        # no page's title: "ENTREVISTA A LA SECRETARIA GENERAL" / headline.
        nxt.take(region[-1], (Role.KICKER,), _LIKE_OTHERS, unit.text)
        return region[:-1]
    if (
        unit.kind is not TITLE
        or (prev is None and not listing.shown.lone_captions)
        # A single word over the first article is the page's name ("Planète"), alt text
        # a description.
        or (prev is None and unit.features.words < 2)
        # Chrome may stand above it; over the first article the page's name too
        # ("Cultura", "The Northern Valleys"): a tagline there is a phrase, as alt text is.
        or any(
            units[k].kind is not NOISE
            and (prev is not None or units[k].kind is not TITLE or not label_like(units[k]))
            for k in region[:-1]
        )
        # Under chrome, a short title in capitals is the page's or section's name
        # ("Latin America"); alt text is a phrase.
        or (len(region) > 1 and not _phrase(unit))
    ):
        return region
    if nxt.headline in listing.labels_above and not nxt.has(Role.KICKER):
        nxt.take(region[-1], (Role.KICKER,), _LIKE_OTHERS, unit.text)
        return region[:-1]
    label = unit.features.kicker
    if label is not None and is_section(unit.features.lower) and not nxt.has(Role.KICKER):
        # A section label the lexicon knows is no alt text: "Article réservé aux abonnés".
        nxt.take(region[-1], (Role.KICKER,), label_verdict(label), unit.text)
        return region[:-1]
    if prev is not None and fills_block(unit) and _captions_glued(listing) >= 2:
        # Where alt text stands glued over its headline, a title in a block of
        # its own between two articles is a headline without summary.
        return region
    verdict = Verdict(
        Role.CAPTION,
        "caption.lone_title",
        "the only line between two articles, right above a headline",
    )
    nxt.take(region[-1], (Role.CAPTION,), verdict, unit.text)
    if prev is not None:
        listing.shown.lone_captions += 1
    return region[:-1]


def _captions_glued(listing: Listing) -> int:
    """How many of the listing's headlines stand under a title glued over them, no
    label, the two alone in their block, the summary in a block of its own below
    (layout A: "Fist in air solidarity" / "The Growth of …", then the teaser).
    Counted once, when first asked (the regions between articles change no
    headline's summary)."""
    if listing.glued_captions is not None:
        return listing.glued_captions
    units = listing.units
    listing.glued_captions = sum(
        1
        for d in listing.drafts
        if d.headline is not None
        and d.summary is not None
        and d.headline >= 1
        and units[d.headline - 1].kind is TITLE
        # A label over the headline is its kicker, no alt text: "TRAILS", "Bothies".
        and d.headline not in listing.labels_above
        and units[d.headline - 1].features.kicker is None
        and units[d.headline - 1].block is units[d.headline].block
        and len(units[d.headline].block.lines) == 2
        and units[d.headline - 1].count == units[d.headline].count == 1
        and units[d.summary].block is not units[d.headline].block
    )
    return listing.glued_captions


def _top(draft: Draft, headline: int) -> int:
    """The unit a caption above ``draft`` would stand over: its headline, or the
    kicker lines it already holds right above that ("TRANSPORT" / "Ferry Crews …")."""
    top = headline
    while top - 1 in draft.placed and draft.placed[top - 1][0] == (Role.KICKER,):
        top -= 1
    return top


def _phrase(unit: Unit) -> bool:
    """Whether a title reads as a phrase: three words or more, not each capitalised."""
    return unit.features.words >= 3 and not _capitalised(unit.text)


def _leftovers(
    listing: Listing, region: list[int], prev: Draft | None, nxt: Draft | None, mode: str
) -> None:
    units = listing.units
    pending: list[int] = []  # titles in the middle, grouped by block below
    # Below the last article: headlines without summary over their authors' names.
    signed = (
        {k for k in region if k + 1 in region and _signed_headline(listing, k)}
        if nxt is None
        else set()
    )
    signed |= {k + 1 for k in signed}
    last_title = max((k for k in region if units[k].kind is TITLE), default=-1)
    last_date = max((k for k in region if units[k].kind is DATE), default=-1)
    for k in region:
        unit = units[k]
        if (
            unit.kind is DATE
            and listing.shown.bylines_lead
            and nxt is not None
            and k > last_title
            and not nxt.has(Role.DATE)
            and any(units[j].kind is BYLINE and units[j].block is unit.block for j in region)
            and listing.enabled("byline.above_headline")
        ):
            # In a box of facts with the byline that leads the article below:
            # its date, no heading ("Written by NAME" / "Published: DATE").
            nxt.take(k, (Role.DATE,), _DATE_WITH_LEADING_BYLINE, unit.features.date_text)
        elif unit.kind is DATE and mode == "heading" and listing.enabled("date.heading"):
            listing.noise[k] = (
                Role.DATE_HEADING,
                Verdict(
                    Role.DATE_HEADING,
                    "date.heading",
                    "a date above a group of articles dates each of them",
                ),
            )
            listing.headings[k] = unit.features.date_text
        elif (
            unit.kind is CAPTION
            and nxt is not None
            and nxt.headline is None
            and listing.shown.bylines_lead
            and not nxt.has(Role.BYLINE)
            and k == nxt.first - 1
            and names_source(unit)
            and listing.enabled("byline.above_headline")
        ):
            # Over a teaser without headline, where bylines lead the teasers ("Autor:
            # EFE"), the source it came from is its byline too: "Fuente: AFP".
            marker = cast(tuple[str, str], unit.features.credit)[0]
            nxt.take(k, (Role.BYLINE,), _SOURCE_LEADS, unit.text[len(marker) :].lstrip(" :-–—"))
        elif (
            unit.kind is CAPTION
            and nxt is not None
            and not nxt.has(Role.CAPTION)
            and k > last_title
            and k > last_date  # a date (a heading) between parts it from the headline
            and listing.enabled("caption.stray_credit")
        ):
            verdict = Verdict(
                Role.CAPTION,
                "caption.stray_credit",
                "a photo credit between articles goes to the next one",
            )
            nxt.take(k, (Role.CAPTION,), verdict, unit.text)
        elif (
            unit.kind is BYLINE
            and listing.shown.bylines_lead
            and nxt is not None
            and k > last_title  # a title between would be an article of its own
            and listing.may_take_byline(nxt, k)
        ):
            listing.take_byline(nxt, k, _ABOVE_HEADLINE_BYLINE)
        elif unit.kind is TITLE and nxt is not None and _names_heading(listing, region, k, mode):
            listing.take_byline(nxt, k, _OVER_HEADING)
        elif unit.kind is TITLE and prev is not None and nxt is not None:
            pending.append(k)
        elif (
            unit.kind is TITLE
            and nxt is None
            # Below the listing's last article (of this window, the last, or, none
            # in it, of one before): below a window's last, the next may follow.
            and listing.whole
            and (prev is not None or listing.shown.opened)
            and (_trailing_headline(listing, region, k) or _over_facts(listing, k) or k in signed)
        ):
            pending.append(k)  # an article without summary (``_stray_titles``)
        elif (
            unit.kind is TITLE
            and prev is None
            and nxt is not None
            and (
                (mode == "trailer" and _first_over_facts(listing, region, k, nxt))
                or _first_under_part(listing, region, k, nxt)
            )
        ):
            pending.append(k)  # the listing's first article, without summary
        elif unit.kind is TITLE and prev is None and listing.enabled("noise.page_title"):
            listing.noise[k] = (Role.NOISE, PAGE_TITLE)
        elif unit.kind is TITLE and nxt is None and listing.enabled("noise.trailing"):
            listing.noise[k] = (
                Role.NOISE,
                Verdict(Role.NOISE, "noise.trailing", "a title below the last article"),
            )
        elif unit.kind is TITLE:
            pending.append(k)
        else:
            listing.noise[k] = (Role.NOISE, unit.verdict)
    _stray_titles(listing, pending)


def _names_heading(listing: Listing, region: list[int], k: int, mode: str) -> bool:
    """Whether title ``k`` is a name over the date heading right above the next article,
    in a block of their own: that article's author (``_over_heading``)."""
    units = listing.units
    below = [j for j in region if j > k and units[j].kind is not NOISE]
    unit = units[k]
    return (
        len(below) == 1
        and units[below[0]].kind is DATE
        and _over_heading(unit, units[below[0]], mode)
        and unit.features.words >= 2
        and listing.enabled("byline.above_date")
        and listing.enabled("date.heading")
        and unit.features.author
    )


_OVER_HEADING = Verdict(
    Role.BYLINE,
    "byline.above_date",
    "a name over the date heading right above the headline, in a block of their own: the author",
)


def title_cased(unit: Unit) -> bool:
    """Whether ``unit`` reads as a headline in title case: three words or more."""
    return unit.features.words >= 3 and unit.features.title_case


_ALONE = Verdict(Role.HEADLINE, "headline.alone", "a title between articles with no summary")
_GLUED_OVER_ALONE = Verdict(
    Role.CAPTION,
    "caption.above_headline",
    "a phrase glued over a headline without summary, where the listing's alt text so stands",
)


def _trailing_headline(listing: Listing, region: list[int], k: int) -> bool:
    """Whether title ``k``, below the last article, is one more headline without summary.

    So where two such headlines at least stand between the listing's
    articles (a section's lead over a box of its other headlines), and only
    such titles stand between the last article and ``k``: a headline in
    title case of three words or more, each alone in its block. A page's
    footer is chrome, or follows chrome.
    """
    units = listing.units
    unit = units[k]
    if not (
        title_cased(unit)
        and unit.count == len(unit.block.lines)
        and listing.enabled("headline.alone")
    ):
        return False
    if not all(units[j].kind is TITLE and title_cased(units[j]) for j in region if j < k):
        return False
    return listing.shown.boxed + sum(map(headline_alone, listing.drafts)) >= 2


def _over_facts(listing: Listing, k: int) -> bool:
    """Whether title ``k`` is a headline of three words or more right over its byline or
    date, or a section label glued over such a headline: an article without summary,
    wherever it stands."""
    units = listing.units
    j = k + 1
    block = units[k].block
    if j + 1 < len(units) and units[j].kind is TITLE and units[k].features.kicker is not None:
        j += 1  # "OPINIÓN" over the headline over its byline
    return (
        j < len(units)
        and units[j].kind in (BYLINE, DATE)
        and units[j - 1].block is block
        and units[j - 1].features.words >= 3  # "Last updated" / DATE is the page's
        and listing.enabled("headline.alone")
    )


def _signed_headline(listing: Listing, k: int) -> bool:
    """Whether title ``k`` is a headline without summary right over its author's name,
    alone in its block, where two of the listing's articles at least are signed so by a
    name alone under their summaries (``byline.after_summary``)."""
    units = listing.units
    if k + 1 >= len(units):
        return False
    unit = units[k]
    return (
        unit.features.words >= 3
        and units[k + 1].kind is TITLE
        and listing.enabled("byline.after_summary")
        and _signs_summaries(listing)
        and _alone_name(listing, units[k + 1], unit)
        and not unit.features.author
    )


def _signs_summaries(listing: Listing) -> bool:
    """Whether names alone right under two summaries at least (past their chrome: "Read
    more »") sign them; decided once a listing (the articles found later between them
    have no summary)."""
    if listing.signs_summaries is None:
        units = listing.units
        signed = (
            j
            for draft in listing.drafts
            if (j := draft.summary) is not None
            and (k := past_chrome(units, j + 1)) < len(units)
            and _alone_name(listing, units[k], units[j])
        )
        listing.signs_summaries = next(signed, None) is not None and next(signed, None) is not None
    return listing.signs_summaries


def _alone_name(listing: Listing, unit: Unit, above: Unit) -> bool:
    """Whether ``unit`` is a name of two words or more under ``above``, alone in its block
    where blank lines part the listing."""
    return (
        unit.kind is TITLE
        and unit.features.words >= 2
        and (not listing.shown.parted or (fills_block(unit) and unit.block is not above.block))
        and unit.features.name
    )


def _first_under_part(listing: Listing, region: list[int], k: int, nxt: Draft) -> bool:
    """Whether title ``k``, above the first article found, is an article without summary
    of its own: right under the line naming the listing's part ("Latest updates"), which
    is the page's title there, and right over the next article, each in blocks of their
    own, a headline of five words or more that reads as no label. Where the next
    article shows its byline or date, a title without either is the page's
    ("The Weekly Worker — News" / "Latest" over "Headline" / "by Ana Ruiz")."""
    units = listing.units
    unit = units[k]
    return (
        k - 1 in region
        and not nxt.has(Role.BYLINE)
        and not nxt.has(Role.DATE)
        and units[k - 1].kind is NOISE
        and heads_listing_part(units[k - 1].features.lower)
        and k + 1 == nxt.first
        and fills_block(unit)
        and units[k + 1].block is not unit.block
        and unit.features.words >= 5
        and not unit.text.endswith(":")
        and unit.features.kicker is None
        and listing.enabled("headline.alone")
    )


def _first_over_facts(listing: Listing, region: list[int], k: int, nxt: Draft | None) -> bool:
    """Whether title ``k``, above the first article found, is an article without summary
    of its own: a headline of four words or more right over its date or byline (in its
    block or the next), only facts below it before that article, whose own date (or
    byline) stands right under it likewise (dates trail: ``date_mode``). "Last updated"
    over a date is the page's; where dates lead their articles, the date under a page
    title dates the article below it.
    """
    units = listing.units
    j = k + 1
    if (
        nxt is None
        or nxt.headline is None
        or units[k].features.words < 4
        or j not in region
        or units[j].kind not in (BYLINE, DATE)
        or any(units[i].kind is TITLE for i in region if i > k)
        or not listing.enabled("headline.alone")
    ):
        return False
    kind = units[j].kind
    below = nxt.last + 1
    return any(units[i].kind is kind for i in nxt.placed if i > nxt.headline) or (
        below < len(units) and units[below].kind is kind
    )


def in_headline_list(units: list[Unit], i: int) -> bool:
    """Whether title ``i`` is one of three or more headlines glued in a block: a box of
    a homepage ("Teachers' strike spreads north" / "Council delays the vote on bus
    lanes again" / "Harbour Club wins its first cup").

    Each of four words or more, in the same case as its neighbours (a teaser in
    sentence case under a headline in title case contrasts), none an author's
    name, and ``i`` not half as long again as the title above it: a teaser is
    longer, and the last of its block's titles.
    """
    unit = units[i]
    block = unit.block

    def listed(k: int) -> bool:
        other = units[k]
        return (
            other.block is block
            and other.kind is TITLE
            and other.features.words >= 4
            and not other.features.author
            and other.features.title_case == unit.features.title_case
            # The headline's picture, its alt text the headline again, is no other headline.
            and not (k + 1 < len(units) and units[k + 1].text == other.text)
        )

    if not (i >= 1 and listed(i - 1)) or unit.features.words < 4:
        return False
    if 2 * unit.features.words >= 3 * units[i - 1].features.words:
        return False
    return (i + 1 < len(units) and listed(i + 1)) or (i >= 2 and listed(i - 2))


def headline_alone(draft: Draft) -> bool:
    """Whether ``draft`` is a headline-only article found between articles (``headline.alone``)."""
    return (
        draft.summary is None
        and draft.headline is not None
        and draft.placed[draft.headline][1] is _ALONE
    )


def _take_facts(listing: Listing, draft: Draft, j: int) -> None:
    """Give a headline without summary (unit ``j``) the byline and date right under it,
    which the regions left to the noise."""
    for k in range(j + 1, len(listing.units)):
        placed = listing.noise.get(k)
        if placed is None or placed[0] is not Role.NOISE or not listing.take_fact(draft, k):
            return
        del listing.noise[k]


def _label_apart(listing: Listing, pending: list[int], i: int) -> bool:
    """Whether pending title ``i`` stands alone in its block right over the next, as the
    section labels over other headlines of the listing stand: their kind of label
    ("Video 03:45" over a headline without summary, as over those with one)."""
    k = pending[i]
    unit = listing.units[k]
    return (
        i + 1 < len(pending)
        and pending[i + 1] == k + 1
        and fills_block(unit)
        and any(labelled and alone for _, labelled, alone in listing.titles_above)
    )


def _stray_titles(listing: Listing, pending: list[int]) -> None:
    """Titles between articles that nothing claimed: articles of their own."""
    units = listing.units
    i = 0
    while i < len(pending):
        k = pending[i]
        unit = units[k]
        pair = (
            i + 1 < len(pending)
            and pending[i + 1] == k + 1
            and units[k + 1].block is unit.block
            # Two headlines in title case are a box's list ("Most read"), no teaser;
            # so are three or more in one case, of like lengths.
            and not (title_cased(unit) and title_cased(units[k + 1]))
            and not in_headline_list(units, k + 1)
        )
        if (
            i + 1 < len(pending)
            and pending[i + 1] == k + 1
            and _signed_headline(listing, k)
            and listing.enabled("headline.alone")
        ):
            # A headline without summary over its author's name, as the listing's
            # other authors stand under their summaries: "Title / Peter Lund / date".
            draft = Draft(k, None)
            draft.take(k, (Role.HEADLINE,), _ALONE, unit.text)
            listing.take_byline(draft, k + 1, _AFTER_SUMMARY)
            _take_facts(listing, draft, k + 1)
            listing.drafts.append(draft)
            i += 2
            continue
        label = units[k].features.kicker if pair or _label_apart(listing, pending, i) else None
        if label is not None and listing.enabled("kicker.label"):
            # A section label over a headline without summary: "International".
            draft = Draft(k + 1, None)
            draft.take(k, (Role.KICKER,), label_verdict(label), unit.text)
            draft.take(k + 1, (Role.HEADLINE,), _ALONE, units[k + 1].text)
            _take_facts(listing, draft, k + 1)
            listing.drafts.append(draft)
            i += 2
            continue
        if (
            pair
            and unit.first == 0
            and len(unit.block.lines) == 2
            and title_cased(units[k + 1])
            and not title_cased(unit)
            and listing.enabled("caption.above_headline")
            and _captions_glued(listing) >= 2
        ):
            # Where alt text stands glued over headlines, a phrase over a title
            # in title case, the two alone, is a headline without summary under
            # its picture's text: "Workers rally Caracas" / "Venezuela: Oil …".
            draft = Draft(k + 1, None)
            draft.take(k, (Role.CAPTION,), _GLUED_OVER_ALONE, unit.text)
            draft.take(k + 1, (Role.HEADLINE,), _ALONE, units[k + 1].text)
            _take_facts(listing, draft, k + 1)
            listing.drafts.append(draft)
            i += 2
            continue
        if pair and listing.enabled("summary.pair"):
            draft = Draft(k, k + 1)
            draft.take(
                k,
                (Role.HEADLINE,),
                Verdict(Role.HEADLINE, "summary.pair", "first of two titles standing alone"),
                unit.text,
            )
            draft.take(
                k + 1,
                (Role.SUMMARY,),
                Verdict(Role.SUMMARY, "summary.pair", "a short teaser under its headline"),
                units[k + 1].text,
            )
            _take_facts(listing, draft, k + 1)
            listing.drafts.append(draft)
            i += 2
            continue
        if listing.enabled("headline.alone") and unit.features.words >= 2:
            draft = Draft(k, None)
            draft.take(k, (Role.HEADLINE,), _ALONE, unit.text)
            _take_facts(listing, draft, k)
            listing.drafts.append(draft)
        else:
            listing.noise[k] = (Role.NOISE, unit.verdict)
        i += 1
