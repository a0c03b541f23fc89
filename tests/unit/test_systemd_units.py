"""The systemd units: the committed copies are current, systemd accepts them, and the
directives the design depends on are there."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from appliance.cli.render_cmd import systemd_command
from appliance.render.systemd import (
    AGENT_UNIT,
    PROXY_UNIT,
    SUPERVISORD_UNIT,
    UNIT_NAMES,
    UnitContext,
    render_units,
    write_units,
)
from tests.conftest import ROOT

SYSTEMD_DIR = ROOT / "systemd"
SYSTEMD_ANALYZE = "systemd-analyze"
REGENERATE = (
    "regenerate them with `appliance render systemd --output systemd/` and commit the result"
)

NVIDIA_DEVICE_ALLOW = [
    "DeviceAllow=char-nvidia-frontend rw",
    "DeviceAllow=char-nvidia rw",
    "DeviceAllow=char-nvidiactl rw",
    "DeviceAllow=char-nvidia-uvm rw",
    "DeviceAllow=char-nvidia-caps rw",
]


def directives(text: str) -> list[str]:
    """The unit's `Key=value` lines, without comments, blank lines and section headers."""
    return [
        line
        for line in text.splitlines()
        if line and not line.startswith(("#", ";", "[")) and "=" in line
    ]


def values(text: str, key: str) -> list[str]:
    return [line.split("=", 1)[1] for line in directives(text) if line.split("=", 1)[0] == key]


def section(text: str, name: str) -> str:
    """The lines of one [section] of a unit."""
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert match, f"no [{name}] section"
    return match.group(1)


@pytest.fixture(scope="module")
def units() -> dict[str, str]:
    return render_units()


@pytest.fixture(scope="module")
def systemd_analyze() -> str:
    path = shutil.which(SYSTEMD_ANALYZE) or (
        "/usr/bin/systemd-analyze" if Path("/usr/bin/systemd-analyze").exists() else None
    )
    if path is None:
        pytest.fail(
            "systemd-analyze not found: install the Debian package `systemd` "
            "(sudo apt-get install -y systemd); the unit checks need it",
            pytrace=False,
        )
    return path


# --- the committed copies ------------------------------------------------------------------


def test_committed_units_are_current(units: dict[str, str]) -> None:
    committed = sorted(p.name for p in SYSTEMD_DIR.glob("*.service"))
    assert committed == sorted(UNIT_NAMES), f"systemd/ holds {committed}; {REGENERATE}"
    for name, text in units.items():
        on_disk = (SYSTEMD_DIR / name).read_text(encoding="utf-8")
        assert on_disk == text, f"systemd/{name} differs from the renderer's output; {REGENERATE}"


def test_default_context_paths(units: dict[str, str]) -> None:
    assert values(units[SUPERVISORD_UNIT], "ExecStart") == [
        "/opt/appliance/venv/bin/appliance supervisor run --config /etc/appliance/node.toml"
    ]
    assert values(units[AGENT_UNIT], "ExecStart") == [
        "/opt/appliance/venv/bin/appliance agent run --config /etc/appliance/node.toml"
    ]


def test_custom_context_is_rendered() -> None:
    ctx = UnitContext(
        appliance_bin=Path("/srv/app/bin/appliance"),
        config_path=Path("/srv/app/node.toml"),
        user="llm",
        group="llm-ops",
    )
    for name, text in render_units(ctx).items():
        assert "/opt/appliance" not in text, name
        assert "/etc/appliance/node.toml" not in text, name
        assert values(text, "User") == ["llm"], name
        assert values(text, "Group") == ["llm-ops"], name
        assert values(text, "ExecStart")[0].startswith("/srv/app/bin/appliance "), name
        assert values(text, "ExecStart")[0].endswith(" --config /srv/app/node.toml"), name
        assert "@{" not in text, name  # every placeholder filled


def test_string_paths_are_accepted() -> None:
    ctx = UnitContext(appliance_bin="/usr/local/bin/appliance")  # type: ignore[arg-type]
    assert ctx.appliance_bin == Path("/usr/local/bin/appliance")


# --- systemd's own check ---------------------------------------------------------------------


