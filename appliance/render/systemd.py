"""The appliance's systemd units, rendered from one template per unit.

`render_units(ctx)` is pure: a `UnitContext` (where the `appliance` executable and node.toml
live, which account runs the services) in, the text of every unit out. `render_files(ctx)`
adds the drop-in for the distribution's nginx.service (appliance/render/nginx_dropin.py).
The copies committed under `systemd/` are `render_files()` for the default context; a unit
test keeps them equal. `write_units` is the thin shell; `appliance render systemd`
(appliance/cli/render_cmd.py) calls it.

The services:

    appliance-supervisord.service   supervisord and, under it, every vLLM engine
    appliance-agent.service         the node agent (Type=notify, reload on SIGHUP)
    appliance-proxy.service         the OpenAI-compatible API
    nginx.service (drop-in)         the HTTPS front door, after the proxy

Every directive that is not self-evident carries a comment in the template; the operator's
view of the same design is docs/operations.md.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from pathlib import Path

from appliance.config.loader import DEFAULT_CONFIG_PATH
from appliance.render.nginx_dropin import NGINX_DROPIN, NGINX_UNIT, render_nginx_dropin

SUPERVISORD_UNIT = "appliance-supervisord.service"
AGENT_UNIT = "appliance-agent.service"
PROXY_UNIT = "appliance-proxy.service"
UNIT_NAMES = (SUPERVISORD_UNIT, AGENT_UNIT, PROXY_UNIT)

# The most `systemd-analyze security` may score each unit (its overall exposure: 0.0 is
# fully locked down, 10.0 no sandbox at all; systemd calls up to 4.9 "OK"). Each is what
# the unit scores, so a directive dropped by mistake raises the score above it; what keeps
# each from going lower is in docs/operations.md ("Hardening"), whose table a test keeps
# equal to this one. nginx is scored with the drop-in on Debian's nginx.service.
EXPOSURE_LIMITS = {
    SUPERVISORD_UNIT: 3.2,
    AGENT_UNIT: 3.2,
    PROXY_UNIT: 2.9,
    NGINX_UNIT: 4.2,
}

DEFAULT_APPLIANCE_BIN = Path("/opt/appliance/venv/bin/appliance")

# A system account name as useradd and systemd both accept it: a lowercase letter or an
# underscore, then lowercase letters, digits, underscores and dashes; 32 characters at most.
_USER_NAME = re.compile(r"[a-z_][a-z0-9_-]{0,31}")

# Characters that would need quoting or escaping in a unit file (word splitting, `%`
# specifiers, `$` variables, quotes, escapes, line breaks). The units never quote a path,
# so such a path is refused instead.
_UNSAFE_PATH_CHARS = re.compile(r"""[\s%$"'\\;]""")


@dataclass(frozen=True)
class UnitContext:
    """What varies between hosts. Paths must be absolute; names must be system user names."""

    appliance_bin: Path = DEFAULT_APPLIANCE_BIN
    config_path: Path = DEFAULT_CONFIG_PATH
    user: str = "appliance"
    group: str = "appliance"

    def __post_init__(self) -> None:
        for name in ("appliance_bin", "config_path"):
            value = getattr(self, name)
            if not isinstance(value, Path):
                value = Path(value)
                object.__setattr__(self, name, value)
            _check_path(name, value)
        for name in ("user", "group"):
            _check_account_name(name, getattr(self, name))


def _check_path(name: str, path: Path) -> None:
    text = str(path)
    if not path.is_absolute():
        raise ValueError(f"{name} must be an absolute path, got {text!r}")
    if ".." in path.parts:
        raise ValueError(f"{name} must not contain '..', got {text!r}")
    if _UNSAFE_PATH_CHARS.search(text):
        raise ValueError(
            f"{name} must not contain whitespace or any of % $ \" ' \\ ; (unit files would "
            f"need them quoted), got {text!r}"
        )


def _check_account_name(name: str, value: object) -> None:
    if not isinstance(value, str) or not _USER_NAME.fullmatch(value):
        raise ValueError(
            f"{name} must be a system user name (a lowercase letter or '_', then lowercase "
            f"letters, digits, '_' or '-'; at most 32 characters), got {value!r}"
        )


class _UnitTemplate(string.Template):
    # `@{name}` placeholders: `$` and `%` mean something to systemd, `@` does not here.
    delimiter = "@"


_HEADER = """\
# @{unit}: rendered by `appliance render systemd` for this host's paths.
# Do not edit: re-render it, or put local changes in a drop-in (systemctl edit @{unit}).
"""

