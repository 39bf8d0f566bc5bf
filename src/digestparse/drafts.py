"""The state of one listing while its articles are put together.

``Draft`` is an article being built: which unit gave which field, and the
verdict that placed it. ``Listing`` holds the units, the drafts, the noise and
the date headings found so far; the stages in ``anchors`` and ``regions``
are functions of it.
"""

from __future__ import annotations

import attrs

from .options import Options
from .records import Role
from .rules import BYLINE, DATE, Verdict
from .units import Unit

__all__ = ["Draft", "Listing", "Shown"]

_NOISE = Role.NOISE
#: The verdict on a word beside a date in an article whose author follows a marker.
_MARKED = Verdict(
    Role.DATE, "byline.marked", "the article's author follows a marker; this line gives the date"
)


class Draft:
    """An article being put together: which unit gave which field, and why.

    ``fields`` maps a role to its text; ``placed`` maps each unit the article
    holds to its roles and the verdict that placed it; ``first`` and ``last``
    are the least and greatest of those units (``-1`` before the first).
    A plain slotted class: one is made for every article.
    """

    __slots__ = ("fields", "first", "headline", "last", "placed", "summary")

    def __init__(self, headline: int | None, summary: int | None) -> None:
        self.headline = headline
        self.summary = summary
        self.fields: dict[Role, str] = {}
        self.placed: dict[int, tuple[tuple[Role, ...], Verdict]] = {}
        self.first = self.last = -1

    def __repr__(self) -> str:
        return f"Draft(headline={self.headline}, summary={self.summary}, placed={self.placed})"

    def take(self, index: int, roles: tuple[Role, ...], verdict: Verdict, *texts: str) -> None:
        """Place unit ``index`` in this article, giving it ``roles`` (fields not yet set).

        ``first`` and ``last`` follow. (``settle`` writes to ``placed``
        directly only for noise between ``first`` and ``last``.)
        """
        for role, text in zip(roles, texts, strict=True):
            if role is not _NOISE:
                self.fields.setdefault(role, text)
        if not self.placed:
            self.first = self.last = index
        elif index < self.first:
            self.first = index
        elif index > self.last:
            self.last = index
        self.placed[index] = (roles, verdict)

    def has(self, role: Role) -> bool:
        return role in self.fields


@attrs.define
class Shown:
    """What a listing has shown so far, carried from one window of it to the next.

    A long listing is read in windows (``stream``); what one window decides
    about the listing as a whole holds for the windows after it.
    """

    #: "heading" or "trailer": what a date between articles is (``regions.date_mode``).
    mode: str | None = None
    #: Whether bylines between articles lead the article below (``regions.bylines_lead``).
    bylines_lead: bool | None = None
    #: The date heading in force above the first unit.
    heading: str | None = None
    #: Captions found standing alone between articles.
    lone_captions: int = 0
    #: Whether the listing's headlines stand without summaries, over their dates.
    headlines_only: bool = False
    #: Whether those headlines stand under date headings rather than over their facts.
    under_headings: bool | None = None
    #: Whether those headlines stand under their bylines, opening their blocks
    #: ("The Guardian · 3h" / headline: ``anchors.headlines_with_facts``).
    under_bylines: bool = False
    #: Whether an earlier window gave out any line: this one is not the whole listing.
    started: bool = False
    #: Whether teasers without a full stop stand under their headlines (layout M).
    short_teasers: bool = False
    #: Whether every block a headline opens holds a summary of two sentence lines
    #: (``anchors._continued_summaries``).
    two_line_summaries: bool = False
    #: Whether an author's name ends the block of a headline and its summary (layout M).
    signed: bool = False
    #: Whether names stand over the headlines of a listing without summaries: their
    #: sources (``byline.over_headline``).
    sources_over: bool = False
    #: Whether a blank line has parted two units of the listing (``sentence_captions``).
    parted: bool = False
    #: Whether alt text stands under title-case headlines (``caption.under_headline``).
    pictures_under: bool = False
    #: Whether an earlier window gave out an article: this one does not open the listing.
    opened: bool = False
    #: The title right above the last headline given out that had one: (a section
    #: label, alone in its block); and how many such titles were labels
    #: (``regions.find_labels_above``).
    label_before: tuple[bool, bool] | None = None
    labels_before: int = 0
    #: How many headlines given out had a title right above, and how many of
    #: those titles were one word (``regions.find_labels_above``).
    titles_before: int = 0
    words_before: int = 0
    #: Whether a summary has stood past its headline's byline or date
    #: (``anchors.promote_teasers``).
    past_facts: bool = False
    #: Whether sentences alone over every headline were its alt text
    #: (``anchors.sentence_captions``).
    loose_captions: bool = False
    #: Headline-only articles given out between articles (``headline.alone``),
    #: which make titles below the last article more of them.
    boxed: int = 0
    #: How many articles given out had alt text alone glued over their headline, and
    #: how many a label so (``regions._labels_among_pictures``).
    pictures_glued: int = 0
    labels_glued: int = 0
    #: The rules whose shape two lines of the listing have shown: teasers opening
    #: with a headline and a colon (``headline.colon``), headlines carrying their
    #: date (``date.in_headline``), summaries opening with one (``date.lead``).
    twice: frozenset[str] = frozenset()


