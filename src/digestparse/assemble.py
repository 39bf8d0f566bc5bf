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
3. **Glued captions.** A summary whose first word carries alt text glued on
   ("120x80For …") gives it up as the caption (layout L).

Every placement is a ``Verdict`` with a named rule, kept for ``explain()``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from .blocks import Block
from .dates import strip_date_label
from .features import Features, credit_word, extract
from .lines import Line
from .options import Options
from .records import Article, Decision, NoiseLine, Role
from .rules import Kind, Verdict, classify, glued_caption

__all__ = ["Unit", "assemble", "make_units"]

_TERMINAL = tuple('.!?…:;"”»')


@attrs.define(eq=False)
class Unit:
    """A line, or a line and its lower-case continuation lines, with its kind."""

    block: Block
    first: int  # index of the unit's first line within the block
    count: int
    text: str
    features: Features
    verdict: Verdict

    @property
    def kind(self) -> Kind:
        assert isinstance(self.verdict.what, Kind)
        return self.verdict.what

    @property
    def lines(self) -> Sequence[Line]:
        return self.block.lines[self.first : self.first + self.count]


def make_units(blocks: Iterable[Block], options: Options) -> list[Unit]:
    """Cut blocks into units and classify each with the line rules.

    A line that opens in lower case continues the line above it, unless that
    line ends a sentence or a clause ("…", ":", a closing quote).
    """
    units: list[Unit] = []
    for block in blocks:
        lines = block.lines
        start = 0
        while start < len(lines):
            end = start + 1
            text = lines[start].text
            while (
                end < len(lines)
                and lines[end].bullet is None
                and lines[end].text[:1].islower()
                and not text.endswith(_TERMINAL)
            ):
                text = f"{text} {lines[end].text}"
                end += 1
            features = extract(text, name_words=options.name_max_words)
            units.append(
                Unit(block, start, end - start, text, features, classify(features, options))
            )
            start = end
    return units


@attrs.define(eq=False)
class Draft:
    """An article being put together: which unit gave which field, and why."""

    headline: int | None
    summary: int | None
    fields: dict[Role, str] = attrs.Factory(dict)
    placed: dict[int, tuple[tuple[Role, ...], Verdict]] = attrs.Factory(dict)

    @property
    def first(self) -> int:
        return min(self.placed)

    @property
    def last(self) -> int:
        return max(self.placed)

    def take(self, index: int, roles: tuple[Role, ...], verdict: Verdict, *texts: str) -> None:
        """Place unit ``index`` in this article, giving it ``roles`` (fields not yet set)."""
        for role, text in zip(roles, texts, strict=True):
            if role is not Role.NOISE:
                self.fields.setdefault(role, text)
        self.placed[index] = (roles, verdict)

    def has(self, role: Role) -> bool:
        return role in self.fields


