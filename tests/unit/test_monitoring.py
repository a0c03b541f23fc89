"""monitoring/: the alert rules pass `promtool check rules` and their unit tests
(`promtool test rules`), the Prometheus config passes `promtool check config`, and every
query of every rule and dashboard names a metric the code exports (docs/metrics.md) or a
documented external one."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from appliance.metrics_catalogue import catalogue, exported_series

REPO = Path(__file__).resolve().parents[2]
MONITORING = REPO / "monitoring"
PROMETHEUS = MONITORING / "prometheus"
DASHBOARDS = sorted((MONITORING / "grafana" / "dashboards").glob("*.json"))
# Metrics the queries may name that the appliance does not define (docs/monitoring.md):
# Prometheus's own `up`, and what Debian's prometheus-nginx-exporter (0.11) makes of nginx's
# stub_status, each by name (tests/integration/test_nginx_exporter.py reads them from the
# real exporter).
NGINX_EXPORTER = {
    "nginx_up", "nginx_connections_active", "nginx_connections_reading",
    "nginx_connections_writing", "nginx_connections_waiting", "nginx_connections_accepted",
    "nginx_connections_handled", "nginx_http_requests_total",
}
EXTERNAL = {"up"} | NGINX_EXPORTER
PROMQL_WORDS = {
    "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless",
    "bool", "offset", "inf", "nan",
}


def promtool() -> str:
    found = shutil.which("promtool")
    if found is None:
        pytest.skip("promtool is missing: apt-get install prometheus (scripts/install-packages)")
    return found


def metric_names(expr: str) -> set[str]:
    """The metric names a PromQL expression reads (Grafana's $variables allowed)."""
    expr = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)  # string literals
    expr = re.sub(r"\{[^}]*\}", "", expr)  # label matchers
    expr = re.sub(r"\[[^\]]*\]", "", expr)  # ranges
    expr = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", expr)
    expr = re.sub(r"\$\w+", " ", expr)
    names = set()
    for m in re.finditer(r"(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?", expr):
        word, call = m.group(1), m.group(2)
        if not call and word.lower() not in PROMQL_WORDS and not re.fullmatch(r"\d+[smhdwy]", word):
            names.add(word)
    return names


@pytest.mark.parametrize("expr, names", [
    ('sum by (model) (rate(appliance_proxy_requests_total{status=~"5.."}[5m]))',
     {"appliance_proxy_requests_total"}),
    ("a_x / on (gpu) group_left b_y > 0.5", {"a_x", "b_y"}),
    ('histogram_quantile(0.95, sum by (le) (rate(h_bucket{n=~"$node"}[$__rate_interval])))',
     {"h_bucket"}),
    ("appliance_x - time() < 14 * 86400", {"appliance_x"}),
    ('label_values(appliance_agent_ready, appliance_node)', {"appliance_agent_ready", "appliance_node"}),
])
def test_metric_names_are_read_from_promql(expr: str, names: set[str]) -> None:
    assert metric_names(expr) == names


def test_the_rules_pass_promtool_check() -> None:
    out = subprocess.run([promtool(), "check", "rules", *PROMETHEUS.glob("rules/*.yml")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_rules_unit_tests_pass() -> None:
    out = subprocess.run([promtool(), "test", "rules", "tests/appliance.test.yml"],
                         cwd=PROMETHEUS, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr


def test_every_alert_has_a_unit_test() -> None:
    rules = yaml.safe_load((PROMETHEUS / "rules/appliance.rules.yml").read_text())
    alerts = {r["alert"] for g in rules["groups"] for r in g["rules"]}
    tests = yaml.safe_load((PROMETHEUS / "tests/appliance.test.yml").read_text())
    tested = {a["alertname"] for t in tests["tests"] for a in t["alert_rule_test"]
              if a.get("exp_alerts")}
    assert alerts == tested


def test_the_prometheus_config_passes_promtool_check(tmp_path: Path) -> None:
    text = (PROMETHEUS / "prometheus.yml").read_text().replace("/etc/prometheus/", f"{tmp_path}/")
    (tmp_path / "prometheus.yml").write_text(text)
    shutil.copytree(PROMETHEUS / "rules", tmp_path / "rules")
    (tmp_path / "appliance-agent-token").write_text("token\n")
    out = subprocess.run([promtool(), "check", "config", str(tmp_path / "prometheus.yml")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    jobs = {j["job_name"] for j in yaml.safe_load(text)["scrape_configs"]}
    assert jobs == {"appliance_agent", "appliance_proxy", "appliance_nginx"}


def _rule_exprs() -> list[str]:
    rules = yaml.safe_load((PROMETHEUS / "rules/appliance.rules.yml").read_text())
    return [r["expr"] for g in rules["groups"] for r in g["rules"]]


def _dashboard_exprs(path: Path) -> list[str]:
    board = json.loads(path.read_text())
    exprs = [t["expr"] for p in board["panels"] for t in p.get("targets", [])]
    variables = [v["definition"] for v in board["templating"]["list"]]
    # label_values(metric, label): the label is not a metric
    return exprs + [re.sub(r",\s*\w+\)$", ")", v) for v in variables]


def test_there_are_the_four_dashboards() -> None:
    uids = [json.loads(p.read_text())["uid"] for p in DASHBOARDS]
    assert sorted(uids) == ["appliance-fleet", "appliance-gpu-quotas", "appliance-pii",
                            "appliance-proxy"]


@pytest.mark.parametrize("source", ["rules", *(p.name for p in DASHBOARDS)])
def test_every_query_names_a_metric_the_code_exports(source: str) -> None:
    exprs = _rule_exprs() if source == "rules" else _dashboard_exprs(
        MONITORING / "grafana" / "dashboards" / source)
    known = exported_series(catalogue()) | EXTERNAL
    assert exprs
    for expr in exprs:
        names = metric_names(expr)
        assert names, expr
        assert names <= known, f"{source}: {sorted(names - known)} in {expr!r}"


def test_dashboards_query_the_provisioned_datasource() -> None:
    provisioned = yaml.safe_load(
        (MONITORING / "grafana/provisioning/datasources/appliance.yml").read_text())
    (uid,) = [d["uid"] for d in provisioned["datasources"]]
    for path in DASHBOARDS:
        board = json.loads(path.read_text())
        for panel in board["panels"]:
            assert panel["datasource"]["uid"] == uid, (path.name, panel["title"])
            assert all(t["datasource"]["uid"] == uid for t in panel["targets"])
