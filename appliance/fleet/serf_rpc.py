"""A small asyncio client of Serf's RPC (msgpack over TCP), the only code that talks to Serf.

Every request is a header `{"Command", "Seq"}` and, for most commands, a body; every answer
a header `{"Seq", "Error"}` and, for some commands, a body. A stream's events come later as
more answers with the stream's Seq, each a header and a record. One reader task reads the
answers in order and hands each to the request (or stream) that its Seq names; which
answers carry a body is fixed per command (Serf's cmd/serf/command/agent/ipc.go).

Connection failures become SerfUnavailable and refusals (a wrong token, a key Serf will not
use) SerfRPCError, both MembershipErrors.
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import msgpack

from appliance.fleet.membership import MembershipError

IPC_VERSION = 1
MEMBER_EVENTS = "member-join,member-leave,member-failed,member-update,member-reap"
# Answers that carry a body after their header (when Serf did not refuse the command
# before reading it: see _NO_BODY_ERRORS).
_WITH_BODY = frozenset(
    {"members", "members-filtered", "join", "install-key", "use-key", "remove-key",
     "list-keys", "stats", "get-coordinate"}
)
# Errors Serf answers with a bare header whatever the command.
_NO_BODY_ERRORS = frozenset(
    {"Handshake required", "Authentication required", "Unsupported command"}
)


class SerfUnavailable(MembershipError):
    """Serf's RPC does not answer, or the connection to it broke."""


class SerfRPCError(MembershipError):
    """Serf refused a command; `error` is its message."""

    def __init__(self, command: str, error: str):
        self.command = command
        self.error = error
        super().__init__(f"serf {command}: {error}")


@dataclass(frozen=True)
class KeyResult:
    """The fleet's answer to a keyring command: how many members there are, how many
    answered, which of them failed (node -> message), and (list-keys) key -> member count."""

    nodes: int
    responses: int
    errors: int
    messages: dict[str, str] = field(default_factory=dict)
    keys: dict[str, int] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """Every member answered, and none failed."""
        return self.errors == 0 and self.responses >= self.nodes


def member_address(raw: bytes | str | Sequence[int]) -> str:
    """Serf's `Addr` (a Go net.IP: 4 or 16 bytes) as text; IPv4 in IPv6 form unwrapped."""
    packed = raw.encode("latin-1") if isinstance(raw, str) else bytes(raw)
    ip = ipaddress.ip_address(packed)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return str(ip)


