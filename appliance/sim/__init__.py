"""A simulated OpenAI-compatible engine, for benchmarks, scale and fault tests.

It speaks the parts of vLLM's OpenAI server that the appliance depends on (chat,
completions, embeddings, models, /health, /metrics with vLLM's metric names, the engine
token) without a model: answers are echoed, fixed or lorem ipsum, paced at a configured
latency and token rate. Because it costs no GPU and starts in well under a second, the
proxy, the agent and the planner can be exercised with hundreds of replicas on one host,
and tests can see exactly what reached an engine (echo mode).

    appliance.sim.options  SimOptions: what to answer, how fast, how often to fail
    appliance.sim.text     pure helpers: tokens, lorem ipsum, embeddings
    appliance.sim.protocol request parsing and OpenAI-shaped response bodies
    appliance.sim.metrics  /metrics under vLLM's names, one registry per engine
    appliance.sim.engine   the aiohttp server and `python -m appliance.sim.engine`
"""
