"""supervisord's configuration as text: the main file and one file per engine program.

Pure functions; `appliance.supervisor.store` writes them. Every program is created with
autostart and autorestart off: the agent decides when engines start (one after another
on a shared GPU) and restarts crashed ones with its own backoff.

Every program gets `umask=027`: supervisord applies a `[supervisord] umask` only when it
daemonizes, which it never does here (nodaemon), so without it an engine would inherit the
umask of whoever started supervisord. Under 027 an engine's unix socket is `srwxr-x---`:
only the service account may connect (appliance/engines/sockets.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from appliance.config.schema import ApplianceConfig
from appliance.engines.specs import EngineSpec

DIGEST_MARK = "; appliance-spec-digest: "
MIB = 1024 * 1024


@dataclass(frozen=True)
class SupervisorPaths:
    """Where supervisord's files live, derived from [node] directories."""

    socket: Path
    pidfile: Path
    main_conf: Path
    programs_dir: Path
    logfile: Path
    engine_log_dir: Path
    workdir: Path

    @classmethod
    def from_config(cls, config: ApplianceConfig) -> SupervisorPaths:
        node = config.node
        return cls(
            socket=node.run_dir / "supervisor.sock",
            pidfile=node.run_dir / "supervisord.pid",
            main_conf=node.state_dir / "supervisor" / "supervisord.conf",
            programs_dir=node.state_dir / "supervisor" / "programs.d",
            logfile=node.log_dir / "supervisord.log",
            engine_log_dir=node.log_dir / "engines",
            workdir=node.state_dir,
        )

    @property
    def serverurl(self) -> str:
        return f"unix://{self.socket}"


# Defence in depth: config validation refuses control characters in every value that gets
# here, but a CR, LF or NUL that got past it would end a line of the file and start a line
# (or a whole [program:...] section) of the caller's choosing. Rendering refuses it instead.
_LINE_BREAK_OR_NUL = re.compile(r"[\r\n\x00]")


def _refuse_breaks(field: str, value: object) -> None:
    """Raise ValueError naming `field` (never showing the value: it may be a secret) when
    `value`, as written into the file, holds a CR, LF or NUL."""
    if _LINE_BREAK_OR_NUL.search(str(value)):
        raise ValueError(
            f"refusing to render supervisord's config: {field} holds CR, LF or NUL, which "
            "would inject lines into it"
        )


def _refuse_breaks_in_paths(paths: SupervisorPaths) -> None:
    # each path is made from one [node] directory; name the key to fix
    for field, value in (
        ("node.run_dir", paths.socket), ("node.state_dir", paths.workdir),
        ("node.log_dir", paths.logfile),
    ):
        _refuse_breaks(field, value)


def _escape(text: str) -> str:
    """supervisord expands %(name)s in values; a literal % is written %%."""
    return text.replace("%", "%%")


def _quote_arg(arg: str) -> str:
    if arg and re.fullmatch(r"[A-Za-z0-9_./:=,+@-]+", arg):
        return _escape(arg)
    return _escape('"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"')


def _env_value(value: str) -> str:
    """A value for supervisord's environment= list. Its parser has no escapes: a value is
    wrapped in double quotes, or in single quotes when it holds double quotes (JSON)."""
    if '"' not in value:
        return '"' + _escape(value) + '"'
    if "'" not in value:
        return "'" + _escape(value) + "'"
    raise ValueError("an environment value may not hold both kinds of quotes")


def render_main(config: ApplianceConfig, user: int | None = None) -> str:
    """`user`: the uid supervisord runs as (the caller's own, `os.getuid()`). supervisord
    then changes nothing, and no longer logs "Supervisor is running as root" at CRIT when
    root runs it (a root container, `appliance up` as root); None leaves the line out."""
    paths = SupervisorPaths.from_config(config)
    _refuse_breaks_in_paths(paths)
    log_bytes = int(config.supervisor.log_max_mib * MIB)
    user_line = "" if user is None else f"user={int(user)}\n"
    return f"""\
; appliance-supervisord: rendered by `appliance supervisor run`; edits are overwritten.
[unix_http_server]
file={paths.socket}
; only the appliance user may control engines
chmod=0700

[supervisord]
nodaemon=true
identifier=appliance
logfile={paths.logfile}
logfile_maxbytes={log_bytes}
logfile_backups={config.supervisor.log_backups}
pidfile={paths.pidfile}
childlogdir={paths.engine_log_dir}
directory={paths.workdir}
minfds=4096
{user_line}
[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl={paths.serverurl}

[include]
files = {paths.programs_dir}/*.conf
"""


