#!/usr/bin/env python3
"""Regenerate the README's "What it answers" examples from the bundled knowledge base, on a fixed
day, so they always show what the bot really says (tests/test_readme.py checks they match).

    .venv/bin/python scripts/readme_examples.py          # rewrites README.md in place
    .venv/bin/python scripts/readme_examples.py --check  # exit 1 when README.md is out of date
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import load

DAY = dt.date(2026, 12, 4)
QUESTIONS = (
    "Vad fokuserar Sölvesborg på?",
    "Hur länge gäller avtalet i Vellinge?",
    "What does Kävlinge focus on?",
    "Vad gör Sölvesborg mot stölder?",
    "Vilka kommuner har grannsamverkan?",
    "Vem är kommunpolis i Sölvesborg?",
    "Vad fokuserar Ragunda på?",
    "Någon försöker ta sig in i min lägenhet nu",
)
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
README = Path(__file__).resolve().parent.parent / "README.md"
INTRO = ("Real questions and answers (`trygghetsbot ask`, on {day}; `python scripts/readme_examples.py` "
         "regenerates them):")


def day_text(day: dt.date) -> str:
    """"4 December 2026", whatever the machine's locale."""
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def examples() -> str:
    engine = Engine(load(), today=DAY)
    blocks = [f"> {q}\n{engine.answer(q, Conversation()).text}" for q in QUESTIONS]
    return INTRO.format(day=day_text(DAY)) + "\n\n```\n" + "\n\n".join(blocks) + "\n```\n"


def rewrite(readme: str) -> str:
    start = readme.index("Real questions and answers (")
    end = readme.index("```\n", readme.index("```\n", start) + 4) + 4
    return readme[:start] + examples() + readme[end:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 when README.md differs")
    args = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    wanted = rewrite(current)
    if args.check:
        if current != wanted:
            print("README.md's examples are out of date: run scripts/readme_examples.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
