"""An analyzer pool whose workers also answer a few test requests, for tests of the pool.

The product's `AnalyzerPool` has its workers answer analysis only (`analyzer.answer`).
`ProbingPool` picks another module-level handler, `probing_answer`, by class attribute:
the handler is chosen when a worker is spawned and is never sent over the pipe, so no
message can make a worker run code it was not started with. Its extra requests:

    probe            is the engine built, and has the warm-up loaded the public suffix list?
    hold START END   create START, then keep the worker busy until END exists (at most
                     HOLD_LIMIT_S): a test knows the worker is held, and releases it
    touch PATH       create PATH (shows whether a request reached a worker at all)
    break / mend     make analysis fail with the text in the exception's message, as some
                     of Presidio's own errors do / undo it
    analyses         how many analysis batches this worker has answered
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from appliance.pii import analyzer
from appliance.pii.analyzer import AnalyzerPool, answer

HOLD_LIMIT_S = 60.0

_analyses = 0
_real_analyze = analyzer.analyze


def _leaky(engine: Any, settings: Any, texts: list[str]) -> Any:
    raise ValueError(f"cannot analyze {texts[0]!r}")


def probing_answer(message: tuple) -> tuple[str, Any]:
    """A worker's reply to one message: the test requests above, else as in the product."""
    global _analyses
    kind = message[0]
    if kind == "probe":
        import tldextract.tldextract as tld

        return "ok", (analyzer._worker_engine is not None,
                      tld.TLD_EXTRACTOR._extractor is not None)
    if kind == "hold":
        Path(message[1]).touch()
        deadline = time.monotonic() + HOLD_LIMIT_S
        while not Path(message[2]).exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        return "ok", None
    if kind == "touch":
        Path(message[1]).touch()
        return "ok", None
    if kind == "break":
        analyzer.analyze = _leaky
        return "ok", None
    if kind == "mend":
        analyzer.analyze = _real_analyze
        return "ok", None
    if kind == "analyses":
        return "ok", _analyses
    if kind == "analyze":
        _analyses += 1
    return answer(message)


class ProbingPool(AnalyzerPool):
    """An `AnalyzerPool` whose workers answer `probing_answer`'s requests too."""

    worker_handler = staticmethod(probing_answer)

    async def request(self, *message: Any) -> Any:
        """One test request, queued like an analysis batch (and under the same timeout)."""
        return (await self._ask([message]))[0]
