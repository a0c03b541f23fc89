"""`appliance models load|unload`: the drop-in's pure rules."""

from __future__ import annotations

import pytest

from appliance.agent.dropin import ModelsError, effective, load_model, unload_model

BASE = {"models": [{"name": "a", "source": "x", "gpu_memory_fraction": 0.1}]}


def test_load_adds_to_the_dropin_and_unload_takes_it_away() -> None:
    d = load_model(BASE, {}, {"name": "b", "source": "y", "memory_gib": 2})
    assert [m["name"] for m in effective(BASE, d)["models"]] == ["a", "b"]
    d = unload_model(BASE, d, "b")
    assert effective(BASE, d)["models"] == BASE["models"]


def test_unloading_a_node_toml_model_and_loading_it_back_by_name() -> None:
    d = unload_model(BASE, {}, "a")
    assert d == {"unloaded": ["a"]}
    assert effective(BASE, d)["models"] == []
    d = load_model(BASE, d, {"name": "a"})
    assert effective(BASE, d)["models"] == BASE["models"]


@pytest.mark.parametrize(
    ("dropin", "entry", "status", "message"),
    [
        ({}, {"source": "x"}, 400, "needs a name"),
        ({}, {"name": "a", "source": "z"}, 409, "already loaded"),
        ({}, {"name": "a"}, 409, "already loaded"),
        ({}, {"name": "zz"}, 404, "not in node.toml"),
        ({"unloaded": ["a"]}, {"name": "a", "source": "z"}, 409, "load it by name"),
        ({"models": [{"name": "b", "source": "y"}]}, {"name": "b", "source": "y"}, 409, "already loaded"),
    ],
)
def test_refusals(dropin: dict, entry: dict, status: int, message: str) -> None:
    with pytest.raises(ModelsError) as info:
        load_model(BASE, dropin, entry)
    assert info.value.status == status
    assert message in str(info.value)


def test_unload_unknown_is_404() -> None:
    with pytest.raises(ModelsError) as info:
        unload_model(BASE, {"unloaded": ["a"]}, "a")
    assert info.value.status == 404
