"""Following a kommun (issue #34, item 4): `/folj Växjö`, `/folj`, `/slutafolja`, the "Följ Växjö"
button under an answer, and the news a reload queues for followers. No channel imports.

    /folj Växjö ──► Places.resolve (the one name resolver) ──► follows (the chat id encrypted)
    reload ──► news.changes ──► announce: one outbox row per follower and kommun (news_key unique)
                                     ├──► Telegram: the outbox sender (a process with the token)
                                     └──► web: shown at the top of the chat on return

A follow keeps what hearing back keeps (bot/concerns/updates.py): the channel, the language, and for
Telegram the chat id encrypted with the same Fernet key, never in clear. It lasts until /slutafolja
or /radera, and retention deletes one not renewed (following again, or listing with /folj) within
the retention period.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.answering.compose import pick
from bot.answering.engine import Answer
from bot.answering.places import Kommun, which_one
from bot.concerns.desk import ConcernDesk
from bot.concerns.news import AgreementChange, NewsItem, NewsNotification, by_municipality, digest
from bot.concerns.updates import DELIVERY, PUSH, ChatIdCipher
from bot.storage.records import Follow

logger = logging.getLogger(__name__)

CHOICE = "follow:"  # a follow button's choice id: "follow:vaxjo" (a kommun id, nothing personal)
NOT_HERE = ("Här kan jag tyvärr inte skicka nyheter. Följ en kommun i Telegram eller i webbchatten.",
            "I can't send news here, sorry. Follow a municipality in Telegram or in the web chat.")


@dataclass(frozen=True)
class FollowReply:
    """What a follow command led to: the text, and the kind a channel may style it by."""

    text: str
    kind: str


def choice_of(choice: str | None) -> str | None:
    """The kommun id of a follow button's choice, else None."""
    if choice and choice.startswith(CHOICE) and 0 < len(choice) - len(CHOICE) <= 40:
        return choice[len(CHOICE):]
    return None


