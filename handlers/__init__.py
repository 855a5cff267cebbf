"""The channels, one folder each (`telegram/`, `web/`), and what they share (services, server, workers)."""
