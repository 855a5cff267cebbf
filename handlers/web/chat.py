"""The resident channel on the web: the chat page, its JSON API and the embed snippet.

Each request is read, handed to the core's dialogue, and the outputs are rendered as JSON; the page's
own script draws them. A resident is known only by a random conversation id kept in the browser,
hashed with the same key as Telegram ids.
"""

from __future__ import annotations

import logging
import math
import re
import time
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from bot.answering.engine import Answer, Conversation
from bot.concerns.intake import Prompt
from bot.concerns.limiter import CHAT
from bot.dialogue import Input, Notice, Output
from bot.errors import UnreadableText
from bot.settings import Settings
from bot.text import readable
from handlers.services import Services
from handlers.web.app import read_json
from handlers.web.origin import JSON_TYPE, OriginCheck, is_json

logger = logging.getLogger(__name__)

CHANNEL = "web"
HERE = Path(__file__).parent
MAX_TEXT = 2000
# Whole-string patterns, used with fullmatch: "$" would let a trailing newline through.
CONVERSATION_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")
MUNICIPALITY_ID = re.compile(r"[a-z0-9-]{1,40}")
FIELDS = frozenset({"conversation", "text", "choice", "topic", "location", "language"})
TEMPLATES = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))

PAGE_TEXT = {
    "sv": {"title": "Trygghetsboten", "intro": "Fråga om vad kommunen och polisen gör för tryggheten där du bor.",
           "label": "Din fråga", "send": "Skicka", "placeholder": "Till exempel: Vad fokuserar Sölvesborg på?",
           "danger": "Vid fara: ring 112.", "location": "Dela min plats", "log": "Samtalet"},
    "en": {"title": "Trygghetsboten", "intro": "Ask what your municipality and the police do for safety where you live.",
           "label": "Your question", "send": "Send", "placeholder": "For example: What does Kävlinge focus on?",
           "danger": "In danger: call 112.", "location": "Share my location", "log": "The conversation"},
}


class BadRequest(Exception):
    """A request the API refuses with 400 and this message."""


def conversation_key(services: Services, conversation_id: str) -> str:
    """The chat context's key: the conversation id is the resident's only credential, so the
    database holds a keyed hash of it, never the id."""
    return services.desk.context_key(CHANNEL, conversation_id)


async def load_conversation(services: Services, key: str) -> tuple[Conversation, dict[str, Any]]:
    """The chat's context from the store under its `conversation_key`, so any process behind a load
    balancer can continue it."""
    stored = await services.desk.db.load_conversation(key)
    return Conversation.from_dict(stored), stored or {}


def language_of(request: Request) -> str:
    accepted = request.headers.get("accept-language", "")
    first = accepted.split(",")[0].strip().lower()
    return "en" if first.startswith("en") else "sv"


def parse_input(data: Any, lang: str = "sv") -> tuple[str, Input]:
    """The conversation id and the resident's input from the API's JSON, or BadRequest (in `lang`
    for text that is not valid Unicode, which the page shows the resident)."""
    if not isinstance(data, dict):
        raise BadRequest("expected a JSON object")
    unknown = sorted(set(data) - FIELDS)
    if unknown:  # echoed escaped: a key may hold a lone surrogate, which no response can carry
        named = ", ".join(name.encode("utf-8", "backslashreplace").decode("utf-8") for name in unknown)
        raise BadRequest(f"unknown field(s): {named[:200]}")
    conversation = data.get("conversation")
    if not isinstance(conversation, str) or not CONVERSATION_ID.fullmatch(conversation):
        raise BadRequest("conversation must be a random id of 16 to 64 letters, digits, - or _")
    text, choice, topic, location = data.get("text", ""), data.get("choice"), data.get("topic"), data.get("location")
    if not isinstance(text, str):
        raise BadRequest("text must be a string")
    if len(text) > MAX_TEXT:
        raise BadRequest(f"text is longer than {MAX_TEXT} characters")
    if choice is not None and (not isinstance(choice, str) or len(choice) > 60):
        raise BadRequest("choice must be a short string")
    parsed_topic = None
    if topic is not None:
        if (not isinstance(topic, dict) or not isinstance(topic.get("municipality"), str)
                or not isinstance(topic.get("topic"), str) or not MUNICIPALITY_ID.fullmatch(topic["municipality"])):
            raise BadRequest("topic must be {\"municipality\": id, \"topic\": name}")
        parsed_topic = (topic["municipality"], topic["topic"][:20])
    parsed_location = None
    if location is not None:
        if (not isinstance(location, list) or len(location) != 2
                or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                           for v in location)):
            raise BadRequest("location must be [latitude, longitude]")
        parsed_location = (float(location[0]), float(location[1]))
    language = data.get("language")
    if language is not None and language not in ("sv", "en"):
        raise BadRequest("language must be sv or en")
    try:
        text, choice = readable(text), readable(choice) if choice is not None else None
        if parsed_topic is not None:
            parsed_topic = (parsed_topic[0], readable(parsed_topic[1]))
    except UnreadableText:
        raise BadRequest(UnreadableText.TEXT[(language or lang) == "en"]) from None
    if not (text.strip() or choice or parsed_topic or parsed_location):
        raise BadRequest("nothing to answer: give text, choice, topic or location")
    return conversation, Input(text=text, choice=choice, location=parsed_location, topic=parsed_topic,
                               language=language)


