"""The pure part of the network-namespace test harness: names, addresses, the `ip`
commands that make a layout and the ones that remove what exists of it."""

from __future__ import annotations

import pytest

from appliance.testing.netns_nodes import NetnsLayout, NetnsNode


def test_nodes_get_the_subnets_first_addresses_and_their_own_names() -> None:
    layout = NetnsLayout("t1", 3, "10.77.0.0/24")
    assert layout.nodes == (
        NetnsNode("t1-n0", "10.77.0.1"),
        NetnsNode("t1-n1", "10.77.0.2"),
        NetnsNode("t1-n2", "10.77.0.3"),
    )
    assert layout.hub == "t1-hub"
    assert layout.namespaces == ("t1-hub", "t1-n0", "t1-n1", "t1-n2")


def test_setup_makes_every_namespace_first_and_puts_each_node_on_the_bridge() -> None:
    layout = NetnsLayout("t1", 2, "10.77.0.0/24")
    cmds = layout.setup_commands()
    assert cmds[:3] == [["ip", "netns", "add", ns] for ns in ("t1-hub", "t1-n0", "t1-n1")]
    assert ["ip", "-n", "t1-hub", "link", "add", "br0", "type", "bridge"] in cmds
    for i, node in enumerate(layout.nodes):
        assert ["ip", "-n", "t1-hub", "link", "set", f"v{i}", "master", "br0"] in cmds
        assert ["ip", "-n", node.name, "addr", "add", f"{node.address}/24", "dev", "eth0"] in cmds
        assert ["ip", "-n", node.name, "link", "set", "lo", "up"] in cmds
        # moved into the node before it is renamed there
        moved = cmds.index(["ip", "-n", "t1-hub", "link", "set", f"p{i}", "netns", node.name])
        renamed = cmds.index(["ip", "-n", node.name, "link", "set", f"p{i}", "name", "eth0"])
        assert moved < renamed
    # nothing is ever done in the host's own namespace but adding namespaces
    assert all(c[:3] == ["ip", "netns", "add"] or c[1] == "-n" for c in cmds)


def test_teardown_deletes_only_what_exists() -> None:
    layout = NetnsLayout("t1", 2)
    listed = ["other-ns (id: 3)", "t1-n1 (id: 2)", "t1-hub (id: 0)", ""]
    assert layout.teardown_commands(listed) == [
        ["ip", "netns", "del", "t1-n1"],
        ["ip", "netns", "del", "t1-hub"],
    ]
    assert layout.teardown_commands([]) == []


def test_exec_runs_inside_the_node() -> None:
    layout = NetnsLayout("t1", 1)
    assert layout.exec_argv(layout.nodes[0], ["true"]) == ["ip", "netns", "exec", "t1-n0", "true"]


@pytest.mark.parametrize(
    ("prefix", "count", "subnet", "says"),
    [
        ("t", 0, "10.77.0.0/24", "at least one node"),
        ("t", 3, "10.77.0.0/30", "too few addresses"),
        ("a b", 1, "10.77.0.0/24", "use letters"),
        ("", 1, "10.77.0.0/24", "use letters"),
    ],
)
def test_bad_layouts_say_what_to_fix(prefix: str, count: int, subnet: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        NetnsLayout(prefix, count, subnet)
