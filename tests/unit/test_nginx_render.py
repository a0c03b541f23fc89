"""The nginx site renderer: the committed example is current, the values derived from
[proxy] follow it, bad [nginx] values are refused with what to fix, and the command writes
the site whole or not at all. nginx itself reads the rendered site in
tests/integration/test_nginx.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tomli_w
from click.testing import CliRunner

from appliance.cli.render_cmd import nginx_command
from appliance.config import parse_config
from appliance.engines.default_models import embedded_config
from appliance.errors import ConfigError
from appliance.proxy.request_id import _SANE
from appliance.render.nginx import (
    READ_TIMEOUT_MARGIN_S,
    TLS12_CIPHERS,
    UPSTREAM_IDLE_S,
    body_limit_bytes,
    https_url_prefix,
    read_timeout_s,
    render_site,
    upstream_address,
)
from tests.conftest import ROOT

EXAMPLE = ROOT / "nginx" / "appliance.conf"


def site(**nginx: object) -> str:
    return render_site(parse_config({"nginx": nginx}))


def directive(text: str, name: str) -> list[str]:
    """The arguments of every `name ...;` line of the site."""
    pattern = r"^[ \t]*" + name + r"[ \t]+([^;{\n]*);"
    return [m.strip() for m in re.findall(pattern, text, re.M)]


def test_the_committed_example_is_the_default_rendering() -> None:
    """The defaults, which are also the embedded default's (`appliance up` without --config
    sets no [proxy] or [nginx])."""
    embedded = parse_config(embedded_config(["/bin/true"], Path("/var/lib/appliance/models")))
    assert render_site(embedded) == render_site()
    assert EXAMPLE.read_text() == render_site(), (
        "nginx/appliance.conf is stale: regenerate it with `python -c 'from "
        "appliance.render.nginx import render_site; print(render_site(), end=\"\")' > "
        "nginx/appliance.conf` and commit the result"
    )


@pytest.mark.parametrize(("max_body_mib", "expected"), [
    (16.0, 16 * 1024 * 1024),
    (0.5, 512 * 1024),
    (1.1, 1153433),  # int(1.1 MiB), as the proxy's aiohttp client_max_size
])
def test_body_limit_is_the_proxys_to_the_byte(max_body_mib: float, expected: int) -> None:
    config = parse_config({"proxy": {"max_body_mib": max_body_mib}})
    assert body_limit_bytes(config.proxy) == expected
    assert directive(render_site(config), "client_max_body_size") == [str(expected)]


@pytest.mark.parametrize(("proxy", "expected"), [
    ({}, 600 + 1 + READ_TIMEOUT_MARGIN_S),
    ({"first_byte_timeout_s": 900.0, "idle_timeout_s": 30.0}, 900 + 1 + READ_TIMEOUT_MARGIN_S),
    ({"first_byte_timeout_s": 10.0, "idle_timeout_s": 59.5}, 59 + 1 + READ_TIMEOUT_MARGIN_S),
])
def test_read_timeout_outlasts_every_silence_the_proxy_allows(proxy: dict, expected: int) -> None:
    section = parse_config({"proxy": proxy}).proxy
    assert read_timeout_s(section) == expected
    assert read_timeout_s(section) > max(section.first_byte_timeout_s, section.idle_timeout_s)


@pytest.mark.parametrize(("host", "expected"), [
    ("127.0.0.1", "127.0.0.1:8080"),
    ("0.0.0.0", "127.0.0.1:8080"),
    ("::", "[::1]:8080"),
    ("::1", "[::1]:8080"),
    ("10.1.2.3", "10.1.2.3:8080"),
    ("localhost", "localhost:8080"),
])
def test_upstream_is_the_proxys_address(host: str, expected: str) -> None:
    config = parse_config({"proxy": {"host": host}})
    assert upstream_address(config.proxy) == expected
    assert directive(render_site(config), "server") == [expected]


@pytest.mark.parametrize(("port", "expected"), [
    (443, "https://$host"), (8443, "https://$host:8443"),
])
def test_redirect_keeps_a_port_other_than_443(port: int, expected: str) -> None:
    assert https_url_prefix(port) == expected
    assert f"return 301 {expected}$request_uri;" in site(listen=port)


def test_nginx_closes_idle_connections_to_the_proxy_before_the_proxy_does() -> None:
    """Otherwise nginx could send a request on a connection the proxy is closing."""
    import inspect

    from aiohttp.web_protocol import RequestHandler

    proxy_idle = inspect.signature(RequestHandler.__init__).parameters["keepalive_timeout"].default
    assert UPSTREAM_IDLE_S < proxy_idle
    assert directive(render_site(), "keepalive_timeout") == [f"{UPSTREAM_IDLE_S}s"]
    app = (ROOT / "appliance" / "proxy" / "app.py").read_text()
    assert "keepalive_timeout" not in app, "the proxy sets its own idle limit: compare with it"


def test_the_request_id_nginx_passes_on_is_one_the_proxy_keeps() -> None:
    """nginx's map keeps exactly the ids the proxy keeps, so both log the same id."""
    pattern = re.search(r'"~\^(.*)\$" \$http_x_request_id;', render_site()).group(1)
    assert pattern == _SANE.pattern
    text = render_site()
    assert "proxy_set_header X-Request-ID $appliance_request_id;" in text


