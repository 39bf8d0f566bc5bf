"""A listing read a window at a time: what ``parse`` and ``iter_articles`` share.

Text arrives in chunks of any size; it is cut into lines exactly as
``str.splitlines`` cuts the whole (a ``\\r\\n`` split between two chunks is
still one ending), and the lines are gathered into *windows* of about
``WINDOW`` lines, ending at a blank line when one comes within as many again.

Each window goes through the whole pipeline. Its articles are final except the
last, which may go on in the next window: the window gives out everything
above that article's first line, and the next window starts there. A window
cut inside a block (no blank line came in time) keeps its last two articles
open, since the first lines of one still unread may read as the end of the
one above. A
window with one article grows (doubling) before it gives anything out; past
``MAX_WINDOW`` lines it gives out that article and what stands above it.
No real article comes near that size, so none is cut; an endless one
(thousands of lines in one block, no blank line) is cut at the window's end,
so that time and memory stay bounded by the window. A window with no article at all
gives out all but its last 64 units as noise (page titles and chrome stand
above the first article, whatever comes after them). What a listing
decides as a whole is carried across (``drafts.Shown``): the date mode
(decided on the first window), the date heading in force, whether captions
stood alone between articles, whether blank lines part it, whether its
headlines stand without summaries, whether its teasers may be short or its articles are signed,
and whether an article has been given out yet.

Because the cuts depend only on the lines, never on how the text was
chunked, ``parse(text)`` and ``iter_articles`` over any chunking of the same
text give the same articles. A listing of fewer than ``WINDOW`` lines (every
real page we have seen has under a few hundred) is one window: the whole
listing at once.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator

import attrs
import regex

from .assemble import article, decisions, noise_lines, settle
from .blocks import split_blocks
from .drafts import Listing, Shown
from .errors import DecodeError
from .lines import LINE_ENDINGS, Line, visible_lines
from .options import Options
from .records import Article, Decision, NoiseLine
from .regions import count_glued, headline_alone
from .units import make_units, read_past_chrome

__all__ = [
    "CHUNK",
    "MAX_WINDOW",
    "WINDOW",
    "Piece",
    "decode_chunks",
    "decode_error",
    "explain",
    "pieces",
    "text_chunks",
]

#: Lines in a window before it looks for a blank line to end at.
WINDOW = 2000
#: The most lines a window grows to when it holds fewer than two articles.
MAX_WINDOW = 8 * WINDOW
#: Units a window without any article keeps for the next (the rest is noise).
_NO_ARTICLE_TAIL = 64
#: Characters ``parse`` hands the reader at a time.
CHUNK = 1 << 16

_BREAK = regex.compile(f"[{LINE_ENDINGS}]")


@attrs.frozen
class Piece:
    """What one window gives out: final articles, noise lines and (if asked) decisions."""

    articles: tuple[Article, ...]
    noise: tuple[NoiseLine, ...]
    decisions: tuple[Decision, ...]


def explain(text: str, options: Options) -> tuple[Decision, ...]:
    """The decision for every non-blank line of ``text``, as ``Digest.explain()`` gives them."""
    return tuple(
        d for piece in pieces(text_chunks(text), options, explain=True) for d in piece.decisions
    )


def text_chunks(text: str, size: int = CHUNK) -> Iterator[str]:
    """``text`` in slices of ``size`` characters."""
    for start in range(0, len(text), size):
        yield text[start : start + size]


def _lines(chunks: Iterable[str]) -> Iterator[list[str]]:
    """Whole lines (with their endings) of the text the chunks make up, a list at a time."""
    held: list[str] = []  # text after the last line known to be complete
    for chunk in chunks:
        if not chunk:
            continue
        held.append(chunk)
        if _BREAK.search(chunk) is None:
            continue
        lines = "".join(held).splitlines(keepends=True)
        # The last line may go on in the next chunk, and a "\r" may be half of "\r\n".
        held = [lines.pop()]
        if lines:
            yield lines
    if held:
        yield "".join(held).splitlines(keepends=True)


def decode_chunks(chunks: Iterable[str | bytes]) -> Iterator[str]:
    """Chunks as text: ``str`` as they are, ``bytes`` decoded as UTF-8 (a BOM allowed).

    Raises ``DecodeError`` with the offset of the first bad byte in the whole
    stream, and ``TypeError`` for a chunk that is neither, or a mix of both.
    """
    decoder: codecs.IncrementalDecoder | None = None
    kind: type | None = None
    fed = 0  # bytes given to the decoder so far
    head = b""  # the first bytes, to recognise a UTF-16 byte-order mark
    for chunk in chunks:
        if isinstance(chunk, (bytes, bytearray, memoryview)):
            chunk = bytes(chunk)
            if kind is str:
                raise TypeError("iter_articles() got both str and bytes chunks")
            kind = bytes
            if decoder is None:
                decoder = codecs.getincrementaldecoder("utf-8-sig")()
            if len(head) < 2:
                head += chunk[: 2 - len(head)]
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                buffered = len(exc.object) - len(chunk)
                raise decode_error(head, fed - buffered + exc.start, exc) from exc
            fed += len(chunk)
            yield text
        elif isinstance(chunk, str):
            if kind is bytes:
                raise TypeError("iter_articles() got both str and bytes chunks")
            kind = str
            yield chunk
        else:
            raise TypeError(f"iter_articles() reads str or bytes lines, not {type(chunk).__name__}")
    if decoder is not None:
        try:
            yield decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            buffered = len(exc.object)
            raise decode_error(head, fed - buffered + exc.start, exc) from exc


def decode_error(head: bytes, offset: int, exc: UnicodeDecodeError) -> DecodeError:
    """The ``DecodeError`` for bytes that are not UTF-8: ``head`` holds their first two."""
    if head in (b"\xff\xfe", b"\xfe\xff"):
        return DecodeError(
            "not valid UTF-8: it starts with a UTF-16 byte-order mark at offset 0; "
            "decode it as UTF-16 and pass a str",
            offset=0,
        )
    bad = exc.object[exc.start : exc.start + 1]
    return DecodeError(
        f"not valid UTF-8: byte {bad!r} at offset {offset} ({exc.reason})", offset=offset
    )


@attrs.define
class _Carried:
    """What a listing decided in its earlier windows."""

    shown: Shown = attrs.Factory(Shown)
    articles: int = 0  # articles given out so far
    offset: int = 0  # where the window starts in the source
    number: int = 1  # the window's first line number
    before: str = ""  # the source's line right above the window (a table's row, maybe)
    counted: int = 0  # the last item's number of a numbered list given out (0 for none)


def pieces(chunks: Iterable[str], options: Options, *, explain: bool = False) -> Iterator[Piece]:
    """Parse the text the chunks make up, a window at a time (see the module docstring)."""
    carried = _Carried()
    window: list[str] = []
    source = _lines(chunks)
    size = WINDOW
    scanned = 0  # lines at the window's start that may not end it
    final = False
    while not final:
        final = True
        overflow: list[str] = []  # lines read past the window's end
        while True:
            end = _end(window, size, scanned)
            if end is not None:
                final = False
                overflow = window[end:]
                del window[end:]
                break
            scanned = len(window)
            batch = next(source, None)
            if batch is None:
                break
            window += batch
        forced = len(window) >= MAX_WINDOW
        after = overflow[0] if overflow else ""
        cut = _window(
            window, carried, options, final=final, forced=forced, explain=explain, after=after
        )
        if cut is not None:
            piece, stop = cut
            yield piece
            carried.offset += sum(map(len, window[:stop]))
            carried.number += stop
            carried.before = window[stop - 1] if stop else carried.before
            del window[:stop]
            size = WINDOW
        else:  # fewer than two articles: read on
            size = 2 * len(window)
        # What the window holds now was read before: only lines read from
        # here on may end the next one.
        scanned = len(window)
        window += overflow


def _end(window: list[str], size: int, scanned: int) -> int | None:
    """How many of ``window``'s lines make a window of about ``size`` lines, if it has enough.

    Lines count as they are read: the window ends at the first one read that
    brings it to ``size`` lines or more and is blank, or brings it to twice
    ``size``. Its first ``scanned`` lines were read before and end nothing.
    """
    for j in range(max(size - 1, scanned), len(window)):
        if j + 1 >= 2 * size or not window[j].strip():
            return j + 1
    return None


def _window(
    window: list[str],
    carried: _Carried,
    options: Options,
    *,
    final: bool,
    forced: bool,
    explain: bool,
    after: str = "",
) -> tuple[Piece, int] | None:
    """Parse one window; give out what is final and how many of its lines that covers.

    ``after`` is the source's line right under the window, if read yet.
    """
    lines = visible_lines(
        window,
        carried.offset,
        carried.number,
        before=carried.before,
        after=after,
        counted=carried.counted,
    )
    job = _read(lines, options, carried.shown, final)
    if job.shared_rows:  # a line belongs to one article: read the tables' rows whole
        lines = visible_lines(
            window, carried.offset, carried.number, cells=False, counted=carried.counted
        )
        job = _read(lines, options, carried.shown, final)
    units = job.units
    drafts = job.drafts
    if final:
        done, stop = len(drafts), len(units)
    elif not drafts:
        # No article yet: all but the last units are page titles and chrome
        # whatever follows; those last ones may still open the first article.
        done, stop = 0, max(0, len(units) - _NO_ARTICLE_TAIL)
        if stop == 0 and units and units[0].lines[0].number == carried.number:
            if not forced:
                return None  # nothing to give out yet: read on
            stop = len(units)
    else:
        # A window cut inside a block (no blank line came) may end inside an
        # article whose first lines read, alone, as the end of the one above
        # ("Ana Ruiz / May 4, 2021 / Alt text." over a headline still unread):
        # that one stays open too.
        done = _last_open(job, back=1 if window[-1].strip() else 0)
        # Fewer than two articles: read on, unless the window is at its largest.
        if done == 0 and not forced:
            return None
        if done == 0:
            # At its largest: give out its articles and keep what follows them.
            # One that runs to the window's end (a block of thousands of lines
            # read as one teaser) is cut there: read again and again at twice
            # the size it would cost time and memory without end.
            done, stop = len(drafts), max(d.last for d in drafts) + 1
        else:
            stop = drafts[done].first
            # Noise glued over the article in its block (the alt text of the
            # author's photo over their name) is read again with it.
            while stop > 0 and stop - 1 in job.noise and units[stop - 1].block is units[stop].block:
                stop -= 1
    first = carried.articles
    piece = Piece(
        tuple(article(job, draft) for draft in drafts[:done]),
        tuple(
            NoiseLine(first.number, _body(window[first.number - carried.number], first, last), span)
            for first, last in _whole_lines(noise_lines(job, stop))
            for span in [(first.start, last.end)]
        ),
        tuple(decisions(job, stop, first)) if explain else (),
    )
    mode, lead = carried.shown.mode, carried.shown.bylines_lead
    carried.shown = job.shown
    if not drafts:  # a mode decided on no article at all is no decision
        carried.shown.mode, carried.shown.bylines_lead = mode, lead
    carried.shown.heading = _heading(job, stop)
    carried.shown.opened = carried.shown.opened or done > 0
    if job.titles_above:
        given = {draft.headline for draft in drafts[:done]}
        for k, labelled, alone in job.titles_above:
            if k in given:
                carried.shown.label_before = (labelled, alone)
                carried.shown.labels_before += labelled
                carried.shown.titles_before += 1
                carried.shown.words_before += k in job.one_word_above
    carried.shown.started = True
    carried.shown.boxed += sum(map(headline_alone, drafts[:done]))
    count_glued(job, drafts[:done])
    carried.articles += done
    lines_out = len(window) if stop == len(units) else units[stop].lines[0].number - carried.number
    # A numbered list may go on in the next window: "3. …" after "1. …" and "2. …".
    past = carried.number + lines_out
    carried.counted = next(
        (
            int(line.bullet[:-1])
            for line in reversed(lines)
            if line.number < past and line.bullet and line.bullet[:-1].isdigit()
        ),
        0,
    )
    return piece, lines_out


def _read(lines: list[Line], options: Options, shown: Shown, final: bool) -> Listing:
    """Cut ``lines`` into blocks and units and settle them; blocks with chrome glued
    under a title are read again without it (``units.glued_chrome``)."""
    blocks = list(split_blocks(lines))
    units, glued = read_past_chrome(blocks, make_units(blocks, options), options)
    return settle(units, options, shown=shown, whole=final, read_past=glued)


def _last_open(job: Listing, back: int = 0) -> int:
    """Index of the draft the next window starts at: the last one every earlier draft ends
    above (``back``: the one before that, and so on).

    0 when no draft after the first qualifies.
    """
    drafts = job.drafts
    below = [-1]  # below[n]: the last unit of drafts 0 .. n - 1
    for draft in drafts:
        below.append(max(below[-1], draft.last))
    for n in range(len(drafts) - 1, 0, -1):
        if below[n] < drafts[n].first:
            if not back:
                return n
            back -= 1
    return 0


def _heading(job: Listing, stop: int) -> str | None:
    """The date heading in force at unit ``stop``."""
    above = [k for k in job.headings if k < stop]
    return job.headings[max(above)] if above else job.shown.heading


def _whole_lines(lines: Iterable[Line]) -> Iterator[tuple[Line, Line]]:
    """The first and last of each run of ``lines`` on one source line: the cells of a
    table's row stand for it together (a line alone is its own first and last)."""
    run: list[Line] = []
    for line in lines:
        if run and line.number != run[0].number:
            yield run[0], run[-1]
            run = []
        run.append(line)
    if run:
        yield run[0], run[-1]


def _body(raw: str, first: Line, last: Line) -> str:
    """The text from ``first`` to ``last`` (cells of one line) as in the source, from
    its raw chunk."""
    start = first.column or 0
    return raw[start : (last.column or 0) + last.end - last.start]
