"""The systemd units and the nginx drop-in: the committed copies are current, systemd accepts
them without a single warning, their sandbox scores within the limit the docs state, and the
directives the design depends on are there."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from appliance.cli.render_cmd import systemd_command
from appliance.render.nginx_dropin import NGINX_DROPIN, NGINX_UNIT, render_nginx_dropin
from appliance.render.systemd import (
    AGENT_UNIT,
    EXPOSURE_LIMITS,
    PROXY_UNIT,
    SUPERVISORD_UNIT,
    UNIT_NAMES,
    UnitContext,
    render_files,
    render_units,
)
from tests.conftest import ROOT

SYSTEMD_DIR = ROOT / "systemd"
OPERATIONS_DOC = ROOT / "docs" / "operations.md"
SYSTEMD_ANALYZE = "systemd-analyze"
# Where the distribution keeps its units (Debian 12 merges /lib into /usr/lib).
DISTRIBUTION_UNIT_DIRS = (Path("/usr/lib/systemd/system"), Path("/lib/systemd/system"))
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


def test_committed_units_are_current() -> None:
    files = render_files()
    committed = sorted(str(p.relative_to(SYSTEMD_DIR)) for p in SYSTEMD_DIR.rglob("*") if p.is_file())
    assert committed == sorted(files), f"systemd/ holds {committed}; {REGENERATE}"
    for name, text in files.items():
        on_disk = (SYSTEMD_DIR / name).read_text(encoding="utf-8")
        assert on_disk == text, f"systemd/{name} differs from the renderer's output; {REGENERATE}"


def test_render_files_are_the_units_and_the_nginx_dropin(units: dict[str, str]) -> None:
    assert render_files() == {**units, NGINX_DROPIN: render_nginx_dropin()}
    assert NGINX_DROPIN == "nginx.service.d/appliance.conf"


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


def distribution_unit_dir() -> Path:
    for path in DISTRIBUTION_UNIT_DIRS:
        if (path / "sysinit.target").is_file():
            return path
    pytest.fail(
        "the distribution's systemd units (sysinit.target, basic.target, ...) are missing: "
        "install the Debian package `systemd`; systemd-analyze verify resolves every unit's "
        "default dependencies against them",
        pytrace=False,
    )


def debian_nginx_unit() -> Path:
    for path in DISTRIBUTION_UNIT_DIRS:
        if (path / NGINX_UNIT).is_file():
            return path / NGINX_UNIT
    pytest.fail(
        f"{NGINX_UNIT} not found in {', '.join(map(str, DISTRIBUTION_UNIT_DIRS))}: install the "
        "Debian package `nginx` (scripts/install-packages does); the drop-in is checked "
        "against the distribution's unit",
        pytrace=False,
    )


def unit_tree(tmp_path: Path, files: dict[str, str] | None = None) -> Path:
    """The files rendered for this environment (ExecStart= must name a binary that exists:
    verify checks it), plus a copy of Debian's nginx.service for the drop-in to apply to."""
    appliance_bin = Path(sys.executable).parent / "appliance"
    assert appliance_bin.is_file(), (
        f"{appliance_bin} missing: is the package installed (pip install -e .)?"
    )
    tree = tmp_path / "units"
    for name, text in (files or render_files(UnitContext(appliance_bin=appliance_bin))).items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text(text, encoding="utf-8")
    shutil.copy(debian_nginx_unit(), tree / NGINX_UNIT)
    return tree


