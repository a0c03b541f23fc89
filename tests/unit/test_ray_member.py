"""The agent's Ray loop on a FakeFleet and a FakeSupervisor: it tags the node, runs Ray as
head or as the head's worker once the view is stable, points the worker at a new head when
the head fails, and leaves a running program alone after an agent restart."""

from __future__ import annotations

import asyncio
import shlex

from appliance.agent.ray_member import RayMember, write_token
from appliance.config import parse_config
from appliance.fleet.keys import generate_key
from appliance.fleet.ray_config import PROGRAM
from appliance.fleet.ray_election import TAG_RAY, TAG_RAY_HEAD, ray_tag
from appliance.testing.fake_supervisor import FakeSupervisor
from appliance.testing.fleet_membership import FakeFleet


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def config(tmp_path, name: str, address: str, key: str):
    root = tmp_path / name
    root.mkdir(parents=True, exist_ok=True)
    key_file = root / "fleet.key"
    key_file.write_text(key + "\n")
    key_file.chmod(0o600)
    return parse_config({
        "node": {"name": name, "state_dir": str(root / "state"), "run_dir": str(root / "run"),
                 "log_dir": str(root / "log")},
        "fleet": {"enabled": True, "bind": address, "key_file": str(key_file)},
        "ray": {"enabled": True, "priority": 10 if name == "a" else 20, "stable_s": 2.0},
    })


def command(member: RayMember) -> list[str]:
    text = member.program_file.read_text()
    line = next(x for x in text.splitlines() if x.startswith("command="))
    return shlex.split(line.removeprefix("command="))


def test_head_worker_failover_and_restart(tmp_path) -> None:
    async def scenario() -> None:
        key, fleet, clock = generate_key(), FakeFleet(), Clock()
        views = {"a": fleet.join("a", "10.0.0.1"), "b": fleet.join("b", "10.0.0.2")}
        sups = {n: FakeSupervisor() for n in views}
        members = {
            n: RayMember(config(tmp_path, n, f"10.0.0.{i}", key), n, sups[n], views[n], (0,),
                         clock=clock)
            for i, n in enumerate(views, 1)
        }
        for m in members.values():
            m._binary = "/opt/ray"  # start() without its check that Ray is installed
            write_token(m.config, m.paths)
            await m.membership.set_tags({TAG_RAY: ray_tag(m.config.ray.priority, 6379)})

        async def step_all() -> None:
            for m in members.values():
                await m.step()

        await step_all()  # the view has just changed: nothing runs yet
        assert all(PROGRAM not in s.running for s in sups.values())
        clock.now = 2.0
        await step_all()
        assert "--head" in command(members["a"])
        assert "--address=10.0.0.1:6379" in command(members["b"])
        assert {m.tags[TAG_RAY_HEAD] for m in await views["b"].members()} == {"1:a"}

        # a fails: b becomes head once its view is stable, and restarts Ray as head
        fleet.fail("a")
        del members["a"]
        clock.now = 3.0
        await step_all()
        assert "--head" not in command(members["b"])
        clock.now = 5.0
        await step_all()
        assert "--head" in command(members["b"])
        assert sups["b"].calls[-4:] == [("stop", PROGRAM), ("remove", PROGRAM),
                                        ("reload_config", ""), ("add", PROGRAM)]

        # an agent restart on b: a new RayMember finds the same program and leaves it be
        pid = sups["b"].running[PROGRAM]
        again = RayMember(members["b"].config, "b", sups["b"], views["b"], (0,), clock=clock)
        again._binary = "/opt/ray"
        clock.now = 10.0
        await again.step()
        clock.now = 12.0
        await again.step()
        assert again.role is not None and again.role.is_head
        assert sups["b"].running[PROGRAM] == pid and sups["b"].calls[-1] == ("add", PROGRAM)

    asyncio.run(scenario())


def test_models_across_nodes_run_on_the_first_listed_and_go_down_with_a_node(
        tmp_path, monkeypatch) -> None:
    async def listing(address: str, env: dict) -> list[dict]:
        return [{"name": "a", "state": "ALIVE"}, {"name": "b", "state": "ALIVE"}]

    monkeypatch.setattr("appliance.agent.ray_member.probe", listing)

    async def scenario() -> None:
        key, fleet, clock = generate_key(), FakeFleet(), Clock()
        views = {"a": fleet.join("a", "10.0.0.1"), "b": fleet.join("b", "10.0.0.2")}
        sups = {n: FakeSupervisor() for n in views}
        members = {
            n: RayMember(config(tmp_path, n, f"10.0.0.{i}", key), n, sups[n], views[n], (),
                         clock=clock)
            for i, n in enumerate(views, 1)
        }
        told: dict[str, list] = {n: [] for n in members}
        for n, m in members.items():
            m._binary = "/opt/ray"
            write_token(m.config, m.paths)
            await m.membership.set_tags({TAG_RAY: ray_tag(m.config.ray.priority, 6379)})
            m.set_models({"wide": ("a", "b")})
            m.on_models = told[n].append
        members["a"].set_gpus((2, 3))  # the plan reserves GPUs 2 and 3: Ray gets them

        async def step_all() -> None:
            for m in members.values():
                await m.step()

        await step_all()
        assert told["a"][-1]["wide"].reason.endswith("no Ray head is elected yet")
        clock.now = 2.0
        await step_all()
        assert "has not joined Ray's head a yet" in told["a"][-1]["wide"].reason
        await step_all()  # a sees b's claim now
        assert "--num-gpus=2" in command(members["a"])
        assert 'CUDA_VISIBLE_DEVICES="2,3"' in members["a"].program_file.read_text()
        assert told["b"][-1]["wide"].state == "lent"
        assert "waiting for Ray's head a" in told["a"][-1]["wide"].reason
        await asyncio.sleep(0)  # the listing, asked in the background
        await step_all()
        assert told["a"][-1]["wide"].state == "running"
        launch = members["a"].launches()["wide"]
        assert launch["RAY_ADDRESS"] == "10.0.0.1:6379" and launch["APPLIANCE_RAY_NODES"] == "a,b"
        assert members["b"].launches() == {}

        fleet.fail("b")
        clock.now = 3.0
        await members["a"].step()
        assert members["a"].launches() == {}
        assert members["a"].down_reasons() == {"wide": "wide runs across a, b: node b is failed"}
        assert (await members["a"].status())["models"][0]["state"] == "down"

    asyncio.run(scenario())
