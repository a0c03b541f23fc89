"""scripts/pii_eval.py: how well the PII analyzer finds personal data, on the labelled corpus.

The corpus is `appliance.testing.pii_corpus`: a dev part (1,000 prompts, the one the
recognizers are tuned on), a validation part (600 prompts, written apart, for reading errors
while tuning), a second one (val2: 600 prompts, written apart, for choosing between detector
configurations) and a held-out part (600 prompts, written apart, never tuned on), each about
40% clean prompts full of decoys. The analyzer (`build_engine` and `analyze` of
appliance.pii.analyzer, in this process, one call per prompt after a warm-up) runs over
every prompt for each combination asked for:

    --parts dev,heldout      which parts (dev, val, val2, ..., val44, heldout)
    --modes spacy,patterns   the analyzer's modes ([pii] nlp)
    --models A,B             spaCy models for spacy mode (package names, or a model folder)
    --ner appliance,model    the appliance's NER trained on prompts (appliance.pii.prompt_ner,
                             where it fits the model: en_core_web_md 3.7.1), or the model's own
    --recognizers appliance,presidio
                             the appliance's recognizers, or Presidio's predefined ones
                             alone (what releases before had), for before-and-after
    --no-name-shapes         with [pii] name_shapes off (appliance.pii.name_shapes)

Scoring (`appliance.testing.pii_corpus.score`): per entity, precision (findings that
overlap a gold span of their entity), recall (gold spans overlapped by a finding of their
entity), hidden (gold spans whose every letter and digit some finding covers: what masking
needs) and the clean rate (clean prompts with a finding of the entity). "structured" sums
EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, US_SSN and ACCOUNT_NUMBER;
"untouched" is the share of clean prompts with no finding at all. Also printed: Presidio's
own time per prompt (mean and median of the analyze calls). With both recognizer sets asked
for, their engines take turns on each prompt (A B, then B A) and the ratio of their times is
printed: the median over prompts of appliance ÷ presidio.

`--errors N` lists up to N misses and false findings per run, for the parts of `READABLE` only
(held-out, val20 to val22 and val39 to val44 are for measuring, not for reading).
`--json PATH` writes every number.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import time
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from appliance.pii.analyzer import AnalyzerSettings, analyze, build_engine
from appliance.testing.pii_corpus import ENTITIES, Prompt
from appliance.testing.pii_corpus.score import STRUCTURED, Counts, Report, score

NER_ONLY = ("PERSON", "LOCATION")
# The corpus's parts by name, each with its prompts: dev, val, val2 to val44 and held-out.
PARTS = {
    name: importlib.import_module(f"appliance.testing.pii_corpus.{name}").prompts
    for name in ("dev", "val", *(f"val{n}" for n in range(2, 45)), "heldout")
}
# Parts whose errors --errors lists (val3 to val18 were blind until 2026-12-04/05, val19 and
# val23 until the nineteenth round, val24 to val35 until the twentieth to thirty-first,
# val36 to val38 until the thirty-second, when their errors were read for the name rules;
# held-out, val20 to val22 and val39 to val44 never).
READABLE = (
    "dev", "val", "val2", "val3", "val4", "val5", "val6", "val7", "val8", "val9", "val10",
    "val11", "val12", "val13", "val14", "val15", "val16", "val17", "val18", "val19", "val23",
    "val24", "val25", "val26", "val27", "val28", "val29", "val30", "val31", "val32", "val33",
    "val34", "val35", "val36", "val37", "val38",
)
WARMUP = "Warm-up: Jane Roe, jane@example.com, (212) 555-0142, account number 12345678."


def engines(
    mode: str, model: str, ner: str, recognizer_sets: list[str], name_shapes: bool = True
) -> dict[str, tuple]:
    """recognizers -> (settings, engine), each built and warmed up."""
    out = {}
    for recognizers in recognizer_sets:
        entities = tuple(e for e in ENTITIES if recognizers == "appliance" or e != "ACCOUNT_NUMBER")
        settings = AnalyzerSettings(nlp=mode, spacy_model=model, ner=ner, entities=entities,
                                    name_shapes=name_shapes)
        engine = build_engine(settings, recognizers=recognizers)
        analyze(engine, settings, [WARMUP])
        out[recognizers] = (settings, engine)
    return out


def run(prompts: list[Prompt], built: dict[str, tuple]) -> dict[str, tuple[Report, list[float]]]:
    """Each recognizer set's report and the seconds of each of its analyze calls. The sets
    take turns on each prompt (A B, then B A on the next), so that the machine's drift falls
    on all of them alike."""
    found: dict[str, list] = {name: [] for name in built}
    seconds: dict[str, list[float]] = {name: [] for name in built}
    order = list(built)
    for i, prompt in enumerate(prompts):
        for name in order if i % 2 == 0 else reversed(order):
            settings, engine = built[name]
            t = time.perf_counter()
            (spans,) = analyze(engine, settings, [prompt.text])
            seconds[name].append(time.perf_counter() - t)
            found[name].append(spans)
    return {name: (score(prompts, found[name], ENTITIES), seconds[name]) for name in built}


def fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def table(title: str, report: Report, mode: str) -> Table:
    t = Table(title=title, title_justify="left")
    for col in ("entity", "gold", "findings", "precision", "recall", "hidden", "clean rate"):
        t.add_column(col, justify="left" if col == "entity" else "right")

    def row(name: str, c: Counts) -> None:
        clean = c.clean_prompts_hit / report.clean_prompts if report.clean_prompts else None
        t.add_row(
            name, str(c.gold), str(c.findings), fmt(c.precision), fmt(c.recall),
            fmt(c.hidden_rate), fmt(clean),
        )  # fmt: skip

    for entity, c in report.entities.items():
        row(entity + (" (no NER)" if mode == "patterns" and entity in NER_ONLY else ""), c)
    t.add_section()
    row("structured", report.total(STRUCTURED))
    t.add_row(
        "clean prompts untouched", "", "", "", "", "",
        f"{report.clean_untouched}/{report.clean_prompts} = {fmt(report.untouched_rate)}",
    )  # fmt: skip
    return t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default="dev,heldout")
    parser.add_argument("--modes", default="spacy,patterns")
    parser.add_argument("--models", default=AnalyzerSettings().spacy_model)
    parser.add_argument("--ner", default="appliance",
                        help="appliance (the NER trained on prompts, where it fits the "
                        "model), model (the model's own), or both: appliance,model")
    parser.add_argument("--recognizers", default="appliance")
    parser.add_argument("--name-shapes", action=argparse.BooleanOptionalAction, default=True,
                        help="[pii] name_shapes on (the default) or off (the appliance's "
                        "recognizers only)")
    parser.add_argument("--json", metavar="PATH", help="write the numbers here")
    parser.add_argument("--errors", type=int, default=0,
                        help="list up to N errors of each part that may be read (not "
                        "held-out, val20 to val22, val39 to val44)")
    args = parser.parse_args()
    unknown = [part for part in args.parts.split(",") if part not in PARTS]
    if unknown:
        parser.error(f"no part {', '.join(unknown)}: the parts are {', '.join(PARTS)}")

    console = Console(width=max(Console().width, 110))
    results = []
    for part in args.parts.split(","):
        prompts = PARTS[part]()
        words = statistics.fmean(len(p.text.split()) for p in prompts)
        console.print(
            f"[bold]{part}[/]: {len(prompts)} prompts, {sum(p.clean for p in prompts)} clean, "
            f"{sum(len(p.gold) for p in prompts)} gold spans, {words:.0f} words on average"
        )
        for mode in args.modes.split(","):
            runs = [(m, n) for m in args.models.split(",") for n in args.ner.split(",")]
            for model, ner in runs if mode == "spacy" else [("-", "model")]:
                built = engines(mode, model if model != "-" else "", ner,
                                args.recognizers.split(","), args.name_shapes)
                reports = run(prompts, built)
                for recognizers, (report, seconds) in reports.items():
                    name = f"{part} · {mode}{' · ' + Path(model).name if model != '-' else ''}"
                    name += f"{' · ' + ner + ' NER' if model != '-' else ''}"
                    name += f" · {recognizers} recognizers"
                    name += "" if args.name_shapes else " · no name shapes"
                    console.print(table(name, report, mode))
                    mean_ms = statistics.fmean(seconds) * 1e3
                    median_ms = statistics.median(seconds) * 1e3
                    console.print(
                        f"  Presidio's time per prompt: mean {mean_ms:.2f} ms, median "
                        f"{median_ms:.2f} ms"
                    )
                    if args.errors and part not in READABLE:
                        console.print(f"  errors not listed: {part} is for measuring, not "
                                      "for reading")
                    if part in READABLE:
                        for e in report.errors[: args.errors]:
                            console.print(
                                f"  {e.kind:6} {e.entity:14} {escape(repr(e.value))} "
                                f"in {e.prompt_id}", highlight=False,
                            )  # fmt: skip
                    console.print()
                    results.append(
                        {
                            "part": part,
                            "mode": mode,
                            "model": model,
                            "ner": ner,
                            "recognizers": recognizers,
                            "name_shapes": args.name_shapes,
                            "mean_ms": mean_ms,
                            "median_ms": median_ms,
                            "structured": report.total(STRUCTURED).as_dict(report.clean_prompts),
                            **report.as_dict(),
                        }
                    )
                if {"appliance", "presidio"} <= set(reports):
                    mine, theirs = reports["appliance"][1], reports["presidio"][1]
                    ratio = statistics.median(a / b for a, b in zip(mine, theirs, strict=True))
                    console.print(
                        f"  [bold]time, appliance ÷ presidio recognizers[/] (interleaved, same "
                        f"prompts): median of per-prompt ratios {ratio:.2f}; sums "
                        f"{sum(mine) / sum(theirs):.2f}\n"
                    )
                    results[-1]["time_ratio_vs_presidio"] = ratio
                    results[-2]["time_ratio_vs_presidio"] = ratio
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
        console.print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
