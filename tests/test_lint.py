"""ruff and mypy --strict stay clean; skipped where the tools are not installed."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

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


def _top_level_names(tree: ast.Module) -> list[str]:
    """The names a module binds at its top level, in order: functions, classes, constants."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize(
    "path", sorted((ROOT / "tests").glob("*.py")) + sorted((ROOT / "src").rglob("*.py")), ids=str
)
def test_no_module_binds_a_top_level_name_twice(path: Path) -> None:
    # A second binding silently replaces the first for every test above it (a
    # helper or constant of the same name written thousands of lines later).
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted({name for name in names if names.count(name) > 1})
    assert not twice, f"{path.name} binds {twice} twice at its top level"
