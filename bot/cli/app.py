"""The `trygghetsbot` command: its parser, `run` (the channels, imported only there) and `main`, which
turns the core's errors into `Error: …` and exit 1."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from bot import __version__, files
from bot.answering.knowledge import KNOWLEDGE_ENV, load
from bot.errors import KnowledgeError, TrygghetsbotError
from bot.settings import SETTINGS_ENV
from bot.staff import FORMATS



def cmd_run(args: argparse.Namespace) -> int:
    if args.webhook and not args.webhook.startswith("https://") and not args.webhook.startswith("http://"):
        raise TrygghetsbotError(f"--webhook must be a URL, got {args.webhook!r}")
    settings = load_settings(args)
    # Refuse to start on a broken knowledge base, before any network (its parsed YAML kept, as the engine's).
    load(settings.knowledge_dir, cache=files.cache_dir())
    # The CLI is the entry point above every channel; imported here so that `ask`, `chat` and the
    # staff commands start without loading python-telegram-bot (tests/test_architecture.py).
    from handlers import server  # noqa: PLC0415

    return server.run(settings, webhook=args.webhook, listen=args.listen, web=args.web)


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
    trainer.add_argument("--areas", action="store_true",
                         help="the area-of-life reading from knowledge/areas/ instead (bot/answering/area_model.py)")
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
from bot.cli.chat import cmd_ask, cmd_chat
from bot.cli.knowledge import cmd_coverage, cmd_knowledge, cmd_new_municipality, cmd_train, cmd_validate
from bot.cli.services import load_settings
from bot.cli.staff import cmd_db, cmd_export, cmd_lagesbild, cmd_purge, cmd_report, cmd_staff, cmd_unanswered
