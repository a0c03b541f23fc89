"""GPU discovery: NVML behind a thin driver, plain-data inventories, JSON fixtures."""

from appliance.gpu.inventory import Gpu, Inventory, parse_inventory, read_inventory_file

__all__ = ["Gpu", "Inventory", "parse_inventory", "read_inventory_file"]
