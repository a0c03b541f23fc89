"""The fleet's membership as Prometheus families, from a list of `Member`s (pure).

Each agent exports what its Serf sees (the agent reads `Membership.members()` every
[agent] health_interval_s): how many members are in each status, and per member whether it
is alive. A member that left gracefully (`left`) has no `member_up` series: it is gone on
purpose, not down. Member names are bounded by the fleet's size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import get_args

from prometheus_client.core import GaugeMetricFamily, Metric

from appliance.fleet.membership import Member, MemberStatus

STATUSES: tuple[str, ...] = get_args(MemberStatus)


def member_families(members: Iterable[Member]) -> Iterator[Metric]:
    """`appliance_fleet_members{status}` (every status, zeros too) and
    `appliance_fleet_member_up{member}` (1 alive, 0 leaving or failed; no series once left)."""
    members = sorted(members, key=lambda m: m.name)
    counts = GaugeMetricFamily(
        "appliance_fleet_members", "Members of the fleet in each Serf status (alive, "
        "leaving, left, failed), as this node's Serf sees them.", labels=["status"])
    for status in STATUSES:
        counts.add_metric([status], sum(1 for m in members if m.status == status))
    up = GaugeMetricFamily(
        "appliance_fleet_member_up", "1 while a member of the fleet is alive, 0 while it is "
        "leaving or failed (Serf's failure detection), as this node sees it; no series for a "
        "member that left gracefully.", labels=["member"])
    for m in members:
        if m.status != "left":
            up.add_metric([m.name], 1.0 if m.alive else 0.0)
    yield counts
    yield up
