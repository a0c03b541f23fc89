"""The node.toml schema: one frozen pydantic model tree, every knob declared once.

Each field carries its default and a description that says what raising or lowering it
costs; `appliance config defaults` and docs/configuration.md are generated from here.
Checks that need more than one field (duplicate names, aliases naming models) live in
`appliance.config.checks`, so that every problem is reported with its own TOML path.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, ConfigDict, Field, Strict, ValidationInfo, model_validator

from appliance.config.fleet_schema import FleetSection
from appliance.config.nginx_schema import NginxSection
from appliance.config.proxy_schema import (
    AliasEntry,
    AuditSection,
    AuthSection,
    PiiSection,
    ProxySection,
    RateLimitsSection,
)
from appliance.config.ray_schema import RaySection
from appliance.config.types import (
    Count,
    Env,
    Fraction,
    GpuRef,
    ModelName,
    PlainText,
    Port,
    PositiveFloat,
    ReserveFraction,
    Section,
    TomlPath,
    within,
)

# The engines this release can run. Later releases add more; a model naming an engine
# that is not here is rejected by validation with the list of known ones.
# `vllm` runs on NVIDIA GPUs; `vllm-cpu` is vLLM's CPU build, for hosts without a GPU.
ENGINES = ("vllm", "vllm-cpu", "sim")
GPU_ENGINES = ("vllm",)
# `sim` is the simulated engine (appliance.sim): an OpenAI-compatible server with set
# latency and speed, for benchmarks and tests at a scale real engines cannot run here.
SIM_ENGINE = "sim"
SERVER_MODULE = "vllm.entrypoints.openai.api_server"

# Flags the appliance derives from the plan; setting them in extra_args would fight it.
RESERVED_ENGINE_FLAGS = {
    "--gpu-memory-utilization": "gpu_memory_fraction",
    "--tensor-parallel-size": "tensor_parallel_size",
    "-tp": "tensor_parallel_size",
    "--pipeline-parallel-size": "pipeline_parallel_size",
    "-pp": "pipeline_parallel_size",
    "--served-model-name": "name",
    "--model": "source",
    "--max-model-len": "max_model_len",
    "--api-key": None,
    "--runner": "task",
    "--distributed-executor-backend": "nodes",
}
# Flags that would make an engine listen elsewhere than on its unix socket.
LISTEN_FLAGS = ("--uds", "--host", "--port")
# Environment the appliance sets per replica.
RESERVED_ENV = {"CUDA_VISIBLE_DEVICES"}
# A unix socket's path holds at most 107 bytes (Linux: sun_path less its final NUL). An
# engine's socket is `run_dir/engines/<program>.sock` when that fits, else
# `run_dir/engines/<16 hex digits>.sock` (appliance/engines/sockets.py), which fits
# whenever run_dir is at most RUN_DIR_MAX bytes long.
SUN_PATH_MAX = 107
RUN_DIR_MAX = SUN_PATH_MAX - len("/engines/0123456789abcdef.sock")


def _short_run_dir(path: Path) -> Path:
    size = len(str(path).encode())
    if size > RUN_DIR_MAX:
        raise ValueError(
            f"must be at most {RUN_DIR_MAX} bytes long, got {size}: the unix sockets of the "
            f"engines under it need a path of at most {SUN_PATH_MAX}"
        )
    return path



class NodeSection(Section):
    """This host: its name and where the appliance keeps its state."""

    name: PlainText | None = Field(
        None,
        description="Name of this node in plans, status and metrics. Unset means the host "
        "name. Changing it later makes the node look new to anything that recorded it.",
    )
    state_dir: TomlPath = Field(
        Path("/var/lib/appliance"),
        description="Directory for the appliance's state (rendered process configs, keys, "
        "caches). Must be writable by the appliance user.",
    )
    log_dir: TomlPath = Field(
        Path("/var/log/appliance"),
        description="Directory for engine and service logs.",
    )
    run_dir: Annotated[TomlPath, AfterValidator(_short_run_dir)] = Field(
        Path("/run/appliance"),
        description="Directory for the unix sockets of supervisord and the agent API, and "
        "of the engines (in `engines/`, which the agent keeps 0750). Anyone who can write "
        "to these sockets controls the engines: keep it 0750, owned by the appliance user. "
        f"At most {RUN_DIR_MAX} bytes long, so that every socket path under it fits.",
    )


class GpusSection(Section):
    """How the GPUs of this host are found and shared."""

    reserve_fraction: ReserveFraction = Field(
        0.05,
        description="Fraction of every GPU's memory never given to replicas; it is left "
        "for CUDA contexts, NCCL buffers and the driver. Lowering it packs more replicas "
        "per GPU at the risk of out-of-memory at engine start; raise it on GPUs shared "
        "with other programs.",
    )
    policy: Literal["binpack", "spread"] = Field(
        "binpack",
        description="Placement policy. `binpack` fills partly used GPUs first and keeps "
        "whole GPUs free for large models; `spread` puts each replica on the least "
        "allocated GPUs, which lowers contention between replicas but fragments memory.",
    )
    inventory_file: TomlPath | None = Field(
        None,
        description="Read the GPU inventory from this JSON file (the output of "
        "`appliance inventory --json`) instead of NVML. For development, CI and planning "
        "for another host. A relative path is relative to node.toml.",
    )
    exclude: list[GpuRef] = Field(
        default_factory=list,
        description="GPUs the appliance must not use, by index or UUID (for example a GPU "
        "that drives a display or belongs to another workload).",
    )
    over_quota_action: Literal["log", "restart"] = Field(
        "log",
        description="What the GPU memory watchdog does when an engine's processes use more "
        "GPU memory than its quota (fraction × GPU total): `log` raises a metric and a log "
        "line; `restart` also restarts the engine, which costs its cold start.",
    )
    watchdog_interval_s: PositiveFloat = Field(
        30.0,
        description="Seconds between GPU memory watchdog checks (NVML per-process memory). "
        "Lower catches a runaway engine sooner and costs an NVML query per GPU each time.",
    )


class ModelEntry(Section):
    """One `[[models]]` entry: a model and how many replicas of it run on this node."""

    name: ModelName = Field(
        description="The model name API clients send (the OpenAI `model` field). Unique "
        "per node.",
    )
    source: PlainText = Field(
        description="Where the weights come from: a hub id (`Qwen/Qwen2.5-7B-Instruct`) or "
        "a local directory.",
    )
    engine: Literal[ENGINES] = Field(  # type: ignore[valid-type]
        "vllm",
        description="The engine that serves this model. `vllm` is the production engine.",
    )
    task: Literal["generate", "embed"] = Field(
        "generate",
        description="What the model does, which decides the endpoints it serves: `generate` "
        "(/v1/chat/completions and /v1/completions) or `embed` (/v1/embeddings; vLLM runs it "
        "with `--runner pooling`). The proxy answers any other endpoint with 400 naming the "
        "models that serve it.",
    )
    replicas: Count = Field(
        1,
        description="Number of engine processes for this model on this node. More replicas "
        "give more throughput and survive one engine's crash, at the cost of one copy of "
        "the weights each.",
    )
    gpu_memory_fraction: Fraction | None = Field(
        None,
        description="Fraction of each GPU's total memory one replica may take (weights, "
        "activations and KV cache); passed to vLLM as `--gpu-memory-utilization`. Set "
        "exactly one of this and `memory_gib`.",
    )
    memory_gib: PositiveFloat | None = Field(
        None,
        description="GiB of each GPU one replica may take; converted to a fraction of the "
        "total of the GPU it lands on (rounded up). Set exactly one of this and "
        "`gpu_memory_fraction`.",
    )
    tensor_parallel_size: Count = Field(
        1,
        description="GPUs one replica shards its layers over (all of one type, same "
        "fraction on each). Larger splits fit bigger models and lower latency, and cost "
        "inter-GPU traffic.",
    )
    pipeline_parallel_size: Count = Field(
        1,
        description="Pipeline stages per replica. On one node a replica takes "
        "tensor_parallel_size × pipeline_parallel_size GPUs.",
    )
    gpu_type: PlainText | None = Field(
        None,
        description="Only place this model on GPUs whose name contains this text, ignoring "
        "case (for example `H100` or `L4`). Unset means any GPU.",
    )
    max_model_len: Count | None = Field(
        None,
        description="Longest context (prompt + output tokens) the engine accepts. Unset "
        "means the model's own maximum; lowering it leaves more memory for KV cache.",
    )
    extra_args: list[PlainText] = Field(
        default_factory=list,
        description="Further engine command-line arguments, passed as given (for example "
        '`["--enable-prefix-caching"]`). Flags the appliance sets from this entry are '
        "refused here.",
    )
    env: Env = Field(
        default_factory=dict,
        description="Further environment variables for the engine process. "
        "CUDA_VISIBLE_DEVICES is set by the planner and refused here.",
    )
    pii: bool | None = Field(
        None,
        description="Mask personal data for this model: true or false overrides "
        "`[pii] enabled` (false for a model the operator trusts with it).",
    )
    pii_scan_answers: bool | None = Field(
        None,
        description="Scan this model's answers for personal data the client never sent: "
        "true or false overrides `[pii] scan_answers` (only where the model masks "
        "personal data at all).",
    )
    retry_on_timeout: bool = Field(
        False,
        description="Also send a request to another replica after a failure that may have "
        "cost its engine work: no first byte within `[proxy] first_byte_timeout_s`, a "
        "connection closed after the request was written, a non-streaming answer cut short "
        "or stalled. Each such retry can run the whole generation again; set it only for "
        "models whose requests are cheap to repeat. Streams are never retried once a byte "
        "went to the client.",
    )
    engine_options: dict[str, Any] = Field(
        default_factory=dict,
        description="Options of the simulated engine (engine `sim` only): its mode, "
        "latency_ms, tokens_per_s and the others listed in docs/engines.md.",
    )
    nodes: list[PlainText] = Field(
        default_factory=list,
        description="Run this model across these fleet nodes (two or more distinct node "
        "names) on the fleet's Ray cluster, with vLLM's Ray executor (needs `[ray] "
        "enabled`). Its tensor_parallel_size × pipeline_parallel_size GPUs are split "
        "evenly: each listed node reserves that product / the number of nodes whole GPUs, "
        "which must divide evenly, and nothing else is placed on them; "
        "gpu_memory_fraction (or memory_gib) is what vLLM uses of each. The first live "
        "listed node runs the engine; the model is down (503 with the reason) while any "
        "listed node is missing from the fleet or the Ray cluster. A node not listed "
        "ignores the entry, so one node.toml may be rolled out to every node. Engines "
        "`vllm` and `sim` only (and `vllm-cpu` with executor `native`); one replica. "
        "Empty: an ordinary model of this node.",
    )
    executor: Literal["ray", "native"] = Field(
        "ray",
        description="How a model across nodes (`nodes`) runs. `ray`: one engine on the "
        "first listed node with vLLM's Ray executor on the fleet's Ray cluster (needs "
        "`[ray] enabled`). `native`: vLLM's own multi-node mode, no Ray: every listed node "
        "runs its rank (its position in `nodes`) as a program of its own, rank 0 serves "
        "the API and the others run headless; torch's TCP store listens on the first "
        "node's fleet address at `master_port`. Native needs only `[fleet]`, and also "
        "takes engine `vllm-cpu` (gloo). Ignored without `nodes`.",
    )
    master_port: int = Field(
        29501, ge=1024, le=65535,
        description="Executor `native`: the TCP port of the group's store (torch's TCP "
        "store, vLLM's default 29501) on the first listed node, which every other rank "
        "connects to at that node's fleet address; the store listens on every address "
        "of the node. It must be free there and reachable from the other listed nodes; "
        "two native models with the same first node need two ports. vLLM's own data "
        "paths (ZeroMQ, gloo) take ports the kernel chooses on the fleet addresses.",
    )

    @model_validator(mode="after")
    def _entry_rules(self, info: ValidationInfo) -> ModelEntry:
        if info.context and info.context.get(ENTRY_RULES_LATER):
            return self  # parse_config checks them on the raw entry, beside its field errors
        problems = entry_rules(self.__dict__)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def masks_pii(self, pii_enabled: bool) -> bool:
        return pii_enabled if self.pii is None else self.pii

    def scans_answers(self, scan_answers: bool) -> bool:
        return scan_answers if self.pii_scan_answers is None else self.pii_scan_answers

    @property
    def uses_gpu(self) -> bool:
        return uses_gpu(self.engine, self.nodes)

    @property
    def spans_nodes(self) -> bool:
        """Whether this entry runs across the nodes it lists (on Ray, or natively)."""
        return bool(self.nodes)

    @property
    def on_ray(self) -> bool:
        """Whether this entry runs across nodes with vLLM's Ray executor."""
        return bool(self.nodes) and self.executor == "ray"

    @property
    def native(self) -> bool:
        """Whether this entry runs across nodes with vLLM's native multi-node mode."""
        return bool(self.nodes) and self.executor == "native"

    def meant_for(self, node: str) -> bool:
        """Whether this node serves the entry: an ordinary one, or one that lists it."""
        return not self.nodes or node in self.nodes

    @property
    def gpus_per_replica(self) -> int:
        return self.tensor_parallel_size * self.pipeline_parallel_size


