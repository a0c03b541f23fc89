"""Serf's RPC records turned into Members and events (pure parts of the Serf shell)."""

from __future__ import annotations

import ipaddress

import pytest

from appliance.cli.fleet_cmd import member_rows
from appliance.fleet.membership import Member
from appliance.fleet.serf_membership import resync_events, to_event, to_member
from appliance.fleet.serf_rpc import KeyResult, member_address


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (bytes([10, 0, 0, 5]), "10.0.0.5"),
        (ipaddress.ip_address("::ffff:10.0.0.5").packed, "10.0.0.5"),  # Go's 16-byte IPv4
        (ipaddress.ip_address("fd00::5").packed, "fd00::5"),
    ],
)
def test_member_addresses(raw, text):
    assert member_address(raw) == text


def record(name: str, status: str, **tags: str) -> dict:
    return {"Name": name, "Addr": bytes([10, 0, 0, 1]), "Port": 7946, "Tags": tags,
            "Status": status, "ProtocolCur": 5}


def test_records_become_members_and_events():
    member = to_member(record("a", "alive", drain="1"))
    assert member == Member("a", "10.0.0.1", 7946, "alive", {"drain": "1"}) and member.draining
    assert to_member(record("b", "none")).status == "failed"  # Serf's StatusNone
    event = to_event({"Event": "member-failed", "Members": [record("a", "failed")]})
    assert event is not None and event.kind == "member-failed" and not event.members[0].alive
    assert to_event({"Event": "user", "Name": "deploy"}) is None


def test_after_a_reconnect_each_member_is_told_as_it_is():
    members = [to_member(record(n, s)) for n, s in
               (("a", "alive"), ("b", "failed"), ("c", "left"), ("d", "leaving"))]
    assert [(e.kind, e.members[0].name) for e in resync_events(members)] == [
        ("member-join", "a"), ("member-failed", "b"), ("member-leave", "c"),
        ("member-leave", "d")]


def test_key_results_are_complete_only_when_every_member_answered_well():
    assert KeyResult(nodes=3, responses=3, errors=0).complete
    assert not KeyResult(nodes=3, responses=2, errors=0).complete
    assert not KeyResult(nodes=3, responses=3, errors=1).complete


def test_member_rows_for_the_members_command():
    members = [to_member(record("b", "alive", version="0.1.0", drain="1")),
               to_member(record("a", "failed"))]
    rows = member_rows(members, {"b": 4})
    assert [(r["name"], r["status"], r["version"], r["drain"], r["replicas"]) for r in rows] == [
        ("a", "failed", None, False, 0), ("b", "alive", "0.1.0", True, 4)]
    assert [r["replicas"] for r in member_rows(members, None)] == [None, None]
