"""The README's example runs as written."""

from __future__ import annotations

import os

import pytest
import regex

from conftest import ROOT, SAMPLES


def _blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return regex.findall(r"```python\n(.*?)```", readme, flags=regex.DOTALL)


def _block(marker: str) -> str:
    (code,) = [block for block in _blocks() if marker in block]
    return code


def test_readme_example_runs() -> None:
    code = _block("digestparse.parse(text)")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)


def test_readme_streaming_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    import digestparse

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        exec(compile(_block("iter_articles(f)"), "README.md", "exec"), {})
        expected = [
            a.headline
            for a in digestparse.parse(SAMPLES.joinpath("c-bulleted-archive.txt").read_bytes())
        ]
    finally:
        os.chdir(cwd)
    assert capsys.readouterr().out.splitlines() == [str(h) for h in expected]


def test_readme_testing_example_runs() -> None:
    """The "Testing your own code" example, with digestparse as the importer."""
    import digestparse

    def my_importer(text: str) -> list[dict[str, str | None]]:
        return [{"title": a.headline} for a in digestparse.parse(text)]

    namespace: dict[str, object] = {"my_importer": my_importer}
    exec(compile(_block("digestparse.strategies"), "README.md", "exec"), namespace)
    for name in ("test_my_importer_keeps_every_headline", "test_my_store_round_trips"):
        namespace[name]()  # type: ignore[operator]


def test_readme_opens_with_the_two_commands_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    commands = [line.strip() for line in readme[1:5] if line.startswith("    ")]
    assert len(commands) == 2
    assert "samples/" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci
