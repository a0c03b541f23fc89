"""Two real vLLM replicas sharing one GPU (`pytest -m gpu`, on a host with vLLM installed).

Needs the GPU build of vLLM in its own virtualenv: $APPLIANCE_VLLM_PYTHON, else
/opt/appliance/vllm/bin/python. The model is $APPLIANCE_GPU_TEST_MODEL, else the CPU
default's checkpoint (SmolLM2-135M-Instruct) from the cache `appliance engines
prepare-cpu` fills.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from appliance.engines import cpu_engine, default_models
from tests.integration.harness import Node, wait_until

pytestmark = pytest.mark.gpu

VLLM_PYTHON = Path(os.environ.get("APPLIANCE_VLLM_PYTHON", "/opt/appliance/vllm/bin/python"))


@pytest.fixture
def model_source() -> str:
    if not VLLM_PYTHON.exists():
        pytest.skip(f"no GPU vLLM at {VLLM_PYTHON} (set APPLIANCE_VLLM_PYTHON)")
    source = os.environ.get("APPLIANCE_GPU_TEST_MODEL") or str(
        default_models.CHAT.directory(cpu_engine.cpu_engine_at(cpu_engine.cache_dir()).models_dir)
    )
    if not os.environ.get("APPLIANCE_GPU_TEST_MODEL") and not Path(source).is_dir():
        pytest.skip("no test model: set APPLIANCE_GPU_TEST_MODEL or run `appliance engines prepare-cpu`")
    return source


def test_two_replicas_share_one_gpu_sequentially_within_quota(tmp_path: Path, model_source: str) -> None:
    models = [
        {"name": f"m{i}", "source": model_source, "gpu_memory_fraction": 0.4, "max_model_len": 2048,
         "env": {"HF_HUB_OFFLINE": "1"}}
        for i in (1, 2)
    ]
    node = Node(
        tmp_path / "gpu", models, inventory=None,
        engines={"vllm": {"command": [str(VLLM_PYTHON), "-m", "vllm.entrypoints.openai.api_server"],
                          "start_timeout_s": 600, "unhealthy_timeout_s": 60}},
        gpus={"watchdog_interval_s": 2, "policy": "binpack"},
        agent={"health_interval_s": 1},
    )
    try:
        node.start()
        engines = node.wait_states({"engine-m1-0": "ready", "engine-m2-0": "ready"}, timeout=900)
        assert engines["engine-m1-0"]["gpus"] == engines["engine-m2-0"]["gpus"]
        info = node.supervisor_info()
        first, second = sorted(info.values(), key=lambda i: i["start"])
        # the second replica started only once the first was healthy (vLLM loads for seconds)
        assert second["start"] - first["start"] >= 3

        def usage() -> dict[str, tuple[float, float]] | None:
            metrics = node.metrics()
            used = dict(re.findall(r'appliance_engine_gpu_memory_bytes\{engine="([^"]+)".*\} (\S+)', metrics))
            quota = dict(re.findall(r'appliance_engine_gpu_memory_quota_bytes\{engine="([^"]+)".*\} (\S+)', metrics))
            if len(used) < 2:
                return None
            return {k: (float(used[k]), float(quota[k])) for k in used}

        measured = wait_until(usage, 60, "GPU memory per engine")
        for name, (used, quota) in measured.items():
            assert 0 < used <= quota, f"{name} uses {used} bytes, quota {quota}"
    except AssertionError:
        print(node.logs())
        raise
    finally:
        node.stop()

