"""The [proxy] knobs of the engine client and the [[models]] retry_on_timeout: defaults,
and the key they replaced naming what replaced it."""

from __future__ import annotations

import pytest

from appliance.config import parse_config
from appliance.errors import ConfigError


def test_the_engine_client_knobs_have_their_defaults() -> None:
    proxy = parse_config({}).proxy
    assert (proxy.connect_timeout_s, proxy.first_byte_timeout_s, proxy.idle_timeout_s,
            proxy.request_deadline_s, proxy.max_response_mib) == (5.0, 600.0, 600.0, 3600.0, 64.0)
    model = parse_config({"models": [{"name": "m", "source": "s", "engine": "sim"}]}).models[0]
    assert model.retry_on_timeout is False


def test_the_old_upstream_timeout_names_what_replaced_it_beside_other_problems() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"proxy": {"upstream_timeout_s": 600.0, "port": "8080"}})
    problems = {p.path: p.message for p in info.value.problems}
    assert problems["proxy.upstream_timeout_s"].startswith("replaced in this release: set "
                                                           "first_byte_timeout_s")
    assert "idle_timeout_s" in problems["proxy.upstream_timeout_s"]
    assert "request_deadline_s" in problems["proxy.upstream_timeout_s"]
    assert "proxy.port" in problems  # still every problem in one run


@pytest.mark.parametrize("key", ["connect_timeout_s", "first_byte_timeout_s", "idle_timeout_s",
                                 "request_deadline_s", "max_response_mib"])
def test_the_engine_client_knobs_must_be_positive(key: str) -> None:
    with pytest.raises(ConfigError, match=f"proxy.{key}: must be > 0"):
        parse_config({"proxy": {key: 0.0}})
