"""Follow-ups that ask of something the last answer named, in the kommun talked about:

- "vad är nytt i den?", "vad skiljer den från förra?", "what's new in it?": the entry's sentences that
  say what is new or different (a requirement by law, a new focus area, a new forum, a promise
  extended unchanged), else that the source does not say;
- "vilket område handlar det om?" after an agreement named by its year ("Vad lovade Borås 2022?"):
  the places THAT agreement names, not another year's (`of_year` picks it when the answer is remembered);
- "vad är den där e-tjänsten?", "what is that app?": the entry's sentences that name the thing,
  never the bot's own introduction;
- "hur mäter de det?", "hur följs det upp?" after a topic (narcotics, traffic): the entry's sentences on
  how THAT topic is measured (a wastewater analysis, speed checks), before the general follow-up;
- "gäller det bara Grebbestad?", "is that only on the roads?": the sentences that give the focus
  area's scope, quoted, never a yes or no the source does not give.

Each answers only with a kommun in context and none named in the message, and only with sentences the
entry holds; otherwise it leaves the message to the usual routing (bot/answering/followup.py calls them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.answering import common_words, compose, lexicon
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.details import source_dicts
from bot.answering.knowledge import Agreement, Knowledge, Municipality
from bot.answering.passage_kinds import ABOUT_SOURCES, Passage
from bot.answering.passages import Passages
from bot.answering.periods import by_relevance, titled
from bot.answering.pointed_out import MAX_PLACES, YEAR, names_a_place, places_one
from bot.text import fold, genitive, tokens

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# What is new or different in it (the message folded): "vad är nytt i den", "nåt nytt med det jämfört med
# innan", "skiljer den sig från förra", "annorlunda", "what's new in it", "different from the last one".
# "Kommer det något nytt?" asks whether a new agreement is coming: of_the_agreement.renewal, asked first.
NEW_ASKED = re.compile(
    r"\b(?:(?:ar|e|blir) (?:det )?(?:nagot |nat )?nytt|nytt (?:i|med|for|pa) (?:den|det|dem|dom|avtalet|loftet|overenskommelsen|medborgarloftet)"
    r"|(?:nagot|nat|nagonting|nanting) nytt\b|nyheter(?:na)? i|skiljer (?:den|det|de|dom|sig|dem)|skillnad\w*|annorlunda|forandr\w*"
    r"|jamfort med (?:forra|innan|tidigare|forut|forr|det gamla|den gamla)"
    r"|what'?s new|what is new|anything new|new in (?:it|this|that|the)|different|differ\w*|changed?\b"
    r"|compared (?:with|to) (?:before|the (?:last|previous|old)))\b")  # "anything newer?" asks for a newer one
# What an entry's sentence says of something new or different (folded).
_NEW_WORDS = ("nytt for", "nytt fokus", "ny lagstiftning", "nya lagstiftning", "nya lagen", "ny lag ", "lagstiftat",
              "lagstadgat", "nytt samverkansforum", "helt ny", "inte andrar", "forlanger tidigare", "andrar vi",
              "new in ", "new law", "statutory", "required by law", "new this year", "new focus", "new forum",
              "entirely new", "do not change", "extend last year")

# Which place the agreement talked about concerns: "vilket område handlar det om", "vilken ort gäller det",
# "which area is it about", "which part of town was that".
PLACE_ASKED = re.compile(
    r"\b(?:vilket (?:omrade|bostadsomrade)|vilken (?:ort|del|stadsdel|plats)|vilka (?:omraden|orter|platser|stadsdelar)"
    r"|var i (?:stan|kommunen)|which (?:area|part|place|neighbou?rhood|district|town)|what (?:area|place|part)"
    r"|where (?:is|was) (?:it|that))\b")

_MAX_AREAS = 5  # of what the agreement takes up, shown when the source says nothing of what is new
# "vilket område är i fokus?", "vilka områden prioriteras?": the focus areas' question, not a place's.
# (Not "fokusområdena": the follow-up reading writes "det" so when the focus areas were talked about.)
_FOCUS_ASKED = re.compile(r"\b(?:i fokus|fokuser\w*|prioriter\w*|satsa\w*|in focus|focus(?:es|ed|ing)? on|priorit\w*)\b")

# "Vad är den där X?", "hur funkar det där X", "what is that X?": the thing asked, group 1 (folded).
THING_ASKED = re.compile(
    r"\b(?:vad (?:ar|e|var|betyder|innebar) (?:den dar|det dar|dom dar|de dar|den|det)"
    r"|hur (?:funkar|fungerar|gar) (?:den dar|det dar|den|det)"
    r"|what(?:'s| is| are| was) (?:that|this|those|the)|how does (?:that|this|the))\s+([a-z](?: [a-z]{3,}|[a-z]{2,}))")
# Words that name the agreement or its parts, not a thing of it.
_NOT_THINGS = ("overenskommels", "samverkansavtal", "avtal", "lofte", "medborgarlofte", "fokusomrad", "omrad",
               "agreement", "promise", "focus", "area", "kommun", "municipalit", "polis", "police", "har", "dar",
               "som", "man", "you", "bot")
_ENDINGS = ("erna", "arna", "orna", "en", "et", "na", "n", "t")

# How a topic is measured or followed up: "hur mäter de det", "hur mäts det", "hur följer de upp det",
# "hur följs det upp", "how do they measure it", "how is that followed up".
MEASURE_ASKED = re.compile(
    r"\b(?:hur (?:mater|mats|matte|skall? (?:de|dom|man|ni) mata|vet (?:de|dom|man|ni)|utvarder\w*"
    r"|foljer (?:de|dom|man|ni|kommunen|polisen) upp|folj(?:s|es) (?:det|detta|den|de|arbetet|insatserna) upp)"
    r"|how (?:do|does|will|can|is|are|would) (?:they|you|it|that|this|one|we) (?:measure|be measured|measured"
    r"|follow (?:it |that |this )?up|followed up|evaluat\w*|track|know))")
# What a sentence says of measuring (folded, word starts).
_MEASURING = re.compile(r"\b(?:mata|mats|matning\w*|matinstrument\w*|matt|hastighetsovervakning\w*|avloppsvatt\w*"
                        r"|provtagning\w*|drogtest\w*|trafikmatning\w*|measur\w*|wastewater|waste water|drug tests?"
                        r"|speed (?:monitoring|checks?|measur\w*)|testing)")

# A scope asked: "gäller det bara i Grebbestad", "är det bara stadskärnan", "is that only on the roads".
SCOPE_ASKED = re.compile(
    r"\b(?:(?:galler|ar|e|handlar|ror|riktar) (?:det|den|de|dom|detta|sig|dem)? ?(?:bara|enbart|endast|just)"
    r"|(?:is|are|was) (?:that|it|this|they|those|the [a-z ]{3,30}?) (?:only|just)|only (?:on|in|at|for|about))\b(.*)$")
_MAX = 3
# Made once here: a CueSet made inside a call is added to every CueSet kept (cues.py) and empties the index
# of all of them, so each such message grew the list and made the next message build the index again.
_PROMISE_ASKED = lexicon.CueSet.of({3: ("lov*", "lofte*", "promis*")})


def asks_any(norm: str) -> bool:
    """Whether the message asks in the words of one of this module's five follow-ups at all: most
    messages do not, and need none of them tried (each looks up the kommun and its sentences first)."""
    return any(pattern.search(norm) for pattern in (NEW_ASKED, PLACE_ASKED, THING_ASKED, MEASURE_ASKED, SCOPE_ASKED))


def _context(knowledge: Knowledge, r: Reading, conversation: Conversation) -> Municipality | None:
    """The kommun talked about, when the message names none of its own."""
    # A place in the kommun talked about ("gäller det bara i Grebbestad?") names no other kommun.
    if r.unknown or any(m.place.municipality_id != conversation.municipality for m in r.known):
        return None
    return knowledge.municipalities.get(conversation.municipality or "")


def _talked_about(muni: Municipality, conversation: Conversation) -> Agreement | None:
    return next((a for a in muni.agreements if a.id == conversation.agreement), None)


def _own(found: Passages, muni: Municipality, language: str, agreement: Agreement | None = None) -> list[Passage]:
    """The entry's sentences, not its notes on sources; only those of `agreement`, and of none, when given."""
    return [p for p in found.of(muni.id, language) if p.kind not in ABOUT_SOURCES
            and (agreement is None or p.agreement_id in ("", agreement.id))]


