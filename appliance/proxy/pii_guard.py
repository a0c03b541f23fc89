"""PII masking in the proxy: the request's texts are analysed off the event loop (Presidio
in a process pool), masked with a placeholder vault, and the answer restored from the
vault's mapping (in `bookend` mode). Texts are analysed in their normalised form
(`appliance.pii.normalize`). With `[pii] scan_answers` (or a model's `pii_scan_answers`) the
answer is scanned first and new values masked (`AnswerCheck`, `appliance.pii.answers`);
when that analysis fails, the answer is not sent (503, or an error event in a stream).

Each request gets a new vault, and its placeholders are numbered from the request alone
(see `appliance.pii.vault`): a conversation sent turn after turn gets the same placeholders
from any proxy worker, on any node, after any restart, and nothing is kept between
requests, so no key can ever be given another key's values. A request with more than
`[pii] max_chars` characters of text is refused (413) before any analysis. Fail closed:
when analysis fails or times out the request is refused (503) and nothing is forwarded,
unless `[pii] fail_open` is set. Nothing here logs or counts a value; metrics and the
audit log get entity counts only.

Which models are masked comes from the agent's routes document (each model's effective
`pii`), so a model loaded at run time with `pii = true` is masked. The analysis processes
start with the proxy when node.toml or the first document asks for masking, and otherwise
when a later document first does; until they are ready, requests to masked models are
refused (503). A model the document gives no settings for is refused while `[pii]
enabled` is on, rather than forwarded unmasked.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from appliance.config import ApplianceConfig
from appliance.pii.analyzer import AnalyzerPool, AnalyzerSettings, PiiUnavailable
from appliance.pii.answers import AnswerScanner, answer_texts, answer_vault, mask_answer
from appliance.pii.normalize import Normalized
from appliance.pii.vault import Span, Vault, choose
from appliance.pii.walk import map_texts, texts_of
from appliance.proxy.errors import ProxyError
from appliance.proxy.forward import KINDS
from appliance.proxy.routes_view import RoutesView

log = logging.getLogger("appliance.proxy")


@dataclass
class Masked:
    body: dict[str, Any]
    mapping: dict[str, str]  # placeholder -> value, for restoring the answer (bookend)
    counts: dict[str, int] = field(default_factory=dict)  # entity -> findings in this request
    issued: tuple[str, ...] = ()  # every placeholder the request's vault issued (both modes)


def settings_of(config: ApplianceConfig) -> AnalyzerSettings:
    pii = config.pii
    return AnalyzerSettings(
        nlp=pii.nlp, spacy_model=pii.spacy_model, ner=pii.ner, name_shapes=pii.name_shapes,
        language=pii.language,
        entities=tuple(pii.entities), score_threshold=pii.score_threshold,
        allow_list=tuple(pii.allow_list), score_thresholds=tuple(pii.score_thresholds.items()),
        deny_lists=tuple((e, tuple(values)) for e, values in pii.deny_lists.items()),
    )


class PiiGuard:
    def __init__(self, config: ApplianceConfig, metrics: Any = None,
                 routes: Callable[[], RoutesView] = RoutesView):
        """`routes`: the routes view the proxy serves from now."""
        self.config = config
        self.metrics = metrics
        self.routes = routes
        self._starting: asyncio.Task | None = None
        self.pool = AnalyzerPool(settings_of(config), config.pii.workers, config.pii.timeout_s)
        if metrics is not None:
            metrics.pii_queue.set_function(lambda: self.pool.queued)

    async def start(self) -> None:
        """Start and warm up the analysis processes (the model loads here, not on the
        first request)."""
        await self.pool.start()

    def needed(self, view: RoutesView) -> bool:
        """Whether masking may be asked for: by node.toml or by the routes document."""
        return self.config.pii.enabled or view.pii_enabled or any(view.pii.values())

    def ensure_started(self) -> None:
        """Start the analysis processes in the background unless they run or are starting
        (a routes document asks for masking for the first time)."""
        if self.pool.running or (self._starting is not None and not self._starting.done()):
            return
        self._starting = asyncio.ensure_future(self._start_now())

    async def _start_now(self) -> None:
        try:
            await self.pool.start()
        except PiiUnavailable as exc:
            log.error("personal-data masking cannot start (%s); requests to models that mask "
                      "it are refused", exc)
            return
        log.info("personal-data masking ready")

    async def close(self) -> None:
        if self._starting is not None:
            self._starting.cancel()
        await self.pool.close()

    def applies(self, model: str) -> bool:
        """Whether `model`'s requests are masked. Raises ProxyError(503) for a model the
        routes document gives no settings for while masking is on for every model."""
        view = self.routes()
        masks = view.pii.get(model)
        if masks is not None:
            return masks
        if self.config.pii.enabled or view.pii_enabled:
            raise ProxyError(
                503, f"the proxy has no personal-data settings for {model!r}, so the request "
                "was not forwarded", "pii_settings_missing",
            )
        return False

    @property
    def restores(self) -> bool:
        return self.config.pii.mode == "bookend"

    async def mask(self, path: str, body: dict[str, Any]) -> Masked | None:
        """The body with its texts masked, or None to forward it as it is (fail open).
        Raises ProxyError(413) when the texts are over `[pii] max_chars`, and ProxyError(503)
        when analysis fails and the guard fails closed."""
        kind = KINDS[path]
        texts = texts_of(kind, body)
        if not any(texts):
            return Masked(body, {})
        chars = sum(map(len, texts))
        if chars > self.config.pii.max_chars:
            raise ProxyError(
                413, f"the request holds {chars:,} characters of text to check for personal "
                f"data, more than [pii] max_chars ({self.config.pii.max_chars:,}) allows; "
                "send less text, or ask the operator to raise [pii] max_chars",
                "pii_request_too_large",
            )
        vault = Vault()
        if self.restores:  # bookend: every placeholder-shaped text the client sent is its own
            vault.reserve(texts)
        started = time.perf_counter()
        try:
            found, analysis_s = await self._analyze(texts)
        except PiiUnavailable as exc:
            self._count("failures")
            if self.config.pii.fail_open:
                return None
            raise ProxyError(
                503, f"personal data could not be checked, so the request was not forwarded "
                f"({exc})", "pii_unavailable",
            ) from None
        finally:
            if self.metrics is not None:
                self.metrics.pii_scan.observe(time.perf_counter() - started)
        if self.metrics is not None:
            self.metrics.pii_analysis.observe(analysis_s)
        masked = iter([vault.mask(text, spans) for text, spans in zip(texts, found, strict=True)])
        counts = Counter(s.entity for spans in found for s in choose(spans))
        new_body = map_texts(kind, body, lambda _text: next(masked))
        if self.metrics is not None:
            for entity, n in counts.items():
                self.metrics.child(self.metrics.pii_entities, entity).inc(n)
            if counts:
                self.metrics.pii_masked.inc()
        mapping = vault.mapping()
        return Masked(new_body, mapping if self.restores else {}, dict(counts), tuple(mapping))

    def scans_answers(self, model: str) -> bool:
        """Whether `model`'s answers are scanned (for a model whose requests are masked):
        the routes document's setting, else `[pii] scan_answers`."""
        return self.routes().pii_scan_answers.get(model, self.config.pii.scan_answers)

    def answer_check(self, path: str, masked: Masked) -> AnswerCheck:
        """Scanning the answer to the request `masked` came from."""
        return AnswerCheck(self, KINDS[path], masked.issued)

    async def analyze_answer(self, texts: list[str]) -> list[list[Span]]:
        """Findings in an answer's texts. Raises PiiUnavailable when analysis fails or times
        out, unless `[pii] fail_open` is set (then nothing is found)."""
        if not any(texts):
            return [[] for _ in texts]
        try:
            return (await self._analyze(texts))[0]
        except PiiUnavailable:
            self._count("failures")
            if self.config.pii.fail_open:
                return [[] for _ in texts]
            raise

    async def _analyze(self, texts: list[str]) -> tuple[list[list[Span]], float]:
        """Findings in `texts` (as offsets of the texts themselves), analysed in their
        normalised form (`appliance.pii.normalize`), and the analysis time."""
        views = [Normalized(text) for text in texts]
        found, seconds = await self.pool.analyze_timed([v.text for v in views])
        return [v.spans_back(spans) for v, spans in zip(views, found, strict=True)], seconds

    def _count(self, what: str) -> None:
        if self.metrics is not None and what == "failures":
            self.metrics.pii_failures.inc()


@dataclass
class AnswerCheck:
    """Scanning one answer for personal data the client never sent (`appliance.pii.answers`):
    a new answer vault per answer, which never issues the request's placeholders."""

    guard: PiiGuard
    kind: str
    reserved: tuple[str, ...]

    def scanner(self) -> AnswerScanner:
        return AnswerScanner(self.reserved)

    async def whole(self, payload: dict[str, Any]) -> dict[str, Any]:
        """A whole answer with new values masked. Raises PiiUnavailable (fail closed)."""
        texts = answer_texts(self.kind, payload)
        if not texts:
            return payload
        found = await self.guard.analyze_answer(texts)
        return mask_answer(self.kind, payload, found, answer_vault(self.reserved))

    async def chunk(self, scanner: AnswerScanner, chunk: Any) -> list[Any]:
        """The chunks to send now for one chunk of the engine's stream."""
        texts = scanner.take(chunk)
        return scanner.give(await self.guard.analyze_answer(texts) if texts else [])

    async def end(self, scanner: AnswerScanner) -> list[Any]:
        """The chunks with what the stream's channels still hold, at its end."""
        texts = scanner.ending()
        return scanner.end(await self.guard.analyze_answer(texts) if texts else [])
