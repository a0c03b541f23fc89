"""PII analyzer: what each mode finds and where, the allow list, the threshold, the worker pool
(warm-up, timeout, worker failure, close) with no request text in its errors, long texts in
pieces that take turns with other requests, workers that answer analysis only, and analysis
with the network cut off. Pool tests that need to hold or inspect a worker use
`appliance.testing.pii_pool.ProbingPool`."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytest.importorskip("presidio_analyzer")

from appliance.errors import ApplianceError  # noqa: E402
from appliance.pii import analyzer  # noqa: E402
from appliance.pii.analyzer import (  # noqa: E402
    AnalyzerPool,
    AnalyzerSettings,
    PiiUnavailable,
    analyze,
    answer,
    build_engine,
)
from appliance.pii.pieces import split  # noqa: E402
from appliance.testing.pii_pool import ProbingPool  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

EMAIL = "dana.whitfield@example.com"
PHONE = "(415) 867-2291"
CARD = "4539 1488 0343 6467"  # passes the Luhn check
PERSON = "Dana Whitfield"
TEXT = (
    f"Hello, this is {PERSON}. Write to {EMAIL} or use my phone {PHONE}; "
    f"the credit card on file is {CARD}."
)


@pytest.fixture(scope="module")
def spacy_engine():
    settings = AnalyzerSettings(nlp="spacy")
    return settings, build_engine(settings)


@pytest.fixture(scope="module")
def patterns_engine():
    settings = AnalyzerSettings(nlp="patterns")
    return settings, build_engine(settings)


def found(text: str, spans) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s in spans:
        out.setdefault(s.entity, set()).add(text[s.start : s.end])
    return out


def test_patterns_mode_finds_pattern_entities_and_names_only_where_the_text_says(
    patterns_engine,
):
    settings, engine = patterns_engine
    (spans,) = analyze(engine, settings, [TEXT])
    got = found(TEXT, spans)
    assert got["EMAIL_ADDRESS"] == {EMAIL}
    assert got["PHONE_NUMBER"] == {PHONE}
    assert got["CREDIT_CARD"] == {CARD}
    assert got["PERSON"] == {PERSON}  # "this is Dana Whitfield." says so
    assert spans == sorted(spans, key=lambda s: (s.start, s.end, s.entity))
    text = f"The report {PERSON} wrote arrived."  # no NER model: no name in plain prose
    (spans,) = analyze(engine, settings, [text])
    assert spans == []


def test_spacy_mode_also_finds_the_person(spacy_engine):
    settings, engine = spacy_engine
    (spans,) = analyze(engine, settings, [TEXT])
    got = found(TEXT, spans)
    assert got["PERSON"] == {PERSON}
    assert got["EMAIL_ADDRESS"] == {EMAIL}
    assert got["PHONE_NUMBER"] == {PHONE}
    assert got["CREDIT_CARD"] == {CARD}
    assert all(s.score >= settings.score_threshold for s in spans)


def test_one_list_per_text_in_order(patterns_engine):
    settings, engine = patterns_engine
    texts = ["nothing here", f"mail {EMAIL}", "", f"card {CARD}"]
    result = analyze(engine, settings, texts)
    assert [sorted(found(t, s)) for t, s in zip(texts, result, strict=True)] == [
        [],
        ["EMAIL_ADDRESS"],
        [],
        ["CREDIT_CARD"],
    ]


def test_allow_list_suppresses_exactly_that_value(patterns_engine):
    _, engine = patterns_engine
    text = f"Copy support@example.org and {EMAIL} on the ticket."
    settings = AnalyzerSettings(nlp="patterns", allow_list=("support@example.org",))
    (spans,) = analyze(engine, settings, [text])
    assert found(text, spans) == {"EMAIL_ADDRESS": {EMAIL}}
    (spans,) = analyze(engine, AnalyzerSettings(nlp="patterns"), [text])
    assert found(text, spans)["EMAIL_ADDRESS"] == {EMAIL, "support@example.org"}


def test_threshold_filters_low_scores(patterns_engine):
    _, engine = patterns_engine
    # Bare digits with no word next to them: the phone recognizer's base score is 0.4.
    text = "It was 4158672291 after six."
    (spans,) = analyze(engine, AnalyzerSettings(nlp="patterns", score_threshold=0.5), [text])
    assert spans == []
    (spans,) = analyze(engine, AnalyzerSettings(nlp="patterns", score_threshold=0.3), [text])
    assert found(text, spans) == {"PHONE_NUMBER": {"4158672291"}}
    assert all(0.3 <= s.score < 0.5 for s in spans)
    # A threshold of its own for one entity replaces the common one for it alone.
    settings = AnalyzerSettings(
        nlp="patterns", score_threshold=0.5, score_thresholds=(("PHONE_NUMBER", 0.3),)
    )
    (spans,) = analyze(engine, settings, [text])
    assert found(text, spans) == {"PHONE_NUMBER": {"4158672291"}}
    with pytest.raises(ValueError, match="PHONE_NUMBER must be between 0 and 1"):
        AnalyzerSettings(score_thresholds=(("PHONE_NUMBER", 1.5),))


def test_entities_setting_filters_types(patterns_engine):
    _, engine = patterns_engine
    settings = AnalyzerSettings(nlp="patterns", entities=("CREDIT_CARD",))
    (spans,) = analyze(engine, settings, [TEXT])
    assert found(TEXT, spans) == {"CREDIT_CARD": {CARD}}


def test_unknown_entity_and_missing_model_are_errors_without_download(monkeypatch):
    import spacy.cli

    def no_download(*args, **kwargs):
        raise AssertionError("tried to download a model")

    monkeypatch.setattr(spacy.cli, "download", no_download)
    with pytest.raises(PiiUnavailable, match="NOT_AN_ENTITY"):
        build_engine(AnalyzerSettings(nlp="patterns", entities=("EMAIL_ADDRESS", "NOT_AN_ENTITY")))
    with pytest.raises(PiiUnavailable, match="en_core_web_missing"):
        build_engine(AnalyzerSettings(nlp="spacy", spacy_model="en_core_web_missing"))
    assert issubclass(PiiUnavailable, ApplianceError)
    with pytest.raises(ValueError):
        AnalyzerSettings(nlp="stanza")


_holds = itertools.count()


async def hold(pool: AnalyzerPool, tmp_path: Path) -> tuple[asyncio.Future, Path]:
    """Keep one of the pool's workers busy until the returned path is created; returns once
    the worker holds (the request and the path that releases it)."""
    n = next(_holds)
    started, release = tmp_path / f"held-{n}", tmp_path / f"release-{n}"
    held = asyncio.ensure_future(pool.request("hold", str(started), str(release)))
    await wait_for(started.exists, 60)
    return held, release


def test_pool_warms_up_analyzes_times_out_and_closes(spacy_engine, tmp_path):
    marker = "zebra-kumquat-7731"

    async def scenario() -> None:
        pool = ProbingPool(AnalyzerSettings(nlp="spacy"), workers=1, timeout_s=30)
        await pool.start()
        try:
            assert len(pool.worker_pids) == 1
            assert await pool.request("probe") == (True, True)

            result = await pool.analyze([TEXT, "no personal data here"])
            settings, engine = spacy_engine
            assert result[0] == analyze(engine, settings, [TEXT])[0]
            assert found(TEXT, result[0])["PERSON"] == {PERSON}
            assert result[1] == []

            # A failure whose own message quotes the text: only the type comes back, and
            # the worker goes on.
            await pool.request("break")
            with pytest.raises(PiiUnavailable, match="ValueError") as leaky:
                await pool.analyze([f"{marker} {TEXT}"])
            _assert_no_text(leaky.value, marker)
            await pool.request("mend")
            assert found(TEXT, (await pool.analyze([TEXT]))[0])["EMAIL_ADDRESS"] == {EMAIL}

            # A timeout: seconds of work (three pieces), 50 ms allowed.
            pool.timeout_s = 0.05
            slow = f"{marker} {PERSON} writes from {EMAIL}, phone {PHONE}. " * 150
            with pytest.raises(PiiUnavailable, match="timed out") as timed_out:
                await pool.analyze([slow])
            _assert_no_text(timed_out.value, marker)

            # A worker that dies (killed for memory, say) while it works on a request.
            pool.timeout_s = 30
            held, _ = await hold(pool, tmp_path)
            os.kill(pool.worker_pids[0], signal.SIGKILL)
            with pytest.raises(PiiUnavailable, match="died") as died:
                await held
            _assert_no_text(died.value, marker)
            # ... and the pool replaces it: requests work again once the new one is warm
            assert pool._restarting is not None
            await pool._restarting
            assert pool.restarts == 1
            assert found(TEXT, (await pool.analyze([TEXT]))[0])["EMAIL_ADDRESS"] == {EMAIL}
        finally:
            pids = pool.worker_pids
            await pool.close()
        for pid in pids:
            with pytest.raises(ProcessLookupError):
                os.kill(pid, 0)
        with pytest.raises(PiiUnavailable, match="not running"):
            await pool.analyze([TEXT])

    asyncio.run(scenario())


def _assert_no_text(exc: BaseException, marker: str) -> None:
    assert marker not in str(exc) and marker not in repr(exc)
    assert "dana" not in str(exc).lower()
    assert exc.__cause__ is None and exc.__context__ is None


def test_pool_queues_requests_first_come_first_served_and_drops_those_that_time_out(tmp_path):
    """More requests than workers wait in the pool's queue; one whose time runs out while
    queued is dropped there and never reaches a worker; the rest are answered in order."""
    marker = tmp_path / "ran"

    async def scenario() -> None:
        pool = ProbingPool(AnalyzerSettings(nlp="patterns"), workers=1, timeout_s=30)
        await pool.start()
        try:
            busy, release = await hold(pool, tmp_path)  # holds the one worker
            pool.timeout_s = 0.2
            with pytest.raises(PiiUnavailable, match="timed out"):
                await pool.request("touch", str(marker))
            pool.timeout_s = 30
            order: list[int] = []

            async def ask(i: int) -> None:
                asked = time.monotonic()
                spans, seconds = await pool.analyze_timed([f"{i}: write to {EMAIL}"])
                waited = time.monotonic() - asked
                assert found(f"{i}: write to {EMAIL}", spans[0]) == {"EMAIL_ADDRESS": {EMAIL}}
                assert 0 < seconds <= waited  # the analysis alone: a part of the whole wait
                order.append(i)

            asks = [asyncio.ensure_future(ask(i)) for i in range(5)]
            await wait_for(lambda: pool.queued == 5, 10)  # all wait behind the held worker
            release.touch()
            await busy
            await asyncio.gather(*asks)
            assert order == [0, 1, 2, 3, 4]
            assert pool.queued == 0
            assert not marker.exists()  # the timed-out request never ran
            assert await pool.analyze([]) == []
        finally:
            await pool.close()

    asyncio.run(scenario())


LONG = " ".join(
    f"Entry {i}: the team met again and wrote to person{i}@example.com about card "
    f"{CARD} and the open questions of the week. " for i in range(60)
)


def test_a_long_text_is_analysed_in_pieces_and_finds_what_the_whole_text_finds(
    patterns_engine,
):
    settings, engine = patterns_engine
    (whole,) = analyze(engine, settings, [LONG])
    assert len(found(LONG, whole)["EMAIL_ADDRESS"]) == 60

    async def scenario() -> None:
        pool = AnalyzerPool(settings, workers=2, timeout_s=60, piece_chars=500)
        await pool.start()
        try:
            spans, seconds = await pool.analyze_timed([LONG, TEXT])
        finally:
            await pool.close()
        assert len(split([LONG], 500)) > 20  # many pieces, cut across the e-mails and cards
        assert spans[0] == whole
        assert spans[1] == analyze(engine, settings, [TEXT])[0]
        assert seconds > 0

    asyncio.run(scenario())


def test_a_long_request_takes_turns_with_others_and_stops_when_it_times_out(tmp_path):
    """With one analyzer, a short request that comes after a long one is answered after one
    of the long one's pieces, not after all; a long request that times out leaves its
    queued pieces unanalysed, so the analyzer is free again at once."""

    async def scenario() -> None:
        pool = ProbingPool(AnalyzerSettings(nlp="patterns"), workers=1, timeout_s=60,
                           piece_chars=500)
        await pool.start()
        try:
            done: list[str] = []

            async def ask(name: str, text: str) -> None:
                await pool.analyze([text])
                done.append(name)

            held, release = await hold(pool, tmp_path)
            long = asyncio.ensure_future(ask("long", LONG))
            await wait_for(lambda: pool.queued == 1, 10)
            short = asyncio.ensure_future(ask("short", TEXT))
            await wait_for(lambda: pool.queued == 2, 10)
            release.touch()
            await asyncio.gather(held, long, short)
            assert done == ["short", "long"]
            before = await pool.request("analyses")

            held, release = await hold(pool, tmp_path)
            pool.timeout_s = 0.2
            with pytest.raises(PiiUnavailable, match="timed out"):
                await pool.analyze([LONG])
            pool.timeout_s = 60
            release.touch()
            await held
            assert await pool.request("analyses") == before  # none of its pieces ran
        finally:
            await pool.close()

    asyncio.run(scenario())


def test_workers_answer_analysis_only(tmp_path):
    """A message asking a worker to run a function is refused: the product's workers have no
    test hook (tests use ProbingPool, whose handler is chosen when a worker starts)."""
    marker = tmp_path / "ran"
    call = ("call", Path.touch, (marker,))
    assert answer(call) == ("error", "unknown request to an analyzer")

    async def scenario() -> None:
        pool = AnalyzerPool(AnalyzerSettings(nlp="patterns"), workers=1, timeout_s=30)
        await pool.start()
        try:
            with pytest.raises(PiiUnavailable, match="unknown request"):
                await pool._ask([call])
            assert found(TEXT, (await pool.analyze([TEXT]))[0])["EMAIL_ADDRESS"] == {EMAIL}
        finally:
            await pool.close()

    asyncio.run(scenario())
    assert not marker.exists()
    assert not hasattr(AnalyzerPool, "_call")


def test_pool_keeps_trying_to_replace_a_dead_worker_and_fails_fast_meanwhile(monkeypatch, tmp_path):
    """A replacement that cannot start (its model gone, say) is tried again with a growing
    delay; while no worker runs, requests fail at once instead of waiting for their timeout;
    once a replacement starts, requests work again."""
    monkeypatch.setattr(analyzer, "RESTART_FIRST_DELAY_S", 0.2)

    async def scenario() -> None:
        pool = ProbingPool(AnalyzerSettings(nlp="patterns"), workers=1, timeout_s=30)
        await pool.start()
        try:
            good = pool.settings
            pool.settings = AnalyzerSettings(nlp="spacy", spacy_model="en_core_web_missing")
            held, _ = await hold(pool, tmp_path)
            os.kill(pool.worker_pids[0], signal.SIGKILL)
            with pytest.raises(PiiUnavailable, match="died"):
                await held
            await wait_for(lambda: pool.restart_failures >= 1, 60)
            # "died" at once, not "analysis timed out after 30 s": it did not wait for a worker
            with pytest.raises(PiiUnavailable, match="died"):
                await pool.analyze([TEXT])
            await wait_for(lambda: pool.restart_failures >= 2, 60)  # tried again
            pool.settings = good  # the model is back
            await wait_for(lambda: pool.restarts == 1, 60)
            assert found(TEXT, (await pool.analyze([TEXT]))[0])["EMAIL_ADDRESS"] == {EMAIL}
        finally:
            await pool.close()
        assert pool._restarting is None

    asyncio.run(scenario())


async def wait_for(condition, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


def test_pool_start_fails_with_the_reason_and_leaves_nothing_running():
    pool = AnalyzerPool(
        AnalyzerSettings(nlp="spacy", spacy_model="en_core_web_missing"), workers=1, timeout_s=5
    )
    with pytest.raises(PiiUnavailable, match="en_core_web_missing"):
        asyncio.run(pool.start())
    assert not pool.running and pool.worker_pids == ()


GUARD = """
import ipaddress, os, socket

