"""Per-key usage shared between the nodes of a fleet, so that per-key limits hold across
it (docs/fleet.md, "Limits across the fleet"). Pure: no I/O, `now` passed in.

Each node's proxy counts, per key, the requests it admitted and the tokens it charged:
counters that only grow (from the moment the node's record of the key was made, `born`).
Every `usage_sync_ms` it pushes them, with the requests it has in flight, to every other
node (`NodeUsage`, one push: this node's whole row). A receiver keeps, per peer and key,
the highest counters it has seen (`PeerUsage`): a grow-only counter per node merged by
taking the largest, so a push that comes twice, late or out of order changes nothing, and
what a node has not yet charged against its buckets is exactly the growth since the
counters it holds (`Charge`). A node that restarts starts a new `incarnation`, and a key
forgotten and made again a new `born`: counters of a newer (incarnation, born) count from
zero, those of an older one are stale and ignored. Requests in flight go up and down, so
they are not a counter: the newest push of each peer says them, and a peer not heard from
for `stale_after_s` counts none.

The bound (`over_admission`, `fleet_admitted_most`): a node admits a request when its
buckets, charged with its own use at once and with the others' use once it hears of it,
allow it. So in any window the fleet admits at most one node's allowance (the per-minute
limit, plus its refill over the window) plus what the other nodes admitted during the last
D = sync interval + delivery delay before the fleet's last admission in the window: those
are the only admissions a deciding node can not have heard of. Requests in flight across
the fleet stay under `concurrent` plus what the other nodes admitted in the last D.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from appliance.proxy.ratelimit import Limits

WIRE_VERSION = 1
DIGEST_BYTES = 16  # a key's name between nodes: node_limiter.digest (key ids stay home)
MAX_KEYS = 100_000  # in one push: more is refused as malformed (a node's table holds 65536)


class UsageError(ValueError):
    """A push that is not a usage payload this node understands; says what is wrong."""


@dataclass(frozen=True)
class KeyUsage:
    """One node's use of one key, as it pushes it."""

    born: float  # when the node's record of the key was made: the counters start there
    requests: int  # requests admitted since `born` (only grows)
    tokens: int  # tokens charged since `born` (only grows)
    in_flight: int  # requests in flight now
    limits: Limits  # the key's limits as that node knows them (for a node that has none)


@dataclass(frozen=True)
class NodeUsage:
    """One push: a node's whole row (a key it leaves out has nothing in flight there and
    its counters were forgotten)."""

    node: str
    incarnation: int  # one run of the node's proxy; a newer one counts from zero again
    seq: int  # the how-many-th push of this incarnation
    keys: Mapping[bytes, KeyUsage] = field(default_factory=dict)

    def to_wire(self) -> bytes:
        return json.dumps({
            "v": WIRE_VERSION, "node": self.node, "incarnation": self.incarnation,
            "seq": self.seq,
            "keys": {d.hex(): [u.born, u.requests, u.tokens, u.in_flight,
                               u.limits.requests_per_minute, u.limits.tokens_per_minute,
                               u.limits.concurrent]
                     for d, u in self.keys.items()},
        }, separators=(",", ":")).encode()

    @classmethod
    def from_wire(cls, body: bytes) -> NodeUsage:
        """Parse a push; `UsageError` saying what is wrong with a bad one (nothing of it is
        then applied)."""
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise UsageError(f"usage payload is not JSON: {exc}") from None
        if not isinstance(data, dict):
            raise UsageError("usage payload must be a JSON object")
        if data.get("v") != WIRE_VERSION:
            raise UsageError(f"usage payload version {data.get('v')!r} is not {WIRE_VERSION}")
        node, incarnation, seq, keys = (data.get(k) for k in ("node", "incarnation", "seq", "keys"))
        if not isinstance(node, str) or not node:
            raise UsageError("usage payload: `node` must be a non-empty string")
        if not _count(incarnation) or not _count(seq):
            raise UsageError("usage payload: `incarnation` and `seq` must be integers >= 0")
        if not isinstance(keys, dict) or len(keys) > MAX_KEYS:
            raise UsageError(f"usage payload: `keys` must be an object of at most {MAX_KEYS}")
        parsed = {}
        for name, row in keys.items():
            try:
                d = bytes.fromhex(name)
            except ValueError:
                d = b""
            if len(d) != DIGEST_BYTES:
                raise UsageError(f"usage payload: key {name[:40]!r} is not "
                                 f"{DIGEST_BYTES} bytes of hex")
            if (not isinstance(row, list) or len(row) != 7
                    or not isinstance(row[0], int | float) or isinstance(row[0], bool)
                    or not all(_count(v) for v in row[1:4])
                    or not all(v is None or _count(v) for v in row[4:])):
                raise UsageError(f"usage payload: key {name}: want [born, requests, tokens, "
                                 f"in_flight, rpm, tpm, concurrent] (counts >= 0, limits "
                                 f"null or >= 0)")
            parsed[d] = KeyUsage(float(row[0]), row[1], row[2], row[3],
                                 Limits(row[4], row[5], row[6]))
        return cls(node, incarnation, seq, parsed)


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


@dataclass(frozen=True)
class Charge:
    """What a node has yet to take into account for one key: the growth of the other
    nodes' counters since it last heard, and what they have in flight now (all peers)."""

    requests: int
    tokens: int
    in_flight: int
    limits: Limits


