"""Keys (hash only, create/revoke), the key index and limits."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from appliance.proxy.auth import KeyIndex, limits_for
from appliance.proxy.keys import (
    KEY_PREFIX,
    KeyFile,
    KeyLimits,
    KeysError,
    add_key,
    hash_key,
    merge_last_used,
    read_keys,
    read_last_used,
    revoke_key,
    update_keys,
)
from appliance.proxy.ratelimit import Limits


def test_a_new_key_is_random_long_and_stored_only_as_its_hash(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    made = {}

    def change(data: KeyFile) -> KeyFile:
        new, record, secret = add_key(data, "app", "basic", None)
        made.update(record=record, secret=secret)
        return new

    update_keys(path, change)
    secret = made["secret"]
    assert secret.startswith(KEY_PREFIX) and len(secret) >= len(KEY_PREFIX) + 43  # 256 bits
    text = path.read_text()
    assert secret not in text and hash_key(secret) in text
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert read_keys(path).active_by_hash()[hash_key(secret)].name == "app"


def test_names_are_unique_among_active_keys_and_revoke_by_name_or_id() -> None:
    data, first, _ = add_key(KeyFile(), "app", "basic", None)
    with pytest.raises(KeysError, match="exists already"):
        add_key(data, "app", "basic", None)
    data, revoked = revoke_key(data, "app")
    assert revoked.revoked is not None and data.active_by_hash() == {}
    data, second, _ = add_key(data, "app", "basic", None)  # the name is free again
    data, _ = revoke_key(data, second.id)
    with pytest.raises(KeysError, match="no active key"):
        revoke_key(data, second.id)


def test_key_index_follows_the_file_and_skips_unknown_roles(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    secrets_: dict[str, str] = {}

    def make(name: str, role: str, limits: KeyLimits | None = None) -> None:
        def change(data: KeyFile) -> KeyFile:
            new, _, secret = add_key(data, name, role, limits)
            secrets_[name] = secret
            return new

        update_keys(path, change)

    index = KeyIndex(path=path, roles={"basic": ["chat-*"]}, role_limits={"basic": Limits(requests_per_minute=60)})
    make("a", "basic", KeyLimits(concurrent=2))
    principal = index.lookup(secrets_["a"])  # an unknown key re-reads the changed file
    assert principal is not None and principal.may_use("chat-v1") and not principal.may_use("ocr")
    assert principal.limits == Limits(requests_per_minute=60, concurrent=2)
    assert principal.key_id in index.last_used
    make("ghost", "gone-role")
    assert index.lookup(secrets_["ghost"]) is None
    update_keys(path, lambda d: revoke_key(d, "a")[0])
    os.utime(path, (1, 1))  # make sure the mtime differs on coarse clocks
    assert index.refresh()
    assert index.lookup(secrets_["a"]) is None
    assert index.lookup("sk-appl-wrong") is None


@pytest.mark.parametrize(
    ("role", "key", "expected"),
    [
        (None, None, Limits()),
        (Limits(requests_per_minute=10), None, Limits(requests_per_minute=10)),
        (Limits(requests_per_minute=10, concurrent=3), KeyLimits(requests_per_minute=99),
         Limits(requests_per_minute=99, concurrent=3)),
        (None, KeyLimits(tokens_per_minute=5), Limits(tokens_per_minute=5)),
        # a key's own 0 is a limit (the key is shut off), not "the role's"
        (Limits(requests_per_minute=10, tokens_per_minute=100, concurrent=3),
         KeyLimits(requests_per_minute=0, tokens_per_minute=0, concurrent=0),
         Limits(requests_per_minute=0, tokens_per_minute=0, concurrent=0)),
    ],
)
def test_key_limits_override_role_limits_field_by_field(role, key, expected) -> None:
    assert limits_for(role, key) == expected


def test_last_used_merges_keep_the_latest(tmp_path: Path) -> None:
    path = tmp_path / "last.json"
    merge_last_used(path, {"k1": 10.0, "k2": 5.0})
    merge_last_used(path, {"k1": 7.0, "k3": 1.0})
    assert read_last_used(path) == {"k1": 10.0, "k2": 5.0, "k3": 1.0}


def test_malformed_keys_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    path.write_text(json.dumps({"keys": [{"id": 1}]}))
    with pytest.raises(KeysError, match="not a valid keys file"):
        read_keys(path)
