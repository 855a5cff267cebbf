"""Telegram handlers: real Update objects through the real Application, Telegram faked over HTTP."""

from __future__ import annotations

import html
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.settings import Settings
from handlers.telegram.app import RedactToken, RetryingRateLimiter, build_application
from handlers.telegram.render import split_message, to_html
from tests.fake_telegram import TOKEN, FakeTelegram, callback_update, location_update, message_update


class Harness:
    def __init__(self, app: Any, fake: FakeTelegram) -> None:
        self.app, self.fake = app, fake
        self.update_id = 0

    async def send(self, update: dict[str, Any]) -> None:
        self.update_id += 1
        await self.app.process_update(Update.de_json({"update_id": self.update_id, **update}, self.app.bot))

    def replies(self, chat_id: int = 4242) -> list[str]:
        return [str(c.params["text"]) for c in self.fake.sent() if int(c.params["chat_id"]) == chat_id]

    def markups(self, chat_id: int = 4242) -> list[dict[str, Any]]:
        return [c.params.get("reply_markup") or {} for c in self.fake.sent() if int(c.params["chat_id"]) == chat_id]


def fast_limiter() -> RetryingRateLimiter:
    # Production keeps Telegram's flood limits; tests need not wait for them.
    return RetryingRateLimiter(max_retries=3, backoff_seconds=0.01, overall_max_rate=0, group_max_rate=0)


@pytest.fixture()
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    with FakeTelegram() as fake:
        settings = Settings(telegram_bot_token=TOKEN, telegram_api_base_url=fake.base_url,
                            data_dir=tmp_path / "data")
        app = build_application(settings, rate_limiter=fast_limiter())
        async with app:
            await app.post_init(app)
            yield Harness(app, fake)
            await app.post_shutdown(app)


async def test_setup_registers_commands_in_swedish_and_english(harness: Harness) -> None:
    calls = harness.fake.sent("setMyCommands")
    assert [c.params.get("language_code") for c in calls] == [None, "sv", "en"]
    swedish = {c["command"] for c in calls[1].params["commands"]}
    english = {c["command"] for c in calls[2].params["commands"]}
    assert {"start", "hjalp", "kommuner", "integritet", "avbryt", "synpunkt", "trygghet"} <= swedish
    assert {"help", "municipalities", "privacy", "cancel", "concern", "survey"} <= english
    # Every command in the menu is one the dialogue takes, and /hjalp names the survey.
    from bot.dialogue import COMMANDS, HELP, WELCOME  # noqa: PLC0415
    assert all(command in COMMANDS for command in swedish | english)
    assert "/trygghet" in HELP[0] and "/survey" in HELP[1] and "/trygghet" in WELCOME[0]
    # A count in the menu's description must be the survey's own (it said "Fem frågor" for four).
    from bot.concerns.survey import QUESTIONS  # noqa: PLC0415
    counts = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "two": 2, "three": 3, "four": 4, "five": 5}
    for call in calls[1:]:
        (described,) = [c["description"] for c in call.params["commands"] if c["command"] in ("trygghet", "survey")]
        assert all(counts[w] == len(QUESTIONS) for w in described.lower().replace("?", " ").split() if w in counts)


async def test_question_gets_html_answer_with_follow_up_buttons(harness: Harness) -> None:
    await harness.send(message_update("Vad fokuserar Sölvesborg på?"))
    reply = harness.fake.sent()[-1]
    assert reply.params["parse_mode"] == "HTML"
    assert "Minskad tillgreppsbrottslighet" in reply.params["text"]
    assert "<i>Källa: Sölvesborgs kommun" in reply.params["text"]
    buttons = [b for row in reply.params["reply_markup"]["inline_keyboard"] for b in row]
    assert {b["callback_data"] for b in buttons} == {"t|solvesborg|period", "t|solvesborg|people",
                                                     "t|solvesborg|source", "f|solvesborg"}
    assert [b["text"] for b in buttons] == ["Period", "Kontakter", "Källa", "Följ Sölvesborg"]  # the last: #34


