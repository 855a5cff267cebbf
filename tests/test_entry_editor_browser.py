"""The entry editor end to end, in a real Chromium against `trygghetsbot run` processes: a coordinator
signs in, opens their kommun's entry, adds a new agreement with its source by keyboard (or changes an
existing one's end date), previews the answers beside today's and publishes; then a resident's next
question in the web chat and in Telegram (over the fake Bot API) gets it. On SQLite one process serves
all of it; on PostgreSQL the console is one process and the resident is answered by another, which
has never been restarted. The pages have no WCAG 2.1 A/AA violation.

The agreement is made up for the test and lives only in the test's data dir or database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.staff.accounts import hash_password
from tests.browser import AXE, browser, free_port, needs_chromium, wait_until_up, wcag_violations
from tests.fake_telegram import TOKEN, FakeTelegram, message_update

pytestmark = needs_chromium
__all__ = ["browser"]

PASSWORD = "ett långt lösenord för test"
FOCUS = "Trygghet kring Testtorget"


class Bot:
    """`trygghetsbot run --web …`: the web chat and the console, and with `telegram` Telegram too (by
    long polling the fake Bot API)."""

    def __init__(self, fake: FakeTelegram, data: Path, settings: Path, database_url: str, telegram: bool) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
        env.update({"TELEGRAM_API_BASE_URL": fake.base_url, "TRYGGHETSBOT_DATABASE_URL": database_url,
                    "TRYGGHETSBOT_RESIDENT_HASH_KEY": "shared-key-" + "k" * 24, "TRYGGHETSBOT_DATA_DIR": str(data),
                    "TRYGGHETSBOT_SETTINGS": str(settings), **({"TELEGRAM_BOT_TOKEN": TOKEN} if telegram else {})})
        self.log = data.parent / f"bot-{self.port}.log"
        self.process = subprocess.Popen([sys.executable, "-m", "bot", "run", "--web", f"127.0.0.1:{self.port}"],
                                        env=env, stdout=self.log.open("wb"), stderr=subprocess.STDOUT)
        wait_until_up(f"{self.url}/healthz", self.process)

    def ask(self, text: str, conversation: str = "entry-editor-resident-1") -> str:
        request = urllib.request.Request(f"{self.url}/api/chat", data=json.dumps(
            {"conversation": conversation, "text": text}).encode(), headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=20) as response:
            return "\n".join(o.get("text", "") for o in json.load(response)["outputs"])

    def stop(self) -> int:
        self.process.terminate()
        return self.process.wait(30)


@pytest.fixture()
def deployment(tmp_path: Path, database_url: str) -> Iterator[tuple[Bot, Bot, FakeTelegram]]:
    """The console's process and the resident's: the same one on SQLite, two on PostgreSQL."""
    settings = tmp_path / "settings.yaml"
    settings.write_text(yaml.safe_dump({
        "web_cookie_secure": False,  # plain http on 127.0.0.1 in the test
        "map_tile_url": "",
        "staff": [{"username": "sara", "name": "Sara Samordnare", "password_hash": hash_password(PASSWORD),
                   "municipalities": ["solvesborg"]}]}, allow_unicode=True), encoding="utf-8")
    with FakeTelegram() as fake:
        # On PostgreSQL only the resident's process takes Telegram's updates, so the reply must come from it.
        console = Bot(fake, tmp_path / "data1", settings, database_url, telegram=not database_url)
        resident = Bot(fake, tmp_path / "data2", settings, database_url, telegram=True) if database_url else console
        try:
            yield console, resident, fake
        finally:
            codes = {console.stop(), resident.stop() if resident is not console else 0}
            assert codes == {0}


def wait_for(driver: Any, predicate: Any, timeout: float = 20) -> Any:
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException  # noqa: PLC0415
    from selenium.webdriver.support.ui import WebDriverWait  # noqa: PLC0415

    return WebDriverWait(driver, timeout, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)
                         ).until(lambda d: predicate(d))


def no_violations(driver: Any) -> None:
    if AXE.exists():  # axe-core is installed by CI (see tests/browser.py)
        assert wcag_violations(driver) == []


def type_into(driver: Any, element_id: str, text: str) -> None:
    from selenium.webdriver.common.keys import Keys  # noqa: PLC0415

    field = driver.find_element("id", element_id)
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(text)


def test_a_coordinator_publishes_a_new_agreement_and_residents_get_it(
        browser: Any, deployment: tuple[Bot, Bot, FakeTelegram]) -> None:
    from selenium.webdriver.common.keys import Keys  # noqa: PLC0415
    from selenium.webdriver.support.ui import Select  # noqa: PLC0415

    console, resident, fake = deployment
    assert FOCUS not in resident.ask("Vad fokuserar Sölvesborg på?")
    browser.get(f"{console.url}/staff")
    browser.find_element("id", "username").send_keys("sara")
    browser.find_element("id", "password").send_keys(PASSWORD + Keys.ENTER)
    wait_for(browser, lambda d: d.current_url.endswith("/staff/synpunkter"))
    browser.find_element("link text", "Vår överenskommelse").click()
    wait_for(browser, lambda d: d.current_url.endswith("/staff/kunskap/solvesborg"))
    assert "Minskad tillgreppsbrottslighet" in browser.page_source  # today's entry, shown as it is
    no_violations(browser)

    # The whole form by keyboard: a checkbox by space, the kind by arrow keys, text typed in.
    add = browser.find_element("name", "add")
    add.send_keys(Keys.SPACE)
    assert add.is_selected()
    Select(browser.find_element("id", "kind")).select_by_value("medborgarlofte")
    type_into(browser, "start", "2026-01-01")
    type_into(browser, "end", "2027-12-31")
    type_into(browser, "focus", f"{FOCUS}{Keys.ENTER}Trygg skolväg")
    type_into(browser, "people", "Testa Testsson; kommunstyrelsens ordförande; skrev under")
    type_into(browser, "parties", f"Sölvesborgs kommun{Keys.ENTER}Polisen")
    type_into(browser, "url", "https://example.org/medborgarlofte-test")
    type_into(browser, "source_title", "Nytt medborgarlöfte (test)")
    type_into(browser, "source_date", "2026-01-10")
    type_into(browser, "quote", "Vi lovar trygghet kring Testtorget")
    submit = browser.find_element("css selector", "form.entry-form button[type=submit]")
    submit.send_keys(Keys.ENTER)
    wait_for(browser, lambda d: d.current_url.endswith("/forhandsgranska"))
    table = browser.find_element("css selector", "table.preview")
    assert "Efter publicering" in table.text and FOCUS in table.text and "Minskad tillgreppsbrottslighet" in table.text
    no_violations(browser)
    browser.find_element("xpath", "//button[text()='Publicera']").send_keys(Keys.ENTER)
    wait_for(browser, lambda d: "publicerad=1" in d.current_url)
    assert "Publicerat" in browser.find_element("css selector", "[role=status]").text
    assert FOCUS in browser.page_source and "Sara Samordnare" in browser.page_source

    # The resident's next question: in the web chat, then in Telegram, on the resident's process.
    deadline = time.monotonic() + 60
    while FOCUS not in resident.ask("Vad fokuserar Sölvesborg på?"):
        assert time.monotonic() < deadline, "the resident's process did not serve the new entry within a minute"
        time.sleep(1)
    fake.push(message_update("Vad fokuserar Sölvesborg på?", chat_id=5151))
    reply = fake.wait_for(lambda: next((c for c in fake.sent_to(5151) if FOCUS in str(c.params.get("text"))), None),
                          timeout=30)
    assert "Trygg skolväg" in str(reply.params["text"])


def test_a_coordinator_ends_an_agreement_by_keyboard_and_residents_get_it(
        browser: Any, deployment: tuple[Bot, Bot, FakeTelegram]) -> None:
    """An existing agreement changed by keyboard only: the link by Tab and Enter, the source by a radio
    button and space, the fields typed in; the preview and publishing as for a new agreement."""
    from selenium.webdriver.common.keys import Keys  # noqa: PLC0415

    console, resident, _ = deployment
    question = "Hur länge gäller avtalet i Sölvesborg?"
    assert "31 december 2025" not in resident.ask(question)
    browser.get(f"{console.url}/staff")
    browser.find_element("id", "username").send_keys("sara")
    browser.find_element("id", "password").send_keys(PASSWORD + Keys.ENTER)
    wait_for(browser, lambda d: d.current_url.endswith("/staff/synpunkter"))
    browser.get(f"{console.url}/staff/kunskap/solvesborg")
    link = browser.find_element("css selector", 'a[href="/staff/kunskap/solvesborg/avtal/medborgarlofte-2024"]')
    assert link.text == "Ändra" and link.get_attribute("aria-describedby")
    link.send_keys(Keys.ENTER)
    wait_for(browser, lambda d: d.current_url.endswith("/avtal/medborgarlofte-2024"))
    assert browser.find_element("id", "end").get_attribute("value") == "2024"  # today's value, filled in
    no_violations(browser)

    type_into(browser, "end", "2025-12-31")
    browser.find_element("css selector", "input[name=source_choice][value=ny]").send_keys(Keys.SPACE)
    type_into(browser, "url", "https://example.org/forlangt-medborgarlofte-test")
    type_into(browser, "source_title", "Medborgarlöftet förlängs (test)")
    type_into(browser, "publisher", "Sölvesborgs kommun")
    type_into(browser, "source_date", "2025-01-15")
    # First without the quote: refused, said in an alert, and nothing typed is lost.
    browser.find_element("css selector", "form.entry-form button[type=submit]").send_keys(Keys.ENTER)
    wait_for(browser, lambda d: d.find_elements("css selector", "[role=alert]"))
    assert "citat" in browser.find_element("css selector", "[role=alert]").text
    assert browser.find_element("id", "end").get_attribute("value") == "2025-12-31"
    assert browser.find_element("css selector", "input[name=source_choice][value=ny]").is_selected()
    type_into(browser, "quote", "Medborgarlöftet förlängs till och med 2025")
    browser.find_element("css selector", "form.entry-form button[type=submit]").send_keys(Keys.ENTER)
    wait_for(browser, lambda d: d.find_elements("css selector", "table.preview"))
    assert "till 31 december 2025" in browser.find_element("css selector", "table.preview").text
    no_violations(browser)
    browser.find_element("xpath", "//button[text()='Publicera']").send_keys(Keys.ENTER)
    wait_for(browser, lambda d: "publicerad=1" in d.current_url)

    deadline = time.monotonic() + 60
    while "från 2024 till 31 december 2025" not in resident.ask(question):
        assert time.monotonic() < deadline, "the resident's process did not serve the change within a minute"
        time.sleep(1)
