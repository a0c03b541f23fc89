"""The docs say what is there: every file they name exists, every link resolves, every
`scripts/bench` target they quote is one the script knows, every role a key example uses
exists in the defaults, and the licence pyproject declares ships with the code."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from appliance.config import parse_config

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
TOP = ("scripts", "appliance", "tests", "examples", "docs", "systemd", "nginx", "ansible",
       "monitoring")
# a path of the repository: at a word's start (not inside /var/lib/appliance/...)
REPO_PATH = re.compile(r"(?:^|[\s`(\[])((?:" + "|".join(TOP) + r")/[\w./-]*\w)", re.M)
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_repository_path_a_doc_names_exists(doc: Path) -> None:
    text = doc.read_text()
    missing = sorted({p for p in REPO_PATH.findall(text) if not (ROOT / p).exists()})
    assert missing == [], f"{doc.name} names files that are not in the repository"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_relative_link_resolves(doc: Path) -> None:
    links = [t for t in LINK.findall(doc.read_text()) if not re.match(r"[a-z]+:", t)]
    broken = sorted({t for t in links if not (doc.parent / t).exists()})
    assert broken == []


def test_bench_targets_quoted_in_docs_are_the_scripts() -> None:
    script = (ROOT / "scripts" / "bench").read_text()
    known = set(re.findall(r"^\s+([a-z][a-z-]*)\)", script, re.M))
    quoted = {t for doc in DOCS for t in re.findall(r"scripts/bench ([a-z][a-z-]*)", doc.read_text())}
    assert quoted and quoted <= known, f"unknown targets: {quoted - known}"
    listed = re.search(r"scripts/bench ([a-z|-]+)`", (ROOT / "README.md").read_text())
    assert listed and set(listed.group(1).split("|")) == known


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_key_examples_use_roles_that_exist(doc: Path) -> None:
    """A role in a `keys create` example is in the defaults or defined in that doc."""
    text = doc.read_text()
    roles = set(parse_config({}).auth.roles)
    for block in re.findall(r"```toml\n(.*?)```", text, re.S):
        roles |= set(tomllib.loads(block).get("auth", {}).get("roles", {}))
    used = set(re.findall(r"keys create [^\n]*--role (\w+)", text))
    assert used <= roles, f"roles neither in the defaults nor defined here: {used - roles}"


def test_the_declared_licence_ships() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "Apache-2.0"
    assert "Apache License" in (ROOT / "LICENSE").read_text()[:200]
