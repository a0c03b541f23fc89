"""The agent's part in the fleet's membership (a shell around appliance.fleet).

With `[fleet] enabled`, at agent start: write Serf's files (state_dir/serf/), make sure
Serf runs as the `fleet-serf` program of appliance-supervisord (restarted only when its
config changed, tags aside, so an agent restart leaves the node in the fleet), connect
SerfMembership, and set this node's tags (fleet, relay, version, roles, drain). With the
fleet off and a `fleet-serf` program left from before, Serf leaves the fleet and the program
goes.

The drain flag lives in state_dir/drained whether or not the fleet is on: a drained node's
own replicas are `draining` in its routes document, and with the fleet on its `drain` tag
tells every other node.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from appliance.config.schema import ApplianceConfig
from appliance.errors import ApplianceError
from appliance.fleet import serf_config
from appliance.fleet.membership import TAG_DRAIN, Member, MembershipError
from appliance.fleet.serf_config import PROGRAM, SerfPaths
from appliance.fleet.serf_files import read_rpc_token, write_serf_files
from appliance.fleet.serf_membership import SerfMembership
from appliance.fleet.serf_rpc import SerfRPC
from appliance.supervisor.client import SupervisorClient
from appliance.supervisor.conf import SupervisorPaths, digest_of

log = logging.getLogger("appliance.agent")


class SerfMissing(ApplianceError):
    """[fleet] is enabled but the `serf` program is not installed."""


class FleetMember:
    """This node in the fleet: Serf under supervisord, the membership, the tags."""

    def __init__(self, config: ApplianceConfig, node_name: str, supervisor: SupervisorClient):
        self.config = config
        self.node_name = node_name
        self.supervisor = supervisor
        self.paths = SerfPaths.from_config(config)
        self.membership: SerfMembership | None = None

    @property
    def program_file(self) -> Path:
        return SupervisorPaths.from_config(self.config).programs_dir / f"{PROGRAM}.conf"

    async def start(self, drained: bool) -> SerfMembership:
        """Run Serf (if it does not run with this config already), connect, set tags.
        Raises SerfMissing, FleetKeyError, MembershipError (Serf does not answer)."""
        binary = shutil.which("serf")
        if binary is None:
            raise SerfMissing(
                "[fleet] enabled needs Serf: install the `serf` package (Debian, Ubuntu)"
            )
        try:
            tags = serf_config.start_tags(self.config, drained)
        except ValueError as exc:  # tags over Serf's limit
            raise ApplianceError(str(exc)) from None
        command, digest = write_serf_files(self.config, self.node_name, tags, binary)
        await self._ensure_program(command, digest)
        rpc_port = self.config.fleet.serf_rpc_port
        try:
            self.membership = await SerfMembership.connect(
                "127.0.0.1", rpc_port, read_rpc_token(self.paths), wait_s=60.0
            )
        except MembershipError as exc:
            tail = (await self.supervisor.tail(PROGRAM, 1500)).strip()
            raise ApplianceError(
                f"{exc}; the end of Serf's log ({self.config.node.log_dir}/{PROGRAM}.log):\n"
                f"{tail or '(empty)'}"
            ) from None
        # Serf may have run on through an agent restart: its tags are the ones it had
        await self.membership.set_tags(tags, delete=() if drained else (TAG_DRAIN,))
        log.info("in fleet %r as %s (Serf RPC on 127.0.0.1:%d)", self.config.fleet.name,
                 self.node_name, rpc_port)
        return self.membership

    async def _ensure_program(self, command: list[str], digest: str) -> None:
        path = self.program_file
        try:
            current = digest_of(path.read_text(encoding="utf-8"))
        except OSError:
            current = None
        processes = await self.supervisor.processes()
        running = PROGRAM in processes and processes[PROGRAM].alive
        if current == digest and running:
            return
        if PROGRAM in processes:
            log.info("restarting Serf: its configuration changed")
            await self.supervisor.stop(PROGRAM)
            await self.supervisor.remove(PROGRAM)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(serf_config.render_program(self.config, command, digest), encoding="utf-8")
        tmp.replace(path)
        self.config.node.log_dir.mkdir(parents=True, exist_ok=True)
        await self.supervisor.reload_config()
        await self.supervisor.add(PROGRAM)  # autostart: supervisord starts it now

    async def set_drained(self, drained: bool) -> None:
        """Tell the fleet (MembershipError when Serf does not answer; the agent has kept
        the flag, and the tag is set at its next start)."""
        if self.membership is not None:
            if drained:
                await self.membership.set_tags({TAG_DRAIN: "1"})
            else:
                await self.membership.set_tags({}, delete=[TAG_DRAIN])

    async def read_members(self) -> list[Member] | None:
        """Every member as Serf sees it now, for the agent's metrics; None when Serf does
        not answer (the metrics then show no fleet series rather than stale ones)."""
        if self.membership is None:
            return None
        try:
            return await self.membership.members()
        except MembershipError as exc:
            log.warning("fleet membership unreadable: %s", exc)
            return None

    @property
    def connected(self) -> bool:
        return self.membership is not None and self.membership.connected

    async def close(self) -> None:
        if self.membership is not None:
            await self.membership.close()


async def retire_serf(config: ApplianceConfig, supervisor: SupervisorClient) -> None:
    """The fleet is off: if Serf still runs from before, it leaves the fleet and its
    program goes."""
    programs = SupervisorPaths.from_config(config).programs_dir
    path = programs / f"{PROGRAM}.conf"
    processes = await supervisor.processes()
    if not path.exists() and PROGRAM not in processes:
        return
    log.info("[fleet] is off: Serf leaves the fleet")
    if PROGRAM in processes and processes[PROGRAM].alive:
        try:
            serf_paths = SerfPaths.from_config(config)
            # the port Serf was started with, not today's [fleet] serf_rpc_port
            port = int(json.loads(serf_paths.config.read_text())["rpc_addr"].rsplit(":", 1)[1])
            rpc = await SerfRPC.connect("127.0.0.1", port, read_rpc_token(serf_paths))
            await rpc.leave()
            await rpc.close()
        except (OSError, ValueError, KeyError, MembershipError) as exc:
            log.warning("Serf did not leave gracefully (%s); stopping it", exc)
    await supervisor.stop(PROGRAM)
    await supervisor.remove(PROGRAM)
    path.unlink(missing_ok=True)
    await supervisor.reload_config()
