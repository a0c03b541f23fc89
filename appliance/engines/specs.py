"""EngineSpec: the exact process one replica runs, derived purely from config and plan.

A spec's `digest` covers everything that, when changed, requires restarting the engine
(argv and environment). The agent compares digests to decide what a reload touches.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from appliance.config.schema import SIM_ENGINE, ApplianceConfig, ModelEntry
from appliance.engines.base_env import BASE_ENV
from appliance.engines.native_multinode import SERVE, NodeRank, cpu_engine_args, rank_command
from appliance.engines.sockets import socket_path
from appliance.placement.planner import Placement, Plan

PROGRAM_PREFIX = "engine-"
# vLLM's flag for a model across nodes: one placement group of TP × PP GPU bundles on Ray
RAY_EXECUTOR = ("--distributed-executor-backend", "ray")
# What a request to an engine names as its host: the connection is to the engine's unix
# socket, so the name only fills the URL and the Host header.
ENGINE_URL = "http://localhost"


@dataclass(frozen=True)
class EngineSpec:
    name: str
    model: str
    replica: int
    engine: str
    argv: tuple[str, ...]
    env: tuple[tuple[str, str], ...]
    socket: Path  # the unix socket the engine listens on (appliance/engines/sockets.py)
    gpus: tuple[int, ...]
    gpu_uuids: tuple[str, ...]
    fraction: float
    memory_gib: float
    start_timeout_s: float
    unhealthy_timeout_s: float
    devices: frozenset[str] = field(default_factory=frozenset)
    task: str = "generate"  # the model's task: which endpoints the proxy sends it

    @property
    def digest(self) -> str:
        blob = json.dumps({"argv": self.argv, "env": self.env}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


def program_name(model: str, replica: int) -> str:
    """A supervisord program name for a replica: `engine-<model>-<replica>`. Characters
    supervisord does not allow become `_`, plus a short hash so two names never meet."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", model)
    if safe != model:
        safe += "-" + hashlib.sha256(model.encode()).hexdigest()[:6]
    return f"{PROGRAM_PREFIX}{safe}-{replica}"