def run_verify(systemd_analyze: str, tree: Path, names: list[str]) -> subprocess.CompletedProcess:
    """`systemd-analyze verify` on units in `tree`, seeing only `tree` and the distribution's
    own units.

    - SYSTEMD_UNIT_PATH: without it verify also reads /etc/systemd/system and /run/systemd,
      the host's own configuration (an admin's drop-in or a broken unit there would show
      here); the distribution's directory stays, for the targets every unit depends on.
      A drop-in is found beside its unit, as systemd finds it in /etc/systemd/system.
    - --recursive-errors=yes (the default, spelled out): each unit and every unit it pulls in.
    - --man=no: Documentation= (Debian's nginx.service names man:nginx(8)) is looked up with
      the host's `man`; without man-db, or where /usr/share/man is excluded (Debian's docker
      images), verify reports "Command 'man nginx(8)' failed", a fact about the host.
    - --generators=no: generators describe the host (fstab, kernel command line), not these.
    No running systemd is needed: verify loads the units in a manager of its own.
    """
    unit_path = f"{tree}:{distribution_unit_dir()}"
    return subprocess.run(
        [
            systemd_analyze,
            "verify",
            "--man=no",
            "--generators=no",
            "--recursive-errors=yes",
            *(str(tree / name) for name in names),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SYSTEMD_UNIT_PATH": unit_path},
    )


@pytest.mark.parametrize("name", [*UNIT_NAMES, NGINX_UNIT])
def test_systemd_analyze_verify(systemd_analyze: str, tmp_path: Path, name: str) -> None:
    tree = unit_tree(tmp_path)
    result = run_verify(systemd_analyze, tree, [name])
    output = (result.stdout + result.stderr).strip()
    # Any line is a finding. The exit status alone is not enough: systemd 252 exits 0 on an
    # unknown key or a value it cannot parse ("..., ignoring") unless --recursive-errors is
    # given, and another version may draw that line elsewhere.
    assert result.returncode == 0 and not output, (
        f"systemd-analyze verify {name} exited {result.returncode} with:\n{output}"
    )


def test_systemd_analyze_verify_catches_a_bad_unit(systemd_analyze: str, tmp_path: Path) -> None:
    """The check above can fail: a typo'd key and a missing binary are reported."""
    missing = tmp_path / "missing" / "appliance"
    text = render_units(UnitContext(appliance_bin=missing))[AGENT_UNIT]
    tree = unit_tree(tmp_path, {AGENT_UNIT: text.replace("ProtectClock=yes", "ProtectClok=yes")})
    result = run_verify(systemd_analyze, tree, [AGENT_UNIT])
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "ProtectClok" in output
    assert str(missing) in output


def test_systemd_analyze_verify_reads_the_nginx_dropin(systemd_analyze: str, tmp_path: Path) -> None:
    """A bad value in the drop-in reaches the check of nginx.service."""
    bad = render_nginx_dropin().replace("ProtectSystem=full", "ProtectSystem=ful")
    result = run_verify(systemd_analyze, unit_tree(tmp_path, {NGINX_DROPIN: bad}), [NGINX_UNIT])
    output = result.stdout + result.stderr
    assert "appliance.conf" in output and "Failed to parse protect system value" in output, output


EXPOSURE = re.compile(r"Overall exposure level for (\S+): (\d+\.\d) ")


def exposure(systemd_analyze: str, tree: Path, name: str) -> tuple[float, subprocess.CompletedProcess]:
    """`systemd-analyze security --offline=yes` of one unit (drop-ins beside it included),
    with EXPOSURE_LIMITS as --threshold, which is in tenths."""
    result = subprocess.run(
        [
            systemd_analyze,
            "security",
            "--offline=yes",
            f"--threshold={round(EXPOSURE_LIMITS[name] * 10)}",
            "--no-pager",
            str(tree / name),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SYSTEMD_UNIT_PATH": f"{tree}:{distribution_unit_dir()}"},
    )
    match = EXPOSURE.search(result.stdout)
    assert match and match.group(1) == name, f"no overall exposure for {name}:\n{result.stdout}"
    return float(match.group(2)), result


@pytest.mark.parametrize("name", [*UNIT_NAMES, NGINX_UNIT])
def test_security_exposure_within_its_limit(systemd_analyze: str, tmp_path: Path, name: str) -> None:
    """systemd's own hardening score stays at or under the unit's limit (a dropped directive
    shows here), and the limit is the score, not a margin that would hide one."""
    score, result = exposure(systemd_analyze, unit_tree(tmp_path), name)
    limit = EXPOSURE_LIMITS[name]
    assert score <= limit and result.returncode == 0, (
        f"{name}: exposure {score} above its limit {limit}:\n{result.stdout}{result.stderr}"
    )
    assert score >= round(limit - 0.1, 1), (
        f"{name}: exposure {score}, well under its limit {limit}: lower EXPOSURE_LIMITS in "
        "appliance/render/systemd.py and the table in docs/operations.md to it"
    )


def test_security_exposure_counts_the_nginx_dropin(systemd_analyze: str, tmp_path: Path) -> None:
    """Without the drop-in, Debian's nginx.service alone is far above its limit."""
    tree = unit_tree(tmp_path)
    shutil.rmtree(tree / f"{NGINX_UNIT}.d")
    score, result = exposure(systemd_analyze, tree, NGINX_UNIT)
    assert score > EXPOSURE_LIMITS[NGINX_UNIT] + 3 and result.returncode != 0, result.stdout


def test_exposure_limits_are_the_documented_ones() -> None:
    rows = re.findall(r"^\| `([\w.-]+\.service)` \| (\d+\.\d) \|", OPERATIONS_DOC.read_text(), re.M)
    assert dict((name, float(value)) for name, value in rows) == EXPOSURE_LIMITS, (
        "docs/operations.md's exposure table differs from EXPOSURE_LIMITS"
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


# Keys by which a start, stop, restart or reload of one unit reaches another (Requires= and
# BindsTo= carry a restart to the units that name them; PartOf= carries it from the unit named).
PROPAGATING_KEYS = (
    "Requires", "Requisite", "BindsTo", "PartOf", "Upholds", "Conflicts", "PropagatesReloadTo",
    "ReloadPropagatedFrom", "PropagatesStopTo", "StopPropagatedFrom", "OnSuccess", "OnFailure",
)


@pytest.mark.parametrize("name", [*UNIT_NAMES, NGINX_DROPIN])
def test_no_unit_carries_a_restart_to_another(name: str) -> None:
    """Restarting the proxy, the agent or nginx never restarts supervisord, hence no engine:
    the units are tied by Wants= and After= alone."""
    text = render_files()[name]
    for key in PROPAGATING_KEYS:
        assert values(text, key) == [], f"{name} has {key}="


def test_nginx_dropin() -> None:
    text = render_nginx_dropin()
    assert re.findall(r"^\[(\w+)\]$", text, re.M) == ["Unit", "Service"]
    unit, service = section(text, "Unit"), section(text, "Service")
    assert values(unit, "Wants") == [PROXY_UNIT]
    assert values(unit, "After") == [PROXY_UNIT]
    # Debian's start, reload and stop stay: the drop-in only adds ordering and a sandbox.
    for key in ("ExecStart", "ExecReload", "ExecStop", "Type", "PIDFile", "User", "KillMode"):
        assert values(service, key) == [], f"the drop-in overrides {key}="
    assert values(service, "CapabilityBoundingSet") == [
        "CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID CAP_DAC_OVERRIDE CAP_CHOWN CAP_KILL"
    ]
    for expected in ["ProtectSystem=full", "ProtectHome=yes", "PrivateTmp=yes",
                     "PrivateDevices=yes", "NoNewPrivileges=yes", "MemoryDenyWriteExecute=yes",
                     "RestrictNamespaces=yes", "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6"]:
        assert expected in directives(service), f"nginx drop-in: missing {expected}"
    # and no appliance unit points at nginx
    assert all(NGINX_UNIT not in "\n".join(directives(t)) for t in render_units().values())


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
        "RestrictNamespaces=yes",
        "PrivateMounts=yes",
        "DevicePolicy=closed",
    ]:
        assert expected in lines, f"{name}: missing {expected}"
    assert values(units[name], "WantedBy") == ["multi-user.target"]
    allowed = [line for line in lines if line.startswith("DeviceAllow=")]
    if name == PROXY_UNIT:
        assert allowed == []  # the proxy touches no device
        assert "PrivateDevices=yes" in lines
        assert "ProtectProc=invisible" in lines
    else:
        assert allowed == NVIDIA_DEVICE_ALLOW
        assert "PrivateDevices=yes" not in lines  # would hide /dev/nvidia*
        assert "ProtectProc=invisible" not in lines  # not tried with the GPU driver stack


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
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == sorted([*UNIT_NAMES, NGINX_DROPIN])
    ctx = UnitContext(appliance_bin=Path("/srv/bin/appliance"), config_path=Path("/srv/node.toml"))
    for name, text in render_files(ctx).items():
        assert (out / name).read_text(encoding="utf-8") == text


def test_command_rejects_relative_bin(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        systemd_command, ["--bin", "bin/appliance", "--output", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert "appliance_bin must be an absolute path" in result.output
    assert not list(tmp_path.iterdir())
