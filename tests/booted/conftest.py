"""Fixtures for tests on booted hosts (marker `booted`): one wheelhouse per session, the
hosts per module (a module's tests run in order against the same hosts)."""

from __future__ import annotations

import pytest

from appliance.testing.booted import missing_requirements
from appliance.testing.rollout import ansible_tool, build_wheelhouse


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/booted/" in str(item.fspath):
            item.add_marker(pytest.mark.booted)


@pytest.fixture(scope="session")
def booted_ready() -> None:
    why = missing_requirements()
    if why is None and ansible_tool("ansible-playbook") is None:
        why = "ansible-playbook is missing: install the test extra (ansible-core)"
    if why:
        pytest.skip(why)


@pytest.fixture(scope="session")
def wheelhouse(booted_ready: None, tmp_path_factory: pytest.TempPathFactory):
    """Wheels of this checkout and its dependencies, built once per session; the hosts
    install from it (bind-mounted read-only) and reach no index."""
    return build_wheelhouse(tmp_path_factory.mktemp("wheelhouse") / "wheels")