@attrs.define(eq=False)
class Listing:
    """Units of one listing and what has been decided about them so far."""

    units: list[Unit]
    options: Options
    drafts: list[Draft] = attrs.Factory(list)
    noise: dict[int, tuple[Role, Verdict]] = attrs.Factory(dict)
    headings: dict[int, str] = attrs.Factory(dict)  # unit index of a date heading -> its date
    #: What the windows before showed, and what this one shows, of the listing.
    shown: Shown = attrs.Factory(Shown)
    #: Whether the units run to the listing's end (a window may stop short of it).
    whole: bool = True
    #: Unit index -> index of the draft it belongs to, once the drafts are final.
    owner: dict[int, int] = attrs.Factory(dict)
    #: Title texts standing right above two different headlines: labels, not alt text.
    repeated: frozenset[str] = frozenset()
    #: Title texts standing right under two summaries or more: authors.
    repeated_after: frozenset[str] = frozenset()
    #: Whether dates head groups of articles, some article with no date right above it.
    grouped: bool = False
    #: How many headlines stand under alt text glued over them (``regions._captions_glued``),
    #: once counted.
    glued_captions: int | None = None
    #: Whether names glued between a summary and the next headline sign the
    #: article above (``regions.names_trail``).
    names_trail: bool = False
    #: Whether names alone in their blocks stand over every headline, none under the
    #: last article: each the author of the article below (``regions.names_lead``).
    names_lead: bool = False
    #: Whether names in capitals alone between articles sign the article above
    #: (``regions.caps_names_trail``): "ANA RUIZ", no kicker.
    caps_names_trail: bool = False
    #: Whether names alone right under two summaries at least sign them
    #: (``regions._signs_summaries``), once decided.
    signs_summaries: bool | None = None
    #: Headlines whose title right above is a label like their neighbours' (``kicker.like_others``).
    labels_above: frozenset[int] = frozenset()
    #: Each headline with a title right above: (headline, a section label, alone in its block).
    titles_above: list[tuple[int, bool, bool]] = attrs.Factory(list)
    #: Headlines with one word right above them (``regions.find_labels_above``).
    one_word_above: frozenset[int] = frozenset()
    #: Whether a table's row holds parts of two articles, or stands inside one of
    #: the listing's own reading: a line may belong to one article only, so the
    #: window is read again with its rows whole (``stream``).
    shared_rows: bool = False
    #: Chrome glued under a title that the units leave out (``units.glued_chrome``),
    #: units of the first reading: noise, or inside the span of the article around it.
    read_past: tuple[Unit, ...] = ()

    def enabled(self, rule: str) -> bool:
        """Whether ``rule`` is switched on in the options."""
        return rule not in self.options.disabled_rules

    def take_fact(self, draft: Draft, k: int) -> bool:
        """Give unit ``k`` to ``draft`` if it is a date or byline the article has room
        for; return whether it did."""
        unit = self.units[k]
        if unit.kind is DATE and not draft.has(Role.DATE):
            draft.take(k, (Role.DATE,), unit.verdict, unit.features.date_text)
        elif unit.kind is BYLINE and self.may_take_byline(draft, k):
            self.take_byline(draft, k)
        else:
            return False
        return True

    def may_take_byline(self, draft: Draft, k: int) -> bool:
        """Whether ``draft`` takes unit ``k``, a byline line after its summary, as its byline.

        Yes if it has no byline yet; or if ``k`` names the author after a
        marker and the byline it has is a word beside a date
        (``_marked_over``). A word beside a date after a marked byline may
        open the next article ("By Ana Ruiz" over "12.05.2025 | Courts").
        """
        if not draft.has(Role.BYLINE):
            return True
        byline = self.units[k].features.byline
        return (
            byline is not None
            and byline.marker is not None
            and self._marked_over(draft, k) is not None
        )

    def _marked_over(self, draft: Draft, k: int) -> int | None:
        """The unit holding ``draft``'s byline, where unit ``k``'s byline outranks it or the
        reverse: one names the author after a marker ("Von Ana Ruiz"), the other
        is a word beside a date ("04.03.2026 | Arbeit"), a section or a site,
        since an article has one author line. ``None`` otherwise.
        """
        if not self.enabled("byline.marked"):
            return None
        new = self.units[k].features.byline
        if new is None:
            return None
        for held, (roles, _) in draft.placed.items():
            if Role.BYLINE in roles:
                old = self.units[held].features.byline
                if old is not None and (
                    (new.marker is None) is not (old.marker is None)
                    and (old.date if new.marker else new.date) is not None
                ):
                    return held
                return None
        return None

    def take_byline(self, draft: Draft, k: int, verdict: Verdict | None = None) -> None:
        """Give unit ``k`` to ``draft`` as its byline, with the date sharing its line.

        Of a byline after a marker and a word beside a date, the first is the
        author and the second gives the date alone (``_marked_over``).
        """
        unit = self.units[k]
        byline = unit.features.byline
        verdict = verdict or unit.verdict
        held = self._marked_over(draft, k) if draft.has(Role.BYLINE) else None
        if held is not None and byline is not None:
            if byline.marker is None:  # the author is placed: this line dates the article
                assert byline.date is not None
                draft.take(k, (Role.DATE,), _MARKED, byline.date)
                return
            # The author was taken from a word beside a date: that line keeps the date.
            roles = tuple(role for role in draft.placed[held][0] if role is not Role.BYLINE)
            draft.placed[held] = (roles or (Role.NOISE,), _MARKED)
            del draft.fields[Role.BYLINE]
        if byline is None:
            draft.take(k, (Role.BYLINE,), verdict, unit.text)
        elif byline.date is None:
            draft.take(k, (Role.BYLINE,), verdict, byline.author)
        else:
            draft.take(k, (Role.BYLINE, Role.DATE), verdict, byline.author, byline.date)
