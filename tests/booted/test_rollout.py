"""site.yml and upgrade.yml against three booted Debian hosts (systemd-nspawn), with the
simulated engine: every unit active, `appliance status` ready, a completion through each
host's nginx over HTTPS; a second run changes nothing; a changed model restarts only its
engine; a rolling upgrade under traffic fails no request.

The tests run in order on the same hosts (module-scoped fixture)."""

from __future__ import annotations

import json
import re
import ssl
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from appliance.config.nginx_schema import NginxSection
from appliance.testing.booted import WHEELHOUSE_IN_HOST, BootedHost, booted_hosts, wait_for
from appliance.testing.rollout import build_wheelhouse, run_playbook, write_inventory

pytestmark = pytest.mark.booted

UNITS = ("appliance-supervisord.service", "appliance-agent.service", "appliance-proxy.service")
BIN = "/opt/appliance/venv/bin/appliance"
VAULT_PASSWORD = "booted-hosts-test-vault-password"


def sim_model(name: str, **extra: object) -> dict:
    return {"name": name, "source": f"sim/{name}", "engine": "sim",
            "engine_options": {"mode": "echo"}, **extra}


MODELS = {
    0: [sim_model("chat"), sim_model("embed", task="embed")],
    1: [sim_model("chat"), sim_model("code")],
    2: [sim_model("chat", replicas=2)],
}

GROUP_VARS = {
    "appliance_pip_find_links": WHEELHOUSE_IN_HOST,
    "appliance_pip_no_index": True,
    # No vLLM and no spaCy model in the hosts: the simulated engine serves, PII stays off.
    "appliance_vllm_install": False,
    "appliance_pii_model_install": False,
    "appliance_gpu_host": False,
    "appliance_node_settings": {
        "agent": {"health_interval_s": 0.5, "restart_backoff_s": 0.5},
        "supervisor": {"stop_timeout_s": 5},
    },
}


class Cluster:
    def __init__(self, hosts, inventory: Path, root: Path):
        self.hosts = hosts
        self.inventory = inventory
        self.root = root
        self.log = root / "ansible.log"
        # Ansible's own log, written line by line as a play goes (ansible.log gets the output
        # when the play has ended): what a failed request is matched with.
        self.live_log = root / "ansible-live.log"
        self.keys: dict[str, str] = {}

    def play(self, playbook: str = "site.yml", *args: str):
        result = run_playbook(
            playbook, self.inventory, *args, log=self.log,
            env={"ANSIBLE_VAULT_PASSWORD_FILE": str(self.root / "vault-pass"),
                 "ANSIBLE_LOG_PATH": str(self.live_log)},
        )
        assert result.returncode == 0, result.output[-6000:]
        return result

    def status(self, host: BootedHost) -> dict:
        return json.loads(host.run(BIN, "status", "--json").stdout)

    def engine_pids(self) -> dict[str, dict[tuple[str, str], int]]:
        """Host -> (engine, its model) -> PID."""
        return {h.name: {(e["name"], e["model"]): e["pid"] for e in self.status(h)["engines"]}
                for h in self.hosts}

    def key(self, host: BootedHost) -> str:
        if host.name not in self.keys:
            out = host.run("runuser", "-u", "appliance", "--", BIN, "keys", "create",
                           "--name", "booted-test", "--role", "admin")
            self.keys[host.name] = out.stdout.strip().splitlines()[-1]
        return self.keys[host.name]