def run_verify(systemd_analyze: str, unit_paths: list[Path]) -> subprocess.CompletedProcess:
    # Offline and limited to the given units: no man page lookups, no checking of every unit
    # they pull in (the host's own units are not ours to judge), no running manager needed.
    return subprocess.run(
        [
            systemd_analyze,
            "verify",
            "--man=no",
            "--generators=no",
            "--recursive-errors=no",
            *map(str, unit_paths),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_systemd_analyze_verify(systemd_analyze: str, tmp_path: Path) -> None:
    # verify checks that every Exec*= binary exists and is executable, so point ExecStart at
    # the appliance script of the environment running the tests.
    appliance_bin = Path(sys.executable).parent / "appliance"
    assert appliance_bin.is_file(), (
        f"{appliance_bin} missing: is the package installed (pip install -e .)?"
    )
    paths = write_units(UnitContext(appliance_bin=appliance_bin), tmp_path)
    result = run_verify(systemd_analyze, paths)
    output = (result.stdout + result.stderr).strip()
    # Any line is a finding: verify reports unknown keys and bad values as warnings but still
    # exits 0 for some of them.
    assert result.returncode == 0 and not output, (
        f"systemd-analyze verify exited {result.returncode} with:\n{output}"
    )


def test_systemd_analyze_verify_catches_a_bad_unit(systemd_analyze: str, tmp_path: Path) -> None:
    """The check above can fail: a typo'd key and a missing binary are reported."""
    missing = tmp_path / "missing" / "appliance"
    text = render_units(UnitContext(appliance_bin=missing))[AGENT_UNIT]
    path = tmp_path / AGENT_UNIT
    path.write_text(text.replace("ProtectClock=yes", "ProtectClok=yes"), encoding="utf-8")
    result = run_verify(systemd_analyze, [path])
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "ProtectClok" in output
    assert str(missing) in output


def test_security_exposure(systemd_analyze: str, tmp_path: Path) -> None:
    """systemd's own hardening score stays in its "OK" band; a dropped directive shows here."""
    appliance_bin = Path(sys.executable).parent / "appliance"
    for path in write_units(UnitContext(appliance_bin=appliance_bin), tmp_path):
        result = subprocess.run(
            [
                systemd_analyze,
                "security",
                "--offline=yes",
                "--threshold=45",
                "--no-pager",
                str(path),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        overall = [line for line in result.stdout.splitlines() if "Overall exposure" in line]
        assert result.returncode == 0, (
            f"{path.name}: exposure above 4.5: {overall}\n{result.stdout}{result.stderr}"
        )


# --- the design --------------------------------------------------------------------------------


def test_supervisord_unit(units: dict[str, str]) -> None:
    text = units[SUPERVISORD_UNIT]
    assert values(text, "Type") == ["exec"]
    # CUDA JIT needs writable+executable memory in the engines.
    assert "MemoryDenyWriteExecute" not in "\n".join(directives(text))
    assert values(text, "KillMode") == ["mixed"]
    assert values(text, "TimeoutStopSec") == ["120s"]
    assert values(text, "LimitNOFILE") == ["65536"]
    assert "HF_HOME=/var/lib/appliance/hf-cache" in values(text, "Environment")
    assert values(text, "ExecReload") == []  # supervisord's reload restarts every engine
    assert values(text, "Restart") == ["on-failure"]


def test_agent_unit(units: dict[str, str]) -> None:
    text = units[AGENT_UNIT]
    assert values(text, "Type") == ["notify"]
    assert values(text, "NotifyAccess") == ["main"]
    assert values(text, "WatchdogSec") == ["60s"]
    assert values(text, "ExecReload") == ["/bin/kill -HUP $MAINPID"]
    assert values(text, "Restart") == ["on-failure"]
    assert values(text, "MemoryDenyWriteExecute") == ["yes"]


def test_agent_never_stops_or_restarts_with_supervisord(units: dict[str, str]) -> None:
    agent_unit = section(units[AGENT_UNIT], "Unit")
    assert values(agent_unit, "Wants") == [SUPERVISORD_UNIT]
    assert SUPERVISORD_UNIT in values(agent_unit, "After")[0].split()
    for key in ("Requires", "BindsTo", "PartOf", "Requisite"):
        assert values(agent_unit, key) == [], f"agent unit has {key}="
    # and nothing in supervisord's unit reaches the agent
    assert AGENT_UNIT not in "\n".join(directives(units[SUPERVISORD_UNIT]))


@pytest.mark.parametrize("name", UNIT_NAMES)
def test_common_directives(units: dict[str, str], name: str) -> None:
    lines = directives(units[name])
    for expected in [
        "User=appliance",
        "Group=appliance",
        "StateDirectory=appliance",
        "LogsDirectory=appliance",
        "RuntimeDirectory=appliance",
        "RuntimeDirectoryPreserve=yes",
        "ConfigurationDirectory=appliance",
        "UMask=0027",
        "ProtectSystem=strict",
        "ProtectHome=yes",
        "PrivateTmp=yes",
        "NoNewPrivileges=yes",
        "ProtectKernelTunables=yes",
        "ProtectKernelModules=yes",
        "ProtectKernelLogs=yes",
        "ProtectControlGroups=yes",
        "ProtectClock=yes",
        "ProtectHostname=yes",
        "RestrictSUIDSGID=yes",
        "RestrictRealtime=yes",
        "LockPersonality=yes",
        "SystemCallArchitectures=native",
        "CapabilityBoundingSet=",
        "AmbientCapabilities=",
        "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK",
        "DevicePolicy=closed",
    ]:
        assert expected in lines, f"{name}: missing {expected}"
    assert values(units[name], "WantedBy") == ["multi-user.target"]
    assert "PrivateDevices=yes" not in lines  # would hide /dev/nvidia*
    allowed = [line for line in lines if line.startswith("DeviceAllow=")]
    if name == PROXY_UNIT:
        assert allowed == []  # the proxy touches no device
    else:
        assert allowed == NVIDIA_DEVICE_ALLOW


@pytest.mark.parametrize("name", UNIT_NAMES)
def test_every_setting_is_in_its_section(units: dict[str, str], name: str) -> None:
    text = units[name]
    assert re.findall(r"^\[(\w+)\]$", text, re.M) == ["Unit", "Service", "Install"]
    assert values(section(text, "Install"), "WantedBy") == ["multi-user.target"]
    assert values(section(text, "Service"), "User") == ["appliance"]


# --- the context's validation --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"appliance_bin": Path("venv/bin/appliance")}, "appliance_bin must be an absolute path"),
        ({"appliance_bin": Path("./appliance")}, "appliance_bin must be an absolute path"),
        ({"config_path": Path("node.toml")}, "config_path must be an absolute path"),
        ({"config_path": Path("/etc/../tmp/node.toml")}, "config_path must not contain '..'"),
        (
            {"appliance_bin": Path("/opt/my app/appliance")},
            "appliance_bin must not contain whitespace",
        ),
        ({"config_path": Path("/etc/appliance/node%i.toml")}, "config_path must not contain"),
        ({"config_path": Path("/etc/$HOME/node.toml")}, "config_path must not contain"),
        ({"appliance_bin": Path("/opt/a\nExecStartPre=/bin/sh")}, "appliance_bin must not contain"),
        ({"user": ""}, "user must be a system user name"),
        ({"user": "Appliance"}, "user must be a system user name"),
        ({"user": "1000"}, "user must be a system user name"),
        ({"user": "-appliance"}, "user must be a system user name"),
        ({"user": "app liance"}, "user must be a system user name"),
        ({"user": "appliance\nUser=root"}, "user must be a system user name"),
        ({"user": "a" * 33}, "user must be a system user name"),
        ({"group": "appliance$"}, "group must be a system user name"),
        ({"group": "ops.team"}, "group must be a system user name"),
        ({"group": None}, "group must be a system user name"),
    ],
)
def test_context_rejects(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        UnitContext(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"user": "appliance", "group": "appliance"},
        {"user": "_appliance", "group": "gpu-users"},
        {"user": "svc_llm2", "group": "a"},
        {"user": "a" * 32},
        {"appliance_bin": Path("/usr/local/bin/appliance"), "config_path": Path("/srv/node.toml")},
        {"config_path": Path("/etc/appliance/node-a_1.toml")},
    ],
)
def test_context_accepts(kwargs: dict) -> None:
    UnitContext(**kwargs)


# --- the command -----------------------------------------------------------------------------


def test_command_writes_units(tmp_path: Path) -> None:
    out = tmp_path / "units"
    out.mkdir()  # a missing --output directory is refused (tests/unit/test_bad_invocations.py)
    result = CliRunner().invoke(
        systemd_command,
        ["--bin", "/srv/bin/appliance", "--config", "/srv/node.toml", "--output", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(UNIT_NAMES)
    ctx = UnitContext(appliance_bin=Path("/srv/bin/appliance"), config_path=Path("/srv/node.toml"))
    for name, text in render_units(ctx).items():
        assert (out / name).read_text(encoding="utf-8") == text


def test_command_rejects_relative_bin(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        systemd_command, ["--bin", "bin/appliance", "--output", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert "appliance_bin must be an absolute path" in result.output
    assert not list(tmp_path.iterdir())
