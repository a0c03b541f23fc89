"""Serf's configuration as rendered from [fleet]."""

from __future__ import annotations

import pytest

from appliance import __version__
from appliance.config import parse_config
from appliance.fleet.serf_config import (
    SerfPaths,
    check_tags,
    render_config,
    restart_digest,
    seed_address,
    start_tags,
    tags_size,
)


def config(tmp_path, models: bool = False, **fleet):
    data = {
        "node": {"name": "n1", "state_dir": str(tmp_path / "state"), "run_dir": str(tmp_path / "run")},
        "fleet": {"enabled": True, "bind": "10.0.0.5", **fleet},
    }
    if models:
        data["models"] = [{"name": "m", "source": "m", "engine": "sim"}]
    return parse_config(data)


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("10.0.0.1", "10.0.0.1:7000"),
        ("10.0.0.1:7946", "10.0.0.1:7946"),
        ("node-2.fleet", "node-2.fleet:7000"),
        ("[fd00::1]", "[fd00::1]:7000"),
        ("[fd00::1]:8000", "[fd00::1]:8000"),
        ("fd00::1", "[fd00::1]:7000"),
    ],
)
def test_seeds_get_the_gossip_port_when_they_name_none(seed, expected):
    assert seed_address(seed, 7000) == expected


def test_config_listens_on_the_fleet_address_and_rpc_on_loopback(tmp_path):
    cfg = config(tmp_path, join=["10.0.0.6", "10.0.0.7:7999"], gossip_port=7000,
                 serf_rpc_port=7001, relay_port=7002, profile="wan")
    paths = SerfPaths.from_config(cfg)
    data = render_config(cfg, "n1", "tok", {"fleet": "appliance"}, paths)
    assert data["node_name"] == "n1"
    assert data["bind"] == "10.0.0.5:7000" and "advertise" not in data
    assert data["rpc_addr"] == "127.0.0.1:7001" and data["rpc_auth"] == "tok"
    assert data["keyring_file"] == str(tmp_path / "state" / "serf" / "keyring.json")
    assert "encrypt_key" not in data  # Serf refuses both with a keyring file
    assert data["profile"] == "wan"
    assert data["retry_join"] == ["10.0.0.6:7000", "10.0.0.7:7999"]
    assert data["tags"] == {"fleet": "appliance"}


def test_advertise_and_ipv6(tmp_path):
    cfg = config(tmp_path, bind="fd00::5", advertise="fd00::9")
    data = render_config(cfg, "n1", "t", {}, SerfPaths.from_config(cfg))
    assert data["bind"] == "[fd00::5]:7946" and data["advertise"] == "[fd00::9]:7946"
    assert start_tags(cfg, drained=False)["relay"] == "[fd00::9]:7947"


def test_start_tags(tmp_path):
    assert start_tags(config(tmp_path, models=True, name="prod"), drained=False) == {
        "fleet": "prod", "relay": "10.0.0.5:7947", "version": __version__,
        "roles": "engines,proxy",
    }
    tags = start_tags(config(tmp_path), drained=True)
    assert tags["roles"] == "proxy" and tags["drain"] == "1"


def test_tags_over_serfs_limit_are_refused():
    check_tags({"relay": "10.0.0.5:7947", "catalog": "abcdef0123456789:123456"})
    with pytest.raises(ValueError, match="over Serf's limit of 512"):
        check_tags({"roles": "x" * 505})
    assert tags_size({}) == 2  # the version byte and an empty map


def test_only_a_change_outside_the_tags_restarts_serf(tmp_path):
    cfg = config(tmp_path)
    paths = SerfPaths.from_config(cfg)
    argv = ["serf", "agent"]
    one = restart_digest(render_config(cfg, "n1", "t", {"drain": "1"}, paths), argv)
    assert one == restart_digest(render_config(cfg, "n1", "t", {}, paths), argv)
    assert one != restart_digest(render_config(cfg, "n2", "t", {}, paths), argv)
    assert one != restart_digest(render_config(config(tmp_path, profile="local"), "n1", "t", {}, paths), argv)
