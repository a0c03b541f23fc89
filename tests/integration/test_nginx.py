"""The rendered site in a real nginx (Debian's package) in front of a real node: supervisord,
the agent, simulated engines and the proxy. nginx runs as an ordinary process the test
starts on free loopback ports, with its own prefix, pid file and temporary folders, and a
self-signed pair made with openssl; it is stopped by its PID."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import httpx
import openai
import pytest

from appliance.config import parse_config
from appliance.render.nginx import TLS12_CIPHERS, render_site
from appliance.testing.nginx import NginxProcess, nginx_binary, self_signed_pair
from appliance.testing.ports import free_port
from tests.integration.harness import Node, wait_until
from tests.integration.test_proxy import Stack, sim

pytestmark = pytest.mark.skipif(nginx_binary() is None,
                                reason="needs nginx (scripts/install-packages installs it)")

STREAM_TOKENS = 20
STREAM_TOKENS_PER_S = 10.0  # one stream lasts about 2 s


@dataclass
class Door:
    """nginx in front of the stack's proxy."""

    nginx: NginxProcess
    https: int
    http: int
    root: Path

    @property
    def base(self) -> str:
        return f"https://localhost:{self.https}"

    def access_log(self) -> list[dict]:
        path = self.root / "access.log"
        return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    root = tmp_path_factory.mktemp("nginx-node")
    port = free_port()
    node = Node(
        root / "node",
        [sim("chat"),
         sim("long", mode="lorem", max_tokens=STREAM_TOKENS, tokens_per_s=STREAM_TOKENS_PER_S)],
        proxy={"port": port, "table_refresh_s": 0.2},
        auth={"roles": {"admin": ["*"]}},
    )
    s = Stack(node)
    s.port = port
    try:
        node.start()
        node.wait_states({"engine-chat-0": "ready", "engine-long-0": "ready"}, 30)
        s.start_proxy()
        s.admin_key = s.key("door", "admin")
        yield s
    finally:
        s.stop()
        node.stop()


@pytest.fixture(scope="module")
def tls_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed_pair(tmp_path_factory.mktemp("tls"))


def door_config(stack: Stack, root: Path, tls_pair: tuple[Path, Path], proxy_port: int | None = None,
                **nginx: object) -> tuple[str, int, int]:
    """The site for nginx in front of `stack`'s proxy (or of `proxy_port`), on free ports."""
    https, http = free_port(), free_port()
    config = parse_config({
        "proxy": {"port": proxy_port or stack.port},
        "nginx": {"listen": https, "http_listen": http, "addresses": ["127.0.0.1"],
                  "certificate": str(tls_pair[0]), "certificate_key": str(tls_pair[1]),
                  "access_log": str(root / "access.log"), "error_log": str(root / "site-error.log"),
                  "status_port": free_port(), **nginx},
    })
    return render_site(config), https, http


@pytest.fixture
def door_factory(stack: Stack, tls_pair: tuple[Path, Path], tmp_path: Path):
    started: list[NginxProcess] = []

    def make(proxy_port: int | None = None, **nginx: object) -> Door:
        root = tmp_path / f"nginx-{len(started)}"
        root.mkdir()
        site, https, http = door_config(stack, root, tls_pair, proxy_port, **nginx)
        process = NginxProcess(root, site, (https, http))
        started.append(process)
        process.start()
        return Door(process, https, http, root)

    yield make
    for process in started:
        process.stop()


def client_context(tls_pair: tuple[Path, Path], version: ssl.TLSVersion | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(tls_pair[0]))
    if version is not None:
        ctx.minimum_version = ctx.maximum_version = version
    return ctx


