"""The Ansible playbooks and roles: ansible-lint (production profile), --syntax-check,
docs/deployment.md's variables against the argument specs, and the node role's TOML filter.
The real runs are tests/booted/."""

from __future__ import annotations

import math
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from appliance.testing.rollout import ANSIBLE_DIR, ansible_tool

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ANSIBLE_DIR / "roles/node/filter_plugins"))
from appliance_toml import to_toml  # noqa: E402


def _tool(name: str) -> Path:
    tool = ansible_tool(name)
    if tool is None:
        pytest.skip(f"{name} is missing: install the test extra")
    return tool


def test_ansible_lint_production_profile_passes() -> None:
    out = subprocess.run([str(_tool("ansible-lint")), "--profile", "production", "--offline",
                          "--nocolor", "-f", "pep8"],
                         cwd=ANSIBLE_DIR, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.parametrize("playbook", ["site.yml", "upgrade.yml"])
def test_playbook_syntax(playbook: str) -> None:
    out = subprocess.run(
        [str(_tool("ansible-playbook")), "--syntax-check", "-i", "inventories/example", playbook],
        cwd=ANSIBLE_DIR, capture_output=True, text=True, timeout=300,
        env={"ANSIBLE_CONFIG": str(ANSIBLE_DIR / "ansible.cfg"), "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_requirements_fetch_nothing() -> None:
    text = (ANSIBLE_DIR / "requirements.yml").read_text()
    assert "collections: []" in text and "roles: []" in text


def test_deployment_doc_lists_every_variable_as_the_specs_say() -> None:
    generated = subprocess.run([sys.executable, str(REPO / "scripts/deployment-vars")],
                               capture_output=True, text=True, check=True).stdout
    doc = (REPO / "docs/deployment.md").read_text()
    assert generated in doc, (
        "docs/deployment.md's variables are stale: run scripts/deployment-vars --write"
    )


def test_every_role_variable_has_a_spec() -> None:
    import yaml

    for role in ("common", "node", "front_door"):
        defaults = yaml.safe_load((ANSIBLE_DIR / f"roles/{role}/defaults/main.yml").read_text())
        specs = yaml.safe_load((ANSIBLE_DIR / f"roles/{role}/meta/argument_specs.yml").read_text())
        options = specs["argument_specs"]["main"]["options"]
        assert set(defaults) <= set(options), f"{role}: {set(defaults) - set(options)} undocumented"


def test_to_toml_round_trips_node_toml_shapes() -> None:
    data = {
        "node": {"name": "gpu-01", "state_dir": None},
        "gpus": {"reserve_fraction": 0.05, "exclude": [3]},
        "proxy": {"workers": 4, "host": "127.0.0.1"},
        "auth": {"roles": {"basic": ["qwen-*"], "odd key": ["a\"b\n"]}},
        "engines": {"vllm": {"command": ["/opt/x/bin/python", "-m", "vllm"]}},
        "models": [
            {"name": "chat", "source": "Qwen/Qwen2.5-7B-Instruct", "extra_args": ["--a"],
             "engine_options": {"mode": "echo"}, "pii": True},
            {"name": "embed", "source": "BAAI/bge-m3", "task": "embed", "env": {}},
        ],
    }
    back = tomllib.loads(to_toml(data))
    data["node"].pop("state_dir")  # null: the key keeps its default
    assert back == data


def test_to_toml_refuses_what_toml_cannot_hold() -> None:
    with pytest.raises(ValueError, match=r"gpus.reserve_fraction is nan"):
        to_toml({"gpus": {"reserve_fraction": math.nan}})
    with pytest.raises(ValueError, match="needs a mapping"):
        to_toml(["models"])


def test_the_node_role_installs_the_fleet_files_where_the_code_reads_them() -> None:
    """ca.pem, node.pem and node.key (0600) in [fleet] tls_dir, the key file at [fleet]
    key_file (0600): the names and defaults of appliance/fleet/tls.py and the schema."""
    import yaml

    from appliance.config.fleet_schema import FleetSection
    from appliance.fleet.tls import CA_CERT, NODE_CERT, NODE_KEY

    role = ANSIBLE_DIR / "roles/node"
    defaults = yaml.safe_load((role / "defaults/main.yml").read_text())
    fleet = FleetSection()
    assert Path(defaults["appliance_fleet_tls_dir"]) == fleet.tls_dir
    assert Path(defaults["appliance_fleet_key_file"]) == fleet.key_file
    tasks = yaml.safe_load((role / "tasks/fleet_pki.yml").read_text())
    (install,) = [t for t in tasks if t["name"] == "Fleet CA, node certificate and key on the host"]
    assert install["ansible.builtin.copy"]["dest"].startswith("{{ appliance_fleet_tls_dir }}/")
    modes = {item["dest"]: item["mode"] for item in install["loop"]}
    assert modes == {CA_CERT: "0644", NODE_CERT: "0644", NODE_KEY: "0600"}
    main = yaml.safe_load((role / "tasks/main.yml").read_text())
    (key,) = [t for t in main if t.get("name") == "Fleet key"]
    assert key["ansible.builtin.copy"]["dest"] == "{{ appliance_fleet_key_file }}"
    assert key["ansible.builtin.copy"]["mode"] == "0600"
    settings = yaml.safe_load((role / "vars/main.yml").read_text())["_appliance_fleet_settings"]
    assert settings["key_file"] == "{{ appliance_fleet_key_file }}"
    assert settings["tls_dir"] == "{{ appliance_fleet_tls_dir }}"
    assert settings["enabled"] is True


def test_the_rolling_upgrade_drains_the_node_around_its_restart() -> None:
    """upgrade.yml drains the node (the fleet's proxies stop sending to it) once nginx is
    out of service, waits for its engines to be idle before anything restarts, and
    undrains it once the restarted agent answers, before waiting for its engines to be
    ready (a drained agent reports every engine `draining`) and putting it back in
    service."""
    import yaml

    play = yaml.safe_load((ANSIBLE_DIR / "upgrade.yml").read_text())[0]
    names = [task["name"] for task in play["tasks"]]
    commands = {task["name"]: task.get("ansible.builtin.command", {}) for task in play["tasks"]}

    def index(text: str) -> int:
        found = [i for i, name in enumerate(names) if text in name]
        assert len(found) == 1, (text, names)
        return found[0]

    drain, undrain = index("Drain this node"), index("Undrain this node")
    assert commands[names[drain]] == "/opt/appliance/venv/bin/appliance drain"
    assert commands[names[undrain]] == "/opt/appliance/venv/bin/appliance undrain"
    assert index("Stop nginx gracefully") < drain < index("Let the drain reach")
    assert index("Let the drain reach") < index("engines have no request running") \
        < index("Install the new version") < index("Restart every service")
    assert index("Restart every service") < undrain < index("agent and every engine are ready") \
        < index("proxy is ready") < index("Back in service")
