"""Named exceptions of the core; channels (CLI, Telegram) translate them into messages."""

from __future__ import annotations

from dataclasses import dataclass


class TrygghetsbotError(Exception):
    """Base class for errors the core raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the knowledge base, located as precisely as we can."""

    file: str
    message: str
    entry: str = ""
    field: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.entry:
            where += f" [{self.entry}]"
        if self.field:
            where += f" {self.field}"
        return f"{where}: {self.message}"


class KnowledgeError(TrygghetsbotError):
    """The knowledge base could not be loaded; `problems` says what and where."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the knowledge base:\n" + "\n".join(map(str, problems)))


class ConfigError(TrygghetsbotError):
    """A setting is missing or invalid."""
