"""What a resident's message leads to, decided once for every channel.

    channel input ──► Dialogue.handle(channel, user, conversation, Input, private) ──► [Output, …]

Order of the rules (each is checked before the next):

1. A command that shows or collects personal data (or a staff command) in a shared chat gets one
   data-free line pointing to the private chat.
2. Commands (following a kommun: bot/concerns/follows.py), and a "Följ Växjö" button, whatever the
   chat was doing.
3. A reply to a question the bot asked (a concern step, the erasure confirmation).
4. Otherwise the engine answers; unanswered questions are logged masked; a wish to report an
   unsafe place starts the concern conversation.

112 comes first whatever the chat was doing: the concern step (bot/concerns/intake.py) and the engine each
ask the one danger gate (bot/answering/danger.py) before anything else, and a concern in progress keeps what
was entered. Neither "yes"/"no" to the erasure question nor a button carries a danger message, so
checking again here would only read every message twice.

Channels only turn their own request into an `Input` and render the outputs: an `Answer` (engine),
a `Prompt` (a concern step) or a `Notice` (a fixed line, perhaps with buttons).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from bot.answering.compose import pick
from bot.answering.engine import Answer, Conversation, Engine
from bot.concerns.desk import ConcernDesk
from bot.concerns.follows import FollowDesk, FollowReply
from bot.concerns.follows import choice_of as follow_choice
from bot.concerns.intake import Prompt, Reply
from bot.concerns.survey import Step, SurveyDesk, SurveyState
from bot.concerns.updates import AWAITING, UpdatesDesk, choice_of
from bot.settings import Settings
from bot.text import fold, swedish_key

logger = logging.getLogger(__name__)

# Every command and its aliases, Swedish first, mapped to one name.
COMMANDS: dict[str, str] = {
    "start": "start", "hjalp": "help", "help": "help", "kommuner": "municipalities",
    "municipalities": "municipalities", "integritet": "privacy", "privacy": "privacy",
    "avbryt": "cancel", "cancel": "cancel", "synpunkt": "concern", "forslag": "concern",
    "concern": "concern", "mina": "mine", "mine": "mine", "radera": "delete", "delete": "delete",
    "export": "export", "statistik": "statistics", "statistics": "statistics", "status": "status",
    "reload": "reload", "ladda": "reload", "trygghet": "survey", "trygghetsmatning": "survey", "survey": "survey",
    "folj": "follow", "follow": "follow", "slutafolja": "unfollow", "unfollow": "unfollow",
}
STAFF_COMMANDS = frozenset({"export", "statistics", "status", "reload"})
# Their replies hold a resident's own concerns or staff data, or they ask for them: never in a group.
# Following keeps where to write to the resident (a private chat's id), so it is private too.
PRIVATE_ONLY = frozenset({"concern", "mine", "delete", "survey", "follow", "unfollow"}) | STAFF_COMMANDS

WELCOME_BUTTONS_UP_TO = 8
# What the welcome names as commands, also as buttons where a channel has them (the web chat): a
# resident who does not know what a slash command is can still send a concern or take the survey.
WELCOME_COMMANDS = (("synpunkt", ("Lämna en synpunkt", "Send a concern")),
                    ("trygghet", ("Svara på trygghetsmätningen", "Take the safety survey")))
WELCOME = (
    "Hej! Jag är Trygghetsboten. Jag berättar vad kommunen och polisen har kommit överens om för "
    "tryggheten där du bor, och tar emot dina synpunkter om otrygga platser.\n\n"
    "Fråga till exempel:\n• Vad fokuserar Sölvesborg på?\n• Hur länge gäller avtalet i Vellinge?\n"
    "• Vem är kommunpolis i Sölvesborg?\n\n"
    "Kommandon: /kommuner, /synpunkt, /trygghet, /hjalp, /integritet.\n\n"
    "Vid fara: ring 112. Anmäl brott på polisen.se eller 114 14.",
    "Hi! I am Trygghetsboten. I tell you what your municipality and the police have agreed to do "
    "for local safety, and take your concerns about places that feel unsafe.\n\n"
    "Ask for example:\n• What does Kävlinge focus on?\n• How long is Vellinge's agreement valid?\n"
    "• Who is the community police officer in Sölvesborg?\n\n"
    "Commands: /municipalities, /concern, /survey, /help, /privacy.\n\n"
    "In danger: call 112. Report crimes at polisen.se or 114 14.")
HELP = (
    "Skriv en fråga om trygghetsarbetet i en kommun, på svenska eller engelska:\n"
    "• fokusområden: ”Vad fokuserar Burlöv på?”\n• period: ”När går Växjös avtal ut?”\n"
    "• personer: ”Vem är kommunstyrelsens ordförande i Kävlinge?”\n"
    "• begrepp: ”Vad betyder medborgarlöfte?”\n"
    "• alla kommuner: ”Vilka kommuner har grannsamverkan?”\n\n"
    "/kommuner – kommunerna jag känner till\n/synpunkt – berätta vad som känns otryggt\n"
    "/trygghet – svara på några korta frågor om hur trygg du känner dig där du bor\n"
    "/mina – dina synpunkter\n/radera – radera dina synpunkter\n"
    "/folj Växjö – få veta när kommunens överenskommelse är ny eller ändras (/folj visar vad du följer, "
    "/slutafolja slutar)\n/integritet – hur dina uppgifter hanteras\n"
    "/avbryt – avbryt det du håller på med\n\nVid fara: ring 112.",
    "Ask about the safety work in a municipality, in Swedish or English:\n"
    "• focus areas: “What does Burlöv focus on?”\n• period: “When does Växjö's agreement end?”\n"
    "• people: “Who is the chair of the executive board in Kävlinge?”\n"
    "• terms: “What is a medborgarlöfte?”\n"
    "• all municipalities: “Which municipalities work with young people?”\n\n"
    "/municipalities – the municipalities I know\n/concern – tell us what feels unsafe\n"
    "/survey – a few short questions on how safe you feel where you live\n"
    "/mine – your concerns\n/delete – delete your concerns\n"
    "/follow Växjö – hear when the municipality's agreement is new or changes (/follow lists what you follow, "
    "/unfollow stops)\n/privacy – how your data is handled\n"
    "/cancel – cancel what you are doing\n\nIn danger: call 112.")
UNKNOWN_COMMAND = ("Det kommandot känner jag inte till. Skriv /hjalp för att se vad jag kan.",
                   "I don't know that command. Send /help to see what I can do.")
LOCATION_ONLY = ("Tack för platsen! Vill du berätta vad som känns otryggt där? Skriv /synpunkt.",
                 "Thanks for the location! Want to tell us what feels unsafe there? Send /concern.")
CANCELLED = ("Avbrutet. Fråga gärna något annat.", "Cancelled. Feel free to ask something else.")
CHOOSE_MUNICIPALITY = ("Välj en kommun:", "Choose a municipality:")
PRIVATE_ONLY_TEXT = ("Skriv till mig privat, så ser ingen annan i gruppen det du skickar eller får.",
                     "Write to me privately, so nobody else in the group sees what you send or get.")
NOT_DELETED = ("Inget raderades.", "Nothing was deleted.")
STALE = ("Den här knappen fungerar inte längre. Skriv din fråga i stället.",
         "This button no longer works. Please type your question instead.")
_YES = frozenset({"1", "ja", "yes", "j", "y", "ja radera", "yes delete"})
_NO = frozenset({"2", "nej", "no", "n"})


@dataclass
class Input:
    """One thing a resident did: typed text, pressed a button, shared a place or asked a topic."""

    text: str = ""
    choice: str | None = None  # a choice id from a Prompt ("send", "delete-yes", …)
    location: tuple[float, float] | None = None
    topic: tuple[str, str] | None = None  # (municipality id, topic) from an answer's follow-up button
    language: str | None = None  # the channel's hint, e.g. an English Telegram or browser
    # The client's network address, where the channel has one that the resident cannot change at
    # will (the web: its conversation id is free): for the limits per address (bot/concerns/limiter.py)
    # and the trygghetsmätning's one answer per address. Only ever hashed.
    address: str | None = None
    # Where the channel can write to the resident later (Telegram: the private chat's id), should
    # they ask to hear back about a concern; kept only then, and encrypted (bot/concerns/updates.py).
    deliver_to: str | None = None


@dataclass
class Notice:
    """A fixed line. `municipalities` offers overview buttons; `commands` buttons that send a command
    (its name without the slash, and the label); `private_start` a link to the private chat with that
    start payload ("" for a plain start)."""

    text: str
    kind: str
    municipalities: list[tuple[str, str]] = field(default_factory=list)
    private_start: str | None = None
    commands: list[tuple[str, str]] = field(default_factory=list)


Output = Answer | Prompt | Notice


def _notice(reply: FollowReply) -> Notice:
    return Notice(reply.text, reply.kind)


def parse_command(text: str) -> tuple[str, list[str]] | None:
    """("synpunkt", ["args"]) for "/synpunkt@botten args"; None when the text is not a command."""
    if not text.startswith("/") or len(text) < 2 or text[1].isspace():
        return None
    head, *args = text[1:].split()
    return fold(head.split("@", 1)[0]), args


class Dialogue:
    """The one call every channel makes for a resident's input."""

    def __init__(self, desk: ConcernDesk, settings: Settings | None = None) -> None:
        self.desk = desk
        self.settings = settings
        self.survey = SurveyDesk(desk)
        self.updates = UpdatesDesk(desk)
        self.follows = FollowDesk(desk)

    @property
    def engine(self) -> Engine:
        # The desk's engine is swapped on a knowledge reload; always use the current one.
        return self.desk.engine

    def shared_chat_notice(self, channel: str, user_id: int | str, command: str, lang: str,
                           chat: str = "") -> Notice | None:
        """The private-chat pointer for a command that must not run in a shared chat, else None."""
        name = COMMANDS.get(fold(command))
        if name not in PRIVATE_ONLY:
            return None
        if name in STAFF_COMMANDS and self.settings is not None and isinstance(user_id, int) \
                and self.settings.staff_member(user_id) is not None:
            logger.warning("Staff command /%s refused in a shared chat: %s user %s in chat %s",
                           name, channel, user_id, chat)
        return Notice(pick(lang, *PRIVATE_ONLY_TEXT), "private_only",
                      private_start="synpunkt" if name == "concern" else "")

    async def handle(self, channel: str, user_id: int | str, conversation: Conversation, given: Input, *,
                     private: bool = True, chat: str = "") -> list[Output]:
        """What the input leads to; `conversation` is updated in place for the channel to keep."""
        text = given.text.strip()
        lang = given.language or conversation.language
        command = parse_command(text)
        if command is not None:
            name, args = command
            if not private:
                notice = self.shared_chat_notice(channel, user_id, name, lang, chat)
                if notice is not None:
                    return [notice]
            if COMMANDS.get(name) in ("follow", "unfollow"):
                return [await self._follow_command(channel, user_id, COMMANDS[name], " ".join(args), lang,
                                                   given.deliver_to)]
            return await self._command(channel, user_id, conversation, COMMANDS.get(name, ""), args, lang,
                                       given.address)

        followed = follow_choice(given.choice)
        if followed is not None:  # the "Följ Växjö" button under an answer, whatever the chat was doing
            if not private:
                return [Notice(pick(lang, *PRIVATE_ONLY_TEXT), "private_only", private_start="")]
            return [_notice(await self.follows.follow_id(channel, user_id, followed, lang, given.deliver_to))]

        if given.topic is not None:
            answer = self.engine.answer_topic(*given.topic, conversation, given.language)
            return [answer if answer.answered else Notice(pick(lang, *STALE), "stale")]

        if private:
            answered = await self._updates_answer(channel, user_id, conversation, given, text, lang)
            if answered is not None:
                return [answered]

        if private and conversation.awaiting == "delete":
            conversation.awaiting = None
            word = fold(text).strip(" .!")
            # Anything but yes or no is a new question, and nothing is deleted.
            if given.choice in ("delete-yes", "delete-no") or word in _YES or word in _NO:
                return [await self._delete(channel, user_id, given.choice == "delete-yes" or word in _YES,
                                           lang)]

        if private:
            survey = SurveyState.decode(conversation.awaiting)
            if survey is not None:
                step = await self.survey.reply(channel, user_id, survey, text, given.choice, lang, given.address)
                if step is not None:
                    return [self._keep(conversation, step)]
                conversation.awaiting = None  # not an answer: the survey is left and the message read as usual
            reply = Reply(text=text or None, choice=given.choice, location=given.location)
            prompt = await self.desk.reply(channel, user_id, reply, lang, given.address)
            if prompt.unmatched:
                return await self._asked_mid_flow(channel, user_id, conversation, text, prompt)
            if prompt.kind == "receipt" and prompt.reference:
                if self.updates.asks(channel):
                    # Hearing back is asked first; the survey follows the answer (`_updates_answer`).
                    conversation.awaiting = self.updates.offer(prompt, lang)
                else:
                    await self._offer_survey(channel, user_id, conversation, prompt, lang, given.address)
            if prompt.kind != "none":
                return [prompt]
        if given.choice is not None:
            return [Notice(pick(lang, *STALE), "stale")]
        if given.location is not None:
            return [Notice(pick(lang, *LOCATION_ONLY), "location")]

        answer = self.engine.answer(text, conversation)
        await self.desk.log_unanswered(text, answer)
        if answer.topic == "feedback":
            if not private:
                return [Notice(pick(answer.language, *PRIVATE_ONLY_TEXT), "private_only", private_start="synpunkt")]
            return [await self._start_concern(channel, user_id, conversation, text, answer,
                                              given.language or answer.language, given.address)]
        return [answer]

    async def _start_concern(self, channel: str, user_id: int | str, conversation: Conversation, text: str,
                             answer: Answer, lang: str, address: str | None) -> Prompt:
        """A kommun or place the message names wins over the chat's earlier one ("otrygg vid
        busshållplatsen i Hjo" after a question about Göteborg is about Hjo); a name that fits
        several kommuner, or several kommuner named, are asked about."""
        named = self.engine.matcher.scan(text).kommuner()
        if len(named) > 1:
            return await self.desk.start(channel, user_id, None, lang, address, candidates=named)
        municipality = named[0] if named else answer.municipality or conversation.municipality
        if named:
            conversation.municipality = named[0]
        return await self.desk.start(channel, user_id, municipality, lang, address)

    async def _asked_mid_flow(self, channel: str, user_id: int | str, conversation: Conversation, text: str,
                              prompt: Prompt) -> list[Output]:
        """Text that answers no step of the concern: a question ("Vad är en lägesbild?") is answered
        and the concern waits at its step; anything else gets the step again with what it wants."""
        answer = self.engine.answer(text, conversation)
        if not answer.answered or answer.topic in ("feedback", "emergency"):
            return [prompt]
        current = await self.desk.current(channel, user_id)
        if current is None:
            return [answer]
        current.text = pick(answer.language, "Din synpunkt väntar:", "Your concern is waiting:") + "\n\n" + current.text
        return [answer, current]

    async def _command(self, channel: str, user_id: int | str, conversation: Conversation, name: str,
                       args: list[str], lang: str, address: str | None = None) -> list[Output]:
        knowledge = self.engine.knowledge
        if name == "start":
            payload = fold(args[0]) if args else ""
            # News about the resident's concerns comes first where it waits for their return (the web).
            news: list[Output] = [Notice(n.text(), "updates") for n in await self.updates.on_return(channel, user_id)]
            if payload in ("synpunkt", "concern"):
                return [*news, *await self._command(channel, user_id, conversation, "concern", [], lang, address)]
            if payload:
                answer = self.engine.answer_topic(payload, "overview", conversation, lang)
                if answer.answered:
                    return [*news, answer]
            # A button per municipality while they are few; with more, a keyboard user would tab through
            # dozens of them before the question field, so the welcome points to /kommuner instead.
            few = self._municipalities() if len(knowledge.municipalities) <= WELCOME_BUTTONS_UP_TO else []
            return [*news, Notice(pick(lang, *WELCOME), "welcome", municipalities=few,
                                  commands=[(c, pick(lang, *label)) for c, label in WELCOME_COMMANDS])]
        if name == "help":
            return [Notice(pick(lang, *HELP), "help")]
        if name == "municipalities":
            return [Notice(pick(lang, *CHOOSE_MUNICIPALITY), "municipalities",
                           municipalities=self._municipalities())]
        if name == "privacy":
            entry = knowledge.general["privacy"]
            return [Notice(pick(lang, entry.text, entry.text_en), "privacy")]
        if name == "cancel":
            # What is cancelled is the concern, not the chat's kommun: the one the concern was about stays.
            kommun = await self.desk.municipality_in_progress(channel, user_id) or conversation.municipality
            await self.desk.cancel(channel, user_id)
            conversation.clear()
            conversation.municipality = kommun
            return [Notice(pick(lang, *CANCELLED), "cancelled")]
        if name == "concern":
            conversation.awaiting = None
            return [await self.desk.start(channel, user_id, conversation.municipality, lang, address)]
        if name == "mine":
            return [Notice(await self.desk.mine(channel, user_id, lang), "mine")]
        if name == "delete":
            conversation.awaiting = "delete"
            return [self.desk.delete_prompt(lang)]
        if name == "survey":
            conversation.awaiting = None
            return [self._keep(conversation, await self.survey.start(channel, user_id, conversation.municipality,
                                                                      lang, address))]
        return [Notice(pick(lang, *UNKNOWN_COMMAND), "unknown_command")]

    def _keep(self, conversation: Conversation, step: Step) -> Prompt:
        """The survey's state lives in the chat's context, so it follows the resident across processes."""
        conversation.awaiting = step.state.encode() if step.state is not None else None
        return step.prompt

    async def _offer_survey(self, channel: str, user_id: int | str, conversation: Conversation, receipt: Prompt,
                            lang: str, address: str | None = None) -> None:
        """After a receipt, the trygghetsmätning, at most once per resident and quarter: in the same
        message, under the reference, with Ja/Nej buttons."""
        concern = await self.desk.db.concern(receipt.reference or "")
        step = await self.survey.offer(channel, user_id, concern.municipality, lang, address) if concern else None
        if step is not None:
            offer = self._keep(conversation, step)
            receipt.text += "\n\n" + offer.text
            receipt.choices = [*receipt.choices, *offer.choices]

    async def _updates_answer(self, channel: str, user_id: int | str, conversation: Conversation, given: Input,
                              text: str, lang: str) -> Prompt | None:
        """The answer to "Vill du få besked …?": a button of the receipt, or ja/nej typed while it
        waits; then the survey, when it is offered. None when the input is no such answer."""
        chosen = choice_of(given.choice)
        waiting = conversation.awaiting or ""
        if chosen is None and waiting.startswith(AWAITING) and not given.choice:
            word = fold(text).strip(" .!")
            if word in _YES or word in _NO:
                chosen = (word in _YES, waiting[len(AWAITING):])
        if waiting.startswith(AWAITING):
            conversation.awaiting = None  # anything else is a new question: no is the default
        if chosen is None:
            return None
        yes, reference = chosen
        prompt = await self.updates.answer(channel, user_id, reference, yes, lang, given.deliver_to)
        await self._offer_survey(channel, user_id, conversation, prompt, lang, given.address)
        return prompt

    async def _follow_command(self, channel: str, user_id: int | str, name: str, typed: str, lang: str,
                              deliver_to: str | None) -> Notice:
        """/folj Växjö follows, /folj lists, /slutafolja [Växjö] stops (bot/concerns/follows.py)."""
        if name == "unfollow":
            return _notice(await self.follows.unfollow(channel, user_id, typed, lang))
        if not typed:
            return _notice(await self.follows.listed(channel, user_id, lang))
        return _notice(await self.follows.follow(channel, user_id, typed, lang, deliver_to))

    async def _delete(self, channel: str, user_id: int | str, confirmed: bool, lang: str) -> Notice:
        if not confirmed:
            return Notice(pick(lang, *NOT_DELETED), "not_deleted")
        text = await self.desk.delete_mine(channel, user_id, lang)
        if await self.follows.erase(channel, user_id):  # the follows and their chat id go too
            text += pick(lang, " Du följer inte längre någon kommun.", " You no longer follow any municipality.")
        return Notice(text, "deleted")

    def _municipalities(self) -> list[tuple[str, str]]:
        return sorted(((m.id, m.name) for m in self.engine.knowledge.municipalities.values()),
                      key=lambda pair: swedish_key(pair[1]))
