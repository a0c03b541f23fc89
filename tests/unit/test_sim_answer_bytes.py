"""The simulated engine's `answer_bytes`: an answer of exactly that many bytes of text, in
pieces of 64 KiB, for tests of large answers."""

from __future__ import annotations

import asyncio
import json

from aiohttp.test_utils import TestClient, TestServer

from appliance.sim.engine import make_app
from appliance.sim.options import SimOptions

SIZE = 200_000  # three pieces of 64 KiB and a bit


def test_an_answer_of_a_set_size_streamed_or_not() -> None:
    async def main() -> None:
        app = make_app(SimOptions(answer_bytes=SIZE), "m", None)
        async with TestClient(TestServer(app)) as client:
            body = {"model": "m", "messages": [{"role": "user", "content": "x"}]}
            r = await client.post("/v1/chat/completions", json=body)
            answer = await r.json()
            assert len(answer["choices"][0]["message"]["content"]) == SIZE
            assert answer["usage"]["completion_tokens"] == 4

            r = await client.post("/v1/completions", json={"model": "m", "prompt": "x",
                                                           "stream": True})
            events = [json.loads(e[6:]) for e in (await r.read()).split(b"\n\n")
                      if e.startswith(b"data: {")]
            pieces = [e["choices"][0]["text"] for e in events if e["choices"][0]["text"]]
            assert [len(p) for p in pieces] == [65536, 65536, 65536, SIZE - 3 * 65536]

    asyncio.run(main())
