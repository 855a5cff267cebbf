"""The `trygghetsbot` command: a thin layer over the core. Errors print `Error: …` and exit 1."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import getpass
import io
import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from bot import __version__, files
from bot.answering.compose import pick
from bot.answering.engine import Answer, Conversation, Engine
from bot.answering.knowledge import KNOWLEDGE_ENV, default_path, load, validate
from bot.concerns.desk import ConcernDesk
from bot.concerns.intake import Prompt
from bot.dialogue import Dialogue, Input, parse_command
from bot.errors import KnowledgeError, TrygghetsbotError, UnreadableText
from bot.settings import SETTINGS_ENV, Settings, StaffMember
from bot.staff import FORMATS, ExportRequest, StaffDesk
from bot.staff import entry_editor
from bot.staff.desk import within_range
from bot.staff.coverage import coverage, population_coverage, skeleton
from bot.staff.coverage import table as coverage_table
from bot.staff.stale import stale
from bot.staff.stale import table as stale_table
from bot.storage import open_store
from bot.storage.copy import copy_store
from bot.text import fold, readable

TODAY_ENV = "TRYGGHETSBOT_TODAY"  # pins "today" (YYYY-MM-DD) for reproducible answers in tests


def _today() -> dt.date:
    pinned = os.environ.get(TODAY_ENV)
    if pinned:
        try:
            return dt.date.fromisoformat(pinned)
        except ValueError as exc:
            raise TrygghetsbotError(f"{TODAY_ENV} must be a date (YYYY-MM-DD), got {pinned!r}") from exc
    return dt.date.today()


def build_engine(knowledge_dir: str | None) -> Engine:
    knowledge = load(Path(knowledge_dir) if knowledge_dir else None)
    today = _today()
    return Engine(knowledge, today=today if os.environ.get(TODAY_ENV) else None, passage_cache=files.cache_dir())


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


def _jsonl_reply(engine: Engine, conversations: dict[str, Conversation], line: str) -> dict[str, object]:
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
    if args.jsonl:
        conversations: dict[str, Conversation] = {}
        while True:
            line = read_line()
            if not line:
                return 0
            if not line.strip():
                continue
            out.write(json.dumps(_jsonl_reply(engine, conversations, line), ensure_ascii=False) + "\n")
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


def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.directory) if args.directory else (Path(args.knowledge) if args.knowledge else default_path())
    problems = validate(path)
    if problems:
        for problem in problems:
            out.write(f"{problem}\n")
        out.write(f"{len(problems)} problem(s) found in {path}\n")
        return 1
    knowledge = load(path)
    searched = f" (and {len(knowledge.unpublished)} searched, no agreement found)" if knowledge.unpublished else ""
    out.write(f"OK: {len(knowledge.municipalities)} municipalities{searched}, {len(knowledge.glossary)} glossary "
              f"terms in {path}\n")
    return 0


def cmd_train(args: argparse.Namespace, out: TextIO) -> int:
    """Fit the message reading model from knowledge/messages/ and write it into the package."""
    try:
        from bot.answering import training
    except ImportError as exc:  # scikit-learn is the [train] extra, not a dependency of the bot
        raise TrygghetsbotError("training needs scikit-learn: pip install -e '.[train]'") from exc
    from bot.answering import holdout
    from bot.answering.intents import IntentModel, bundled_model_path

    knowledge_dir = Path(args.knowledge) if getattr(args, "knowledge", None) else default_path()
    folder = Path(args.messages) if args.messages else training.messages_dir(knowledge_dir)
    examples = training.load_examples(folder)
    target = Path(args.output) if args.output else bundled_model_path()
    failed = False
    if args.hold_out:
        held_out = holdout.held_out_messages(Path(p) for p in args.hold_out)
        engine = build_engine(str(knowledge_dir))
        copies = holdout.near_copies(examples, held_out, holdout.reading_masker(engine.read))
        if copies and args.check:
            for copy in copies:
                out.write(f"{copy.example.file}: {copy.score:.0f} to a held-out message\n")
            out.write(f"{len(copies)} training line(s) within {holdout.NEAR} of a held-out message\n")
            failed = True
        elif copies:
            removed = holdout.remove(folder, copies)
            out.write(f"removed {removed} training line(s) within {holdout.NEAR} of a held-out message\n")
            examples = training.load_examples(folder)
    try:
        model = training.train(examples)
    except ImportError as exc:
        raise TrygghetsbotError("training needs scikit-learn: pip install -e '.[train]'") from exc
    if args.check:
        shipped = IntentModel.load(target) if target.is_file() else None
        found = ["there is none"] if shipped is None else training.differences(shipped, model)
        if found:
            out.write(f"{target} is not the model {folder} trains ({'; '.join(found)}): run trygghetsbot train\n")
            return 1
        out.write(f"OK: {target} is the model {len(examples)} examples in {folder} train\n")
        return 1 if failed else 0
    model.save(target)
    out.write(json.dumps({"written": str(target), **training.summary(model, examples)}, ensure_ascii=False) + "\n")
    return 0


def cmd_coverage(args: argparse.Namespace, out: TextIO) -> int:
    knowledge = load(Path(args.knowledge) if args.knowledge else None)
    today = _today()
    if args.stale:
        late = stale(knowledge, today)
        out.write(json.dumps([row.to_dict() for row in late], ensure_ascii=False, indent=2) + "\n" if args.json
                  else stale_table(late) + "\n")
        return 0
    rows = coverage(knowledge, today)
    shares = population_coverage(knowledge, today)
    if args.json:
        report = {"municipalities": [row.to_dict() for row in rows], "population": shares.to_dict()}
        out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(coverage_table(rows, len(rows), len(knowledge.all_municipalities), shares) + "\n")
    return 0


def cmd_new_municipality(args: argparse.Namespace, out: TextIO) -> int:
    folder = (Path(args.knowledge) if args.knowledge else default_path()) / "municipalities"
    wanted = fold(" ".join(args.name))
    municipality_id = "".join(c if c.isalnum() else "-" for c in wanted).strip("-")
    target = folder / f"{municipality_id}.yaml"
    if target.exists():  # checked first: a skeleton still being filled in does not validate yet
        raise TrygghetsbotError(f"{' '.join(args.name)} already has a file: {target}")
    knowledge = load(folder.parent)
    name = next((n for n in knowledge.all_municipalities if fold(n) == wanted), None)
    if name is None:
        raise TrygghetsbotError(f"{' '.join(args.name)!r} is not one of Sweden's 290 municipalities (knowledge/kommuner.yaml)")
    if municipality_id in knowledge.municipalities:
        raise TrygghetsbotError(f"{name} is already in the knowledge base")
    with files.replaced_atomically(target) as partial:
        partial.write_text(skeleton(municipality_id, name, knowledge.all_municipalities[name]), encoding="utf-8")
    out.write(f"Wrote {target}. Fill in every TODO from the published agreement, then run trygghetsbot validate.\n")
    return 0


def load_settings(args: argparse.Namespace) -> Settings:
    settings = Settings.load(Path(args.settings) if getattr(args, "settings", None) else None)
    if args.knowledge:
        settings = dataclasses.replace(settings, knowledge_dir=Path(args.knowledge))
    return settings


def cmd_run(args: argparse.Namespace) -> int:
    if args.webhook and not args.webhook.startswith("https://") and not args.webhook.startswith("http://"):
        raise TrygghetsbotError(f"--webhook must be a URL, got {args.webhook!r}")
    settings = load_settings(args)
    load(settings.knowledge_dir)  # refuse to start on a broken knowledge base, before any network
    # The CLI is the entry point above every channel; imported here so that `ask`, `chat` and the
    # staff commands start without loading python-telegram-bot (tests/test_architecture.py).
    from handlers import server  # noqa: PLC0415

    return server.run(settings, webhook=args.webhook, listen=args.listen, web=args.web)


def cmd_purge(args: argparse.Namespace, out: TextIO) -> int:
    settings = load_settings(args)
    months = settings.retention_months if args.months is None else args.months
    if months <= 0:
        raise TrygghetsbotError("--months must be positive")

    async def purge() -> tuple[int, int]:
        desk = await ConcernDesk.from_settings(settings, build_engine(args.knowledge), retention_months=months)
        try:
            return await desk.purge()
        finally:
            await desk.close()

    concerns, sessions = asyncio.run(purge())
    out.write(f"Deleted {concerns} concern(s) older than {months} months and {sessions} abandoned "
              f"conversation(s) from {settings.data_dir}.\n")
    return 0


async def _with_staff_desk(args: argparse.Namespace, work: Callable[[StaffDesk], Any]) -> Any:
    settings = load_settings(args)
    desk = await ConcernDesk.from_settings(settings, build_engine(args.knowledge))
    try:
        return await work(StaffDesk(settings, desk))
    finally:
        await desk.close()


# The command line runs on the bot's own machine: whoever can run it can read the database anyway.
ADMIN = StaffMember(0, None, "command line")


def _date(value: str | None, flag: str) -> dt.date | None:
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise TrygghetsbotError(f"{flag} must be a date (YYYY-MM-DD), got {value!r}") from None
    return within_range(day)


def cmd_db(args: argparse.Namespace, out: TextIO) -> int:
    """`db migrate-to URL`: copy this deployment's store (SQLite by default) into PostgreSQL."""
    settings = load_settings(args)
    if not args.url.startswith(("postgresql://", "postgres://")):
        raise TrygghetsbotError("db migrate-to needs a postgresql:// URL")
    if args.url == settings.database_url:
        raise TrygghetsbotError("the target is the database this deployment already uses")

    async def work() -> None:
        source = await open_store(settings.data_dir, settings.database_url)
        try:
            target = await open_store(settings.data_dir, args.url)
            try:
                await copy_store(source, target, resume=args.resume, progress=lambda line: out.write(line + "\n"))
            finally:
                await target.close()
        finally:
            await source.close()

    asyncio.run(work())
    out.write(f"Copied and verified. Set TRYGGHETSBOT_DATABASE_URL (database_url) to use it; keep "
              f"TRYGGHETSBOT_RESIDENT_HASH_KEY the same as the key in {settings.data_dir}.\n")
    return 0