class EngineSection(Section):
    """How the appliance runs one engine kind."""

    command: list[PlainText] | None = Field(
        None,
        description="The engine's command, before the arguments the appliance adds (model, "
        "socket, memory, parallelism). Unset means `/opt/appliance/ENGINE/bin/python -m "
        "vllm.entrypoints.openai.api_server`, ENGINE being `vllm` or `vllm-cpu`: each "
        "engine kind in its own virtualenv, so an operator upgrades vLLM without touching "
        "the appliance. Set it to wrap the engine (for example with `numactl`).",
    )
    start_timeout_s: PositiveFloat = Field(
        900.0,
        description="Seconds an engine may take from start to a healthy /health before it "
        "is restarted. Large models load for minutes; too low a value restarts an engine "
        "that was about to become ready.",
    )
    unhealthy_timeout_s: PositiveFloat = Field(
        120.0,
        description="Seconds a running engine may fail its health check before it is "
        "restarted. Lower recovers a hung engine sooner; higher rides out long pauses.",
    )
    env: Env = Field(
        default_factory=dict,
        description="Environment for every engine of this kind (model entries add to it).",
    )


class EnginesSection(Section):
    """The engine kinds a model's `engine` names."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    vllm: EngineSection = Field(
        default_factory=EngineSection,
        description="vLLM on NVIDIA GPUs.",
    )
    vllm_cpu: EngineSection = Field(
        default_factory=EngineSection,
        alias="vllm-cpu",
        description="vLLM's CPU build, for hosts without a GPU (first runs, CI). A "
        "replica's `memory_gib` is its KV cache (VLLM_CPU_KVCACHE_SPACE, whole GiB).",
    )
    sim: EngineSection = Field(
        default_factory=EngineSection,
        description="The simulated engine, for benchmarks and scale tests. Unset command "
        "means this Python running `-m appliance.sim.engine`.",
    )

    def for_engine(self, engine: str) -> EngineSection:
        return {"vllm": self.vllm, "vllm-cpu": self.vllm_cpu, SIM_ENGINE: self.sim}[engine]

    def command_for(self, engine: str) -> list[str]:
        if engine == SIM_ENGINE:
            return self.sim.command or [sys.executable, "-m", "appliance.sim.engine"]
        return self.for_engine(engine).command or [
            f"/opt/appliance/{engine}/bin/python", "-m", SERVER_MODULE,
        ]


class SupervisorSection(Section):
    """appliance-supervisord, the process manager that owns every engine."""

    stop_timeout_s: PositiveFloat = Field(
        60.0,
        description="Seconds an engine gets to exit after SIGTERM before its whole process "
        "group is killed. vLLM frees GPU memory on a clean exit; too short a timeout can "
        "leave memory held until the driver reclaims it.",
    )
    log_max_mib: PositiveFloat = Field(
        50.0,
        description="Size at which an engine's log file is rotated.",
    )
    log_backups: Annotated[int, within(0)] = Field(
        5,
        description="Rotated engine log files kept per engine.",
    )


class AgentSection(Section):
    """appliance-agent, the node daemon."""

    api_port: Port | None = Field(
        None,
        description="Also serve the agent API on 127.0.0.1 at this port (it is always on "
        "the unix socket run_dir/agent.sock). Every request on the port must carry the "
        "bearer token in state_dir/agent-api-token (mode 0600, made by the agent), since "
        "any local account can reach a loopback port and the API loads models with their "
        "environment and arguments.",
    )
    health_interval_s: PositiveFloat = Field(
        5.0,
        description="Seconds between engine state and /health checks, and reads of each "
        "healthy engine's /metrics (re-exported by the agent as appliance_engine_*). Lower "
        "notices a crash or readiness sooner and keeps those metrics fresher; each check "
        "is one XML-RPC call and two HTTP requests per engine.",
    )
    restart_backoff_s: PositiveFloat = Field(
        5.0,
        description="Delay before the first restart of a crashed engine; it doubles with "
        "each crash in a row up to restart_backoff_max_s.",
    )
    restart_backoff_max_s: PositiveFloat = Field(
        300.0,
        description="Longest delay between restarts of a crash-looping engine.",
    )
    drain_timeout_s: Annotated[float, Strict(), within(0)] = Field(
        60.0,
        description="Longest wait for the requests in flight on an engine that a reload "
        "(or `models load|unload`) changes or removes: the engine first leaves routing, "
        "then stops once the proxies report none of their requests on it and the engine "
        "reports none running or waiting, or when this time is up. Longer lets long "
        "generations finish, and a reload may take this long; 0 stops such engines at once.",
    )
    max_restarts: Count = Field(
        5,
        description="Crashes in a row (without becoming ready in between) after which an "
        "engine is marked failed and left stopped, with the end of its log in "
        "`appliance status`. `appliance reload` tries failed engines again.",
    )


class ApplianceConfig(Section):
    """The whole node.toml."""

    node: NodeSection = Field(default_factory=NodeSection, description="This host.")
    gpus: GpusSection = Field(
        default_factory=GpusSection, description="GPU discovery and sharing."
    )
    models: list[ModelEntry] = Field(
        default_factory=list, description="The models this node serves."
    )
    engines: EnginesSection = Field(
        default_factory=EnginesSection, description="Engine kinds."
    )
    supervisor: SupervisorSection = Field(
        default_factory=SupervisorSection, description="The engine process manager."
    )
    agent: AgentSection = Field(default_factory=AgentSection, description="The node daemon.")
    proxy: ProxySection = Field(default_factory=ProxySection, description="The API proxy.")
    auth: AuthSection = Field(default_factory=AuthSection, description="API keys and roles.")
    rate_limits: RateLimitsSection = Field(
        default_factory=RateLimitsSection, description="Per-key limits."
    )
    audit: AuditSection = Field(default_factory=AuditSection, description="The audit log.")
    pii: PiiSection = Field(default_factory=PiiSection, description="PII masking.")
    aliases: list[AliasEntry] = Field(
        default_factory=list, description="Model names that spread over other models."
    )
    nginx: NginxSection = Field(
        default_factory=NginxSection, description="The HTTPS front door in front of the proxy."
    )
    fleet: FleetSection = Field(
        default_factory=FleetSection, description="The fleet this node belongs to."
    )
    ray: RaySection = Field(
        default_factory=RaySection, description="The fleet's Ray cluster (models across nodes)."
    )


# Validation context key: leave the rules across an entry's fields to the caller, which runs
# entry_rules on the raw entry so that they are reported in the same run as field errors.
ENTRY_RULES_LATER = "entry_rules_later"


def uses_gpu(engine: object, nodes: object) -> bool:
    """GPU engines use GPUs; so does the simulated engine across nodes, which stands in for
    vLLM's Ray executor (its GPUs are reserved in the plan like vLLM's)."""
    return engine in GPU_ENGINES or (engine == SIM_ENGINE and bool(nodes))


def node_rules(entry: Mapping[str, Any]) -> list[str]:
    """The rules of a [[models]] entry's `nodes` (a model across nodes on Ray)."""
    nodes = entry.get("nodes") or []
    if not isinstance(nodes, list) or not nodes:
        return []
    problems = []
    names = [n for n in nodes if isinstance(n, str)]
    if len(set(names)) < 2 or len(set(names)) != len(names):
        problems.append(f"nodes must name two or more distinct nodes, got {names!r}")
    engine = entry.get("engine", "vllm")
    if entry.get("executor", "ray") == "native":
        if engine not in (*GPU_ENGINES, "vllm-cpu", SIM_ENGINE):
            problems.append(f"engine {engine!r} cannot run across nodes: vLLM's native "
                            "multi-node mode takes engine 'vllm' or 'vllm-cpu' ('sim' for "
                            "tests)")
    elif engine not in (*GPU_ENGINES, SIM_ENGINE):
        problems.append(f"engine {engine!r} cannot run across nodes: vLLM's Ray executor "
                        "needs GPUs (use engine 'vllm', or 'sim' for tests; executor "
                        "'native' for 'vllm-cpu')")
    if entry.get("replicas", 1) != 1:
        problems.append("a model across nodes runs one replica: remove replicas")
    tp, pp = entry.get("tensor_parallel_size", 1), entry.get("pipeline_parallel_size", 1)
    if isinstance(tp, int) and isinstance(pp, int) and names and (tp * pp) % len(names):
        problems.append(
            f"tensor_parallel_size × pipeline_parallel_size = {tp * pp} GPUs do not split "
            f"evenly over {len(names)} nodes: make it a multiple of {len(names)}")
    return problems