def render_program(config: ApplianceConfig, spec: EngineSpec, secret_env: dict[str, str]) -> str:
    """One engine's program file. `secret_env` (the engine token) is written here and
    nowhere else; the file is created 0600."""
    paths = SupervisorPaths.from_config(config)
    _refuse_breaks_in_paths(paths)
    env = dict(spec.env) | secret_env
    for field, value in (
        ("program name", spec.name), ("model name", spec.model), ("spec digest", spec.digest),
    ):
        _refuse_breaks(field, value)
    command, environment = command_lines(spec.name, spec.argv, env)
    log_bytes = int(config.supervisor.log_max_mib * MIB)
    return f"""\
{DIGEST_MARK}{spec.digest}
; model {spec.model} replica {spec.replica}: managed by appliance-agent; edits are overwritten.
[program:{spec.name}]
command={command}
environment={environment}
directory={paths.workdir}
umask=027
autostart=false
autorestart=false
startsecs=0
startretries=0
stopsignal=TERM
stopwaitsecs={int(config.supervisor.stop_timeout_s)}
stopasgroup=true
killasgroup=true
redirect_stderr=true
stdout_logfile={paths.engine_log_dir / (spec.name + ".log")}
stdout_logfile_maxbytes={log_bytes}
stdout_logfile_backups={config.supervisor.log_backups}
"""


def command_lines(name: str, argv: Sequence[str], env: Mapping[str, str]) -> tuple[str, str]:
    """A program's `command=` and `environment=` values, refusing a line break or NUL in
    any argument or variable."""
    for i, arg in enumerate(argv):
        _refuse_breaks(f"argv[{i}] of {name}", arg)
    for key, value in env.items():
        _refuse_breaks(f"environment name {key!r}", key)
        _refuse_breaks(f"environment value of {key}", value)
    return (" ".join(_quote_arg(a) for a in argv),
            ",".join(f"{k}={_env_value(v)}" for k, v in sorted(env.items())))


def digest_of(program_text: str) -> str | None:
    first = program_text.split("\n", 1)[0]
    return first[len(DIGEST_MARK):].strip() if first.startswith(DIGEST_MARK) else None


def render_rank_program(config: ApplianceConfig, name: str, argv: Sequence[str],
                        env: Mapping[str, str], digest: str, what: str) -> str:
    """A headless rank of a model across nodes (appliance.agent.native_member): no socket
    and no /health, so supervisord itself keeps it running (a rank exits when its group
    loses a member and must come back to form the next one). `what` goes in the comment."""
    paths = SupervisorPaths.from_config(config)
    _refuse_breaks_in_paths(paths)
    for field, value in (("program name", name), ("spec digest", digest), ("comment", what)):
        _refuse_breaks(field, value)
    command, environment = command_lines(name, argv, env)
    log_bytes = int(config.supervisor.log_max_mib * MIB)
    return f"""\
{DIGEST_MARK}{digest}
; {what}: managed by appliance-agent; edits are overwritten.
[program:{name}]
command={command}
environment={environment}
directory={paths.workdir}
umask=027
autostart=true
autorestart=true
startsecs=1
startretries=1000
stopsignal=TERM
stopwaitsecs={int(config.supervisor.stop_timeout_s)}
stopasgroup=true
killasgroup=true
redirect_stderr=true
stdout_logfile={paths.engine_log_dir / (name + ".log")}
stdout_logfile_maxbytes={log_bytes}
stdout_logfile_backups={config.supervisor.log_backups}
"""
