"""Residents hear back (issue #34): the opt-in after a receipt, the messages staff changes lead to,
and what a channel needs to deliver them. No I/O of its own beyond the store; no channel imports.

    receipt ──► "Vill du få besked …?" ──► yes: update_requests (the Telegram chat id encrypted)
    staff change ──► Store.set_statuses ──► outbox rows ──► Telegram: a sender with the token
                                                       └──► web: shown when the resident returns

The Telegram chat id is the one thing kept that could point to a person: it is stored only for a
concern whose resident said yes, encrypted with Fernet (`cryptography`) under a key derived from the
resident hash key, and deleted when the concern is closed (after the message about the closing),
when the resident erases their concerns (/radera) and when retention deletes the concern.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken

from bot.answering.compose import pick
from bot.concerns.desk import ConcernDesk
from bot.concerns.intake import Choice, Prompt
from bot.concerns.news import NewsNotification
from bot.storage import STATUS_NAMES
from bot.storage.records import NEWS, OutboxRow, UpdateRequest

logger = logging.getLogger(__name__)

# How each channel delivers a message later: Telegram sends it (a process with the token), the web
# shows it when the resident comes back with the same conversation. The terminal cannot, so it is
# not asked.
PUSH, ON_RETURN = "push", "on_return"
DELIVERY = {"telegram": PUSH, "web": ON_RETURN}

QUESTION = ("Vill du få besked när kommunen har tittat på det?",
            "Would you like to hear back when the municipality has looked at it?")
YES_LABEL, NO_LABEL = ("Ja, ge mig besked", "Yes, keep me posted"), ("Nej tack", "No thanks")
AWAITING = "updates:"  # the conversation's marker while the question waits for a typed ja/nej
MAX_ATTEMPTS = 8  # a message not sent after this many tries is given up (and its chat id deleted)


class ChatIdCipher:
    """Fernet (AES-128-CBC with HMAC-SHA256) over a Telegram chat id, under a key derived from the
    resident hash key: every process that shares the database has it, and nothing else does."""

    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(base64.urlsafe_b64encode(key[:32]))

    @classmethod
    def of(cls, desk: ConcernDesk) -> ChatIdCipher:
        return cls(desk.derived_key("telegram-chat-id-fernet"))

    def encrypt(self, chat_id: int | str) -> str:
        return self._fernet.encrypt(str(chat_id).encode("ascii")).decode("ascii")

    def decrypt(self, token: str) -> str | None:
        """The chat id, or None when the token was made under another key (or altered)."""
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("ascii")
        except (InvalidToken, ValueError):
            return None


@dataclass(frozen=True)
class Notification:
    """What a resident is told about a concern, as plain data: each channel renders it."""

    reference: str
    status: str
    note: str
    language: str

    @property
    def status_name(self) -> str:
        return pick(self.language, *STATUS_NAMES.get(self.status, (self.status, self.status)))

    @property
    def heading(self) -> str:
        return pick(self.language, f"Nytt besked om din synpunkt {self.reference}",
                    f"News about your concern {self.reference}")

    def lines(self) -> list[str]:
        """The message's lines after the heading: the status, the note, what comes next."""
        lines = [pick(self.language, f"Status: {self.status_name}.", f"Status: {self.status_name}.")]
        if self.note:
            lines.append(pick(self.language, f"Kommunen skriver: {self.note}", f"The municipality writes: {self.note}"))
        if self.status == "closed":
            lines.append(pick(self.language, "Synpunkten är avslutad, så du får inga fler besked om den.",
                              "The concern is closed, so you will get no more news about it."))
        lines.append(pick(self.language, "Du ser alla dina synpunkter med /mina.", "See all your concerns with /mine."))
        return lines

    def text(self) -> str:
        return "\n".join([self.heading, *self.lines()])

    @classmethod
    def of(cls, row: OutboxRow) -> Notification:
        return cls(row.reference, row.status, row.note, row.language)


def notification_of(row: OutboxRow) -> Notification | NewsNotification:
    """An outbox row as what the resident is told: news of a followed kommun, or of their concern."""
    if row.follower is not None and row.status == NEWS:
        return NewsNotification.of_payload(row.note, row.language)
    return Notification.of(row)


@dataclass(frozen=True)
class Delivery:
    """A claimed outbox row with its chat id decrypted, for the sending channel only."""

    row_id: int
    chat_id: str
    notification: Notification | NewsNotification
    created_epoch: float
    attempt: int
    follower: str | None = None  # a news row's follower (its resident hash), None for a concern's news


def choice_of(choice: str | None) -> tuple[bool, str] | None:
    """(yes, reference) from an opt-in button's choice id, else None."""
    for prefix, yes in (("updates-yes:", True), ("updates-no:", False)):
        if choice and choice.startswith(prefix) and 0 < len(choice) - len(prefix) <= 30:
            return yes, choice[len(prefix):]
    return None


