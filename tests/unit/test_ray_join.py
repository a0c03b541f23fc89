"""A worker's Ray waits until the head no longer lists its previous self (pure parts)."""

from __future__ import annotations

from appliance.fleet.ray_join import listed_alive, main, option, wait_for_old_self

ARGV = ["/opt/ray", "start", "--block", "--address=10.0.0.6:6379", "--node-name=gpu-02"]


def nodes(*states: tuple[str, str]) -> list[dict]:
    return [{"name": name, "state": state} for name, state in states]


def test_options_and_the_alive_check() -> None:
    assert option(ARGV, "address") == "10.0.0.6:6379"
    assert option(ARGV, "node-name") == "gpu-02"
    assert option(ARGV, "head") is None
    assert listed_alive(nodes(("gpu-02", "DEAD"), ("gpu-02", "ALIVE")), "gpu-02")
    assert not listed_alive(nodes(("gpu-02", "DEAD"), ("gpu-01", "ALIVE")), "gpu-02")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def run(answers: list, wait_s: float = 60.0) -> tuple[list[str], float]:
    """wait_for_old_self over a head whose listings are `answers` (one per read; an
    exception is raised)."""
    clock, said = Clock(), []

    def read(head: str) -> list[dict]:
        assert head == "10.0.0.6:6379"
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    wait_for_old_self("10.0.0.6:6379", "gpu-02", read, said.append, wait_s=wait_s,
                      clock=lambda: clock.now, sleep=clock.sleep)
    return said, clock.now


def test_joins_at_once_when_the_head_lists_no_live_self() -> None:
    said, waited = run([nodes(("gpu-01", "ALIVE"), ("gpu-02", "DEAD"))])
    assert said == [] and waited == 0


def test_waits_while_the_previous_self_is_alive_then_joins() -> None:
    alive = nodes(("gpu-02", "ALIVE"))
    said, waited = run([alive] * 16 + [nodes(("gpu-02", "DEAD"))])
    assert waited == 16
    assert "still lists this node (gpu-02) ALIVE" in said[0]
    assert "marked this node's previous Ray dead after 16.0 s" in said[-1]


def test_gives_up_waiting_after_the_bound_and_on_an_unreadable_head() -> None:
    said, waited = run([nodes(("gpu-02", "ALIVE"))], wait_s=5)
    assert waited == 5 and "joining anyway" in said[-1]
    said, waited = run([ConnectionError("no GCS")])
    assert waited == 0 and "cannot be asked (ConnectionError)" in said[0]


def test_refuses_a_command_that_is_not_ray_start(capsys) -> None:
    assert main(["/opt/ray", "stop"]) == 2
    assert "usage" in capsys.readouterr().err


def test_a_head_execs_at_once(monkeypatch) -> None:
    argv = ["/bin/true", "start", "--head"]
    calls = []
    monkeypatch.setattr("os.execv", lambda path, args: calls.append((path, args)))
    main(argv)
    assert calls == [("/bin/true", argv)]
