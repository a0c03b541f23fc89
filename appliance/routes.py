"""The routes document: what a node serves, as its agent publishes it and proxies read it.

One typed document is the only contract between the agent and the proxies (`GET
/v1/routes` on the agent's socket; docs/proxy.md). It holds everything a proxy needs to
serve: the node's models with their effective settings, the aliases, the roles with their
limits, and every replica with its address and state. The fleet carries the same document
between nodes, so it names no local path the reader must share except replica addresses,
which are tagged (`unix`, `tcp`, and `relay` for a replica on another node of the fleet,
reached through that node's proxy) so that more kinds can be added.

Versions. `schema` changes only when an old reader could misread a new document; a reader
refuses a schema it does not know (and keeps what it had). Fields are only ever added, and
readers ignore fields they do not know. `epoch` names one run of the agent and `version`
counts its changes from 1: a reader holding (epoch, version) is up to date exactly when
both match, and a new epoch (the agent restarted) is always newer.

Pure data; no I/O.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = 1

# A replica's state. Proxies route to `ready` replicas only; `draining` ones finish what
# they have and get nothing new (they are about to stop for a change or removal).
ReplicaState = Literal["stopped", "starting", "ready", "unhealthy", "backoff", "failed", "draining"]
ROUTABLE = "ready"


class _Wire(BaseModel):
    # frozen: a document is a value; extra fields (from a newer writer) are ignored
    model_config = ConfigDict(frozen=True, extra="ignore")


class UnixAddress(_Wire):
    """An engine listening on a unix socket of this host."""

    kind: Literal["unix"] = "unix"
    path: str


class TcpAddress(_Wire):
    """An engine listening on a TCP port."""

    kind: Literal["tcp"] = "tcp"
    host: str
    port: int = Field(ge=1, le=65535)


class RelayAddress(_Wire):
    """A replica on another node of the fleet: reached through that node's proxy, on its
    relay listener (mutual TLS), which hands the request to its local engine."""

    kind: Literal["relay"] = "relay"
    node: str  # the node that runs the replica
    host: str  # its fleet address
    port: int = Field(ge=1, le=65535)  # its relay port


Address = Annotated[UnixAddress | TcpAddress | RelayAddress, Field(discriminator="kind")]


class Limits(_Wire):
    """A role's default per-key limits; None is no limit."""

    requests_per_minute: int | None = Field(None, ge=0)
    tokens_per_minute: int | None = Field(None, ge=0)
    concurrent: int | None = Field(None, ge=0)


class RoleRoute(_Wire):
    name: str
    models: tuple[str, ...]  # model name patterns (`*`, `?`) keys of this role may use
    limits: Limits = Limits()


class ModelRoute(_Wire):
    """A model and its effective settings (node.toml and the agent's drop-in applied)."""

    name: str
    task: str = "generate"  # `generate` or `embed`: the endpoints it serves
    pii: bool = False  # mask personal data: the model's `pii`, else `[pii] enabled`
    # scan its answers too (where `pii`): `pii_scan_answers`, else `[pii] scan_answers`; a
    # document from before the field reads as true, the side that lets nothing through
    pii_scan_answers: bool = True
    retry_on_timeout: bool = False  # a request that timed out may go to another replica
    # why the model is down (a model across nodes with a listed node or Ray missing): the
    # proxies answer its requests with a 503 that says it; None: not known to be down
    down: str | None = None


class AliasRoute(_Wire):
    name: str
    targets: dict[str, float]  # target model -> relative weight


class ReplicaRoute(_Wire):
    key: str  # node/engine: unique in the fleet; breakers and load are kept per key
    model: str
    address: Address
    state: ReplicaState
    capacity: float = Field(gt=0)  # routing weight: the GPU memory it holds (GiB)


class RoutesDocument(_Wire):
    schema_: int = Field(SCHEMA, alias="schema")
    node: str
    epoch: str
    version: int = Field(ge=0)
    pii_enabled: bool = False  # `[pii] enabled`: a model without settings is then refused
    models: tuple[ModelRoute, ...] = ()
    aliases: tuple[AliasRoute, ...] = ()
    roles: tuple[RoleRoute, ...] = ()
    replicas: tuple[ReplicaRoute, ...] = ()

    model_config = ConfigDict(frozen=True, extra="ignore", populate_by_name=True)

    def same_routes(self, other: RoutesDocument | None) -> bool:
        """Whether `other` says the same, whatever its epoch and version."""
        if other is None:
            return False
        return self.model_copy(update={"epoch": "", "version": 0}) == other.model_copy(
            update={"epoch": "", "version": 0}
        )

    def to_json(self) -> bytes:
        return self.model_dump_json(by_alias=True).encode()


class SchemaMismatch(ValueError):
    """A document of a schema this reader does not know."""


def parse_routes(data: bytes | str) -> RoutesDocument:
    """A document from its JSON. Raises SchemaMismatch for another schema (checked
    first: its fields may mean other things), and ValueError for anything else wrong."""
    raw = json.loads(data)
    schema = raw.get("schema") if isinstance(raw, dict) else None
    if schema != SCHEMA:
        raise SchemaMismatch(f"routes document schema {schema!r}; this reader knows {SCHEMA}")
    return RoutesDocument.model_validate(raw)


def is_newer(doc: RoutesDocument, epoch: str | None, version: int) -> bool:
    """Whether `doc` is news to a reader holding (epoch, version)."""
    return doc.epoch != epoch or doc.version > version
