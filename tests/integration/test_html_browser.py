"""The html report in a real browser: Debian's chromium, driven over the DevTools protocol.

The protocol runs over `--remote-debugging-pipe` (file descriptors 3 and 4, NUL-separated
JSON), so the test needs nothing beyond the standard library. Skipped without chromium.
"""

from __future__ import annotations

import base64
import contextlib
import importlib.util
import json
import os
import select
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from claimcheck.reporters import ReportOptions, render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
)
SCREENSHOT = Path("/tmp/claimcheck-report.png")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1280,900",
    "--remote-debugging-pipe",
]
TIMEOUT = 20.0


def fixtures() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "unit" / "reporter_fixtures.py"
    spec = importlib.util.spec_from_file_location("_reporter_fixtures_browser", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class DevTools:
    """A minimal DevTools protocol client over chromium's debugging pipe."""

    def __init__(self, executable: str, profile: Path, log: Path) -> None:
        to_browser_r, self._out = os.pipe()
        self._in, from_browser_w = os.pipe()
        # Move the child's ends above 9 so the dup2 to 3 and 4 cannot clobber them.
        high_r = os.dup2(to_browser_r, 20, inheritable=False)
        high_w = os.dup2(from_browser_w, 21, inheritable=False)
        os.close(to_browser_r)
        os.close(from_browser_w)
        actions = [
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_OPEN, 1, str(log), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
            (os.POSIX_SPAWN_DUP2, 1, 2),
            (os.POSIX_SPAWN_DUP2, high_r, 3),
            (os.POSIX_SPAWN_DUP2, high_w, 4),
        ]
        argv = [executable, *FLAGS, f"--user-data-dir={profile}", "about:blank"]
        self.pid = os.posix_spawn(executable, argv, dict(os.environ), file_actions=actions)
        os.close(high_r)
        os.close(high_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def _message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            ready, _, _ = select.select([self._in], [], [], max(0.0, remaining))
            if not ready:
                raise TimeoutError("chromium did not answer in time")
            chunk = os.read(self._in, 1 << 16)
            if not chunk:
                raise ConnectionError("chromium closed the debugging pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        request: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session is not None:
            request["sessionId"] = session
        os.write(self._out, json.dumps(request).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            message = self._message(deadline)
            if message.get("id") != self._next_id:
                self.events.append(message)
                continue
            if "error" in message:
                raise RuntimeError(f"{method}: {message['error']}")
            result: dict[str, Any] = message.get("result", {})
            return result

    def close(self) -> None:
        with contextlib.suppress(ConnectionError, TimeoutError, RuntimeError, OSError):
            self.call("Browser.close")
        os.close(self._out)
        os.close(self._in)
        for _ in range(50):
            if os.waitpid(self.pid, os.WNOHANG) != (0, 0):
                return
            time.sleep(0.1)
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)


class Page:
    """One tab, attached with a flat session."""

    def __init__(self, browser: DevTools, url: str) -> None:
        self.browser = browser
        target = browser.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = browser.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for domain in ("Page.enable", "Runtime.enable", "Log.enable"):
            self.call(domain)
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=1280,
            height=900,
            deviceScaleFactor=1,
            mobile=False,
        )
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + TIMEOUT
        while self.evaluate("document.readyState") != "complete":
            assert time.monotonic() < deadline, "the page did not load"
            time.sleep(0.05)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        return self.browser.call(method, self.session, **params)

    def evaluate(self, expression: str) -> Any:
        answer = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in answer, answer["exceptionDetails"]
        return answer["result"].get("value")

    def mouse(self, kind: str, x: float, y: float) -> None:
        extra: dict[str, Any] = {}
        if kind != "mouseMoved":
            extra = {"button": "left", "clickCount": 1}
        self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, **extra)

    def centre(self, selector: str) -> tuple[float, float]:
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'}); const r = e.getClientRects()[0];"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        self.next_frame()  # let the compositor catch up with the scroll before hit-testing
        return float(box[0]), float(box[1])

    def next_frame(self) -> None:
        self.call(
            "Runtime.evaluate",
            expression="new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))",
            awaitPromise=True,
        )

    def hover(self, selector: str) -> None:
        self.mouse("mouseMoved", *self.centre(selector))

    def click(self, selector: str) -> None:
        x, y = self.centre(selector)
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.mouse(kind, x, y)

    def text(self, selector: str) -> str:
        return str(self.evaluate(f"document.querySelector({json.dumps(selector)}).innerText"))

    def screenshot(self, path: Path) -> None:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))

    def problems(self) -> list[str]:
        """Script exceptions and console or log errors (CSP violations are logged as errors)."""
        found = []
        for event in self.browser.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(str(params.get("exceptionDetails")))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(str(params["entry"].get("text")))
            elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
                found.append(str(params.get("args")))
        return found


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[DevTools]:
    assert CHROMIUM is not None
    client = DevTools(CHROMIUM, tmp_path / "profile", tmp_path / "chromium.log")
    try:
        yield client
    finally:
        client.close()


