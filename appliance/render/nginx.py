"""The nginx site in front of the proxy, rendered from node.toml's [nginx] and [proxy].

`render_site(config)` is pure: a validated `ApplianceConfig` in, the text of one nginx site
out, to be included in nginx's `http {}` block (Debian's /etc/nginx/sites-enabled/). The
copy committed as nginx/appliance.conf is `render_site()` of the default config; a unit
test keeps them equal. `appliance render nginx` (appliance/cli/render_cmd.py) is the shell.

What the site does, and why (docs/nginx.md has the operator's view):

    :http_listen   301 to https://<same host>:<listen><same path>
    :listen (TLS)  /health/*   to the proxy, no rate limits (load balancers poll them)
                   /metrics    to the proxy for [nginx] metrics_from only, else 403
                   /           to the proxy, limit_req + limit_conn per client address
    status_address:status_port (loopback only)
                   /stub_status  nginx's own counters, for prometheus-nginx-exporter

Errors nginx makes itself (429 over a limit, 413 over the body limit, 502/504 when the
proxy is down or silent, 403) have OpenAI-shaped JSON bodies like the proxy's own; answers
of the proxy pass through untouched. Settings that must agree with the proxy's are derived
from [proxy] by the functions below rather than being knobs of their own.
"""

from __future__ import annotations

import ipaddress
import json
import string

from appliance.config.proxy_schema import ProxySection
from appliance.config.schema import ApplianceConfig
from appliance.proxy.request_id import HEADER as REQUEST_ID_HEADER

MIB = 1024 * 1024
# Time the proxy needs past its own timeouts to notice one and send its 504 (it checks
# idle_timeout_s every second) before nginx gives up on it.
READ_TIMEOUT_MARGIN_S = 30
UPSTREAM = "appliance_proxy"
# How long nginx keeps an idle connection to the proxy. It must stay below the proxy's own
# idle limit (aiohttp's keepalive_timeout, 3630 s by default, which the proxy keeps), so that
# nginx closes first and never sends a request on a connection the proxy is closing.
UPSTREAM_IDLE_S = 60
# Mozilla's "intermediate" TLS 1.2 suites (ECDHE with AES-GCM or ChaCha20-Poly1305; no DHE,
# which needs parameters of our own). TLS 1.3 suites are OpenSSL's defaults, all strong.
TLS12_CIPHERS = ":".join([
    "ECDHE-ECDSA-AES128-GCM-SHA256",
    "ECDHE-RSA-AES128-GCM-SHA256",
    "ECDHE-ECDSA-AES256-GCM-SHA384",
    "ECDHE-RSA-AES256-GCM-SHA384",
    "ECDHE-ECDSA-CHACHA20-POLY1305",
    "ECDHE-RSA-CHACHA20-POLY1305",
])


def body_limit_bytes(proxy: ProxySection) -> int:
    """client_max_body_size: the proxy's own limit, to the byte. nginx and aiohttp both
    refuse a body larger than it (413), so nginx never buffers a body the proxy refuses."""
    return int(proxy.max_body_mib * MIB)


def read_timeout_s(proxy: ProxySection) -> int:
    """proxy_read_timeout (the longest silence nginx waits for from the proxy): longer than
    any silence the proxy itself allows an engine, so that the proxy's own 504 (with its
    request id and the knob it names) reaches the client rather than nginx's."""
    longest = max(proxy.first_byte_timeout_s, proxy.idle_timeout_s, proxy.connect_timeout_s)
    return int(longest) + 1 + READ_TIMEOUT_MARGIN_S


def upstream_address(proxy: ProxySection) -> str:
    """Where nginx reaches the proxy: its [proxy] host and port, with loopback for a proxy
    that listens on every address (0.0.0.0 or ::)."""
    host = proxy.host
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return f"{host}:{proxy.port}"  # a host name
    if address.is_unspecified:
        address = ipaddress.ip_address("127.0.0.1" if address.version == 4 else "::1")
    return f"[{address}]:{proxy.port}" if address.version == 6 else f"{address}:{proxy.port}"


def https_url_prefix(port: int) -> str:
    """The redirect's target without the path: the port only when it is not 443."""
    return "https://$host" if port == 443 else f"https://$host:{port}"


def error_body(message: str, error_type: str, code: str) -> str:
    """An OpenAI-shaped error body, as one nginx string in single quotes."""
    body = json.dumps(
        {"error": {"message": message, "type": error_type, "param": None, "code": code}},
        separators=(",", ":"),
    )
    if "'" in body or "\\" in body or "$" in body:
        raise ValueError(f"error body must not hold ', \\ or $ (nginx string): {body}")
    return f"'{body}'"


