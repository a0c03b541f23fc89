"""The catalogue of every `appliance_*` metric, read from the code that defines them.

Pure: it parses the package's source (no import, no running component) and finds each
call that defines a metric whose name is a string literal starting with `appliance_`:
prometheus_client's `Counter`/`Gauge`/`Histogram`/`Summary`/`Info`, their
`...MetricFamily` forms (collectors), and the proxy's store-backed `counter`/`gauge`/
`histogram`. The help text is the second argument and the label names are the `labels`/
`labelnames` keyword or the third argument, each a literal. A metric defined any other
way is an error here, so a new component's metrics join the catalogue (and
`docs/metrics.md`, which `appliance metrics catalogue` writes) just by being defined.

Label values must be bounded: every label name is one of `LABEL_BOUNDS`, which says what
bounds it; a request id, a key or free text never is.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from appliance.errors import ApplianceError

PACKAGE = Path(__file__).resolve().parent
PREFIX = "appliance_"

KINDS = {
    "Counter": "counter", "CounterMetricFamily": "counter", "counter": "counter",
    "Gauge": "gauge", "GaugeMetricFamily": "gauge", "gauge": "gauge",
    "Histogram": "histogram", "HistogramMetricFamily": "histogram", "histogram": "histogram",
    "Summary": "summary", "SummaryMetricFamily": "summary",
    "Info": "info", "InfoMetricFamily": "info",
}
# The series a scrape shows for each kind (prometheus_client's suffixes).
SUFFIXES = {
    "counter": ("_total",),
    "gauge": ("",),
    "histogram": ("_bucket", "_sum", "_count"),
    "summary": ("_sum", "_count"),
    "info": ("_info",),
}

# Every label a metric may carry, with what bounds its values. A label not listed here
# fails the catalogue's test: add it with its bound, or do not add it.
LABEL_BOUNDS = {
    "engine": "the node's engines (replicas): one per configured replica",
    "model": "the models in node.toml (or the routes' names)",
    "replica": "the replicas the proxy routes to (engine names, or node/engine in a fleet)",
    "gpu": "the node's GPU indices",
    "uuid": "the node's GPU UUIDs (one per GPU index)",
    "name": "the product name of each GPU",
    "state": "a fixed set of states (engine lifecycle or breaker)",
    "status": "the HTTP status codes the proxy answers with",
    "role": "the key roles (admin, user, ...)",
    "reason": "a fixed set of failure reasons",
    "entity": "the PII entity types the analyzer knows",
    "kind": "a fixed set of kinds (prompt, completion; corrected, uncorrected)",
    "result": "a fixed set of results (ok, rejected)",
    "le": "histogram bucket bounds (fixed per metric)",
    "certificate": "the node's certificates: nginx, fleet_node, fleet_ca",
    "node": "the fleet's members",
    "peer": "the fleet's members",
    "xid": "NVIDIA's XID codes 1-255, and `other` for any code outside them",
    "member": "the fleet's members (as many as the fleet has nodes; left ones drop out)",
}


@dataclass(frozen=True)
class MetricDef:
    name: str
    kind: str
    labels: tuple[str, ...]
    doc: str
    source: str  # path:line of the (first) definition

    @property
    def series(self) -> tuple[str, ...]:
        """The names a scrape shows (a counter's `_total`, a histogram's three)."""
        base = self.name.removesuffix("_total") if self.kind == "counter" else self.name
        return tuple(base + s for s in SUFFIXES[self.kind])


class CatalogueError(ApplianceError):
    """A metric definition the catalogue cannot read, or two that disagree."""


def _callee(call: ast.Call) -> str | None:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None


def _literal_strings(node: ast.expr | None) -> tuple[str, ...] | None:
    if isinstance(node, (ast.List, ast.Tuple)) and all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        return tuple(e.value for e in node.elts)  # type: ignore[attr-defined]
    return None


def definitions_in(source: str, where: str) -> list[MetricDef]:
    """The `appliance_*` metrics defined in one module's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _callee(node) not in KINDS or not node.args:
            continue
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)
                and first.value.startswith(PREFIX)):
            continue
        name, at = first.value, f"{where}:{node.lineno}"
        doc_node = node.args[1] if len(node.args) > 1 else next(
            (k.value for k in node.keywords if k.arg in ("documentation", "doc")), None)
        if not (isinstance(doc_node, ast.Constant) and isinstance(doc_node.value, str)):
            raise CatalogueError(f"{at}: {name}: give its help text as a string literal")
        label_node = next((k.value for k in node.keywords if k.arg in ("labels", "labelnames")),
                          node.args[2] if len(node.args) > 2 else None)
        labels = () if label_node is None else _literal_strings(label_node)
        if labels is None:
            raise CatalogueError(f"{at}: {name}: give its label names as a literal list")
        found.append(MetricDef(name, KINDS[_callee(node)], labels,  # type: ignore[index]
                               " ".join(doc_node.value.split()), at))
    return found


