"""The environment every engine process gets (engines of one node and ranks of a group)."""

# No usage reporting from a host that serves private data, unbuffered logs so `appliance
# status` shows the latest lines.
BASE_ENV = {
    "VLLM_NO_USAGE_STATS": "1",
    "DO_NOT_TRACK": "1",
    "PYTHONUNBUFFERED": "1",
}
