"""The status page: one self-contained HTML document (no outside scripts, styles or
fonts, so it works on a node without Internet access) that fetches `view.json` beside it
every `REFRESH_S` seconds and draws it. Every name is set as text, never as HTML.

Elements carry `data-*` attributes with the numbers they show (tests read them back).
"""

REFRESH_S = 5

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Appliance status</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:16px;color:#1d2330;background:#f6f7f9}
h1{font-size:18px;margin:0 0 4px} h2{font-size:16px;margin:18px 0 6px}
h3{font-size:14px;margin:12px 0 4px}
.node{background:#fff;border:1px solid #d8dce3;border-radius:6px;padding:12px 16px;margin:12px 0}
.muted{color:#6b7385} .ok{color:#17813a} .bad{color:#b42318} .warn{color:#a15c00}
.gpu{margin:8px 0}
.bar{position:relative;height:26px;background:#eef0f4;border:1px solid #c9ced8;border-radius:4px;overflow:hidden;display:flex}
.quota{height:100%;border-right:1px solid #fff;background:#9ec5fe;position:relative;overflow:hidden;white-space:nowrap;font-size:12px;padding:4px 6px;box-sizing:border-box}
.quota.failed,.quota.backoff{background:#f7b4ae}.quota.starting{background:#fde2a4}
.measured{position:absolute;left:0;bottom:0;height:5px;background:#1d4ed8}
.reserve{margin-left:auto;height:100%;background:repeating-linear-gradient(45deg,#d8dce3 0 4px,#eef0f4 4px 8px)}
table{border-collapse:collapse;width:100%} th,td{text-align:left;padding:3px 8px;border-bottom:1px solid #e6e8ee}
th{font-weight:600;color:#4a5263} td.n{text-align:right;font-variant-numeric:tabular-nums}
</style></head>
<body>
<h1>Appliance status</h1>
<div class="muted" id="meta">loading…</div>
<div id="nodes"></div>
<script>
"use strict";
const REFRESH_MS = __REFRESH_S__ * 1000;
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k === "style") e.style.cssText = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}
const gib = mib => (mib / 1024).toFixed(1) + " GiB";
const stateClass = s => s === "ready" ? "ok" : (s === "failed" || s === "backoff" || s === "unhealthy") ? "bad" : "warn";
function gpuBlock(g) {
  const bar = el("div", {class: "bar", "data-gpu": g.index});
  for (const r of g.replicas) {
    const width = 100 * r.quota_mib / g.total_mib;
    const q = el("div", {class: "quota " + r.state, style: "width:" + width + "%",
      "data-engine": r.engine, "data-quota-mib": r.quota_mib,
      "data-measured-mib": r.measured_mib === null ? "" : r.measured_mib,
      title: r.engine + ": quota " + gib(r.quota_mib) + (r.measured_mib === null ? "" : ", measured " + gib(r.measured_mib))}, r.engine);
    if (r.measured_mib !== null)
      q.append(el("div", {class: "measured", style: "width:" + Math.min(100, 100 * r.measured_mib / Math.max(1, r.quota_mib)) + "%"}));
    bar.append(q);
  }
  bar.append(el("div", {class: "reserve", style: "width:" + (100 * g.reserve_mib / g.total_mib) + "%", title: "reserve " + gib(g.reserve_mib)}));
  const allocated = g.replicas.reduce((a, r) => a + r.quota_mib, 0);
  const used = g.used_mib === null ? "memory not measured" : "used " + gib(g.used_mib);
  return el("div", {class: "gpu"},
    el("div", {}, el("b", {}, "GPU " + g.index), " " + g.name + " · ",
       el("span", {"data-total-mib": g.total_mib}, gib(g.total_mib)), " total · allocated ",
       el("span", {"data-allocated-mib": allocated}, gib(allocated)), " · reserve " + gib(g.reserve_mib) + " · " + used),
    bar);
}
function replicaTable(rows) {
  const t = el("table", {}, el("tr", {}, ...["replica", "model", "state", "for", "GPUs", "running", "waiting", "restarts", "detail"].map(h => el("th", {}, h))));
  for (const r of rows) {
    const num = v => v === null ? "-" : v;
    t.append(el("tr", {"data-engine": r.engine},
      el("td", {}, r.engine), el("td", {}, r.model),
      el("td", {class: stateClass(r.state), "data-state": r.state}, r.state),
      el("td", {class: "n"}, Math.round(r.state_for_s) + " s"),
      el("td", {}, r.gpus.length ? r.gpus.join(",") : "cpu"),
      el("td", {class: "n", "data-running": num(r.running)}, num(r.running)),
      el("td", {class: "n", "data-waiting": num(r.waiting)}, num(r.waiting)),
      el("td", {class: "n", "data-restarts": r.restarts}, r.restarts),
      el("td", {class: "muted"}, r.detail)));
  }
  return t;
}
function errorList(errors) {
  if (!errors.length) return el("div", {class: "muted", "data-errors": 0}, "no recent errors");
  const t = el("table", {"data-errors": errors.length});
  for (const x of errors.slice(0, 20))
    t.append(el("tr", {}, el("td", {class: x.level === "WARNING" ? "warn" : "bad"}, x.level),
      el("td", {class: "muted"}, x.time || ""), el("td", {}, x.source), el("td", {}, x.message)));
  return t;
}
function draw(view) {
  const nodes = document.getElementById("nodes");
  nodes.replaceChildren(...view.nodes.map(n => el("div", {class: "node", "data-node": n.name},
    el("h2", {}, n.name + " ", el("span", {class: n.ready ? "ok" : "bad"}, n.ready ? "ready" : "not ready"),
       el("span", {class: "muted"}, " · up " + Math.round(n.uptime_s) + " s")),
    el("h3", {}, "GPUs"), n.gpus.length ? el("div", {}, ...n.gpus.map(gpuBlock)) : el("div", {class: "muted"}, "no GPUs"),
    el("h3", {}, "Replicas"), replicaTable(n.replicas),
    el("h3", {}, "Recent errors"), errorList(n.errors))));
  document.getElementById("meta").textContent = view.nodes.length + " node(s) · updated " +
    new Date(view.generated * 1000).toISOString().replace("T", " ").slice(0, 19) + " UTC · refreshes every " + REFRESH_MS / 1000 + " s";
  document.body.setAttribute("data-generated", view.generated);
}
async function refresh() {
  try {
    const r = await fetch("view.json", {cache: "no-store"});
    if (!r.ok) throw new Error("HTTP " + r.status);
    draw(await r.json());
  } catch (e) {
    document.getElementById("meta").textContent = "cannot reach the agent: " + e.message + " (retrying)";
  }
}
refresh();
setInterval(refresh, REFRESH_MS);
</script>
</body></html>
""".replace("__REFRESH_S__", str(REFRESH_S))
