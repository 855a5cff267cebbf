"""The staff console in a real Chromium against `trygghetsbot run --web`: sign in, only my
municipality, filter, open a concern, change its status with a note and see it in the resident's
/mina, download CSV and XLSX, the map with its points, a URL edited to another municipality's
concern (403, logged), keyboard use, and no WCAG 2.1 A/AA violation.

Set TRYGGHETSBOT_SCREENSHOTS=docs to write the README's screenshots of the console.
"""

from __future__ import annotations

import io
import json
import os
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml

from bot.staff import export
from bot.staff.accounts import hash_password
from tests.browser import WebBot, browser, needs_axe, needs_chromium, wcag_violations

pytestmark = needs_chromium
__all__ = ["browser"]

PASSWORD = "ett långt lösenord för test"
SCREENSHOTS = os.environ.get("TRYGGHETSBOT_SCREENSHOTS")


def api(web: WebBot, conversation: str, **body: Any) -> list[dict[str, Any]]:
    request = urllib.request.Request(f"{web.url}/api/chat", data=json.dumps({"conversation": conversation, **body})
                                     .encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        outputs: list[dict[str, Any]] = json.load(response)["outputs"]
        return outputs


def report(web: WebBot, conversation: str, municipality: str, category: str, place: str, text: str) -> str:
    """A resident's whole concern through the web chat's API, as the page sends it."""
    for step in ({"text": "/synpunkt"}, {"choice": municipality}, {"choice": category}, {"text": place},
                 {"text": text}, {"choice": "no"}):
        api(web, conversation, **step)
    receipt = api(web, conversation, choice="send")[0]
    assert receipt["kind"] == "receipt", receipt
    return str(receipt["reference"])


@pytest.fixture()
def console(tmp_path: Path) -> Iterator[tuple[WebBot, dict[str, str]]]:
    settings = tmp_path / "settings.yaml"
    settings.write_text(yaml.safe_dump({
        "web_cookie_secure": False,  # plain http on 127.0.0.1 in the test
        "map_tile_url": "",  # no internet here: the grid stands in for tiles
        "concerns_per_hour": 10,  # four residents' concerns from one address, 127.0.0.1
        "staff": [{"username": "sara", "name": "Sara Samordnare", "password_hash": hash_password(PASSWORD),
                   "municipalities": ["solvesborg"]}]}, allow_unicode=True), encoding="utf-8")
    web = WebBot(tmp_path / "data", env={"TRYGGHETSBOT_SETTINGS": str(settings)})
    try:
        references = {
            "dark": report(web, "resident-one-0000001", "solvesborg", "trafik", "56.0512, 14.5853",
                           "Mörkt och bilar kör fort vid stationen"),
            "near": report(web, "resident-two-0000002", "solvesborg", "trafik", "56.0513, 14.5855",
                           "Fortkörning nära stationen på kvällen"),
            "square": report(web, "resident-three-00003", "solvesborg", "skadegorelse", "Stortorget",
                             "Klotter på bänkarna"),
            "vellinge": report(web, "resident-four-000004", "vellinge", "trafik", "Höllviken centrum",
                               "Mopeder på gångbanan"),
        }
        yield web, references
    finally:
        assert web.stop() == 0


def sign_in(driver: Any, web: WebBot) -> None:
    driver.get(f"{web.url}/staff")
    driver.find_element("id", "username").send_keys("sara")
    driver.find_element("id", "password").send_keys(PASSWORD)
    driver.find_element("css selector", "form.login button").click()
    wait_for(driver, lambda d: d.current_url.endswith("/staff/synpunkter"))


def wait_for(driver: Any, predicate: Any, timeout: float = 15) -> Any:
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException  # noqa: PLC0415
    from selenium.webdriver.support.ui import WebDriverWait  # noqa: PLC0415

    # The page is replaced after each form: an element found before may be gone, so look again.
    return WebDriverWait(driver, timeout, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)
                         ).until(lambda d: predicate(d))