@dataclass
class _Peer:
    incarnation: int
    seq: int
    heard: float  # when its newest push arrived
    keys: dict[bytes, KeyUsage]


@dataclass
class PeerUsage:
    """What this node knows of the other nodes' use of each key: the merge state."""

    me: str
    stale_after_s: float  # a peer not heard from for this long has nothing in flight
    peers: dict[str, _Peer] = field(default_factory=dict)

    def merge(self, usage: NodeUsage, now: float) -> dict[bytes, Charge]:
        """Take in a push. Returns, for every key it changes (counters grown, or requests
        in flight there changed), what to charge: the growth of that peer's counters since
        the ones held, and the requests in flight on all live peers now. A push from this node itself, or not newer than one already taken from
        its sender (a repeat, a late one, an older incarnation's), changes nothing."""
        if usage.node == self.me:
            return {}
        old = self.peers.get(usage.node)
        if old is not None and (usage.incarnation, usage.seq) <= (old.incarnation, old.seq):
            return {}
        before: Mapping[bytes, KeyUsage] = {}
        if old is not None and old.incarnation == usage.incarnation:
            before = old.keys  # a new incarnation: every counter counts from zero
        kept: dict[bytes, KeyUsage] = {}
        grown: dict[bytes, tuple[int, int]] = {}
        for d, new in usage.keys.items():
            was = before.get(d)
            if was is None or new.born > was.born:  # a record new to us: from zero
                grown[d] = (new.requests, new.tokens)
                kept[d] = new
            elif new.born < was.born:  # an older record than the one held: keep ours
                kept[d] = was
            else:  # the grow-only counters: the largest seen, and the growth
                grown[d] = (max(0, new.requests - was.requests), max(0, new.tokens - was.tokens))
                kept[d] = KeyUsage(was.born, max(was.requests, new.requests),
                                   max(was.tokens, new.tokens), new.in_flight, new.limits)
        self.peers[usage.node] = _Peer(usage.incarnation, usage.seq, now, kept)
        # the keys that grew, and those whose requests in flight there changed (a key it
        # left out, forgotten there, has none)
        held = {} if old is None else old.keys
        touched = {d for d, g in grown.items() if g != (0, 0)} | {
            d for d in set(kept) | set(held)
            if (kept[d].in_flight if d in kept else 0) != (held[d].in_flight if d in held else 0)}
        return {d: Charge(*grown.get(d, (0, 0)), self.in_flight(d, now), self._limits(d, old, kept))
                for d in touched}

    @staticmethod
    def _limits(d: bytes, old: _Peer | None, kept: Mapping[bytes, KeyUsage]) -> Limits:
        got = kept.get(d) or (None if old is None else old.keys.get(d))
        return Limits() if got is None else got.limits

    def in_flight(self, d: bytes, now: float) -> int:
        """Requests of the key in flight on the peers heard from in the last
        `stale_after_s`, as each last said."""
        return sum(p.keys[d].in_flight for p in self.peers.values()
                   if d in p.keys and now - p.heard <= self.stale_after_s)

    def expire(self, now: float, forget_after_s: float = 600.0) -> dict[bytes, Charge]:
        """Peers gone quiet: their requests in flight stop counting once `stale_after_s`
        has passed (returned, per key, as charges of nothing but the new in-flight sum);
        after `forget_after_s` the peer is forgotten altogether."""
        out: dict[bytes, Charge] = {}
        for name, peer in list(self.peers.items()):
            quiet = now - peer.heard
            if quiet > self.stale_after_s and any(u.in_flight for u in peer.keys.values()):
                keys = [d for d, u in peer.keys.items() if u.in_flight]
                peer.keys = {d: KeyUsage(u.born, u.requests, u.tokens, 0, u.limits)
                             for d, u in peer.keys.items()}
                for d in keys:
                    out[d] = Charge(0, 0, self.in_flight(d, now), peer.keys[d].limits)
            if quiet > forget_after_s:
                del self.peers[name]
        return out


def row(node: str, incarnation: int, seq: int,
        states: Iterable[tuple[bytes, float, int, int, int, Limits]]) -> NodeUsage:
    """This node's push from its records: (digest, born, admitted, charged, in flight
    here, limits) per key."""
    return NodeUsage(node, incarnation, seq, {
        d: KeyUsage(born, admitted, charged, in_flight, limits)
        for d, born, admitted, charged, in_flight, limits in states
    })


def over_admission(peer_admitted: Iterable[int]) -> int:
    """How many requests the fleet may admit beyond what one node alone would: the sum,
    over the nodes other than the one that admitted last, of what each admitted in the
    last D = sync interval + delivery delay (the admissions the deciding node could not
    yet have heard of)."""
    return sum(peer_admitted)


def peer_admitted_most(rate_per_s: float, sync_s: float, delay_s: float) -> int:
    """The most a node receiving requests of the key at `rate_per_s` admits within
    D = `sync_s` + `delay_s`: its term in `over_admission`."""
    return int(rate_per_s * (sync_s + delay_s)) + 1


def fleet_admitted_most(per_minute: int, window_s: float, peer_admitted: Iterable[int]) -> float:
    """The most requests (or tokens) a key is admitted across the fleet in a window of
    `window_s` seconds that starts with full buckets: one node's allowance (a full bucket
    plus the window's refill) plus `over_admission`."""
    return per_minute + per_minute / 60 * window_s + over_admission(peer_admitted)
