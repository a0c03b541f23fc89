"""scripts/pii_eval.py says why it lists no errors for a part that is kept for measuring
(held-out, val20 to val22, val39 to val44), instead of printing nothing, and names the parts when asked for
one it has not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("presidio_analyzer")

ROOT = Path(__file__).resolve().parents[2]


def test_a_part_kept_for_measuring_has_its_errors_withheld_with_a_reason():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "pii_eval.py"), "--parts", "val21",
         "--modes", "patterns", "--errors", "3"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "errors not listed: val21 is for measuring, not for reading" in done.stdout
    assert " in val21-" not in done.stdout  # no error line names one of its prompts


def test_an_unknown_part_is_refused_with_the_parts_there_are():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "pii_eval.py"), "--parts", "dev,val99"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert done.returncode == 2
    assert "no part val99: the parts are dev, val, val2," in done.stderr
    assert "Traceback" not in done.stderr
