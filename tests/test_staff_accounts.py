"""Staff accounts for the web console: settings entries, password hashes, signed sessions and
throttling, on the real SQLite store; `trygghetsbot staff hash-password`."""

from __future__ import annotations

import io
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

from bot.cli import main
from bot.errors import ConfigError
from bot.settings import Settings
from bot.staff.accounts import PER_ADDRESS, Accounts, SignInRefused, SignInThrottled, hash_password
from bot.storage import SQLiteStore, Store

HASH = hash_password("ett långt lösenord")


def load(tmp_path: Path, staff: list[dict[str, Any]], **more: Any) -> Settings:
    import yaml  # noqa: PLC0415

    path = tmp_path / "settings.yaml"
    path.write_text(yaml.safe_dump({"staff": staff, **more}, allow_unicode=True), encoding="utf-8")
    return Settings.load(path, env={})


@pytest.mark.parametrize(("entry", "message"), [
    ({"username": "sara", "municipalities": "all"}, "password_hash must be an argon2id hash"),
    ({"username": "sara", "password_hash": "plain", "municipalities": "all"}, "argon2id"),
    ({"password_hash": HASH, "telegram_user_id": 1, "municipalities": "all"}, "password_hash needs a username"),
    ({"municipalities": "all"}, "needs a telegram_user_id, a username, or both"),
    ({"username": "Sara Samordnare", "password_hash": HASH, "municipalities": "all"}, "username must be"),
    ({"telegram_user_id": "111", "municipalities": "all"}, "telegram_user_id must be a number"),
    ({"telegram_user_id": 1, "municipalities": "all", "pasword_hash": HASH}, "unknown field(s) pasword_hash"),
])
def test_bad_staff_entries_are_refused_with_what_to_fix(tmp_path: Path, entry: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load(tmp_path, [entry])


def test_usernames_are_unique_and_found_in_any_case(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="used twice"):
        load(tmp_path, [{"username": "sara", "password_hash": HASH, "municipalities": "all"}] * 2)
    settings = load(tmp_path, [{"username": "Sara", "password_hash": HASH, "municipalities": ["solvesborg"]},
                               {"telegram_user_id": 7, "municipalities": "all"}])
    member = settings.staff_by_username(" SARA ")
    assert member is not None and member.may_see("solvesborg") and not member.may_see("vellinge")
    assert member.label == "sara" and "password_hash" not in repr(member)
    assert settings.staff_member(None) is None and settings.staff_member(7) is not None


@pytest.mark.parametrize(("value", "expected"), [("false", False), ("0", False), ("true", True), ("yes", True)])
def test_cookie_secure_reads_yes_and_no(value: str, expected: bool) -> None:
    assert Settings.load(env={"TRYGGHETSBOT_WEB_COOKIE_SECURE": value}).web_cookie_secure is expected


def test_cookie_secure_refuses_anything_else() -> None:
    with pytest.raises(ConfigError, match="true or false"):
        Settings.load(env={"TRYGGHETSBOT_WEB_COOKIE_SECURE": "maybe"})


@pytest.fixture()
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await SQLiteStore.open(tmp_path / "db.sqlite3")
    yield opened
    await opened.close()


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


async def test_sessions_are_signed_stored_hashed_and_expire(tmp_path: Path, store: Store) -> None:
    settings = load(tmp_path, [{"username": "sara", "password_hash": HASH, "municipalities": "all"}],
                    web_session_minutes=10)
    clock = Clock()
    accounts = Accounts(settings, store, b"k" * 32, clock)
    signed = await accounts.sign_in("sara", "ett långt lösenord", "1.2.3.4")
    token = signed.cookie.split(".")[0]
    assert signed.max_age == 600
    assert await store.count_rows("concerns") == 0
    found = await accounts.session(signed.cookie)
    assert found is not None and found[0].username == "sara" and found[1].csrf == signed.csrf
    assert await store.web_session(token, clock.now) is None  # only the token's hash is stored
    assert await accounts.session(token + ".0") is None  # unsigned
    assert await Accounts(settings, store, b"x" * 32, clock).session(signed.cookie) is None  # another key
    clock.now += 601
    assert await accounts.session(signed.cookie) is None  # expired


async def test_a_member_removed_from_the_settings_loses_the_session(tmp_path: Path, store: Store) -> None:
    settings = load(tmp_path, [{"username": "sara", "password_hash": HASH, "municipalities": "all"}])
    signed = await Accounts(settings, store, b"k" * 32).sign_in("sara", "ett långt lösenord", "1.2.3.4")
    without = load(tmp_path, [{"telegram_user_id": 1, "municipalities": "all"}])
    assert await Accounts(without, store, b"k" * 32).session(signed.cookie) is None


async def test_throttled_per_address_across_accounts_then_free_again(tmp_path: Path, store: Store) -> None:
    settings = load(tmp_path, [{"username": "sara", "password_hash": HASH, "municipalities": "all"}])
    clock = Clock()
    accounts = Accounts(settings, store, b"k" * 32, clock)
    for n in range(PER_ADDRESS):
        with pytest.raises(SignInRefused):
            await accounts.sign_in(f"guess{n}", "x", "6.6.6.6")
    with pytest.raises(SignInThrottled) as throttled:
        await accounts.sign_in("sara", "ett långt lösenord", "6.6.6.6")
    assert throttled.value.wait_minutes == 15
    assert await accounts.sign_in("sara", "ett långt lösenord", "7.7.7.7")  # another address
    clock.now += 15 * 60 + 1
    assert await accounts.sign_in("sara", "ett långt lösenord", "6.6.6.6")


def test_cli_hashes_a_password_from_standard_input(capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    assert main(["staff", "hash-password"], out=out, read_line=lambda: "ett långt lösenord\n") == 0
    printed = out.getvalue().strip()
    assert printed.startswith("$argon2id$") and PasswordHasher().verify(printed, "ett långt lösenord")
    assert main(["staff", "hash-password"], out=io.StringIO(), read_line=lambda: "kort\n") == 1
    assert "at least 12 characters" in capsys.readouterr().err
