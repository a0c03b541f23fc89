"""The appliance's named-entity recognizer for prompts: en_core_web_md's NER component,
fine-tuned on generated prompts by scripts/train_pii_ner.py (its docstring says how).

It finds names and places in forms, JSON, tables, logs and lower-case chat that the model's
own NER misses, and leaves product names, identifiers and colours alone more often
(docs/pii.md, "Models"). It replaces the NER of the model it was trained from and of no
other: it reads that model's word vectors. `trained.json` beside the weights names the model.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

COMPONENT_DIR = Path(__file__).resolve().parent / "prompt_ner"
TRAINED_FILE = "trained.json"

log = logging.getLogger(__name__)


def base_model() -> dict[str, str]:
    """{"name": ..., "version": ...} of the model the component was trained from."""
    return json.loads((COMPONENT_DIR / TRAINED_FILE).read_text())["base"]


def fits(nlp: Any) -> bool:
    base = base_model()
    return (nlp.meta.get("name"), nlp.meta.get("version")) == (base["name"], base["version"])


def install(nlp: Any) -> bool:
    """Put the component in place of `nlp`'s own NER when `nlp` is the model it was trained
    from; True when it did. Another model keeps its own NER (logged once)."""
    if "ner" not in nlp.pipe_names:
        return False
    if not fits(nlp):
        base = base_model()
        log.info(
            "pii: the appliance's NER fits en_%s %s only; %s %s keeps its own NER",
            base["name"], base["version"], nlp.meta.get("name"), nlp.meta.get("version"),
        )
        return False
    nlp.get_pipe("ner").from_disk(COMPONENT_DIR, exclude=["vocab"])
    return True
