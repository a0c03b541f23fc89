"""node.toml's [fleet]: hosts that share a fleet key form one fleet (docs/fleet.md).

Membership and failure detection are Serf's (gossip on `gossip_port`, encrypted with a key
derived from the fleet key); requests and catalogs between nodes cross the proxies' relay
listeners (`relay_port`, mutual TLS with the fleet CA). Both listen on the fleet address
only; Serf's RPC listens on 127.0.0.1 only.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, Strict, model_validator

from appliance.config.types import Port, PositiveFloat, Section, TomlPath, within

FLEET_DIR = Path("/etc/appliance/fleet")


def _ip(value: str) -> str:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        raise ValueError(
            f"must be an IP address of this host on the fleet network (10.0.0.5, fd00::5), "
            f"got {value!r}"
        ) from None
    return value


def _seed(value: str) -> str:
    """`host`, `host:port` or `[v6]:port`; the port defaults to the gossip port."""
    host, port = value, None
    if value.startswith("["):
        end = value.find("]")
        host, rest = value[1:end], value[end + 1:]
        if end < 0 or (rest and not rest.startswith(":")):
            raise ValueError(f"must be host, host:port or [IPv6]:port, got {value!r}")
        port = rest[1:] or None
    elif value.count(":") == 1:
        host, port = value.split(":")
    if not host or any(c.isspace() for c in host) or (port is not None and not (
        port.isdigit() and 1 <= int(port) <= 65535
    )):
        raise ValueError(f"must be host, host:port or [IPv6]:port, got {value!r}")
    return value


FleetAddress = Annotated[str, Strict(), AfterValidator(_ip)]
Seed = Annotated[str, Strict(), AfterValidator(_seed)]
def _fleet_name(value: str) -> str:
    if not value or len(value) > 64 or not all(c.isalnum() or c in "-_." for c in value):
        raise ValueError(
            f"must be 1-64 letters, digits and - _ . (it names the fleet in its keys), "
            f"got {value!r}"
        )
    return value


FleetName = Annotated[str, Strict(), AfterValidator(_fleet_name)]


class FleetSection(Section):
    """This node's place in a fleet of nodes that serve as one."""

    enabled: bool = Field(
        False,
        description="Join a fleet: gossip with the other nodes (Serf), route requests to "
        "replicas on any node and share per-key limits with them. Off: this node serves "
        "alone.",
    )
    name: FleetName = Field(
        "appliance",
        description="The fleet's name. Nodes of one fleet share it and the key; the keys "
        "derived from the fleet key are bound to it, so two fleets with one key file still "
        "cannot talk.",
    )
    key_file: TomlPath = Field(
        FLEET_DIR / "fleet.key",
        description="The fleet keyring: one key per line (base64 of 32 random bytes, "
        "`appliance fleet keygen`), the first the primary, the others older keys still "
        "accepted while a rotation is under way. Readable only by the appliance user.",
    )
    tls_dir: TomlPath = Field(
        FLEET_DIR,
        description="The relay's certificates: `ca.pem` (the fleet CA), `node.pem` and "
        "`node.key` (this node's, signed by that CA), made by the rollout.",
    )
    bind: FleetAddress | None = Field(
        None,
        description="This node's address on the fleet network: Serf and the relay listen "
        "on it. Required when the fleet is enabled; use a private network (docs/fleet.md).",
    )
    advertise: FleetAddress | None = Field(
        None,
        description="The address other nodes reach this one at, when it differs from "
        "`bind` (NAT). Unset means `bind`.",
    )
    join: list[Seed] = Field(
        default_factory=list,
        description="Nodes to join at start and to retry until one answers (`host`, "
        "`host:port`): any one live member is enough. Empty: this node waits to be joined.",
    )
    gossip_port: Port = Field(7946, description="Serf's gossip port (TCP and UDP).")
    relay_port: Port = Field(
        7947,
        description="The proxy's relay listener (TCP, mutual TLS): requests for this "
        "node's replicas from other nodes, catalogs and usage.",
    )
    serf_rpc_port: Port = Field(
        7373, description="Serf's RPC port, on 127.0.0.1 only (token-authenticated)."
    )
    profile: Literal["lan", "wan", "local"] = Field(
        "lan",
        description="Serf's timing profile: `lan` for one data centre, `wan` across "
        "sites (slower failure detection), `local` for one host (tests).",
    )
    prefer_local: bool = Field(
        True,
        description="Among replicas with equal load, choose this node's own (no network "
        "hop). Off: local and remote replicas are weighed alike.",
    )
    usage_sync_ms: Annotated[int, Strict(), within(50, 5000)] = Field(
        200,
        description="How often each proxy pushes its per-key usage to the other nodes' "
        "proxies. The fleet over-admits a key by at most its rate times this interval "
        "plus the network delay (docs/fleet.md).",
    )
    load_refresh_s: PositiveFloat = Field(
        2.0,
        description="How often a proxy pulls the load of remote replicas it has not heard "
        "from on a relay answer. Load on a replica it sends to is fresher: every relay "
        "answer carries it.",
    )
    @model_validator(mode="after")
    def _bind_when_enabled(self) -> FleetSection:
        if self.enabled and self.bind is None:
            raise ValueError(
                "[fleet] enabled needs bind: this node's address on the fleet network"
            )
        ports = {"gossip_port": self.gossip_port, "relay_port": self.relay_port,
                 "serf_rpc_port": self.serf_rpc_port}
        if len(set(ports.values())) < len(ports):
            raise ValueError(f"[fleet] ports must differ, got {ports}")
        return self