async def test_context_lives_with_the_chat(harness: Harness) -> None:
    await harness.send(message_update("Berätta om Vellinge", chat_id=1))
    await harness.send(message_update("Berätta om Växjö", chat_id=2))
    await harness.send(message_update("Och hur länge gäller det?", chat_id=1))
    await harness.send(message_update("Och hur länge gäller det?", chat_id=2))
    assert "Vellinge" in harness.replies(1)[-1] and "2026" in harness.replies(1)[-1]
    assert "Växjö" in harness.replies(2)[-1] and "september 2023" in harness.replies(2)[-1]


async def test_english_user_gets_english_start_and_answers(harness: Harness) -> None:
    await harness.send(message_update("/start", language_code="en-GB"))
    assert harness.replies()[-1].startswith("Hi! I am Trygghetsboten.")
    await harness.send(message_update("What does Kävlinge focus on?", language_code="en"))
    assert "Safety in public spaces" in harness.replies()[-1]


async def test_start_welcomes_with_112_and_municipality_buttons(harness: Harness) -> None:
    await harness.send(message_update("/start"))
    text = harness.replies()[-1]
    assert text.startswith("Hej! Jag är Trygghetsboten.") and "Vid fara: ring 112." in text
    # With many municipalities the welcome points to /kommuner rather than showing a button for each.
    assert "/kommuner" in text and not (harness.markups()[-1] or {}).get("inline_keyboard")
    await harness.send(message_update("/kommuner"))
    buttons = [b["callback_data"] for row in harness.markups()[-1]["inline_keyboard"] for b in row]
    assert "t|solvesborg|overview" in buttons and len(buttons) == len(harness.app.bot_data.engine.knowledge.municipalities)


async def test_start_deep_link_opens_a_municipality(harness: Harness) -> None:
    await harness.send(message_update("/start solvesborg"))
    assert "lokalpolisområde Karlshamn" in harness.replies()[-1]
    await harness.send(message_update("/start atlantis"))
    assert harness.replies()[-1].startswith("Hej! Jag är Trygghetsboten.")


@pytest.mark.parametrize(("command", "expected"), [
    ("/hjalp", "Skriv en fråga om trygghetsarbetet"), ("/help", "Skriv en fråga om trygghetsarbetet"),
    ("/kommuner", "Välj en kommun:"), ("/municipalities", "Välj en kommun:"),
    ("/integritet", "Frågor du ställer sparas inte med ditt namn."),
    ("/privacy", "Frågor du ställer sparas inte med ditt namn."),
    ("/avbryt", "Avbrutet."), ("/cancel", "Avbrutet."),
    ("/frobnicate", "Det kommandot känner jag inte till."),
])
async def test_commands(harness: Harness, command: str, expected: str) -> None:
    await harness.send(message_update(command))
    assert harness.replies()[-1].startswith(expected)


async def test_topic_button_answers_and_stale_button_is_polite(harness: Harness) -> None:
    await harness.send(callback_update("t|kavlinge|people"))
    assert "Freddy Nilsson" in harness.replies()[-1]
    answered = harness.fake.sent("answerCallbackQuery")
    assert answered and "text" not in answered[-1].params
    for forged in ("t|atlantis|people", "t|kavlinge|'; DROP TABLE", "x|y", "", "q|" + "a" * 200):
        before = len(harness.replies())
        await harness.send(callback_update(forged))
        assert len(harness.replies()) == before
        assert harness.fake.sent("answerCallbackQuery")[-1].params["text"].startswith(
            "Den här knappen fungerar inte längre.")


async def test_suggestion_button_asks_the_suggested_question(harness: Harness) -> None:
    await harness.send(message_update("Vad fokuserar Solvsbrg på?"))
    markup = harness.markups()[-1]
    data = markup["inline_keyboard"][0][0]["callback_data"]
    assert data == "q|Sölvesborgs fokusområden"
    await harness.send(callback_update(data))
    assert "Minskad tillgreppsbrottslighet" in harness.replies()[-1]


async def test_location_outside_a_concern(harness: Harness) -> None:
    await harness.send(location_update(56.05, 14.58))
    assert "/synpunkt" in harness.replies()[-1]


