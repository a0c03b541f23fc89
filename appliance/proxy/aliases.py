"""Weighted model aliases for canaries and A/B tests: "chat" -> {"chat-v1": 0.9, "chat-v2": 0.1}.

With a session the choice is a weighted rendezvous hash of the session, so a conversation
stays on one target while the weights are unchanged, and when the canary's weight is raised
the only sessions that move are ones moving *to* the canary (nobody flips back and forth
during a ramp). Without a session a uniform `rnd` from the caller picks by cumulative
weight, which keeps this module free of randomness and its tests exact.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from appliance.proxy.routing import rendezvous_score


def check_targets(targets: Mapping[str, float]) -> list[str]:
    """Problems with an alias's targets, as sentences; empty when it is usable."""
    if not targets:
        return ["an alias needs at least one target"]
    problems = []
    for name, weight in sorted(targets.items()):
        if not isinstance(weight, int | float) or not math.isfinite(weight):
            problems.append(f"target {name!r}: weight {weight!r} is not a finite number")
        elif weight < 0:
            problems.append(f"target {name!r}: weight {weight} is negative")
    if not problems and not any(w > 0 for w in targets.values()):
        problems.append("all target weights are zero")
    return problems


def resolve(alias_targets: Mapping[str, float], session: str | None, rnd: float) -> str:
    """The target model for one request. Weights are relative (normalised here); a target
    of weight 0 is never chosen. With `session`, deterministic in it (`rnd` unused);
    otherwise `rnd` in [0, 1) picks, each target with probability weight / total.

    Raises ValueError when check_targets finds problems (validate at config load)."""
    problems = check_targets(alias_targets)
    if problems:
        raise ValueError("; ".join(problems))
    live = sorted((name, w) for name, w in alias_targets.items() if w > 0)
    if session is not None:
        # the alias's targets, not its name, are hashed: renaming an alias keeps sessions
        return max(live, key=lambda t: (rendezvous_score(session, t[0], t[1]), t[0]))[0]
    return pick_cumulative(live, rnd)


def pick_cumulative(weighted: list[tuple[str, float]], rnd: float) -> str:
    """The name whose slice of [0, total) holds rnd * total, slices in list order. Out-of-
    range `rnd` is clamped to the first or last slice."""
    total = sum(w for _, w in weighted)
    point = min(max(rnd, 0.0), 1.0) * total
    upto = 0.0
    for name, weight in weighted:
        upto += weight
        if point < upto:
            return name
    return weighted[-1][0]  # rnd == 1, or rounding at the top end