def _answer(muni: Municipality, lines: list[str], ids: Sequence[str], topic: str, language: str,
            today: dt.date, conversation: Conversation) -> Answer:
    """The lines as one answer about `muni`, its sources after them; the kommun stays the one talked about."""
    sources = compose.sources_of(muni, ids)
    text = "\n".join(lines)
    if sources:
        text += "\n\n" + compose.source_line(sources, language, today)
    conversation.municipality = muni.id
    return Answer(True, muni.id, topic, text, sources=source_dicts(sources), language=language,
                  follow_ups=[t for t in ("focus", "period", "people") if t != topic])


def _quoted(passage: Passage, language: str) -> str:
    text = pick(language, f"”{passage.text}”", f"“{passage.text}”")
    return f"• {passage.label}: {text}" if passage.label and passage.label != passage.text else f"• {text}"


@lru_cache(maxsize=16384)
def _folded(text: str) -> str:
    """An entry's sentence folded once, padded so a word list's " ny lag " matches at its ends."""
    return f" {fold(text)} "


def _distinct(chosen: list[Passage]) -> list[Passage]:
    """Without an area's title standing alone when its own sentence, labelled with it, is there too."""
    kept: list[Passage] = []
    for p in chosen:  # a title whose sentence is the same words ("Altona (Violvägen …)") is kept once
        if not any(q is not p and q.label == p.text and q.text != p.text for q in chosen) \
                and not any(k.text == p.text and k.label == p.label for k in kept):
            kept.append(p)
    return kept


