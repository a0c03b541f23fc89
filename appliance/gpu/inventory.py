"""The GPU inventory as plain data, and its JSON form.

The JSON that `appliance inventory --json` writes is the same document `appliance plan
--inventory FILE` and `[gpus] inventory_file` read, so a plan can be made anywhere for any
host. Recorded inventories of real hosts live in tests/fixtures/inventories/.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from appliance.errors import InventoryError

INVENTORY_VERSION = 1


class Gpu(BaseModel):
    """One physical GPU as NVML reports it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    index: int = Field(ge=0, description="NVML index (what CUDA_VISIBLE_DEVICES uses).")
    uuid: str = Field(min_length=1)
    name: str = Field(min_length=1, description="Product name, e.g. 'NVIDIA H100 80GB HBM3'.")
    memory_total_mib: int = Field(gt=0)
    memory_used_mib: int = Field(0, ge=0)
    mig_enabled: bool = False
    compute_capability: str | None = None
    pci_bus_id: str | None = None


class Inventory(BaseModel):
    """Every GPU of one host, with the driver versions NVML knows."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = INVENTORY_VERSION
    source: str = Field("nvml", description="'nvml' or the file it was read from.")
    hostname: str | None = None
    driver_version: str | None = None
    cuda_version: str | None = None
    nvml_version: str | None = None
    gpus: tuple[Gpu, ...] = ()

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), indent=2) + "\n"


def parse_inventory(text: str, source: str) -> Inventory:
    """Parse an inventory JSON document. Raises InventoryError naming the field to fix."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InventoryError(
            f"{source}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    if not isinstance(data, dict):
        raise InventoryError(f"{source}: must be a JSON object with a 'gpus' array")
    if data.get("version", INVENTORY_VERSION) != INVENTORY_VERSION:
        raise InventoryError(
            f"{source}: inventory version {data.get('version')!r} is not supported "
            f"(this release reads version {INVENTORY_VERSION})"
        )
    try:
        inventory = Inventory.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in first["loc"])
        where = where.replace(".[", "[")
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise InventoryError(f"{source}: {where}: {first['msg'].lower()}{more}") from None
    indices = [g.index for g in inventory.gpus]
    if len(set(indices)) != len(indices):
        raise InventoryError(f"{source}: gpus: GPU indices must be unique, got {indices}")
    return inventory


def read_inventory_file(path: Path) -> Inventory:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InventoryError(f"{path}: inventory file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InventoryError(f"{path}: cannot read inventory: {exc}") from None
    inventory = parse_inventory(text, str(path))
    return inventory.model_copy(update={"source": str(path)})
