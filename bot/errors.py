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


class UnreadableText(TrygghetsbotError):
    """A resident's text is not valid Unicode (a lone surrogate): it could be neither stored nor
    sent on, so it is refused at the door with a message in the resident's language."""

    TEXT = ("Meddelandet innehåller tecken som inte går att läsa som text. Skriv det gärna igen med "
            "vanliga bokstäver. Vid fara: ring 112.",
            "The message contains characters that cannot be read as text. Please write it again with "
            "ordinary letters. In danger: call 112.")

    def __init__(self) -> None:
        super().__init__(self.TEXT[0])


class Busy(TrygghetsbotError):
    """Heavy work (an export, a lägesbild) waited too long for a free worker; try again later."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("Många nedladdningar tas fram just nu. Försök igen om en liten stund.")
        self.retry_after = retry_after
