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
    # val19 cannot be filled again (it is learnt as it is, with --as-is); val20 to val22
    # and val39 on judge the NER: they are never learnt from.
    done = run("--read-seeds", "1", "--read-parts", "val19", "--out", str(tmp_path / "ner"))
    assert done.returncode == 2
    assert "no read part val19" in done.stderr and "val18" in done.stderr
    done = run("--as-is", "val23,val20,val39", "--out", str(tmp_path / "ner"))
    assert done.returncode == 2
    assert "--as-is: no read part val20, val39" in done.stderr and "val38" in done.stderr
    done = run("--more", "train_zz", "--more-seeds", "1", "--out", str(tmp_path / "ner"))
    assert done.returncode == 2
    assert "no generator appliance.testing.pii_corpus.train_zz" in done.stderr
    done = run("--more", "train_r,val41", "--more-seeds", "1", "--out", str(tmp_path / "ner"))
    assert done.returncode == 2
    assert "--more: val41 is no training generator" in done.stderr
    done = run("--more", "train_t:lots", "--more-seeds", "1", "--out", str(tmp_path / "ner"))
    assert done.returncode == 2
    assert "--more: train_t:lots: the count after ':' is a number of prompts" in done.stderr
    assert not (tmp_path / "ner").exists()


def _script():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_pii_ner
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return train_pii_ner


@pytest.mark.parametrize("part", ["val7", "val8", "val11", "val14", "val15", "val18"])
def test_the_read_parts_are_refilled_with_other_values(part):
    train_pii_ner = _script()
    module = train_pii_ner.READ_PARTS[part]
    refilled = train_pii_ner.redrawn(part, 11)
    assert len(refilled) == len(module.prompts())
    assert refilled[0].id == f"{part}@11-0001"
    assert sum(bool(p.gold) for p in refilled) == sum(bool(p.gold) for p in module.prompts())
    shared = {p.text for p in refilled} & {p.text for p in module.prompts()}
    assert len(shared) < len(refilled) // 10  # other fills, mostly
    assert [p.text for p in train_pii_ner.redrawn(part, 11)] == [p.text for p in refilled]


def test_the_parts_that_judge_are_never_read_parts():
    judges = {"val", "heldout", "val20", "val21", "val22", "val39", "val40", "val41", "val42",
              "val43", "val44"}
    script = _script()
    assert judges.isdisjoint(script.READ_PARTS) and judges.isdisjoint(script.AS_IS_PARTS)
    assert {"val19", *(f"val{n}" for n in range(23, 39))} == set(script.AS_IS_PARTS)