@pytest.fixture(scope="module")
def cluster(wheelhouse: Path, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("rollout")
    (root / "vault-pass").write_text(VAULT_PASSWORD + "\n")
    with booted_hosts(3, root / "hosts", wheelhouse=wheelhouse) as hosts:
        inventory = write_inventory(root / "inventory", hosts, GROUP_VARS,
                                    {i: {"appliance_models": m} for i, m in MODELS.items()})
        yield Cluster(hosts, inventory, root)


def completion(host: BootedHost, key: str, model: str = "chat", timeout: float = 30) -> dict:
    """A chat completion through the host's nginx over HTTPS, trusting its self-signed pair."""
    context = ssl.create_default_context(cafile=str(host.root / "etc/appliance/tls/server.crt"))
    request = urllib.request.Request(
        f"https://{host.address}/v1/chat/completions",
        data=json.dumps({"model": model, "messages": [{"role": "user", "content": "hello"}],
                         "max_tokens": 8}).encode(),
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, context=context, timeout=timeout) as response:
        return json.loads(response.read())


def local_completion(host: BootedHost, key: str, model: str = "chat") -> dict:
    """The same through the host's own API proxy (loopback inside the host), without nginx."""
    out = host.run("curl", "-sS", "--fail-with-body", "-H", f"Authorization: Bearer {key}",
                   "-H", "Content-Type: application/json", "-d",
                   json.dumps({"model": model, "max_tokens": 8,
                               "messages": [{"role": "user", "content": "hello"}]}),
                   "http://127.0.0.1:8080/v1/chat/completions")
    return json.loads(out.stdout)


def test_gpu_host_without_driver_fails_in_preflight(cluster: Cluster) -> None:
    host = cluster.hosts[0]
    result = run_playbook("site.yml", cluster.inventory, "--limit", host.name,
                          "-e", '{"appliance_gpu_host": true}', log=cluster.log)
    assert result.returncode != 0
    assert result.recap[host.name]["failed"] == 1 and result.recap[host.name]["changed"] == 0
    assert "nvidia-smi is not installed" in result.output
    assert "Install the NVIDIA driver" in result.output


def test_first_rollout_serves_on_every_host(cluster: Cluster) -> None:
    cluster.play()
    for host in cluster.hosts:
        for unit in (*UNITS, "nginx.service"):
            assert host.unit_active(unit), f"{unit} is not active on {host.name}"
        status = wait_for(lambda h=host: (s := cluster.status(h))["node"]["ready"] and all(
            e["state"] == "ready" for e in s["engines"]) and s, 60, f"{host.name} ready")
        assert sorted({e["model"] for e in status["engines"]}) == sorted(
            m["name"] for m in MODELS[cluster.hosts.hosts.index(host)])
        assert status["rejections"] == []
        answer = local_completion(host, cluster.key(host))
        assert answer["choices"][0]["message"]["content"]
        # The fleet certificates: the node's is signed by the fleet CA.
        host.run("openssl", "verify", "-CAfile", "/etc/appliance/fleet/ca.pem",
                 "/etc/appliance/fleet/node.pem")
    for host in cluster.hosts:
        answer = completion(host, cluster.key(host))
        assert answer["choices"][0]["message"]["content"]


def test_second_run_changes_nothing(cluster: Cluster) -> None:
    result = cluster.play()
    assert result.changed() == {h.name: 0 for h in cluster.hosts}, result.output[-6000:]


def test_changed_model_restarts_only_its_engine(cluster: Cluster) -> None:
    before = cluster.engine_pids()
    agents = {h.name: h.main_pid("appliance-agent.service") for h in cluster.hosts}
    proxies = {h.name: h.main_pid("appliance-proxy.service") for h in cluster.hosts}
    changed_host = cluster.hosts[1]
    host_vars = cluster.inventory / "host_vars" / f"{changed_host.name}.yml"
    models = [sim_model("chat"), sim_model("code", engine_options={"mode": "echo",
                                                                   "tokens_per_s": 500})]
    host_vars.write_text(json.dumps({"appliance_models": models}))
    result = cluster.play()
    assert result.changed()[changed_host.name] > 0
    assert all(n == 0 for name, n in result.changed().items() if name != changed_host.name)

    def settled():
        now = cluster.engine_pids()
        return all(all(p for p in pids.values()) for pids in now.values()) and now

    after = wait_for(settled, 60, "engines running again")
    for host in cluster.hosts:
        for engine, pid in before[host.name].items():
            if host is changed_host and engine[1] == "code":
                assert after[host.name][engine] != pid, f"{engine} on {host.name} kept its PID"
            else:
                assert after[host.name][engine] == pid, f"{engine} on {host.name} restarted"
        assert host.main_pid("appliance-agent.service") == agents[host.name], "agent restarted"
        assert host.main_pid("appliance-proxy.service") == proxies[host.name], "proxy restarted"


def test_invalid_node_toml_never_lands(cluster: Cluster) -> None:
    host = cluster.hosts[2]
    node_toml = host.root / "etc/appliance/node.toml"
    before = node_toml.read_text()
    host_vars = cluster.inventory / "host_vars" / f"{host.name}.yml"
    kept = host_vars.read_text()
    host_vars.write_text(json.dumps({"appliance_models": [sim_model("chat", replicas=0)]}))
    try:
        result = run_playbook("site.yml", cluster.inventory, log=cluster.log,
                              env={"ANSIBLE_VAULT_PASSWORD_FILE": str(cluster.root / "vault-pass")})
    finally:
        host_vars.write_text(kept)
    assert result.returncode != 0
    assert result.recap[host.name]["failed"] == 1
    assert all(r["failed"] == 0 for name, r in result.recap.items() if name != host.name)
    assert "models[0].replicas" in result.output  # the checker's message, with its TOML path
    assert node_toml.read_text() == before
    assert cluster.status(host)["node"]["ready"]

_TASK = re.compile(r"\| TASK \[(.+?)\] \*")
_RESULT = re.compile(r"\| (?:ok|changed|skipping|failed|fatal): \[([^\]]+)\]")


def running_task(live_log: Path) -> str:
    """The task a play was at, from Ansible's log as it goes, and the host it last reported
    on: what a failed request says, so that a rare one can be told apart."""
    try:
        lines = live_log.read_text(errors="replace").splitlines()
    except FileNotFoundError:
        return "before any play"
    task = next((m.group(1) for line in reversed(lines) if (m := _TASK.search(line))), "none")
    host = next((m.group(1) for line in reversed(lines) if (m := _RESULT.search(line))), "none")
    return f"task {task!r}, last result from {host}"


class Client(threading.Thread):
    """Sends completions round-robin through the hosts' nginx, a new connection each, until
    stopped (at most `limit` requests or `seconds`). A refused connection means the host is
    out of service: the request goes to the next host, as a load balancer in front would
    send it; every other error counts as a failed request. It sends at most half of what
    nginx lets one client address send to one host (`[nginx] requests_per_s`), so that the
    hosts left in service never answer 429 when they take an upgrading host's share. A failed
    request is listed with the time and the task the play was at (`running_task`)."""

    per_s = NginxSection().requests_per_s / 2

    def __init__(self, cluster: Cluster, limit: int = 50_000, seconds: float = 900):
        super().__init__(daemon=True)
        self.cluster, self.limit, self.deadline = cluster, limit, time.monotonic() + seconds
        self.stopping = threading.Event()
        self.ok = 0
        self.redirected = 0
        self.failed: list[str] = []

    def run(self) -> None:
        hosts = self.cluster.hosts.hosts
        turn = 0
        while not self.stopping.is_set() and self.ok + len(self.failed) < self.limit \
                and time.monotonic() < self.deadline:
            sent = time.monotonic()
            for attempt in range(len(hosts)):
                host = hosts[(turn + attempt) % len(hosts)]
                try:
                    completion(host, self.cluster.key(host), timeout=60)
                except urllib.error.URLError as exc:
                    if isinstance(exc.reason, ConnectionRefusedError):
                        self.redirected += 1
                        continue
                    self.failed.append(self.failure(host, exc))
                except OSError as exc:
                    self.failed.append(self.failure(host, exc))
                else:
                    self.ok += 1
                break
            else:
                self.failed.append("every host refused the connection")
            turn += 1
            time.sleep(max(0.0, sent + 1 / self.per_s - time.monotonic()))

    def failure(self, host: BootedHost, exc: BaseException) -> str:
        when = time.strftime("%H:%M:%S")
        return f"{host.name} at {when}, {running_task(self.cluster.live_log)}: {exc!r}"


def test_rolling_upgrade_fails_no_request(cluster: Cluster, wheelhouse: Path) -> None:
    from appliance import __version__

    new = f"{__version__}.post1"
    build_wheelhouse(wheelhouse, version=new)
    for host in cluster.hosts:
        cluster.key(host)  # made before the traffic starts
    client = Client(cluster)
    client.start()
    wait_for(lambda: client.ok >= 10, 60, "traffic flowing before the upgrade")
    try:
        # the hosts form no fleet: no other proxy routes to a drained host, so the wait
        # for the drain to spread (10 s a host by default) is cut to 1 s
        result = cluster.play("upgrade.yml", "-e", f"appliance_version={new}",
                              "-e", "appliance_drain_spread_s=1")
        # The traffic lasted the whole upgrade (the client's bounds were not reached).
        assert client.is_alive(), "the client stopped before the upgrade ended"
    finally:
        client.stopping.set()
        client.join(timeout=120)
    assert all(n > 0 for n in result.changed().values())
    for host in cluster.hosts:
        assert host.run(BIN, "--version").stdout.split()[-1] == new
        status = cluster.status(host)
        assert status["node"]["ready"] and all(e["state"] == "ready" for e in status["engines"])
        for unit in UNITS:
            assert host.unit_active(unit), f"{unit} is not active on {host.name}"
    (cluster.root / "client.json").write_text(json.dumps(
        {"ok": client.ok, "redirected": client.redirected, "failed": client.failed}))
    assert client.failed == [], f"{len(client.failed)} failed of {client.ok + len(client.failed)}"
    assert client.ok > 0 and client.redirected > 0
