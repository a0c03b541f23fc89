"""Where this host's inventory comes from: a JSON file when one is named, NVML otherwise."""

from __future__ import annotations

import socket
from pathlib import Path

from appliance.gpu.inventory import Inventory, read_inventory_file
from appliance.gpu.nvml_driver import NvmlDriver
from appliance.gpu.reader import read_inventory


def nvml_inventory() -> Inventory:
    """Raises NvmlUnavailable when the host has no usable NVIDIA driver."""
    with NvmlDriver() as driver:
        return read_inventory(driver, hostname=socket.gethostname())


def discover_inventory(inventory_file: Path | None) -> Inventory:
    return read_inventory_file(inventory_file) if inventory_file else nvml_inventory()