def of_year(r: Reading, muni: Municipality) -> Agreement | None:
    """The one agreement a year in the message names ("Vad lovade Borås 2022?"): of those that ran
    that year, the one that began then; of two that did, the promise when the message asks what was
    promised ("lovade", "promise"). None when no year is given or it names no single agreement."""
    years = {int(t) for t in r.tokens if YEAR.match(t)}
    if not years:
        return None
    ran = [a for a in muni.agreements if all(_ran(a, y) for y in years)]
    began = [a for a in ran if (start := a.start or a.signed) is not None and start.year in years] or ran
    if len(began) > 1 and _PROMISE_ASKED.found(r.norm):
        began = [a for a in began if a.kind == "medborgarlofte"] or began
    return began[0] if len(began) == 1 else None


def _ran(agreement: Agreement, year: int) -> bool:
    start = agreement.start or agreement.signed
    return (start is None or start.year <= year) and (agreement.end is None or year <= agreement.end.year)


def new_in_it(knowledge: Knowledge, found: Passages, r: Reading, conversation: Conversation,
              today: dt.date) -> Answer | None:
    """"Vad är nytt i den?" after an agreement: what the entry says is new or different, else that it does not say."""
    muni = _context(knowledge, r, conversation)
    if muni is None or not muni.agreements or not NEW_ASKED.search(r.norm):
        return None
    lang = r.language
    agreement = _talked_about(muni, conversation) or by_relevance(muni.agreements, today)[0]
    said = [p for p in _own(found, muni, lang) if any(w in _folded(p.text) for w in _NEW_WORDS)
            or any(w in _folded(p.label) for w in _NEW_WORDS)]
    # The agreement talked about first; a sentence of another of the kommun's agreements after it.
    said = sorted(said, key=lambda p: p.agreement_id not in ("", agreement.id))[:_MAX]
    name = titled(agreement, lang)
    # An agreement's own quote may say it ("vi inte ändrar vårt fokus utan förlänger tidigare års medborgarlöfte").
    quoted = [a for a in muni.agreements if a.quote and any(w in _folded(a.quote) for w in _NEW_WORDS)
              and not any(a.quote == p.text for p in said)]
    if said or quoted:
        lines = [pick(lang, f"Det här säger källan om vad som är nytt eller annorlunda i {muni.name}:",
                      f"This is what the source says is new or different in {muni.name}:")]
        lines += [_quoted(p, lang) for p in _distinct(said)]
        lines += [pick(lang, f"• {titled(a, lang, capital=True)}: ”{a.quote}”",
                       f"• {titled(a, lang, capital=True)} (in Swedish): “{a.quote}”") for a in quoted]
        ids = [p.source_id for p in said] + [a.source_id for a in quoted]
    else:
        lines = [pick(lang, f"Vad som är nytt i {genitive(muni.name)} {name} jämfört med tidigare nämns inte i källan.",
                      f"What is new in {muni.name}'s {name} compared with before is not mentioned in the source."),
                 pick(lang, f"Fråga {compose.municipality_party(muni)} om skillnaderna.",
                      f"Ask {muni.name} Municipality about the differences.")]
        # What it holds, all the same: "vad är nytt med det?" may ask what the promise brings.
        areas = [pick(lang, a.title, a.title_en or a.title)
                 for a in sorted(agreement.areas, key=lambda a: a.kind != "focus")][:_MAX_AREAS]
        if areas:
            lines += [pick(lang, "Det här tas upp i det:", "This is what it takes up:"),
                      *(f"• {title}" for title in areas)]
        ids = [agreement.source_id]
    return _answer(muni, lines, ids, "detail", lang, today, conversation)