def handshake(port: int, ctx: ssl.SSLContext) -> tuple[str, str]:
    """(protocol, cipher) nginx agreed to with a client limited by `ctx`."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw, \
            ctx.wrap_socket(raw, server_hostname="localhost") as tls:
        return tls.version(), tls.cipher()[0]


def fetch(url: str, ctx: ssl.SSLContext | None = None, method: str = "GET", key: str | None = None,
          body: bytes | None = None, headers: dict | None = None) -> tuple[int, dict, bytes]:
    async def go() -> tuple[int, dict, bytes]:
        sent = {**(headers or {})}
        if key:
            sent["Authorization"] = f"Bearer {key}"
        async with aiohttp.ClientSession() as s, s.request(
                method, url, data=body, headers=sent, ssl=ctx if ctx is not None else False,
                allow_redirects=False, timeout=aiohttp.ClientTimeout(total=30)) as r:
            return r.status, dict(r.headers), await r.read()
    return asyncio.run(go())


def assert_openai_error(body: bytes, error_type: str) -> dict:
    error = json.loads(body)["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["type"] == error_type
    return error


def test_nginx_accepts_the_committed_site_and_other_renderings(
        stack: Stack, tls_pair: tuple[Path, Path], tmp_path: Path) -> None:
    # the committed example, with only the certificate and log paths moved into tmp_path
    committed = (Path(__file__).resolve().parents[2] / "nginx" / "appliance.conf").read_text()
    moved = committed
    for old, new in (("/etc/appliance/tls/server.crt", tls_pair[0]),
                     ("/etc/appliance/tls/server.key", tls_pair[1]),
                     ("/var/log/nginx/", f"{tmp_path}/")):
        assert old in moved
        moved = moved.replace(old, str(new))
    example = NginxProcess(tmp_path / "example", moved)
    checked = example.check()
    assert checked.returncode == 0, checked.stderr
    # other knobs: IPv6, metrics networks, no HSTS, odd ports
    site, _, _ = door_config(stack, tmp_path, tls_pair, addresses=["127.0.0.1", "[::1]"],
                             metrics_from=["10.0.0.0/8", "::1"], hsts_max_age_s=0,
                             requests_per_s=1, burst=0)
    checked = NginxProcess(tmp_path / "variant", site).check()
    assert checked.returncode == 0, checked.stderr
    # and nginx -t does fail on a broken site (the check is not a formality)
    broken = NginxProcess(tmp_path / "broken", site.replace("limit_req_status 429;", "limit_req_status;"))
    assert broken.check().returncode != 0


@pytest.mark.filterwarnings("ignore:ssl.TLSVersion.TLSv1_1 is deprecated")
def test_tls_1_2_and_1_3_only_with_the_rendered_ciphers(door_factory, tls_pair) -> None:
    door = door_factory()
    assert handshake(door.https, client_context(tls_pair))[0] == "TLSv1.3"
    version, cipher = handshake(door.https, client_context(tls_pair, ssl.TLSVersion.TLSv1_2))
    assert version == "TLSv1.2" and cipher in TLS12_CIPHERS.split(":")
    old = client_context(tls_pair, ssl.TLSVersion.TLSv1_1)
    old.set_ciphers("ALL:@SECLEVEL=0")  # the client offers TLS 1.1; nginx refuses it
    with pytest.raises(ssl.SSLError, match="PROTOCOL_VERSION"):
        handshake(door.https, old)
    # a TLS 1.2 client offering only CBC suites: none of them is in the list
    cbc = client_context(tls_pair, ssl.TLSVersion.TLSv1_2)
    cbc.set_ciphers("ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-SHA:AES128-SHA")
    with pytest.raises(ssl.SSLError, match="HANDSHAKE_FAILURE"):
        handshake(door.https, cbc)
    status, headers, _ = fetch(f"{door.base}/health/live", client_context(tls_pair))
    assert status == 200
    assert headers["Strict-Transport-Security"] == "max-age=31536000"


def test_plain_http_redirects_to_the_same_path_over_https(door_factory) -> None:
    door = door_factory()
    status, headers, _ = fetch(f"http://127.0.0.1:{door.http}/v1/models?limit=2")
    assert status == 301
    assert headers["Location"] == f"https://127.0.0.1:{door.https}/v1/models?limit=2"
    status, headers, _ = fetch(f"http://localhost:{door.http}/health/ready")
    assert status == 301 and headers["Location"] == f"https://localhost:{door.https}/health/ready"


def test_a_burst_over_the_limit_gets_429_in_json_and_health_routes_are_not_limited(
        stack: Stack, door_factory, tls_pair) -> None:
    door = door_factory(requests_per_s=1, burst=2)
    ctx = client_context(tls_pair)

    async def burst(path: str, n: int = 12) -> list[tuple[int, dict, bytes]]:
        async with aiohttp.ClientSession() as s:
            async def one() -> tuple[int, dict, bytes]:
                async with s.get(f"{door.base}{path}", ssl=ctx,
                                 headers={"Authorization": f"Bearer {stack.admin_key}"}) as r:
                    return r.status, dict(r.headers), await r.read()
            return await asyncio.gather(*(one() for _ in range(n)))

    answers = asyncio.run(burst("/v1/models"))
    statuses = [a[0] for a in answers]
    # 1 a second with a burst of 2: at most 3 pass in the first second, the rest are refused
    assert set(statuses) == {200, 429} and statuses.count(429) >= 12 - 3 - 1, statuses
    status, headers, body = next(a for a in answers if a[0] == 429)
    assert headers["Content-Type"] == "application/json"
    assert headers["Retry-After"] == "1"
    assert re.fullmatch(r"[0-9a-f]{32}", headers["X-Request-ID"])
    assert headers["Strict-Transport-Security"] == "max-age=31536000"
    error = assert_openai_error(body, "rate_limit_error")
    assert error["code"] == "rate_limit_exceeded"
    # the same burst on the health routes: never limited
    for path in ("/health/live", "/health/ready"):
        assert [a[0] for a in asyncio.run(burst(path))] == [200] * 12


def test_connections_over_the_limit_get_429_while_a_stream_holds_one(
        stack: Stack, door_factory, tls_pair) -> None:
    door = door_factory(connections_per_ip=1)
    ctx = client_context(tls_pair)
    body = json.dumps({"model": "long", "messages": [{"role": "user", "content": "x"}],
                       "stream": True}).encode()

    async def run() -> tuple[int, bytes, int]:
        async with aiohttp.ClientSession() as s:
            async with s.post(f"{door.base}/v1/chat/completions", data=body, ssl=ctx,
                              headers={"Authorization": f"Bearer {stack.admin_key}",
                                       "Content-Type": "application/json"}) as stream:
                await stream.content.readline()  # the stream is open: it holds the one slot
                async with s.get(f"{door.base}/v1/models", ssl=ctx, headers={
                        "Authorization": f"Bearer {stack.admin_key}"}) as second:
                    second_status, second_body = second.status, await second.read()
                await stream.read()
                return second_status, second_body, stream.status

    second_status, second_body, stream_status = asyncio.run(run())
    assert stream_status == 200
    assert second_status == 429
    assert_openai_error(second_body, "rate_limit_error")


def test_a_stream_arrives_chunk_by_chunk_through_nginx(stack: Stack, door_factory, tls_pair) -> None:
    door = door_factory()
    ctx = client_context(tls_pair)
    body = json.dumps({"model": "long", "messages": [{"role": "user", "content": "x"}],
                       "stream": True}).encode()

    async def run() -> list[tuple[float, bytes]]:
        events = []
        async with aiohttp.ClientSession() as s, s.post(
                f"{door.base}/v1/chat/completions", data=body, ssl=ctx,
                headers={"Authorization": f"Bearer {stack.admin_key}",
                         "Content-Type": "application/json"}) as r:
            assert r.status == 200 and r.headers["Content-Type"].startswith("text/event-stream")
            async for line in r.content:
                if line.startswith(b"data: "):
                    events.append((time.monotonic(), line))
        return events

    events = asyncio.run(run())
    assert events[-1][1].strip() == b"data: [DONE]"
    tokens = [json.loads(line[6:]) for _, line in events[:-1]]
    assert sum(1 for t in tokens if t["choices"] and t["choices"][0]["delta"].get("content")) \
        == STREAM_TOKENS
    # The engine sends one token every 0.1 s for about 2 s. Buffered by nginx, they would
    # arrive together at the end; passed through, they arrive over the stream's length.
    first_token = next(at for (at, _), t in zip(events, tokens, strict=False)
                       if t["choices"] and t["choices"][0]["delta"].get("content"))
    assert events[-1][0] - first_token >= (STREAM_TOKENS - 1) / STREAM_TOKENS_PER_S / 2


def test_the_openai_client_over_https_with_the_self_signed_ca(
        stack: Stack, door_factory, tls_pair) -> None:
    door = door_factory()
    client = openai.OpenAI(base_url=f"{door.base}/v1", api_key=stack.admin_key, max_retries=0,
                           http_client=httpx.Client(verify=client_context(tls_pair)))
    assert {m.id for m in client.models.list().data} == {"chat", "long"}
    question = "What is the capital of France?"
    reply = client.chat.completions.create(model="chat",
                                           messages=[{"role": "user", "content": question}])
    assert reply.choices[0].message.content == question
    chunks = list(client.chat.completions.create(
        model="chat", messages=[{"role": "user", "content": question}], stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == question
    # X-Request-ID: the client's passed on; otherwise nginx's, which the proxy keeps
    raw = client.chat.completions.with_raw_response.create(
        model="chat", messages=[{"role": "user", "content": "hi"}],
        extra_headers={"X-Request-ID": "req-nginx-1"})
    assert raw.headers["x-request-id"] == "req-nginx-1"
    raw = client.chat.completions.with_raw_response.create(
        model="chat", messages=[{"role": "user", "content": "hi"}],
        extra_headers={"X-Request-ID": "not sane!"})
    made = raw.headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)
    # a key error from the proxy passes through as the proxy's own
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=f"{door.base}/v1", api_key="sk-appl-wrong", max_retries=0,
                      http_client=httpx.Client(verify=client_context(tls_pair))).models.list()
    # without the CA, the certificate is not trusted
    with pytest.raises(openai.APIConnectionError):
        openai.OpenAI(base_url=f"{door.base}/v1", api_key=stack.admin_key,
                      max_retries=0).models.list()
    # the access log: JSON lines with the ids, never the key
    wait_until(lambda: any(r["request_id"] == made for r in door.access_log()), 10,
               "the access log line")
    log = (door.root / "access.log").read_text()
    assert stack.admin_key not in log and question not in log
    lines = door.access_log()
    assert {"req-nginx-1", made} <= {r["request_id"] for r in lines}
    assert all(r["tls"] in ("TLSv1.3", "TLSv1.2") and r["client"] == "127.0.0.1" for r in lines)
    audit = stack.node.root / "log" / "audit.jsonl"
    wait_until(lambda: made in audit.read_text(), 10, "the proxy's audit line with nginx's id")


def test_errors_nginx_makes_itself_are_json(stack: Stack, door_factory, tls_pair) -> None:
    ctx = client_context(tls_pair)
    door = door_factory()
    too_big = b"x" * (16 * 1024 * 1024 + 1)  # [proxy] max_body_mib is 16
    status, headers, body = fetch(f"{door.base}/v1/chat/completions", ctx, "POST",
                                  stack.admin_key, too_big, {"Content-Type": "application/json"})
    assert status == 413 and headers["Content-Type"] == "application/json"
    assert assert_openai_error(body, "invalid_request_error")["code"] == "body_too_large"
    status, headers, body = fetch(f"{door.base}/metrics", ctx)
    assert status == 403 and headers["Content-Type"] == "application/json"
    assert_openai_error(body, "permission_error")
    allowed = door_factory(metrics_from=["127.0.0.1"])
    status, _, body = fetch(f"{allowed.base}/metrics", ctx)
    assert status == 200 and b"appliance_proxy_requests_total" in body
    # nothing listens behind this one: 502, in JSON, with a request id
    down = door_factory(proxy_port=free_port())
    status, headers, body = fetch(f"{down.base}/v1/models", ctx, key=stack.admin_key,
                                  headers={"X-Request-ID": "req-down"})
    assert status == 502 and headers["X-Request-ID"] == "req-down"
    assert assert_openai_error(body, "upstream_error")["code"] == "proxy_unavailable"
