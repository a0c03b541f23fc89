"""The agent exports when the node's certificates expire (read from the PEM files the
config names), for the certificate-expiry alert."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from appliance.agent.certificates import expiry_timestamp
from appliance.agent.daemon import Agent
from appliance.agent.metrics import AgentCollector
from appliance.config import parse_config
from appliance.testing.nginx import self_signed_pair


def test_the_nginx_certificates_expiry_is_exported_and_a_missing_one_is_absent(
        tmp_path: Path) -> None:
    cert, _ = self_signed_pair(tmp_path / "tls", days=2)
    when = x509.load_pem_x509_certificate(cert.read_bytes()).not_valid_after_utc.timestamp()
    agent = Agent(tmp_path / "node.toml")
    agent.config = parse_config({"nginx": {"certificate": str(cert),
                                           "certificate_key": str(tmp_path / "tls/server.key")}})
    registry = CollectorRegistry()
    registry.register(AgentCollector(agent))
    (family,) = [f for f in text_string_to_metric_families(generate_latest(registry).decode())
                 if f.name == "appliance_tls_certificate_expiry_timestamp_seconds"]
    assert [(s.labels, s.value) for s in family.samples] == [({"certificate": "nginx"}, when)]

    cert.unlink()
    text = generate_latest(registry).decode()
    assert 'appliance_tls_certificate_expiry_timestamp_seconds{' not in text


def test_a_file_that_is_not_a_certificate_has_no_expiry(tmp_path: Path) -> None:
    (tmp_path / "junk.pem").write_text("-----BEGIN CERTIFICATE-----\nxx\n-----END CERTIFICATE-----\n")
    assert expiry_timestamp(tmp_path / "junk.pem") is None
    assert expiry_timestamp(tmp_path / "absent.pem") is None
