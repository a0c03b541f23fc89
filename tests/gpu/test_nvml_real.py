"""Real NVML on a GPU host (`pytest -m gpu`); skipped where no NVIDIA driver answers."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from appliance.config import parse_config
from appliance.gpu.discover import nvml_inventory
from appliance.gpu.inventory import parse_inventory
from appliance.placement.planner import plan

pytestmark = pytest.mark.gpu


def test_real_inventory_is_well_formed() -> None:
    inv = nvml_inventory()
    assert inv.gpus
    assert inv.driver_version
    assert sorted(g.index for g in inv.gpus) == list(range(len(inv.gpus)))
    for gpu in inv.gpus:
        assert gpu.uuid.startswith(("GPU-", "MIG-"))
        assert gpu.memory_total_mib > 1024
        assert 0 <= gpu.memory_used_mib <= gpu.memory_total_mib


@pytest.mark.skipif(shutil.which("nvidia-smi") is None, reason="nvidia-smi not installed")
def test_inventory_agrees_with_nvidia_smi() -> None:
    out = subprocess.run(
        ["nvidia-smi", "--query-gpu=index,uuid,memory.total", "--format=csv,noheader,nounits"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout
    smi = {int(i): (u.strip(), int(m)) for i, u, m in (line.split(",") for line in out.strip().splitlines())}
    inv = nvml_inventory()
    assert {g.index: (g.uuid, g.memory_total_mib) for g in inv.gpus} == smi


def test_cli_inventory_json_plans_on_this_host(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "appliance", "inventory", "--json"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout
    inv = parse_inventory(out, "nvml")
    config = parse_config(
        {"models": [{"name": "a", "source": "x", "gpu_memory_fraction": 0.4, "replicas": 2}]}
    )
    result = plan(config, inv)
    usable = [g for g in inv.gpus if not g.mig_enabled]
    if usable:
        assert len(result.placements) == 2
        assert json.loads(json.dumps(result.to_dict()))["placements"][0]["gpu_uuids"]


MDWE_SCRIPT = """
import ctypes, json, sys
libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(65, 1, 0, 0, 0) != 0:  # PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN
    sys.exit(77)
from appliance.gpu.discover import nvml_inventory
print(json.dumps([g.uuid for g in nvml_inventory().gpus]))
"""


def test_nvml_works_with_memory_deny_write_execute() -> None:
    """The agent's unit sets MemoryDenyWriteExecute=yes (systemd 256+ applies it with
    PR_SET_MDWE): NVML through ctypes must work under it."""
    proc = subprocess.run(
        [sys.executable, "-c", MDWE_SCRIPT], capture_output=True, text=True, timeout=60,
    )
    if proc.returncode == 77:
        pytest.skip("this kernel has no PR_SET_MDWE (Linux 6.3 and newer)")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout) == [g.uuid for g in nvml_inventory().gpus]


@pytest.mark.skipif(shutil.which("nvidia-smi") is None, reason="nvidia-smi not installed")
def test_telemetry_agrees_with_nvidia_smi() -> None:
    from appliance.gpu.nvml_driver import NvmlDriver
    from appliance.gpu.telemetry import read_telemetry

    with NvmlDriver() as driver:
        telemetry = read_telemetry(driver, list(range(driver.device_count())))
    out = subprocess.run(
        ["nvidia-smi", "--query-gpu=index,temperature.gpu,power.limit",
         "--format=csv,noheader,nounits"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout
    for line in out.strip().splitlines():
        index, temperature, limit = (x.strip() for x in line.split(","))
        t = telemetry[int(index)]
        assert t.utilization is not None and 0 <= t.utilization <= 1
        assert t.temperature_c is not None and abs(t.temperature_c - float(temperature)) <= 5
        if limit not in ("[N/A]", "N/A") and t.power_limit_w is not None:
            assert abs(t.power_limit_w - float(limit)) <= 1
        assert t.power_w is None or t.power_w > 0


def test_xid_events_register_and_a_quiet_wait_times_out() -> None:
    """The event set the agent keeps open for XID errors (appliance/agent/xid_watch.py):
    registration on every GPU that supports it, and a wait with no XID returns None."""
    from appliance.gpu.nvml_driver import NvmlDriver

    with NvmlDriver() as driver:
        count = driver.device_count()
        events = driver.open_xid_events(list(range(count)))
        try:
            assert set(events.watched) <= set(range(count))
            assert events.wait(200) is None  # a healthy GPU reports no XID in 0.2 s
        finally:
            events.close()
