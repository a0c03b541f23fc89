"""The simulated engine: OpenAI shapes the official client parses, echo exactness, pacing,
faults, load metrics and cancellation on disconnect."""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import json
import math
import os
import socket
import stat
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import openai
import pytest
from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families

from appliance.sim.engine import make_app
from appliance.sim.options import SimOptions, SimOptionsError, parse_options
from appliance.sim.text import embedding, from_base64, split_tokens, to_base64

MODEL = "sim-chat"
KEY = "engine-token"


@contextlib.contextmanager
def serve(key: str | None = KEY, **options: object) -> Iterator[str]:
    """A simulated engine on 127.0.0.1 (a free port) in a background thread; yields its URL."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    async def start() -> web.AppRunner:
        runner = web.AppRunner(make_app(SimOptions(**options), MODEL, key),
                               handler_cancellation=True, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        return runner

    runner = asyncio.run_coroutine_threadsafe(start(), loop).result(5)
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()


def client(url: str, key: str = KEY) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=10)


def post(url: str, path: str, body: object, key: str = KEY) -> tuple[int, dict]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(f"{url}{path}", data=data, method="POST", headers={
        "Content-Type": "application/json", "Authorization": f"Bearer {key}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def metrics(url: str) -> dict[tuple[str, tuple], float]:
    """{(sample name, sorted labels): value} from /metrics (which needs no token)."""
    with urllib.request.urlopen(f"{url}/metrics", timeout=5) as response:
        text = response.read().decode()
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def gauge(url: str, name: str) -> float:
    return metrics(url)[(name, (("model_name", MODEL),))]


def wait_for(check, timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.01)


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


# --- pure helpers ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "one", "Hello  big\tworld\n", " lead and trail  "])
def test_tokens_join_back_to_the_text(text: str) -> None:
    pieces = split_tokens(text)
    assert "".join(pieces) == text
    assert len(pieces) == (len(text.split()) or (1 if text else 0))


def test_embeddings_are_deterministic_unit_vectors() -> None:
    a, b = embedding("alpha", 64), embedding("beta", 64)
    assert a == embedding("alpha", 64) and a != b and len(a) == 64
    assert math.isclose(sum(x * x for x in a), 1.0, rel_tol=1e-9)
    assert from_base64(to_base64(a)) == pytest.approx(a, abs=1e-6)


def test_options_reject_bad_values_naming_the_field() -> None:
    assert parse_options(None) == SimOptions() and parse_options(" ") == SimOptions()
    assert parse_options('{"mode": "lorem", "tokens_per_s": 20}').tokens_per_s == 20
    for raw, field in [('{"tokens_per_s": 0}', "tokens_per_s"), ('{"fail_rate": 1.5}', "fail_rate"),
                       ('{"latency": 5}', "latency"), ('{"mode": "poem"}', "mode"),
                       ('{"max_concurrency": 0}', "max_concurrency")]:
        with pytest.raises(SimOptionsError, match=field) as info:
            parse_options(raw)
        assert "\n" not in str(info.value)
    with pytest.raises(SimOptionsError, match="JSON"):
        parse_options("{mode")


# --- the official client --------------------------------------------------------------


def test_official_client_parses_every_endpoint() -> None:
    with serve() as url:
        c = client(url)
        messages = [{"role": "system", "content": "be brief"}, *user("what is  the answer?")]
        chat = c.chat.completions.create(model=MODEL, messages=messages)
        assert chat.choices[0].message.content == "what is  the answer?"
        assert chat.choices[0].finish_reason == "stop"
        assert (chat.usage.prompt_tokens, chat.usage.completion_tokens) == (6, 4)

        chunks = list(c.chat.completions.create(
            model=MODEL, messages=messages, stream=True, stream_options={"include_usage": True}))
        assert chunks[0].choices[0].delta.role == "assistant"
        assert chunks[-2].choices[0].finish_reason == "stop"
        assert chunks[-1].choices == [] and chunks[-1].usage.total_tokens == 10

        completion = c.completions.create(model=MODEL, prompt="Say this", max_tokens=1)
        assert completion.object == "text_completion"
        assert completion.choices[0].text == "Say" and completion.choices[0].finish_reason == "length"
        streamed = c.completions.create(model=MODEL, prompt=["Say this"], stream=True)
        assert "".join(ch.choices[0].text for ch in streamed) == "Say this"

        default = c.embeddings.create(model=MODEL, input=["a", "b", "a"])  # asks for base64
        assert len(default.data) == 3 and len(default.data[0].embedding) == 384
        assert default.data[0].embedding == default.data[2].embedding != default.data[1].embedding
        floats = c.embeddings.create(model=MODEL, input="a", encoding_format="float")
        assert floats.data[0].embedding == pytest.approx(default.data[0].embedding, abs=1e-6)
        assert floats.data[0].embedding == pytest.approx(embedding("a", 384))
        assert floats.usage.prompt_tokens == 1
        short = c.embeddings.create(model=MODEL, input="a", dimensions=8)
        assert len(short.data[0].embedding) == 8

        status, raw = post(url, "/v1/embeddings", {"model": MODEL, "input": ["a"],
                                                   "encoding_format": "base64"})
        assert status == 200 and isinstance(raw["data"][0]["embedding"], str)
        assert from_base64(raw["data"][0]["embedding"]) == pytest.approx(embedding("a", 384))

        assert [m.id for m in c.models.list()] == [MODEL]


def test_wrong_token_and_unknown_model_are_refused() -> None:
    with serve() as url:
        with pytest.raises(openai.AuthenticationError):
            client(url, key="wrong").models.list()
        with pytest.raises(openai.AuthenticationError):
            client(url, key="wrong").chat.completions.create(model=MODEL, messages=user("hi"))
        with pytest.raises(openai.NotFoundError, match="other"):
            client(url).chat.completions.create(model="other", messages=user("hi"))
        with urllib.request.urlopen(f"{url}/health", timeout=5) as response:
            assert response.status == 200  # no token needed
    with serve(key=None) as url:  # no engine token configured: anything goes
        assert client(url, key="anything").models.list().data[0].id == MODEL


def test_bad_requests_get_openai_shaped_400s() -> None:
    with serve() as url:
        for body in [{"model": MODEL}, {"model": MODEL, "messages": "hi"},
                     {"model": MODEL, "messages": user("hi"), "n": 2},
                     {"model": MODEL, "messages": user("hi"), "max_tokens": 0},
                     {"model": MODEL, "messages": [{"role": "user", "content": 5}]}]:
            status, reply = post(url, "/v1/chat/completions", body)
            assert status == 400, body
            assert reply["error"]["code"] == 400 and reply["error"]["message"]
        assert post(url, "/v1/chat/completions", b"{not json")[0] == 400
        assert post(url, "/v1/completions", {"model": MODEL, "prompt": [1, 2]})[0] == 400
        assert post(url, "/v1/embeddings", {"model": MODEL, "input": []})[0] == 400


# --- what is answered -----------------------------------------------------------------


def test_echo_is_exact_streamed_or_not() -> None:
    text = "  Ünïcode\tand\n\nnew lines, twice  spaced "
    messages = [*user("an earlier question"), {"role": "assistant", "content": "sure"},
                {"role": "user", "content": [{"type": "text", "text": text},
                                             {"type": "text", "text": "part two"}]},
                {"role": "tool", "tool_call_id": "x", "content": "not me"}]
    with serve() as url:
        c = client(url)
        whole = c.chat.completions.create(model=MODEL, messages=messages)
        stream = c.chat.completions.create(model=MODEL, messages=messages, stream=True)
        deltas = [ch.choices[0].delta.content for ch in stream if ch.choices[0].delta.content]
    assert whole.choices[0].message.content == "".join(deltas) == f"{text}\npart two"
    assert len(deltas) == whole.usage.completion_tokens == 8


def test_max_tokens_cuts_with_finish_reason_length() -> None:
    with serve(mode="fixed") as url:
        c = client(url)
        cut = c.chat.completions.create(model=MODEL, messages=user("q"), max_completion_tokens=3)
        assert cut.choices[0].message.content == "The capital of"
        assert (cut.choices[0].finish_reason, cut.usage.completion_tokens) == ("length", 3)
        full = c.chat.completions.create(model=MODEL, messages=user("q"), max_tokens=50)
        assert full.choices[0].message.content == "The capital of France is Paris."
        assert full.choices[0].finish_reason == "stop"
        stream = c.chat.completions.create(model=MODEL, messages=user("q"), max_tokens=2,
                                           stream=True)
        chunks = list(stream)
        assert "".join(ch.choices[0].delta.content or "" for ch in chunks) == "The capital"
        assert chunks[-1].choices[0].finish_reason == "length"
    with serve(mode="lorem", max_tokens=7) as url:
        lorem = client(url).completions.create(model=MODEL, prompt="go")
        assert lorem.choices[0].text == "lorem ipsum dolor sit amet consectetur adipiscing"
        assert lorem.choices[0].finish_reason == "length"


def test_tools_in_echo_mode_call_the_first_tool_with_the_user_text() -> None:
    tools = [{"type": "function", "function": {"name": name, "parameters": {"type": "object"}}}
             for name in ("lookup", "other")]
    text = 'Call "Alice Smith" at +1 555 0100'
    with serve() as url:
        c = client(url)
        whole = c.chat.completions.create(model=MODEL, messages=user(text), tools=tools)
        (call,) = whole.choices[0].message.tool_calls
        assert whole.choices[0].finish_reason == "tool_calls"
        assert (call.id, call.function.name) == ("call_0", "lookup")
        assert json.loads(call.function.arguments) == {"echo": text}

        stream = c.chat.completions.create(model=MODEL, messages=user(text), tools=tools,
                                           stream=True)
        pieces, names = [], []
        for chunk in stream:
            for delta in chunk.choices[0].delta.tool_calls or []:
                names += [delta.function.name] if delta.function.name else []
                pieces += [delta.function.arguments] if delta.function.arguments else []
        assert names == ["lookup"] and len(pieces) > 2
        assert json.loads("".join(pieces)) == {"echo": text}
        assert chunk.choices[0].finish_reason == "tool_calls"

        plain = c.chat.completions.create(model=MODEL, messages=user(text), tools=tools,
                                          tool_choice="none")
        assert plain.choices[0].message.content == text


# --- timing, faults, load -------------------------------------------------------------


def test_latency_and_token_rate_pace_the_answer() -> None:
    # 5 tokens: the first after 40 ms, then 4 more at 50 tokens/s (80 ms). Lower bounds only.
    with serve(mode="fixed", latency_ms=40, tokens_per_s=50) as url:
        c = client(url)
        began = time.monotonic()
        c.completions.create(model=MODEL, prompt="x", max_tokens=5)
        assert time.monotonic() - began >= 0.12
        began = time.monotonic()
        arrivals = [time.monotonic() - began
                    for ch in c.completions.create(model=MODEL, prompt="x", max_tokens=5,
                                                   stream=True) if ch.choices[0].text]
    assert len(arrivals) == 5
    assert arrivals[0] >= 0.04 and arrivals[-1] - arrivals[0] >= 0.075


def test_fail_rate_answers_500_repeatably() -> None:
    with serve(fail_rate=1.0) as url:
        with pytest.raises(openai.InternalServerError):
            client(url).chat.completions.create(model=MODEL, messages=user("hi"))
        assert post(url, "/v1/embeddings", {"model": MODEL, "input": "x"})[0] == 500
    runs = []
    for _ in range(2):
        with serve(fail_rate=0.5, seed=7) as url:
            runs.append([post(url, "/v1/completions", {"model": MODEL, "prompt": "x"})[0]
                         for _ in range(12)])
    assert runs[0] == runs[1] and {200, 500} == set(runs[0])


def test_metrics_count_requests_under_vllm_names() -> None:
    with serve(mode="fixed") as url:
        before = metrics(url)
        c = client(url)
        c.chat.completions.create(model=MODEL, messages=user("one two three"))
        list(c.chat.completions.create(model=MODEL, messages=user("four"), stream=True))
        c.completions.create(model=MODEL, prompt="five six", max_tokens=2)
        after = metrics(url)
    label = (("model_name", MODEL),)
    assert before[("vllm:request_success_total", (("finished_reason", "stop"), *label))] == 0
    assert after[("vllm:request_success_total", (("finished_reason", "stop"), *label))] == 2
    assert after[("vllm:request_success_total", (("finished_reason", "length"), *label))] == 1
    assert after[("vllm:prompt_tokens_total", label)] == 6
    assert after[("vllm:generation_tokens_total", label)] == 6 + 6 + 2
    for name in ("vllm:num_requests_running", "vllm:num_requests_waiting",
                 "vllm:kv_cache_usage_perc"):
        assert after[(name, label)] == 0


def test_requests_above_max_concurrency_wait() -> None:
    with serve(max_concurrency=1, latency_ms=150) as url:
        threads = [threading.Thread(target=post, args=(url, "/v1/completions",
                                                       {"model": MODEL, "prompt": "x"}))
                   for _ in range(2)]
        for thread in threads:
            thread.start()
        wait_for(lambda: gauge(url, "vllm:num_requests_waiting") == 1)
        assert gauge(url, "vllm:num_requests_running") == 1
        assert gauge(url, "vllm:kv_cache_usage_perc") == 1.0
        for thread in threads:
            thread.join(5)
        assert gauge(url, "vllm:num_requests_running") == 0
        assert gauge(url, "vllm:num_requests_waiting") == 0


def test_a_client_disconnect_stops_the_stream_and_frees_the_slot() -> None:
    # 200 tokens at 20 tokens/s would run for 10 s if the disconnect went unnoticed.
    with serve(mode="lorem", tokens_per_s=20, max_tokens=200, max_concurrency=1) as url:
        host, port = url.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=5)
        conn.request("POST", "/v1/chat/completions", json.dumps(
            {"model": MODEL, "messages": user("x"), "stream": True}),
            {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"})
        response = conn.getresponse()
        assert response.readline().startswith(b"data: ")
        assert gauge(url, "vllm:num_requests_running") == 1
        conn.sock.shutdown(socket.SHUT_RDWR)
        conn.close()
        wait_for(lambda: gauge(url, "vllm:num_requests_running") == 0, timeout=2)
        assert metrics(url)[("vllm:generation_tokens_total", (("model_name", MODEL),))] < 10
        # the slot is free again: a new request runs at once
        status, reply = post(url, "/v1/completions", {"model": MODEL, "prompt": "x",
                                                      "max_tokens": 1})
        assert status == 200 and reply["choices"][0]["text"] == "lorem"


# --- the command line -----------------------------------------------------------------


def _run_engine(options: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "APPLIANCE_SIM_OPTIONS": options, "VLLM_API_KEY": KEY}
    return subprocess.Popen([sys.executable, "-m", "appliance.sim.engine", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_invalid_options_exit_2_naming_the_field() -> None:
    proc = _run_engine('{"tokens_per_s": -3}', "--port", "1")
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 2
    assert "APPLIANCE_SIM_OPTIONS" in err and "tokens_per_s" in err
    assert len(err.strip().splitlines()) == 1


def test_command_line_takes_vllm_arguments_and_options_from_the_environment() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = _run_engine('{"mode": "fixed", "output": "from env"}', "--model", "/models/x",
                       "--served-model-name", MODEL, "--host", "127.0.0.1", "--port", str(port),
                       "--gpu-memory-utilization", "0.4", "--enforce-eager")
    try:
        url = f"http://127.0.0.1:{port}"

        def up() -> bool:
            try:
                return urllib.request.urlopen(f"{url}/health", timeout=1).status == 200
            except OSError:
                assert proc.poll() is None, proc.communicate()[1]
                return False

        wait_for(up, timeout=20)
        status, reply = post(url, "/v1/completions", {"model": MODEL, "prompt": "x"})
        assert (status, reply["choices"][0]["text"]) == (200, "from env")
        assert post(url, "/v1/completions", {"model": MODEL, "prompt": "x"}, key="no")[0] == 401
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def test_uds_serves_on_a_unix_socket_as_vllm_does(tmp_path: Path) -> None:
    path = tmp_path / "engine.sock"
    proc = _run_engine('{"mode": "fixed", "output": "over a socket"}', "--served-model-name", MODEL,
                       "--uds", str(path))
    try:
        async def ask() -> tuple[int, int, dict]:
            conn = aiohttp.UnixConnector(path=str(path))
            async with aiohttp.ClientSession(connector=conn) as s:
                async with s.get("http://localhost/health") as health:
                    pass
                body = {"model": MODEL, "prompt": "x"}
                async with s.post("http://localhost/v1/completions", json=body,
                                  headers={"Authorization": f"Bearer {KEY}"}) as r:
                    return health.status, r.status, await r.json()

        def listening() -> bool:  # bound comes before listening: connect to know
            assert proc.poll() is None, proc.communicate()[1]
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
                return probe.connect_ex(str(path)) == 0

        wait_for(listening, timeout=20)
        health, status, reply = asyncio.run(ask())
        assert (health, status, reply["choices"][0]["text"]) == (200, 200, "over a socket")
        assert stat.S_IMODE(path.stat().st_mode) & 0o002 == 0  # the umask's mode, as vLLM's
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
    # a file at the path (the socket of an engine that was killed): refused, like vLLM
    assert path.exists()
    again = _run_engine("{}", "--uds", str(path))
    _, err = again.communicate(timeout=30)
    assert again.returncode == 1
    assert err.strip() == f"simulated engine: cannot listen on {path}: Address already in use"