def cmd_knowledge(args: argparse.Namespace, out: TextIO) -> int:
    """`knowledge export -o DIR`: the entries staff published in the console, as knowledge files."""
    settings = load_settings(args)
    target = Path(args.output)
    knowledge_dir = settings.knowledge_dir or default_path()
    if args.whole:
        if target.exists() and any(target.iterdir()):
            raise TrygghetsbotError(f"{target} is not empty: --whole writes a whole knowledge base into a new folder")
        shutil.copytree(knowledge_dir, target, dirs_exist_ok=True)

    async def work() -> list[Path]:
        store = await open_store(settings.data_dir, settings.database_url)
        try:
            return await entry_editor.export(store, target)
        finally:
            await store.close()

    written = asyncio.run(work())
    for path in written:
        out.write(f"{path}\n")
    out.write(f"{len(written)} entr{'y' if len(written) == 1 else 'ies'} edited in the console written to "
              f"{target / 'municipalities'}\n")
    if args.whole:
        problems = validate(target)
        for problem in problems:
            out.write(f"{problem}\n")
        if problems:
            return 1
        out.write(f"OK: {target} validates\n")
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    since, until = _date(args.since, "--since"), _date(args.until, "--until")
    if since and until and until < since:
        raise TrygghetsbotError("--until is before --since")
    named = Path(args.output).name.lower() if args.output else ""
    # From the name: "x.open311.csv" is the Open311 CSV, any other ".csv" the Swedish one.
    fmt = args.format or next((f for f in sorted(FORMATS, key=len, reverse=True) if named.endswith("." + f)), "")
    if fmt not in FORMATS:
        raise TrygghetsbotError(f"--format must be one of: {', '.join(FORMATS)}")

    async def work(staff: StaffDesk) -> tuple[int, str]:
        municipality = staff.municipality(ADMIN, args.kommun)
        count = await staff.export_to(Path(args.output), ExportRequest(municipality, since, until, fmt))
        return count, staff.desk.engine.places.kommuner[municipality].name

    count, name = asyncio.run(_with_staff_desk(args, work))
    out.write(f"Exported {count} concern(s) for {name} to {args.output} ({fmt}).\n")
    return 0


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    async def work(staff: StaffDesk) -> str:
        municipality = staff.municipality(ADMIN, args.kommun)
        fmt = "svg" if args.output.lower().endswith(".svg") else "png"
        chart, summary = await staff.statistics(ADMIN, municipality, fmt)
        with files.replaced_atomically(Path(args.output)) as partial:
            partial.write_bytes(chart)
        return summary

    summary = asyncio.run(_with_staff_desk(args, work))
    out.write(f"{summary}\nChart written to {args.output}.\n")
    return 0


