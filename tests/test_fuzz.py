"""The fuzz harness, bounded: 60 seconds in CI (CI=true), skipped otherwise.

Longer runs: python3 fuzz/fuzz.py -max_total_time=1800 fuzz/corpus
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def test_fuzz_parse_and_loads_for_a_bounded_time(tmp_path: Path) -> None:
    seconds = os.environ.get("DIGESTPARSE_FUZZ_SECONDS") or ("60" if os.environ.get("CI") else "")
    if not seconds:
        pytest.skip("set CI=true or DIGESTPARSE_FUZZ_SECONDS to fuzz")
    pytest.importorskip("atheris")
    result = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "fuzz.py"), f"-max_total_time={seconds}",
         "-workers=1", "-print_final_stats=1", str(tmp_path / "corpus")],
        capture_output=True, text=True, check=False, timeout=int(seconds) + 120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-4000:]
    assert "Done" in result.stderr
