"""`appliance proxy run --config FILE` with the metrics registry disabled: every metric
update is a call that does nothing (scripts/bench metrics compares it with the proxy as
shipped). Not for production: the proxy's /metrics shows its families, all empty."""

from __future__ import annotations

import sys
from typing import Any

from prometheus_client import CollectorRegistry

from appliance.proxy import app
from appliance.proxy.metrics import ProxyMetrics


class _Nothing:
    def inc(self, amount: float = 1.0) -> None:
        return None

    dec = set = observe = inc


NOTHING = _Nothing()


class _NoStats:
    def in_flight(self, model: str) -> _Nothing:
        return NOTHING

    def finished(self, *args: Any) -> None:
        return None


class DisabledMetrics(ProxyMetrics):
    def __init__(self, registry: CollectorRegistry, *args: Any, **kwargs: Any):
        super().__init__(registry, *args, **kwargs)
        self.stats = _NoStats()  # type: ignore[assignment]
        for family in self.families.values():
            family.labels = lambda *labels: NOTHING  # type: ignore[method-assign]

    def child(self, metric: Any, *labels: str) -> _Nothing:
        return NOTHING


if __name__ == "__main__":
    app.ProxyMetrics = DisabledMetrics  # type: ignore[misc]
    from appliance.cli import main

    main(["proxy", "run", "--config", sys.argv[1]])