def render(output: Output, follow: tuple[str, str] | None = None) -> dict[str, Any]:
    """One of the core's outputs as JSON for the page's script; `follow` is the core's "Följ Växjö"
    offer under an answer (a choice id and its label)."""
    if isinstance(output, Answer):
        return {"type": "answer", "text": output.text, "answered": output.answered, "topic": output.topic,
                "municipality": output.municipality, "language": output.language, "sources": output.sources,
                "suggestions": output.suggestions,
                "follow_ups": [{"topic": topic, "label": label} for topic, label in follow_up_labels(output)],
                "follow": {"choice": follow[0], "label": follow[1]} if follow else None}
    if isinstance(output, Prompt):
        return {"type": "prompt", "text": output.text, "kind": output.kind, "step": output.step,
                "choices": [{"id": c.id, "label": c.label} for c in output.choices],
                "wants_location": output.wants_location, "reference": output.reference}
    assert isinstance(output, Notice)
    return {"type": "notice", "text": output.text, "kind": output.kind,
            "municipalities": [{"id": i, "name": n} for i, n in output.municipalities],
            "commands": [{"command": c, "label": label} for c, label in output.commands]}


def follow_up_labels(answer: Answer) -> list[tuple[str, str]]:
    from bot.answering.compose import TOPIC_LABELS, pick  # noqa: PLC0415 - labels shared with Telegram's buttons

    if not answer.municipality:
        return []
    return [(topic, pick(answer.language, *TOPIC_LABELS[topic])) for topic in answer.follow_ups]


def _csp(settings: Settings) -> str:
    ancestors = settings.web_frame_ancestors.split()
    frame = " ".join(["'self'", *ancestors])
    return ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            f"base-uri 'none'; form-action 'self'; frame-ancestors {frame}")


def too_many(wait: float) -> Response:
    return JSONResponse({"error": "too many messages; wait a moment"}, status_code=429,
                        headers={"Retry-After": str(max(1, math.ceil(wait)))})


def routes(services: Services) -> list[BaseRoute]:
    """The resident's routes; limits and conversations live as long as the app."""
    settings = services.settings
    origins = OriginCheck(settings.web_public_url)
    csp = _csp(settings)

    async def page(request: Request) -> Response:
        lang = language_of(request)
        kommun = request.query_params.get("kommun", "")
        html = TEMPLATES.get_template("chat.html").render(
            t=PAGE_TEXT[lang], lang=lang, kommun=kommun if MUNICIPALITY_ID.fullmatch(kommun) else "",
            embedded=request.query_params.get("embed") == "1")
        return HTMLResponse(html, headers={"Content-Security-Policy": csp, "Cache-Control": "no-store"})

    async def chat(request: Request) -> Response:
        if not is_json(request):
            return JSONResponse({"error": f"the body must be JSON, sent with Content-Type: {JSON_TYPE}"},
                                status_code=415)
        if not origins.allows(request):
            return JSONResponse({"error": "requests from other sites are not accepted"}, status_code=403)
        limiter = services.desk.limiter
        address = request.client.host if request.client else None
        # A client refused a moment ago is refused again from memory, before its body is read: a
        # flood of refused requests costs no database work (bot/concerns/limiter.py).
        held = limiter.held(CHAT, CHANNEL, None, address)
        if held > 0:
            return too_many(held)
        data = await read_json(request)
        if data is None:
            return JSONResponse({"error": "the body must be JSON"}, status_code=400)
        try:
            conversation_id, given = parse_input(data, language_of(request))
        except BadRequest as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        wait = await limiter.admit(CHAT, CHANNEL, conversation_id, address)
        if wait > 0:
            return too_many(wait)
        given.address = address  # RealClient's: the client's own, behind the trusted proxies
        key = conversation_key(services, conversation_id)  # a keyed hash: taken once a request
        conversation, before = await load_conversation(services, key)
        outputs = await services.dialogue.handle(CHANNEL, conversation_id, conversation, given)
        after = conversation.to_dict()
        if after != before:
            await services.desk.db.save_conversation(key, after, time.time())
        offer = services.dialogue.follows.offer
        return JSONResponse({"conversation": conversation_id, "outputs": [
            render(o, offer(o, CHANNEL, True) if isinstance(o, Answer) else None) for o in outputs]})

    async def embed(request: Request) -> Response:
        script = (HERE / "static" / "embed.js").read_text(encoding="utf-8")
        return Response(script, media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*"})

    return [
        Route("/", page, methods=["GET"]),
        Route("/api/chat", chat, methods=["POST"]),
        # The snippet a kommun puts on its own site: served to any origin.
        Route("/embed.js", embed, methods=["GET"]),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
