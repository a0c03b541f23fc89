"""The Ray head election: which live member runs Ray's head (pure: no I/O, time passed in).

Every node with [ray] enabled carries two tags:

- `ray` = `<priority>:<gcs port>` when it may be head, `-:<gcs port>` when it may not;
- `ray-head` = `<epoch>:<head name>`: the head it follows (published by the agent).

Each agent runs the same rules on its own view of the fleet, so nodes with the same view
choose the same head without talking:

1. The claim in force is the highest epoch among the `ray-head` tags of live members (and
   this node's own); on equal epochs, the claim whose head sorts first by (priority, name).
2. While that head is alive and eligible it stays head, whatever nodes join or return.
3. Otherwise the eligible live member with the lowest priority, then the lowest name,
   becomes head with the epoch one higher.
4. A node acts on a change only after its view (who is there, their states and `ray`
   tags) has not changed for `stable_s` seconds, so one failure detection (or a flapping
   member) leads to one rebuild, not several.

A partition can give each side its own head (each side sees the other's head failed). When
it heals, every node sees both claims, rule 1 picks one of them everywhere, and the nodes of
the other side re-join it (docs/fleet.md, "Ray").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from appliance.fleet.membership import Member

TAG_RAY = "ray"  # "<priority>:<gcs port>", or "-:<gcs port>" for a node that is never head
TAG_RAY_HEAD = "ray-head"  # "<epoch>:<head name>": the head this node follows


@dataclass(frozen=True)
class RayNode:
    """A member taking part in Ray, from its `ray` tag."""

    name: str
    address: str
    port: int  # its GCS port, were it head
    priority: int | None  # None: never head

    @property
    def eligible(self) -> bool:
        return self.priority is not None

    @property
    def rank(self) -> tuple[int, str]:
        return (self.priority if self.priority is not None else 1 << 30, self.name)


@dataclass(frozen=True)
class HeadClaim:
    epoch: int
    head: str

    def tag(self) -> str:
        return f"{self.epoch}:{self.head}"


def ray_tag(priority: int | None, port: int) -> str:
    return f"{'-' if priority is None else priority}:{port}"


def parse_ray_tag(name: str, address: str, value: str) -> RayNode | None:
    """The member's Ray facts, or None for a tag that is not `<priority|->:<port>`."""
    priority, sep, port = value.partition(":")
    if not sep or not port.isdigit() or not (priority == "-" or priority.isdigit()):
        return None
    return RayNode(name, address, int(port), None if priority == "-" else int(priority))


def parse_claim(value: str | None) -> HeadClaim | None:
    if not value:
        return None
    epoch, sep, head = value.partition(":")
    if not sep or not epoch.isdigit() or not head:
        return None
    return HeadClaim(int(epoch), head)


def ray_nodes(members: Iterable[Member]) -> dict[str, RayNode]:
    """The live members that take part in Ray, by name."""
    nodes = {}
    for m in members:
        if m.alive and TAG_RAY in m.tags:
            node = parse_ray_tag(m.name, m.address, m.tags[TAG_RAY])
            if node is not None:
                nodes[m.name] = node
    return nodes


def claim_in_force(
    claims: Iterable[HeadClaim], nodes: Mapping[str, RayNode]
) -> HeadClaim | None:
    """Rule 1: the highest epoch; on a tie, the head ranked first (an unknown head last)."""
    def key(c: HeadClaim) -> tuple[int, tuple[int, int, str]]:
        node = nodes.get(c.head)
        rank = (0, *node.rank) if node is not None else (1, 0, c.head)
        return (-c.epoch, rank)  # type: ignore[return-value]

    ordered = sorted(set(claims), key=key)
    return ordered[0] if ordered else None


def choose_head(members: Iterable[Member], own: HeadClaim | None = None) -> HeadClaim | None:
    """Rules 1-3 on one view of the fleet; None when no live member may be head."""
    members = list(members)
    nodes = ray_nodes(members)
    claims = [c for m in members if m.alive and m.name in nodes
              for c in [parse_claim(m.tags.get(TAG_RAY_HEAD))] if c is not None]
    if own is not None:
        claims.append(own)
    current = claim_in_force(claims, nodes)
    if current is not None:
        node = nodes.get(current.head)
        if node is not None and node.eligible:
            return current
    eligible = sorted((n for n in nodes.values() if n.eligible), key=lambda n: n.rank)
    if not eligible:
        return None
    return HeadClaim((current.epoch if current else 0) + 1, eligible[0].name)


def view_key(members: Iterable[Member]) -> frozenset[tuple[str, str, str]]:
    """What must hold still before a node acts: who is there, in which state, with which
    `ray` tag. Claims are left out: nodes with one view publish the same claim, so the
    first to publish does not hold back the others by another `stable_s`."""
    return frozenset((m.name, m.status, m.tags.get(TAG_RAY, "")) for m in members)


class HeadElection:
    """Rule 4 around choose_head: `observe(members, now)` returns the claim to act on once
    the view has been stable for `stable_s`, and None while it is not (or nothing changed)."""

    def __init__(self, stable_s: float):
        self.stable_s = stable_s
        self.claim: HeadClaim | None = None  # the claim this node acts on
        self._view: frozenset[tuple[str, str, str]] | None = None
        self._since = 0.0

    def observe(self, members: Iterable[Member], now: float) -> HeadClaim | None:
        members = list(members)
        view = view_key(members)
        if view != self._view:
            self._view, self._since = view, now
        if now - self._since < self.stable_s:
            return None
        chosen = choose_head(members, self.claim)
        if chosen is None or chosen == self.claim:
            return None
        self.claim = chosen
        return chosen

    def wait_s(self, now: float) -> float:
        """Seconds until the current view counts as stable (0 when it does already)."""
        return max(0.0, self._since + self.stable_s - now)
