"""Log lines: JSON with request id, node and component on every line; journald
priorities; levels changed at run time; keys never written."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from appliance import logs
from appliance.agent.api import make_app


@pytest.fixture()
def root_logging() -> Iterator[None]:
    """Put the root logger back as it was (handlers, level, warnings, the exception hook)
    after the test."""
    import sys

    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    yield
    logging.captureWarnings(False)
    sys.excepthook = hook
    for h in list(root.handlers):
        root.removeHandler(h)
    for h in handlers:
        root.addHandler(h)
    root.setLevel(level)


def captured(component: str = "proxy", node: str = "gpu-01") -> io.StringIO:
    stream = io.StringIO()
    logs.setup(component, node, stream)
    return stream


def lines(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_every_line_is_json_with_component_node_and_request_id(root_logging: None) -> None:
    stream = captured()
    log = logging.getLogger("appliance.proxy")
    log.info("outside any request")
    token = logs.request_id.set("req-123")
    try:
        log.warning("inside one: %d", 7)
    finally:
        logs.request_id.reset(token)
    first, second = lines(stream)
    assert first["request_id"] is None and second["request_id"] == "req-123"
    for line in (first, second):
        assert line["component"] == "proxy" and line["node"] == "gpu-01"
        assert line["pid"] == os.getpid() and line["logger"] == "appliance.proxy"
        assert line["time"].endswith("Z")
    assert second["level"] == "WARNING" and second["message"] == "inside one: 7"


def test_exceptions_are_one_line_too(root_logging: None) -> None:
    stream = captured()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        logging.getLogger("appliance.agent").exception("tick failed")
    (line,) = lines(stream)
    assert "RuntimeError: boom" in line["exception"]


def test_warnings_and_uncaught_exceptions_are_json_lines(root_logging: None) -> None:
    import sys
    import warnings

    stream = captured()
    hook = sys.excepthook
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.warn("old API", DeprecationWarning, stacklevel=1)
        try:
            raise ValueError("bad")
        except ValueError as exc:
            sys.excepthook(ValueError, exc, exc.__traceback__)
    finally:
        sys.excepthook = hook
        logging.captureWarnings(False)
    warned, crashed = lines(stream)
    assert warned["logger"] == "py.warnings" and "old API" in warned["message"]
    assert crashed["level"] == "CRITICAL" and "ValueError: bad" in crashed["exception"]


def test_keys_are_redacted(root_logging: None) -> None:
    stream = captured()
    key = "sk-appl-" + "A" * 43
    logging.getLogger("appliance.proxy").error("bad header %s", f"Bearer {key}")
    assert key not in stream.getvalue()
    assert lines(stream)[0]["message"] == "bad header Bearer sk-appl-…"


def test_journald_gets_a_priority_prefix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open(tmp_path / "journal", "w") as stream:
        st = os.fstat(stream.fileno())
        assert not logs.on_journal(stream)
        monkeypatch.setenv("JOURNAL_STREAM", f"{st.st_dev}:{st.st_ino}")
        assert logs.on_journal(stream)
    formatter = logs.JsonFormatter("agent", "n", journald=True)
    record = logging.LogRecord("appliance.agent", logging.ERROR, __file__, 1, "x", (), None)
    text = formatter.format(record)
    assert text.startswith("<3>{") and json.loads(text[3:])["component"] == "agent"


def test_a_terminal_gets_text(root_logging: None) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    logs.setup("agent", "n", stream)
    logging.getLogger("appliance.agent").warning("hello")
    assert " WARNING agent[" in stream.getvalue() and stream.getvalue().rstrip().endswith("hello")


@pytest.mark.parametrize("text, level", [("debug", logging.DEBUG), ("WARNING", logging.WARNING)])
def test_level_of(text: str, level: int) -> None:
    assert logs.level_of(text) == level


def test_unknown_level() -> None:
    with pytest.raises(logs.LogLevelError, match="'loud' is not one of debug, info"):
        logs.level_of("loud")


def test_start_level_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(logs.LEVEL_ENV, "warning")
    assert logs.start_level() == logging.WARNING
    monkeypatch.setenv(logs.LEVEL_ENV, "nonsense")
    assert logs.start_level() == logging.INFO


def test_signals_switch_levels(root_logging: None) -> None:
    captured()
    handlers: dict[int, object] = {}
    logs.level_signals(logging.WARNING, lambda sig, fn: handlers.__setitem__(sig, fn))
    handlers[signal.SIGUSR1]()  # type: ignore[operator]
    assert logging.getLogger().level == logging.DEBUG
    handlers[signal.SIGUSR2]()  # type: ignore[operator]
    assert logging.getLogger().level == logging.WARNING


def test_recent_lines_keep_warnings_only() -> None:
    recent = logs.RecentLines("agent", "n", capacity=2)
    log = logging.getLogger("appliance.test-recent")
    log.addHandler(recent)
    try:
        for i in range(3):
            log.warning("w%d", i)
        log.info("not kept")
    finally:
        log.removeHandler(recent)
    assert [x["message"] for x in recent.lines] == ["w1", "w2"]


def test_agent_api_sets_the_level_and_tags_lines_with_the_request_id(
        root_logging: None) -> None:
    stream = captured("agent")
    asyncio.run(_log_level_calls(stream))


async def _log_level_calls(stream: io.StringIO) -> None:
    client = TestClient(TestServer(make_app(agent=object())))  # type: ignore[arg-type]
    await client.start_server()
    try:
        resp = await client.put("/v1/log-level", json={"level": "debug"},
                                headers={"X-Request-ID": "cli-1"})
        assert resp.status == 200 and (await resp.json()) == {"level": "debug"}
        assert resp.headers["X-Request-ID"] == "cli-1"
        assert logging.getLogger().level == logging.DEBUG
        (line,) = [x for x in lines(stream) if x["message"] == "log level is now DEBUG"]
        assert line["request_id"] == "cli-1"
        bad = await client.put("/v1/log-level", json={"level": "loud"})
        assert bad.status == 400 and "is not one of" in (await bad.json())["error"]["message"]
        assert (await (await client.get("/v1/log-level")).json()) == {"level": "debug"}
    finally:
        await client.close()
