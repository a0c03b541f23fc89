"""What a proxy serves, prebuilt from the agent's routes document (appliance/routes.py).

`RoutesView.of(doc)` is pure and runs once per document version; the request path only
looks things up in its dicts and sets. Everything a proxy serves comes from here: which
models exist (node.toml's and those loaded at run time), their tasks and whether personal
data is masked for them, the aliases, the roles and their limits, and the replicas to
route to (those in state `ready`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from appliance.proxy.ratelimit import Limits
from appliance.proxy.tasks import DEFAULT_TASK
from appliance.proxy.upstream import Address as UpstreamAddress
from appliance.proxy.upstream import TlsAddress
from appliance.routes import ROUTABLE, Address, RelayAddress, RoutesDocument, UnixAddress


@dataclass(frozen=True)
class Endpoint:
    """A routable replica."""

    key: str  # node/engine, unique in the fleet
    model: str
    address: UpstreamAddress  # what the engine client connects to (upstream_address)
    capacity: float  # relative weight: GiB the replica holds
    node: str | None = None  # the node whose relay serves it; None: this node's own engine


def upstream_address(address: Address) -> UpstreamAddress:
    """What the engine client connects to for a replica's address (the one place that
    reads it): a unix socket's path, a host and port, or another node's relay (TLS)."""
    if isinstance(address, UnixAddress):
        return address.path
    if isinstance(address, RelayAddress):
        return TlsAddress(address.host, address.port)
    return address.host, address.port


@dataclass(frozen=True)
class RoutesView:
    received: bool = False  # a document has arrived (before: every model request is a 503)
    epoch: str | None = None
    version: int = -1
    models: frozenset[str] = frozenset()  # the models of the document, and of its replicas
    tasks: Mapping[str, str] = field(default_factory=dict)
    pii: Mapping[str, bool] = field(default_factory=dict)  # model -> mask personal data
    pii_enabled: bool = False  # the agent's `[pii] enabled`
    pii_scan_answers: Mapping[str, bool] = field(default_factory=dict)  # model -> scan answers
    retry_on_timeout: Mapping[str, bool] = field(default_factory=dict)
    down: Mapping[str, str] = field(default_factory=dict)  # model -> why it is down
    aliases: Mapping[str, dict[str, float]] = field(default_factory=dict)
    replicas: Mapping[str, tuple[Endpoint, ...]] = field(default_factory=dict)  # ready, by model
    local: Mapping[str, Endpoint] = field(default_factory=dict)  # this node's ready ones, by key
    nodes: Mapping[str, TlsAddress] = field(default_factory=dict)  # other nodes' relays
    draining: frozenset[str] = frozenset()  # keys of replicas that are about to stop
    roles: Mapping[str, list[str]] = field(default_factory=dict)  # role -> model patterns
    role_limits: Mapping[str, Limits] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: RoutesDocument) -> RoutesView:
        replicas: dict[str, list[Endpoint]] = {}
        for r in doc.replicas:
            if r.state != ROUTABLE:
                continue
            node = r.address.node if isinstance(r.address, RelayAddress) else None
            endpoint = Endpoint(r.key, r.model, upstream_address(r.address), r.capacity, node)
            replicas.setdefault(r.model, []).append(endpoint)
        return cls(
            received=True,
            epoch=doc.epoch,
            version=doc.version,
            models=frozenset(m.name for m in doc.models) | {r.model for r in doc.replicas},
            tasks={m.name: m.task or DEFAULT_TASK for m in doc.models},
            pii={m.name: m.pii for m in doc.models},
            pii_enabled=doc.pii_enabled,
            pii_scan_answers={m.name: m.pii_scan_answers for m in doc.models},
            retry_on_timeout={m.name: m.retry_on_timeout for m in doc.models},
            down={m.name: m.down for m in doc.models if m.down},
            aliases={a.name: dict(a.targets) for a in doc.aliases},
            replicas={m: tuple(sorted(eps, key=lambda e: e.key)) for m, eps in replicas.items()},
            local={e.key: e for eps in replicas.values() for e in eps if e.node is None},
            nodes={r.address.node: TlsAddress(r.address.host, r.address.port)
                   for r in doc.replicas if isinstance(r.address, RelayAddress)},
            draining=frozenset(r.key for r in doc.replicas if r.state == "draining"),
            roles={r.name: list(r.models) for r in doc.roles},
            role_limits={r.name: Limits(**r.limits.model_dump()) for r in doc.roles},
        )

    @property
    def routable(self) -> int:
        return sum(len(v) for v in self.replicas.values())
