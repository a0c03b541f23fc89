"""Engine specs (argv, env, digest) and the supervisord files rendered from them."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from supervisor.options import ServerOptions

from appliance.agent.notify import notify, watchdog_interval_s
from appliance.agent.watchdog import gpu_usage
from appliance.config import parse_config
from appliance.engines.specs import build_specs, program_name
from appliance.placement.planner import plan
from appliance.supervisor.conf import digest_of, render_main, render_program
from tests.conftest import inventory


def config(tmp_path: Path | None = None, **model: object):
    entry = {"name": "chat", "source": "Qwen/Qwen2.5-7B-Instruct", "gpu_memory_fraction": 0.45}
    entry.update(model)
    data: dict = {"models": [{k: v for k, v in entry.items() if v is not None}]}
    if tmp_path is not None:
        data["node"] = {
            "state_dir": str(tmp_path / "state"), "log_dir": str(tmp_path / "log"),
            "run_dir": str(tmp_path / "run"),
        }
    return parse_config(data)


def specs_for(cfg, inv="2xA100-40GB-2xL4"):
    return build_specs(cfg, plan(cfg, inventory(inv)))


@pytest.mark.parametrize(
    ("model", "replica", "name"),
    [
        ("chat", 0, "engine-chat-0"),
        ("qwen-7b.v2", 3, "engine-qwen-7b.v2-3"),
        ("org/model:tag", 1, "engine-org_model_tag-"),
    ],
)
def test_program_names_are_safe_for_supervisord(model: str, replica: int, name: str) -> None:
    got = program_name(model, replica)
    assert got.startswith(name)
    assert got.endswith(f"-{replica}")
    assert all(c.isalnum() or c in "_.-" for c in got)
    assert program_name("a/b", 0) != program_name("a_b", 0)


def test_gpu_engine_argv_and_env() -> None:
    cfg = config(tensor_parallel_size=2, max_model_len=8192, extra_args=["--enable-prefix-caching"],
                 env={"HF_HOME": "/data/hf"}, gpu_type="L4")
    (spec,) = specs_for(cfg)
    assert spec.argv == (
        "/opt/appliance/vllm/bin/python", "-m", "vllm.entrypoints.openai.api_server",
        "--model", "Qwen/Qwen2.5-7B-Instruct", "--served-model-name", "chat",
        "--uds", "/run/appliance/engines/engine-chat-0.sock",
        "--gpu-memory-utilization", "0.45", "--tensor-parallel-size", "2",
        "--pipeline-parallel-size", "1", "--max-model-len", "8192", "--enable-prefix-caching",
    )
    env = dict(spec.env)
    assert env["CUDA_VISIBLE_DEVICES"] == "2,3"
    assert env["CUDA_DEVICE_ORDER"] == "PCI_BUS_ID"
    assert env["HF_HOME"] == "/data/hf"
    assert env["VLLM_NO_USAGE_STATS"] == "1"
    assert "VLLM_API_KEY" not in env  # the token is not part of the spec
    assert spec.devices == frozenset(f"gpu:{u}" for u in spec.gpu_uuids)


def test_cpu_engine_argv_and_env() -> None:
    cfg = config(engine="vllm-cpu", gpu_memory_fraction=None, memory_gib=1.5)
    (spec,) = build_specs(cfg, plan(cfg, inventory("1xL4")))
    assert "--enforce-eager" in spec.argv
    assert "--gpu-memory-utilization" not in spec.argv
    assert dict(spec.env)["VLLM_CPU_KVCACHE_SPACE"] == "2"  # whole GiB, rounded up
    assert spec.devices == frozenset({"cpu"})


def test_digest_changes_with_what_needs_a_restart_only() -> None:
    a = specs_for(config())[0]
    assert specs_for(config())[0].digest == a.digest
    assert specs_for(config(max_model_len=4096))[0].digest != a.digest
    assert specs_for(config(env={"X": "1"}))[0].digest != a.digest


def test_rendered_files_are_what_supervisord_reads(tmp_path: Path) -> None:
    cfg = config(tmp_path, extra_args=["--chat-template", "{% if x %}y{% endif %} 100%"],
                 env={"QUOTE": "it's, a \\ path"})
    (spec,) = specs_for(cfg)
    programs = tmp_path / "state" / "supervisor" / "programs.d"
    programs.mkdir(parents=True)
    for d in ("log/engines", "run"):
        (tmp_path / d).mkdir(parents=True)
    text = render_program(cfg, spec, {"VLLM_API_KEY": "s3cret-token"})
    assert digest_of(text) == spec.digest
    (programs / f"{spec.name}.conf").write_text(text)
    main = tmp_path / "supervisord.conf"
    main.write_text(render_main(cfg))
    options = ServerOptions()
    options.realize(args=["-c", str(main)])
    (group,) = options.process_group_configs
    (proc,) = group.process_configs
    assert proc.name == spec.name
    import shlex

    assert tuple(shlex.split(proc.command)) == spec.argv
    assert proc.environment == dict(spec.env) | {"VLLM_API_KEY": "s3cret-token"}
    assert (proc.autostart, proc.startsecs, proc.stopasgroup, proc.killasgroup) == (False, 0, True, True)
    assert proc.umask == 0o027  # the engine's socket: srwxr-x---, whoever started supervisord
    assert options.server_configs[0]["file"] == str(tmp_path / "run" / "supervisor.sock")
    assert options.server_configs[0]["chmod"] == 0o700


def test_gpu_usage_against_quota() -> None:
    cfg = config(gpu_type="L4")
    (spec,) = specs_for(cfg)
    total = 23034 * 2**20
    usage = gpu_usage(
        [(spec, {100, 101})],
        {spec.gpus[0]: [(100, 2 * 2**30), (101, 9 * 2**30), (999, 5 * 2**30)]},
        {spec.gpus[0]: total},
    )
    (u,) = usage
    assert u.used_bytes == 11 * 2**30  # only the engine's own processes
    assert u.quota_bytes == int(0.45 * total)
    assert u.over


def test_sd_notify_sends_one_datagram(tmp_path: Path) -> None:
    path = tmp_path / "notify.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(str(path))
        assert notify("READY=1", {"NOTIFY_SOCKET": str(path)})
        assert server.recv(100) == b"READY=1"
    assert not notify("READY=1", {})
    assert watchdog_interval_s({"WATCHDOG_USEC": "60000000"}) == 30.0
    assert watchdog_interval_s({}) is None