class _Stream:
    """The records of one `stream`, queued by the reader; None ends it."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()


class SerfRPC:
    """One authenticated connection to a Serf agent's RPC."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self._reader = reader
        self._writer = writer
        self._seq = 0
        # seq -> (command, the future of its answer)
        self._pending: dict[int, tuple[str, asyncio.Future[Any]]] = {}
        self._streams: dict[int, _Stream] = {}
        self._closed = False
        self._reader_task = asyncio.ensure_future(self._read())

    @classmethod
    async def connect(
        cls, host: str, port: int, token: str | None, timeout_s: float = 5.0
    ) -> SerfRPC:
        """Connect, handshake and authenticate. SerfUnavailable when nothing answers,
        SerfRPCError when Serf refuses the token."""
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(host, port), timeout_s
            )
        except (OSError, TimeoutError) as exc:
            raise SerfUnavailable(
                f"Serf's RPC does not answer on {host}:{port} ({exc.__class__.__name__}); "
                "is the serf program running under appliance-supervisord?"
            ) from None
        rpc = cls(reader, writer)
        try:
            await asyncio.wait_for(rpc._call("handshake", {"Version": IPC_VERSION}), timeout_s)
            if token:
                await asyncio.wait_for(rpc._call("auth", {"AuthKey": token}), timeout_s)
        except BaseException:
            await rpc.close()
            raise
        return rpc

    @property
    def closed(self) -> bool:
        return self._closed

    # -- commands ---------------------------------------------------------------------

    async def members(self) -> list[dict[str, Any]]:
        return list((await self._call("members"))["Members"])

    async def join(self, addresses: Sequence[str], replay: bool = False) -> int:
        body = await self._call("join", {"Existing": list(addresses), "Replay": replay})
        return int(body["Num"])

    async def tags(self, tags: Mapping[str, str], delete: Sequence[str] = ()) -> None:
        await self._call("tags", {"Tags": dict(tags), "DeleteTags": list(delete)})

    async def leave(self) -> None:
        """Leave the cluster gracefully; the agent then shuts down."""
        await self._call("leave")

    async def install_key(self, key: str) -> KeyResult:
        return await self._key_call("install-key", key)

    async def use_key(self, key: str) -> KeyResult:
        return await self._key_call("use-key", key)

    async def remove_key(self, key: str) -> KeyResult:
        return await self._key_call("remove-key", key)

    async def list_keys(self) -> KeyResult:
        return await self._key_call("list-keys", None)

    async def stream(self, types: str = MEMBER_EVENTS) -> tuple[int, asyncio.Queue[dict[str, Any] | None]]:
        """Start a stream of events; (its seq for stop_stream, the queue of its records,
        which ends with None when the stream or the connection does)."""
        stream = _Stream()
        seq = self._next_seq()
        self._streams[seq] = stream
        try:
            await self._call("stream", {"Type": types}, seq=seq)
        except BaseException:
            self._streams.pop(seq, None)
            raise
        return seq, stream.queue

    async def stop_stream(self, seq: int) -> None:
        stream = self._streams.pop(seq, None)
        if stream is not None:
            stream.queue.put_nowait(None)
        await self._call("stop", {"Stop": seq})

    async def close(self) -> None:
        self._fail_all(SerfUnavailable("the connection to Serf was closed"))
        self._writer.close()
        try:
            await self._writer.wait_closed()
        except OSError:
            pass
        self._reader_task.cancel()

    # -- the wire -----------------------------------------------------------------------

    async def _key_call(self, command: str, key: str | None) -> KeyResult:
        body = await self._call(command, None if key is None else {"Key": key})
        result = KeyResult(
            nodes=int(body.get("NumNodes", 0)), responses=int(body.get("NumResp", 0)),
            errors=int(body.get("NumErr", 0)), messages=dict(body.get("Messages") or {}),
            keys={str(k): int(v) for k, v in (body.get("Keys") or {}).items()},
        )
        if body.get("_error"):
            raise KeyCommandError(command, body["_error"], result)
        return result

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    async def _call(
        self, command: str, body: Mapping[str, Any] | None = None, seq: int | None = None
    ) -> Any:
        if self._closed:
            raise SerfUnavailable("the connection to Serf is closed")
        seq = self._next_seq() if seq is None else seq
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[seq] = (command, future)
        data = msgpack.packb({"Command": command, "Seq": seq}, use_bin_type=True)
        if body is not None:
            data += msgpack.packb(dict(body), use_bin_type=True)
        try:
            self._writer.write(data)
            await self._writer.drain()
        except OSError as exc:
            self._pending.pop(seq, None)
            raise SerfUnavailable(f"writing to Serf's RPC failed: {exc}") from None
        return await future

    async def _read(self) -> None:
        unpacker = msgpack.Unpacker(raw=False, strict_map_key=False)
        body_for: tuple[int, str, str] | None = None  # (seq, command, error) of a pending body
        try:
            while True:
                chunk = await self._reader.read(65536)
                if not chunk:
                    break
                unpacker.feed(chunk)
                for obj in unpacker:
                    if body_for is not None:
                        self._deliver_body(*body_for, obj)
                        body_for = None
                        continue
                    body_for = self._on_header(obj)
        except (OSError, ValueError, msgpack.UnpackException) as exc:
            self._fail_all(SerfUnavailable(f"the connection to Serf broke: {exc}"))
            return
        self._fail_all(SerfUnavailable("Serf closed the RPC connection"))

    def _on_header(self, header: Any) -> tuple[int, str, str] | None:
        """Handle one answer header; (seq, command, error) when a body follows it."""
        if not isinstance(header, dict) or "Seq" not in header:
            raise ValueError(f"not an RPC answer header: {header!r}")
        seq, error = int(header["Seq"]), str(header.get("Error") or "")
        entry = self._pending.get(seq)
        if entry is not None:
            command, future = entry
            if command in _WITH_BODY and error not in _NO_BODY_ERRORS:
                return seq, command, error
            self._pending.pop(seq)
            if not future.done():
                if error:
                    future.set_exception(SerfRPCError(command, error))
                else:
                    future.set_result(None)
            return None
        if seq in self._streams:
            return seq, "stream", error
        # an answer nobody waits for (a stopped stream's last event): skip its body
        return seq, "", error

    def _deliver_body(self, seq: int, command: str, error: str, body: Any) -> None:
        if command == "stream":
            stream = self._streams.get(seq)
            if stream is not None and isinstance(body, dict):
                stream.queue.put_nowait(body)
            return
        entry = self._pending.pop(seq, None)
        if entry is None:
            return
        _, future = entry
        if future.done():
            return
        if error and command in ("install-key", "use-key", "remove-key", "list-keys"):
            body = {**(body if isinstance(body, dict) else {}), "_error": error}
            future.set_result(body)
        elif error:
            future.set_exception(SerfRPCError(command, error))
        else:
            future.set_result(body)

    def _fail_all(self, exc: SerfUnavailable) -> None:
        self._closed = True
        pending, self._pending = self._pending, {}
        for _, future in pending.values():
            if not future.done():
                future.set_exception(exc)
        streams, self._streams = self._streams, {}
        for stream in streams.values():
            stream.queue.put_nowait(None)


class KeyCommandError(SerfRPCError):
    """A keyring command that some members refused; `result` says which and why."""

    def __init__(self, command: str, error: str, result: KeyResult):
        self.result = result
        super().__init__(command, error)
