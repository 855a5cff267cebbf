"""End to end: the real `trygghetsbot run` process against the fake Bot API server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fake_telegram import TOKEN, FakeTelegram, callback_update, location_update, message_update

EXE = str(Path(sys.executable).with_name("trygghetsbot"))


class BotProcess:
    def __init__(self, fake: FakeTelegram, data_dir: Path, log: Path, *args: str,
                 env: dict[str, str] | None = None) -> None:
        self.log = log
        environment = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.base_url,
                       "TRYGGHETSBOT_DATA_DIR": str(data_dir), **(env or {})}
        self._out = log.open("ab")
        self.process = subprocess.Popen([EXE, "run", *args], env=environment, stdout=self._out,
                                        stderr=subprocess.STDOUT)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
            raise AssertionError(f"bot did not stop within {timeout}s after signal {sig}; log:\n"
                                 + self.output()[-3000:]) from None
        finally:
            self._out.close()
        return code

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@pytest.fixture()
def fake() -> Iterator[FakeTelegram]:
    with FakeTelegram() as server:
        yield server


@pytest.fixture()
def bot(fake: FakeTelegram, tmp_path: Path) -> Iterator[BotProcess]:
    process = BotProcess(fake, tmp_path / "data", tmp_path / "bot.log")
    fake.wait_for(lambda: len(fake.sent("setMyCommands")) == 3 and fake.sent("getUpdates"), timeout=30)
    yield process
    process.stop()


def texts(fake: FakeTelegram, chat_id: int) -> list[str]:
    return [str(c.params["text"]) for c in fake.sent() if int(c.params["chat_id"]) == chat_id]


def test_conversation_by_long_polling(bot: BotProcess, fake: FakeTelegram) -> None:
    assert fake.sent("deleteWebhook"), "polling starts by removing any webhook"
    fake.push(message_update("/start", chat_id=11))
    fake.push(message_update("Vad fokuserar Sölvesborg på?", chat_id=12))
    fake.push(callback_update("t|vellinge|period", chat_id=13))
    fake.push(location_update(56.05, 14.58, chat_id=14))
    fake.push(message_update("What does Kävlinge focus on?", chat_id=15, language_code="en"))
    for chat in (11, 12, 13, 14, 15):
        fake.wait_for_messages(1, chat)
    assert "Vid fara: ring 112." in texts(fake, 11)[0]
    assert "Minskad tillgreppsbrottslighet" in texts(fake, 12)[0]
    assert "2023–2026" in texts(fake, 13)[0]
    assert "/synpunkt" in texts(fake, 14)[0]
    assert "Safety in public spaces" in texts(fake, 15)[0]
    assert fake.sent("answerCallbackQuery")
    time.sleep(0.5)
    assert all(len(texts(fake, chat)) == 1 for chat in (11, 12, 13, 14, 15)), "exactly one answer each"


def test_every_question_answered_once_through_429_and_502(bot: BotProcess, fake: FakeTelegram) -> None:
    fake.fail("sendMessage", 429, times=2, retry_after=1)
    fake.fail("sendMessage", 502, times=3)
    chats = list(range(100, 120))
    for chat in chats:
        fake.push(message_update("Hur länge gäller avtalet i Burlöv?", chat_id=chat))
    fake.wait_for(lambda: all(texts(fake, chat) for chat in chats), timeout=60)
    time.sleep(0.5)
    assert all(len(texts(fake, chat)) == 1 for chat in chats)
    assert all("2020–2023" in texts(fake, chat)[0] for chat in chats)
    failures = [c.method for c in fake.calls if "!" in c.method]
    assert sorted(failures) == ["sendMessage!429"] * 2 + ["sendMessage!502"] * 3


def test_sigterm_stops_cleanly_and_context_survives_a_restart(fake: FakeTelegram, tmp_path: Path) -> None:
    first = BotProcess(fake, tmp_path / "data", tmp_path / "bot.log")
    fake.wait_for(lambda: fake.sent("getUpdates"), timeout=30)
    fake.push(message_update("Berätta om Vellinge", chat_id=21))
    fake.wait_for_messages(1, 21)
    assert first.stop(signal.SIGTERM) == 0
    calls_before = len(fake.calls)
    second = BotProcess(fake, tmp_path / "data", tmp_path / "bot.log")
    fake.wait_for(lambda: any(c.method == "getUpdates" for c in fake.calls[calls_before:]), timeout=30)
    fake.push(message_update("Och hur länge gäller det?", chat_id=21))
    fake.wait_for_messages(2, 21)
    assert "Vellinge" in texts(fake, 21)[1] and "2023–2026" in texts(fake, 21)[1]
    assert second.stop() == 0
    assert TOKEN not in second.output() and TOKEN not in first.output()
    assert TOKEN.split(":")[1] not in first.output()


def test_missing_token_is_a_clear_error(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    result = subprocess.run([EXE, "run"], env={**env, "TRYGGHETSBOT_DATA_DIR": str(tmp_path)},
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr == ("Error: TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather and set the "
                             "token (see README), serve the web chat alone with --web 127.0.0.1:8080, "
                             "or try the bot without Telegram: trygghetsbot chat\n")


def test_rejected_token_is_a_clear_error_not_a_traceback(fake: FakeTelegram, tmp_path: Path) -> None:
    process = BotProcess(fake, tmp_path / "data", tmp_path / "bot.log",
                         env={"TELEGRAM_BOT_TOKEN": "999999:not-the-right-token-abcdefghijklmnopqrstu"})
    assert process.process.wait(60) == 1
    output = process.stop()
    log = process.output()
    assert output == 1
    assert "Error: Telegram rejected the token in TELEGRAM_BOT_TOKEN; check it with @BotFather" in log
    assert "Traceback" not in log and "not-the-right-token" not in log


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def raw_post(url: str, body: bytes, headers: dict[str, str]) -> int:
    """The status of a POST; 0 while nothing listens there yet."""
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, ConnectionError):
        return 0


def declared_too_large(port: int, path: str) -> int:
    """A POST that declares 5 MB: the server answers 413 before the body is sent."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {5 * 1024 * 1024}\r\n\r\n".encode() + b"{")
        status_line = sock.recv(200).split(b"\r\n", 1)[0]
    return int(status_line.split()[1])


