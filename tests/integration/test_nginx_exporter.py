"""nginx's own counters: the rendered site's stub_status answers on its loopback listener,
and Debian's prometheus-nginx-exporter (the real binary, started here on a free loopback
port and stopped by its PID) turns them into the `nginx_*` metrics the dashboards and
rules name (tests/unit/test_monitoring.py lists them). No proxy is needed behind nginx."""

from __future__ import annotations

import re
import shutil
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from appliance.config import parse_config
from appliance.render.nginx import render_site
from appliance.testing.nginx import NginxProcess, nginx_binary, self_signed_pair
from appliance.testing.ports import free_port
from tests.integration.harness import wait_until
from tests.unit.test_monitoring import NGINX_EXPORTER

EXPORTER = shutil.which("prometheus-nginx-exporter")
pytestmark = pytest.mark.skipif(
    nginx_binary() is None or EXPORTER is None,
    reason="needs nginx and prometheus-nginx-exporter (scripts/install-packages installs them)")


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


@pytest.fixture
def nginx(tmp_path: Path) -> Iterator[int]:
    """nginx with the rendered site on free loopback ports; yields the stub_status port."""
    cert, key = self_signed_pair(tmp_path / "tls")
    https, http, status = free_port(), free_port(), free_port()
    config = parse_config({
        "proxy": {"port": free_port()},  # nobody there: only nginx's own counters are read
        "nginx": {"listen": https, "http_listen": http, "addresses": ["127.0.0.1"],
                  "status_port": status, "certificate": str(cert), "certificate_key": str(key),
                  "access_log": str(tmp_path / "access.log"),
                  "error_log": str(tmp_path / "site-error.log")},
    })
    process = NginxProcess(tmp_path / "nginx", render_site(config), (https, http, status))
    process.start()
    try:
        yield status
    finally:
        process.stop()


def test_stub_status_answers_on_loopback(nginx: int) -> None:
    status, body = get(f"http://127.0.0.1:{nginx}/stub_status")
    assert status == 200, body
    assert body.startswith("Active connections: ")
    assert "server accepts handled requests" in body
    assert get(f"http://127.0.0.1:{nginx}/")[0] == 404


def test_the_exporter_turns_stub_status_into_nginx_metrics(nginx: int, tmp_path: Path) -> None:
    port = free_port()
    assert EXPORTER is not None
    with open(tmp_path / "exporter.log", "wb") as log:
        exporter = subprocess.Popen(
            [EXPORTER, f"-nginx.scrape-uri=http://127.0.0.1:{nginx}/stub_status",
             f"-web.listen-address=127.0.0.1:{port}"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        def scrape() -> str | None:
            if exporter.poll() is not None:
                raise AssertionError((tmp_path / "exporter.log").read_text())
            status, body = get(f"http://127.0.0.1:{port}/metrics")
            return body if status == 200 and "nginx_up" in body else None

        for _ in range(3):  # requests to count (each scrape of stub_status is one too)
            get(f"http://127.0.0.1:{nginx}/stub_status")
        text = wait_until(scrape, 30, "the exporter's /metrics")
    finally:
        exporter.terminate()
        exporter.wait(timeout=10)
    # read by hand: prometheus_client's parser drops the exporter's counters that lack
    # `_total` (nginx_connections_accepted, nginx_connections_handled)
    samples = {name: float(value) for name, value in
               re.findall(r"^(nginx_\w+)(?:\{[^}]*\})? (\S+)$", text, re.M)}
    assert samples["nginx_up"] == 1
    assert samples["nginx_http_requests_total"] >= 4
    assert samples["nginx_connections_active"] >= 1
    assert NGINX_EXPORTER <= set(samples), sorted(NGINX_EXPORTER - set(samples))
