from __future__ import annotations

from pathlib import Path

import pytest

from appliance.gpu.inventory import Inventory, read_inventory_file

ROOT = Path(__file__).resolve().parent.parent
INVENTORIES = ROOT / "tests" / "fixtures" / "inventories"
EXAMPLES = ROOT / "examples"


def inventory(name: str) -> Inventory:
    """A recorded inventory from tests/fixtures/inventories/NAME.json."""
    return read_inventory_file(INVENTORIES / f"{name}.json")


def _nvml_available() -> bool:
    from appliance.errors import NvmlUnavailable
    from appliance.gpu.discover import nvml_inventory

    try:
        return bool(nvml_inventory().gpus)
    except NvmlUnavailable:
        return False


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    gpu_items = [item for item in items if "gpu" in item.keywords]
    if gpu_items and not _nvml_available():
        skip = pytest.mark.skip(reason="no NVIDIA GPU with a working driver on this host")
        for item in gpu_items:
            item.add_marker(skip)
