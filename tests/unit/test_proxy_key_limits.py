"""A key's own limit of 0 (a key allowed nothing of that kind) overrides its role's limit
instead of falling back to it."""

from __future__ import annotations

import pytest

from appliance.proxy.auth import limits_for
from appliance.proxy.keys import KeyLimits
from appliance.proxy.ratelimit import Limits

ROLE = Limits(requests_per_minute=60, tokens_per_minute=10_000, concurrent=4)


@pytest.mark.parametrize(("key", "expected"), [
    (KeyLimits(requests_per_minute=0), Limits(0, 10_000, 4)),
    (KeyLimits(tokens_per_minute=0), Limits(60, 0, 4)),
    (KeyLimits(concurrent=0), Limits(60, 10_000, 0)),
    (KeyLimits(), ROLE),  # unset fields still fall back to the role's
])
def test_a_key_limit_of_zero_is_honoured(key: KeyLimits, expected: Limits) -> None:
    assert limits_for(ROLE, key) == expected