class UpdatesDesk:
    """The opt-in and the outbox, for every channel."""

    def __init__(self, desk: ConcernDesk) -> None:
        self.desk = desk
        self.cipher = ChatIdCipher.of(desk)

    @staticmethod
    def asks(channel: str) -> bool:
        return channel in DELIVERY

    def offer(self, receipt: Prompt, lang: str) -> str:
        """Put the question under a receipt; the conversation's marker to keep while it waits."""
        reference = receipt.reference or ""
        receipt.text += "\n\n" + pick(lang, *QUESTION)
        receipt.choices = [*receipt.choices, Choice(f"updates-yes:{reference}", pick(lang, *YES_LABEL)),
                           Choice(f"updates-no:{reference}", pick(lang, *NO_LABEL))]
        return AWAITING + reference

    async def answer(self, channel: str, user_id: int | str, reference: str, yes: bool, lang: str,
                     deliver_to: str | None) -> Prompt:
        """Keep the wish (yes) for the resident's own concern; no changes nothing."""
        if not yes:
            return Prompt(pick(lang, "Okej, du får inga besked. Statusen ser du alltid med /mina.",
                               "All right, no news then. You can always see the status with /mine."),
                          kind="updates", reference=reference)
        mode = DELIVERY.get(channel)
        if mode is None or (mode == PUSH and not deliver_to):
            return Prompt(pick(lang, "Här kan jag tyvärr inte skicka besked. Statusen ser du med /mina.",
                               "I can't send news here, sorry. You can see the status with /mine."),
                          kind="updates", reference=reference)
        address = self.cipher.encrypt(deliver_to) if mode == PUSH and deliver_to else None
        request = UpdateRequest(reference, channel, address, lang, self.desk.now().timestamp())
        if not await self.desk.db.request_updates(reference, self.desk.resident(channel, user_id), request):
            return Prompt(pick(lang, "Den synpunkten hittar jag inte längre.", "I can no longer find that concern."),
                          kind="updates", reference=reference)
        logger.info("Updates requested for %s via %s", reference, channel)
        text = (pick(lang, "Bra! Jag skriver till dig här när kommunen ändrar status på synpunkten eller skriver "
                           "något till dig. Chattens id sparas krypterat bara tills synpunkten är avslutad, och "
                           "/radera tar bort det.",
                     "Good! I will write to you here when the municipality changes the concern's status or writes "
                     "to you. This chat's id is kept encrypted only until the concern is closed, and /delete "
                     "removes it.") if mode == PUSH else
                pick(lang, "Bra! Besked visas här i chatten när du kommer tillbaka i samma webbläsare, och under /mina.",
                     "Good! News is shown here in the chat when you come back in the same browser, and under /mine."))
        return Prompt(text, kind="updates", reference=reference)

    async def on_return(self, channel: str, user_id: int | str) -> list[Notification | NewsNotification]:
        """What a channel that shows news on return (the web) has not shown yet, marked shown now."""
        if DELIVERY.get(channel) != ON_RETURN:
            return []
        rows = await self.desk.db.take_shown(self.desk.resident(channel, user_id), channel,
                                             self.desk.now().timestamp())
        return [notification_of(row) for row in rows]

    # -- sending (a channel that pushes: Telegram, in a process with the token) --------------------

    async def claim(self, channel: str, worker: str, limit: int = 100, lease_seconds: float = 300.0) -> list[Delivery]:
        """Due rows leased to this worker, with their chat ids; a row whose id cannot be decrypted
        (the key changed) is given up at once."""
        rows = await self.desk.db.claim_outbox(channel, worker, self.desk.now().timestamp(), lease_seconds, limit)
        deliveries = []
        for row in rows:
            chat_id = self.cipher.decrypt(row.address) if row.address else None
            if chat_id is None:
                logger.warning("Outbox row %s has no readable address; given up", row.id)
                await self.desk.db.outbox_retry(row.id, worker, 0.0, give_up=True)
                continue
            deliveries.append(Delivery(row.id, chat_id, notification_of(row), row.created_epoch, row.attempts,
                                       row.follower))
        return deliveries

    async def sent(self, row_ids: list[int], worker: str) -> int:
        return await self.desk.db.outbox_sent(row_ids, worker, self.desk.now().timestamp())

    async def failed(self, row_id: int, worker: str, attempt: int, permanent: bool, channel: str = "",
                     follower: str | None = None) -> None:
        """Try again later with a growing wait, or give up (the chat blocked the bot, or too many tries).
        A follower whose chat refuses for good (blocked) follows nothing there any more: their
        encrypted chat id is of no use, so it is not kept."""
        give_up = permanent or attempt >= MAX_ATTEMPTS
        due = self.desk.now().timestamp() + min(3600.0, 5.0 * 2 ** attempt)
        await self.desk.db.outbox_retry(row_id, worker, due, give_up)
        if permanent and follower is not None and channel:
            await self.desk.db.unfollow(follower, channel)
        if give_up:
            logger.warning("Outbox row %s given up after %s attempt(s)", row_id, attempt)
