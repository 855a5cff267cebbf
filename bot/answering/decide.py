"""What a message leads to: one decision from one reading, the order written down once.

    read(text, context) ──► Reading ──► decide(reading) ──► Decision ──► compose (engine.py)

The order, each step taken before the next:

1. Danger now → 112 first. Either the model (the emergency intents together) or the rules
   (bot/answering/danger.py) seeing it is enough. Only a weak rule hit (an acute word such as
   "hotar" or "påkörd" read in context, not an emergency-only phrasing) gives way when the model is
   sure the message is something else, or reads the resident's situation, a crime or a concern with
   hardly any danger; then the answer opens with 112, unless it is one that says
   itself when to ring 112 (a situation's help lines, a crime to report, a concern): a threat by
   sms or a hit-and-run last summer gets the help that fits, not the emergency opening.
2. Thoughts of suicide (the model's, or the rules' "ongoing": told as thoughts or with a wish to
   talk) → Självmordslinjen, 112 if in danger now.
3. A personal situation → who can help, the municipality's matching focus area.
4. A crime that has happened → 114 14 and polisen.se.
5. Something to tell the kommun → the concern conversation.
6. Questions → the answers of the knowledge base.
7. What the knowledge base does not hold (statistics, rankings, money, opinions, coming dates,
   one's own case) → said plainly, with the nearest thing it holds.
8. Not about local safety, or instructions to the bot → one line on what the bot is for.
9. Greetings, thanks, "where I live", "what can you do", "what do you keep about me" → a short reply.

Below the confidence threshold nothing is guessed: a message the rules can place (a municipality
and a topic, a term, a known follow-up) goes to them, otherwise "Menade du …?" with the two most
likely readings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot.answering.danger import THING, Danger
from bot.answering.danger_when import LASTING
from bot.answering.intents import DANGER_INTENTS, QUESTION_INTENTS
from bot.answering.not_now import ELSEWHERE, OVER, TOLD_PAST, WORRY

DANGER_THRESHOLD = 0.5  # the emergency intents together
# One or two words ("Hoppa över", a button's label typed) say too little for the model alone; the
# rules still see "brand!" or "andas inte".
FEW_WORDS = 3
SHORT_DANGER_THRESHOLD = 0.9
# While a resident describes a place for a concern, the words are about a problem ("ring mig",
# "någon blir påkörd"): the model must be surer before 112 interrupts what they are writing.
DESCRIBING_THRESHOLD = 0.8
SURE = 0.5  # one intent at least this likely is taken
MODEL_OVERRULES_RULES = 0.85  # how sure the model must be to overrule a weak rule hit
# The rules read the emergency's words as not now (told as past, as thoughts, as a threat that goes on):
# below this the model's danger gives way, to help that says itself when to ring 112; above it, 112 first.
RULES_NOT_NOW_OVERRULE = 0.9
QUESTIONS_TOGETHER = 0.5
LEANING = 0.3  # below SURE, but the likeliest reading by a margin
UNSURE_DANGER = 0.15  # when nothing is sure, this much danger is enough for 112 to open the answer  # the question intents together, when a municipality or term is named

# The line that follows 112, by danger intent (knowledge/helplines.yaml `for:`).
DANGER_KIND = {"danger_medical": "medical", "danger_poisoning": "poisoning", "danger_accident": "accident",
               "danger_fire": "fire", "danger_missing": "missing", "danger_violence": "violence",
               "danger_suicide": "suicide"}
# The situation a personal-situation intent is (bot/answering/limits.py SITUATIONS).
SITUATION_KIND = {"situation_domestic": "domestic", "situation_threat": "harassment",
                  "situation_child": "children", "situation_youth_crime": "youth",
                  "situation_fraud": "fraud", "situation_fear": "victim", "suicidal_thoughts": "suicide"}
# The answers that say themselves when to ring 112 (the help lines' first line, "Pågår brottet eller
# är någon i fara: ring 112", the concern's "vid fara ring 112"): no 112 line needs to open them.
SAYS_112 = frozenset({"situation", "report", "concern"})
SAYS_112_INTENTS = frozenset({"report_crime", "concern"})  # with the situation intents (SITUATION_KIND)
# The situation whose help fits what the rules read as going on (bot/answering/danger.py "ongoing").
ONGOING_SITUATION = {"violence": "harassment", "suicide": "suicide"}
# What bot/answering/not_now.py reads as the resident's situation (limits.py SITUATION_LINES).
RELATIVE = "relative"  # a relative's lasting condition (not_now.relative_condition)
NOT_NOW_SITUATIONS = frozenset({"health", "domestic", "children", "injury", "poisoning", "harassment", "victim",
                                RELATIVE, "low"})  # "low": one's own low mood (bot/answering/mood.py)
IF_IT_HAPPENS = "if_it_happens"  # knowledge/general.yaml: what to do if a case asked about happens
SIMPLE = ("greeting", "thanks", "where_i_live", "help", "privacy")
# What the rules' evidence of a question about a known municipality may overrule when unsure.
# "Tell me about Lund" reads a little like "tell me your prompt": with the municipality named and
# the model unsure, the rules' question wins over injection too (answering about Lund is harmless).
NOT_A_QUESTION = frozenset({"out_of_scope", "injection", "limits", "greeting", "thanks", "help", "where_i_live"})


@dataclass(frozen=True)
class Decision:
    """`action` is one of: emergency, situation, report, concern, question, limit, out_of_scope,
    greeting, thanks, where_i_live, help, privacy, unsure, or bot (a fixed answer of general.yaml named by
    `kind`: a bot fact, or IF_IT_HAPPENS for a case asked about). `kind` refines it (the emergency's or the
    situation's kind, the question intent); `danger_first` puts 112 before an answer that is not an
    emergency's; `alternatives` are the likely readings when unsure."""

    action: str
    kind: str = ""
    confidence: float = 0.0
    danger_first: bool = False
    alternatives: tuple[str, ...] = field(default=())


# A sign given as it is, or as the function that reads it when asked (decide's lazy arguments).
Lazy = bool | Callable[[], bool]


def _asked(sign: Lazy) -> bool:
    return bool(sign()) if callable(sign) else bool(sign)


def danger_probability(intents: dict[str, float]) -> float:
    return sum(intents.get(i, 0.0) for i in DANGER_INTENTS)


def decide(intents: dict[str, float], rules: Danger | None, *, places_or_terms: bool = False,
           question_evidence: bool = False, question_mark: bool = False, concern_evidence: bool = False,
           off_topic_evidence: bool = False, told_over: Lazy = False, told_past: Lazy = False,
           asks_the_bot: Lazy = False, what_if: Lazy = False, ended: bool = False, words: int = FEW_WORDS,
           threshold: float = DANGER_THRESHOLD, about_the_kommun: bool = False,
           asks_an_aspect: Lazy = False, names_a_person: bool = False, not_now: str = "",
           privacy_words: bool = True, imagined: bool = False, follows_on: bool = False,
           time_not_now: str = "", body_told: bool = False, placed: bool = False,
           nuisance: bool = False) -> Decision:
    """The decision for a message: `intents` the model's probabilities, `rules` what the danger
    rules saw, `places_or_terms` whether it names a municipality, a place or a glossary term, and
    `question_evidence` whether the rules see a question the knowledge base answers (a known
    municipality with a topic word, or with words its agreement has), `question_mark` whether it asks
    with a question mark, `concern_evidence` whether
    the feedback cues see a wish to tell the kommun something, `off_topic_evidence` whether the
    limits cues see a request outside safety work (homework, legal advice), `told_over` whether a past
    time or a repeated event and no word of now is told (no 112 opening when unsure), `told_past` whether
    a past time and no word of now is, `asks_the_bot` whether it asks what the bot does, `what_if`
    whether it asks about a case that may come: with no emergency's words for the rules, each makes the
    model's danger below RULES_NOT_NOW_OVERRULE no emergency; `ended` (the event told as ended: "kom hem",
    "har släckt") does at any probability. `about_the_kommun` whether it asks about the kommun or the
    police and not about the bot ("vad gör kommunen här?" is not "vad gör du här?"), `asks_an_aspect`
    whether it names a kommun with an entry and asks about one of its agreement's aspects in words only
    those ask ("Hur mäts resultatet i Lund?"), or a body's mandate ("vad har den för mandat?" after Burlöv's
    steering group): that is a question even when the model reads it off topic or as asking what the bot does.
    `names_a_person` whether it asks about someone an entry names ("vem är Anders Wiss?"): a question
    when the danger rules see nothing and the model is unsure. `privacy_words` whether it has a word of
    what is stored or who sees it ("sparas", "mina uppgifter", "anonym"): without one, a kommun asked
    about with the model unsure of privacy is a question ("Karlskrona använder EST. Vem har tagit fram den?").
    `not_now` what bot/answering/not_now.py reads that the model has no intent for (a question about the
    bot, health that is no emergency, violence in someone else's home), taken after danger now; told as
    over or done (not_now.OVER: harm to health that is over, damage done) it also makes the model's danger,
    and a strong rule word of poisoning that is the thing swallowed, no emergency.
    `imagined` whether the message asks about a case that may come, the work on a kind of crime or tells a
    fear (bot/answering/imagined.py, which saw nothing of now): the model's danger is no emergency at any
    probability, and with nothing else read the answer is what to do if it happens (general.yaml).
    `follows_on` whether it is a short follow-up after a kommun's answer with no emergency's word at all
    ("och 2020?", "och landshövdingen, vad heter han?"): the model, which has seen few such lines, reads
    danger in their few words; its danger is no emergency at any probability.
    `time_not_now` how the message tells its danger's words as not happening now (bot/answering/danger_when.py:
    said not now, now and then, over with how it ended, asked in general), with nothing in it that says now:
    the model's danger and the rules' now give way to it at any probability, and a body's danger (an illness,
    something swallowed) gets its help (1177, Giftinformation), which says when to ring 112; `body_told` whether
    a symptom or something swallowed is told in words (not_now.body_told), which the model's reading alone needs.
    Not thoughts of suicide, whose own readings stand (Självmordslinjen, 112 first when the model reads the act).
    The cues decide only where the model is unsure. `placed` whether it places a kommun named in a county named
    ("Ligger inte Alvesta i Kalmar län?", where the model reads "ligger inte" as someone lying still): with no
    emergency's words for the rules, no emergency at any probability. `nuisance` whether it tells a smell or a
    sound that goes on and harms no one now (bot/answering/nuisance.py): no emergency at any probability.
    `told_over`, `told_past`, `asks_the_bot`, `what_if` and `asks_an_aspect` may each be given as a function, asked only where the
    decision turns on it (most messages never reach a step that does): the reading's checks behind them are
    many, and most messages need none of them."""
    danger_p = danger_probability(intents)
    # Something swallowed, told as fine now with a past time and no sign of an emergency ("my toddler drank
    # some mouthwash yesterday, he seems fine now"): the poisoning's words are the event that is over.
    swallowed_over = not_now == OVER + "poisoning" and rules is not None and rules.kind == "poisoning"
    # "ont i bröstet av och till, nu känns det ok": the rules' now gives way (only where danger is read at all)
    quiet = bool(time_not_now) and (rules is not None or danger_p >= UNSURE_DANGER) and (
        rules.kind if rules is not None else _top_danger_kind(intents)) != "suicide"
    # An emergency-only phrasing gives way only where it is a body's state that comes and goes or is over, or an
    # event told as over with how it ended; "någon försöker ta sig in, jag är inte i fara än" stays 112.
    strong_quiet = quiet and rules is not None and (rules.kind in BODY_HELP or time_not_now == "over")
    if rules is not None and rules.when == "now" and rules.strong and not swallowed_over and not strong_quiet:
        return Decision("emergency", rules.kind, max(danger_p, 1.0))
    thing_gone = rules is not None and rules.kind == THING and _top_danger_kind(intents) == "missing"
    # Harm to health told as over or damage told as done ("barnet drack nåt igår, nu verkar han ok", "de har
    # slagit sönder busskuren"): like an event told as ended, no emergency at any probability of the model's.
    over = not_now.startswith(OVER)
    elsewhere = not_now.startswith(ELSEWHERE)  # someone else's situation that goes on, with no word of now
    # A relative's dementia or dependence told with no danger's word (not_now.relative_condition): the model's
    # danger, which reads "förvirrad mitt i natten" as a person gone, is no emergency by itself.
    lived_with = not_now == RELATIVE
    told_not_now = rules is not None and (rules.when in ("ongoing", "past") or swallowed_over or quiet) and (
        danger_p < RULES_NOT_NOW_OVERRULE or over or quiet or elsewhere)
    # "blev mobbad i höstas och mår dåligt", "vad gör du om någon skriver att det brinner?": no emergency's
    # words, and a past time or a question about the bot; the model's danger alone is no emergency.
    # (Asked only where it counts: the lazy signs are read at most once, the cheap ones first.)
    not_now_memo: list[bool] = []

    def model_not_now() -> bool:
        if not not_now_memo:
            not_now_memo.append(rules is None and (
                ended or over or imagined or elsewhere or lived_with or follows_on or placed or nuisance
                or danger_p < RULES_NOT_NOW_OVERRULE and (_asked(told_past) or _asked(asks_the_bot) or _asked(what_if)))
                or quiet)
        return not_now_memo[0]
    if danger_p >= (threshold if words >= FEW_WORDS else max(threshold, SHORT_DANGER_THRESHOLD)) and not thing_gone \
            and not told_not_now and not model_not_now():
        # (The rules saw a thing gone, "min väska försvann", where the model reads a person missing.)
        # Which line follows 112: a weak rule word ("kräks", "hostar") says less about the kind than
        # a model sure of it ("har ätit av tvättmedlet och kräks" is a poisoning, not only illness).
        model_kind = _top_danger_kind(intents)
        model_sure = intents.get(_danger_intent(model_kind), 0.0) >= SURE
        kind = rules.kind if rules is not None and rules.when == "now" and not model_sure else model_kind
        return Decision("emergency", kind, danger_p)
    ranked = sorted(((p, i) for i, p in intents.items() if i not in DANGER_INTENTS), reverse=True)
    top_p, top = ranked[0] if ranked else (0.0, "")
    weak_rule = rules is not None and rules.when == "now" and not swallowed_over and not quiet
    # The model reads the resident's situation, a crime to report or a concern, and hardly any danger:
    # a weak rule word ("hotar", "påkörd") gives way to it, as to a sure model, with no 112 opening
    # (each of those answers says when to ring 112).
    reads_help = top_p >= SURE and danger_p < UNSURE_DANGER and (top in SITUATION_KIND or top in SAYS_112_INTENTS)
    if weak_rule and top_p < MODEL_OVERRULES_RULES and not reads_help and not elsewhere:
        assert rules is not None
        return Decision("emergency", rules.kind, danger_p)

    if rules is not None and rules.when == "ongoing" and rules.kind == "suicide":
        # Thoughts of suicide in the words of the act, told to be shared: Självmordslinjen, after
        # when to ring 112, whatever else the model leans to (step 2 of the order).
        return Decision("situation", "suicide", intents.get("suicidal_thoughts", 0.0))
    unsure = top_p < MODEL_OVERRULES_RULES
    said = not_now[len(OVER):] if over else not_now[len(ELSEWHERE):] if elsewhere else not_now
    # (A child's worry read beside it, "vår dotter drack handsprit i förmiddags, vem ringer man?", is the body's.)
    body = "" if not quiet or not_now not in ("", "children") else (
        # an everyday illness told with how long it has lasted is 1177's, whatever danger the model leans to
        BODY_HELP["medical"] if time_not_now == LASTING and _top_danger_kind(intents) != "poisoning"
        or time_not_now == LASTING and rules is not None and rules.kind == "medical"
        else _body_help(intents, rules, body_told))
    if body:
        # An illness or something swallowed told as not now: its help lines (1177, Giftinformation's less
        # urgent line), whose own words say when to ring 112; not the model's next reading.
        decision = Decision("situation", body, danger_p)
    elif said == "damage" or said == WORRY:
        # Damage done: how to report it (114 14, polisen.se) and /synpunkt; a worry: the concern, which
        # says both. Not a definition of "skadegörelse", not "Menade du …?".
        decision = Decision("report" if said == "damage" else "concern", "", top_p)
    elif not_now and not not_now.startswith(TOLD_PAST):
        decision = (Decision("situation", said, top_p) if said in NOT_NOW_SITUATIONS
                    else Decision("privacy", "", top_p) if not_now == "privacy" else Decision("bot", not_now, top_p))
    elif concern_evidence and unsure and top not in SITUATION_KIND and top != "report_crime":
        decision = Decision("concern", "", intents.get("concern", 0.0))
    elif off_topic_evidence and unsure and top not in SITUATION_KIND:
        decision = Decision("out_of_scope", "out_of_scope", intents.get("out_of_scope", 0.0))
    elif ((question_evidence and top in NOT_A_QUESTION or about_the_kommun and top == "help") and unsure
          or (top in ("out_of_scope", "help") or top == "privacy" and not privacy_words)
          and not off_topic_evidence and _asked(asks_an_aspect)
          or question_evidence and question_mark and top in ("thanks", "greeting")
          or names_a_person and unsure and rules is None
          or top == "privacy" and unsure and question_evidence and not privacy_words):
        # The rules name the municipality and what is asked about it; the model, trained on frames
        # rather than on every agreement's words, is less sure than that. A kommun named beside a
        # thanks or a greeting ("tack! och Höör?") is asked about, however sure the model is of the thanks.
        best = max(QUESTION_INTENTS, key=lambda i: intents.get(i, 0.0))
        decision = Decision("question", best, intents.get(best, 0.0))
    else:
        decision = _by_intent(top, top_p, intents, rules, places_or_terms)
    if not_now.startswith(TOLD_PAST) and decision.action == "report":
        # "My ex threatened me two weeks ago and I'm still scared, who can I talk to?": the situation's help,
        # which has the police report in it, rather than the report alone.
        decision = Decision("situation", not_now[len(TOLD_PAST):], decision.confidence)
    if imagined and decision.action == "situation" and top_p < SURE and not not_now:
        # "Hur bör man göra om man blir vittne till ett rån": a case asked in general, which the model leans
        # to a situation only weakly (a child's), is what to do if it happens.
        return Decision("bot", IF_IT_HAPPENS, top_p)
    if decision.action == "unsure" and model_not_now():
        # Told as over: the resident's situation when the model leans to one, else a crime to report;
        # about the bot: what it does. (No emergency's words: the model's danger kind says nothing here.)
        if top in SITUATION_KIND and top_p >= LEANING:
            return Decision("situation", SITUATION_KIND[top], top_p)
        if follows_on:  # "och 2020?" after Vänersborg's focus: the talk goes on, asked of the context
            return Decision("question", "ask_topic", top_p)
        if imagined:  # "och om det brinner?": when to ring 112 and how to report, not "Menade du …?"
            return Decision("bot", IF_IT_HAPPENS, top_p)
        return Decision("help", "", top_p) if _asked(asks_the_bot) else Decision("report", "", top_p)
    if weak_rule and (not unsure or reads_help or elsewhere) and decision.action in SAYS_112:
        # The model is sure it is the resident's situation, a crime to report or something for the
        # kommun ("han hotar mig på sms", "blev påkörd i somras"): that answer says when to ring 112.
        return decision
    if weak_rule or (decision.action == "unsure" and danger_p >= UNSURE_DANGER and not _asked(told_over)
                                       and not quiet):
        # Unsure what is meant, but danger is among the readings: 112 opens the answer anyway.
        return Decision(decision.action, decision.kind, decision.confidence, True, decision.alternatives)
    return decision


def _by_intent(top: str, top_p: float, intents: dict[str, float], rules: Danger | None,
               places_or_terms: bool) -> Decision:
    questions_p = sum(intents.get(i, 0.0) for i in QUESTION_INTENTS)
    if top_p >= SURE:
        if top in SITUATION_KIND:
            return Decision("situation", SITUATION_KIND[top], top_p)
        if top == "report_crime":
            return Decision("report", "", top_p)
        if top == "concern":
            return Decision("concern", "", top_p)
        if top in QUESTION_INTENTS:
            return Decision("question", top, top_p)
        if top == "limits":
            return Decision("limit", "", top_p)
        if top in ("out_of_scope", "injection"):
            return Decision("out_of_scope", top, top_p)
        if top in SIMPLE:
            return Decision(top, "", top_p)
    if rules is not None and rules.when == "past":
        return Decision("report", "", top_p)
    if rules is not None and rules.when == "ongoing":
        # A threat that goes on, thoughts of suicide, fear after a crime: the help lines for it,
        # which open with when to ring 112, rather than "Menade du …?".
        return Decision("situation", ONGOING_SITUATION.get(rules.kind, "victim"), top_p)
    situations_p = sum(p for i, p in intents.items() if i in SITUATION_KIND)
    if top in SITUATION_KIND and situations_p >= SURE:
        # The resident's own situation, unsure only which (threats or violence at home): its help lines.
        return Decision("situation", SITUATION_KIND[top], situations_p)
    if top in ("out_of_scope", "injection") and top_p >= LEANING and top_p > questions_p:
        # Leaning to "not about safety work" and no likelier question: a name in it does not make it one.
        return Decision("out_of_scope", top, top_p)
    if questions_p >= QUESTIONS_TOGETHER or places_or_terms:
        best_question = max(QUESTION_INTENTS, key=lambda i: intents.get(i, 0.0))
        return Decision("question", best_question, questions_p)
    ranked = sorted(((p, i) for i, p in intents.items()), reverse=True)
    return Decision("unsure", top, top_p, alternatives=tuple(i for _, i in ranked[:2]))


# The help for a body's danger told as not now (limits.py SITUATION_LINES): 1177, Giftinformation with 1177.
# (Not an accident's: the model reads it in a thing found, "hittade en kanyl", as readily as in a fall.)
BODY_HELP = {"medical": "health", "poisoning": "poisoning"}


def _body_help(intents: dict[str, float], rules: Danger | None, body_told: bool) -> str:
    """The situation of a body's danger the rules or the model read ("" for none): the rules' kind, or the
    model's likeliest danger when it is sure of it, or leans to danger and the body's words are told."""
    if rules is not None:
        return BODY_HELP.get(rules.kind, "")
    kind = _top_danger_kind(intents)
    own = intents.get(_danger_intent(kind), 0.0)
    leading = own >= max(intents.values()) and danger_probability(intents) >= LEANING  # read above every other
    return BODY_HELP.get(kind, "") if own >= SURE or leading or body_told and danger_probability(intents) >= LEANING else ""


def _danger_intent(kind: str) -> str:
    return next(intent for intent, k in DANGER_KIND.items() if k == kind)


def _top_danger_kind(intents: dict[str, float]) -> str:
    return DANGER_KIND[max(DANGER_INTENTS, key=lambda i: intents.get(i, 0.0))]