class _SiteTemplate(string.Template):
    # `%{name}` placeholders: `$` is nginx's variables and `@` its named locations.
    delimiter = "%"


_SITE = """\
# The appliance's HTTPS front door: rendered by `appliance render nginx` from [nginx] and
# [proxy] of node.toml. Do not edit: change node.toml and render again (docs/nginx.md).
# Included in nginx's http {} block (on Debian: /etc/nginx/sites-enabled/).

# The proxy, with idle connections kept open for reuse (HTTP/1.1 and an empty Connection
# header below make that work).
upstream %{upstream} {
    server %{upstream_address};
    keepalive %{keepalive};
    # nginx closes idle ones first: the proxy keeps them longer.
    keepalive_timeout %{upstream_idle}s;
}

# Per client address: a steady rate with a burst, and requests in flight at once.
limit_req_zone $binary_remote_addr zone=appliance_req:%{zone_mib}m rate=%{rate}r/s;
limit_conn_zone $binary_remote_addr zone=appliance_conn:%{zone_mib}m;

# X-Request-ID: the client's when the proxy would accept it too (1-128 characters of
# A-Za-z0-9._:-), else nginx's own random 32 hex digits; the proxy, the engine, the audit
# log and this access log all see the same id.
map $http_x_request_id $appliance_request_id {
    "~^[A-Za-z0-9._:-]{1,128}$" $http_x_request_id;
    default $request_id;
}

# One JSON line per request. No request or response bodies, no headers that carry keys
# (Authorization), and the path without its query string.
log_format appliance_json escape=json '{"time":"$time_iso8601",'
    '"request_id":"$appliance_request_id","client":"$remote_addr",'
    '"method":"$request_method","path":"$uri","status":$status,'
    '"request_bytes":$request_length,"response_bytes":$bytes_sent,'
    '"request_time_s":$request_time,"upstream_status":"$upstream_status",'
    '"upstream_time_s":"$upstream_response_time","tls":"$ssl_protocol",'
    '"user_agent":"$http_user_agent"}';

# Plain HTTP: only a permanent redirect to the same host and path over HTTPS.
server {
%{http_listen}
    server_name %{server_name};
    server_tokens off;
    access_log %{access_log} appliance_json;
    error_log %{error_log} warn;
    return 301 %{https_prefix}$request_uri;
}

server {
%{https_listen}
    server_name %{server_name};
    server_tokens off;
    access_log %{access_log} appliance_json;
    error_log %{error_log} warn;

    # TLS 1.2 and 1.3 only; for 1.2, forward-secret AEAD suites, the client choosing among
    # them (all are strong; clients without AES hardware prefer ChaCha20).
    ssl_certificate %{certificate};
    ssl_certificate_key %{certificate_key};
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_ciphers %{ciphers};
    ssl_prefer_server_ciphers off;
    ssl_session_cache shared:appliance_tls:10m;
    ssl_session_timeout 1d;
    # Session tickets would reuse one key for as long as nginx runs: off.
    ssl_session_tickets off;
%{hsts}
    # The proxy's own limit ([proxy] max_body_mib), so that both refuse the same bodies.
    client_max_body_size %{body_limit};
    # JSON is not compressed here: no buffering in front of streams.
    gzip off;

    # To the proxy: HTTP/1.1 with keep-alive; streams pass chunk by chunk (no buffering);
    # the proxy's own timeouts end a silent answer first (proxy_read_timeout is longer).
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    proxy_set_header %{request_id_header} $appliance_request_id;
    # The client's address: nginx is the edge, so any X-Forwarded-For the client sent is
    # replaced, not appended to.
    proxy_set_header X-Real-IP $remote_addr;
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Forwarded-Proto https;
    proxy_buffering off;
    proxy_cache off;
    proxy_connect_timeout 5s;
    proxy_send_timeout 60s;
    proxy_read_timeout %{read_timeout}s;

    # Errors nginx makes itself get OpenAI-shaped bodies; the proxy's own errors (its 429
    # of a key's limits, 413, 503, ...) pass through as they are.
    limit_req_status 429;
    limit_conn_status 429;
    error_page 429 @too_many_requests;
    error_page 413 @body_too_large;
    error_page 502 @proxy_unavailable;
    error_page 504 @proxy_timeout;
    error_page 403 @forbidden;

    # Health routes: never rate-limited, so that load balancers can always ask.
    location /health/ {
        proxy_pass http://%{upstream};
    }

    # Prometheus text of the proxy: only for [nginx] metrics_from.
    location = /metrics {
%{metrics_allow}        deny all;
        proxy_pass http://%{upstream};
    }

    location / {
        limit_req zone=appliance_req%{burst} nodelay;
        limit_conn appliance_conn %{connections};
        proxy_pass http://%{upstream};
    }

    location @too_many_requests {
%{error_headers}        add_header Retry-After 1 always;
        default_type application/json;
        return 429 %{body_429};
    }

    location @body_too_large {
%{error_headers}        default_type application/json;
        return 413 %{body_413};
    }

    location @proxy_unavailable {
%{error_headers}        default_type application/json;
        return 502 %{body_502};
    }

    location @proxy_timeout {
%{error_headers}        default_type application/json;
        return 504 %{body_504};
    }

    location @forbidden {
%{error_headers}        default_type application/json;
        return 403 %{body_403};
    }
}

# nginx's own counters (connections open, reading, writing, waiting; connections accepted
# and handled; requests) for Debian's prometheus-nginx-exporter on this node: on loopback
# only ([nginx] status_address, status_port), so nothing off the node reaches them.
server {
    listen %{status_listen};
    server_name _;
    server_tokens off;
    access_log off;
    error_log %{error_log} warn;

    location = /stub_status {
        stub_status;
    }

    location / {
        return 404;
    }
}
"""


