"""Settings: an optional YAML file, overridden by environment variables."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

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
    # The address residents reach the bot at ("https://trygghet.example.se"): the only origin whose
    # pages may post to /api/chat. Empty: the host the request was sent to.
    "web_public_url": ("TRYGGHETSBOT_WEB_PUBLIC_URL", str),
    "web_requests_per_minute": ("TRYGGHETSBOT_WEB_REQUESTS_PER_MINUTE", int),
    # Messages a second the bot sends to different Telegram chats (Telegram allows about 30): the
    # rate limiter's overall rate, which the outbox's messages to residents go through.
    "telegram_messages_per_second": ("TRYGGHETSBOT_TELEGRAM_MESSAGES_PER_SECOND", int),
    # The staff console's session cookie is Secure unless this is false (plain http on localhost).
    "web_cookie_secure": ("TRYGGHETSBOT_WEB_COOKIE_SECURE", bool),
    "web_session_minutes": ("TRYGGHETSBOT_WEB_SESSION_MINUTES", int),
    # The reverse proxies in front of the bot (addresses or networks, space-separated): only their
    # X-Forwarded-For is believed. Empty: none, the connecting address is the client's.
    "web_trusted_proxies": ("TRYGGHETSBOT_WEB_TRUSTED_PROXIES", str),
    # Map tiles the staff member's browser fetches; empty: points on a plain coordinate grid.
    "map_tile_url": ("TRYGGHETSBOT_MAP_TILE_URL", str),
    "staff": (None, list),
}


_TOKEN_SHAPE = re.compile(r"\d{3,15}:[A-Za-z0-9_-]{30,50}")  # fullmatch: "$" lets a newline through


DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")


@dataclass(frozen=True)
class StaffMember:
    """A staff member: the municipalities they may see (None: all), and how they sign in: a Telegram
    user id for the commands, a username and argon2id password hash for the web console, or both."""

    telegram_user_id: int | None
    municipalities: frozenset[str] | None
    name: str = ""
    username: str = ""
    password_hash: str = field(default="", repr=False)

    def may_see(self, municipality_id: str) -> bool:
        return self.municipalities is None or municipality_id in self.municipalities

    @property
    def label(self) -> str:
        """Who did it, in the audit log: never a Telegram id, which is nobody's business on a page."""
        return self.name or self.username or "personal via Telegram"


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
    web_public_url: str = ""
    web_requests_per_minute: int = 30
    telegram_messages_per_second: int = 30
    web_cookie_secure: bool = True
    web_session_minutes: int = 480
    web_trusted_proxies: str = ""
    map_tile_url: str = DEFAULT_TILE_URL
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
            elif kind is bool:
                value = _boolean(name, value)
            elif kind is str:
                value = "" if value is None else str(value).strip()
            values[name] = value
        if "data_dir" in values:
            values["data_dir"] = Path(values["data_dir"])
        if values.get("knowledge_dir"):
            values["knowledge_dir"] = Path(values["knowledge_dir"])
        if "staff" in values:
            values["staff"] = _staff(values["staff"])
        trusted_networks(values.get("web_trusted_proxies", ""))  # a typo is found at start, not behind the proxy
        if values.get("web_public_url"):
            origin_of(values["web_public_url"])
        base = values.get("telegram_api_base_url")
        if base is not None and not base.startswith(("http://", "https://")):
            raise ConfigError(f"setting telegram_api_base_url must be an http(s) URL, got {base!r}")
        return cls(**values)

    def check_token_shape(self) -> None:
        """Refuse a token that cannot be one before any network request, without echoing it."""
        if not _TOKEN_SHAPE.fullmatch(self.telegram_bot_token):
            raise ConfigError("TELEGRAM_BOT_TOKEN does not look like a bot token from @BotFather (digits, a "
                              "colon, then about 35 letters, digits, - and _); check that it was copied whole")

    def staff_member(self, telegram_user_id: int | None) -> StaffMember | None:
        if telegram_user_id is None:
            return None
        return next((s for s in self.staff if s.telegram_user_id == telegram_user_id), None)

    def staff_by_username(self, username: str) -> StaffMember | None:
        wanted = username.strip().lower()
        return next((s for s in self.staff if s.username and s.username == wanted), None)


def trusted_networks(setting: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """The web_trusted_proxies setting as networks ("10.0.0.5 10.1.0.0/16")."""
    networks = []
    for entry in setting.replace(",", " ").split():
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            raise ConfigError(f"setting web_trusted_proxies: {entry!r} is not an address or network") from None
    return tuple(networks)


def origin_of(url: str) -> str:
    """The origin a browser would send for pages at `url`: scheme://host[:port], lower case, without
    the scheme's default port (ConfigError for what is not an http(s) URL)."""
    parts = urlsplit(url.strip())
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or port == -1 or parts.username:
        raise ConfigError(f"setting web_public_url must be an http(s) address such as https://trygghet.example.se, "
                          f"got {url!r}")
    scheme, host = parts.scheme.lower(), parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    default = {"http": 80, "https": 443}[scheme]
    return f"{scheme}://{host}" + (f":{port}" if port not in (None, default) else "")


def _boolean(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"setting {name} must be true or false, got {value!r}")


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
        raise ConfigError("setting staff must be a list of {telegram_user_id and/or username + password_hash, "
                          "municipalities}")
    members = []
    usernames: set[str] = set()
    for index, entry in enumerate(raw, 1):
        if not isinstance(entry, dict):
            raise ConfigError(f"staff entry {index} must be a mapping")
        unknown = sorted(set(entry) - {"telegram_user_id", "username", "password_hash", "municipalities", "name"})
        if unknown:
            raise ConfigError(f"staff entry {index}: unknown field(s) {', '.join(unknown)}")
        telegram_id = entry.get("telegram_user_id")
        if telegram_id is not None and (not isinstance(telegram_id, int) or isinstance(telegram_id, bool)):
            raise ConfigError(f"staff entry {index}: telegram_user_id must be a number")
        username = str(entry.get("username") or "").strip().lower()
        password_hash = str(entry.get("password_hash") or "").strip()
        if username:
            if not _USERNAME.fullmatch(username):
                raise ConfigError(f"staff entry {index}: username must be 2 to 40 letters a-z, digits, . _ or -")
            if username in usernames:
                raise ConfigError(f"staff entry {index}: username {username} is used twice")
            usernames.add(username)
            if not password_hash.startswith("$argon2id$"):
                raise ConfigError(f"staff entry {index}: password_hash must be an argon2id hash "
                                  "(make one with: trygghetsbot staff hash-password)")
        elif password_hash:
            raise ConfigError(f"staff entry {index}: password_hash needs a username")
        if telegram_id is None and not username:
            raise ConfigError(f"staff entry {index} needs a telegram_user_id, a username, or both")
        municipalities = entry.get("municipalities", [])
        if municipalities == "all":
            allowed = None
        elif isinstance(municipalities, list) and municipalities and all(isinstance(m, str) for m in municipalities):
            allowed = frozenset(municipalities)
        else:
            raise ConfigError(f"staff entry {index}: municipalities must be 'all' or a list of ids")
        members.append(StaffMember(telegram_id, allowed, str(entry.get("name", "") or ""), username, password_hash))
    return tuple(members)