def test_defaults_render_what_the_issue_asks_for() -> None:
    text = render_site()
    assert directive(text, "ssl_protocols") == ["TLSv1.2 TLSv1.3"]
    assert directive(text, "ssl_ciphers") == [TLS12_CIPHERS]
    assert all(c.startswith("ECDHE-") and ("GCM" in c or "CHACHA20" in c)
               for c in TLS12_CIPHERS.split(":"))
    assert directive(text, "listen") == ["*:80 default_server", "*:443 ssl default_server",
                                         "127.0.0.1:8089"]
    assert 'add_header Strict-Transport-Security "max-age=31536000" always' in text
    assert directive(text, "limit_req_status") == ["429"]
    assert directive(text, "limit_conn_status") == ["429"]
    assert directive(text, "limit_req") == ["zone=appliance_req burst=40 nodelay"]
    assert directive(text, "limit_conn") == ["appliance_conn 64"]
    assert directive(text, "limit_req_zone") == [
        "$binary_remote_addr zone=appliance_req:10m rate=20r/s"]
    assert directive(text, "proxy_buffering") == ["off"]
    assert directive(text, "keepalive") == ["32"]
    assert directive(text, "proxy_http_version") == ["1.1"]
    assert 'proxy_set_header Connection ""' in text
    assert directive(text, "access_log") == [
        "/var/log/nginx/appliance-access.log appliance_json"] * 2 + ["off"]  # stub_status: not logged
    # the health routes have no limit_req/limit_conn of their own, and none above them
    health = re.search(r"location /health/ \{(.*?)\}", text, re.S).group(1)
    assert "limit_" not in health
    server = text[text.index("server {"):]
    assert not re.search(r"^    limit_(req|conn) ", server, re.M), "limits must be per location"


def test_the_access_log_holds_no_keys_bodies_or_query_strings() -> None:
    fmt = re.search(r"log_format appliance_json escape=json (.*?);\n", render_site(), re.S).group(1)
    for forbidden in ("$http_authorization", "$request_body", "$request_uri", "$args",
                      "$query_string", "$request ", "$http_cookie"):
        assert forbidden not in fmt


def test_error_bodies_are_openai_shaped() -> None:
    import json

    text = render_site()
    bodies = {int(code): json.loads(body)
              for code, body in re.findall(r"return (\d{3}) '(\{.*?\})';", text)}
    assert set(bodies) == {429, 413, 502, 504, 403}
    for body in bodies.values():
        assert set(body["error"]) == {"message", "type", "param", "code"}
    assert bodies[429]["error"]["type"] == "rate_limit_error"
    assert bodies[413]["error"]["code"] == "body_too_large"  # the proxy's own code


def test_no_hsts_when_its_max_age_is_zero() -> None:
    assert "Strict-Transport-Security" not in site(hsts_max_age_s=0)


def test_no_burst_is_no_burst_argument() -> None:
    """nginx refuses `burst=0` (found by nginx -t in tests/integration/test_nginx.py)."""
    assert directive(site(burst=0), "limit_req") == ["zone=appliance_req nodelay"]


def test_several_addresses_and_metrics_networks() -> None:
    text = site(addresses=["127.0.0.1", "[::]"], listen=8443, http_listen=8080,
                metrics_from=["10.0.0.0/8", "::1"])
    assert directive(text, "listen") == [
        "127.0.0.1:8080 default_server", "[::]:8080 default_server",
        "127.0.0.1:8443 ssl default_server", "[::]:8443 ssl default_server",
        "127.0.0.1:8089"]
    assert directive(text, "allow") == ["10.0.0.0/8", "::1"]