def test_webhook_checks_the_secret_token(fake: FakeTelegram, tmp_path: Path) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram-hook"
    process = BotProcess(fake, tmp_path / "data", tmp_path / "bot.log", "--webhook", url,
                         "--listen", f"127.0.0.1:{port}", env={"TELEGRAM_WEBHOOK_SECRET": "s3cret-value"})
    try:
        fake.wait_for(lambda: fake.sent("setWebhook"), timeout=30)
        hook = fake.sent("setWebhook")[-1].params
        assert hook["url"] == url and hook["secret_token"] == "s3cret-value"
        update = json.dumps({"update_id": 1, **message_update("Vad fokuserar Växjö på?", chat_id=31)}).encode()

        def post(headers: dict[str, str]) -> int:
            return raw_post(url, update, headers)

        fake.wait_for(lambda: post({}) == 403, timeout=20)
        assert post({"X-Telegram-Bot-Api-Secret-Token": "wrong"}) == 403
        assert texts(fake, 31) == []
        assert post({"X-Telegram-Bot-Api-Secret-Token": "s3cret-value"}) == 200
        fake.wait_for_messages(1, 31)
        assert "Brå" in texts(fake, 31)[0]
        # Bad input gets a 4xx and a log line, never a 500.
        secret = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-value"}
        assert raw_post(url, b"{not json", secret) == 400
        assert raw_post(url, b'{"no": "update"}', secret) == 400
        assert declared_too_large(port, "/telegram-hook") == 413
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
            health = json.loads(response.read())
            assert health["status"] == "ok" and health["database"] == "ok" and health["municipalities"] >= 18
            assert response.headers["X-Content-Type-Options"] == "nosniff"
    finally:
        assert process.stop() == 0
    log = process.output()
    assert "refused a body that is not a Telegram update" in log and "Refused a request body over" in log
    assert "Traceback" not in log


@pytest.mark.parametrize("method", ["setWebhook", "deleteWebhook"])
def test_sigterm_during_start_up_stops_cleanly(fake: FakeTelegram, tmp_path: Path, method: str) -> None:
    """SIGTERM while Telegram is still answering a start-up request: the bot exits, nothing hangs."""
    fake.slow(method, 3.0)
    args = ["--webhook", f"http://127.0.0.1:{_free_port()}/h", "--listen", "127.0.0.1:0"] \
        if method == "setWebhook" else []
    if args:
        args[-1] = f"127.0.0.1:{args[1].rsplit(':', 1)[1].split('/')[0]}"
    process = BotProcess(fake, tmp_path / "data", tmp_path / "bot.log", *args)
    fake.wait_for(lambda: fake.sent(method), timeout=30)
    time.sleep(0.2)
    assert process.stop(signal.SIGTERM, timeout=20) in (0, 1)
    assert "Traceback" not in process.output()


def test_telegram_and_the_web_chat_in_one_process(fake: FakeTelegram, tmp_path: Path) -> None:
    port = _free_port()
    process = BotProcess(fake, tmp_path / "data", tmp_path / "bot.log", "--web", f"127.0.0.1:{port}")
    try:
        fake.wait_for(lambda: fake.sent("getUpdates"), timeout=30)
        fake.push({"update_id": 7, **message_update("Vad fokuserar Växjö på?", chat_id=41)})
        fake.wait_for_messages(1, 41)
        assert "Brå" in texts(fake, 41)[0]
        body = json.dumps({"conversation": "web-and-telegram-01", "text": "Vad fokuserar Vellinge på?"}).encode()
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/chat", data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert "Trygga unga" in json.loads(response.read())["outputs"][0]["text"]
    finally:
        assert process.stop() == 0
    assert "Traceback" not in process.output()


def test_web_alone_without_a_token_says_telegram_is_off(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    process = subprocess.Popen([EXE, "run", "--web", f"127.0.0.1:{port}"], env={**env, "TRYGGHETSBOT_DATA_DIR": str(tmp_path)},
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    assert response.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.2)
    finally:
        process.send_signal(signal.SIGTERM)
        output = process.communicate(timeout=30)[0].decode()
    assert process.returncode == 0 and "Telegram is off" in output