def cmd_lagesbild(args: argparse.Namespace, out: TextIO) -> int:
    """The lägesbild digest of one municipality as .docx, .html or .md (bot/staff/digest/)."""
    from bot.staff import digest  # noqa: PLC0415 - python-docx and matplotlib only for this command

    since, until = _date(args.since, "--from"), _date(args.until, "--to")
    if since and until and until < since:
        raise TrygghetsbotError("--to is before --from")
    fmt = Path(args.output).suffix.lstrip(".").lower()
    if fmt not in digest.FORMATS:
        raise TrygghetsbotError(f"the file must end in one of: {', '.join('.' + f for f in digest.FORMATS)}")

    async def work(staff: StaffDesk) -> digest.Digest:
        return await digest.write(staff, ADMIN, staff.municipality(ADMIN, args.kommun), Path(args.output), fmt,
                                  since, until)

    made = asyncio.run(_with_staff_desk(args, work))
    # Operator output is English like every other command's; the period is the digest's own label.
    out.write(f"Wrote the lägesbild for {made.name} ({made.period.label()}, {made.total} "
              f"{'concern' if made.total == 1 else 'concerns'}) to {args.output}.\n")
    return 0


def cmd_unanswered(args: argparse.Namespace, out: TextIO) -> int:
    async def work(staff: StaffDesk) -> list[tuple[str, int, str | None, str]]:
        scope = frozenset({staff.municipality(ADMIN, args.kommun)}) if args.kommun else None
        return await staff.desk.db.unanswered(scope, limit=args.limit)

    rows = asyncio.run(_with_staff_desk(args, work))
    if not rows:
        out.write("No unanswered questions.\n")
        return 0
    for text, count, municipality, last in rows:
        out.write(f"{count:>4}  {text}  [{municipality or '-'}, last {last[:10]}]\n")
    return 0


