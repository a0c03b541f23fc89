"""When the node's TLS certificates expire, for the agent's /metrics (and the alert that
warns before they do): nginx's server certificate and, in a fleet, the relay's node
certificate and the fleet CA. A file that is missing or unreadable has no value (the
agent may not be allowed to read nginx's; its `certificate` is world-readable by default).
"""

from __future__ import annotations

from pathlib import Path

from cryptography import x509

from appliance.config.schema import ApplianceConfig


def watched_certificates(config: ApplianceConfig) -> dict[str, Path]:
    """Label → the PEM file whose first certificate is watched."""
    found = {"nginx": config.nginx.certificate}
    if config.fleet.enabled:
        found["fleet_node"] = config.fleet.tls_dir / "node.pem"
        found["fleet_ca"] = config.fleet.tls_dir / "ca.pem"
    return found


def expiry_timestamp(path: Path) -> float | None:
    """The first certificate's notAfter, in seconds since the epoch; None when the file
    is missing, unreadable or not a PEM certificate."""
    try:
        cert = x509.load_pem_x509_certificate(path.read_bytes())
    except (OSError, ValueError):
        return None
    return cert.not_valid_after_utc.timestamp()
