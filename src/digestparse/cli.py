"""The ``digestparse`` command: convert pasted listings in batches, Unix-style.

No parsing logic lives here: every input goes through ``convert_file``, and
output through ``dumps_batch``. Exit status: 0 when every input converted,
1 when some could not be read or decoded (each reported on standard error,
the rest converted), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, NoReturn, TextIO

from .batch import Converted, convert_file, decode_bytes, find_inputs
from .errors import DigestparseError, UsageError
from .formats import FORMATS, dumps_batch
from .parser import parse
from .records import Article

__all__ = ["main"]

_EXTENSIONS = {
    "json": ".json", "jsonl": ".jsonl", "csv": ".csv", "markdown": ".md", "text": ".txt",
    "atom": ".atom", "jsonfeed": ".feed.json",
}  # fmt: skip

EXAMPLES = """\
examples:
  digestparse listing.txt                    records of one listing as JSON Lines
  pbpaste | digestparse -f markdown          a pasted listing from standard input
  digestparse -f csv -o all.csv pages/       every *.txt under pages/, one CSV
  digestparse -o out/ pages/                 one output file per input, mirroring pages/
  digestparse --glob '*.md' -j 4 pages/      other file names, four worker processes
  digestparse --encoding auto old/*.txt      detect cp1252, latin-1 or UTF-16 files
  digestparse --explain listing.txt          why every line got its role
  digestparse -f atom --feed-title News --reference-date 2024-03-10 pages/
                                             an Atom feed; "2 days ago" counts from that day
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"digestparse: error: {message} (see 'digestparse --help')\n")


def _arguments() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="digestparse",
        description="Turn article listings pasted as plain text into records.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders; '-' or none: standard input"
    )
    parser.add_argument(
        "-f", "--format", choices=list(FORMATS), default="jsonl", help="output format (jsonl)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE|DIR/",
        help="write one combined FILE, or one file per input under DIR/ (default: standard output)",
    )  # fmt: skip
    parser.add_argument(
        "--glob", default="*.txt", metavar="PATTERN", help="files to take from folders (*.txt)"
    )
    parser.add_argument(
        "--encoding", default="utf-8", metavar="NAME",
        help="input encoding: utf-8 (BOM allowed, the default), a codec name, or auto",
    )  # fmt: skip
    parser.add_argument(
        "-j", "--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
        help="worker processes (default: the number of cores)",
    )  # fmt: skip
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    feed = parser.add_argument_group("feeds (-f atom, -f jsonfeed)")
    feed.add_argument("--feed-title", metavar="TEXT", help="the feed's title")
    feed.add_argument("--feed-id", metavar="ID", help="the feed's id (default: from its entries)")
    feed.add_argument("--feed-link", metavar="URL", help="the page the feed stands for")
    feed.add_argument(
        "--reference-date", type=_day, metavar="YYYY-MM-DD",
        help="the day the listings were copied: relative dates count from it",
    )  # fmt: skip
    parser.add_argument(
        "--explain", metavar="PATH", help="print the decision for every line of PATH and exit"
    )
    return parser


def _day(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from exc


def _feed_options(args: argparse.Namespace) -> dict[str, Any]:
    options = {
        "title": args.feed_title, "feed_id": args.feed_id, "link": args.feed_link,
        "reference": args.reference_date,
    }  # fmt: skip
    if args.format not in ("atom", "jsonfeed"):
        given = [
            f"--{k}" for k, v in vars(args).items() if k.startswith(("feed_", "reference")) and v
        ]
        if given:
            raise UsageError(f"{given[0].replace('_', '-')} applies to -f atom or -f jsonfeed")
        return {}
    return options


def _explain(path: str, encoding: str, out: TextIO) -> int:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    digest = parse(decode_bytes(data, encoding))
    if out.isatty():
        print(f"{'line':>5}  {'role':<16} {'belongs to':<11} {'rule':<28} why", file=out)
        for decision in digest.explain():
            print(decision, file=out)
        return 0
    for d in digest.explain():
        row = {"line": d.line, "roles": list(d.roles), "rule": d.rule, "reason": d.reason,
               "article": d.article}  # fmt: skip
        print(json.dumps(row, ensure_ascii=False), file=out)
    return 0


def _results(
    inputs: Sequence[str], encoding: str, jobs: int, progress: bool
) -> Iterator[Converted]:
    """Convert every input in order, in ``jobs`` processes; the same output as one."""
    convert = partial(convert_file, encoding=encoding)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(inputs), unit="file", file=sys.stderr, leave=False)
    try:
        if jobs > 1 and len(inputs) > 1:
            with ProcessPoolExecutor(max_workers=min(jobs, len(inputs))) as pool:
                chunk = max(1, len(inputs) // (jobs * 8))
                for result in pool.map(convert, inputs, chunksize=chunk):
                    if bar is not None:
                        bar.update()
                    yield result
        else:
            for name in inputs:
                result = convert(name)
                if bar is not None:
                    bar.update()
                yield result
    finally:
        if bar is not None:
            bar.close()


def _write_atomically(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` through a temporary file and a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _mirror(source: str, root: Path | None, folder: Path, fmt: str) -> Path:
    relative = Path(source).relative_to(root) if root is not None else Path(Path(source).name)
    return folder / relative.with_suffix(_EXTENSIONS[fmt])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    parser = _arguments()
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs takes a whole number from 1")
    try:
        if args.explain:
            return _explain(args.explain, args.encoding, sys.stdout)
        return _convert(args, parser)
    except UsageError as exc:
        parser.error(str(exc))
    except DigestparseError as exc:
        print(f"digestparse: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"digestparse: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _convert(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    paths = args.paths or ["-"]
    stdin = [p for p in paths if p == "-"]
    if stdin and len(paths) > 1:
        parser.error("'-' (standard input) cannot be mixed with other paths")
    folder = None
    if args.output and (args.output.endswith(("/", os.sep)) or Path(args.output).is_dir()):
        folder = Path(args.output)
        if stdin:
            parser.error("-o DIR/ needs input files to name its outputs after")
    results: Iterable[Converted]
    if stdin:
        data = sys.stdin.buffer.read()
        results = [Converted("-", parse(decode_bytes(data, args.encoding)).articles)]
        roots: dict[str, Path | None] = {"-": None}
    else:
        found = list(find_inputs(paths, args.glob))
        roots = dict(found)
        missing = [p for p in paths if not Path(p).exists() and not Path(p).is_symlink()]
        if missing:
            parser.error(f"no such file or folder: {missing[0]}")
        progress = not args.quiet and len(found) > 1 and sys.stderr.isatty()
        results = _results([name for name, _ in found], args.encoding, args.jobs, progress)
    feed = _feed_options(args)
    status = 0
    good: list[tuple[str, tuple[Article, ...]]] = []
    for result in results:
        if result.error is not None:
            print(f"digestparse: {result.source}: {result.error}", file=sys.stderr)
            status = 1
            continue
        if folder is not None:
            target = _mirror(result.source, roots[result.source], folder, args.format)
            if target.resolve() == Path(result.source).resolve():
                print(
                    f"digestparse: {result.source}: output would overwrite the input",
                    file=sys.stderr,
                )
                status = 1
                continue
            _write_atomically(target, result.dumps(args.format, **feed))
        else:
            good.append((result.source, result.articles))
    if folder is None:
        text = dumps_batch(good, args.format, **feed)
        if args.output:
            _write_atomically(Path(args.output), text)
        else:
            sys.stdout.write(text)
    return status
