"""Golden tests: every sample listing parses to its true records.

Each ``samples/NAME.txt`` is a listing we wrote in one of the shapes of SPEC
section 2; ``NAME.json`` holds its true records. Also SPEC 5.2 on the samples:
``parse(render(a)) == a``, and the labelled real listings beside the project
when they are there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import digestparse
from conftest import ROOT, read_sample, sample_names
from digestparse.lines import normalize
from digestparse.records import FIELDS

NAMES = sample_names()


def test_samples_cover_every_layout() -> None:
    layouts = {name.split("-", 1)[0] for name in NAMES}
    assert set("abcdefghijklm") <= layouts
    assert len(NAMES) >= 12


@pytest.mark.parametrize("name", NAMES)
def test_sample_parses_to_its_true_records(name: str) -> None:
    text, truth = read_sample(name)
    digest = digestparse.parse(text)
    got = [article.fields() for article in digest]
    want = [{f: record[f] for f in FIELDS} for record in truth["articles"]]  # type: ignore[attr-defined]
    assert got == want
    assert [normalize(line.text) for line in digest.noise] == truth["noise"]


@pytest.mark.parametrize("name", NAMES)
def test_sample_renders_back_to_the_same_records(name: str) -> None:
    text, _ = read_sample(name)
    articles = digestparse.parse(text).articles
    assert digestparse.parse(digestparse.render(articles)).articles == articles


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_sample_round_trips_through_each_format(name: str, fmt: str) -> None:
    text, _ = read_sample(name)
    digest = digestparse.parse(text)
    loaded = digestparse.loads(digestparse.dumps(digest, fmt), fmt)
    assert loaded == digest.articles
    assert [a.span for a in loaded] == [a.span for a in digest]


@pytest.mark.parametrize("name", NAMES)
def test_sample_truth_loads_as_json(name: str) -> None:
    # The true records are in the json format of dumps, so loads reads them.
    _, truth = read_sample(name)
    text = (ROOT / "samples" / f"{name}.json").read_text(encoding="utf-8")
    assert [a.fields() for a in digestparse.loads(text, "json")] == truth["articles"]


def _score(shared_dir: Path, *paths: str, min_f1: float) -> str:
    result = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), *paths, "--min-f1", str(min_f1)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_seed_listing_is_parsed_exactly(shared: Path) -> None:
    out = _score(shared, str(shared / "seed"), min_f1=1.0)
    assert "articles 12, found 1.000, extra 0" in out


def test_labelled_listings_score_at_least_090(shared: Path) -> None:
    _score(shared, str(shared / "corpus-dev"), min_f1=0.9)
