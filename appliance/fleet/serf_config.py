"""Serf's configuration, rendered from node.toml's [fleet] (pure: no I/O).

The agent writes what these functions return into `state_dir/serf/` (appliance.fleet.
serf_service) and runs `serf agent -config-file state_dir/serf/serf.json` as a program of
appliance-supervisord, so that restarting the agent leaves the node in the fleet.

- Gossip listens on `[fleet] bind:gossip_port` and is encrypted with Serf's keyring
  (`keyring.json`), keys derived from the fleet keys (appliance.fleet.keys). Serf refuses a
  config with both `encrypt_key` and `keyring_file`, and rewrites the keyring file itself
  when a rotation changes it, so the config names the file only.
- RPC listens on 127.0.0.1 only, and only with the token (`rpc_auth`: Serf has no flag for
  it). The token is this node's own (`state_dir/serf/rpc-token`), never leaves the node, and
  is not derived from the fleet key: a key rotation then never changes Serf's config.
- Tags at start: fleet name, relay address, appliance version, roles, and the drain flag;
  the agent keeps them current over RPC after that.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgpack

from appliance import __version__
from appliance.config.schema import ApplianceConfig
from appliance.fleet.membership import TAG_DRAIN, TAG_FLEET, TAG_RELAY, TAG_ROLES, TAG_VERSION
from appliance.supervisor.conf import DIGEST_MARK, SupervisorPaths

# memberlist's limit on a member's metadata (Serf's encoded tags): 512 bytes in all.
TAGS_MAX_BYTES = 512
# How often Serf retries the `join` seeds until one answers.
RETRY_INTERVAL = "10s"
_PLAIN_ARG = re.compile(r"[A-Za-z0-9_./:=,+@-]+")
PROGRAM = "fleet-serf"  # the supervisord program (not an engine: the agent's engine diff skips it)


@dataclass(frozen=True)
class SerfPaths:
    directory: Path
    config: Path  # serf.json
    keyring: Path  # Serf's keyring (JSON list of base64 keys), Serf rewrites it on rotation
    rpc_token: Path
    snapshot: Path  # Serf's own record of members, to rejoin after a restart
    drained: Path  # present while the node is drained (`appliance drain`)

    @classmethod
    def from_config(cls, config: ApplianceConfig) -> SerfPaths:
        directory = config.node.state_dir / "serf"
        return cls(
            directory=directory, config=directory / "serf.json",
            keyring=directory / "keyring.json", rpc_token=directory / "rpc-token",
            snapshot=directory / "snapshot", drained=config.node.state_dir / "drained",
        )


def host_port(host: str, port: int) -> str:
    """`10.0.0.5:7946`, `[fd00::5]:7946`."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def seed_address(seed: str, gossip_port: int) -> str:
    """A `[fleet] join` seed with the gossip port added when it names none."""
    if seed.startswith("["):
        return seed if "]:" in seed else f"{seed}:{gossip_port}"
    return seed if seed.count(":") == 1 else host_port(seed, gossip_port)


def advertised(config: ApplianceConfig) -> str:
    fleet = config.fleet
    address = fleet.advertise or fleet.bind
    if address is None:
        raise ValueError("[fleet] bind is not set")
    return address


def roles(config: ApplianceConfig) -> str:
    return ",".join(["engines"] * bool(config.models) + ["proxy"])


def start_tags(config: ApplianceConfig, drained: bool) -> dict[str, str]:
    """The tags a node starts with (the agent adds `catalog` as soon as it has one)."""
    fleet = config.fleet
    tags = {
        TAG_FLEET: fleet.name,
        TAG_RELAY: host_port(advertised(config), fleet.relay_port),
        TAG_VERSION: __version__,
        TAG_ROLES: roles(config),
    }
    if drained:
        tags[TAG_DRAIN] = "1"
    check_tags(tags)
    return tags


def tags_size(tags: Mapping[str, str]) -> int:
    """The bytes Serf's encoding of `tags` takes (it sends them msgpack-encoded, after a
    one-byte version marker)."""
    return 1 + len(msgpack.packb(dict(tags), use_bin_type=True))


def check_tags(tags: Mapping[str, str]) -> None:
    size = tags_size(tags)
    if size > TAGS_MAX_BYTES:
        raise ValueError(
            f"the node's Serf tags take {size} bytes, over Serf's limit of {TAGS_MAX_BYTES}: "
            "shorten the fleet name, node name or roles"
        )


def render_config(
    config: ApplianceConfig, node_name: str, rpc_token: str, tags: Mapping[str, str],
    paths: SerfPaths,
) -> dict[str, Any]:
    """serf.json's content."""
    fleet = config.fleet
    if fleet.bind is None:
        raise ValueError("[fleet] bind is not set")
    data: dict[str, Any] = {
        "node_name": node_name,
        "bind": host_port(fleet.bind, fleet.gossip_port),
        "rpc_addr": host_port("127.0.0.1", fleet.serf_rpc_port),
        "rpc_auth": rpc_token,
        "keyring_file": str(paths.keyring),
        "snapshot_path": str(paths.snapshot),
        "profile": fleet.profile,
        "retry_join": [seed_address(s, fleet.gossip_port) for s in fleet.join],
        "retry_interval": RETRY_INTERVAL,
        # a restarted Serf (its snapshot says it left) joins again: the node is not
        # leaving the fleet just because Serf restarted
        "rejoin_after_leave": True,
        "tags": dict(tags),
        # supervisord stops Serf with SIGTERM when the node stops: leave, so the others
        # see `left` at once instead of `failed` after the probes time out
        "leave_on_terminate": True,
        "log_level": "warn",
    }
    if fleet.advertise:
        data["advertise"] = host_port(fleet.advertise, fleet.gossip_port)
    return data


def render_keyring(gossip_keys: list[str]) -> str:
    """Serf's keyring file: a JSON list of base64 keys, the primary first."""
    return json.dumps(gossip_keys)


def argv(serf_binary: str, paths: SerfPaths) -> list[str]:
    return [serf_binary, "agent", "-config-file", str(paths.config)]


def render_program(config: ApplianceConfig, command: list[str], digest: str) -> str:
    """Serf's supervisord program. Unlike the engines', supervisord starts it itself and
    restarts it when it dies; it stays down after a graceful leave (exit status 0)."""
    paths = SupervisorPaths.from_config(config)
    log_bytes = int(config.supervisor.log_max_mib * 1024 * 1024)
    for i, arg in enumerate(command):
        if not _PLAIN_ARG.fullmatch(arg):  # no spaces, quotes, %, line breaks
            raise ValueError(
                f"refusing to render Serf's program: argv[{i}] {arg!r} is not a plain path"
            )
    return f"""\
{DIGEST_MARK}{digest}
; Serf, this node's fleet membership: managed by appliance-agent; edits are overwritten.
[program:{PROGRAM}]
command={" ".join(command)}
directory={paths.workdir}
umask=077
autostart=true
autorestart=unexpected
exitcodes=0
startsecs=1
startretries=1000
stopsignal=TERM
stopwaitsecs=15
redirect_stderr=true
stdout_logfile={config.node.log_dir / (PROGRAM + ".log")}
stdout_logfile_maxbytes={log_bytes}
stdout_logfile_backups={config.supervisor.log_backups}
"""


def restart_digest(serf_config: Mapping[str, Any], command: list[str]) -> str:
    """What, when changed, needs Serf restarted: its command and config, tags aside (the
    agent changes those over RPC while Serf runs)."""
    kept = {k: v for k, v in serf_config.items() if k != "tags"}
    blob = json.dumps({"argv": command, "config": kept}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]
