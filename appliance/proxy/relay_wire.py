"""What crosses the relay between two nodes' proxies: paths and headers (docs/fleet.md).

A proxy sends a request for a replica on another node to that node's relay listener as
`POST /fleet/v1/relay/<the OpenAI path>` with `X-Appliance-Replica: <replica key>`, the
client's body untouched, no key and no engine token. The answer is the engine's, plus
`X-Appliance-Load` (requests in flight on that replica at the relay's proxy), or the
relay's own refusal: 503 (nothing reached an engine: send it elsewhere) or 502 with
`X-Appliance-Relay-Error: <outcome>` (the engine failed; the outcome is one of the
proxy's attempt outcomes, docs/proxy.md). Pure constants; no I/O.
"""

from __future__ import annotations

RELAY_PREFIX = "/fleet/v1/relay"
CATALOG_PATH = "/fleet/v1/catalog"
LOAD_PATH = "/fleet/v1/load"
REPLICA_HEADER = "X-Appliance-Replica"
LOAD_HEADER = "X-Appliance-Load"
ERROR_HEADER = "X-Appliance-Relay-Error"
# Attempt outcomes of a relay connection that mean the relay's node or proxy is gone: the
# relay always answers (its engine's failures come back as 502 with ERROR_HEADER), so a
# connection that closes or resets without an answer, or cannot be made, lost the request
# together with the relay, and the engine's work on it (if any) was cancelled with it.
RELAY_GONE = frozenset({"connect_failed", "connect_timeout", "not_written", "reset", "closed",
                        "cut_short"})