async def test_groups_answer_only_when_addressed(harness: Harness) -> None:
    group = -100123
    await harness.send(message_update("Vad fokuserar Vellinge på?", chat_id=group, chat_type="supergroup"))
    assert harness.replies(group) == []
    await harness.send(message_update("@trygghets_test_bot Vad fokuserar Vellinge på?", chat_id=group,
                                      chat_type="supergroup"))
    assert "Trygga unga" in harness.replies(group)[-1]
    await harness.send(message_update("och Burlöv?", chat_id=group, chat_type="supergroup", reply_to_bot=True))
    assert "Mängdbrott" in harness.replies(group)[-1]
    await harness.send(message_update("/hjalp@trygghets_test_bot", chat_id=group, chat_type="supergroup"))
    assert harness.replies(group)[-1].startswith("Skriv en fråga")


async def test_an_error_is_logged_and_the_resident_gets_a_friendly_message(
        harness: Harness, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")
    monkeypatch.setattr(harness.app.bot_data.engine, "answer", broken)
    with caplog.at_level(logging.ERROR):
        await harness.send(message_update("Vad fokuserar Vellinge på?"))
    assert harness.replies()[-1] == "Något gick fel hos mig. Försök igen om en stund. Vid fara: ring 112."
    assert "boom" not in harness.replies()[-1]
    assert any(r.exc_info and "boom" in str(r.exc_info[1]) for r in caplog.records)


async def test_429_and_502_are_retried_and_the_answer_arrives_once(harness: Harness) -> None:
    harness.fake.fail("sendMessage", 429, times=1, retry_after=1)
    harness.fake.fail("sendMessage", 502, times=2)
    await harness.send(message_update("Vad fokuserar Burlöv på?", chat_id=77))
    delivered = harness.replies(77)
    assert len(delivered) == 1 and "Mängdbrott" in delivered[0]
    failed = [c.method for c in harness.fake.calls if c.method.startswith("sendMessage!")]
    assert failed == ["sendMessage!429", "sendMessage!502", "sendMessage!502"]


def test_html_is_escaped_and_long_answers_are_split() -> None:
    assert to_html("a < b & <script>") == "a &lt; b &amp; &lt;script&gt;"
    text = to_html(("Rad med <tecken> & mer. " * 20 + "\n") * 40)
    chunks = split_message(text)
    assert len(chunks) > 1 and all(len(c) <= 4096 for c in chunks)
    squeeze = lambda t: "".join(html.unescape(t).split())  # noqa: E731
    assert squeeze("".join(chunks)) == squeeze(text)
    no_breaks = split_message("&amp;" * 2000)
    assert all(len(c) <= 4096 and not c.endswith("&amp") for c in no_breaks)


def test_token_is_redacted_from_log_records() -> None:
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "HTTP Request: POST %s",
                               (f"https://api.telegram.org/bot{TOKEN}/getMe",), None)
    RedactToken(TOKEN).filter(record)
    assert TOKEN not in record.getMessage() and "/bot<token>/getMe" in record.getMessage()


# -- concerns ----------------------------------------------------------------------------------------