class _Assembler:
    """One pass over the units of a listing; ``run`` returns the drafts and noise."""

    def __init__(self, units: list[Unit], options: Options) -> None:
        self.units = units
        self.options = options
        self.drafts: list[Draft] = []
        self.noise: dict[int, tuple[Role, Verdict]] = {}
        self.headings: dict[int, str] = {}  # unit index of a date heading -> its date
        self.lone_captions = 0  # captions found standing alone between articles

    def enabled(self, rule: str) -> bool:
        return rule not in self.options.disabled_rules

    # -- 1. anchors -------------------------------------------------------
    def promote_teasers(self) -> None:
        """A sentence-like title under another title, with no summary below, is a teaser.

        Teasers without a full stop ("… after a campaign by parents") and
        questions read as titles on their own; under a headline, with nothing
        sentence-like after them, they are that headline's summary (layout M).
        """
        if not self.enabled("summary.after_title"):
            return
        units = self.units
        for i in range(1, len(units)):
            unit, above = units[i], units[i - 1]
            after = units[i + 1] if i + 1 < len(units) else None
            f = unit.features
            if (
                unit.kind is Kind.TITLE
                and above.kind is Kind.TITLE
                and (after is None or after.kind is not Kind.SENTENCE)
                and f.words >= self.options.teaser_min_words
                and f.words > above.features.words
                and f.title_ratio < 0.6
                and not f.name
                and (
                    unit.block is above.block
                    or (unit.first == 0 and unit.count == len(unit.block.lines))
                )
            ):
                unit.verdict = Verdict(
                    Kind.SENTENCE,
                    "summary.after_title",
                    "a long line in sentence case under a title, with no summary below",
                )

    def sentence_captions(self) -> None:
        """Alt text written as a sentence, glued above a headline, is still a caption.

        The shape: a block of a sentence and a title, and a summary below it in
        a block of its own. Read alone, the sentence would be a teaser.
        """
        if not self.enabled("caption.sentence_above_headline"):
            return
        units = self.units
        for i in range(len(units) - 2):
            unit, title, below = units[i], units[i + 1], units[i + 2]
            if (
                unit.kind is Kind.SENTENCE
                and unit.first == 0
                and title.kind is Kind.TITLE
                and title.block is unit.block
                and title.first + title.count == len(unit.block.lines)
                and below.kind is Kind.SENTENCE
                and below.block is not unit.block
            ):
                unit.verdict = Verdict(
                    Kind.CAPTION,
                    "caption.sentence_above_headline",
                    "a sentence glued above a title that has its own summary below",
                )

    def anchor(self) -> None:
        units = self.units
        floor = -1  # index of the last unit of the previous anchor
        for i, unit in enumerate(units):
            if unit.kind is not Kind.SENTENCE:
                continue
            j = i - 1
            while j > floor and units[j].kind in (Kind.DATE, Kind.BYLINE, Kind.NOISE, Kind.CAPTION):
                j -= 1
            headline = j if j > floor and units[j].kind is Kind.TITLE else None
            if headline is not None and not self.enabled("headline.nearest_title"):
                headline = None
            if headline is not None and self._heads_a_group(headline, i):
                self.noise[headline] = (
                    Role.NOISE,
                    Verdict(
                        Role.NOISE,
                        "noise.section_title",
                        "a title alone above a block of several teasers heads the group",
                    ),
                )
                headline = None
            if headline is not None:
                headline = self._skip_byline_above_date(headline, floor)
            draft = Draft(headline, i)
            summary_verdict = unit.verdict
            if headline is None:
                summary_verdict = Verdict(
                    Role.SUMMARY, "summary.teaser", "a summary with no title above it"
                )
            draft.take(i, (Role.SUMMARY,), summary_verdict, unit.text)
            if headline is not None:
                h = units[headline]
                draft.take(
                    headline,
                    (Role.HEADLINE,),
                    Verdict(
                        Role.HEADLINE, "headline.nearest_title", "the nearest title above a summary"
                    ),
                    h.text,
                )
                for k in range(headline + 1, i):
                    self._place_inside(draft, k)
            self.drafts.append(draft)
            floor = i

    def _heads_a_group(self, j: int, i: int) -> bool:
        """Whether title ``j`` stands alone above a block of several teasers (layout E)."""
        if not self.enabled("noise.section_title"):
            return False
        title, summary = self.units[j], self.units[i]
        if title.block is summary.block or summary.first != 0:
            return False
        teasers = sum(
            1
            for u in self.units[i : i + len(summary.block.lines)]
            if u.block is summary.block and u.kind is Kind.SENTENCE
        )
        return teasers >= 2

    def _skip_byline_above_date(self, j: int, floor: int) -> int:
        """A name right above a date, under another title, is a byline (B reversed)."""
        units = self.units
        if not (units[j].features.name and j + 1 < len(units) and units[j + 1].kind is Kind.DATE):
            return j
        above = j - 1
        if above > floor and units[above].kind is Kind.TITLE and not units[above].features.name:
            return above
        return j

    def _place_inside(self, draft: Draft, k: int) -> None:
        """Place a unit between an article's headline and its summary."""
        unit = self.units[k]
        if unit.kind is Kind.DATE:
            draft.take(k, (Role.DATE,), unit.verdict, strip_date_label(unit.text))
        elif unit.kind is Kind.BYLINE or (unit.kind is Kind.TITLE and unit.features.name):
            self._take_byline(draft, k)
        elif unit.kind is Kind.CAPTION:
            draft.take(k, (Role.CAPTION,), unit.verdict, unit.text)
        else:
            draft.take(k, (Role.NOISE,), unit.verdict, "")

    def _take_byline(self, draft: Draft, k: int, verdict: Verdict | None = None) -> None:
        unit = self.units[k]
        byline = unit.features.byline
        verdict = verdict or unit.verdict
        if byline is None:
            draft.take(k, (Role.BYLINE,), verdict, unit.text)
        elif byline.date is None:
            draft.take(k, (Role.BYLINE,), verdict, byline.author)
        else:
            draft.take(k, (Role.BYLINE, Role.DATE), verdict, byline.author, byline.date)

    # -- 2. regions -------------------------------------------------------
    def date_mode(self) -> str:
        if self.options.date_headings != "auto":
            return self.options.date_headings
        if not self.drafts:
            return "heading"
        first, last = self.drafts[0].first, self.drafts[-1].last
        before = any(u.kind is Kind.DATE for u in self.units[:first])
        after = any(u.kind is Kind.DATE for u in self.units[last + 1 :])
        return "heading" if before and not after else "trailer"

    def regions(self) -> None:
        drafts = list(self.drafts)
        mode = self.date_mode()
        bounds = [-1, *(d.summary for d in drafts if d.summary is not None)]
        # The regions between articles first: what they show decides the ends.
        order = [*range(1, len(bounds) - 1), 0, len(bounds) - 1] if len(bounds) > 1 else [0]
        for n in order:
            prev = drafts[n - 1] if n > 0 else None
            nxt = drafts[n] if n < len(drafts) else None
            end = nxt.first if nxt is not None else len(self.units)
            region = [k for k in range(bounds[n] + 1, end) if k not in self.noise]
            self._resolve(region, prev, nxt, mode)

    def _resolve(self, region: list[int], prev: Draft | None, nxt: Draft | None, mode: str) -> None:
        region = self._head(region, prev, nxt)
        region = self._tail(region, prev, mode)
        region = self._lone_title(region, prev, nxt)
        self._leftovers(region, prev, nxt, mode)

    def _lone_title(self, region: list[int], prev: Draft | None, nxt: Draft | None) -> list[int]:
        """A single title left between two articles, right above a headline, is its caption.

        Before the first article the same holds only when the listing shows
        the shape between its other articles; otherwise it is a page title.
        """
        if (
            len(region) != 1
            or nxt is None
            or nxt.headline is None
            or region[0] != nxt.headline - 1
            or nxt.has(Role.CAPTION)
            or not self.enabled("caption.lone_title")
        ):
            return region
        unit = self.units[region[0]]
        if unit.kind is not Kind.TITLE or (prev is None and not self.lone_captions):
            return region
        verdict = Verdict(
            Role.CAPTION,
            "caption.lone_title",
            "the only line between two articles, right above a headline",
        )
        nxt.take(region[0], (Role.CAPTION,), verdict, unit.text)
        if prev is not None:
            self.lone_captions += 1
        return []

    def _head(self, region: list[int], prev: Draft | None, nxt: Draft | None) -> list[int]:
        """Give the next article what stands above its headline; return the rest."""
        if nxt is None or nxt.headline is None or not region:
            return region
        units = self.units
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
            if unit.kind in (Kind.DATE, Kind.BYLINE):
                if not block_cue:
                    break
            elif unit.kind not in (Kind.TITLE, Kind.CAPTION) or not (
                block_cue or unit.kind is Kind.CAPTION or self._cued(unit, head)
            ):
                break
            above.append(region[k])
            k -= 1
        if not above and k >= 0 and region[k] == nxt.headline - 1:
            unit = units[region[k]]
            alone = unit.block is not head.block and unit.block.index != prev_block
            if (
                alone
                and len(unit.block.lines) == unit.count
                and unit.kind in (Kind.TITLE, Kind.CAPTION)
            ) and (
                unit.kind is Kind.CAPTION
                or self._cued(unit, head, first=prev is None)
                or self._item_caption(unit, head)
            ):
                above.append(region[k])
                k -= 1
        self._place_above(nxt, list(reversed(above)))
        return region[: k + 1]

    def _cued(self, unit: Unit, head: Unit, first: bool = False) -> bool:
        """Whether a title is a caption or kicker by its own text (not by position).

        A section label standing in a block of its own above the first article
        is the page's section name, not a kicker (``first``).
        """
        return (self.enabled("caption.repeats_headline") and unit.text == head.text) or (
            self.enabled("kicker.label") and unit.features.kicker is not None and not first
        )

    def _item_caption(self, unit: Unit, head: Unit) -> bool:
        return (
            self.enabled("caption.item_start")
            and unit.kind is Kind.TITLE
            and unit.block.item_start
            and unit.block.item is not None
            and head.block.item == unit.block.item
        )

    def _place_above(self, draft: Draft, above: list[int]) -> None:
        """Name the roles of the units above a headline, top to bottom."""
        assert draft.headline is not None
        head = self.units[draft.headline]
        titles = []
        for k in above:
            unit = self.units[k]
            if unit.kind is Kind.DATE:
                draft.take(k, (Role.DATE,), unit.verdict, strip_date_label(unit.text))
            elif unit.kind is Kind.BYLINE:
                self._take_byline(draft, k)
            else:
                titles.append(k)
        for k, (role, verdict) in zip(titles, self._caption_or_kicker(titles, head), strict=True):
            draft.take(k, (role,), verdict, self.units[k].text)

    def _caption_or_kicker(self, titles: list[int], head: Unit) -> list[tuple[Role, Verdict]]:
        decided: list[tuple[Role, Verdict]] = []
        for k in titles:
            unit = self.units[k]
            if unit.kind is Kind.CAPTION:
                decided.append((Role.CAPTION, unit.verdict))
            elif self.enabled("caption.repeats_headline") and unit.text == head.text:
                decided.append(
                    (
                        Role.CAPTION,
                        Verdict(
                            Role.CAPTION,
                            "caption.repeats_headline",
                            "repeats the headline word for word",
                        ),
                    )
                )
            elif self.enabled("kicker.label") and unit.features.kicker is not None:
                decided.append(
                    (Role.KICKER, Verdict(Role.KICKER, "kicker.label", unit.features.kicker))
                )
            elif unit.block.item_start and self._item_caption(unit, head):
                decided.append(
                    (
                        Role.CAPTION,
                        Verdict(
                            Role.CAPTION,
                            "caption.item_start",
                            "opens the bulleted item of the headline",
                        ),
                    )
                )
            else:
                decided.append(
                    (
                        Role.CAPTION,
                        Verdict(
                            Role.CAPTION,
                            "caption.above_headline",
                            "a title glued above the headline in its block",
                        ),
                    )
                )
        if len(decided) == 2 and decided[0][0] is decided[1][0]:
            # Two of a kind: the image comes first, the kicker sits on the headline.
            lower = Verdict(
                Role.KICKER, "kicker.label", "the second line above the headline, under its caption"
            )
            decided = [(Role.CAPTION, decided[0][1]), (Role.KICKER, lower)]
        return decided

    def _tail(self, region: list[int], prev: Draft | None, mode: str) -> list[int]:
        """Give the previous article its byline and date from the region's start."""
        if prev is None or prev.summary is None:
            return region
        units = self.units
        taken = 0
        for pos, k in enumerate(region):
            unit = units[k]
            nxt = units[region[pos + 1]] if pos + 1 < len(region) else None
            if unit.kind is Kind.NOISE:
                self.noise[k] = (Role.NOISE, unit.verdict)
            elif unit.kind is Kind.BYLINE and not prev.has(Role.BYLINE):
                self._take_byline(prev, k)
            elif (
                unit.kind is Kind.DATE
                and mode == "trailer"
                and not prev.has(Role.DATE)
                and self.enabled("date.trailer")
            ):
                verdict = Verdict(Role.DATE, "date.trailer", "a date below an article dates it")
                prev.take(k, (Role.DATE,), verdict, strip_date_label(unit.text))
            elif (
                unit.kind is Kind.TITLE
                and unit.features.name
                and not prev.has(Role.BYLINE)
                and self.enabled("byline.after_summary")
                and (
                    (nxt is not None and nxt.kind is Kind.DATE)
                    or (
                        unit.count == len(unit.block.lines)
                        and unit.block is not units[prev.summary].block
                    )
                )
            ):
                verdict = Verdict(
                    Role.BYLINE, "byline.after_summary", "a name standing alone after a summary"
                )
                self._take_byline(prev, k, verdict)
            else:
                break
            taken = pos + 1
        return region[taken:]

    def _leftovers(
        self, region: list[int], prev: Draft | None, nxt: Draft | None, mode: str
    ) -> None:
        units = self.units
        pending: list[int] = []  # titles in the middle, grouped by block below
        last_title = max((k for k in region if units[k].kind is Kind.TITLE), default=-1)
        for k in region:
            unit = units[k]
            if unit.kind is Kind.DATE and mode == "heading" and self.enabled("date.heading"):
                self.noise[k] = (
                    Role.DATE_HEADING,
                    Verdict(
                        Role.DATE_HEADING,
                        "date.heading",
                        "a date above a group of articles dates each of them",
                    ),
                )
                self.headings[k] = strip_date_label(unit.text)
            elif (
                unit.kind is Kind.CAPTION
                and nxt is not None
                and not nxt.has(Role.CAPTION)
                and k > last_title
                and self.enabled("caption.stray_credit")
            ):
                verdict = Verdict(
                    Role.CAPTION,
                    "caption.stray_credit",
                    "a photo credit between articles goes to the next one",
                )
                nxt.take(k, (Role.CAPTION,), verdict, unit.text)
            elif unit.kind is Kind.TITLE and prev is not None and nxt is not None:
                pending.append(k)
            elif unit.kind is Kind.TITLE and prev is None and self.enabled("noise.page_title"):
                self.noise[k] = (
                    Role.NOISE,
                    Verdict(Role.NOISE, "noise.page_title", "a title above the first article"),
                )
            elif unit.kind is Kind.TITLE and nxt is None and self.enabled("noise.trailing"):
                self.noise[k] = (
                    Role.NOISE,
                    Verdict(Role.NOISE, "noise.trailing", "a title below the last article"),
                )
            elif unit.kind is Kind.TITLE:
                pending.append(k)
            else:
                self.noise[k] = (Role.NOISE, unit.verdict)
        self._stray_titles(pending)

    def _stray_titles(self, pending: list[int]) -> None:
        """Titles between articles that nothing claimed: articles of their own."""
        units = self.units
        i = 0
        while i < len(pending):
            k = pending[i]
            unit = units[k]
            pair = (
                i + 1 < len(pending)
                and pending[i + 1] == k + 1
                and units[k + 1].block is unit.block
            )
            if pair and self.enabled("summary.pair"):
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
                self.drafts.append(draft)
                i += 2
                continue
            if self.enabled("headline.alone") and unit.features.words >= 2:
                draft = Draft(k, None)
                draft.take(
                    k,
                    (Role.HEADLINE,),
                    Verdict(
                        Role.HEADLINE, "headline.alone", "a title between articles with no summary"
                    ),
                    unit.text,
                )
                self.drafts.append(draft)
            else:
                self.noise[k] = (Role.NOISE, unit.verdict)
            i += 1

    # -- 3. glued captions and date headings ---------------------------------
    def finish(self) -> None:
        self.drafts.sort(key=lambda d: d.first)
        heading: str | None = None
        headings = sorted(self.headings)
        h = 0
        for draft in self.drafts:
            while h < len(headings) and headings[h] < draft.first:
                heading = self.headings[headings[h]]
                h += 1
            if heading is not None and not draft.has(Role.DATE):
                draft.fields[Role.DATE] = heading
            self._unglue(draft)

    def _unglue(self, draft: Draft) -> None:
        if draft.summary is None or draft.has(Role.CAPTION) or not self.enabled("caption.glued"):
            return
        unit = self.units[draft.summary]
        split = glued_caption(unit.text, self.options.glued_caption_max_words)
        if split is None:
            return
        caption, summary = split
        credit = credit_word(caption)
        inside_byline = any(Role.BYLINE in roles for roles, _ in draft.placed.values()) and (
            draft.headline is not None
            and any(draft.headline < k < draft.summary for k in draft.placed)
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

    def run(self) -> None:
        self.promote_teasers()
        self.sentence_captions()
        self.anchor()
        self.regions()
        self.finish()


def assemble(
    units: list[Unit], source: str, options: Options
) -> tuple[list[Article], list[NoiseLine], list[Decision]]:
    """Turn classified units into articles, noise lines and per-line decisions."""
    job = _Assembler(units, options)
    job.run()
    # Unplaced units (none should remain) fall to noise rather than vanish.
    placed = {k for d in job.drafts for k in d.placed} | set(job.noise)
    for k, unit in enumerate(units):
        if k not in placed:
            job.noise[k] = (Role.NOISE, unit.verdict)
    owner: dict[int, int] = {}
    for n, draft in enumerate(job.drafts):
        for k in draft.placed:
            owner[k] = n
    # Noise standing inside an article's range belongs to that article.
    for n, draft in enumerate(job.drafts):
        for k in range(draft.first, draft.last + 1):
            if k in job.noise and k not in job.headings:
                role, verdict = job.noise.pop(k)
                draft.placed[k] = ((role,), verdict)
                owner[k] = n
    articles = [
        Article(
            span=(units[d.first].lines[0].start, units[d.last].lines[-1].end),
            **{role.value: text for role, text in d.fields.items()},
        )
        for d in job.drafts
    ]
    noise: list[NoiseLine] = []
    decisions: list[Decision] = []
    for k, unit in enumerate(units):
        article = owner.get(k)
        if article is not None:
            roles, verdict = job.drafts[article].placed[k]
        else:
            role, verdict = job.noise[k]
            roles = (role,)
        for line in unit.lines:
            span = (line.start, line.end)
            decisions.append(
                Decision(line.number, span, roles, verdict.rule, verdict.reason, article)
            )
            if article is None:
                noise.append(NoiseLine(line.number, source[line.start : line.end], span))
    return articles, noise, decisions