@pytest.mark.parametrize(("nginx", "message"), [
    ({"listen": 8443, "http_listen": 8443}, "listen and http_listen are both 8443"),
    ({"listen": 0}, "must be a port from 1 to 65535, got 0"),
    ({"listen": "443"}, "must be an integer"),
    ({"addresses": ["::"]}, "an IPv6 address must be in brackets, e.g. '[::]'"),
    ({"addresses": ["example.org"]}, "must be '*', an IPv4 address"),
    ({"server_name": "a.example; return 200"}, "must be a host name"),
    ({"server_name": "a*b"}, "at most one '*' at its start or end"),
    ({"certificate": "server.crt"}, "must be an absolute path"),
    ({"certificate_key": "/etc/my keys/k.pem"}, "without spaces"),
    ({"access_log": "/var/log/{x}"}, "must be an absolute path"),
    ({"metrics_from": ["10.0.0.0/33"]}, "must be an IP address or network"),
    ({"requests_per_s": 0}, "must be >= 1"),
    ({"status_address": "0.0.0.0"}, "must be '127.0.0.1' or '[::1]' (stub_status listens on "
                                    "loopback only), got '0.0.0.0'"),
    ({"status_address": "::1"}, "must be '127.0.0.1' or '[::1]'"),
    ({"status_port": 443}, "status_port 443 is also listen or http_listen"),
    # nginx itself refuses 65536 and more ("connection limit must be less 65536")
    ({"connections_per_ip": 65536}, "must be >= 1 and <= 65535, got 65536"),
    ({"rate": 10}, "unknown key; known keys: listen"),
])
def test_bad_values_are_refused_with_what_to_fix(nginx: dict, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config({"nginx": nginx})
    text = "\n".join(str(p) for p in caught.value.problems)
    assert message in text and text.startswith("nginx")


@pytest.mark.parametrize(("nginx", "listen"), [
    ({}, "127.0.0.1:8089"),
    ({"status_address": "[::1]", "status_port": 9100}, "[::1]:9100"),
])
def test_stub_status_is_on_a_loopback_listener_of_its_own(nginx: dict, listen: str) -> None:
    text = site(**nginx)
    status = text.split("# nginx's own counters", 1)[1]
    assert directive(status, "listen") == [listen]
    assert text.count("stub_status;") == status.count("stub_status;") == 1
    assert "allow" not in status  # loopback: only the node itself reaches it


def test_stub_status_and_the_proxy_need_ports_of_their_own() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config({"nginx": {"status_port": 9000}, "proxy": {"port": 9000}})
    assert [str(p) for p in caught.value.problems] == [
        "nginx.status_port: 9000 is also [proxy] port: nginx's stub_status needs a port of "
        "its own"]


def test_every_knob_is_in_the_nginx_docs() -> None:
    from appliance.config.nginx_schema import NginxSection

    text = (ROOT / "docs" / "nginx.md").read_text()
    table = re.findall(r"^\| `(\w+)` \|", text.split("## [nginx] knobs", 1)[1], re.M)
    assert table == list(NginxSection.model_fields)


def test_command_prints_writes_and_refuses(tmp_path) -> None:
    config = tmp_path / "node.toml"
    config.write_text(tomli_w.dumps({"nginx": {"listen": 8443}, "proxy": {"port": 9000}}))
    runner = CliRunner()
    printed = runner.invoke(nginx_command, ["--config", str(config)])
    assert printed.exit_code == 0, printed.output
    assert printed.output == render_site(parse_config({"nginx": {"listen": 8443},
                                                       "proxy": {"port": 9000}}))
    target = tmp_path / "sites" / "appliance.conf"
    missing = runner.invoke(nginx_command, ["--config", str(config), "--output", str(target)])
    assert missing.exit_code != 0 and "does not exist; create it first" in missing.output
    target.parent.mkdir()
    target.write_text("old site\n")
    written = runner.invoke(nginx_command, ["--config", str(config), "--output", str(target)])
    assert written.exit_code == 0 and written.output.strip() == str(target)
    assert target.read_text() == printed.output
    assert sorted(p.name for p in target.parent.iterdir()) == ["appliance.conf"]
    # an invalid node.toml: the old site stays as it was
    config.write_text(tomli_w.dumps({"nginx": {"listen": 8443, "http_listen": 8443}}))
    target.write_text("old site\n")
    bad = runner.invoke(nginx_command, ["--config", str(config), "--output", str(target)])
    assert bad.exit_code == 1 and "listen and http_listen are both 8443" in bad.output
    assert target.read_text() == "old site\n"