def cmd_staff(args: argparse.Namespace, out: TextIO, read_line: Callable[[], str]) -> int:
    """`staff hash-password`: a password from standard input (not echoed at a terminal), its
    argon2id hash on standard output, for a staff entry's password_hash."""
    from bot.staff.accounts import MAX_PASSWORD, hash_password  # noqa: PLC0415 - argon2 only for this command

    if sys.stdin.isatty() and read_line is sys.stdin.readline:
        import getpass  # noqa: PLC0415

        password = getpass.getpass("Lösenord: ")
        if getpass.getpass("Samma lösenord igen: ") != password:
            raise TrygghetsbotError("the passwords differ")
    else:
        password = read_line().rstrip("\r\n")
    if len(password) < 12:
        raise TrygghetsbotError("a staff password must be at least 12 characters")
    if len(password) > MAX_PASSWORD:
        raise TrygghetsbotError(f"a staff password must be at most {MAX_PASSWORD} characters")
    out.write(hash_password(password) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trygghetsbot", allow_abbrev=False, description=(
        "Trygghetsboten: answers residents' questions about municipal safety agreements."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--knowledge", metavar="DIR", default=None,
                        help=f"knowledge base directory (default: ${KNOWLEDGE_ENV} or the bundled one)")
    parser.add_argument("--settings", metavar="FILE", default=None, help=f"settings file (default: ${SETTINGS_ENV})")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # Every command also takes --knowledge and --settings after its name; SUPPRESS keeps a value
    # given before the command when none is given after it.
    common = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    common.add_argument("--knowledge", metavar="DIR", default=argparse.SUPPRESS,
                        help=f"knowledge base directory (default: ${KNOWLEDGE_ENV} or the bundled one)")
    common.add_argument("--settings", metavar="FILE", default=argparse.SUPPRESS,
                        help=f"settings file (default: ${SETTINGS_ENV})")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, parents=[common], allow_abbrev=False)

    ask = command("ask", "answer one question")
    ask.add_argument("question", nargs="+", help="the question")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")

    chat = command("chat", "chat in the terminal (no token needed)")
    chat.add_argument("--jsonl", action="store_true",
                      help='one JSON request per stdin line: {"conversation": "<id>", "text": "..."}')

    run = command("run", "run the bot: Telegram (long polling or --webhook) and/or the web chat (--web)")
    run.add_argument("--web", metavar="HOST:PORT", help="serve the web chat (and /healthz) here; without a "
                     "Telegram token the web chat runs alone")
    run.add_argument("--webhook", metavar="URL", help="public HTTPS URL Telegram posts updates to")
    run.add_argument("--listen", metavar="HOST:PORT", help="where the webhook server listens "
                     "(default 127.0.0.1:8443)")

    purge = command("purge", "delete concerns past the retention period now")
    purge.add_argument("--months", type=int, default=None, help="retention in months (default: the setting, 24)")

    exporter = command("export", "export a municipality's concerns (XLSX, CSV in Swedish, Open311 CSV or JSON)")
    exporter.add_argument("--kommun", required=True, metavar="ID", help="municipality id, e.g. solvesborg")
    exporter.add_argument("--since", metavar="DATE", help="first day, YYYY-MM-DD")
    exporter.add_argument("--until", metavar="DATE", help="last day, YYYY-MM-DD (inclusive)")
    exporter.add_argument("--format", choices=FORMATS, help="default: from the file name (x.open311.csv: Open311 "
                          "column names and codes; x.csv: the XLSX's Swedish columns and words)")
    exporter.add_argument("-o", "--output", required=True, metavar="FILE")

    report = command("report", "chart of a municipality's concerns per category and month (PNG, or SVG for .svg)")
    report.add_argument("--kommun", required=True, metavar="ID")
    report.add_argument("-o", "--output", required=True, metavar="FILE.png|FILE.svg")

    digest = command("lagesbild", "the lägesbild digest of a municipality's concerns (.docx, .html or .md)")
    digest.add_argument("--kommun", required=True, metavar="ID", help="municipality id, e.g. solvesborg")
    digest.add_argument("--from", dest="since", metavar="DATE", help="first day, YYYY-MM-DD (default: 12 months ago)")
    digest.add_argument("--to", dest="until", metavar="DATE", help="last day, YYYY-MM-DD (default: today)")
    digest.add_argument("-o", "--output", required=True, metavar="FILE.docx|FILE.html|FILE.md")

    unanswered = command("unanswered", "questions the bot could not answer, most frequent first")
    unanswered.add_argument("--kommun", metavar="ID")
    unanswered.add_argument("--limit", type=int, default=50)

    database = command("db", "database tools")
    database_sub = database.add_subparsers(dest="db_command", required=True, metavar="TOOL")
    migrate = database_sub.add_parser("migrate-to", help="copy the store into PostgreSQL, verified by counts and "
                                      "checksums", allow_abbrev=False)
    migrate.add_argument("url", metavar="URL", help="postgresql://user@host/database")
    migrate.add_argument("--resume", action="store_true", help="continue a copy that stopped (the target has rows)")

    covered = command("coverage", "the municipalities known, their agreements' status, which to update first, "
                      "and the share of Sweden's population covered")
    covered.add_argument("--json", action="store_true",
                         help='print it as JSON: {"municipalities": [rows], "population": {shares}}')
    covered.add_argument("--stale", action="store_true",
                         help="only the agreements that have ended or give no end date and were last checked "
                              "over six months ago, with what residents are told meanwhile")
    new = command("new-municipality", "write a skeleton file for a municipality, with every field to fill in")
    new.add_argument("name", nargs="+", help="the municipality's name, e.g. Lund")

    knowledge = command("knowledge", "the entries staff edit in the web console")
    knowledge_sub = knowledge.add_subparsers(dest="knowledge_command", required=True, metavar="TOOL")
    knowledge_export = knowledge_sub.add_parser(
        "export", help="write the entries published in the console as YAML files in the knowledge base's format",
        allow_abbrev=False)
    knowledge_export.add_argument("-o", "--output", required=True, metavar="DIR",
                                  help="folder to write municipalities/ID.yaml into")
    knowledge_export.add_argument("--whole", action="store_true",
                                  help="copy the whole knowledge base into DIR (a new folder) first, the edited "
                                       "entries in place, and validate it")

    staff = command("staff", "staff accounts for the web console")
    staff_sub = staff.add_subparsers(dest="staff_command", required=True, metavar="TOOL")
    staff_sub.add_parser("hash-password", help="read a password from standard input and print its argon2id hash "
                         "for a staff entry's password_hash", allow_abbrev=False)

    trainer = command("train", "train the message reading model from knowledge/messages/ (needs the [train] extra)")
    trainer.add_argument("--messages", metavar="DIR", help="labelled messages (default: the knowledge base's)")
    trainer.add_argument("-o", "--output", metavar="FILE.npz", help="default: the model shipped in the package")
    trainer.add_argument("--check", action="store_true",
                         help="only check: retrain and compare with the model's weights (about two minutes)")
    trainer.add_argument("--hold-out", metavar="FILE", nargs="+", default=[],
                         help="held-out messages (eval/heldout.yaml): first remove every training line within "
                              "fuzzy ratio 85 of one of them; with --check, fail if one is left")

    check = command("validate", "check a knowledge base and list every problem")
    check.add_argument("directory", nargs="?", default=None, help="knowledge directory to check")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None,
         read_line: Callable[[], str] | None = None) -> int:
    out = out or sys.stdout
    read_line = read_line or sys.stdin.readline
    args = build_parser().parse_args(argv)
    try:
        # Every command, in one place; each returns the exit code.
        commands: dict[str, Callable[[], int]] = {
            "ask": lambda: cmd_ask(args, out),
            "chat": lambda: cmd_chat(args, out, read_line),
            "validate": lambda: cmd_validate(args, out),
            "run": lambda: cmd_run(args),
            "purge": lambda: cmd_purge(args, out),
            "export": lambda: cmd_export(args, out),
            "report": lambda: cmd_report(args, out),
            "unanswered": lambda: cmd_unanswered(args, out),
            "lagesbild": lambda: cmd_lagesbild(args, out),
            "db": lambda: cmd_db(args, out),
            "coverage": lambda: cmd_coverage(args, out),
            "new-municipality": lambda: cmd_new_municipality(args, out),
            "staff": lambda: cmd_staff(args, out, read_line),
            "knowledge": lambda: cmd_knowledge(args, out),
            "train": lambda: cmd_train(args, out),
        }
        return commands[args.command]()
    except KnowledgeError as exc:
        sys.stderr.write(f"Error: the knowledge base has {len(exc.problems)} problem(s):\n")
        for problem in exc.problems:
            sys.stderr.write(f"  {problem}\n")
        return 1
    except TrygghetsbotError as exc:
        sys.stderr.write(f"Error: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130


def entry_point() -> None:
    sys.exit(main())
