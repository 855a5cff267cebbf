"""`ask` and `chat`: questions from the terminal, one conversation in it, or JSON lines for scripts."""

from __future__ import annotations

import argparse
import asyncio
import gc
import getpass
import io
import json
import sys
from collections.abc import Callable
from typing import TextIO

from bot.answering.compose import pick
from bot.answering.engine import Answer, Conversation, Engine
from bot.concerns.desk import ConcernDesk
from bot.concerns.intake import Prompt
from bot.dialogue import Dialogue, Input, parse_command
from bot.errors import UnreadableText
from bot.text import readable



def render_plain(answer: Answer) -> str:
    """The answer as terminal text: the reply, then numbered suggestions if any."""
    lines = [answer.text]
    if answer.suggestions:
        heading = "Suggestions:" if answer.language == "en" else "Förslag:"
        lines.append("")
        lines.append(heading)
        lines.extend(f"  {n}. {s}" for n, s in enumerate(answer.suggestions, 1))
    return "\n".join(lines)


def cmd_ask(args: argparse.Namespace, out: TextIO) -> int:
    engine = build_engine(args.knowledge)
    answer = engine.answer(" ".join(args.question))
    if args.json:
        out.write(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(render_plain(answer) + "\n")
    return 0


def jsonl_reply(engine: Engine, conversations: dict[str, Conversation], line: str) -> dict[str, object]:
    try:
        request = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"conversation": None, "error": f"invalid JSON: {exc.msg}"}
    except RecursionError:
        return {"conversation": None, "error": "invalid JSON: nested too deeply"}
    if not isinstance(request, dict) or not isinstance(request.get("text"), str):
        return {"conversation": None, "error": 'expected {"conversation": "<id>", "text": "..."}'}
    try:
        conversation_id = readable(str(request.get("conversation") or "default"))
        request["text"] = readable(request["text"])
    except UnreadableText as exc:
        return {"conversation": None, "error": str(exc)}
    conversation = conversations.setdefault(conversation_id, Conversation())
    if parse_command(request["text"].strip()) is not None:
        # This mode reads questions one per line; a concern needs a conversation with steps.
        return {"conversation": conversation_id, "answered": False, "municipality": None, "topic": "command",
                "text": JSONL_COMMANDS[1] if conversation.language == "en" else JSONL_COMMANDS[0]}
    answer = engine.answer(request["text"], conversation)
    return {"conversation": conversation_id, **answer.to_dict()}


JSONL_COMMANDS = (
    "Det här läget svarar bara på frågor, en per rad. Kommandon som /synpunkt fungerar i "
    "”trygghetsbot chat”, i webbchatten och i Telegram.",
    "This mode answers questions only, one per line. Commands such as /concern work in "
    "“trygghetsbot chat”, the web chat and Telegram.")


def cmd_chat(args: argparse.Namespace, out: TextIO, read_line: Callable[[], str]) -> int:
    engine = build_engine(args.knowledge)
    # The engine lives as long as the chat: out of the collector's way, a full collection no longer walks it
    # between answers (as handlers/server.py does after start-up).
    gc.freeze()
    if args.jsonl:
        conversations: dict[str, Conversation] = {}
        while True:
            line = read_line()
            if not line:
                return 0
            if not line.strip():
                continue
            out.write(json.dumps(jsonl_reply(engine, conversations, line), ensure_ascii=False) + "\n")
            out.flush()
    settings = load_settings(args)
    if read_line == sys.stdin.readline and isinstance(sys.stdin, io.TextIOWrapper):
        # Bytes that are not UTF-8 become lone surrogates, which the chat refuses with a message,
        # instead of a traceback that ends the chat.
        sys.stdin.reconfigure(errors="surrogateescape")

    async def chat() -> int:
        desk = await ConcernDesk.from_settings(settings, engine)
        return await TerminalChat(desk, out, read_line).run()

    return asyncio.run(chat())


def render_prompt(prompt: Prompt) -> str:
    lines = [prompt.text]
    lines.extend(f"  {n}. {choice.label}" for n, choice in enumerate(prompt.choices, 1))
    if prompt.wants_location:
        lines.append("  (I terminalen: skriv en plats, eller koordinater som 56.05, 14.58.)")
    return "\n".join(lines)


class TerminalChat:
    """The terminal channel: numbered lines in, plain text out; the core's dialogue decides."""

    CHANNEL = "terminal"

    def __init__(self, desk: ConcernDesk, out: TextIO, read_line: Callable[[], str]) -> None:
        self.dialogue = Dialogue(desk)
        self.out, self.read_line = out, read_line
        self.conversation = Conversation()
        self.numbered: list[Input] = []  # what "1", "2", … mean after the last reply
        self.user = getpass.getuser()

    def say(self, text: str) -> None:
        self.out.write(text + "\n\n")

    async def run(self) -> int:
        self.out.write("Trygghetsboten – fråga om trygghetsarbetet i din kommun. Vid fara: ring 112.\n"
                       "Skriv till exempel ”Vad fokuserar Sölvesborg på?”. /synpunkt berättar vad som känns "
                       "otryggt, /trygghet är några korta frågor om hur trygg du känner dig, /hjalp visar mer. "
                       "Avsluta med /avsluta eller Ctrl-D.\n")
        try:
            while True:
                self.out.write("> ")
                self.out.flush()
                line = await asyncio.to_thread(self.read_line)
                if not line:
                    self.out.write("\n")
                    return 0
                text = line.strip()
                if text.lower() in {"/avsluta", "/quit", "/exit"}:
                    return 0
                if text:
                    await self.handle(text)
        finally:
            await self.dialogue.desk.close()

    def _input(self, text: str) -> Input:
        if text.isascii() and text.isdigit() and 1 <= int(text) <= len(self.numbered):
            chosen = self.numbered[int(text) - 1]
            if chosen.text:
                self.out.write(f"  ({chosen.text})\n")
            return chosen
        return Input(text=text)

    async def handle(self, text: str) -> None:
        try:
            text = readable(text)
        except UnreadableText:
            self.say(pick(self.conversation.language, *UnreadableText.TEXT))
            return
        outputs = await self.dialogue.handle(self.CHANNEL, self.user, self.conversation, self._input(text))
        self.numbered = []
        for output in outputs:
            if isinstance(output, Answer):
                self.say(render_plain(output))
                self.numbered = [Input(text=s) for s in output.suggestions]
            elif isinstance(output, Prompt):
                self.say(render_prompt(output))
                self.numbered = [Input(choice=c.id) for c in output.choices]
            else:
                lines = [output.text, *(f"  {n}. {name}" for n, (_, name) in enumerate(output.municipalities, 1))]
                self.say("\n".join(lines))
                self.numbered = [Input(topic=(muni_id, "overview")) for muni_id, _ in output.municipalities]
from bot.cli.services import build_engine, load_settings
