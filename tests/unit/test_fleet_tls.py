"""The relay's credentials: a fleet CA, node certificates, and TLS contexts that require
them on both sides (real TLS 1.3 handshakes over loopback)."""

from __future__ import annotations

import asyncio
import datetime
import ssl
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography import x509

from appliance.cli import main
from appliance.fleet.tls import (
    FleetTlsError,
    client_context,
    make_ca,
    make_node_cert,
    server_context,
    write_ca,
    write_node,
)

NOW = datetime.datetime.now(datetime.UTC)


def node_dir(tmp: Path, ca, name: str, address: str = "127.0.0.1") -> Path:  # type: ignore[no-untyped-def]
    out = tmp / name
    write_node(out, ca.cert, make_node_cert(ca, name, address, NOW))
    return out


async def handshake(server: ssl.SSLContext, client: ssl.SSLContext | None,
                    server_hostname: str = "127.0.0.1") -> str:
    """'ok' when a request crossed the connection, else the error the client met."""
    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readexactly(4)
            writer.write(b"pong")
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            writer.close()

    srv = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=server)
    port = srv.sockets[0].getsockname()[1]
    try:
        reader, writer = await asyncio.open_connection(
            "127.0.0.1", port, ssl=client, server_hostname=server_hostname if client else None)
        writer.write(b"ping")
        await writer.drain()
        try:
            answer = await asyncio.wait_for(reader.read(4), 10)
        except (ConnectionError, ssl.SSLError) as exc:
            return f"refused: {exc}"
        finally:
            writer.close()
        return "ok" if answer == b"pong" else "refused: no answer"
    except (ConnectionError, ssl.SSLError) as exc:
        return f"refused: {exc}"
    finally:
        srv.close()
        await srv.wait_closed()


def test_node_certificate_names_address_and_node(tmp_path: Path) -> None:
    ca = make_ca("prod", NOW)
    pem = make_node_cert(ca, "gpu-01", "10.0.0.5", NOW)
    cert = x509.load_pem_x509_certificate(pem.cert)
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert [str(ip) for ip in san.get_values_for_type(x509.IPAddress)] == ["10.0.0.5"]
    assert san.get_values_for_type(x509.DNSName) == ["gpu-01"]
    assert "prod" in x509.load_pem_x509_certificate(ca.cert).subject.rfc4514_string()


def test_files_and_modes(tmp_path: Path) -> None:
    ca = make_ca("prod", NOW)
    write_ca(tmp_path / "ca", ca)
    assert stat.S_IMODE((tmp_path / "ca" / "ca.key").stat().st_mode) == 0o600
    with pytest.raises(FleetTlsError, match="already holds a fleet CA"):
        write_ca(tmp_path / "ca", ca)
    out = node_dir(tmp_path, ca, "a")
    assert stat.S_IMODE((out / "node.key").stat().st_mode) == 0o600
    assert {p.name for p in out.iterdir()} == {"ca.pem", "node.pem", "node.key"}


def test_bad_inputs_say_what_to_fix(tmp_path: Path) -> None:
    ca = make_ca("prod", NOW)
    with pytest.raises(FleetTlsError, match="must be an IP address"):
        make_node_cert(ca, "a", "gpu-01.example", NOW)
    with pytest.raises(FleetTlsError, match="lacks ca.pem, node.pem, node.key"):
        server_context(tmp_path)


def test_mutual_tls_13_with_fleet_ca(tmp_path: Path) -> None:
    ca = make_ca("prod", NOW)
    a, b = node_dir(tmp_path, ca, "a"), node_dir(tmp_path, ca, "b")
    server = server_context(a)
    assert server.minimum_version == ssl.TLSVersion.TLSv1_3
    assert asyncio.run(handshake(server, client_context(b))) == "ok"


def test_client_without_certificate_is_refused(tmp_path: Path) -> None:
    ca = make_ca("prod", NOW)
    a = node_dir(tmp_path, ca, "a")
    bare = ssl.create_default_context(cafile=str(a / "ca.pem"))  # checks the server, no cert
    assert asyncio.run(handshake(server_context(a), bare)).startswith("refused")


def test_certificate_of_another_ca_is_refused_both_ways(tmp_path: Path) -> None:
    ca, other = make_ca("prod", NOW), make_ca("prod", NOW)
    a, stranger = node_dir(tmp_path, ca, "a"), node_dir(tmp_path / "x", other, "s")
    assert asyncio.run(handshake(server_context(a), client_context(stranger))).startswith("refused")
    assert asyncio.run(handshake(server_context(stranger), client_context(a))).startswith("refused")


def test_server_checked_against_the_address(tmp_path: Path) -> None:
    ca = make_ca("prod", NOW)
    a = tmp_path / "a"
    write_node(a, ca.cert, make_node_cert(ca, "a", "10.9.9.9", NOW))  # not 127.0.0.1
    b = node_dir(tmp_path, ca, "b")
    assert asyncio.run(handshake(server_context(a), client_context(b))).startswith("refused")


def test_cli_makes_ca_and_node_certificates(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["fleet", "ca", "--dir", str(tmp_path / "ca"), "--fleet", "prod"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["fleet", "cert", "a", "--address", "127.0.0.1", "--ca",
                                  str(tmp_path / "ca"), "--out", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    server_context(tmp_path / "a")
    again = runner.invoke(main, ["fleet", "ca", "--dir", str(tmp_path / "ca")])
    assert again.exit_code == 1 and "already holds a fleet CA" in again.output
    bad = runner.invoke(main, ["fleet", "cert", "b", "--address", "nope", "--ca",
                               str(tmp_path / "ca"), "--out", str(tmp_path / "b")])
    assert bad.exit_code == 1 and "must be an IP address" in bad.output
    missing = runner.invoke(main, ["fleet", "cert", "b", "--address", "127.0.0.2", "--ca",
                                   str(tmp_path / "none"), "--out", str(tmp_path / "b")])
    assert missing.exit_code == 1 and "no fleet CA" in missing.output


def test_the_proxy_says_at_start_when_the_relay_certificates_are_missing(tmp_path: Path) -> None:
    import tomli_w

    from appliance.config import load_config
    from appliance.config.dependencies import proxy_problems

    (tmp_path / "node.toml").write_text(tomli_w.dumps({
        "node": {"state_dir": str(tmp_path), "run_dir": str(tmp_path)},
        "fleet": {"enabled": True, "bind": "10.0.0.1", "tls_dir": str(tmp_path / "tls")}}))
    problems = proxy_problems(load_config(tmp_path / "node.toml"))
    assert [p.path for p in problems] == ["fleet.tls_dir"]
    assert "appliance fleet cert NODE" in problems[0].message
    ca = make_ca("prod", NOW)
    write_node(tmp_path / "tls", ca.cert, make_node_cert(ca, "a", "10.0.0.1", NOW))
    assert proxy_problems(load_config(tmp_path / "node.toml")) == []
