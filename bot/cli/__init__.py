"""The `trygghetsbot` command: a thin layer over the core, one module per group of commands (`chat`,
`knowledge`, `staff`), what they all build in `services`, and the parser and `main` in `app`. Errors
print `Error: …` and exit 1."""

from bot.cli.app import entry_point, main

__all__ = ["entry_point", "main"]
