"""Models across nodes: who runs one now, or why it is down (pure: no I/O).

A `[[models]]` entry with `nodes = [...]` runs as one vLLM engine with the Ray executor: one
placement group of TP × PP GPU bundles spread over the listed nodes. It can run only while
every listed node is there, so each listed node's agent applies the same rules to its view:

1. Every listed node is an alive member of the fleet (else: down, naming the node and
   what Serf says of it).
2. Every listed node takes part in Ray (its `ray` tag).
3. A Ray head is elected, it is alive, and every listed node follows it (its `ray-head`
   tag is the claim this node acts on).
4. The first listed node runs the engine; the others lend their GPUs (`lent`). The runner
   also needs the head's GCS to list every listed node ALIVE (Ray's own view) before it
   starts the engine. Once it runs, only rules 1-3 stop it: Ray's view lags Serf's by its
   health checks (a node killed and back within them is still listed ALIVE under its old
   identity, then DEAD, then ALIVE again), and an engine that loses a bundle of its
   placement group exits by itself, as vLLM's executor does, and is restarted.

With `executor = "native"` (vLLM's own multi-node mode, no Ray) only rule 1 applies
(`decide_native`): while every listed node is an alive member, every listed node runs its
rank (its position in the list), rank 0 with the API; the group is the listed nodes' fleet
addresses, and a change of it changes every rank's command, so every rank restarts.

The reason of a down model names what is missing; the agents publish it with the model in
their routes documents, so every proxy answers the model's requests with a 503 saying it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from appliance.fleet.membership import Member
from appliance.fleet.ray_election import TAG_RAY, TAG_RAY_HEAD, HeadClaim, parse_claim

RUNNING = "running"  # this node runs the engine (native: its rank of it)
LENT = "lent"  # another listed node runs it; this one lends its GPUs
DOWN = "down"  # a listed node, or the Ray cluster, is missing


@dataclass(frozen=True)
class ModelState:
    model: str
    state: str  # RUNNING, LENT or DOWN
    runner: str | None  # the node that runs (or would run) the engine
    reason: str | None = None  # why it is down
    asks_cluster: bool = False  # the runner, past rules 1-3: it needs the head's GCS
    claim: HeadClaim | None = None  # RUNNING: the head it runs under
    group: tuple[str, ...] = ()  # native, RUNNING: the listed nodes' fleet addresses

    def to_dict(self) -> dict[str, str | None]:
        return {"model": self.model, "state": self.state, "runner": self.runner,
                "reason": self.reason, "head": self.claim.head if self.claim else None}


def log_changes(old: Mapping[str, ModelState], new: Mapping[str, ModelState], label: str,
                log: logging.Logger) -> None:
    """One log line for each model whose state `new` changes from `old`."""
    for name, state in new.items():
        if old.get(name) != state:
            log.info("model %s %s: %s%s", name, label, state.state,
                     f" ({state.reason})" if state.reason else "")


# The head's GCS as last asked: the names of its ALIVE nodes, or the error it gave; None
# while it has not been asked.
Cluster = frozenset[str] | str | None


def decide(model: str, nodes: Sequence[str], me: str, members: Iterable[Member],
           claim: HeadClaim | None, cluster: Cluster,
           running: HeadClaim | None = None) -> ModelState:
    """Rules 1-4 for one model across `nodes`, seen from node `me`; `running`: the head
    under which `me` runs it now (its last state), None when it does not."""
    by_name = {m.name: m for m in members}
    runner = nodes[0]

    def down(reason: str, asks_cluster: bool = False) -> ModelState:
        return ModelState(model, DOWN, runner, f"{model} runs across {', '.join(nodes)}: "
                          f"{reason}", asks_cluster)

    missing = fleet_missing(nodes, me, by_name)
    if missing is not None:
        return down(missing)
    for name in nodes:
        member = by_name.get(name)
        if member is not None and TAG_RAY not in member.tags:
            return down(f"node {name} takes no part in Ray ([ray] enabled there?)")
    if claim is None:
        return down("no Ray head is elected yet")
    head = by_name.get(claim.head)
    if head is None or not head.alive:
        return down(f"Ray's head {claim.head} is gone; a new head is being elected")
    for name in nodes:
        member = by_name.get(name)
        if name != me and member is not None and parse_claim(member.tags.get(TAG_RAY_HEAD)) != claim:
            return down(f"node {name} has not joined Ray's head {claim.head} yet")
    if me != runner:
        return ModelState(model, LENT, runner)
    if running == claim:
        return ModelState(model, RUNNING, runner, claim=claim)
    if cluster is None:
        return down(f"waiting for Ray's head {claim.head} to list the nodes", True)
    if isinstance(cluster, str):
        return down(f"Ray's head {claim.head} does not answer ({cluster})", True)
    missing = [n for n in nodes if n not in cluster]
    if missing:
        return down(f"node {missing[0]} is not in Ray's cluster (head {claim.head}) yet", True)
    return ModelState(model, RUNNING, runner, claim=claim)


def fleet_missing(nodes: Sequence[str], me: str, by_name: Mapping[str, Member]) -> str | None:
    """Rule 1: the first listed node other than `me` that is not an alive member, and what
    Serf says of it; None when every one is alive."""
    for name in nodes:
        member = by_name.get(name)
        if name == me:
            continue
        if member is None:
            return f"node {name} is not in the fleet"
        if not member.alive:
            return f"node {name} is {member.status}"
    return None


def decide_native(model: str, nodes: Sequence[str], me: str,
                  members: Iterable[Member]) -> ModelState:
    """Rule 1 for one model across `nodes` in vLLM's native mode, seen from node `me`:
    RUNNING (this node runs its rank) with the group's addresses in rank order, or DOWN
    naming the missing node."""
    by_name = {m.name: m for m in members}
    missing = fleet_missing(nodes, me, by_name)
    if missing is None and me not in by_name:
        missing = f"node {me} (this one) is not in the fleet yet"
    if missing is not None:
        return ModelState(model, DOWN, nodes[0],
                          f"{model} runs across {', '.join(nodes)}: {missing}")
    return ModelState(model, RUNNING, nodes[0],
                      group=tuple(by_name[name].address for name in nodes))


def decide_native_all(models: Mapping[str, Sequence[str]], me: str,
                      members: Iterable[Member]) -> dict[str, ModelState]:
    """decide_native() for every native model across nodes that lists `me`."""
    members = list(members)
    return {name: decide_native(name, nodes, me, members)
            for name, nodes in sorted(models.items()) if me in nodes}


def decide_all(models: Mapping[str, Sequence[str]], me: str, members: Iterable[Member],
               claim: HeadClaim | None, cluster: Cluster,
               before: Mapping[str, ModelState] | None = None) -> dict[str, ModelState]:
    """decide() for every model across nodes that lists `me` (model -> its nodes), with
    `before` the states of the last round."""
    members, before = list(members), before or {}
    return {name: decide(name, nodes, me, members, claim, cluster,
                         before[name].claim if name in before else None)
            for name, nodes in sorted(models.items()) if me in nodes}


def needs_cluster(states: Mapping[str, ModelState]) -> bool:
    """Whether this node must ask the head's GCS: a model it would run waits for it."""
    return any(s.asks_cluster for s in states.values())


def alive_names(nodes: Iterable[Mapping[str, object]]) -> frozenset[str]:
    """The names of the ALIVE nodes of a GCS listing (appliance.fleet.ray_cluster)."""
    return frozenset(str(n["name"]) for n in nodes if n.get("state") == "ALIVE")
