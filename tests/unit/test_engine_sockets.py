"""Where engines listen: a unix socket per replica under run_dir, never a port."""

from __future__ import annotations

import hashlib
import os
import socket
import stat
from pathlib import Path

import pytest

from appliance.config import parse_config
from appliance.config.schema import RUN_DIR_MAX, SUN_PATH_MAX
from appliance.engines.sockets import (
    SOCKET_DIR_MODE,
    EngineSocketError,
    prepare_socket,
    socket_path,
)
from appliance.engines.specs import build_specs, program_name
from appliance.errors import ConfigError
from appliance.placement.planner import plan
from tests.conftest import inventory

LONG_NAME = "org/" + "m" * 120


@pytest.mark.parametrize(
    ("run_dir", "program", "expected"),
    [
        ("/run/appliance", "engine-chat-0", "/run/appliance/engines/engine-chat-0.sock"),
        # too long to be read: a hash of the program's name, still in the same directory
        ("/run/appliance", program_name(LONG_NAME, 0),
         "/run/appliance/engines/"
         + hashlib.sha256(program_name(LONG_NAME, 0).encode()).hexdigest()[:16] + ".sock"),
    ],
)
def test_socket_path(run_dir: str, program: str, expected: str) -> None:
    assert socket_path(Path(run_dir), program) == Path(expected)


@pytest.mark.parametrize("name", ["chat", "org/model:tag", LONG_NAME])
@pytest.mark.parametrize("run_dir", ["/run/appliance", "/" + "r" * (RUN_DIR_MAX - 1)])
def test_every_socket_path_fits_a_unix_socket(run_dir: str, name: str) -> None:
    """Up to the longest run_dir the schema allows, for any model name."""
    assert len(run_dir.encode()) <= RUN_DIR_MAX
    for replica in (0, 99):
        path = socket_path(Path(run_dir), program_name(name, replica))
        assert len(str(path).encode()) <= SUN_PATH_MAX
        assert path.parent == Path(run_dir) / "engines"


def test_run_dir_longer_than_the_sockets_allow_is_refused() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"node": {"run_dir": "/" + "r" * RUN_DIR_MAX}})
    (problem,) = info.value.problems
    assert str(problem) == (
        f"node.run_dir: must be at most {RUN_DIR_MAX} bytes long, got {RUN_DIR_MAX + 1}: the "
        f"unix sockets of the engines under it need a path of at most {SUN_PATH_MAX}"
    )


def test_specs_listen_on_their_socket_and_on_no_port(tmp_path: Path) -> None:
    cfg = parse_config({
        "node": {"run_dir": str(tmp_path / "run")},
        "models": [
            {"name": "chat", "source": "org/chat", "gpu_memory_fraction": 0.4, "replicas": 2},
            {"name": "cpu", "source": "org/cpu", "engine": "vllm-cpu", "memory_gib": 1},
            {"name": "sim", "source": "sim/x", "engine": "sim"},
        ],
    })
    specs = build_specs(cfg, plan(cfg, inventory("1xL4")))
    assert len(specs) == 4
    for spec in specs:
        assert spec.socket == tmp_path / "run" / "engines" / f"{spec.name}.sock"
        at = spec.argv.index("--uds")
        assert spec.argv[at + 1] == str(spec.socket)
        assert not {"--host", "--port"} & set(spec.argv)
    assert len({s.socket for s in specs}) == 4


@pytest.mark.parametrize("flag", ["--port", "--host=0.0.0.0", "--uds"])
def test_extra_args_may_not_move_the_engine_off_its_socket(flag: str) -> None:
    entry = {"name": "chat", "source": "org/chat", "gpu_memory_fraction": 0.4,
             "extra_args": [flag, "x"] if "=" not in flag else [flag]}
    with pytest.raises(ConfigError) as info:
        parse_config({"models": [entry]})
    (problem,) = info.value.problems
    bare = flag.split("=")[0]
    assert str(problem) == (
        f"models[0].extra_args[0]: {bare} is not allowed: engines listen only on the unix "
        "socket the appliance gives them"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"node": {"engine_port_range": [8100, 8999]}},
         "node.engine_port_range: no longer a key: engines listen on unix sockets under "
         "node.run_dir, not on ports; remove it"),
        ({"models": [{"name": "a", "source": "o/a", "memory_gib": 1, "port": 9000}]},
         "models[0].port: no longer a key: engines listen on unix sockets under "
         "node.run_dir, not on ports; remove it"),
    ],
)
def test_the_port_keys_of_earlier_releases_say_why_they_went(data: dict, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    assert [str(p) for p in info.value.problems] == [message]


# --- the directory and stale sockets (the agent runs this before each start) ---


def test_prepare_makes_the_directory_for_the_account_alone(tmp_path: Path) -> None:
    path = tmp_path / "run" / "engines" / "engine-chat-0.sock"
    prepare_socket(path)
    info = path.parent.lstat()
    assert stat.S_ISDIR(info.st_mode) and stat.S_IMODE(info.st_mode) == SOCKET_DIR_MODE == 0o750
    assert info.st_uid == os.geteuid()
    assert not path.exists()


def test_prepare_closes_a_directory_someone_opened(tmp_path: Path) -> None:
    path = tmp_path / "engines" / "engine-chat-0.sock"
    path.parent.mkdir(mode=0o777)
    path.parent.chmod(0o777)
    prepare_socket(path)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o750


def test_prepare_removes_the_socket_a_killed_engine_left(tmp_path: Path) -> None:
    path = tmp_path / "engines" / "engine-chat-0.sock"
    path.parent.mkdir()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(str(path))  # bound, never unlinked: what a SIGKILLed engine leaves
    prepare_socket(path)
    assert not path.exists()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as engine:
        engine.bind(str(path))  # vLLM's bind works again


def test_prepare_refuses_what_it_did_not_make(tmp_path: Path) -> None:
    folder = tmp_path / "engines"
    folder.write_text("")
    with pytest.raises(EngineSocketError, match="is not a directory"):
        prepare_socket(folder / "e.sock")
    folder.unlink()
    (tmp_path / "elsewhere").mkdir()
    folder.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(EngineSocketError, match="is not a directory"):
        prepare_socket(folder / "e.sock")
    folder.unlink()
    folder.mkdir()
    (folder / "e.sock").write_text("not a socket")
    with pytest.raises(EngineSocketError, match="is not a socket; remove it"):
        prepare_socket(folder / "e.sock")


@pytest.mark.skipif(os.geteuid() != 0, reason="making a directory of another uid needs root")
def test_prepare_refuses_a_directory_of_another_account(tmp_path: Path) -> None:
    folder = tmp_path / "engines"
    folder.mkdir()
    os.chown(folder, 65534, 65534)
    with pytest.raises(EngineSocketError, match="belongs to uid 65534, not to this account"):
        prepare_socket(folder / "e.sock")
