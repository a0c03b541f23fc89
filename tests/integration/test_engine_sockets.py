"""Engines listen on unix sockets that only the service account reaches: another uid cannot
connect, the proxy can, and no engine process listens on a TCP port."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from tests.integration.harness import TINY, Node
from tests.integration.test_proxy import Stack, free_port, sim

NOBODY = 65534

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="changing to another uid needs root")


def connect_as(uid: int, path: str) -> int:
    """The errno of connecting to the unix socket `path` as uid and gid `uid` with no
    supplementary groups (0 when the connect succeeds). A forked child changes its ids."""
    pid = os.fork()
    if pid == 0:  # the child: only os and socket calls, then _exit
        code = 0
        try:
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.connect(path)
        except OSError as exc:
            code = exc.errno or 255
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


@pytest.fixture
def open_root() -> Iterator[Path]:
    """A directory every uid may traverse (pytest's own temporary directory is 0700 to
    root, which would stop another uid before the socket is ever reached)."""
    root = Path(tempfile.mkdtemp(prefix="appliance-uds-", dir="/tmp"))
    root.chmod(0o755)
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_engines_listen_on_sockets_only_the_service_account_reaches(tmp_path: Path) -> None:
    port = free_port()
    node = Node(
        tmp_path / "node",
        [sim("chat", replicas=2), sim("embed", task="embed"),
         {"name": "tiny", "source": "org/tiny", "engine": "vllm-cpu", "memory_gib": 1}],
        engines={"vllm-cpu": {"command": TINY}},
        proxy={"port": port, "table_refresh_s": 0.2},
    )
    stack = Stack(node)
    stack.port, stack.base = port, f"http://127.0.0.1:{port}/v1"
    try:
        node.start()
        engines = node.wait_states({"engine-chat-0": "ready", "engine-chat-1": "ready",
                                    "engine-embed-0": "ready", "engine-tiny-0": "ready"}, 30)
        # every directory above the engines' own is open to all, so that only that
        # directory and the sockets decide
        run_dir = node.run_dir
        run_dir.chmod(0o755)
        assert all(p.stat().st_mode & 0o001 for p in (run_dir, *run_dir.parents))
        folder = run_dir / "engines"
        info = folder.lstat()
        assert stat.S_ISDIR(info.st_mode) and stat.S_IMODE(info.st_mode) == 0o750
        assert (info.st_uid, info.st_gid) == (os.geteuid(), os.getegid())

        for name, engine in engines.items():
            path = Path(engine["socket"])
            assert path == folder / f"{name}.sock"
            mode = path.lstat().st_mode
            assert stat.S_ISSOCK(mode)
            assert stat.S_IMODE(mode) & 0o027 == 0, oct(mode)  # no group write, no others
            assert connect_as(os.geteuid(), str(path)) == 0
            assert connect_as(NOBODY, str(path)) in (13, 1), name  # EACCES, EPERM
            # no engine process, nor any of its children, listens on TCP
            root = psutil.Process(engine["pid"])
            listening = [
                (p.pid, c.laddr)
                for p in (root, *root.children(recursive=True))
                for c in p.net_connections(kind="inet")
                if c.status == psutil.CONN_LISTEN
            ]
            assert listening == [], name

        # each lock alone holds: with the directory open to all, the socket's mode still
        # keeps another uid out
        folder.chmod(0o755)
        try:
            for engine in engines.values():
                assert connect_as(NOBODY, engine["socket"]) in (13, 1)
        finally:
            folder.chmod(0o750)

        # the proxy, running as the service account, reaches them
        stack.start_proxy()
        client = stack.client(stack.key("ops", "admin"))
        for _ in range(4):  # both chat replicas, by round robin or by chance
            reply = client.chat.completions.create(
                model="chat", messages=[{"role": "user", "content": "over a unix socket"}])
            assert reply.choices[0].message.content == "over a unix socket"
        assert len(client.embeddings.create(model="embed", input=["a"]).data) == 1
    except AssertionError:
        print(node.logs())
        raise
    finally:
        stack.stop()
        node.stop()


def test_the_helper_connects_as_another_uid_where_the_modes_allow(open_root: Path) -> None:
    """The check above can tell "refused by permissions" from "cannot connect at all"."""
    path = open_root / "open.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        path.chmod(0o777)
        server.listen(1)
        assert connect_as(NOBODY, str(path)) == 0
        path.chmod(0o750)
        assert connect_as(NOBODY, str(path)) == 13
