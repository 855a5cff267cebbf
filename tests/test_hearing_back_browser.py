"""The web chat shows a resident's news when they come back (issue #34), in a real Chromium: a
concern sent with "Ja, ge mig besked", a status change with a note, the page opened again in the
same browser, and the news first, once; and the same for a kommun followed with the "Följ Växjö"
button, whose entry a staff member publishes anew."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from pathlib import Path
from typing import Any

import yaml

from bot.answering.knowledge import bundled_path
from bot.dates import STOCKHOLM
from bot.storage import open_store
from tests.browser import WebBot, browser, needs_chromium
from tests.test_web_browser import ask, bot_texts, open_page, press, web

pytestmark = needs_chromium
__all__ = ["browser", "web"]  # fixtures
NOTE = "Vi har bett gatukontoret titta på korsningen."


async def staff_change(data_dir: Path, reference: str) -> None:
    """What the console's status change does, from beside the running bot (one SQLite file)."""
    store = await open_store(data_dir)
    try:
        assert await store.set_statuses([reference], "in_progress", NOTE, dt.datetime.now(STOCKHOLM), "Anna")
    finally:
        await store.close()


def test_the_news_is_shown_at_the_top_when_the_resident_returns(browser: Any, web: WebBot) -> None:
    open_page(browser, web, "?kommun=kavlinge")
    ask(browser, "/synpunkt")
    press(browser, "Trafik")
    ask(browser, "Korsningen vid Storgatan")
    ask(browser, "Bilarna kör alldeles för fort på morgonen")
    press(browser, "Nej")
    receipt = press(browser, "Skicka")
    assert receipt.endswith("Vill du få besked när kommunen har tittat på det?")
    reference = receipt.split("Referensnummer: ")[1].split(".")[0]
    assert "Besked visas här i chatten när du kommer tillbaka" in press(browser, "Ja, ge mig besked")

    asyncio.run(staff_change(web.data_dir, reference))
    open_page(browser, web, "?kommun=kavlinge")  # the same browser: the same conversation
    first = bot_texts(browser)[0]
    assert first.startswith(f"Nytt besked om din synpunkt {reference}")
    assert "Status: pågår." in first and f"Kommunen skriver: {NOTE}" in first
    assert browser.find_elements("css selector", "#log li.bot.news")
    open_page(browser, web, "?kommun=kavlinge")  # shown once
    assert not any("Nytt besked" in text for text in bot_texts(browser))
    assert NOTE in ask(browser, "/mina")


async def publish_vaxjo(data_dir: Path, title: str) -> str:
    """What the console's publish does, from beside the running bot: Växjö's entry with one agreement
    retitled, as a new version (the bot's poller takes it in and tells Växjö's followers)."""
    data = yaml.safe_load((bundled_path() / "municipalities" / "vaxjo.yaml").read_text(encoding="utf-8"))
    data["agreements"][-1]["title"] = title
    store = await open_store(data_dir)
    try:
        await store.save_entry_edit("vaxjo", yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "Anna",
                                    dt.datetime.now(STOCKHOLM), 0)
    finally:
        await store.close()
    return str(data["agreements"][-1]["id"])


def test_a_followed_kommun_s_news_is_shown_at_the_top_on_return(browser: Any, web: WebBot) -> None:
    open_page(browser, web)
    assert "Växjö" in ask(browser, "Vad fokuserar Växjö på?")
    assert press(browser, "Följ Växjö").startswith("Nu följer du Växjö.")
    asyncio.run(publish_vaxjo(web.data_dir, "Växjös reviderade överenskommelse"))
    deadline = time.monotonic() + 90  # the bot looks for published entries every 20 s
    while True:
        open_page(browser, web)  # the same browser: the same conversation
        first = bot_texts(browser)[0]
        if first.startswith("Nytt om trygghetsarbetet i Växjö") or time.monotonic() > deadline:
            break
        time.sleep(2)
    assert first.startswith("Nytt om trygghetsarbetet i Växjö")
    assert "Växjös reviderade överenskommelse" in first and "Källa: " in first
    assert browser.find_elements("css selector", "#log li.bot.news")
    open_page(browser, web)  # shown once
    assert not any("Nytt om trygghetsarbetet" in text for text in bot_texts(browser))
    assert ask(browser, "/folj").startswith("Du följer: Växjö.")