def place_of_year(knowledge: Knowledge, found: Passages, r: Reading, conversation: Conversation,
                  today: dt.date) -> Answer | None:
    """"Vilket område handlar det om?" after an agreement of one year: the places that agreement names."""
    muni = _context(knowledge, r, conversation)
    if muni is None or len(muni.agreements) < 2 or not PLACE_ASKED.search(r.norm) \
            or any(YEAR.match(t) for t in r.tokens) or _FOCUS_ASKED.search(r.norm):
        return None
    agreement = _talked_about(muni, conversation)
    if agreement is None:
        return None
    lang = r.language
    # Every place it points out, as "vilka platser pekas ut i löftet 2021?" gets them (pointed_out.py).
    placed = [p for p in _own(found, muni, lang) if p.agreement_id == agreement.id
              and (names_a_place(p.text, muni.name) or p.kind == "area" and names_a_place(p.label, muni.name)
                   or places_one(p, muni))]
    if not placed:
        return None
    lines = [pick(lang, f"{titled(agreement, lang, capital=True)} i {muni.name}:",
                  f"{titled(agreement, lang, capital=True)} in {muni.name}:")]
    lines += [_quoted(p, lang) for p in _distinct(placed)[:MAX_PLACES]]
    return _answer(muni, lines, [p.source_id for p in placed], "detail", lang, today, conversation)


@lru_cache(maxsize=16384)
def _flat(text: str) -> str:
    """The text as the reading folds a message: its tokens, so "e-tjänsten" reads "e tjansten"."""
    return " ".join(tokens(text))


def _asked_in_context(knowledge: Knowledge, r: Reading, conversation: Conversation,
                      pattern: re.Pattern[str]) -> tuple[Municipality, re.Match[str]] | None:
    """The kommun talked about and where the message asks in `pattern`'s words, when both are there."""
    muni = _context(knowledge, r, conversation)
    asked = pattern.search(r.norm)
    return None if muni is None or asked is None else (muni, asked)


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def thing(knowledge: Knowledge, found: Passages, r: Reading, conversation: Conversation,
          today: dt.date) -> Answer | None:
    """"Vad är den där e-tjänsten?" after an answer that named it: the entry's sentences on it."""
    found_asked = _asked_in_context(knowledge, r, conversation, THING_ASKED)
    if found_asked is None:
        return None
    muni, asked = found_asked
    word = asked.group(1)
    if any(word.startswith(w) for w in _NOT_THINGS) or word in common_words.STOPWORDS:
        return None
    stem = _stem(word)
    # The word at a word's start ("appen"), or as a compound's last part after its joining "s"
    # ("trygghetsrådet" for "rådet"; never "områden" or "kommunalrådet" for it).
    holds = re.compile(rf"(?:\b{re.escape(stem)}|s{re.escape(stem)}(?:et|en|ets|ens|n|t|s)?\b)")
    lang = r.language
    agreement = _talked_about(muni, conversation)
    own = _own(found, muni, lang)
    naming = [p for p in own if holds.search(_flat(p.text)) or holds.search(_flat(p.label))]
    naming = sorted(naming, key=lambda p: agreement is not None and p.agreement_id not in ("", agreement.id))[:_MAX]
    if not naming:
        return None
    lines = [pick(lang, f"Det här står om det i källan för {muni.name}:", f"This is what the source for {muni.name} says about it:")]
    lines += [_quoted(p, lang) for p in _distinct(naming)]
    return _answer(muni, lines, [p.source_id for p in naming], "detail", lang, today, conversation)


