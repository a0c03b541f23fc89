"""The rotation plan: installs first, then the primary, then removals."""

from __future__ import annotations

import pytest

from appliance.fleet.key_rotation import Step, plan


@pytest.mark.parametrize(
    ("wanted", "present", "members", "steps"),
    [
        # nothing to do but confirm the primary
        (["A"], {"A": 3}, 3, [("use", "A")]),
        # a new key first in the file: install it, make it primary, keep the old one
        (["B", "A"], {"A": 3}, 3, [("install", "B"), ("use", "B")]),
        # the old line deleted: remove it once B is primary
        (["B"], {"A": 3, "B": 3}, 3, [("use", "B"), ("remove", "A")]),
        # a member that missed the install gets it again
        (["B", "A"], {"A": 3, "B": 2}, 3, [("install", "B"), ("use", "B")]),
        # both steps in one run: install, use, remove
        (["C"], {"A": 2, "B": 2}, 2, [("install", "C"), ("use", "C"), ("remove", "A"), ("remove", "B")]),
    ],
)
def test_plan(wanted, present, members, steps):
    assert plan(wanted, present, members) == [Step(op, key) for op, key in steps]


def test_an_empty_keyring_is_refused():
    with pytest.raises(ValueError, match="no key"):
        plan([], {"A": 1}, 1)