# The same in both units: the account, the directories systemd creates for it, and the
# sandbox. Each line says why (docs/operations.md has the table).
_COMMON = """\
User=@{user}
Group=@{group}
# Directories systemd creates and hands to the account before starting the unit; with
# ProtectSystem=strict below they are the only writable places besides /tmp and /dev/shm.
# /var/lib/appliance: state, the Hugging Face cache.
StateDirectory=appliance
# /var/log/appliance: engine logs written by supervisord.
LogsDirectory=appliance
# /run/appliance: the unix sockets (supervisor.sock, agent.sock, and engines/ with one per
# engine, which serves its API on no TCP port; the agent keeps engines/ 0750). Every unit
# names it, so it is kept when one stops, or the others' sockets would vanish with it.
RuntimeDirectory=appliance
RuntimeDirectoryPreserve=yes
# /etc/appliance (node.toml): owned by root and read-only to the services.
ConfigurationDirectory=appliance
# The account's directories and new files are for the account and its group only.
StateDirectoryMode=0750
LogsDirectoryMode=0750
RuntimeDirectoryMode=0750
UMask=0027

# Sandbox. The operating system is read-only except the directories above, and /home,
# /root and /run/user are hidden (so the venv must not live there).
ProtectSystem=strict
ProtectHome=yes
# A private /tmp per unit, emptied when it stops.
PrivateTmp=yes
# Nothing the services run can gain privileges (setuid/setgid binaries, file capabilities),
# nor create setuid/setgid files.
NoNewPrivileges=yes
RestrictSUIDSGID=yes
# Kernel settings (/proc/sys, /sys), module loading, the kernel log, the cgroup tree, the
# clock and the host name are read-only or out of reach.
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectClock=yes
ProtectHostname=yes
# No new namespaces (user, mount, network, ...: nothing here sandboxes anything itself), and
# mounts made inside the unit do not reach the host.
RestrictNamespaces=yes
PrivateMounts=yes
# No realtime scheduling (it could starve the host), no personality(2) changes, and only
# the native system call ABI (no 32-bit x86 calls on x86-64).
RestrictRealtime=yes
LockPersonality=yes
SystemCallArchitectures=native
# No capabilities at all, not even through setuid binaries (empty bounding set).
CapabilityBoundingSet=
AmbientCapabilities=
# Unix sockets, TCP/UDP, and netlink (interface and route lookups, e.g. by NCCL).
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK
"""

# The units that touch GPUs (supervisord runs the engines, the agent reads NVML).
_GPU_DEVICES = """
# Devices: the standard pseudo devices (/dev/null, /dev/urandom, ...) and the NVIDIA ones,
# nothing else. `char-NAME` allows every device whose major number /proc/devices lists under
# NAME; a name this host's driver does not register matches nothing, so the list covers
# driver generations side by side. No PrivateDevices=: it would hide /dev/nvidia*.
DevicePolicy=closed
# GPUs /dev/nvidia0..N and /dev/nvidiactl (major 195): older drivers register the major as
# "nvidia-frontend", newer ones as "nvidia" (GPUs) and "nvidiactl" (control device).
DeviceAllow=char-nvidia-frontend rw
DeviceAllow=char-nvidia rw
DeviceAllow=char-nvidiactl rw
# /dev/nvidia-uvm and /dev/nvidia-uvm-tools: unified memory, needed by every CUDA context.
DeviceAllow=char-nvidia-uvm rw
# /dev/nvidia-caps/nvidia-cap*: MIG instances and the MIG config/monitor capabilities.
DeviceAllow=char-nvidia-caps rw
"""

_SUPERVISORD = (
    _HEADER
    + """\

[Unit]
Description=Appliance engine supervisor (supervisord and the vLLM engines)
# Ordering only, no dependency: the network is configured, and nvidia-persistenced (where
# the host runs it) has initialised the GPUs before the engines start.
After=network.target nvidia-persistenced.service

[Service]
# `supervisor run` renders supervisord's config and execs `supervisord --nodaemon`, so
# supervisord itself is the main process. Type=exec: the start fails if the exec does.
Type=exec
ExecStart=@{appliance_bin} supervisor run --config @{config_path}
SyslogIdentifier=appliance-supervisord
# No ExecReload=: supervisord's own reload (SIGHUP) restarts every engine. Engine changes go
# through the agent (systemctl reload appliance-agent), which applies only the difference.
Restart=on-failure
RestartSec=5s
# Stopping: SIGTERM goes to supervisord alone, which stops each engine the way its program
# section says (stopsignal, stopwaitsecs) and then exits; whatever is still running in the
# unit after that gets SIGKILL. The default (control-group) would SIGTERM every engine and
# vLLM worker at the same instant, racing supervisord's orderly stop; KillMode=process
# would leave stray engines holding GPU memory after the unit stopped.
KillMode=mixed
# Long enough for the engines to exit (each program's stopwaitsecs must stay below it);
# after that everything left in the unit is killed.
TimeoutStopSec=120s
# Many engines, each with many client connections and shared-memory files.
LimitNOFILE=65536
# Model weights and tokenizers are downloaded to and read from here.
Environment=HF_HOME=/var/lib/appliance/hf-cache
# CUDA, Triton and torch keep their JIT caches under $HOME; the state directory is the one
# writable home the sandbox leaves, whatever home the account has.
Environment=HOME=/var/lib/appliance
"""
    + _COMMON
    + _GPU_DEVICES
    + """\
# No MemoryDenyWriteExecute= here: CUDA, Triton and torch compile kernels at run time and
# map them writable and executable.

[Install]
WantedBy=multi-user.target
"""
)

