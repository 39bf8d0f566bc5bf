"""``python -m digestparse FILE``: parse a listing and print its records as JSON."""

from __future__ import annotations

import sys
from pathlib import Path

from . import DigestparseError, dumps, parse


def main(argv: list[str] | None = None) -> int:
    """Parse each FILE (or standard input) and print the records as JSON."""
    args = sys.argv[1:] if argv is None else argv
    if any(a in ("-h", "--help") for a in args):
        print(
            "usage: python -m digestparse [FILE ...]\n\nParse pasted article listings "
            "and print their records as JSON (standard input when no FILE)."
        )
        return 0
    status = 0
    sources: list[tuple[str, bytes | None]] = [(p, None) for p in args]
    if not sources:
        sources = [("-", sys.stdin.buffer.read())]
    for name, data in sources:
        try:
            raw = data if data is not None else Path(name).read_bytes()
            sys.stdout.write(dumps(parse(raw), "json"))
        except (OSError, DigestparseError) as exc:
            print(f"digestparse: {name}: {exc}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
