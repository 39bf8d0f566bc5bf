"""The installed command, run as a user runs it: as a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import digestparse
from conftest import SAMPLES, sample_names
from digestparse import loads

SCRIPT = Path(sysconfig.get_path("scripts")) / "digestparse"


def run(
    *args: str, stdin: bytes | None = None, module: bool = False
) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "digestparse"] if module else [str(SCRIPT)]
    env = {**os.environ, "COLUMNS": "100"}
    return subprocess.run([*command, *args], input=stdin, capture_output=True, check=False, env=env)


def expected(name: str) -> tuple[digestparse.Article, ...]:
    return digestparse.parse((SAMPLES / f"{name}.txt").read_bytes()).articles


@pytest.fixture(scope="module")
def installed() -> None:
    if not SCRIPT.exists():
        pytest.skip("the digestparse script is not installed (pip install -e '.[test]')")


@pytest.mark.usefixtures("installed")
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_data_formats_on_the_samples_read_back(fmt: str) -> None:
    result = run("-f", fmt, str(SAMPLES))
    assert result.returncode == 0, result.stderr
    articles = loads(result.stdout.decode(), fmt)
    assert articles == tuple(a for name in sample_names() for a in expected(name))


@pytest.mark.usefixtures("installed")
def test_every_record_names_its_file_and_position() -> None:
    result = run(str(SAMPLES))
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    first = [r for r in records if r["source"].endswith("a-harbour-news.txt")]
    assert [r["position"] for r in first] == list(range(1, len(expected("a-harbour-news")) + 1))


@pytest.mark.usefixtures("installed")
def test_csv_reads_back_with_csv_and_pandas_into_the_same_fields() -> None:
    pandas = pytest.importorskip("pandas")
    text = run("-f", "csv", str(SAMPLES)).stdout.decode()
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    frame = pandas.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(rows[0])
    assert frame.to_dict("records") == rows
    truth = [a for name in sample_names() for a in expected(name)]
    for row, article in zip(rows, truth, strict=True):
        assert {k: row[k] or None for k in article.fields()} == article.fields()


@pytest.mark.usefixtures("installed")
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_text_and_markdown_name_each_file(fmt: str) -> None:
    result = run(
        "-f", fmt, str(SAMPLES / "a-harbour-news.txt"), str(SAMPLES / "f-no-blank-lines.txt")
    )
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "a-harbour-news.txt" in out and "f-no-blank-lines.txt" in out
    assert "Dock Workers Vote to Strike Over Night Shifts" in out


@pytest.mark.usefixtures("installed")
def test_standard_input_to_standard_output() -> None:
    for args in ([], ["-"]):
        result = run(*args, stdin=(SAMPLES / "f-no-blank-lines.txt").read_bytes())
        assert result.returncode == 0
        assert loads(result.stdout.decode(), "jsonl") == expected("f-no-blank-lines")


@pytest.mark.usefixtures("installed")
def test_module_and_script_behave_the_same() -> None:
    assert run(str(SAMPLES)).stdout == run(str(SAMPLES), module=True).stdout


@pytest.mark.usefixtures("installed")
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_jobs_2_equals_jobs_1(fmt: str) -> None:
    one = run("-j", "1", "-f", fmt, str(SAMPLES))
    two = run("-j", "2", "-f", fmt, str(SAMPLES))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


@pytest.fixture
def faulty(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES / "a-harbour-news.txt", folder / "good.txt")
    shutil.copy(SAMPLES / "f-no-blank-lines.txt", folder / "sub" / "also-good.txt")
    (folder / "undecodable.txt").write_bytes(b"Headline\n\nBad \xff byte here.\n")
    unreadable = folder / "unreadable.txt"
    if os.geteuid() == 0:  # root reads any mode: a dangling link cannot be read either
        unreadable.symlink_to(folder / "gone")
    else:
        unreadable.write_text("x")
        unreadable.chmod(0)
    return folder


@pytest.mark.usefixtures("installed")
def test_bad_files_are_reported_and_the_rest_converted(faulty: Path) -> None:
    result = run("-j", "2", str(faulty))
    assert result.returncode == 1
    errors = result.stderr.decode()
    assert "undecodable.txt: cannot decode: not valid UTF-8: byte b'\\xff' at offset 14" in errors
    assert "unreadable.txt: cannot read:" in errors
    sources = {r["source"] for r in map(json.loads, result.stdout.decode().splitlines())}
    assert sources == {str(faulty / "good.txt"), str(faulty / "sub" / "also-good.txt")}


@pytest.mark.usefixtures("installed")
def test_output_folder_mirrors_the_input_tree(faulty: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("-f", "json", "-o", f"{out}/", str(faulty))
    assert result.returncode == 1  # the two bad files
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["good.json", "sub/also-good.json"]
    assert loads((out / "sub" / "also-good.json").read_text(), "json") == expected(
        "f-no-blank-lines"
    )


@pytest.mark.usefixtures("installed")
def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    assert run("-f", "csv", "-o", str(target), str(SAMPLES)).returncode == 0
    assert loads(target.read_text(encoding="utf-8"), "csv")
    assert [p.name for p in tmp_path.iterdir()] == ["all.csv"]  # no temporary file left


@pytest.mark.usefixtures("installed")
@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_encoding_auto_detects(tmp_path: Path, encoding: str) -> None:
    text = (SAMPLES / "j-french-digest.txt").read_text(encoding="utf-8")
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode(encoding))
    assert run(str(path)).returncode == 1  # not UTF-8
    result = run("--encoding", "auto", str(path))
    assert result.returncode == 0, result.stderr
    assert loads(result.stdout.decode(), "jsonl") == expected("j-french-digest")
    named = run("--encoding", encoding, str(path))
    assert loads(named.stdout.decode(), "jsonl") == expected("j-french-digest")


@pytest.mark.usefixtures("installed")
@pytest.mark.parametrize(
    "args",
    [
        ["-f", "xml"],
        ["--jobs", "0", "x"],
        ["--encoding", "nope", str(SAMPLES)],
        ["no-such-file.txt"],
        ["-", "x"],
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str]) -> None:
    result = run(*args, stdin=b"")
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "digestparse --help" in lines[0]


@pytest.mark.usefixtures("installed")
def test_help_shows_an_example_for_each_common_task() -> None:
    out = run("--help").stdout.decode()
    for task in (
        "-f markdown",
        "-o all.csv",
        "-o out/",
        "--glob",
        "-j 4",
        "--encoding auto",
        "--explain",
    ):
        assert task in out


@pytest.mark.usefixtures("installed")
def test_explain_prints_jsonl_when_piped() -> None:
    result = run("--explain", str(SAMPLES / "h-page-chrome.txt"))
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert rows[0] == {"line": 1, "roles": ["noise"], "rule": "noise.page_title",
                       "reason": "a title above the first article", "article": None}  # fmt: skip
    assert {r["rule"] for r in rows} >= {"headline.nearest_title", "noise.chrome"}


def test_convert_file_is_pure_and_picklable(faulty: Path) -> None:
    import pickle

    from digestparse import convert_file

    good = convert_file(faulty / "good.txt")
    assert good.error is None and good.articles == expected("a-harbour-news")
    assert pickle.loads(pickle.dumps(good)) == good
    bad = convert_file(faulty / "undecodable.txt")
    assert bad.articles == () and bad.error is not None and "offset 14" in bad.error
    assert loads(good.dumps("jsonl"), "jsonl") == good.articles


def test_readme_dask_example_runs_with_the_local_scheduler(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    import regex

    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (code,) = regex.findall(r"```python\n(# dask.*?)```", readme, flags=regex.DOTALL)
    shutil.copytree(SAMPLES, tmp_path / "listings")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        namespace: dict[str, object] = {}
        exec(compile(code, "README.md", "exec"), namespace)
    finally:
        os.chdir(cwd)
    lines = (tmp_path / "articles.jsonl").read_text(encoding="utf-8")
    assert loads(lines, "jsonl") == tuple(a for name in sample_names() for a in expected(name))


@pytest.mark.usefixtures("installed")
def test_atom_feed_from_a_folder() -> None:
    feedparser = pytest.importorskip("feedparser")
    result = run(
        "-f", "atom", "--feed-title", "Samples", "--reference-date", "2024-03-10", str(SAMPLES)
    )
    assert result.returncode == 0, result.stderr
    feed = feedparser.parse(result.stdout)
    assert feed.feed.title == "Samples"
    assert len(feed.entries) == sum(len(expected(name)) for name in sample_names())


@pytest.mark.usefixtures("installed")
def test_feed_options_need_a_feed_format() -> None:
    result = run("--feed-title", "x", str(SAMPLES))
    assert result.returncode == 2
    assert "--feed-title applies to -f atom or -f jsonfeed" in result.stderr.decode()