def download(driver: Any, url: str) -> bytes:
    """What the browser's download link returns, fetched with the browser's own session cookie."""
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Cookie": cookies}), timeout=30) as response:
        assert "attachment" in response.headers["Content-Disposition"]
        return bytes(response.read())


def shoot(driver: Any, name: str) -> None:
    if SCREENSHOTS:
        driver.save_screenshot(str(Path(SCREENSHOTS) / name))


def test_sign_in_filter_open_change_status_and_download(browser: Any, console: tuple[WebBot, dict[str, str]]) -> None:
    from selenium.webdriver.support.ui import Select  # noqa: PLC0415

    web, references = console
    sign_in(browser, web)
    rows = browser.find_elements("css selector", "tbody tr")
    assert len(rows) == 3 and references["vellinge"] not in browser.page_source
    assert "3 synpunkter matchar" in browser.find_element("css selector", ".summary").text
    shoot(browser, "staff-list.png")

    Select(browser.find_element("id", "kategori")).select_by_visible_text("Skadegörelse")
    browser.find_element("css selector", "form.filters button").click()
    wait_for(browser, lambda d: "1 synpunkt matchar" in d.find_element("css selector", ".summary").text)
    assert references["square"] in browser.page_source

    csv_link = browser.find_element("link text", "CSV").get_attribute("href")
    rows_csv = export.read_csv(download(browser, csv_link).decode("utf-8-sig"))
    assert [r["service_request_id"] for r in rows_csv] == [references["square"]]
    browser.find_element("link text", "Rensa").click()
    xlsx_link = browser.find_element("link text", "Excel (XLSX)").get_attribute("href")
    sheet = openpyxl.load_workbook(io.BytesIO(download(browser, xlsx_link)), read_only=True).worksheets[0]
    exported = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(exported) == sorted(references[k] for k in ("dark", "near", "square"))

    browser.find_element("link text", references["dark"]).click()
    assert "Mörkt och bilar kör fort vid stationen" in browser.page_source
    wait_for(browser, lambda d: d.find_element("id", "map").get_attribute("data-loaded") == "1")
    assert browser.find_elements("css selector", "#map .leaflet-marker-icon")  # its place on a map
    browser.find_element("css selector", "input[name=status][value=in_lagesbild]").click()
    note = browser.find_element("id", "note")
    note.clear()
    note.send_keys("Tas med i lägesbilden för 2027.")
    browser.find_element("css selector", ".status-form button").click()
    wait_for(browser, lambda d: d.find_elements("css selector", ".saved"))
    assert "Sara Samordnare" in browser.find_element("css selector", "table.audit").text
    shoot(browser, "staff-concern.png")
    mine = api(web, "resident-one-0000001", text="/mina")[0]["text"]
    assert references["dark"] in mine and "i lägesbilden: Tas med i lägesbilden för 2027." in mine


def test_the_map_shows_the_points_clustered_with_place_names(browser: Any,
                                                              console: tuple[WebBot, dict[str, str]]) -> None:
    web, references = console
    sign_in(browser, web)
    browser.get(f"{web.url}/staff/karta")
    wait_for(browser, lambda d: d.find_element("id", "map").get_attribute("data-loaded"))
    assert browser.find_element("id", "map").get_attribute("data-loaded") == "2"  # the two with coordinates
    # The two points 15 m apart overlap, so they are drawn as one cluster of 2.
    # (Leaflet draws the clusters again while it zooms to the points: wait for it to settle.)
    (cluster,) = wait_for(browser, lambda d: [e for e in d.find_elements("css selector", ".marker-cluster")
                                              if e.text.strip() == "2"][:1])
    # The grid stands in for tiles: lines with their degrees.
    assert any("° N" in e.text for e in browser.find_elements("css selector", ".grid-label"))
    # The cluster opens into its points; a point opens a popup that links to its concern.
    browser.execute_script("arguments[0].click();", cluster)
    markers = wait_for(browser, lambda d: d.find_elements("css selector",
                                                          ".leaflet-marker-icon:not(.marker-cluster)"))
    marker = markers[0]
    browser.execute_script("arguments[0].click();", marker)
    # The popup fades in: its link has no visible text until it has (Selenium reads what is shown).
    link = wait_for(browser, lambda d: [a for a in d.find_elements("css selector", ".leaflet-popup-content a")
                                        if a.text])[0]
    assert link.text in (references["dark"], references["near"])
    shoot(browser, "staff-map.png")
    # The list under the map has the same points, for keyboard and screen reader.
    listed = [a.text for a in browser.find_elements("css selector", "ul.points a")]
    assert sorted(listed) == sorted([references["dark"], references["near"]])