def _listen_lines(addresses: list[str], port: int, extra: str) -> str:
    return "\n".join(f"    listen {address}:{port}{extra} default_server;" for address in addresses)


def render_site(config: ApplianceConfig | None = None) -> str:
    """The nginx site for `config` (default: every default of node.toml)."""
    config = config or ApplianceConfig()
    nginx, proxy = config.nginx, config.proxy
    hsts = (
        f'    add_header Strict-Transport-Security "max-age={nginx.hsts_max_age_s}" always;\n'
        if nginx.hsts_max_age_s else ""
    )
    # add_header in a location replaces the server's, so the error locations repeat HSTS.
    error_headers = hsts.replace("    add_header", "        add_header") + (
        f"        add_header {REQUEST_ID_HEADER} $appliance_request_id always;\n"
    )
    body_mib = f"{proxy.max_body_mib:g} MiB"
    values = {
        "upstream": UPSTREAM,
        "upstream_address": upstream_address(proxy),
        "keepalive": nginx.upstream_keepalive,
        "upstream_idle": UPSTREAM_IDLE_S,
        "zone_mib": nginx.zone_mib,
        "rate": nginx.requests_per_s,
        # nginx refuses `burst=0`; without the argument, the burst is 0.
        "burst": f" burst={nginx.burst}" if nginx.burst else "",
        "connections": nginx.connections_per_ip,
        "http_listen": _listen_lines(nginx.addresses, nginx.http_listen, ""),
        "https_listen": _listen_lines(nginx.addresses, nginx.listen, " ssl"),
        "status_listen": f"{nginx.status_address}:{nginx.status_port}",
        "server_name": nginx.server_name,
        "access_log": nginx.access_log,
        "error_log": nginx.error_log,
        "https_prefix": https_url_prefix(nginx.listen),
        "certificate": nginx.certificate,
        "certificate_key": nginx.certificate_key,
        "ciphers": TLS12_CIPHERS,
        "hsts": hsts,
        "body_limit": body_limit_bytes(proxy),
        "request_id_header": REQUEST_ID_HEADER,
        "read_timeout": read_timeout_s(proxy),
        "metrics_allow": "".join(f"        allow {net};\n" for net in nginx.metrics_from),
        "error_headers": error_headers,
        "body_429": error_body(
            f"too many requests from this address (over {nginx.requests_per_s} a second with "
            f"bursts of {nginx.burst}, or over {nginx.connections_per_ip} at once); retry "
            "after a second", "rate_limit_error", "rate_limit_exceeded"),
        "body_413": error_body(
            f"request body too large (over {body_mib})", "invalid_request_error",
            "body_too_large"),
        "body_502": error_body(
            "the API proxy behind nginx is not answering; retry shortly", "upstream_error",
            "proxy_unavailable"),
        "body_504": error_body(
            "the API proxy behind nginx did not answer in time; retry shortly",
            "timeout_error", "proxy_timeout"),
        "body_403": error_body("forbidden from this address", "permission_error", "forbidden"),
    }
    return _SiteTemplate(_SITE).substitute(values)
