"""The web channel: one Starlette app served by uvicorn in the bot's own process."""
