"""Settings: an optional YAML file, overridden by environment variables."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.errors import ConfigError

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
SETTINGS_ENV = "TRYGGHETSBOT_SETTINGS"

# setting name -> (environment variable, type)
_FIELDS: dict[str, tuple[str | None, type]] = {
    "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", str),
    "telegram_api_base_url": ("TELEGRAM_API_BASE_URL", str),
    "telegram_webhook_secret": ("TELEGRAM_WEBHOOK_SECRET", str),
    "data_dir": ("TRYGGHETSBOT_DATA_DIR", str),
    "knowledge_dir": ("TRYGGHETSBOT_KNOWLEDGE", str),
    "context_minutes": ("TRYGGHETSBOT_CONTEXT_MINUTES", int),
    "concerns_per_hour": ("TRYGGHETSBOT_CONCERNS_PER_HOUR", int),
    "concerns_per_day": ("TRYGGHETSBOT_CONCERNS_PER_DAY", int),
    "retention_months": ("TRYGGHETSBOT_RETENTION_MONTHS", int),
    "intake_timeout_minutes": ("TRYGGHETSBOT_INTAKE_TIMEOUT_MINUTES", int),
    "resident_hash_key": ("TRYGGHETSBOT_RESIDENT_HASH_KEY", str),
    # Empty: SQLite in the data dir. postgresql://…: PostgreSQL, for several processes.
    "database_url": ("TRYGGHETSBOT_DATABASE_URL", str),
    # Origins allowed to embed the chat page, space-separated ("https://www.solvesborg.se").
    "web_frame_ancestors": ("TRYGGHETSBOT_WEB_FRAME_ANCESTORS", str),
    "web_requests_per_minute": ("TRYGGHETSBOT_WEB_REQUESTS_PER_MINUTE", int),
    "staff": (None, list),
}


_TOKEN_SHAPE = re.compile(r"^\d{3,15}:[A-Za-z0-9_-]{30,50}$")


@dataclass(frozen=True)
class StaffMember:
    """A staff member: a Telegram user id and the municipalities they may see (None: all)."""

    telegram_user_id: int
    municipalities: frozenset[str] | None
    name: str = ""

    def may_see(self, municipality_id: str) -> bool:
        return self.municipalities is None or municipality_id in self.municipalities


@dataclass(frozen=True)
class Settings:
    telegram_bot_token: str = ""
    telegram_api_base_url: str = DEFAULT_API_BASE_URL
    telegram_webhook_secret: str = ""
    data_dir: Path = Path("data")
    knowledge_dir: Path | None = None
    context_minutes: int = 30
    concerns_per_hour: int = 3
    concerns_per_day: int = 10
    retention_months: int = 24
    intake_timeout_minutes: int = 60
    resident_hash_key: str = ""
    database_url: str = ""
    web_frame_ancestors: str = ""
    web_requests_per_minute: int = 30
    staff: tuple[StaffMember, ...] = field(default_factory=tuple)

    @classmethod
    def load(cls, path: Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
        """Settings from `path` (or $TRYGGHETSBOT_SETTINGS) with the environment on top."""
        env = os.environ if env is None else env
        raw: dict[str, Any] = {}
        path = path or (Path(env[SETTINGS_ENV]) if env.get(SETTINGS_ENV) else None)
        if path is not None:
            raw = _read_file(path)
        for name, (variable, kind) in _FIELDS.items():
            if variable and env.get(variable):
                raw[name] = env[variable]
        values: dict[str, Any] = {}
        for name, value in raw.items():
            kind = _FIELDS[name][1]
            if kind is int:
                try:
                    value = int(value)
                except (TypeError, ValueError):
                    raise ConfigError(f"setting {name} must be a whole number, got {value!r}") from None
                if value <= 0:
                    raise ConfigError(f"setting {name} must be positive, got {value}")
            elif kind is str:
                value = "" if value is None else str(value).strip()
            values[name] = value
        if "data_dir" in values:
            values["data_dir"] = Path(values["data_dir"])
        if values.get("knowledge_dir"):
            values["knowledge_dir"] = Path(values["knowledge_dir"])
        if "staff" in values:
            values["staff"] = _staff(values["staff"])
        base = values.get("telegram_api_base_url")
        if base is not None and not base.startswith(("http://", "https://")):
            raise ConfigError(f"setting telegram_api_base_url must be an http(s) URL, got {base!r}")
        return cls(**values)

    def check_token_shape(self) -> None:
        """Refuse a token that cannot be one before any network request, without echoing it."""
        if not _TOKEN_SHAPE.match(self.telegram_bot_token):
            raise ConfigError("TELEGRAM_BOT_TOKEN does not look like a bot token from @BotFather (digits, a "
                              "colon, then about 35 letters, digits, - and _); check that it was copied whole")

    def staff_member(self, telegram_user_id: int | None) -> StaffMember | None:
        return next((s for s in self.staff if s.telegram_user_id == telegram_user_id), None)


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            raw = yaml.safe_load(handle) or {}
    except OSError as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"settings file {path} is not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"settings file {path} must be a mapping of setting: value")
    unknown = sorted(set(raw) - set(_FIELDS))
    if unknown:
        raise ConfigError(f"unknown setting(s) in {path}: {', '.join(unknown)} "
                          f"(known: {', '.join(_FIELDS)})")
    return raw


def _staff(raw: Any) -> tuple[StaffMember, ...]:
    if not isinstance(raw, list):
        raise ConfigError("setting staff must be a list of {telegram_user_id, municipalities}")
    members = []
    for index, entry in enumerate(raw, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("telegram_user_id"), int):
            raise ConfigError(f"staff entry {index} needs a numeric telegram_user_id")
        municipalities = entry.get("municipalities", [])
        if municipalities == "all":
            allowed = None
        elif isinstance(municipalities, list) and municipalities and all(isinstance(m, str) for m in municipalities):
            allowed = frozenset(municipalities)
        else:
            raise ConfigError(f"staff entry {index}: municipalities must be 'all' or a list of ids")
        members.append(StaffMember(entry["telegram_user_id"], allowed, str(entry.get("name", ""))))
    return tuple(members)
