"""The Telegram channel: thin adapters from Updates to the core."""