def test_another_municipalitys_concern_looks_missing_and_is_logged(browser: Any, console: tuple[WebBot, dict[str, str]]) -> None:
    """Another municipality's concern gets the page a reference that does not exist gets (so no one
    can count another municipality's concerns by trying references), and the attempt is logged."""
    web, references = console
    sign_in(browser, web)
    browser.get(f"{web.url}/staff/synpunkter/{references['vellinge']}")
    refused = browser.find_element("css selector", ".alert").text
    assert refused == f"Det finns ingen synpunkt {references['vellinge']} som du har behörighet till."
    assert "Mopeder" not in browser.page_source
    fetch = ("const done = arguments[arguments.length - 1];"
             "fetch(arguments[0]).then(r => done(r.status));")
    assert browser.execute_async_script(fetch, f"/staff/synpunkter/{references['vellinge']}") == 404
    assert browser.execute_async_script(fetch, "/staff/synpunkter/VEL-2026-000099") == 404
    log = web.log.read_text(encoding="utf-8")
    assert f"refused access to vellinge {references['vellinge']}" in log


def test_keyboard_only_sign_in_and_sign_out(browser: Any, console: tuple[WebBot, dict[str, str]]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains  # noqa: PLC0415
    from selenium.webdriver.common.keys import Keys  # noqa: PLC0415

    web, _ = console
    browser.get(f"{web.url}/staff")
    shoot(browser, "staff-login.png")
    # The username field takes focus by autofocus, which the browser applies after the page is laid out:
    # under load, keys sent before then reach the body and are lost, so wait until it has focus.
    wait_for(browser, lambda d: d.switch_to.active_element.get_attribute("id") == "username")
    actions = ActionChains(browser)
    # The username field has focus; Tab to the password, Enter submits.
    actions.send_keys("sara", Keys.TAB, PASSWORD, Keys.ENTER).perform()
    wait_for(browser, lambda d: d.current_url.endswith("/staff/synpunkter"))
    browser.find_element("css selector", ".signout button").send_keys(Keys.ENTER)
    wait_for(browser, lambda d: d.find_elements("id", "username"))
    browser.get(f"{web.url}/staff/synpunkter")
    assert browser.find_elements("id", "username"), "signed out, the list must ask to sign in again"


@needs_axe
def test_no_wcag_violations_on_the_console(browser: Any, console: tuple[WebBot, dict[str, str]]) -> None:
    web, references = console
    browser.get(f"{web.url}/staff")
    pages = [f"{web.url}/staff/"]
    sign_in(browser, web)
    pages += [f"{web.url}/staff/synpunkter", f"{web.url}/staff/synpunkter/{references['dark']}",
              f"{web.url}/staff/karta", f"{web.url}/staff/oversikt", f"{web.url}/staff/aktualitet",
              f"{web.url}/staff/synpunkter/{references['vellinge']}"]
    for url in pages:
        browser.get(url)
        if url.endswith("/karta"):
            wait_for(browser, lambda d: d.find_element("id", "map").get_attribute("data-loaded"))
        if url.endswith("/oversikt"):
            shoot(browser, "staff-overview.png")
        for width in (1280, 390):
            browser.set_window_size(width, 900)
            violations = wcag_violations(browser)
            assert violations == [], url + "\n" + json.dumps(violations, indent=1)
        browser.set_window_size(1280, 900)
