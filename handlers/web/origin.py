"""Which requests to the resident's API come from the bot's own page.

The chat page is served by the bot, also when a kommun's site frames it (`web_frame_ancestors`), so its
fetches are same-origin. Another site's page could still make a visitor's browser post to /api/chat:
a form or a `text/plain` fetch needs no CORS preflight. So the API takes only `application/json`
(which a cross-site page can send only after a preflight the bot never answers) and refuses an
`Origin` other than the bot's own.

A request without `Origin` is let through: browsers send the header with every POST, same-origin
ones too, so only a client that is not a browser (curl, a script) leaves it out, and such a client
speaks for itself, within the same limits as anyone. `Sec-Fetch-Site: cross-site` is refused too.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from starlette.requests import Request

from bot.errors import ConfigError
from bot.settings import origin_of

logger = logging.getLogger(__name__)

JSON_TYPE = "application/json"


def is_json(request: Request) -> bool:
    """Whether the body is declared as JSON (parameters such as `; charset=utf-8` allowed)."""
    declared = request.headers.get("content-type", "")
    return declared.split(";", 1)[0].strip().lower() == JSON_TYPE


class OriginCheck:
    """`allows(request)`: the request comes from a page of `public_url`'s origin or from no browser.
    Without `public_url` the bot's own origin is the host the request was sent to (the scheme is not
    compared: behind a proxy that ends TLS the bot sees plain http)."""

    def __init__(self, public_url: str = "") -> None:
        self.origin = origin_of(public_url) if public_url else ""
        self._told = False

    def allows(self, request: Request) -> bool:
        if request.headers.get("sec-fetch-site", "").lower() == "cross-site":
            return self._refused("Sec-Fetch-Site: cross-site")
        given = request.headers.get("origin")
        if given is None:
            return True
        try:
            origin = origin_of(given)
        except ConfigError:  # "null" (a sandboxed frame, a file), or not an origin at all
            return self._refused("an origin that is not http(s)")
        if self.origin:
            return origin == self.origin or self._refused("another origin than web_public_url")
        return _same_host(origin, request.headers.get("host", "")) or self._refused("another host")

    def _refused(self, why: str) -> bool:
        # Once per process at WARNING (a proxy that rewrites Host shows up here: set web_public_url),
        # then at DEBUG: a flood of forged requests must not flood the log.
        level = logging.DEBUG if self._told else logging.WARNING
        self._told = True
        logger.log(level, "Refused a cross-site request to the chat API (%s); behind a reverse proxy that "
                          "rewrites Host, set web_public_url", why)
        return False


def _same_host(origin: str, host: str) -> bool:
    """Whether a normalised origin names the host (and port) of a Host header; a Host without a
    port means the origin scheme's default."""
    given, sent = urlsplit(origin), urlsplit(f"//{host.strip()}")
    try:
        port = sent.port
    except ValueError:
        return False
    default = 443 if given.scheme == "https" else 80
    return bool(sent.hostname) and (given.hostname, given.port or default) == (sent.hostname, port or default)
