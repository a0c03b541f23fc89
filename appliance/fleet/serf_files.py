"""Serf's files in `state_dir/serf/` (a shell: file I/O only; the content is
appliance.fleet.serf_config's).

- `serf.json` is rewritten at every agent start (0600: it holds the RPC token).
- `keyring.json` is written from the fleet keyring only when absent: after that Serf owns
  it and rewrites it when `appliance fleet keys apply` rotates the fleet's keys.
- `rpc-token` is made once (0600) and read by the agent and the CLI.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from appliance.agent.secrets import load_or_create_token
from appliance.config.schema import ApplianceConfig
from appliance.fleet import serf_config
from appliance.fleet.keys import gossip_keys, read_keyring
from appliance.fleet.serf_config import SerfPaths


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def rpc_token(paths: SerfPaths) -> str:
    """This node's Serf RPC token, made on first use."""
    return load_or_create_token(paths.rpc_token)


def read_rpc_token(paths: SerfPaths) -> str:
    """The token for a client (the CLI): FileNotFoundError before the agent made one."""
    return paths.rpc_token.read_text(encoding="ascii").strip()


def is_drained(paths: SerfPaths) -> bool:
    return paths.drained.exists()


def set_drained(paths: SerfPaths, drained: bool) -> None:
    if drained:
        _write_private(paths.drained, "drained by `appliance drain`; `appliance undrain` ends it\n")
    else:
        paths.drained.unlink(missing_ok=True)


def write_serf_files(
    config: ApplianceConfig, node_name: str, tags: Mapping[str, str], serf_binary: str
) -> tuple[list[str], str]:
    """Write serf.json (and the keyring and token when absent); (Serf's argv, the digest
    that says when Serf must restart). Raises FleetKeyError for a bad fleet keyring."""
    paths = SerfPaths.from_config(config)
    if not paths.keyring.exists():
        keyring = read_keyring(config.fleet.key_file)
        _write_private(
            paths.keyring, serf_config.render_keyring(gossip_keys(keyring, config.fleet.name))
        )
    data: dict[str, Any] = serf_config.render_config(
        config, node_name, rpc_token(paths), tags, paths
    )
    _write_private(paths.config, json.dumps(data, indent=2, sort_keys=True) + "\n")
    command = serf_config.argv(serf_binary, paths)
    return command, serf_config.restart_digest(data, command)
