"""The README's example runs as written."""

from __future__ import annotations

import os

import regex

from conftest import ROOT


def test_readme_example_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (code,) = regex.findall(r"```python\n(.*?)```", readme, flags=regex.DOTALL)
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)


def test_readme_opens_with_the_two_commands_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    commands = [line.strip() for line in readme[1:5] if line.startswith("    ")]
    assert len(commands) == 2
    assert "samples/" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci
