"""What a valid node.toml needs from this host: installed engines, Presidio and the spaCy
model, files and directories it names. Each missing thing is a Problem at the TOML path of
the setting that needs it.

The schema and `parse_config` stay pure; this is the thin shell that looks at the host.
`appliance config check` runs all of it; the agent and the proxy run their own part when
they start (`agent_problems`, `proxy_problems`). The probes (`Host`) are passed in so that
tests can describe a host without installing or removing anything.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from appliance.config.schema import SIM_ENGINE, ApplianceConfig
from appliance.errors import Problem
from appliance.pii.analyzer import model_is_folder


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _executable(command: str) -> bool:
    if os.sep in command:
        return os.access(command, os.X_OK) and Path(command).is_file()
    return shutil.which(command) is not None


@dataclass(frozen=True)
class Host:
    """The probes: is a Python module importable, is a command runnable, does a path exist."""

    has_module: Callable[[str], bool] = _has_module
    executable: Callable[[str], bool] = _executable
    is_file: Callable[[Path], bool] = Path.is_file
    is_dir: Callable[[Path], bool] = Path.is_dir


THIS_HOST = Host()


def host_problems(config: ApplianceConfig, host: Host = THIS_HOST) -> list[Problem]:
    """Everything `config` needs from this host that is not there."""
    return agent_problems(config, host) + proxy_problems(config, host)


def agent_problems(config: ApplianceConfig, host: Host = THIS_HOST) -> list[Problem]:
    """What the agent needs: an engine installed for every engine kind a model names, and
    the inventory file when one is named."""
    problems = []
    inventory = config.gpus.inventory_file
    if inventory is not None and not host.is_file(inventory):
        what = "is a directory" if host.is_dir(inventory) else "does not exist"
        problems.append(
            Problem(
                "gpus.inventory_file",
                f"{inventory} {what}; write it with `appliance inventory --json > FILE` on "
                "the host to plan for, or remove the key to use NVML",
            )
        )
    used: dict[str, int] = {}
    for i, model in enumerate(config.models):
        used.setdefault(model.engine, i)
    for engine, first in used.items():
        section = config.engines.for_engine(engine)
        program = config.engines.command_for(engine)[0]
        if host.executable(program):
            continue
        if section.command:
            path, how = f"engines.{engine}.command", "fix the command"
        else:
            path = f"models[{first}].engine"
            how = f"install it there (docs/engines.md) or set engines.{engine}.command"
            if engine == SIM_ENGINE:
                how = "set engines.sim.command"
        problems.append(
            Problem(path, f"engine {engine!r} runs {program}, which is not installed on this host; {how}")
        )
    return problems


def proxy_problems(config: ApplianceConfig, host: Host = THIS_HOST) -> list[Problem]:
    """What the proxy needs: Presidio (and the spaCy model) when any model masks personal
    data, and an existing directory for a keys file or audit log that is named."""
    problems = []
    masking = [i for i, m in enumerate(config.models) if m.masks_pii(config.pii.enabled)]
    if config.pii.enabled or masking:
        path = "pii.enabled" if config.pii.enabled else f"models[{masking[0]}].pii"
        missing = [name for name in ("presidio_analyzer", "spacy") if not host.has_module(name)]
        if missing:
            problems.append(
                Problem(
                    path,
                    f"PII masking needs {' and '.join(missing)}, which this Python does not "
                    "have; install the appliance's `pii` extra (pip install -e '.[pii]')",
                )
            )
        model = config.pii.spacy_model
        if config.pii.nlp == "spacy" and model_is_folder(model):
            if not host.is_dir(Path(model)):
                problems.append(
                    Problem(
                        "pii.spacy_model",
                        f"{model} is no directory; name a spaCy model folder (the one with "
                        "meta.json) or an installed model package",
                    )
                )
        elif config.pii.nlp == "spacy" and not host.has_module(model):
            problems.append(
                Problem(
                    "pii.spacy_model",
                    f"spaCy model {model!r} is not installed; install its package "
                    "(docs/pii.md, \"Models\") or set pii.nlp = \"patterns\"",
                )
            )
    keys = config.auth.keys_file
    if keys is not None and host.is_dir(keys):
        problems.append(Problem("auth.keys_file", f"{keys} is a directory; name a file in it"))
    elif keys is not None and not host.is_dir(keys.parent):
        # not made on the fly: a typo here would hide every key the proxy should know
        problems.append(
            Problem(
                "auth.keys_file",
                f"directory {keys.parent} does not exist; create it or fix the path",
            )
        )
    audit = config.audit.path
    if config.audit.enabled and audit is not None and host.is_dir(audit):
        problems.append(Problem("audit.path", f"{audit} is a directory; name a file in it"))
    if config.fleet.enabled:
        problems += fleet_tls_problems(config)
    return problems


def fleet_tls_problems(config: ApplianceConfig) -> list[Problem]:
    """The relay's certificates, which the proxy (listener) and the agent (catalogs) need
    in a fleet: present, readable and matching (docs/fleet.md)."""
    from appliance.fleet.tls import FleetTlsError, server_context

    try:
        server_context(config.fleet.tls_dir)
    except FleetTlsError as exc:
        return [Problem("fleet.tls_dir", str(exc))]
    return []