def entry_rules(entry: Mapping[str, Any]) -> list[str]:
    """Rules across the fields of one [[models]] entry. `entry` is a validated entry's fields
    or the raw TOML table (a missing key means its default; a value may be of any type)."""
    engine = entry.get("engine", "vllm")
    fraction, gib = entry.get("gpu_memory_fraction"), entry.get("memory_gib")
    spans = bool(entry.get("nodes"))
    problems = node_rules(entry)
    # memory_gib is optional for the simulated engine (its routing weight)
    if (fraction is None) == (gib is None) and not (
            engine == SIM_ENGINE and not spans and fraction is None):
        got = "both" if fraction is not None else "neither"
        problems.append(f"set exactly one of gpu_memory_fraction or memory_gib, got {got}")
    if isinstance(engine, str) and engine in ENGINES and not uses_gpu(engine, spans):
        wrong = [
            name
            for name, bad in (
                ("gpu_memory_fraction", fraction is not None),
                ("gpu_type", entry.get("gpu_type") is not None),
                # across nodes the CPU build splits TP × PP over the nodes (gloo)
                ("tensor_parallel_size", entry.get("tensor_parallel_size", 1) != 1
                 and not spans),
                ("pipeline_parallel_size", entry.get("pipeline_parallel_size", 1) != 1
                 and not spans),
            )
            if bad
        ]
        if wrong:
            problems.append(
                f"engine {engine!r} runs on the CPU: set memory_gib (its KV cache) and "
                f"remove {', '.join(wrong)}"
            )
    options = entry.get("engine_options") or {}
    if engine != SIM_ENGINE:
        if options:
            problems.append(f"engine_options are for engine 'sim', not {engine!r}")
    elif isinstance(options, Mapping):
        from pydantic import ValidationError

        from appliance.sim.options import SimOptions, describe  # the sim's own schema

        try:
            SimOptions.model_validate(dict(options))
        except ValidationError as exc:
            problems.append(f"engine_options: {describe(exc)}")
    return problems


def check_model_args(entry: ModelEntry) -> list[tuple[tuple[str | int, ...], str]]:
    """Problems in a model's extra_args and env, as (path within the entry, message)."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for i, arg in enumerate(entry.extra_args):
        flag = arg.split("=", 1)[0]
        if flag in LISTEN_FLAGS:
            problems.append((
                ("extra_args", i),
                f"{flag} is not allowed: engines listen only on the unix socket the appliance "
                "gives them",
            ))
        elif flag in RESERVED_ENGINE_FLAGS:
            field = RESERVED_ENGINE_FLAGS[flag]
            hint = f"; set `{field}` in this entry instead" if field else ""
            problems.append(
                (("extra_args", i), f"{flag} is set by the appliance{hint}")
            )
    for key in entry.env:
        if key in RESERVED_ENV:
            problems.append((("env", key), f"{key} is set by the planner"))
    return problems
