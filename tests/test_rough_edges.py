"""Rough edges a new user found: each one fixed, each one tested."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.settings import Settings
from handlers.telegram.app import ALLOWED_UPDATES
from tests.fake_telegram import TOKEN
from tests.test_cli import run

COMMANDS = ["ask", "chat", "run", "purge", "export", "report", "unanswered", "validate", "coverage",
            "new-municipality", "db"]


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRYGGHETSBOT_DATA_DIR", str(tmp_path / "data"))


@pytest.mark.parametrize(("command", "output"), [("export", "x.csv"), ("report", "x.png")])
def test_output_to_a_missing_folder_is_a_clear_error(tmp_path: Path, command: str, output: str) -> None:
    target = tmp_path / "no" / "such" / output
    code, out, err = run(command, "--kommun", "vellinge", "-o", str(target))
    assert (code, out) == (1, "")
    assert err.startswith(f"Error: cannot write {target}: ") and "Traceback" not in err


def test_a_failed_write_leaves_no_half_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.staff import export

    def broken(self: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.CsvSink, "close", broken)
    target = tmp_path / "x.csv"
    code, _, err = run("export", "--kommun", "vellinge", "-o", str(target))
    assert code == 1 and "No space left on device" in err
    assert list(tmp_path.glob("x.csv*")) == [] and list(tmp_path.glob(".x.csv*")) == []


def test_knowledge_and_settings_after_the_command(tmp_path: Path, knowledge_copy: Path) -> None:
    code, out, _ = run("chat", "--knowledge", str(knowledge_copy), stdin="/avsluta\n")
    assert code == 0 and out.startswith("Trygghetsboten")
    settings = tmp_path / "settings.yaml"
    settings.write_text("retention_months: 7\n", encoding="utf-8")
    code, out, _ = run("purge", "--settings", str(settings))
    assert code == 0 and "older than 7 months" in out
    code, out, _ = run("--knowledge", str(knowledge_copy), "ask", "Vad fokuserar Vellinge på?")
    assert code == 0 and "Trygga unga" in out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = subprocess.run([sys.executable, "-m", "bot", command, "--help"], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0 and f"usage: trygghetsbot {command}" in result.stdout
    assert "--knowledge" in result.stdout and "--settings" in result.stdout


def test_options_are_not_abbreviated() -> None:
    # --web is an option of its own now; a shortened --webhook must not be read as it.
    result = subprocess.run([sys.executable, "-m", "bot", "run", "--webh", "https://bot.example/x"],
                            capture_output=True, text=True, timeout=60, check=False,
                            env={"PATH": "", "TELEGRAM_BOT_TOKEN": TOKEN, "HOME": "/tmp"})
    assert result.returncode == 2 and "unrecognized arguments: --webh" in result.stderr
    code = subprocess.run([sys.executable, "-m", "bot", "ask", "--js", "x"], capture_output=True, text=True,
                          timeout=60, check=False)
    assert code.returncode == 2 and "--js" in code.stderr


def test_a_bare_number_is_not_a_place(tmp_path: Path) -> None:
    script = "\n".join(["/synpunkt", "Sölvesborg", "1", "3", "Stora torget", "/avbryt"]) + "\n"
    code, out, _ = run("chat", stdin=script)
    assert code == 0
    assert "Skriv platsen med ord" in out
    assert "Plats: 3" not in out


@pytest.mark.parametrize("token", ["garbage", "123:abc", "123456:" + "a" * 20, f"{TOKEN} ", "12345:" + "ä" * 35])
def test_a_token_of_the_wrong_shape_is_refused_without_network(token: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Settings(telegram_bot_token=token).check_token_shape()
    assert token.strip() not in str(caught.value)


def test_the_right_shape_passes() -> None:
    Settings(telegram_bot_token=TOKEN).check_token_shape()


def test_garbage_token_is_a_local_error(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "run"], capture_output=True, text=True, timeout=60,
                            check=False, env={"TELEGRAM_BOT_TOKEN": "garbage", "TELEGRAM_API_BASE_URL":
                                              "http://127.0.0.1:9/bot", "TRYGGHETSBOT_DATA_DIR": str(tmp_path)})
    assert result.returncode == 1 and "does not look like a bot token" in result.stderr
    assert "garbage" not in result.stderr and "Traceback" not in result.stderr


def test_only_the_update_kinds_the_bot_handles_are_asked_for() -> None:
    assert ALLOWED_UPDATES == ["message", "callback_query"]