def open_report(browser: DevTools, tmp_path: Path, html: str) -> Page:
    page_file = tmp_path / "report.html"
    page_file.write_text(html, encoding="utf-8")
    return Page(browser, page_file.as_uri())


def test_hostile_text_stays_text(browser: DevTools, tmp_path: Path) -> None:
    fx = fixtures()
    page = open_report(browser, tmp_path, render_html(fx.hostile_report(), ReportOptions()))
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.scripts.length") == 2
    assert page.evaluate("document.querySelectorAll('.draft .s').length") == 3
    assert fx.SCRIPT in page.text(".draft")
    assert fx.IMG in page.text(".draft")
    page.click(".s-contradicted")
    panel = page.text("#panel")
    assert "evil-claim" in panel
    assert f"Title {fx.SCRIPT}{fx.IMG}" in panel
    assert f"A total of 511 prosecutors {fx.SCRIPT}" in panel
    assert f'draft says "611" {fx.IMG}' in panel
    # A javascript: source URL never becomes a link.
    assert (
        page.evaluate("document.querySelector('[data-field=source_url]').hasAttribute('href')")
        is False
    )
    page.click(".s-unsourced")
    assert f"nothing {fx.IMG}" in page.text("#panel")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.problems() == []


def test_sentences_highlight_and_panel_explains(browser: DevTools, tmp_path: Path) -> None:
    fx = fixtures()
    report = fx.sample_report()
    page = open_report(browser, tmp_path, render_html(report, ReportOptions()))
    counts = page.evaluate(
        "['contradicted', 'unsourced', 'supported', 'skipped'].map("
        "k => document.querySelectorAll('.draft .s-' + k).length)"
    )
    assert counts == [2, 1, 1, 2]
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.s-contradicted')).backgroundColor")
        != "rgba(0, 0, 0, 0)"
    )
    assert page.evaluate("document.querySelector('[data-part=body]').hidden") is True

    page.hover("#s3")  # the 2015/2013 date conflict: hovering previews it
    assert "spp-mechanism-2013" in page.text("#panel")
    page.click("#s1")  # the 611/511 number conflict: clicking pins it
    page.mouse("mouseMoved", 5, 5)
    panel = page.text("#panel")
    assert "spp-511-prosecutors" in panel
    assert "China Punishes Over 500 Prosecutors for Wrongful Convictions" in panel
    assert "A total of 511 prosecutors have been held accountable" in panel
    assert 'draft says "611", source says "511"' in panel
    assert "Sixth Tone" in panel
    assert page.evaluate("document.querySelector('#s1').classList.contains('is-active')")
    assert page.evaluate("document.querySelector('.panel-sentence mark').textContent") == "611"

    page.call("Input.dispatchKeyEvent", type="keyDown", key="n", text="n")
    page.call("Input.dispatchKeyEvent", type="keyUp", key="n")
    assert page.evaluate("document.activeElement.id") == "s3"
    assert "2015" in page.text(".panel-sentence mark")

    page.click("#s1")
    page.screenshot(SCREENSHOT)
    assert SCREENSHOT.stat().st_size > 10_000
    assert page.problems() == []
