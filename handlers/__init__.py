"""Telegram handlers: thin adapters from Updates to the core."""
