"""Password policy, lock-out and session validity rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cellchain.auth import rules
from cellchain.auth.roles import Role

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
POLICY = rules.LockoutPolicy(max_failures=5, lock_for=timedelta(minutes=15))


def test_a_long_uncommon_password_is_accepted() -> None:
    assert rules.password_problems("correct horse battery", username="qa", min_length=12) == []


def test_short_common_or_username_passwords_are_refused_with_every_reason() -> None:
    problems = rules.password_problems("qa", username="qa", min_length=12)
    assert "password must be at least 12 characters" in problems
    assert "password must not contain the username" in problems
    assert rules.password_problems("Password1234", username="x", min_length=12) == [
        "password is on the list of commonly used passwords"]
    assert rules.password_problems("a" * 129, username="x", min_length=12) == [
        "password must be at most 128 characters"]


def test_usernames_are_case_insensitive_and_limited_to_safe_characters() -> None:
    assert rules.normalise_username("  QA.One ") == "qa.one"
    assert rules.username_problems("qa one") != []
    assert rules.username_problems("x") != []
    assert rules.username_problems("qa_1-b.c") == []


def test_the_fifth_consecutive_failure_locks_for_the_configured_time() -> None:
    for earlier in range(4):
        assert rules.lock_until_after_failure(earlier, policy=POLICY, now=NOW) is None
    assert rules.lock_until_after_failure(4, policy=POLICY, now=NOW) == NOW + timedelta(minutes=15)


def test_a_lock_holds_until_its_time_passes() -> None:
    until = NOW + timedelta(minutes=15)
    assert rules.is_locked(until, NOW)
    assert not rules.is_locked(until, until)
    assert not rules.is_locked(None, NOW)


def _times(**overrides: object) -> rules.SessionTimes:
    base = {"created_at": NOW, "last_seen_at": NOW, "expires_at": NOW + timedelta(hours=12),
            "ended_at": None}
    base.update(overrides)
    return rules.SessionTimes(**base)  # type: ignore[arg-type]


def test_a_session_ends_when_idle_expired_or_signed_out() -> None:
    idle = timedelta(minutes=15)
    assert rules.session_end_reason(_times(), now=NOW + timedelta(minutes=14), idle=idle) is None
    assert rules.session_end_reason(_times(), now=NOW + idle, idle=idle) == "idle"
    assert rules.session_end_reason(
        _times(last_seen_at=NOW + timedelta(hours=12)), now=NOW + timedelta(hours=12),
        idle=idle) == "expired"
    assert rules.session_end_reason(_times(ended_at=NOW), now=NOW, idle=idle) == "signed_out"


@pytest.mark.parametrize(("roles", "refused"), [
    ({Role.ADMIN}, None),
    ({Role.ADMIN, Role.MONITOR}, None),
    ({Role.TECHNICIAN, Role.QA}, None),
    ({Role.ADMIN, Role.QA}, "qa"),
    ({Role.ADMIN, Role.TECHNICIAN, Role.CLINICIAN}, "clinician, technician"),
    ({Role.ADMIN, Role.COORDINATOR}, "coordinator"),
    ({Role.ADMIN, Role.QC}, "qc"),
])
def test_an_administrator_holds_no_role_that_records_or_signs_gmp_data(
    roles: set[Role], refused: str | None
) -> None:
    problems = rules.role_problems(frozenset(roles))
    if refused is None:
        assert problems == []
    else:
        assert problems == [f"an administrator cannot also hold {refused}: administrators make "
                            "no GMP record and sign nothing (segregation of duties)"]


@pytest.mark.parametrize(("roles", "problems"), [
    (set(), ["at least one role is required"]),
    ({Role.QC}, []),
    ({Role.ADMIN, Role.MONITOR}, []),
    ({Role.ADMIN, Role.QA}, rules.role_problems(frozenset({Role.ADMIN, Role.QA}))),
])
def test_a_person_holds_at_least_one_role_and_never_a_segregated_pair(
    roles: set[Role], problems: list[str]
) -> None:
    assert rules.role_set_problems(frozenset(roles)) == problems


@pytest.mark.parametrize("reason", ["password_changed", "password_reset", "roles_changed"])
def test_a_session_ended_by_an_account_change_says_why_at_the_next_request(reason: str) -> None:
    assert "session ended" in rules.END_REASON_MESSAGES[reason]


def test_printed_names_that_differ_in_case_or_spacing_are_the_same_signer() -> None:
    assert rules.printed_name_key("  Quentin   ASHBY ") == rules.printed_name_key("quentin ashby")
    assert rules.printed_name_key("Quentin Ashby") != rules.printed_name_key("Quentin Ashb")


# The deny-list, written out (breached-password lists; ASVS 6.2.4), each in two cases.
DENIED = ["123456789012", "password1234", "passwordpassword", "qwertyuiopas", "111111111111",
          "123123123123", "iloveyou1234", "abc123abc123", "administrator", "welcome12345",
          "changeme1234", "letmein12345", "password123!", "qwerty123456", "000000000000"]


@pytest.mark.parametrize("password", DENIED + [p.upper() for p in DENIED])
def test_every_listed_common_password_is_refused_whatever_its_case(password: str) -> None:
    assert rules.password_problems(password, username="qa", min_length=12) == [
        "password is on the list of commonly used passwords"]


@pytest.mark.parametrize(("length", "problems"), [
    (11, ["password must be at least 12 characters"]), (12, []), (128, []),
    (129, ["password must be at most 128 characters"]),
])
def test_password_length_bounds_hold_on_both_sides(length: int, problems: list[str]) -> None:
    assert rules.password_problems("k" * length, username="qa", min_length=12) == problems


def test_a_password_containing_the_username_in_any_case_is_refused() -> None:
    assert rules.password_problems("xxQuinn.Cole-2026", username="quinn.cole",
                                   min_length=12) == ["password must not contain the username"]
    assert rules.password_problems("a long enough passphrase", username="", min_length=12) == []


@pytest.mark.parametrize(("username", "problems"), [
    ("q", ["username must be 2 to 64 characters"]), ("qa", []), ("q" * 64, []),
    ("q" * 65, ["username must be 2 to 64 characters"]), ("  QA  ", []),
    ("tess tech", ["username may contain only letters, digits, '.', '_' and '-'"]),
    ("tess@lab", ["username may contain only letters, digits, '.', '_' and '-'"]),
    ("tess.tech_2-b", []),
])
def test_username_bounds_and_characters(username: str, problems: list[str]) -> None:
    assert rules.username_problems(username) == problems