def _fmt(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def engine_argv(
    command: list[str], model: ModelEntry, placement: Placement, socket: Path
) -> tuple[str, ...]:
    argv = [
        *command,
        "--model", model.source,
        "--served-model-name", model.name,
        "--uds", str(socket),
    ]
    if model.uses_gpu:
        argv += [
            "--gpu-memory-utilization", _fmt(placement.fraction),
            "--tensor-parallel-size", str(model.tensor_parallel_size),
            "--pipeline-parallel-size", str(model.pipeline_parallel_size),
        ]
    elif model.engine == "vllm-cpu":
        argv += ["--enforce-eager"]
    if model.max_model_len is not None:
        argv += ["--max-model-len", str(model.max_model_len)]
    if model.task == "embed" and model.engine != SIM_ENGINE:
        argv += ["--runner", "pooling"]  # vLLM's embedding runner; the sim serves every endpoint
    return tuple(argv + list(model.extra_args))


def engine_env(config: ApplianceConfig, model: ModelEntry, placement: Placement) -> dict[str, str]:
    env = dict(BASE_ENV)
    if model.engine == SIM_ENGINE:  # the simulated engine reads its options from the environment
        # JSON holds double quotes; escape single ones so supervisord can carry it
        options = json.dumps(model.engine_options, sort_keys=True).replace("'", "\\u0027")
        env["APPLIANCE_SIM_OPTIONS"] = options
    if model.on_ray:
        pass  # Ray gives each of its workers its GPUs
    elif model.uses_gpu:
        # NVML numbers GPUs in PCI bus order; make CUDA use the same numbering.
        env["CUDA_DEVICE_ORDER"] = "PCI_BUS_ID"
        env["CUDA_VISIBLE_DEVICES"] = ",".join(str(i) for i in placement.gpus)
    elif model.engine == "vllm-cpu":
        env["VLLM_CPU_KVCACHE_SPACE"] = str(max(1, math.ceil(model.memory_gib or 1)))
    env.update(config.engines.for_engine(model.engine).env)
    env.update(model.env)
    return env


def _devices(model: ModelEntry, placement: Placement) -> frozenset[str]:
    """What a replica's start must wait for: replicas sharing a device start one after
    another. CPU engines all share the host's memory and cores, so they queue on "cpu";
    simulated engines load nothing and queue on nothing."""
    if placement.gpus:
        return frozenset(f"gpu:{u}" for u in placement.gpu_uuids)
    return frozenset({"cpu"}) if model.engine == "vllm-cpu" else frozenset()


def native_model_args(model: ModelEntry, placement: Placement) -> tuple[str, ...]:
    """The arguments of a native model across nodes that every rank runs alike (the
    group's own options are appliance.engines.native_multinode's)."""
    args = ["--model", model.source, "--served-model-name", model.name]
    if model.engine == "vllm-cpu":
        args += ["--enforce-eager"]
    elif model.uses_gpu:
        args += ["--gpu-memory-utilization", _fmt(placement.fraction)]
    if model.max_model_len is not None:
        args += ["--max-model-len", str(model.max_model_len)]
    args += list(model.extra_args)
    if model.engine == "vllm-cpu":
        return cpu_engine_args(args, model.pipeline_parallel_size)
    return tuple(args)


def native_rank(config: ApplianceConfig, model: ModelEntry, placement: Placement,
                rank: NodeRank, socket: Path | None) -> tuple[tuple[str, ...], dict[str, str]]:
    """The argv and environment of this node's rank of a native model across nodes, from
    native_multinode.rank_command (`socket`: rank 0's, None for a headless rank). vLLM's
    engines run `vllm serve` with their own Python; the simulated engine takes the same
    arguments after its own command. Raises MultiNodeError."""
    command = config.engines.command_for(model.engine)
    built = rank_command(command[0], native_model_args(model, placement), rank, socket)
    argv = built.argv if model.engine != SIM_ENGINE else (
        *command, *built.argv[1 + len(SERVE):])
    return tuple(argv), {**engine_env(config, model, placement), **dict(built.env)}


def build_specs(config: ApplianceConfig, plan: Plan,
                ray: Mapping[str, Mapping[str, str]] | None = None,
                native: Mapping[str, NodeRank] | None = None) -> list[EngineSpec]:
    """One spec per placed replica, in plan order. A model across nodes has one only on
    the node that runs it and only while it runs (`ray`: model -> the Ray environment of
    its engine, appliance.fleet.ray_config.engine_environment); it gets vLLM's Ray
    executor. A native one (`native`: model -> this node's rank, while it runs) has one on
    its rank 0 only, which serves the API; the other ranks are headless programs
    (appliance.agent.native_member)."""
    models = {m.name: m for m in config.models}
    ray, native = ray or {}, native or {}
    specs = []
    for p in plan.placements:
        model = models[p.model]
        if model.on_ray and (not p.runs_engine or p.model not in ray):
            continue
        if model.native and (p.model not in native or native[p.model].node_rank != 0):
            continue
        kind = config.engines.for_engine(model.engine)
        command = config.engines.command_for(model.engine)
        name = program_name(p.model, p.replica)
        socket = socket_path(config.node.run_dir, name)
        if model.native:
            argv, env = native_rank(config, model, p, native[p.model], socket)
        else:
            argv = engine_argv(command, model, p, socket) + (
                RAY_EXECUTOR if model.on_ray else ())
            env = {**engine_env(config, model, p), **ray.get(p.model, {})}
        specs.append(
            EngineSpec(
                name=name,
                model=p.model,
                replica=p.replica,
                engine=model.engine,
                argv=argv,
                env=tuple(sorted(env.items())),
                socket=socket,
                gpus=p.gpus,
                gpu_uuids=p.gpu_uuids,
                fraction=p.fraction,
                memory_gib=p.memory_gib,
                start_timeout_s=kind.start_timeout_s,
                unhealthy_timeout_s=kind.unhealthy_timeout_s,
                devices=_devices(model, p),
                task=model.task,
            )
        )
    return specs
