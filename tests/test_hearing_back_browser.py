"""The web chat shows a resident's news when they come back (issue #34), in a real Chromium: a
concern sent with "Ja, ge mig besked", a status change with a note, the page opened again in the
same browser, and the news first, once."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

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