def measured(knowledge: Knowledge, found: Passages, r: Reading, conversation: Conversation,
             today: dt.date) -> Answer | None:
    """"Hur mäter de det?" after a topic: the sentences on how that topic is measured, then the follow-up."""
    muni = _context(knowledge, r, conversation)
    if muni is None or not MEASURE_ASKED.search(r.norm) or not conversation.subject:
        return None
    lang = r.language
    subject = [t for w in conversation.subject for t in tokens(w)]
    ranked = [p for _, p in found.rank(muni.id, subject, lang) if p.kind not in ABOUT_SOURCES]
    # "droger" of the area on narcotics finds the area on drugs in the waste water too: the areas' own words.
    kin = [t for p in ranked[:3] for k in p.keywords for t in tokens(k)]
    ranked += [p for _, p in found.rank(muni.id, kin, lang) if p.kind not in ABOUT_SOURCES and p not in ranked]
    measuring = [p for p in ranked if _MEASURING.search(_folded(p.text)) or _MEASURING.search(_folded(p.label))][:2]
    if not measuring:
        return None
    lines = [pick(lang, f"Så mäts det i {muni.name}, enligt källan:", f"How it is measured in {muni.name}, according to the source:")]
    lines += [_quoted(p, lang) for p in _distinct(measuring)]
    ids = [p.source_id for p in measuring]
    if muni.follow_up:
        lines.append(pick(lang, "Arbetet i stort följs upp så här:", "The work as a whole is followed up like this:"))
        lines += [f"• {pick(lang, f.text, f.text_en or f.text)}" for f in muni.follow_up]
        ids += [f.source_id for f in muni.follow_up]
    return _answer(muni, lines, ids, "follow_up", lang, today, conversation)


def scope(knowledge: Knowledge, found: Passages, r: Reading, conversation: Conversation,
          today: dt.date) -> Answer | None:
    """"Gäller det bara i Grebbestad?": the sentences that give the scope of what the last answer named."""
    found_asked = _asked_in_context(knowledge, r, conversation, SCOPE_ASKED)
    if found_asked is None:
        return None
    muni, asked = found_asked
    lang = r.language
    words = [t for t in tokens(asked.group(0)) if len(t) > 3 and t not in common_words.STOPWORDS and not lexicon.is_cue_word(t)]
    subject = [t for w in conversation.subject for t in tokens(w)]
    agreement = _talked_about(muni, conversation)
    own = _own(found, muni, lang, agreement)  # in the entry's order: a set's would differ run to run
    held = set(own)
    ranked = [p for _, p in found.rank(muni.id, words + subject, lang) if p in held and p.kind not in ("signing", "party")]
    # A place's name is masked in the index ("Grebbestad"): the sentences that hold it as written come
    # first, a focus area's own before what the agreement builds on (which names every place surveyed).
    literal = sorted((p for p in own if p.kind not in ("signing", "party") and any(
        t.startswith(w[:6]) for w in words for t in _flat(f"{p.label} {p.text}").split())),
        key=lambda p: p.kind not in ("area", "measure"))
    chosen = _distinct(list(dict.fromkeys(literal[:2] + ranked))[:2])
    if not chosen:
        return None
    lines = [pick(lang, f"Så här beskriver källan det för {muni.name}:", f"This is how the source for {muni.name} puts it:")]
    lines += [_quoted(p, lang) for p in chosen]
    return _answer(muni, lines, [p.source_id for p in chosen], "detail", lang, today, conversation)
