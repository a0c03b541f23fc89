"""Bad invocations of every command group, as users really make them: each exits non-zero
with one line that says what to fix, and nothing prints a traceback.

Each row runs the installed CLI in a subprocess (what an operator sees, tracebacks
included). A row gives the arguments, with `{d}` for a scratch directory holding the files
below, and words the one line must contain. The line is the output left after a usage block
(click's "Usage:/Try" lines, argparse's "usage:" lines) and `config check`'s count line.

Unwritable paths are under /sys, which refuses new files even to root; rows that need a
file this user may not read are skipped for root, who reads everything.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

UNWRITABLE = "/sys/appliance-test"  # EPERM/EACCES for everyone, root included


def _node(d: Path, extra: str = "") -> str:
    return (
        f'[node]\nstate_dir = "{d}/state"\nrun_dir = "{d}/run"\nlog_dir = "{d}/log"\n{extra}'
    )


SIM_MODEL = '[[models]]\nname = "s"\nsource = "s"\nengine = "sim"\n'


def make_files(d: Path, busy_port: int) -> None:
    (d / "ok.toml").write_text(_node(d))
    (d / "sim.toml").write_text(_node(d) + SIM_MODEL)
    (d / "bad.toml").write_text("[node\n")
    (d / "latin1.toml").write_bytes('[node]\nname = "n\xf6de"\n'.encode("latin-1"))
    (d / "unreadable.toml").write_text(_node(d))
    (d / "unreadable.toml").chmod(0)
    (d / "fraction.toml").write_text(
        '[[models]]\nname = "a"\nsource = "a"\ngpu_memory_fraction = "0.5"\n'
    )
    (d / "a-dir").mkdir()
    (d / "a-file").write_text("x")
    (d / "inv.json").write_text("{")
    (d / "keys-nodir.toml").write_text(_node(d, f'[auth]\nkeys_file = "{d}/nodir/keys.json"\n'))
    (d / "keys-unwritable.toml").write_text(
        _node(d, '[auth]\nkeys_file = "/sys/keys.json"\n')
    )
    (d / "keys-isdir.toml").write_text(_node(d, f'[auth]\nkeys_file = "{d}/a-dir"\n'))
    (d / "keys-badjson.toml").write_text(_node(d, f'[auth]\nkeys_file = "{d}/a-file"\n'))
    (d / "state-unwritable.toml").write_text(
        f'[node]\nstate_dir = "{UNWRITABLE}"\nrun_dir = "{d}/run"\nlog_dir = "{d}/log"\n'
    )
    (d / "busy.toml").write_text(_node(d, f"[proxy]\nport = {busy_port}\n"))
    fleet = '[fleet]\nenabled = true\nbind = "127.0.0.1"\nkey_file = "{}"\n'
    (d / "fleet.toml").write_text(_node(d, fleet.format(f"{d}/absent.key")))
    (d / "open.key").write_text("gER/EBlL/DLO0LJhNe/xRZUbwLX4dcwIJUxenDTmmCw=\n")
    (d / "open.key").chmod(0o644)
    (d / "fleet-open.toml").write_text(_node(d, fleet.format(f"{d}/open.key")))
    (d / "no-spacy.toml").write_text(
        _node(d, '[pii]\nenabled = true\nspacy_model = "xx_no_such_model"\n')
    )


@dataclass(frozen=True)
class Row:
    id: str
    args: tuple[str, ...]
    says: tuple[str, ...]  # words the one line contains
    owner: str = "this change"  # who fixes the row, while it fails
    unreadable: bool = False  # needs a file this user may not read


ROWS = [
    # appliance
    Row("no-such-command", ("frobnicate",), ("No such command 'frobnicate'",)),
    # config
    Row("config-missing-file", ("config", "check", "--config", "{d}/absent.toml"),
        ("{d}/absent.toml: no such file",)),
    Row("config-a-directory", ("config", "check", "--config", "{d}/a-dir"),
        ("--config", "is a directory")),
    Row("config-unreadable", ("config", "check", "--config", "{d}/unreadable.toml"),
        ("permission denied",), unreadable=True),
    Row("config-invalid-toml", ("config", "check", "--config", "{d}/bad.toml"),
        ("invalid TOML", "line 1")),
    Row("config-not-utf8", ("config", "check", "--config", "{d}/latin1.toml"),
        ("not UTF-8", "save it as UTF-8")),
    Row("config-string-for-number", ("config", "check", "--no-host-checks", "--config",
                                     "{d}/fraction.toml"),
        ("models[0].gpu_memory_fraction: must be a number, got '0.5'",)),
    Row("config-no-host-spacy-model", ("config", "check", "--config", "{d}/no-spacy.toml"),
        ("pii.spacy_model", "xx_no_such_model", "is not installed")),
    # inventory, plan
    Row("inventory-unknown-option", ("inventory", "--inventory", "{d}/inv.json"),
        ("No such option", "--inventory")),
    Row("plan-missing-inventory", ("plan", "--config", "{d}/ok.toml", "--inventory",
                                   "{d}/absent.json"), ("inventory file not found",)),
    Row("plan-invalid-inventory", ("plan", "--config", "{d}/ok.toml", "--inventory",
                                   "{d}/inv.json"), ("invalid JSON",)),
    Row("plan-inventory-a-directory", ("plan", "--config", "{d}/ok.toml", "--inventory",
                                       "{d}/a-dir"), ("--inventory", "is a directory")),
    # status, reload, models
    Row("status-missing-config", ("status", "--config", "{d}/absent.toml"),
        ("no such file",)),
    Row("status-no-agent", ("status", "--config", "{d}/ok.toml"),
        ("agent does not answer", "is appliance-agent running")),
    Row("status-web-no-agent", ("status", "--web", "--port", "0", "--config", "{d}/ok.toml"),
        ("agent does not answer", "is appliance-agent running")),
    Row("members-fleet-off", ("members", "--config", "{d}/ok.toml"),
        ("[fleet] is not enabled",)),
    Row("members-no-agent-yet", ("members", "--config", "{d}/fleet.toml"),
        ("no Serf RPC token", "has the agent started with [fleet] enabled")),
    Row("fleet-keys-no-keyring", ("fleet", "keys", "list", "--config", "{d}/fleet.toml"),
        ("no fleet keyring", "appliance fleet keygen")),
    Row("fleet-keys-open-keyring", ("fleet", "keys", "apply", "--config", "{d}/fleet-open.toml"),
        ("lets group or others at the fleet key", "chmod 600")),
    Row("drain-no-agent", ("drain", "--config", "{d}/ok.toml"), ("agent does not answer",)),
    Row("undrain-no-agent", ("undrain", "--config", "{d}/ok.toml"), ("agent does not answer",)),
    Row("reload-invalid-toml", ("reload", "--config", "{d}/bad.toml"), ("invalid TOML",)),
    Row("models-load-bad-number", ("models", "load", "x", "--replicas", "two"),
        ("--replicas", "'two' is not a valid integer")),
    Row("models-unload-no-name", ("models", "unload"), ("Missing argument 'NAME'",)),
    # metrics
    Row("metrics-no-such-command", ("metrics", "frob"), ("No such command 'frob'",)),
    # keys
    Row("keys-unknown-role", ("keys", "create", "--name", "a", "--role", "basic",
                              "--config", "{d}/ok.toml"), ("no role 'basic'", "roles: admin")),
    Row("keys-bad-limit", ("keys", "create", "--name", "a", "--role", "admin", "--rpm", "0",
                           "--config", "{d}/ok.toml"), ("--rpm must be >= 1, got 0",)),
    Row("keys-file-missing-directory", ("keys", "create", "--name", "a", "--role", "admin",
                                        "--config", "{d}/keys-nodir.toml"),
        ("{d}/nodir", "does not exist", "keys_file")),
    Row("keys-file-unwritable", ("keys", "create", "--name", "a", "--role", "admin",
                                 "--config", "{d}/keys-unwritable.toml"),
        ("/sys/keys.json", "permission denied", "keys_file")),
    Row("keys-state-dir-unwritable", ("keys", "create", "--name", "a", "--role", "admin",
                                      "--config", "{d}/state-unwritable.toml"),
        (UNWRITABLE, "permission denied")),
    Row("keys-list-file-is-directory", ("keys", "list", "--config", "{d}/keys-isdir.toml"),
        ("{d}/a-dir: is a directory",)),
    Row("keys-list-not-a-keys-file", ("keys", "list", "--config", "{d}/keys-badjson.toml"),
        ("{d}/a-file: not a valid keys file",)),
    Row("keys-revoke-unknown", ("keys", "revoke", "nokey", "--config", "{d}/ok.toml"),
        ("no active key with id or name 'nokey'",)),
    # render
    Row("render-output-missing", ("render", "systemd", "--output", "{d}/no/such/dir"),
        ("{d}/no/such/dir does not exist", "mkdir -p")),
    Row("render-output-unwritable", ("render", "systemd", "--output", "/sys"),
        ("cannot write units into /sys", "permission denied")),
    Row("render-output-a-file", ("render", "systemd", "--output", "{d}/a-file"),
        ("--output", "is a file")),
    Row("render-bad-user", ("render", "systemd", "--output", "{d}/a-dir", "--user", "Bad User"),
        ("user must be a system user name",)),
    Row("render-supervisord-bad-config", ("render", "supervisord", "--config", "{d}/bad.toml"),
        ("invalid TOML",)),
    # proxy run
    Row("proxy-busy-port", ("proxy", "run", "--config", "{d}/busy.toml"),
        ("port {port}", "already in use"), owner="run_proxy (port_holders)"),
    Row("proxy-spacy-model-missing", ("proxy", "run", "--config", "{d}/no-spacy.toml"),
        ("pii.spacy_model", "is not installed")),
    # up, engines prepare-cpu
    Row("up-missing-config", ("up", "--config", "{d}/absent.toml"),
        ("--config", "does not exist")),
    Row("up-bad-port", ("up", "--port", "80"), ("--port", "80 is not in the range")),
    Row("up-state-dir-a-file", ("up", "--state-dir", "{d}/a-file"),
        ("--state-dir", "is a file")),
    Row("up-state-dir-unwritable", ("up", "--config", "{d}/sim.toml", "--state-dir",
                                    UNWRITABLE), (UNWRITABLE,), owner="up_cmd.py / up.py"),
    Row("up-state-dir-under-a-file", ("up", "--config", "{d}/sim.toml", "--state-dir",
                                      "{d}/a-file/state"), ("{d}/a-file",),
        owner="up_cmd.py / up.py"),
    Row("prepare-cpu-cache-unwritable", ("engines", "prepare-cpu", "--cache", UNWRITABLE),
        (UNWRITABLE,), owner="up_cmd.py / engines"),
    Row("prepare-cpu-cache-under-a-file", ("engines", "prepare-cpu", "--cache",
                                           "{d}/a-file/cache"), ("{d}/a-file",),
        owner="up_cmd.py / engines"),
    Row("prepare-cpu-cache-a-file", ("engines", "prepare-cpu", "--cache", "{d}/a-file"),
        ("--cache", "is a file")),
    # log-level
    Row("log-level-unknown", ("log-level", "loud"), ("'loud' is not one of",)),
    # usage
    Row("usage-no-audit-log", ("usage", "--config", "{d}/ok.toml"),
        ("no audit log at {d}/log/audit.jsonl", "--log")),
    Row("usage-bad-since", ("usage", "--since", "last week", "--log", "{d}/a-file"),
        ("--since 'last week' is not a time", "7d")),
    Row("usage-empty-window", ("usage", "--since", "2026-12-02", "--until", "2026-12-01",
                               "--log", "{d}/a-file"), ("is not before --until",)),
    Row("usage-bad-grouping", ("usage", "--by", "user"), ("--by", "'user' is not one of")),
    # sim-engine
    Row("fleet-cert-not-an-ip", ("fleet", "cert", "n1", "--address", "gpu-01", "--ca", "{d}/a-dir",
                                 "--out", "{d}/cert"), ("must be an IP address",)),
    Row("fleet-cert-no-ca", ("fleet", "cert", "n1", "--address", "10.0.0.5", "--ca", "{d}/a-dir",
                             "--out", "{d}/cert"), ("no fleet CA", "appliance fleet ca")),
    Row("sim-engine-bad-port", ("sim-engine", "--port", "http"),
        ("--port", "invalid int value: 'http'")),
    Row("sim-engine-bad-options", ("sim-engine", "--model", "x", "--port", "{port}"),
        ("APPLIANCE_SIM_OPTIONS", "not valid JSON")),
    Row("sim-engine-busy-port", ("sim-engine", "--model", "x", "--port", "{port}"),
        ("address already in use", "pick another --port")),
]


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str
    fill: dict[str, str]


def _run(row: Row, d: Path, fill: dict[str, str]) -> Ran:
    env = {**os.environ, "APPLIANCE_CACHE": str(d / "cache"), "HOME": str(d)}
    env.pop("APPLIANCE_CONFIG", None)
    if row.id == "sim-engine-bad-options":
        env["APPLIANCE_SIM_OPTIONS"] = "{"
    # Its own session, so that a command which wrongly starts to serve is stopped whole.
    proc = subprocess.Popen(
        [sys.executable, "-m", "appliance", *(a.format(**fill) for a in row.args)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=d,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        err += f"\n(still running after 90 s: killed; owner: {row.owner})"
    return Ran(proc.returncode, out, err, fill)


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Ran]]:
    """Every row, run a few at a time (each is a Python start-up: seconds on a small host)."""
    d = tmp_path_factory.mktemp("bad")
    # A port held by a listener without SO_REUSEPORT, as any other program holds one.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        make_files(d, port)
        fill = {"d": str(d), "port": str(port)}
        rows = [r for r in ROWS if not (r.unreadable and os.geteuid() == 0)]
        with ThreadPoolExecutor(max_workers=4) as pool:
            ran = dict(zip([r.id for r in rows], pool.map(lambda r: _run(r, d, fill), rows),
                           strict=True))
    yield ran


def one_line(output: str) -> list[str]:
    """The lines that say what is wrong: without a usage block and the problem count."""
    lines = [line for line in output.splitlines() if line.strip()]
    if lines and lines[0].lower().startswith("usage:"):
        lines = [
            line for line in lines
            if not line.lower().startswith(("usage:", "try '")) and not line.startswith(" ")
        ]
    return [line for line in lines if not line.endswith((": 1 problem", " problems"))]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.id)
def test_bad_invocation_is_one_line(row: Row, results: dict[str, Ran]) -> None:
    if row.id not in results:
        pytest.skip("root may read every file")
    ran = results[row.id]
    fill, err = ran.fill, ran.stderr
    output = ran.stdout + err
    assert "Traceback" not in output, f"owner: {row.owner}\n{output}"
    assert ran.returncode != 0, output
    lines = one_line(err)
    assert len(lines) == 1, f"owner: {row.owner}; expected one line, got:\n{err}"
    for words in row.says:
        assert words.format(**fill) in lines[0], f"owner: {row.owner}\n{lines[0]}"


def test_every_command_group_has_a_row() -> None:
    from appliance.cli import main

    covered = {row.args[0] for row in ROWS}
    # agent run and supervisor run are services, started by systemd with a checked config
    assert set(main.commands) - covered == {"agent", "supervisor"}
