"""Trygghetsboten's core: knowledge base, answering engine, storage and CLI. No Telegram imports here."""

__version__ = "0.1.0"