class FollowDesk:
    """Following kommuner, for every channel: the commands, the button and the news."""

    def __init__(self, desk: ConcernDesk) -> None:
        self.desk = desk
        self.cipher = ChatIdCipher.of(desk)

    @staticmethod
    def can_follow(channel: str) -> bool:
        return channel in DELIVERY

    def offer(self, answer: Answer, channel: str, private: bool) -> tuple[str, str] | None:
        """The button under an answer about one kommun with an entry: (choice id, "Följ Växjö"); None
        where news cannot reach the resident (the terminal, a group chat)."""
        if not private or not self.can_follow(channel) or not answer.answered or not answer.municipality:
            return None
        entry = self.desk.engine.knowledge.municipalities.get(answer.municipality)
        if entry is None or not entry.agreements:
            return None
        return CHOICE + entry.id, pick(answer.language, f"Följ {entry.name}", f"Follow {entry.name}")

    def _name(self, kommun_id: str) -> str:
        kommun = self.desk.engine.places.get(kommun_id)
        return self.desk.engine.places.label(kommun) if kommun else kommun_id

    def _resolve(self, typed: str, lang: str) -> Kommun | FollowReply:
        found = self.desk.engine.places.resolve(typed)
        if not found:
            return FollowReply(pick(lang, f"Jag hittar ingen kommun som heter ”{typed}”. Skriv kommunens namn, "
                                          "till exempel /folj Växjö.",
                                    f"I can't find a municipality called “{typed}”. Write its name, for example "
                                    "/follow Växjö."), "follow_unknown")
        if len(found) > 1:
            return FollowReply(which_one(found, lang) + pick(lang, " Skriv till exempel /folj " + found[0].name + ".",
                                                             " Write for example /follow " + found[0].name + "."),
                               "follow_which")
        return found[0]

    async def follow(self, channel: str, user_id: int | str, typed: str, lang: str,
                     deliver_to: str | None) -> FollowReply:
        """/folj <name>: follow the one kommun the name means; a name that fits several is asked about."""
        resolved = self._resolve(typed, lang)
        if isinstance(resolved, FollowReply):
            return resolved
        return await self.follow_id(channel, user_id, resolved.id, lang, deliver_to)

    async def follow_id(self, channel: str, user_id: int | str, kommun_id: str, lang: str,
                        deliver_to: str | None) -> FollowReply:
        """Follow a kommun by id (the button, or a resolved name)."""
        mode = DELIVERY.get(channel)
        kommun = self.desk.engine.places.get(kommun_id)
        if kommun is None:
            return FollowReply(pick(lang, "Den kommunen känner jag inte till.", "I don't know that municipality."),
                               "follow_unknown")
        if mode is None or (mode == PUSH and not deliver_to):
            return FollowReply(pick(lang, *NOT_HERE), "follow_unavailable")
        name = self.desk.engine.places.label(kommun)
        address = self.cipher.encrypt(deliver_to) if mode == PUSH and deliver_to else None
        epoch = self.desk.now().timestamp()
        new = await self.desk.db.follow(Follow(self.desk.resident(channel, user_id), channel, kommun.id, address,
                                               lang, epoch, epoch))
        logger.info("A resident follows %s via %s", kommun.id, channel)
        # One "när" a sentence: what happens, then where the resident hears of it.
        where = (pick(lang, "skriver jag till dig här", "I will write to you here") if mode == PUSH else
                 pick(lang, "visas det här i chatten nästa gång du kommer tillbaka i samma webbläsare",
                      "it is shown here in the chat the next time you come back in the same browser"))
        if not new:
            return FollowReply(pick(lang, f"Du följer redan {name}. När något är nytt {where}.",
                                    f"You already follow {name}. When something is new, {where}."), "followed")
        none_yet = "" if kommun.entry is not None and kommun.entry.agreements else pick(
            lang, f" Jag har ingen överenskommelse för {name} än.", f" I have no agreement for {name} yet.")
        return FollowReply(pick(lang, f"Nu följer du {name}. När kommunen och polisen har en ny eller ändrad "
                                      f"överenskommelse {where}.{none_yet} Sluta följa med /slutafolja {kommun.name}.",
                                f"You now follow {name}. When the municipality and the police have a new or "
                                f"changed agreement, {where}.{none_yet} Stop with /unfollow {kommun.name}."), "followed")

    async def listed(self, channel: str, user_id: int | str, lang: str) -> FollowReply:
        """/folj alone: what the chat follows (which renews those follows)."""
        if not self.can_follow(channel):
            return FollowReply(pick(lang, *NOT_HERE), "follow_unavailable")
        ids = await self.desk.db.follows_of(self.desk.resident(channel, user_id), channel,
                                            renew_epoch=self.desk.now().timestamp())
        if not ids:
            return FollowReply(pick(lang, "Du följer ingen kommun. Skriv till exempel /folj Växjö för att få veta när "
                                          "en kommuns överenskommelse är ny eller ändras.",
                                    "You follow no municipality. Send for example /follow Växjö to hear when a "
                                    "municipality's agreement is new or changes."), "follows")
        names = ", ".join(self._name(i) for i in ids)
        return FollowReply(pick(lang, f"Du följer: {names}. Sluta med /slutafolja och kommunens namn, eller "
                                      "/slutafolja för alla.",
                                f"You follow: {names}. Stop with /unfollow and the municipality's name, or "
                                "/unfollow for all."), "follows")

    async def unfollow(self, channel: str, user_id: int | str, typed: str, lang: str) -> FollowReply:
        """/slutafolja (all) or /slutafolja <name> (one); nothing waiting for them is sent after this."""
        resident = self.desk.resident(channel, user_id)
        kommun_id = None
        if typed:
            resolved = self._resolve(typed, lang)
            if isinstance(resolved, FollowReply):
                return resolved
            kommun_id = resolved.id
        gone = await self.desk.db.unfollow(resident, channel, kommun_id)
        if not gone:
            return FollowReply(pick(lang, "Du följde inte den kommunen." if typed else "Du följde ingen kommun.",
                                    "You did not follow that municipality." if typed else
                                    "You followed no municipality."), "unfollowed")
        logger.info("A resident stopped following %s kommun(er) via %s", len(gone), channel)
        names = ", ".join(self._name(i) for i in gone)
        return FollowReply(pick(lang, f"Klart. Du följer inte längre: {names}.", f"Done. You no longer follow: {names}."),
                           "unfollowed")

    async def erase(self, channel: str, user_id: int | str) -> int:
        """/radera: every follow of the resident in this channel, and the news waiting for them."""
        return await self.desk.db.delete_follows_of(self.desk.resident(channel, user_id))

    # -- the change event ----------------------------------------------------------------------

    async def announce(self, found: list[AgreementChange]) -> int:
        """Queue one message per follower and kommun with new or changed agreements; every process
        that reloads the same change may call this, and each follower still gets one (news_key)."""
        queued = 0
        for kommun_id, changes in by_municipality(found).items():
            news = NewsNotification(self._name(kommun_id), tuple(NewsItem.of(c) for c in changes), "sv")
            queued += await self.desk.db.queue_news(kommun_id, news.payload(), digest(changes),
                                                    self.desk.now().timestamp())
        if queued:
            logger.info("News of %s kommun(er) queued for %s follower(s)", len(by_municipality(found)), queued)
            self.desk.outbox_written()
        return queued
