"""docs/metrics.md is the catalogue read from the code; every metric the agent and the
proxy export at run time is in it, as defined; label values are bounded."""

from __future__ import annotations

from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from appliance.agent.daemon import Agent
from appliance.agent.engine_metrics import parse_engine_metrics
from appliance.agent.metrics import AgentCollector
from appliance.config import parse_config
from appliance.gpu.telemetry import GpuTelemetry
from appliance.metrics_catalogue import (
    LABEL_BOUNDS,
    CatalogueError,
    catalogue,
    definitions_in,
    render_markdown,
    unbounded_labels,
)
from appliance.placement.planner import plan
from appliance.proxy.metrics import ProxyMetrics
from tests.conftest import inventory

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "engine_metrics"
# names that would carry a value per request, per key or free text
UNBOUNDED = ("id", "request", "request_id", "key", "key_id", "api_key", "user", "prompt",
             "text", "message", "error", "path", "url", "ip", "client", "detail", "body")


def test_docs_metrics_md_is_the_catalogue_of_the_code() -> None:
    want = render_markdown(catalogue())
    have = (REPO / "docs" / "metrics.md").read_text()
    assert have == want, "docs/metrics.md is stale: run `appliance metrics catalogue > docs/metrics.md`"


def test_every_label_is_bounded() -> None:
    assert unbounded_labels(catalogue()) == []
    assert not set(UNBOUNDED) & set(LABEL_BOUNDS)


def _exported(registry: CollectorRegistry) -> dict[str, tuple[str, tuple[str, ...]]]:
    out = {}
    for family in registry.collect():
        labels = {k for s in family.samples for k in s.labels} - {"le"}
        out[family.name] = (family.type, tuple(sorted(labels)))
    return out


def _agent_with_everything(tmp_path: Path) -> Agent:
    config = parse_config({"models": [{"name": "a", "source": "x", "gpu_memory_fraction": 0.2}]})
    agent = Agent(tmp_path / "node.toml")
    agent.config, agent.inventory = config, inventory("1xL4")
    agent.plan = plan(config, agent.inventory)
    from appliance.engines.specs import build_specs
    agent.lifecycle.set_specs(build_specs(config, agent.plan), 0)
    agent.engine_readings = {"engine-a-0": parse_engine_metrics(
        (FIXTURES / "vllm-0.11.txt").read_text())}
    agent.gpu_telemetry = {0: GpuTelemetry(0, 0.5, 0.5, 50.0, 100.0, 200.0, 1, 0)}
    return agent


def test_what_the_agent_and_the_proxy_export_is_in_the_catalogue(tmp_path: Path) -> None:
    defs = {d.name.removesuffix("_total") if d.kind == "counter" else d.name: d
            for d in catalogue()}
    registry = CollectorRegistry()
    registry.register(AgentCollector(_agent_with_everything(tmp_path)))
    ProxyMetrics(registry)
    exported = _exported(registry)
    assert len(exported) > 30
    for name, (kind, labels) in exported.items():
        assert name in defs, f"{name} is exported but not in the catalogue"
        assert defs[name].kind == kind, name
        if labels:  # a family with no series yet shows no labels
            assert labels == tuple(sorted(defs[name].labels)), name


def test_a_label_named_like_a_request_id_is_reported() -> None:
    source = 'Counter("appliance_x_requests", "Requests.", ["model", "request_id"])\n'
    (d,) = definitions_in(source, "appliance/x.py")
    assert d.kind == "counter" and d.labels == ("model", "request_id")
    assert unbounded_labels([d]) == ["appliance_x_requests: request_id"]


@pytest.mark.parametrize("source, error", [
    ('Gauge("appliance_x", doc, ["a"])', "help text as a string literal"),
    ('GaugeMetricFamily("appliance_x", "X.", labels=names)', "label names as a literal list"),
])
def test_a_definition_the_catalogue_cannot_read_is_an_error(source: str, error: str) -> None:
    with pytest.raises(CatalogueError, match=error):
        definitions_in(source, "appliance/x.py")


def test_a_metric_defined_twice_differently_is_an_error(tmp_path: Path) -> None:
    package = tmp_path / "appliance"
    package.mkdir()
    (package / "a.py").write_text('Gauge("appliance_x", "X.", ["a"])\n')
    (package / "b.py").write_text('Gauge("appliance_x", "X.", ["b"])\n')
    with pytest.raises(CatalogueError, match="appliance_x is a gauge with labels"):
        catalogue(package)