def _local(host):
    if host is None or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False

def _record(host):
    with open(os.environ["NET_ATTEMPTS"], "a") as f:
        f.write(f"{host}\\n")

_connect, _getaddrinfo = socket.socket.connect, socket.getaddrinfo

def connect(self, address):
    if isinstance(address, tuple) and not _local(address[0]):
        _record(address[0])
        raise OSError("network disabled")
    return _connect(self, address)

def getaddrinfo(host, *args, **kwargs):
    if not _local(host.decode() if isinstance(host, bytes) else host):
        _record(host)
        raise socket.gaierror(socket.EAI_NONAME, "network disabled")
    return _getaddrinfo(host, *args, **kwargs)

socket.socket.connect = connect
socket.getaddrinfo = getaddrinfo
"""

OFFLINE_SCRIPT = """
import asyncio, json, os, socket, sys
from pathlib import Path

attempts = Path(os.environ["NET_ATTEMPTS"])
try:  # the guard is active
    socket.create_connection(("203.0.113.9", 443), timeout=1)
    raise SystemExit("guard not active")
except OSError:
    pass
assert attempts.read_text().strip(), "guard did not record"
attempts.write_text("")

from appliance.pii.analyzer import AnalyzerPool, AnalyzerSettings, analyze, build_engine

text = sys.argv[1]
out = {}
settings = AnalyzerSettings(nlp="patterns")
out["patterns"] = [(s.entity, text[s.start:s.end]) for s in analyze(build_engine(settings), settings, [text])[0]]
out["model_loaded_by_patterns"] = any(m.startswith("en_core_web") for m in sys.modules)

