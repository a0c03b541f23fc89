"""The appliance's named-entity recognizer for prompts: en_core_web_md's NER component,
fine-tuned on generated prompts by scripts/train_pii_ner.py (its docstring says how).

It finds names and places in forms, JSON, tables, logs and lower-case chat that the model's
own NER misses, and leaves product names, identifiers and colours alone more often
(docs/pii.md, "Models"). It replaces the NER of the model it was trained from and of no
other: it reads that model's word vectors. `trained.json` beside the weights names the model.

Only the weights are stored (`weights.npz`, float16: 3 MB, against 6 MB in float32; the
entities found on the 1,600 dev and val prompts are the same either way). The component's
settings and labels are the base model's own, so `install` puts the weights into the base
model's NER.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

COMPONENT_DIR = Path(__file__).resolve().parent / "prompt_ner"
TRAINED_FILE = "trained.json"
WEIGHTS_FILE = "weights.npz"

log = logging.getLogger(__name__)


def base_model() -> dict[str, str]:
    """{"name": ..., "version": ...} of the model the component was trained from."""
    return json.loads((COMPONENT_DIR / TRAINED_FILE).read_text())["base"]


def fits(nlp: Any) -> bool:
    base = base_model()
    return (nlp.meta.get("name"), nlp.meta.get("version")) == (base["name"], base["version"])


def _params(nlp: Any) -> Iterator[tuple[str, Any, str]]:
    """(key, layer, parameter name) of every parameter of `nlp`'s NER, in a fixed order."""
    layers = nlp.get_pipe("ner").model.walk()
    index = 0
    for layer in layers:
        for name in layer.param_names:
            if layer.has_param(name):
                yield f"{index}_{name}", layer, name
                index += 1


def write_weights(nlp: Any, folder: Path) -> Path:
    """`nlp`'s NER weights, as float16, into `folder`/weights.npz."""
    import numpy as np

    path = folder / WEIGHTS_FILE
    with path.open("wb") as out:
        np.savez_compressed(out, **{
            key: layer.ops.to_numpy(layer.get_param(name)).astype(np.float16)
            for key, layer, name in _params(nlp)
        })
    return path


def install(nlp: Any) -> bool:
    """Put the component's weights into `nlp`'s own NER when `nlp` is the model it was
    trained from; True when it did. Another model keeps its own NER (logged once)."""
    import numpy as np

    if "ner" not in nlp.pipe_names:
        return False
    if not fits(nlp):
        base = base_model()
        log.info(
            "pii: the appliance's NER fits en_%s %s only; %s %s keeps its own NER",
            base["name"], base["version"], nlp.meta.get("name"), nlp.meta.get("version"),
        )
        return False
    with np.load(COMPONENT_DIR / WEIGHTS_FILE) as weights:
        for key, layer, name in _params(nlp):
            current = layer.get_param(name)
            value = weights[key]
            if value.shape != current.shape:
                raise ValueError(f"{WEIGHTS_FILE}: {key} has shape {value.shape}, the model's "
                                 f"{current.shape}; train the component again for this model")
            layer.set_param(name, layer.ops.asarray(value.astype(current.dtype)))
    return True
