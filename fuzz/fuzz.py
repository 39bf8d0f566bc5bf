"""Coverage-guided fuzzing of parse and loads with atheris.

    python3 fuzz/fuzz.py -max_total_time=1800 -workers=1 fuzz/corpus

Every input is split by its first byte into a target: parse of the rest as
str (checked against SPEC 5.1: ordered spans, fields inside them, every line
placed once), parse of the raw bytes (only DecodeError may be raised), or
loads in one of its formats (only SchemaError). Anything else raised is a
crash, which atheris reports with the input that caused it. Seeds: the
samples (copied into the corpus folder on the first run) and a few records.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import digestparse
    from digestparse import DecodeError, SchemaError
    from digestparse.lines import normalize, split_lines

HERE = Path(__file__).resolve().parent
FORMATS = ("json", "jsonl", "csv", "text")


def check_digest(text: str) -> None:
    digest = digestparse.parse(text)
    last = 0
    for article in digest:
        assert article.span is not None
        start, end = article.span
        assert last <= start <= end <= len(text), (article.span, last)
        last = end
        inside = normalize(text[start:end])
        for name, value in article.fields().items():
            if value is not None and name != "date":
                assert value in inside, (name, value)
    lines = [line.number for line in split_lines(text) if not line.blank]
    assert [d.line for d in digest.explain()] == lines


def one_input(data: bytes) -> None:
    if not data:
        return
    target, rest = data[0] % 4, data[1:]
    if target == 0:
        check_digest(rest.decode("utf-8", "surrogateescape"))
    elif target == 1:
        with contextlib.suppress(DecodeError):
            digestparse.parse(rest)
    elif target == 2:
        check_digest(rest.decode("latin-1"))
    else:
        fmt = FORMATS[rest[:1][0] % len(FORMATS)] if rest else "json"
        with contextlib.suppress(SchemaError):
            digestparse.loads(rest[1:].decode("utf-8", "replace"), fmt)


def seed(corpus: Path) -> None:
    """Put the samples and some records in an empty corpus folder."""
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    for n, sample in enumerate(sorted((HERE.parent / "samples").glob("*.txt"))):
        (corpus / f"sample-{n}").write_bytes(b"\x00" + sample.read_bytes())
        truth = sample.with_suffix(".json").read_bytes()
        (corpus / f"sample-{n}.json").write_bytes(b"\x03\x00" + truth)
    shutil.copyfile(HERE.parent / "samples" / "k-dirty-crlf.txt", corpus / "raw-bytes")


if __name__ == "__main__":
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    for folder in folders:
        seed(folder)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
