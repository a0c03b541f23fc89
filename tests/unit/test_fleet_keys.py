"""The fleet keyring: the file's rules and the derived secrets."""

from __future__ import annotations

import base64

import pytest

from appliance.fleet.keys import (
    SERF_GOSSIP,
    FleetKeyError,
    Keyring,
    derive,
    encode_key,
    fingerprint,
    generate_key,
    gossip_keys,
    parse_keyring,
    read_keyring,
    write_keyring,
)

K1, K2 = bytes(range(32)), bytes(range(1, 33))


def keyfile(tmp_path, text: str, mode: int = 0o600):
    path = tmp_path / "fleet.key"
    path.write_text(text)
    path.chmod(mode)
    return path


def test_generated_keys_are_32_random_bytes():
    a, b = generate_key(), generate_key()
    assert len(base64.b64decode(a)) == 32 and a != b
    assert parse_keyring(a + "\n", "f").keys == (base64.b64decode(a),)


def test_the_first_line_is_primary_and_comments_blanks_are_skipped(tmp_path):
    path = keyfile(tmp_path, f"# rotated 2026-12-01\n{encode_key(K2)}\n\n  {encode_key(K1)}  \n")
    ring = read_keyring(path)
    assert ring.keys == (K2, K1) and ring.primary == K2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "holds no key"),
        ("# only a comment\n", "holds no key"),
        ("not base64!\n", "line 1 is not base64"),
        (encode_key(b"short") + "\n", "line 1 is 5 bytes, a fleet key is 32"),
        (f"{encode_key(K1)}\n{encode_key(K1)}\n", "line 2 repeats an earlier key"),
    ],
)
def test_a_bad_keyring_says_what_to_fix(tmp_path, text, message):
    with pytest.raises(FleetKeyError, match=message):
        read_keyring(keyfile(tmp_path, text))


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660, 0o644, 0o601])
def test_a_keyring_others_may_read_is_refused(tmp_path, mode):
    with pytest.raises(FleetKeyError, match=f"mode 0{mode:o}.*chmod 600"):
        read_keyring(keyfile(tmp_path, encode_key(K1) + "\n", mode))


def test_a_missing_keyring_says_how_to_make_one(tmp_path):
    with pytest.raises(FleetKeyError, match="appliance fleet keygen"):
        read_keyring(tmp_path / "nope.key")


def test_write_keyring_round_trips_private(tmp_path):
    path = tmp_path / "fleet.key"
    write_keyring(path, Keyring((K1, K2)))
    assert path.stat().st_mode & 0o777 == 0o600
    assert read_keyring(path).keys == (K1, K2)


def test_derived_secrets_are_bound_to_fleet_and_purpose():
    base = derive(K1, "prod", SERF_GOSSIP)
    assert len(base) == 32 and derive(K1, "prod", SERF_GOSSIP) == base
    others = {derive(K1, "staging", SERF_GOSSIP), derive(K1, "prod", "ray-token"),
              derive(K2, "prod", SERF_GOSSIP), base}
    assert len(others) == 4 and K1 not in others
    assert len(derive(K1, "prod", "x", length=16)) == 16
    # no ambiguity between the fleet name and the purpose
    assert derive(K1, "a-b", "c") != derive(K1, "a", "b-c")


def test_gossip_keys_follow_the_keyring_order():
    keys = gossip_keys(Keyring((K2, K1)), "prod")
    assert keys == [encode_key(derive(K2, "prod", SERF_GOSSIP)), encode_key(derive(K1, "prod", SERF_GOSSIP))]
    assert fingerprint(keys[0]) != fingerprint(keys[1]) and len(fingerprint(keys[0])) == 12
