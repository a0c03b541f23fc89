"""Make the whole fleet's Serf keyrings match this node's fleet keyring, with no outage.

Serf's keyring commands act on every live member at once (they travel as Serf queries), and
each member rewrites its own keyring file. A rotation is three runs of the same command,
`appliance fleet keys apply`, between edits of the keyring file:

1. new key added as the FIRST line, the old one kept below it: `apply` installs the new
   key everywhere (accepted), then makes it the primary (gossip is now encrypted with it,
   and the old key still decrypts what is in flight);
2. old line deleted: `apply` removes the old key everywhere.

Each step goes on only when every member answered without error, so a member that missed
a step (down, partitioned) never ends up unable to talk: run `apply` again when it is back.
`plan` is pure; `apply` runs it over an RPC connection.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from appliance.fleet.keys import fingerprint
from appliance.fleet.serf_rpc import KeyCommandError, KeyResult, SerfRPC

Op = Literal["install", "use", "remove"]


@dataclass(frozen=True)
class Step:
    op: Op
    key: str  # base64 gossip key: never printed, see `fingerprint`

    def describe(self) -> str:
        what = {"install": "install (accepted)", "use": "make primary", "remove": "remove"}
        return f"{what[self.op]} key {fingerprint(self.key)}"


@dataclass(frozen=True)
class StepResult:
    step: Step
    result: KeyResult
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and self.result.complete


def plan(wanted: Sequence[str], present: Mapping[str, int], members: int) -> list[Step]:
    """The steps that make every member's keyring `wanted` (primary first), given
    `present` (key -> how many of `members` hold it). Installs come first, then the
    primary, then removals; an install that every member has already is skipped."""
    if not wanted:
        raise ValueError("the fleet keyring has no key")
    steps = [Step("install", k) for k in wanted if present.get(k, 0) < members]
    steps.append(Step("use", wanted[0]))
    steps += [Step("remove", k) for k in sorted(present) if k not in wanted]
    return steps


async def apply(rpc: SerfRPC, wanted: Sequence[str]) -> list[StepResult]:
    """Carry out `plan`, stopping after the first step some member did not confirm."""
    listed = await rpc.list_keys()
    done: list[StepResult] = []
    for step in plan(wanted, listed.keys, listed.nodes):
        call = {"install": rpc.install_key, "use": rpc.use_key, "remove": rpc.remove_key}[step.op]
        try:
            outcome = StepResult(step, await call(step.key))
        except KeyCommandError as exc:
            outcome = StepResult(step, exc.result, exc.error)
        done.append(outcome)
        if not outcome.ok:
            break
    return done
