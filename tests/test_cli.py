"""The command, run as a user runs it: as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import SAMPLES


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "digestparse", *args], input=stdin, capture_output=True, check=False
    )


def test_prints_the_records_of_a_sample_as_json() -> None:
    result = run(str(SAMPLES / "a-harbour-news.txt"))
    assert result.returncode == 0, result.stderr
    truth = json.loads((SAMPLES / "a-harbour-news.json").read_text(encoding="utf-8"))
    got = json.loads(result.stdout)["articles"]
    assert [{k: a[k] for k in truth["articles"][0]} for a in got] == truth["articles"]


def test_reads_standard_input() -> None:
    result = run(stdin=b"Bus Drivers Walk Out\n\nDrivers stopped work on Monday after talks.\n")
    assert result.returncode == 0
    assert json.loads(result.stdout)["articles"][0]["headline"] == "Bus Drivers Walk Out"


def test_a_bad_file_is_reported_and_the_good_one_still_converted(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Bus \xff Drivers")
    result = run(str(bad), str(SAMPLES / "f-no-blank-lines.txt"))
    assert result.returncode == 1
    assert b"bad.txt" in result.stderr and b"offset 4" in result.stderr
    assert (
        json.loads(result.stdout)["articles"][0]["headline"]
        == "Rail Strike Called Off After Late Offer"
    )