def catalogue(package: Path = PACKAGE) -> list[MetricDef]:
    """Every `appliance_*` metric of the package, by name; a name defined twice must be
    defined alike (same kind and labels)."""
    by_name: dict[str, MetricDef] = {}
    for path in sorted(package.rglob("*.py")):
        where = str(path.relative_to(package.parent))
        for d in definitions_in(path.read_text(encoding="utf-8"), where):
            seen = by_name.setdefault(d.name, d)
            if (seen.kind, seen.labels) != (d.kind, d.labels):
                raise CatalogueError(
                    f"{d.name} is a {d.kind} with labels {list(d.labels)} at {d.source} but a "
                    f"{seen.kind} with labels {list(seen.labels)} at {seen.source}")
    return sorted(by_name.values(), key=lambda d: d.name)


def unbounded_labels(defs: list[MetricDef]) -> list[str]:
    """'metric: label' for each label not in LABEL_BOUNDS."""
    return [f"{d.name}: {label}" for d in defs for label in d.labels if label not in LABEL_BOUNDS]


def exported_series(defs: list[MetricDef]) -> set[str]:
    return {s for d in defs for s in d.series}


def _component(d: MetricDef) -> str:
    parts = d.source.split("/")
    return parts[1] if len(parts) > 2 else "appliance"


def render_markdown(defs: list[MetricDef]) -> str:
    """docs/metrics.md."""
    out = [
        "# Metrics catalogue",
        "",
        "<!-- Generated by `appliance metrics catalogue > docs/metrics.md`; do not edit by "
        "hand. -->",
        "",
        "Every `appliance_*` metric the code defines, read from its definitions "
        "(`appliance/metrics_catalogue.py`); a test fails when this page is stale. Where "
        "each is scraped and what watches it: [monitoring.md](monitoring.md).",
        "",
        "A counter is shown as `<name>_total`, a histogram as `<name>_bucket`, `_sum` and "
        "`_count`. The component is the package that defines the metric, and so the "
        "process whose `/metrics` shows it: `agent` (engines, GPUs, certificates, and each "
        "engine's own metrics re-exported per replica), `proxy` (requests, limits, "
        "breakers, PII masking), and any other package (the fleet's) likewise.",
        "",
        "| metric | type | labels | component | meaning |",
        "|---|---|---|---|---|",
    ]
    for d in defs:
        labels = ", ".join(f"`{label}`" for label in d.labels) or "—"
        out.append(f"| `{d.name}` | {d.kind} | {labels} | {_component(d)} | "
                   f"{d.doc.replace('|', '/')} |")
    out += [
        "",
        "## Label values are bounded",
        "",
        "No metric carries a request id, a key, a user or free text. Each label name is one "
        "of these, and its values come from a bounded set:",
        "",
        "| label | bounded by |",
        "|---|---|",
    ]
    used = {label for d in defs for label in d.labels}
    out += [f"| `{label}` | {bound} |" for label, bound in LABEL_BOUNDS.items() if label in used]
    return "\n".join(out) + "\n"