async def pool():
    p = AnalyzerPool(AnalyzerSettings(nlp="spacy"), workers=1, timeout_s=30)
    await p.start()
    try:
        return [(s.entity, text[s.start:s.end]) for s in (await p.analyze([text]))[0]]
    finally:
        await p.close()

out["pool"] = asyncio.run(pool())
print(json.dumps(out))
"""


def test_analysis_works_with_the_network_cut_off(tmp_path):
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(textwrap.dedent(GUARD))
    cache = tmp_path / "cache"  # empty: no suffix list cached from an earlier run
    attempts = tmp_path / "attempts.log"
    attempts.write_text("")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("TLDEXTRACT_CACHE", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS")
    }
    env.update(
        PYTHONPATH=os.pathsep.join([str(guard), str(ROOT)]),
        XDG_CACHE_HOME=str(cache),
        NET_ATTEMPTS=str(attempts),
    )
    proc = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT, TEXT],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    assert attempts.read_text() == ""
    assert not (cache / "python-tldextract").exists()  # nothing cached either
    out = json.loads(proc.stdout)
    assert ["EMAIL_ADDRESS", EMAIL] in out["patterns"]
    assert ["CREDIT_CARD", CARD] in out["patterns"]
    assert out["model_loaded_by_patterns"] is False
    assert ["PERSON", PERSON] in out["pool"]
    assert ["EMAIL_ADDRESS", EMAIL] in out["pool"]
