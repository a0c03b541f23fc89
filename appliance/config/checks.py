"""Checks that span several fields of a validated config. Each returns Problems with the
TOML path to fix, so `appliance config check` can list all of them at once.

They also run on the valid part of a config that has field errors (parse_config leaves out
the [[models]] and [[aliases]] entries that cannot stand); `models_at` and `aliases_at` then
give the TOML index of each entry kept, so every path names the entry in the file."""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Sequence

from appliance.config.schema import (
    AliasEntry,
    ApplianceConfig,
    ModelEntry,
    check_model_args,
)
from appliance.engines.native_multinode import MultiNodeError, check_engine_args
from appliance.errors import Problem
from appliance.placement.formulas import PPM, gpu_budget_ppm, to_ppm

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def toml_path(loc: tuple[str | int, ...]) -> str:
    """('models', 1, 'name') -> 'models[1].name'. A key that TOML cannot write bare is
    quoted, its escapes written out: ('env', 'A\\n') -> 'env."A\\n"'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            key = part if _BARE_KEY.fullmatch(part) else json.dumps(part)
            out += f".{key}" if out else key
    return out


Numbered = Sequence[tuple[int, ModelEntry]]


def cross_checks(
    config: ApplianceConfig,
    models_at: Sequence[int] | None = None,
    aliases_at: Sequence[int] | None = None,
) -> list[Problem]:
    models = list(zip(models_at or range(len(config.models)), config.models, strict=True))
    aliases = list(zip(aliases_at or range(len(config.aliases)), config.aliases, strict=True))
    problems: list[Problem] = []
    problems += _duplicate_names(models)
    problems += _fractions_within_budget(config, models)
    problems += _model_args(models)
    problems += _aliases(config, aliases) + _auth(config)
    problems += _nginx_status_port(config) + _ray(config) + _across_nodes(config, models)
    return problems


def _nginx_status_port(config: ApplianceConfig) -> list[Problem]:
    """nginx's stub_status listener and the proxy cannot share a port."""
    if config.nginx.status_port != config.proxy.port:
        return []
    return [Problem("nginx.status_port", f"{config.nginx.status_port} is also [proxy] port: "
                    "nginx's stub_status needs a port of its own")]


def _ray(config: ApplianceConfig) -> list[Problem]:
    if config.ray.enabled and not config.fleet.enabled:
        return [Problem("ray.enabled", "the Ray cluster is formed from the fleet: set "
                        "[fleet] enabled (and bind) too, or turn [ray] off")]
    return []


def _across_nodes(config: ApplianceConfig, models: Numbered) -> list[Problem]:
    """Models across nodes need the Ray cluster, and two of them share all their nodes or
    none: Ray hands each the reserved GPUs of its nodes as one pool (docs/fleet.md)."""
    problems = _native(config, models)
    seen: list[tuple[int, frozenset[str]]] = []
    for i, model in models:
        if not model.on_ray:
            continue
        where = toml_path(("models", i, "nodes"))
        if not config.ray.enabled:
            problems.append(Problem(where, "a model across nodes runs on the fleet's Ray "
                                    "cluster: set [ray] enabled (and [fleet]), or remove nodes"))
        nodes = frozenset(model.nodes)
        for j, other in seen:
            if other != nodes and other & nodes:
                problems.append(Problem(where, f"shares {', '.join(sorted(other & nodes))} "
                                        f"with models[{j}].nodes but not all its nodes: two "
                                        "models across nodes list the same nodes or none "
                                        "in common"))
        seen.append((i, nodes))
    return problems


