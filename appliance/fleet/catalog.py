"""The fleet's catalog, pure: peers' own routes documents merged into the one this node's
proxies serve from (docs/fleet.md, "The relay and the catalogs").

Each node's agent publishes its own routes document (its local replicas: the node's
*catalog*) and sets its `catalog` tag to "<epoch>:<version>" of it. Every other agent
fetches it through the node's relay when that tag changes (`due_fetches`), and merges what
it holds (`merge_fleet`):

- this node's document as it is: its models, aliases, roles, settings and replicas;
- for every **alive** member with a relay address and a fetched catalog: its replicas with a
  `RelayAddress` (that node's relay), `draining` while the member carries the drain tag;
  a member that failed or left contributes nothing, from the event that says so (no
  waiting for a fetch);
- models and aliases only other nodes have (remote-only), with the settings of the first
  node (by name) that has them. This node's own settings win where both have one; roles
  and limits are always this node's (keys are checked where the request comes in).

No I/O: members and documents in, a document (and views for people) out.
"""

from __future__ import annotations

from collections.abc import Mapping

from appliance.fleet.membership import TAG_CATALOG, TAG_RELAY, Member
from appliance.routes import RelayAddress, ReplicaRoute, RoutesDocument

ROUTABLE_STATES = ("ready",)


def parse_relay(value: str | None) -> tuple[str, int] | None:
    """(host, port) of a member's `relay` tag ("10.0.0.5:7947", "[fd00::5]:7947"); None
    for a missing or malformed one."""
    if not value:
        return None
    if value.startswith("["):
        host, sep, port = value[1:].partition("]:")
    else:
        host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit() or not 1 <= int(port) <= 65535:
        return None
    return host, int(port)


def relay_tag(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def catalog_tag(doc: RoutesDocument) -> str:
    """The `catalog` tag for a node's own document: changes exactly when it does."""
    return f"{doc.epoch}:{doc.version}"


def due_fetches(members: Mapping[str, Member], fetched: Mapping[str, str], me: str) -> list[str]:
    """The members whose catalog to fetch now: alive, with a relay, and a `catalog` tag
    other than the one of the document held (`fetched`: member -> tag)."""
    return sorted(
        name for name, m in members.items()
        if name != me and m.alive and parse_relay(m.tags.get(TAG_RELAY)) is not None
        and m.tags.get(TAG_CATALOG) and m.tags.get(TAG_CATALOG) != fetched.get(name)
    )


def forget(members: Mapping[str, Member], docs: Mapping[str, RoutesDocument]) -> list[str]:
    """The documents to drop: of members that are gone (failed, left, reaped) or unknown."""
    return sorted(name for name in docs if name not in members or not members[name].alive)


def _remote_replicas(member: Member, doc: RoutesDocument, taken: set[str]) -> list[ReplicaRoute]:
    relay = parse_relay(member.tags.get(TAG_RELAY))
    if relay is None:
        return []
    address = RelayAddress(node=member.name, host=relay[0], port=relay[1])
    own = f"{member.name}/"
    out = []
    for r in doc.replicas:
        # only the node's own engines (no second hop, keys named after it), and never a key
        # already taken
        if isinstance(r.address, RelayAddress) or r.key in taken or not r.key.startswith(own):
            continue
        taken.add(r.key)
        state = "draining" if member.draining and r.state == "ready" else r.state
        out.append(r.model_copy(update={"address": address, "state": state}))
    return out


def merge_fleet(local: RoutesDocument, members: Mapping[str, Member],
                docs: Mapping[str, RoutesDocument]) -> RoutesDocument:
    """The routes document this node's proxies serve: `local` plus every alive member's
    replicas (through its relay) and remote-only models and aliases. Epoch and version
    are `local`'s; the publisher sets its own."""
    replicas = list(local.replicas)
    taken = {r.key for r in replicas}
    models = {m.name: m for m in local.models}
    aliases = {a.name: a for a in local.aliases}
    for name in sorted(docs):
        member = members.get(name)
        if member is None or not member.alive or name == local.node:
            continue
        doc = docs[name]
        replicas += _remote_replicas(member, doc, taken)
        for m in doc.models:
            models.setdefault(m.name, m)
        for a in doc.aliases:
            aliases.setdefault(a.name, a)
    return local.model_copy(update={
        "models": tuple(models.values()), "aliases": tuple(aliases.values()),
        "replicas": tuple(replicas)})


def usage_peers(members: Mapping[str, Member], me: str) -> list[dict[str, str]]:
    """Whom this node's proxies push per-key usage to (the usage sync's `PUT
    /fleet/v1/peers`): every other alive member's relay listener."""
    peers = []
    for name in sorted(members):
        relay = parse_relay(members[name].tags.get(TAG_RELAY))
        if name != me and members[name].alive and relay is not None:
            peers.append({"node": name, "url": f"https://{relay_tag(*relay)}"})
    return peers


def fleet_view(me: str, members: Mapping[str, Member], docs: Mapping[str, RoutesDocument],
               local: RoutesDocument | None) -> dict:
    """`GET /v1/fleet`: every member with its status, tags that matter, and the replicas
    of the catalog this node holds for it (this node's own for itself)."""
    out = []
    for name in sorted(set(members) | {me}):
        member = members.get(name)
        doc = local if name == me else docs.get(name)
        replicas = list(doc.replicas) if doc is not None else []
        out.append({
            "name": name,
            "address": member.address if member else None,
            "status": member.status if member else "alive",
            "relay": member.tags.get(TAG_RELAY) if member else None,
            "version": member.tags.get("version") if member else None,
            "drain": bool(member and member.draining),
            "catalog": member.tags.get(TAG_CATALOG) if member else None,
            "catalog_held": catalog_tag(doc) if doc is not None else None,
            "replicas": len(replicas),
            "ready": sum(r.state in ROUTABLE_STATES for r in replicas),
            "models": sorted({r.model for r in replicas}),
        })
    return {"node": me, "members": out}