_AGENT = (
    _HEADER
    + """\

[Unit]
Description=Appliance node agent
# Wants=, not Requires=/BindsTo=: starting the agent starts supervisord, but stopping,
# restarting or losing supervisord leaves the agent up, to report the engines as down and
# reconnect to /run/appliance/supervisor.sock when supervisord is back. Nothing here or in
# the supervisord unit (no PartOf=, no Requires= either way) ties supervisord to the agent,
# so stopping or restarting the agent never touches an engine.
Wants=appliance-supervisord.service
# Start after supervisord, stop before it. supervisord is "started" once it has been
# exec'd (Type=exec), so its socket may not be there yet: the agent waits for it.
After=network.target appliance-supervisord.service

[Service]
# The agent tells systemd READY=1 once it serves, STOPPING=1 on the way out, and WATCHDOG=1
# at least every WatchdogSec/2; a hung agent is killed and restarted (Restart=on-failure).
Type=notify
NotifyAccess=main
WatchdogSec=60s
ExecStart=@{appliance_bin} agent run --config @{config_path}
# SIGHUP: re-read node.toml and apply only the difference; an invalid file is rejected and
# the running engines are left as they are.
ExecReload=/bin/kill -HUP $MAINPID
SyslogIdentifier=appliance-agent
Restart=on-failure
RestartSec=5s
"""
    + _COMMON
    + _GPU_DEVICES
    + """\
# The agent is pure Python (asyncio, ctypes for NVML): it never needs memory that is both
# writable and executable. ctypes callbacks use libffi's static trampolines (libffi 3.4),
# and loading libnvidia-ml.so maps its code read-only from the file, both allowed.
MemoryDenyWriteExecute=yes

[Install]
WantedBy=multi-user.target
"""
)

_PROXY = (
    _HEADER
    + """\

[Unit]
Description=Appliance API proxy
# The routing table comes from the agent's socket. Wants=, not Requires=: when the agent
# restarts, the proxy keeps routing to the replicas it knew.
Wants=appliance-agent.service
After=network.target appliance-agent.service

[Service]
Type=exec
ExecStart=@{appliance_bin} proxy run --config @{config_path}
SyslogIdentifier=appliance-proxy
Restart=on-failure
RestartSec=2s
# With [proxy] workers > 1 the main process forwards SIGTERM to its workers; whatever is
# left after TimeoutStopSec is killed.
KillMode=mixed
TimeoutStopSec=30s
LimitNOFILE=65536
"""
    + _COMMON
    + """\
# The proxy touches no device: a /dev of pseudo devices only (/dev/null, /dev/urandom, /dev/shm).
DevicePolicy=closed
PrivateDevices=yes
# Other accounts' processes are hidden in /proc (the proxy looks at its own workers only).
ProtectProc=invisible
# Pure Python: no memory that is both writable and executable.
MemoryDenyWriteExecute=yes

[Install]
WantedBy=multi-user.target
"""
)

_TEMPLATES = {SUPERVISORD_UNIT: _SUPERVISORD, AGENT_UNIT: _AGENT, PROXY_UNIT: _PROXY}


def render_units(ctx: UnitContext | None = None) -> dict[str, str]:
    """The text of every unit for `ctx` (default: the standard paths), by unit file name."""
    ctx = ctx or UnitContext()
    values = {
        "appliance_bin": str(ctx.appliance_bin),
        "config_path": str(ctx.config_path),
        "user": ctx.user,
        "group": ctx.group,
    }
    return {
        name: _UnitTemplate(template).substitute(values, unit=name)
        for name, template in _TEMPLATES.items()
    }


def render_files(ctx: UnitContext | None = None) -> dict[str, str]:
    """Every file `appliance render systemd` writes, by path under the output directory: the
    units, and nginx.service.d/appliance.conf."""
    return {**render_units(ctx), NGINX_DROPIN: render_nginx_dropin()}


def write_units(ctx: UnitContext, output_dir: Path) -> list[Path]:
    """Write every unit and the nginx drop-in into `output_dir` (created if missing); the
    paths written."""
    output_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_files(ctx).items():
        path = output_dir / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
