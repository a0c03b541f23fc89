"""The agent and the proxy run with MemoryDenyWriteExecute=yes (systemd/): nothing they load
may need memory that is both writable and executable (a JIT, a W+X trampoline). systemd 256
and newer enforce it with the kernel's PR_SET_MDWE; here a Python process puts itself under
the same rule, checks that the kernel refuses W+X memory, and runs what those services run:
their modules and C extensions, the PII analyzers in both modes (spaCy and its numeric
libraries included, in spawned processes, which inherit the rule), an HTTP round trip on
uvloop, and a ctypes callback (NVML's bindings use ctypes). Skipped on a kernel without
PR_SET_MDWE (before 6.3). With a GPU, tests/gpu runs NVML itself under the rule."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT

pytest.importorskip("presidio_analyzer")

NO_MDWE = 77

PRELUDE = f"""
import ctypes, mmap, sys
libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(65, 1, 0, 0, 0) != 0:  # PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN
    sys.exit({NO_MDWE})
try:
    mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
except OSError:
    pass
else:
    sys.exit("the kernel still gives out W+X memory")
"""

SCRIPT = PRELUDE + textwrap.dedent("""
    import asyncio, ctypes, json
    import uvloop
    from aiohttp import ClientSession, web

    import appliance.agent.daemon, appliance.proxy.app  # noqa: F401 - their imports load
    from appliance.pii.analyzer import AnalyzerPool, AnalyzerSettings

    TEXT = "Dana Whitfield writes from dana.whitfield@example.com, card 4539 1488 0343 6467."

    async def analyzers() -> dict:
        out = {}
        for nlp in ("spacy", "patterns"):
            pool = AnalyzerPool(AnalyzerSettings(nlp=nlp), workers=1, timeout_s=60)
            await pool.start()
            try:
                out[nlp] = sorted(s.entity for s in (await pool.analyze([TEXT]))[0])
            finally:
                await pool.close()
        return out

    async def round_trip() -> str:
        app = web.Application()
        app.router.add_get("/", lambda request: web.Response(text="pong"))
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        try:
            async with ClientSession() as session:
                async with session.get(f"http://127.0.0.1:{port}/") as r:
                    return await r.text()
        finally:
            await runner.cleanup()

    async def main() -> None:
        callback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int)(lambda x: x + 1)
        print(json.dumps({"callback": callback(41), "http": await round_trip(),
                          "pii": await analyzers()}))

    if __name__ == "__main__":
        uvloop.install()
        asyncio.run(main())
""")


def test_the_services_code_runs_with_memory_deny_write_execute(tmp_path) -> None:
    script = tmp_path / "mdwe_check.py"  # a file, so that spawned analyzers can re-import it
    script.write_text(SCRIPT)
    proc = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    if proc.returncode == NO_MDWE:
        pytest.skip("this kernel has no PR_SET_MDWE (Linux 6.3 and newer)")
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["callback"] == 42
    assert result["http"] == "pong"
    assert result["pii"]["spacy"] == ["CREDIT_CARD", "EMAIL_ADDRESS", "PERSON"]
    assert result["pii"]["patterns"] == ["CREDIT_CARD", "EMAIL_ADDRESS"]
