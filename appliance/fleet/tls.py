"""The relay's credentials: a fleet CA, node certificates signed by it, and the TLS contexts
that require them on both sides (docs/fleet.md, "The relay and the catalogs").

Every node's proxy listens for other nodes on its relay port with mutual TLS 1.3: the server
asks each client for a certificate signed by the fleet CA and refuses the handshake
without one; the client checks the server's certificate against the same CA and its name
(the node's fleet address, an IP SAN). Keys are EC P-256. The CA's key stays where the
certificates are made (the rollout's controller, or `appliance fleet ca`'s directory); a
node holds only `ca.pem`, `node.pem` and `node.key` (0600) in `[fleet] tls_dir`.

`make_ca` and `make_node_cert` are pure (they return PEM bytes; time is passed in);
`write_*` put them on disk; `server_context` and `client_context` read them.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import ssl
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from appliance.errors import ApplianceError

CA_CERT = "ca.pem"
CA_KEY = "ca.key"  # only where certificates are made, never on a serving node
NODE_CERT = "node.pem"
NODE_KEY = "node.key"
CA_DAYS = 3650
NODE_DAYS = 825  # node certificates are renewed by the rollout well before this


class FleetTlsError(ApplianceError):
    """The fleet's TLS files are missing, unreadable or do not belong together."""


@dataclass(frozen=True)
class Pem:
    cert: bytes
    key: bytes


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def make_ca(fleet: str, now: datetime.datetime, days: int = CA_DAYS) -> Pem:
    """A new fleet CA: a self-signed certificate that may sign node certificates only."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"appliance fleet {fleet} CA")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    return Pem(cert.public_bytes(serialization.Encoding.PEM), _key_pem(key))


def check_node(node: str, address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """The node's fleet address as an IP address; FleetTlsError for a bad name or address."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        raise FleetTlsError(f"the node's fleet address must be an IP address, got "
                            f"{address!r}") from None
    if not node or any(c.isspace() or c in "/\\" for c in node):
        raise FleetTlsError(f"a node name without spaces or slashes, got {node!r}")
    return ip


def make_node_cert(ca: Pem, node: str, address: str, now: datetime.datetime,
                   days: int = NODE_DAYS) -> Pem:
    """A certificate for node `node` at fleet address `address`, signed by `ca`: it serves
    the node's relay and is the node's client certificate towards the others. SANs: the
    address (what peers connect to and check) and the node's name."""
    ip = check_node(node, address)
    try:
        ca_cert = x509.load_pem_x509_certificate(ca.cert)
        ca_key = serialization.load_pem_private_key(ca.key, password=None)
    except ValueError as exc:
        raise FleetTlsError(f"the fleet CA cannot be read: {exc}") from None
    if not isinstance(ca_key, ec.EllipticCurvePrivateKey):
        raise FleetTlsError("the fleet CA's key is not an EC key")
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, node)]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ip), x509.DNSName(node)]),
                       critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH,
                                              ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return Pem(cert.public_bytes(serialization.Encoding.PEM), _key_pem(key))


def _write(path: Path, data: bytes, mode: int) -> None:
    """Write `data` to `path` with `mode` from the first byte (no window where a key is
    readable by others), replacing the file whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def write_ca(directory: Path, ca: Pem) -> None:
    """ca.pem (0644) and ca.key (0600) in `directory`. Refuses to replace an existing CA:
    every node certificate it signed would stop working."""
    if (directory / CA_KEY).exists() or (directory / CA_CERT).exists():
        raise FleetTlsError(f"{directory} already holds a fleet CA; remove {CA_CERT} and "
                            f"{CA_KEY} first if you mean to replace it (every node then needs "
                            "a new certificate)")
    _write(directory / CA_KEY, ca.key, 0o600)
    _write(directory / CA_CERT, ca.cert, 0o644)


def read_ca(directory: Path) -> Pem:
    try:
        return Pem((directory / CA_CERT).read_bytes(), (directory / CA_KEY).read_bytes())
    except OSError as exc:
        raise FleetTlsError(f"no fleet CA in {directory} ({exc.strerror}: {exc.filename}); "
                            "make one with `appliance fleet ca`") from None


def write_node(directory: Path, ca_cert: bytes, node: Pem) -> None:
    """ca.pem, node.pem (0644) and node.key (0600): what `[fleet] tls_dir` holds."""
    _write(directory / NODE_KEY, node.key, 0o600)
    _write(directory / NODE_CERT, node.cert, 0o644)
    _write(directory / CA_CERT, ca_cert, 0o644)


def _paths(tls_dir: Path) -> tuple[Path, Path, Path]:
    paths = (tls_dir / CA_CERT, tls_dir / NODE_CERT, tls_dir / NODE_KEY)
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        raise FleetTlsError(f"[fleet] tls_dir {tls_dir} lacks {', '.join(missing)}; make them "
                            "with `appliance fleet ca` and `appliance fleet cert NODE`")
    return paths


def _context(purpose: ssl.Purpose, tls_dir: Path) -> ssl.SSLContext:
    ca, cert, key = _paths(tls_dir)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER if purpose is ssl.Purpose.CLIENT_AUTH
                         else ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    try:
        ctx.load_cert_chain(cert, key)
        ctx.load_verify_locations(cafile=ca)
    except (ssl.SSLError, OSError) as exc:
        raise FleetTlsError(f"the relay's certificates in {tls_dir} cannot be used: "
                            f"{exc}") from None
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def server_context(tls_dir: Path) -> ssl.SSLContext:
    """The relay listener's: TLS 1.3 only, and a client certificate from the fleet CA is
    required (a client without one fails the handshake)."""
    return _context(ssl.Purpose.CLIENT_AUTH, tls_dir)


def client_context(tls_dir: Path) -> ssl.SSLContext:
    """A proxy's or agent's towards other nodes' relays: presents this node's certificate
    and checks the server's against the fleet CA and the address connected to."""
    ctx = _context(ssl.Purpose.SERVER_AUTH, tls_dir)
    ctx.check_hostname = True
    return ctx
