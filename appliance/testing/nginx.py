"""A real nginx (Debian's package) run as an ordinary process, for tests and benchmarks.

Production nginx is Debian's service: its /etc/nginx/nginx.conf sets the pid file, the
temporary folders and the workers' account, and includes the site `appliance render nginx`
writes. Here `main_conf` stands in for that file, with every path under one folder, and
`NginxProcess` starts `nginx -p PREFIX -c CONF -g 'daemon off; pid ...;'` in the foreground
and stops it by its PID. `self_signed_pair` makes a certificate with `openssl` as the
Ansible role does when the inventory gives none.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

TEMP_KINDS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
# The http-level settings of Debian 12's /etc/nginx/nginx.conf that bear on the site: the
# site must hold its own against them (TLS 1.0 and 1.1, gzip), as it does in production.
DEBIAN_HTTP = """\
    sendfile on;
    tcp_nopush on;
    default_type application/octet-stream;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
    ssl_prefer_server_ciphers on;
    gzip on;
"""


def nginx_binary() -> str | None:
    """The nginx executable, or None when it is not installed (Debian: /usr/sbin)."""
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None
    )


def self_signed_pair(folder: Path, names: tuple[str, ...] = ("localhost", "127.0.0.1"),
                     days: int = 2) -> tuple[Path, Path]:
    """A self-signed certificate and its key (EC P-256) for `names` (DNS names and IP
    addresses, as subjectAltName); the certificate is its own CA."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "server.crt", folder / "server.key"
    alt = ",".join(
        f"IP:{n}" if n.replace(".", "").isdigit() or ":" in n else f"DNS:{n}" for n in names
    )
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", str(days),
         "-subj", f"/CN={names[0]}", "-addext", f"subjectAltName={alt}"],
        check=True, capture_output=True, timeout=60,
    )
    key.chmod(0o600)
    return cert, key


def main_conf(prefix: Path, site: Path) -> str:
    """An nginx.conf that includes `site` after Debian's http-level settings, with its
    temporary folders under `prefix`."""
    temp = "".join(f"    {kind}_temp_path {prefix / 'temp' / kind};\n" for kind in TEMP_KINDS)
    # As root, the workers would switch to nginx's default account, which cannot enter a
    # test's private folders; they stay root (a warning otherwise, so only then).
    user = "user root;\n" if os.geteuid() == 0 else ""
    return (
        f"{user}worker_processes 1;\n"
        f"error_log {prefix / 'error.log'} warn;\n"
        "events { worker_connections 1024; }\n"
        "http {\n"
        f"{DEBIAN_HTTP}"
        f"{temp}"
        f"    include {site};\n"
        "}\n"
    )


class NginxProcess:
    """One nginx master (and its worker) serving `site_text`, with everything under
    `prefix`. start() waits until `ports` accept connections; stop() ends it by PID."""

    def __init__(self, prefix: Path, site_text: str, ports: tuple[int, ...] = ()):
        binary = nginx_binary()
        if binary is None:
            raise RuntimeError("nginx is not installed (scripts/install-packages installs it)")
        self.binary = binary
        self.prefix = prefix
        self.ports = ports
        prefix.mkdir(parents=True, exist_ok=True)
        for kind in TEMP_KINDS:
            (prefix / "temp" / kind).mkdir(parents=True, exist_ok=True)
        self.site = prefix / "site.conf"
        self.site.write_text(site_text)
        self.conf = prefix / "nginx.conf"
        self.conf.write_text(main_conf(prefix, self.site))
        self.pid_file = prefix / "nginx.pid"
        self.proc: subprocess.Popen | None = None

    def command(self, *extra: str) -> list[str]:
        return [self.binary, "-p", str(self.prefix), "-e", str(self.prefix / "error.log"),
                "-c", str(self.conf), *extra]

    def check(self) -> subprocess.CompletedProcess:
        """`nginx -t` on the configuration: returncode 0 when nginx accepts it."""
        return subprocess.run(self.command("-t", "-g", f"pid {self.pid_file};"),
                              capture_output=True, text=True, timeout=60)

    def start(self, timeout_s: float = 30.0) -> NginxProcess:
        with open(self.prefix / "nginx.out", "ab") as out:
            self.proc = subprocess.Popen(
                self.command("-g", f"daemon off; pid {self.pid_file};"),
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )
        deadline = time.monotonic() + timeout_s
        waiting = list(self.ports)
        while waiting:
            if self.proc.poll() is not None:
                raise RuntimeError(f"nginx exited with {self.proc.returncode}:\n{self.log()}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"nginx did not listen on {waiting} in {timeout_s:.0f}s:\n"
                                   f"{self.log()}")
            try:
                socket.create_connection(("127.0.0.1", waiting[0]), timeout=1).close()
                waiting.pop(0)
            except OSError:
                time.sleep(0.05)
        return self

    def log(self) -> str:
        parts = []
        for name in ("nginx.out", "error.log"):
            path = self.prefix / name
            if path.exists():
                parts.append(path.read_text(errors="replace")[-3000:])
        return "\n".join(parts)

    def stop(self) -> None:
        """SIGTERM (nginx's fast shutdown) to the master we started; SIGKILL to its process
        group if it has not exited within 10 s."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
