"""Shared test set-up: hypothesis profiles and the paths of labelled listings.

Profiles: ``ci`` (the default: bounded examples, no deadline) and
``thorough`` for long local runs: ``HYPOTHESIS_PROFILE=thorough pytest``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
#: The labelled listings beside the project; absent on a fresh clone.
SHARED = ROOT.parent / "shared"


def sample_names() -> list[str]:
    """Names of the project's own samples (NAME.txt with NAME.json), in their files' order.

    The order the command line reads a folder in: "i-x-y.txt" before "i-x.txt".
    """
    files = sorted(p for p in SAMPLES.glob("*.txt") if p.with_suffix(".json").exists())
    return [p.stem for p in files]


def read_sample(name: str) -> tuple[str, dict[str, object]]:
    """The text of a sample, exactly as stored, and its true records."""
    text = (SAMPLES / f"{name}.txt").read_bytes().decode("utf-8")
    truth = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return text, truth


@pytest.fixture
def shared() -> Path:
    """The ``../shared`` folder, or a clean skip where it does not exist."""
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip("../shared is not beside this checkout")
    return SHARED
