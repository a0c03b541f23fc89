"""The API proxy: OpenAI-compatible routing, keys and roles, limits, audit, metrics."""