def buttons(markup: dict[str, Any]) -> list[str]:
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def test_concern_in_telegram_from_command_to_receipt(harness: Harness) -> None:
    await harness.send(message_update("Vad fokuserar Sölvesborg på?"))
    await harness.send(message_update("/synpunkt"))
    first = harness.replies()[-1]
    assert "Det här är inte en polisanmälan." in first and "Vad gäller det i Sölvesborg?" in first
    assert "c|fokus-tillgreppsbrott" in buttons(harness.markups()[-1])
    await harness.send(callback_update("c|fokus-tillgreppsbrott"))
    edited = harness.fake.sent("editMessageText")[-1].params["text"]
    assert edited.endswith("✓ Minskad tillgreppsbrottslighet")
    place = harness.fake.sent()[-1].params
    keyboard = place["reply_markup"]["keyboard"]
    assert keyboard[0][0]["request_location"] is True and keyboard[1][0]["text"] == "Hoppa över"
    await harness.send(location_update(56.05, 14.58))
    removed, description = (call.params for call in harness.fake.sent()[-2:])
    assert removed["reply_markup"] == {"remove_keyboard": True}
    # Every step has Avbryt (#32), so the location keyboard goes in a message of its own.
    assert description["text"].startswith("Beskriv med egna ord") and description["reply_markup"] == {
        "inline_keyboard": [[{"callback_data": "c|cancel", "text": "Avbryt"}]]}
    await harness.send(message_update("Cyklar stjäls vid stationen, ring mig på 070-123 45 67"))
    await harness.send(callback_update("c|no"))
    assert "Plats: 56.05000, 14.58000" in harness.replies()[-1]
    await harness.send(callback_update("c|send"))
    assert "Referensnummer: SOL-2026-000001" in harness.replies()[-1] or "Referensnummer: SOL-" in harness.replies()[-1]
    (stored,) = await harness.app.bot_data.desk.db.concerns()
    assert stored.description == "Cyklar stjäls vid stationen, ring mig på [telefon]" and stored.channel == "telegram"
    await harness.send(callback_update("c|send"))
    assert harness.fake.sent("answerCallbackQuery")[-1].params["text"].startswith("Den här knappen fungerar inte")
    assert len(await harness.app.bot_data.desk.db.concerns()) == 1
    await harness.send(message_update("/mina"))
    assert harness.replies()[-1].startswith("Dina synpunkter:\n• SOL-")


async def test_wanting_to_give_feedback_starts_the_flow_and_cancel_stops_it(harness: Harness) -> None:
    await harness.send(message_update("Jag vill tycka till om tryggheten i Vellinge"))
    assert "Vad gäller det i Vellinge?" in harness.replies()[-1]
    await harness.send(message_update("Trafik"))
    assert harness.replies()[-1].startswith("Var är det?")
    await harness.send(message_update("/avbryt"))
    assert harness.replies()[-1].startswith("Avbrutet.")
    await harness.send(message_update("Vad fokuserar Vellinge på?"))
    assert "Trygga unga" in harness.replies()[-1]


async def test_danger_during_a_concern_gets_112(harness: Harness) -> None:
    await harness.send(message_update("/concern", language_code="en"))
    await harness.send(callback_update("c|vaxjo"))
    await harness.send(message_update("help someone is attacking me", language_code="en"))
    assert harness.replies()[-1].startswith("Are you or someone else in danger right now? Call 112")


async def test_erasure_needs_confirmation(harness: Harness) -> None:
    desk = harness.app.bot_data.desk
    await harness.send(message_update("/synpunkt"))
    for reply in ("c|kavlinge", "c|trafik", "c|skip"):
        await harness.send(callback_update(reply))
    await harness.send(message_update("Det är mörkt längs cykelvägen hela vintern."))
    await harness.send(callback_update("c|no"))
    await harness.send(callback_update("c|send"))
    await harness.send(message_update("/radera"))
    assert buttons(harness.markups()[-1]) == ["d|yes", "d|no"]
    await harness.send(callback_update("d|no"))
    assert harness.fake.sent("editMessageText")[-1].params["text"] == "Inget raderades."
    assert len(await desk.db.concerns()) == 1
    # An answered confirmation cannot be pressed again: a stale "yes" deletes nothing.
    await harness.send(callback_update("d|yes"))
    assert harness.fake.sent("answerCallbackQuery")[-1].params["text"].startswith("Den här knappen")
    assert len(await desk.db.concerns()) == 1
    await harness.send(message_update("/radera"))
    await harness.send(callback_update("d|yes"))
    assert harness.fake.sent("editMessageText")[-1].params["text"] == "Klart. 1 synpunkt(er) raderade."
    assert await desk.db.concerns() == []


async def test_unanswered_questions_are_logged_masked(harness: Harness) -> None:
    await harness.send(message_update("Vad kostar parkering? ring 070-111 22 33"))
    await harness.send(message_update("Vad fokuserar Vellinge på?"))
    rows = await harness.app.bot_data.desk.db.unanswered()
    assert [(text, count) for text, count, _, _ in rows] == [("Vad kostar parkering? ring [telefon]", 1)]
