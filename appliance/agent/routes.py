"""The agent's side of the routes document (appliance/routes.py): built from the applied
config and the engines' states, and published with a version that counts its changes.

`build_routes` is pure. `RoutesPublisher` keeps the current document, bumps the version
only when the content changes, and wakes the long polls waiting for a change.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterable, Mapping, Set

from appliance.agent.drain import WatcherBook
from appliance.config.schema import ApplianceConfig
from appliance.engines.specs import EngineSpec
from appliance.routes import (
    Address,
    AliasRoute,
    Limits,
    ModelRoute,
    ReplicaRoute,
    RoleRoute,
    RoutesDocument,
    UnixAddress,
    is_newer,
)

# The longest a long poll waits for a change before it is answered with what is there.
MAX_WAIT_S = 30.0
# Lifecycle states the document carries as they are; any other is `stopped`.
_STATES = frozenset({"stopped", "starting", "ready", "unhealthy", "backoff", "failed"})


def engine_address(spec: EngineSpec) -> Address:
    """Where a replica's engine listens (the one place that reads it from a spec)."""
    return UnixAddress(path=str(spec.socket))


def capacity_of(spec: EngineSpec) -> float:
    """A replica's routing weight: the memory it holds, summed over its GPUs (a 4-GPU
    replica at 0.9 of 80 GiB weighs 40 × a replica at 0.1 of 18 GiB). At least 0.1."""
    return max(0.1, spec.memory_gib * (len(spec.gpus) or 1))


def replica_key(node: str, engine: str) -> str:
    return f"{node}/{engine}"


def build_routes(
    config: ApplianceConfig, engines: Iterable[tuple[EngineSpec, str]], draining: Set[str],
    node: str, down: Mapping[str, str] | None = None,
) -> RoutesDocument:
    """The document for `config` (the effective one: node.toml and the drop-in) and
    `engines` as (spec, lifecycle state); engines named in `draining` are `draining`.
    A model across nodes that does not list `node` is left out; `down` gives the reason
    of each model across nodes that is down. Epoch and version are left for the
    publisher."""
    down = down or {}
    pii_on = config.pii.enabled
    role_limits = config.rate_limits.roles
    return RoutesDocument(
        node=node, epoch="", version=0, pii_enabled=pii_on,
        models=tuple(
            ModelRoute(
                name=m.name, task=m.task, pii=m.masks_pii(pii_on),
                pii_scan_answers=m.scans_answers(config.pii.scan_answers),
                # the [[models]] field comes with the engine client's timeouts; until then
                # no model retries a timed-out request
                retry_on_timeout=m.retry_on_timeout,
                down=down.get(m.name),
            )
            for m in config.models if m.meant_for(node)
        ),
        aliases=tuple(AliasRoute(name=a.name, targets=dict(a.targets)) for a in config.aliases),
        roles=tuple(
            RoleRoute(
                name=role, models=tuple(patterns),
                limits=Limits(**role_limits[role].model_dump()) if role in role_limits else Limits(),
            )
            for role, patterns in sorted(config.auth.roles.items())
        ),
        replicas=tuple(
            ReplicaRoute(
                key=replica_key(node, spec.name), model=spec.model, address=engine_address(spec),
                state="draining" if spec.name in draining else state if state in _STATES else "stopped",
                capacity=capacity_of(spec),
            )
            for spec, state in engines
        ),
    )


class RoutesPublisher:
    """The current document, its version, and the watchers waiting for the next one."""

    def __init__(self, epoch: str | None = None):
        self.epoch = epoch or secrets.token_hex(8)
        self.version = 0
        self.document: RoutesDocument | None = None
        self.body = b""  # the document's JSON, made once per version
        self.watchers = WatcherBook()
        self.closed = False
        self._changed = asyncio.Event()

    def publish(self, doc: RoutesDocument) -> bool:
        """Make `doc` current if it says something new (a new version); True if it did."""
        if doc.same_routes(self.document):
            return False
        self.version += 1
        self.document = doc.model_copy(update={"epoch": self.epoch, "version": self.version})
        self.body = self.document.to_json()
        self._wake()
        return True

    def close(self) -> None:
        """Answer every waiting poll now, and all later ones at once (the agent stops)."""
        self.closed = True
        self._wake()

    def _wake(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def wait(self, epoch: str | None, version: int, timeout_s: float) -> RoutesDocument | None:
        """The document as soon as it is newer than (epoch, version), or as it is after
        `timeout_s`; None while there is none yet."""
        deadline = asyncio.get_running_loop().time() + min(timeout_s, MAX_WAIT_S)
        while not self.closed and (self.document is None or not is_newer(self.document, epoch, version)):
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                break
            try:
                await asyncio.wait_for(self._changed.wait(), left)
            except TimeoutError:
                break
        return self.document
