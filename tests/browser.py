"""Shared set-up for tests that drive pages in a real Chromium (Debian's chromium and chromium-driver).

Without them on the machine the tests are skipped with the reason shown; `.ci/run` installs them.
axe-core comes from the npm package (installed by `.ci/run` under .ci/node), injected into the test
browser only, never served to residents.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
AXE = Path(os.environ.get("AXE_CORE_JS", ROOT / ".ci" / "node" / "node_modules" / "axe-core" / "axe.min.js"))

needs_chromium = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
    reason="browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; "
           ".ci/run installs them)")
needs_axe = pytest.mark.skipif(not AXE.exists(), reason=f"accessibility tests need axe-core at {AXE} "
                                                          "(npm install --prefix .ci/node axe-core; .ci/run does)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer in {timeout} s")


class WebBot:
    """`trygghetsbot run --web` as a real process on a free port, with its own data dir."""

    def __init__(self, data_dir: Path, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_dir = data_dir
        self.log = data_dir.parent / "web.log"
        environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
        environment.update({"TRYGGHETSBOT_DATA_DIR": str(data_dir), "TRYGGHETSBOT_TODAY": "2026-11-23", **(env or {})})
        self.process = subprocess.Popen([sys.executable, "-m", "bot", "run", "--web", f"127.0.0.1:{self.port}"],
                                        env=environment, stdout=self.log.open("wb"), stderr=subprocess.STDOUT)
        wait_until_up(f"{self.url}/healthz", self.process)

    def stop(self) -> int:
        self.process.terminate()
        return self.process.wait(20)


def chrome(language: str = "sv", width: int = 1280, height: int = 900) -> Any:
    from selenium import webdriver  # noqa: PLC0415
    from selenium.webdriver.chrome.service import Service  # noqa: PLC0415

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--window-size={width},{height}", f"--lang={language}",
                 f"--user-data-dir={tempfile.mkdtemp(prefix='chromium-')}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


def wcag_violations(driver: Any) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 A and AA violations on the page as it is now (axe injected into the test
    browser only)."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    violations: list[dict[str, Any]] = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(r => done(r.violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.target)}))));")
    return violations


@pytest.fixture()
def browser() -> Iterator[Any]:
    driver = chrome()
    try:
        yield driver
    finally:
        driver.quit()
