"""scripts/train_pii_ner.py refuses sources it does not have, before it loads a model or
trains anything: an operator who mistypes a part or a generator learns which ones exist."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("faker")

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_pii_ner.py"), *args],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )


def test_an_unknown_read_part_or_generator_is_refused_with_the_choices(tmp_path):
    done = run("--read-seeds", "1", "--read-parts", "val9", "--out", str(tmp_path / "ner"))
    assert done.returncode == 2
    assert "no read part val9" in done.stderr and "val7" in done.stderr
    done = run("--more", "train_zz", "--more-seeds", "1", "--out", str(tmp_path / "ner"))
    assert done.returncode == 2
    assert "no generator appliance.testing.pii_corpus.train_zz" in done.stderr
    assert not (tmp_path / "ner").exists()


def test_the_read_parts_are_refilled_with_other_values():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_pii_ner
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    from appliance.testing.pii_corpus import val7

    refilled = train_pii_ner.redrawn("val7", 11)
    assert len(refilled) == len(val7.prompts())
    assert refilled[0].id == "val7@11-0001"
    shared = {p.text for p in refilled} & {p.text for p in val7.prompts()}
    assert len(shared) < len(refilled) // 10  # other fills, mostly
