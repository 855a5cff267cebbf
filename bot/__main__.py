"""`python -m bot` runs the same CLI as `trygghetsbot`."""

from bot.cli import entry_point

entry_point()
