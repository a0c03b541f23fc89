"""node.toml's [nginx]: the HTTPS front door that `appliance render nginx` writes a site for.

nginx terminates TLS, limits requests per client address, and passes everything else to the
proxy on `[proxy] host:port`. What nginx derives from the proxy's own settings (the body
limit, the read timeout, the upstream address) is not a knob here: the renderer computes it
(appliance/render/nginx.py), so the two cannot drift apart.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, Field, Strict, model_validator

from appliance.config.types import Count, NonNegative, Section, TomlPath, within

TLS_DIR = Path("/etc/appliance/tls")
LOOPBACK = ("127.0.0.1", "[::1]")

# nginx's server_name: a name, a wildcard at one end, or `_` (matches nothing: the catch-all
# convention). No regular expressions (`~`): they would need quoting.
_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-*_")


def _any_port(value: int) -> int:
    if not 1 <= value <= 65535:
        raise ValueError(f"must be a port from 1 to 65535, got {value}")
    return value


def _listen_address(value: str) -> str:
    """`*` (every IPv4 address), an IPv4 address, or an IPv6 address in brackets."""
    if value == "*":
        return value
    text = value[1:-1] if value.startswith("[") and value.endswith("]") else value
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        raise ValueError(
            f"must be '*', an IPv4 address or an IPv6 address in brackets ('[::]'), got {value!r}"
        ) from None
    if address.version == 6 and text == value:
        raise ValueError(f"an IPv6 address must be in brackets, e.g. '[{value}]', got {value!r}")
    return value


def _loopback_address(value: str) -> str:
    """nginx's stub_status counts are for the node's own exporter: loopback only."""
    if value not in LOOPBACK:
        raise ValueError(
            f"must be {' or '.join(repr(a) for a in LOOPBACK)} (stub_status listens on "
            f"loopback only), got {value!r}"
        )
    return value


def _client_network(value: str) -> str:
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise ValueError(
            f"must be an IP address or network (127.0.0.1, 10.0.0.0/8, ::1), got {value!r}"
        ) from None
    return value


def _server_name(value: str) -> str:
    bad = sorted(set(value) - _NAME_CHARS)
    if not value or bad or "*" in value.strip("*") or value.count("*") > 1:
        raise ValueError(
            "must be a host name (letters, digits, '.', '-'), with at most one '*' at its "
            f"start or end, or '_'; got {value!r}"
        )
    return value


def _absolute(value: Path) -> Path:
    text = str(value)
    if not value.is_absolute() or any(c in text for c in " ;{}'\"\\$#"):
        raise ValueError(
            "must be an absolute path without spaces or any of ; { } ' \" \\ $ # (nginx "
            f"would need it quoted), got {text!r}"
        )
    return value


AnyPort = Annotated[int, Strict(), AfterValidator(_any_port)]
ListenAddress = Annotated[str, Strict(), AfterValidator(_listen_address)]
LoopbackAddress = Annotated[str, Strict(), AfterValidator(_loopback_address)]
ClientNetwork = Annotated[str, Strict(), AfterValidator(_client_network)]
ServerName = Annotated[str, Strict(), AfterValidator(_server_name)]
NginxPath = Annotated[TomlPath, AfterValidator(_absolute)]


class NginxSection(Section):
    """The HTTPS front door: nginx in front of the proxy (docs/nginx.md)."""

    listen: AnyPort = Field(443, description="HTTPS port clients connect to.")
    http_listen: AnyPort = Field(
        80,
        description="Plain HTTP port; it only answers 301 to the same path over HTTPS (the "
        "health routes too).",
    )
    addresses: list[ListenAddress] = Field(
        default_factory=lambda: ["*"],
        description="Addresses both ports listen on: `*` (every IPv4 address), an IPv4 "
        "address, or an IPv6 one in brackets (`[::]` for every IPv6 address).",
    )
    server_name: ServerName = Field(
        "_",
        description="The host name clients use (nginx's server_name). `_` answers any name; "
        "the redirect keeps the name the client asked for either way.",
    )
    certificate: NginxPath = Field(
        TLS_DIR / "server.crt",
        description="The server certificate (PEM, with its intermediates after it). The "
        "Ansible role makes a self-signed pair here when the inventory gives none.",
    )
    certificate_key: NginxPath = Field(
        TLS_DIR / "server.key",
        description="Its private key (PEM). nginx's master process reads it as root.",
    )
    hsts_max_age_s: NonNegative = Field(
        31_536_000,
        description="Strict-Transport-Security max-age: browsers use only HTTPS for this name "
        "that long (a year). 0 sends no HSTS header, for a name that may go back to HTTP.",
    )
    requests_per_s: Count = Field(
        20,
        description="Steady request rate allowed per client address (nginx limit_req); "
        "the health routes are not counted. Clients behind one NAT share it: raise it for "
        "many clients behind one address. Per-key limits are the proxy's ([rate_limits]).",
    )
    burst: NonNegative = Field(
        40,
        description="Requests a client address may send above the rate at once before they "
        "get 429; they are served without delay (nodelay). Higher absorbs bursty clients, "
        "lower protects the proxy sooner.",
    )
    connections_per_ip: Annotated[int, Strict(), within(1, 65535)] = Field(
        64,
        description="Requests one client address may have in flight at once (nginx "
        "limit_conn, which takes at most 65535); one more gets 429. Each open stream "
        "counts for as long as it lasts.",
    )
    zone_mib: Count = Field(
        10,
        description="Shared memory for each of the two per-address tables (rate and "
        "connections); 1 MiB holds about 16,000 addresses. When it is full, new addresses "
        "get 429.",
    )
    upstream_keepalive: Count = Field(
        32,
        description="Idle connections to the proxy each nginx worker keeps open for reuse. "
        "Too few and busy workers open a connection per request; each costs a file "
        "descriptor in nginx and in the proxy.",
    )
    metrics_from: list[ClientNetwork] = Field(
        default_factory=list,
        description="Client addresses or networks that may read the proxy's /metrics "
        "through nginx (e.g. the Prometheus host); everyone else gets 403. Empty: none (scrape "
        "the proxy on its own port from the node instead).",
    )
    status_address: LoopbackAddress = Field(
        "127.0.0.1",
        description="Loopback address of nginx's own counters (stub_status: connections "
        "open, reading, writing, waiting; connections and requests handled), which "
        "Debian's prometheus-nginx-exporter on the node reads: `127.0.0.1` or `[::1]`, "
        "nothing else (docs/monitoring.md).",
    )
    status_port: AnyPort = Field(
        8089,
        description="Port of nginx's stub_status listener on status_address (the page is "
        "`/stub_status`). It must differ from listen, http_listen and the proxy's port.",
    )
    access_log: NginxPath = Field(
        Path("/var/log/nginx/appliance-access.log"),
        description="nginx's access log: one JSON line per request, without keys, bodies or "
        "query strings.",
    )
    error_log: NginxPath = Field(
        Path("/var/log/nginx/appliance-error.log"), description="nginx's error log for the site."
    )

    @model_validator(mode="after")
    def _ports_differ(self) -> NginxSection:
        if self.listen == self.http_listen:
            raise ValueError(
                f"listen and http_listen are both {self.listen}: HTTPS and the HTTP redirect "
                "need ports of their own"
            )
        if self.status_port in (self.listen, self.http_listen):
            raise ValueError(
                f"status_port {self.status_port} is also listen or http_listen: nginx's "
                "stub_status needs a port of its own"
            )
        return self
