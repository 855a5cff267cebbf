"""The resident chat page in a real Chromium: questions, buttons, a whole concern, /mina, 112,
keyboard only, the embed snippet on another origin, and no WCAG 2.1 A/AA violation (axe-core)."""

from __future__ import annotations

import http.server
import json
import sqlite3
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tests.browser import WebBot, browser, chrome, free_port, needs_axe, needs_chromium, wcag_violations

pytestmark = needs_chromium
__all__ = ["browser"]


@pytest.fixture()
def web(tmp_path: Path) -> Iterator[WebBot]:
    bot = WebBot(tmp_path / "data")
    try:
        yield bot
    finally:
        assert bot.stop() == 0


def bot_texts(driver: Any) -> list[str]:
    return [e.text for e in driver.find_elements("css selector", "#log li.bot .msg")]


def wait_for(driver: Any, predicate: Any, timeout: float = 15) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait  # noqa: PLC0415

    return WebDriverWait(driver, timeout).until(lambda d: predicate(d))


def ask(driver: Any, text: str) -> str:
    """Type a message and press Enter; returns the newest bot message once it arrives."""
    from selenium.webdriver.common.keys import Keys  # noqa: PLC0415

    before = len(bot_texts(driver))
    box = driver.find_element("id", "question")
    box.send_keys(text + Keys.ENTER)
    wait_for(driver, lambda d: len(bot_texts(d)) > before and idle(d))
    return bot_texts(driver)[-1]


def idle(driver: Any) -> bool:
    """No reply on its way (the log is not aria-busy): what a reply brings has all arrived."""
    return driver.execute_script("return document.getElementById('log').parentNode.getAttribute('aria-busy')") != "true"


def press(driver: Any, label: str) -> str:
    before = len(bot_texts(driver))
    buttons = [b for b in driver.find_elements("css selector", "#log .buttons button")
               if b.text == label and b.is_enabled()]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", buttons[-1])
    buttons[-1].click()
    wait_for(driver, lambda d: len(bot_texts(d)) > before and idle(d))
    return bot_texts(driver)[-1]


def open_page(driver: Any, web: WebBot, query: str = "") -> None:
    driver.get(f"{web.url}/{query}")
    wait_for(driver, lambda d: len(bot_texts(d)) >= 1 and idle(d))


def test_question_answer_with_source_and_a_follow_up_button(browser: Any, web: WebBot) -> None:
    open_page(browser, web)
    assert bot_texts(browser)[0].startswith("Hej! Jag är Trygghetsboten.")
    answer = ask(browser, "Vad fokuserar Sölvesborg på?")
    assert "Minskad tillgreppsbrottslighet" in answer and "Källa: Sölvesborgs kommun" in answer
    period = press(browser, "Period")
    assert "2026" in period


def test_a_whole_concern_with_a_typed_place_ends_in_a_stored_receipt(browser: Any, web: WebBot) -> None:
    open_page(browser, web, "?kommun=kavlinge")
    ask(browser, "/synpunkt")
    press(browser, "Trafik")
    assert "Var är det?" in bot_texts(browser)[-1]
    ask(browser, "Korsningen vid Storgatan")
    ask(browser, "Bilarna kör alldeles för fort på morgonen")
    summary = press(browser, "Nej")
    assert "Plats: Korsningen vid Storgatan" in summary
    receipt = press(browser, "Skicka")
    reference = receipt.split("Referensnummer: ")[1].split(".")[0]
    with sqlite3.connect(web.data_dir / "trygghetsbot.sqlite3") as db:
        assert db.execute("SELECT channel FROM concerns WHERE service_request_id = ?", (reference,)).fetchone() == ("web",)
    assert reference in ask(browser, "/mina")


def test_danger_gets_112_first(browser: Any, web: WebBot) -> None:
    open_page(browser, web)
    text = ask(browser, "någon bryter sig in nu")
    assert "112" in text.split("\n")[0]
    assert browser.find_elements("css selector", "#log li.bot.urgent")