def _native(config: ApplianceConfig, models: Numbered) -> list[Problem]:
    """Models across nodes in vLLM's native mode find their nodes through the fleet, and
    two whose groups' stores listen on the same node need two ports."""
    problems = []
    stores: dict[tuple[str, int], int] = {}
    for i, model in models:
        if not model.native:
            continue
        if not config.fleet.enabled:
            problems.append(Problem(toml_path(("models", i, "executor")), "a model across "
                                    "nodes finds its nodes' addresses in the fleet: set "
                                    "[fleet] enabled (and bind), or remove nodes"))
        try:
            check_engine_args(model.extra_args)
        except MultiNodeError as exc:
            problems.append(Problem(toml_path(("models", i, "extra_args")), str(exc)))
        store = (model.nodes[0], model.master_port)
        if store in stores:
            problems.append(Problem(toml_path(("models", i, "master_port")), f"{store[1]} "
                                    f"on {store[0]} is also models[{stores[store]}]"
                                    ".master_port: give each native model whose first node "
                                    "is the same a port of its own"))
        stores.setdefault(store, i)
    return problems


def _aliases(config: ApplianceConfig, aliases: Sequence[tuple[int, AliasEntry]]) -> list[Problem]:
    models = {m.name for m in config.models}
    seen: set[str] = set()
    problems = []
    for i, alias in aliases:
        path = toml_path(("aliases", i))
        if alias.name in models:
            problems.append(Problem(f"{path}.name", f"{alias.name!r} is also a model name"))
        if alias.name in seen:
            problems.append(Problem(f"{path}.name", f"duplicate alias {alias.name!r}"))
        seen.add(alias.name)
        if not alias.targets:
            problems.append(Problem(f"{path}.targets", "needs at least one target"))
        for target, weight in alias.targets.items():
            if target not in models:
                problems.append(
                    Problem(f"{path}.targets.{target}", "not a model of this node")
                )
            if weight < 0:
                problems.append(Problem(f"{path}.targets.{target}", f"weight must be >= 0, got {weight}"))
        if alias.targets and all(w == 0 for w in alias.targets.values()):
            problems.append(Problem(f"{path}.targets", "every weight is 0"))
    return problems


def is_loopback_host(host: str) -> bool:
    """Whether listening on `host` reaches this host only: "localhost" itself, or an IP
    literal in 127.0.0.0/8 or ::1 (an IPv4-mapped ::ffff:127.x too). Any other name is not,
    whatever it resolves to today: "localhost.example.com" is a name in someone's DNS."""
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


def _auth(config: ApplianceConfig) -> list[Problem]:
    problems = []
    if not config.auth.enabled and not is_loopback_host(config.proxy.host):
        problems.append(
            Problem(
                "auth.enabled",
                "false needs proxy.host on loopback (localhost, or an address in "
                f"127.0.0.0/8 or ::1), got {config.proxy.host!r}: without keys anyone who "
                "reaches the proxy may use it",
            )
        )
    for role, patterns in config.auth.roles.items():
        if not patterns:
            problems.append(Problem(f"auth.roles.{role}", "needs at least one model pattern"))
    for role in config.rate_limits.roles:
        if role not in config.auth.roles:
            problems.append(
                Problem(f"rate_limits.roles.{role}", f"no such role in auth.roles ({', '.join(config.auth.roles)})")
            )
    return problems


def _duplicate_names(models: Numbered) -> list[Problem]:
    first: dict[str, int] = {}
    problems = []
    for i, model in models:
        if model.name in first:
            problems.append(
                Problem(
                    toml_path(("models", i, "name")),
                    f"duplicate model name {model.name!r} (also models[{first[model.name]}])",
                )
            )
        else:
            first[model.name] = i
    return problems


def _fractions_within_budget(config: ApplianceConfig, models: Numbered) -> list[Problem]:
    budget = gpu_budget_ppm(config.gpus.reserve_fraction)
    problems = []
    for i, model in models:
        if model.gpu_memory_fraction is not None and to_ppm(model.gpu_memory_fraction) > budget:
            problems.append(
                Problem(
                    toml_path(("models", i, "gpu_memory_fraction")),
                    f"{model.gpu_memory_fraction} is above the per-GPU budget "
                    f"{budget / PPM:g} (1 - gpus.reserve_fraction)",
                )
            )
    return problems


def _model_args(models: Numbered) -> list[Problem]:
    return [
        Problem(toml_path(("models", i, *loc)), message)
        for i, model in models
        for loc, message in check_model_args(model)
    ]
