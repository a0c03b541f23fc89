"""vLLM's native multi-node mode (no Ray) with the real CPU engine: two network-namespace
nodes, one rank each, commands from appliance/engines/native_multinode.py, rank 0's API
on its unix socket asked through the official openai client. Each test starts both ranks
once (minutes on 2 cores) and prints the start-up and first-answer times
(docs/fleet.md, "vLLM's native multi-node mode")."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from appliance.engines import cpu_engine, default_models
from appliance.engines.native_multinode import NodeRank, cpu_engine_args, rank_command
from appliance.testing.netns_nodes import NetnsNodes, netns_available

CACHE = cpu_engine.cache_dir()
MASTER_PORT = 29501  # inside the test's own namespaces: no other process holds it
START_TIMEOUT_S = 900
ANSWER_TIMEOUT_S = 300

pytestmark = [
    pytest.mark.skipif(not cpu_engine.is_prepared(CACHE),
                       reason=f"the CPU engine is not prepared in {CACHE} (scripts/setup)"),
    pytest.mark.skipif(netns_available() is not None, reason=str(netns_available())),
]


def model_args(model: default_models.DefaultModel) -> tuple[str, ...]:
    """The model's engine arguments, as the embedded default gives them (specs.py)."""
    args = ("--model", str(model.directory(cpu_engine.cpu_engine_at(CACHE).models_dir)),
            "--served-model-name", model.name, "--enforce-eager",
            "--max-model-len", str(model.max_model_len), "--dtype", model.dtype)
    return (*args, "--runner", "pooling") if model.task == "embed" else args


def on_socket(path: Path) -> openai.OpenAI:
    transport = httpx.HTTPTransport(uds=str(path))
    return openai.OpenAI(base_url="http://localhost/v1", api_key="unused", max_retries=0,
                         http_client=httpx.Client(transport=transport,
                                                  timeout=ANSWER_TIMEOUT_S))


def tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""


class Group:
    """Both ranks of one model, started in two namespace nodes."""

    def __init__(self, nodes: NetnsNodes, root: Path, model: default_models.DefaultModel,
                 tp: int, pp: int):
        self.nodes, self.root = nodes, root
        self.socket = root / "engine.sock"
        engine = cpu_engine.cpu_engine_at(CACHE)
        head = nodes.nodes[0]
        self.procs, self.logs = [], []
        self.started = time.monotonic()
        for rank, node in enumerate(nodes.nodes):
            cmd = rank_command(
                engine.python, cpu_engine_args(model_args(model), pp),
                NodeRank(nnodes=2, node_rank=rank, master_addr=head.address,
                         master_port=MASTER_PORT, node_addr=node.address,
                         interface=node.interface, tensor_parallel_size=tp,
                         pipeline_parallel_size=pp),
                self.socket if rank == 0 else None,
            )
            env = {"PATH": "/usr/bin:/bin", "HOME": str(root), "HF_HUB_OFFLINE": "1",
                   "VLLM_CPU_KVCACHE_SPACE": "1", **dict(cmd.env)}
            self.logs.append(root / f"rank{rank}.log")
            self.procs.append(nodes.popen(node, cmd.argv, env=env, log=self.logs[-1]))

    def wait_ready(self) -> float:
        """Seconds from the start of both ranks until rank 0 lists the model."""
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            for proc, log in zip(self.procs, self.logs, strict=True):
                if proc.poll() is not None:
                    pytest.fail(f"{log.name} exited with {proc.returncode}:\n{tail(log)}")
            if self.socket.exists():
                try:
                    if on_socket(self.socket).models.list().data:
                        return time.monotonic() - self.started
                except (openai.APIConnectionError, openai.APIStatusError):
                    pass
            time.sleep(2)
        pytest.fail(f"not ready within {START_TIMEOUT_S}s:\n" +
                    "\n".join(tail(log) for log in self.logs))

    def explain(self) -> str:
        return "\n".join(f"--- {log.name} (exit {proc.poll()}):\n{tail(log)}"
                         for proc, log in zip(self.procs, self.logs, strict=True))


@pytest.fixture
def group() -> Iterator:
    root = Path(tempfile.mkdtemp(prefix="mn-", dir="/tmp"))  # short: a unix socket's path
    made: list[Group] = []
    with NetnsNodes(2) as nodes:
        def start(model: default_models.DefaultModel, tp: int, pp: int) -> Group:
            made.append(Group(nodes, root, model, tp, pp))
            return made[-1]

        yield start
        for g in made:
            print(g.explain())
    shutil.rmtree(root, ignore_errors=True)


def test_tensor_parallel_2_across_two_nodes_answers_embeddings(group) -> None:
    g = group(default_models.EMBED, tp=2, pp=1)
    ready_s = g.wait_ready()
    asked = time.monotonic()
    reply = on_socket(g.socket).embeddings.create(
        model=default_models.EMBED.name, input=["The capital of France is Paris."])
    answer_s = time.monotonic() - asked
    print(f"\nTP2 across 2 nodes: both ranks started in {ready_s:.0f}s, "
          f"first embedding in {answer_s:.1f}s")
    assert len(reply.data) == 1 and len(reply.data[0].embedding) == 384
    # every port the group opens is on the node's own address (VLLM_HOST_IP for vLLM's
    # message queues, GLOO_SOCKET_IFNAME for gloo), but torch's TCP store on rank 0, which
    # listens on every address at --master-port
    for rank, node in enumerate(g.nodes.nodes):
        found = listeners(g.nodes, node)
        print(f"rank {rank} listens on {len(found)} ports: {sorted(found)}")
        assert found
        for address, port in found:
            assert address == node.address or (rank == 0 and port == MASTER_PORT), found


def listeners(nodes: NetnsNodes, node) -> list[tuple[str, int]]:
    """(address, port) of every TCP socket listening in `node`'s namespace."""
    out = nodes.run(node, ["ss", "-tlnH"]).stdout
    found = []
    for line in out.splitlines():
        address, _, port = line.split()[3].rpartition(":")
        found.append((address.strip("[]"), int(port)))
    return found


def test_pipeline_parallel_2_across_two_nodes_answers_a_chat(group) -> None:
    # cpu_engine_args replaces --enforce-eager: with it, the second stage's first request
    # fails (`assert self.intermediate_tensors is not None`) and the engine dies
    g = group(default_models.CHAT, tp=1, pp=2)
    ready_s = g.wait_ready()
    asked = time.monotonic()
    try:
        reply = on_socket(g.socket).chat.completions.create(
            model=default_models.CHAT.name, max_tokens=20,
            messages=[{"role": "user", "content": "What is the capital of France?"}])
    except openai.OpenAIError as exc:
        pytest.fail(f"PP2: {type(exc).__name__}: {exc}\n{g.explain()}")
    answer_s = time.monotonic() - asked
    print(f"\nPP2 across 2 nodes: both ranks started in {ready_s:.0f}s, "
          f"first answer in {answer_s:.1f}s: {reply.choices[0].message.content!r}")
    assert (reply.choices[0].message.content or "").strip()