def test_keyboard_only(browser: Any, web: WebBot) -> None:
    from selenium.webdriver.common.action_chains import ActionChains  # noqa: PLC0415
    from selenium.webdriver.common.keys import Keys  # noqa: PLC0415

    open_page(browser, web)
    actions = ActionChains(browser)
    # From the top of the page, Tab reaches the municipality buttons, then the question field.
    browser.find_element("tag name", "body").click()
    for _ in range(6):
        actions.send_keys(Keys.TAB).perform()
        if browser.switch_to.active_element.get_attribute("id") == "question":
            break
    assert browser.switch_to.active_element.get_attribute("id") == "question"
    before = len(bot_texts(browser))
    actions.send_keys("Vad fokuserar Vellinge på?" + Keys.ENTER).perform()
    wait_for(browser, lambda d: len(bot_texts(d)) > before)
    assert "Trygga unga" in bot_texts(browser)[-1]
    # Shift+Tab goes back to the answer's buttons; Enter presses one.
    actions.key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    focused = browser.switch_to.active_element
    assert focused.tag_name == "button"
    before = len(bot_texts(browser))
    actions.send_keys(Keys.ENTER).perform()
    wait_for(browser, lambda d: len(bot_texts(d)) > before)


def test_the_embed_snippet_on_a_page_of_another_origin(tmp_path: Path) -> None:
    host_port = free_port()
    host_origin = f"http://localhost:{host_port}"
    bot = WebBot(tmp_path / "data", env={"TRYGGHETSBOT_WEB_FRAME_ANCESTORS": host_origin})
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        '<!doctype html><html lang="sv"><head><title>Sölvesborgs kommun</title></head><body><h1>Kommunen</h1>'
        f'<script src="{bot.url}/embed.js" data-kommun="solvesborg" defer></script></body></html>', encoding="utf-8")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", host_port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    driver = chrome()
    try:
        driver.get(f"{host_origin}/index.html")
        opener = wait_for(driver, lambda d: d.find_element("css selector", "button.tb-open"))
        assert opener.text == "Fråga om tryggheten" and opener.get_attribute("aria-expanded") == "false"
        opener.click()
        frame = driver.find_element("css selector", "iframe.tb-panel")
        driver.switch_to.frame(frame)
        wait_for(driver, lambda d: len(bot_texts(d)) >= 1)
        assert "lokalpolisområde Karlshamn" in bot_texts(driver)[0]  # data-kommun preselected Sölvesborg
    finally:
        driver.quit()
        server.shutdown()
        assert bot.stop() == 0


@needs_axe
def test_no_wcag_violations_with_an_answer_a_concern_and_an_error(browser: Any, web: WebBot) -> None:
    open_page(browser, web)
    ask(browser, "Vad fokuserar Sölvesborg på?")
    ask(browser, "/synpunkt")  # after a question about Sölvesborg, the concern starts there
    press(browser, "Trafik")
    browser.execute_script("window.trygghetsboten.send({text: 'x'.repeat(3000)});")
    wait_for(browser, lambda d: d.find_element("id", "status").text != "")
    for width in (1280, 390):
        browser.set_window_size(width, 900)
        violations = wcag_violations(browser)
        assert violations == [], json.dumps(violations, indent=1)


def _in_view(driver: Any, element: Any) -> bool:
    return bool(driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
        element))


def test_welcome_buttons_linked_sources_and_only_the_current_step_active(browser: Any, web: WebBot) -> None:
    browser.set_window_size(390, 700)  # a phone: the page scrolls
    open_page(browser, web)
    labels = [b.text for b in browser.find_elements("css selector", "#log li.bot .buttons button")]
    assert labels[:2] == ["Lämna en synpunkt", "Svara på trygghetsmätningen"]
    # The welcome's button starts a concern; once the resident types instead, old choices go dead.
    press(browser, "Lämna en synpunkt")
    assert browser.find_elements("css selector", "#log li.bot:last-child .buttons button")
    ask(browser, "Vad fokuserar Lund på?")
    earlier = browser.find_elements("css selector", "#log li.bot:not(:last-child) .buttons button")
    assert earlier and not any(b.is_enabled() for b in earlier)
    answer = ask(browser, "/avbryt") and ask(browser, "Vad fokuserar Lund på?")
    assert "Källa:" in answer
    links = browser.find_elements("css selector", "#log li.bot:last-child .source a")
    assert links and all(a.get_attribute("href").startswith("https://") for a in links)
    assert not any(a.get_attribute("href").endswith((".", ",", ";")) for a in links)
    # The answer's buttons are scrolled into view with it, not left below the fold.
    wait_for(browser, lambda d: _in_view(d, d.find_elements("css selector", "#log li.bot:last-child .buttons button")[-1]))
