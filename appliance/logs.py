"""Log lines of the agent and the proxy: one JSON object a line on stderr, with the time,
level, component (agent, proxy), node, process, the request id of the request a line is
about (null for the others), the logger and the message.

Under systemd (stderr is the journal's stream, $JOURNAL_STREAM) each line starts with its
syslog priority, `<3>` for an error, which journald strips and keeps as the entry's
priority: `journalctl -u appliance-proxy -p warning` shows warnings and worse, and
`journalctl -o cat` prints the JSON as written. On a terminal the same fields come as text.

Levels change at run time: SIGUSR1 sets DEBUG, SIGUSR2 sets the level the process started
with ($APPLIANCE_LOG_LEVEL, else INFO); the agent also takes `appliance log-level LEVEL`.

Keys never reach a log: an API key that a message carries anyway (in an exception's text,
say) is replaced with `sk-appl-…` before the line is written.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import re
import signal
import socket
import sys
import time
from collections import deque
from collections.abc import Callable
from typing import IO, Any

from appliance.errors import ApplianceError

LEVEL_ENV = "APPLIANCE_LOG_LEVEL"
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# the request a line is about; set by the proxy's and the agent's request handlers
request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
_KEY = re.compile(r"sk-appl-[A-Za-z0-9_-]+")
# syslog priorities journald reads from a "<N>" at the start of a line
_PRIORITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3,
             logging.CRITICAL: 2}
_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str).encode


class LogLevelError(ApplianceError):
    """A log level that is not one of LEVELS."""


def level_of(text: str) -> int:
    """The logging level named `text` (any case). Raises LogLevelError."""
    name = text.strip().upper()
    if name not in LEVELS:
        raise LogLevelError(f"log level {text!r} is not one of {', '.join(LEVELS).lower()}")
    return logging.getLevelName(name)  # type: ignore[no-any-return]


def redact(text: str) -> str:
    return _KEY.sub("sk-appl-…", text)


def fields(record: logging.LogRecord, component: str, node: str) -> dict[str, Any]:
    """The fields of one line."""
    out: dict[str, Any] = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        + f".{int(record.msecs):03d}Z",
        "level": record.levelname,
        "component": component,
        "node": node,
        "pid": record.process,
        "request_id": request_id.get(),
        "logger": record.name,
        "message": redact(record.getMessage()),
    }
    if record.exc_info:
        out["exception"] = redact(logging.Formatter().formatException(record.exc_info))
    return out


class JsonFormatter(logging.Formatter):
    def __init__(self, component: str, node: str, journald: bool = False):
        super().__init__()
        self.component, self.node, self.journald = component, node, journald

    def format(self, record: logging.LogRecord) -> str:
        line = _ENCODE(fields(record, self.component, self.node))
        if self.journald:
            return f"<{_PRIORITY.get(record.levelno, 6)}>{line}"
        return line


class TextFormatter(logging.Formatter):
    """For a terminal: the same fields, as text."""

    def __init__(self, component: str, node: str):
        super().__init__()
        self.component, self.node = component, node

    def format(self, record: logging.LogRecord) -> str:
        f = fields(record, self.component, self.node)
        rid = f" [{f['request_id']}]" if f["request_id"] else ""
        text = f"{f['time']} {f['level']} {self.component}[{f['pid']}]{rid} {f['logger']}: " \
               f"{f['message']}"
        return text + ("\n" + f["exception"] if "exception" in f else "")


def plain(line: str) -> str:
    """A JSON log line as `LEVEL logger: message` (what `appliance up` shows of a process
    that stopped); any other line as it is."""
    if not line.startswith("{"):
        return line
    try:
        f = json.loads(line)
    except ValueError:
        return line
    if not isinstance(f, dict) or "level" not in f or "message" not in f:
        return line
    last = str(f.get("exception", "")).strip().splitlines()[-1:]
    return f"{f['level']} {f.get('logger', '')}: {f['message']}" + (f" ({last[0]})" if last else "")


def on_journal(stream: IO[str]) -> bool:
    """True when `stream` is the journal's stream systemd gave this service (it names it
    in $JOURNAL_STREAM as DEVICE:INODE)."""
    value = os.environ.get("JOURNAL_STREAM", "")
    try:
        device, inode = (int(v) for v in value.split(":"))
        st = os.fstat(stream.fileno())
    except (ValueError, OSError, AttributeError):
        return False
    return (st.st_dev, st.st_ino) == (device, inode)


def _log_uncaught(kind: type[BaseException], value: BaseException, tb: Any) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    logging.getLogger("appliance").critical("uncaught %s, stopping", kind.__name__,
                                            exc_info=(kind, value, tb))


def start_level() -> int:
    """The level a process starts with: $APPLIANCE_LOG_LEVEL, else INFO (an unknown name
    in it: INFO, and `setup` says so)."""
    try:
        return level_of(os.environ.get(LEVEL_ENV) or "INFO")
    except LogLevelError:
        return logging.INFO


def setup(component: str, node: str | None = None, stream: IO[str] | None = None) -> None:
    """Send every logger's lines to `stream` (stderr) in this process's form, at the start
    level."""
    stream = stream or sys.stderr
    node = node or socket.gethostname()
    handler = logging.StreamHandler(stream)
    if stream.isatty():
        handler.setFormatter(TextFormatter(component, node))
    else:
        handler.setFormatter(JsonFormatter(component, node, journald=on_journal(stream)))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(start_level())
    # Python's warnings and a traceback that ends the process are lines like the others
    logging.captureWarnings(True)
    sys.excepthook = _log_uncaught
    try:
        level_of(os.environ.get(LEVEL_ENV) or "INFO")
    except LogLevelError as exc:
        logging.getLogger("appliance").warning("$%s: %s; logging at info", LEVEL_ENV, exc)


class RecentLines(logging.Handler):
    """The last `capacity` lines at WARNING or above, as `fields` (for the status page)."""

    def __init__(self, component: str, node: str, capacity: int = 50):
        super().__init__(logging.WARNING)
        self.component, self.node = component, node
        self.lines: deque[dict[str, Any]] = deque(maxlen=capacity)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(fields(record, self.component, self.node))
        except Exception:  # noqa: BLE001 - a log line must never break its caller
            self.handleError(record)


def set_level(level: int) -> None:
    logging.getLogger().setLevel(level)
    logging.getLogger("appliance").log(
        max(level, logging.INFO), "log level is now %s", logging.getLevelName(level)
    )


def level_signals(start: int, add_handler: Callable[[int, Callable[[], None]], Any]) -> None:
    """SIGUSR1: DEBUG; SIGUSR2: back to `start`. `add_handler`: the running loop's
    add_signal_handler."""
    add_handler(signal.SIGUSR1, lambda: set_level(logging.DEBUG))
    add_handler(signal.SIGUSR2, lambda: set_level(start))
