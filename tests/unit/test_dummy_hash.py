"""The dummy a sign-in with an unknown name is checked against (so the time taken does not
tell whether the name exists): shipped for argon2-cffi's default parameters, so no sign-in
pays for making one, and made once per process for any other parameters."""

from __future__ import annotations

from argon2 import PasswordHasher, Type, extract_parameters

from planner.services.accounts.rules import dummy_hash


def test_the_shipped_dummy_costs_what_a_default_check_costs() -> None:
    hasher = PasswordHasher()
    shipped = extract_parameters(dummy_hash(hasher))
    assert (shipped.time_cost, shipped.memory_cost, shipped.parallelism) == (
        hasher.time_cost,
        hasher.memory_cost,
        hasher.parallelism,
    )
    assert (shipped.hash_len, shipped.salt_len, shipped.type) == (
        hasher.hash_len,
        hasher.salt_len,
        Type.ID,
    )


def test_other_parameters_get_their_own_dummy_once() -> None:
    light = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    first = dummy_hash(light)
    assert extract_parameters(first).memory_cost == 8
    assert dummy_hash(light) is first
