"""Scoring an analyzer's findings against the gold spans of a corpus part.

Per entity:

* a finding is correct when it overlaps (shares at least one character with) a gold span of
  the same entity in the same prompt; precision = correct findings / findings;
* a gold span is found when a finding of its entity overlaps it; recall = found / gold;
* a gold span is hidden when the findings of any entity, together, cover every letter and
  digit of it: what masking needs, since the vault merges overlapping findings into one
  placeholder. `hidden` is reported beside recall (a name found only in part, "Garcia" left
  after "Maria", is found but not hidden);
* clean rate: the share of clean prompts (no gold spans) in which the entity was found at
  all. Overall, `untouched` is the share of clean prompts with no finding of any entity.

Overlap, not exact boundaries: Presidio's boundaries differ from a labeller's ("+1" before a
number, a trailing full stop), and what masking cares about is `hidden`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from appliance.pii.vault import Span
from appliance.testing.pii_corpus import ENTITIES, Prompt

# The structured identifiers (all but names and places), scored together as "structured".
STRUCTURED = tuple(e for e in ENTITIES if e not in ("PERSON", "LOCATION"))


@dataclass
class Counts:
    gold: int = 0
    found: int = 0
    hidden: int = 0
    findings: int = 0
    correct: int = 0
    clean_prompts_hit: int = 0  # clean prompts with a finding of this entity

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float | None:
        return self.correct / self.findings if self.findings else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def hidden_rate(self) -> float | None:
        return self.hidden / self.gold if self.gold else None

    def as_dict(self, clean_prompts: int) -> dict:
        return {
            "gold": self.gold,
            "found": self.found,
            "hidden": self.hidden,
            "findings": self.findings,
            "correct_findings": self.correct,
            "precision": self.precision,
            "recall": self.recall,
            "hidden_rate": self.hidden_rate,
            "clean_prompts_hit": self.clean_prompts_hit,
            "clean_rate": self.clean_prompts_hit / clean_prompts if clean_prompts else None,
        }


@dataclass
class Miss:
    """A gold span not found, or a finding that is wrong: for reading errors on the dev part."""

    prompt_id: str
    entity: str
    value: str
    kind: str  # "missed" or "false"


@dataclass
class Report:
    entities: dict[str, Counts]
    prompts: int = 0
    clean_prompts: int = 0
    clean_untouched: int = 0
    errors: list[Miss] = field(default_factory=list)

    def total(self, entities: Iterable[str]) -> Counts:
        out = Counts()
        for e in entities:
            out.add(self.entities[e])
        return out

    @property
    def untouched_rate(self) -> float | None:
        return self.clean_untouched / self.clean_prompts if self.clean_prompts else None

    def as_dict(self) -> dict:
        return {
            "prompts": self.prompts,
            "clean_prompts": self.clean_prompts,
            "clean_untouched": self.clean_untouched,
            "untouched_rate": self.untouched_rate,
            "entities": {e: c.as_dict(self.clean_prompts) for e, c in self.entities.items()},
        }


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _hidden(text: str, start: int, end: int, findings: Sequence[Span]) -> bool:
    covered = [False] * (end - start)
    for f in findings:
        for i in range(max(start, f.start), min(end, f.end)):
            covered[i - start] = True
    return all(covered[i] for i, ch in enumerate(text[start:end]) if ch.isalnum())


def score(
    prompts: Sequence[Prompt], findings: Sequence[Sequence[Span]], entities: Sequence[str]
) -> Report:
    """Score `findings[i]` (an analyzer's spans for prompts[i]) for `entities`. Findings of
    other entities count only towards `hidden` and towards a clean prompt being touched."""
    if len(prompts) != len(findings):
        raise ValueError("one list of findings per prompt")
    report = Report({e: Counts() for e in entities}, prompts=len(prompts))
    for prompt, spans in zip(prompts, findings, strict=True):
        if prompt.clean:
            report.clean_prompts += 1
            report.clean_untouched += not spans
        for entity in entities:
            counts = report.entities[entity]
            gold = [(g.start, g.end) for g in prompt.gold if g.entity == entity]
            mine = [s for s in spans if s.entity == entity]
            counts.gold += len(gold)
            counts.findings += len(mine)
            if prompt.clean and mine:
                counts.clean_prompts_hit += 1
            for s in mine:
                if any(_overlaps((s.start, s.end), g) for g in gold):
                    counts.correct += 1
                else:
                    value = prompt.text[s.start : s.end]
                    report.errors.append(Miss(prompt.id, entity, value, "false"))
            for g in gold:
                if any(_overlaps((s.start, s.end), g) for s in mine):
                    counts.found += 1
                else:
                    value = prompt.text[g[0] : g[1]]
                    report.errors.append(Miss(prompt.id, entity, value, "missed"))
                counts.hidden += _hidden(prompt.text, g[0], g[1], spans)
    return report
