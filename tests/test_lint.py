"""ruff and mypy --strict stay clean; skipped where the tools are not installed."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.parametrize(
    "command",
    [["ruff", "check", "src", "tests"], [sys.executable, "-m", "mypy", "--strict", "src"]],
    ids=["ruff", "mypy"],
)
def test_tool_is_clean(command: list[str]) -> None:
    if command[0] == "ruff" and shutil.which("ruff") is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    if (
        command[0] == sys.executable
        and subprocess.run(
            [sys.executable, "-m", "mypy", "--version"], capture_output=True, check=False
        ).returncode
    ):
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
