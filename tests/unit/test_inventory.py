"""Inventories: the JSON form, the NVML reader (through the fake driver), no-GPU hosts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from appliance.errors import InventoryError, NvmlUnavailable
from appliance.gpu.inventory import Inventory, parse_inventory, read_inventory_file
from appliance.gpu.reader import read_inventory
from appliance.testing import FakeNvmlDriver
from tests.conftest import INVENTORIES, inventory

FIXTURES = sorted(p.stem for p in INVENTORIES.glob("*.json"))


def test_the_required_fixtures_are_recorded() -> None:
    assert {"8xH100-80GB", "2xA100-40GB-2xL4", "1xL4", "1xRTX4090", "1xA100-80GB-MIG"} <= set(FIXTURES)


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_round_trips_through_json(name: str) -> None:
    inv = inventory(name)
    again = parse_inventory(inv.to_json(), "again")
    assert again == inv


@pytest.mark.parametrize("name", FIXTURES)
def test_reader_turns_driver_answers_into_the_same_inventory(name: str) -> None:
    recorded = inventory(name)
    with FakeNvmlDriver(recorded) as driver:
        read = read_inventory(driver, hostname=recorded.hostname)
    assert read == recorded.model_copy(update={"source": "nvml"})


def test_mig_fixture_is_marked() -> None:
    (gpu,) = inventory("1xA100-80GB-MIG").gpus
    assert gpu.mig_enabled


def test_zero_gpus_is_a_normal_inventory() -> None:
    with FakeNvmlDriver(Inventory(driver_version="550.54.15")) as driver:
        inv = read_inventory(driver)
    assert inv.gpus == ()
    assert inv.driver_version == "550.54.15"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "invalid JSON at line 1, column 2"),
        ("[]", "must be a JSON object with a 'gpus' array"),
        ('{"version": 7, "gpus": []}', "inventory version 7 is not supported"),
        ('{"gpus": [{"index": 0, "uuid": "GPU-1", "name": "X"}]}', "gpus[0].memory_total_mib: field required"),
        (
            '{"gpus": [{"index": 0, "uuid": "a", "name": "X", "memory_total_mib": 1},'
            ' {"index": 0, "uuid": "b", "name": "X", "memory_total_mib": 1}]}',
            "GPU indices must be unique, got [0, 0]",
        ),
        ('{"gpus": [], "colour": 1}', "colour: extra inputs are not permitted"),
    ],
)
def test_malformed_inventory_names_what_to_fix(text: str, message: str) -> None:
    with pytest.raises(InventoryError) as info:
        parse_inventory(text, "inv.json")
    assert str(info.value).startswith("inv.json: ")
    assert message in str(info.value)


def test_missing_inventory_file(tmp_path: Path) -> None:
    with pytest.raises(InventoryError, match="inventory file not found"):
        read_inventory_file(tmp_path / "none.json")


def test_file_inventory_records_its_source(tmp_path: Path) -> None:
    path = tmp_path / "inv.json"
    path.write_text(json.dumps({"gpus": []}))
    assert read_inventory_file(path).source == str(path)


def test_real_nvml_without_a_driver_is_a_clear_error() -> None:
    """On hosts without an NVIDIA driver the real driver maps NVML's error to ours."""
    from appliance.gpu.discover import nvml_inventory

    try:
        inv = nvml_inventory()
    except NvmlUnavailable as exc:
        assert "NVIDIA" in str(exc) or "NVML" in str(exc)
    else:  # a GPU host: the real inventory is well formed
        assert all(g.memory_total_mib > 0 for g in inv.gpus)
