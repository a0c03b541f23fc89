"""[ray]: its rules, Ray's program as rendered from it, the token, and how status and
members show the cluster."""

from __future__ import annotations

import shlex
import stat

import pytest

from appliance.agent.ray_member import write_token
from appliance.cli.ray_view import ray_lines, ray_roles
from appliance.config import parse_config
from appliance.errors import ConfigError
from appliance.fleet.keys import generate_key, parse_keyring
from appliance.fleet.membership import Member
from appliance.fleet.ray_config import (
    RayPaths,
    RayRole,
    argv,
    digest,
    environment,
    ray_token,
    render_program,
)


def config(tmp_path, key: str | None = None, **ray):
    tmp_path.mkdir(parents=True, exist_ok=True)
    key_file = tmp_path / "fleet.key"
    key_file.write_text((key or generate_key()) + "\n")
    key_file.chmod(0o600)
    return parse_config({
        "node": {"name": "gpu-01", "state_dir": str(tmp_path / "state"),
                 "run_dir": str(tmp_path / "run"), "log_dir": str(tmp_path / "log")},
        "fleet": {"enabled": True, "bind": "10.0.0.5", "key_file": str(key_file)},
        "ray": {"enabled": True, **ray},
    })


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"ray": {"enabled": True}}, "set [fleet] enabled"),
        ({"ray": {"min_worker_port": 20000, "max_worker_port": 10000}}, "must not exceed"),
        ({"ray": {"port": 7000, "node_manager_port": 7000}}, "ports must differ"),
        ({"ray": {"port": 11050}}, "outside the worker ports"),
        ({"ray": {"priority": -1}}, "priority"),
    ],
)
def test_bad_ray_sections_are_refused(data, message) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    assert message in str(info.value) or any(message in str(p) for p in info.value.problems)


def test_head_and_worker_commands(tmp_path) -> None:
    cfg = config(tmp_path, port=6400, num_cpus=4, object_store_mib=256)
    head = argv(cfg, "gpu-01", RayRole(3, "gpu-01", None), "/opt/ray", num_gpus=2,
                python="/opt/venv/bin/python")
    # run by ray_run (a worker's waits for its previous self to be marked dead; nothing of
    # Ray outlives the program)
    assert head[:7] == ["/opt/venv/bin/python", "-m", "appliance.fleet.ray_run",
                        "/opt/ray", "start", "--block", "--disable-usage-stats"]
    assert "--head" in head and "--port=6400" in head and "--include-dashboard=false" in head
    assert "--node-ip-address=10.0.0.5" in head and "--num-gpus=2" in head
    assert '--resources={"appliance-node:gpu-01":1}' in head
    assert "--num-cpus=4" in head and f"--object-store-memory={256 << 20}" in head
    worker = argv(cfg, "gpu-01", RayRole(3, "gpu-02", "10.0.0.6:6400"), "/opt/ray", num_gpus=0,
                  python="/opt/venv/bin/python")
    assert worker[:5] == ["/opt/venv/bin/python", "-m", "appliance.fleet.ray_run",
                          "/opt/ray", "start"]
    assert "--address=10.0.0.6:6400" in worker and "--head" not in worker
    assert not any(a.startswith(("--port=", "--include-dashboard")) for a in worker)


def test_program_quotes_its_arguments_and_carries_the_token_path_only(tmp_path) -> None:
    cfg = config(tmp_path, gcs_reconnect_timeout_s=7)
    paths = RayPaths.from_config(cfg)
    command = argv(cfg, "gpu-01", RayRole(1, "gpu-01", None), "/opt/ray", 1)
    env = environment(cfg, paths)
    assert env["RAY_AUTH_MODE"] == "token" and env["RAY_AUTH_TOKEN_PATH"] == str(paths.token)
    assert env["RAY_gcs_rpc_server_reconnect_timeout_s"] == "7"
    text = render_program(cfg, command, env, digest(command, env, "t1"))
    line = next(x for x in text.splitlines() if x.startswith("command="))
    assert shlex.split(line.removeprefix("command=")) == command
    assert "stopasgroup=true" in text and "killasgroup=true" in text
    assert "RAY_AUTH_TOKEN=" not in text  # the token itself never enters supervisord
    other = argv(cfg, "gpu-01", RayRole(2, "gpu-02", "10.0.0.6:6379"), "/opt/ray", 1)
    assert digest(other, env, "t1") != digest(command, env, "t1")
    assert digest(command, env, "t2") != digest(command, env, "t1")  # a rotated fleet key


def test_token_is_the_fleets_and_private(tmp_path) -> None:
    key = generate_key()
    a, b = config(tmp_path / "a", key), config(tmp_path / "b", key)
    write_token(a, RayPaths.from_config(a))
    write_token(b, RayPaths.from_config(b))
    token_a = RayPaths.from_config(a).token
    assert token_a.read_text() == RayPaths.from_config(b).token.read_text()
    assert stat.S_IMODE(token_a.stat().st_mode) == 0o600
    keyring = parse_keyring(key, "k")
    assert token_a.read_text().strip() == ray_token(keyring, "appliance")
    assert ray_token(keyring, "other-fleet") != ray_token(keyring, "appliance")
    assert key not in token_a.read_text()


def test_status_and_member_views() -> None:
    view = {"enabled": True, "head": "gpu-01", "epoch": 2, "role": "worker",
            "head_address": "10.0.0.5:6379", "error": None,
            "nodes": [{"name": "gpu-01", "address": "10.0.0.5", "state": "ALIVE", "head": True,
                       "resources": {"CPU": 8.0, "GPU": 2.0, "memory": 1e10,
                                     "appliance-node:gpu-01": 1.0}}]}
    lines = ray_lines(view)
    assert lines[0] == "ray: head gpu-01 (epoch 2) at 10.0.0.5:6379, this node: worker"
    assert lines[1] == "  gpu-01 10.0.0.5 ALIVE head: CPU 8, GPU 2, appliance-node:gpu-01 1"
    assert ray_lines({"enabled": False}) == []
    assert ray_lines({"enabled": True, "head": None, "error": "no head elected yet"}) == [
        "ray: no head elected yet"]
    members = [
        Member("a", "10.0.0.1", 7946, "alive", {"ray": "1:6379", "ray-head": "2:b"}),
        Member("b", "10.0.0.2", 7946, "alive", {"ray": "2:6379", "ray-head": "2:b"}),
        Member("c", "10.0.0.3", 7946, "alive", {}),
    ]
    assert ray_roles(members) == {"a": "worker", "b": "head"}


def test_native_models_in_status_lines() -> None:
    from appliance.cli.ray_view import native_lines

    models = [
        {"model": "big", "state": "running", "rank": 0, "nodes": ["gpu-01", "gpu-02"],
         "reason": None},
        {"model": "huge", "state": "running", "rank": 2, "nodes": ["a", "b", "c"],
         "reason": None},
        {"model": "wide", "state": "down", "rank": 1, "nodes": ["gpu-01", "gpu-02"],
         "reason": "wide runs across gpu-01, gpu-02: node gpu-02 is failed"},
    ]
    assert native_lines(models) == [
        "model big: rank 0 of 2 here (vLLM native multi-node across gpu-01, gpu-02; serves "
        "the API)",
        "model huge: rank 2 of 3 here (vLLM native multi-node across a, b, c)",
        "model wide: DOWN: wide runs across gpu-01, gpu-02: node gpu-02 is failed",
    ]
    assert native_lines([]) == []
