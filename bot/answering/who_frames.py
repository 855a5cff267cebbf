"""Who is behind a part of the agreement, and whom it is done with: frames of a detail question that the
fixed aspects (the two parties, the signers, "the source does not say how it was drawn up") answered
although one sentence of the entry names who.

- agent: who developed, is behind, decides, proposes or draws up a method, promise, plan or picture
  ("Vem har tagit fram EST-metoden?", "vem ligger bakom löftet i Hisings Backa?", "vem bestämmer vilka
  löften …?", "who developed the method?"): the sentences that name a maker or a decider ("framtagen
  av", "står bakom", "föreslår", "fastställer", "developed by"), those the question's subject picks;
- partners: whom the kommun or the police work with on a subject ("vilka samarbetar Härnösand med mot
  narkotika?", "who do they work with on night walks?"): the subject's sentences that name a partner
  ("tillsammans med", "i samverkan med");
- members: which of the sentences naming a body list who is in it ("… är ett samarbete mellan …", "I
  styrgruppen ingår …"), and a line saying the entry does not name them when none does.

The subject is the question's words without the frame, cue, place or agreement words; when it names
nothing, every sentence of the kind answers, best first by the question's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering.intents import PLACE
from bot.answering.knowledge import Municipality
from bot.answering.common_words import STOPWORDS
from bot.answering.lexicon import AGREEMENT_STEMS, CueSet, is_cue_word
from bot.answering.passage_kinds import ABOUT_SOURCES, Passage
from bot.answering.passages import Passages
from bot.answering.pointed_out import sentence_words
from bot.answering.compose import pick
from bot.text import fold, genitive

SHAPES = ("agent", "partners")

# Who made or decides something: a who-word before a verb of making, proposing or deciding.
AGENT = CueSet.of({3: (
    "vem har tagit fram", "vem har ~ tagit fram", "vem tog fram", "vem tar fram", "vilka har tagit fram", "vilka tog fram",
    "vilka tar fram", "vem har tagit ~ fram", "vem tog ~ fram", "vem ligger bakom", "vilka ligger bakom",
    "vem star bakom", "vilka star bakom", "vem bestammer", "vilka bestammer", "vem beslutar", "vilka beslutar",
    "vem beslutade", "vem foreslar", "vilka foreslar", "vem foreslog", "vem faststaller", "vem faststallde",
    "vem har utvecklat", "vem utvecklade", "vem har skapat", "vem skapade", "vem satter", "vem gjorde",
    "vem har gjort", "vem har ~ utvecklat", "vem utformade", "vem har utformat", "vilka utformade",
    "who developed", "who has developed", "who made", "who created", "who drew up", "who draws up",
    "who drafted", "who is behind", "who are behind", "who s behind", "who decides", "who decided",
    "who proposes", "who proposed", "who came up with", "who sets", "who designed", "who wrote")})
_MADE = re.compile(r"\b(?:fram|drew up|drawn up|draws up|drafted|made|wrote)\b")
_THE_AGREEMENT = re.compile(r"\b(?:avtal\w*|\w*overenskommels\w*|\w*lofte\w*|fokusomrad\w*|agreement|promises?|"
                            r"focus areas?)\b")
# In a sentence: a maker or decider named ("framtagen av", "står bakom", "föreslår", "developed by").
_AGENT_WORDS = re.compile(
    r"\b(?:framtag\w*|tagit fram|tagits fram|tas fram av|togs fram av|tar fram|tog fram|utvecklad\w* av|skapad\w* av|bakom|"
    r"beslutar|bestammer|foreslar|faststaller|satter agendan|utformning\w*|delaktig\w*|"
    r"developed by|drawn up by|drew up|behind|decides|proposes|adopts|sets the agenda|involved in)\b")
# Whom they work with on a subject: a who-word, a verb of working together, and "med"/"with".
_PARTNERS = re.compile(r"^(?:.*\b(?:vilka|vem|vilken|vilket|who|which|whom)\b)?.*?\b(?:samarbetar|samverkar|jobbar|"
                       r"arbetar|samarbeta|samverka|work|works|working|cooperate\w*|collaborate\w*|partner\w*)\b"
                       r"(?:\s+\w+){0,3}?\s+(?:med|with)\b")
# The subject of the work ("kring evenemang", "mot narkotika", "on night walks"), not its purpose ("för att …").
_ON_A_SUBJECT = re.compile(r"\b(?:kring|om|mot|inom|gallande|angaende|nar de|nar det galler|on|around|against|regarding|"
                           r"about|when they)\b")
_WITH_WHOM = re.compile(r"^\s*(?:med vem|med vilka|with whom)\b.*?\b(?:samarbetar|samverkar|jobbar|arbetar|work\w*|"
                        r"cooperat\w*|collaborat\w*)\b")
_WHO = re.compile(r"\b(?:vilka|vem|who|whom|which|med vem|med vilka)\b")
# In a sentence: a partner named beside the work.
_WITH = re.compile(r"\b(?:tillsammans med|i samverkan med|i samarbete med|samverka\w*|samarbet\w*|med stod av|"
                   r"together with|in cooperation with|working with|with the|partner\w*)\b")
# A sentence listing who is in a body, not one that only names it.
_LISTING = re.compile(r"\b(?:ingar|ingick|bestar av|bestod av|samarbete mellan|representanter|deltar|deltog|sitter|"
                      r"medlemmar|traffas|sammansatt|consists of|members|made up of|includes|representatives|meets)\b")
_SUCCESS_STEMS = ("lyck", "success", "folj", "uppfolj", "mat", "measur", "resultat", "fungera", "work")
# Words of the frame itself, which name no subject.
_FRAME_WORDS = frozenset((
    "vem", "vilka", "vilken", "vilket", "who", "whom", "which", "tagit", "tog", "tar", "fram", "ligger", "bakom",
    "star", "bestammer", "beslutar", "beslutade", "foreslar", "foreslog", "faststaller", "utvecklat", "utvecklade",
    "skapat", "skapade", "satter", "gjorde", "gjort", "utformade", "utformat", "developed", "made", "created",
    "drew", "draws", "drafted", "behind", "decides", "decided", "proposes", "proposed", "came", "designed", "wrote",
    "samarbetar", "samverkar", "jobbar", "arbetar", "work", "works", "working", "cooperate", "collaborate",
    "kring", "around", "egentligen", "kommunen", "kommun", "municipality", "police", "polisen", "polis", "dom", "they",
    "the", "and", "och", "with", "med", "mot", "sets", "with", "when", "nar"))


def shape(norm: str) -> str | None:
    """"agent" or "partners" when the message asks who is behind something or whom they work with."""
    if AGENT.found(norm) and not (_MADE.search(norm) and _THE_AGREEMENT.search(norm)):
        return "agent"  # who drew up the promise or its focus areas is what it builds on (detail_asks' basis)
    working = (_PARTNERS.search(norm) or _WITH_WHOM.search(norm)) if _WHO.search(norm) else None
    if working and _ON_A_SUBJECT.search(norm, working.start()):
        return "partners"  # on a subject: "… med för att minska brottsligheten?" asks their partners at large
    return None


_BEHIND = re.compile(r"\b(?:star bakom|stod bakom|ligger bakom|behind)\b")
_BEHIND_IT = re.compile(r"\b(?:vem|vilka|who)\s+(?:star|stod|is|are|s)\s+(?:bakom|behind)\s+(?:den|det|dem|dom|it|them)\b")
_WHO_STANDS_BEHIND = re.compile(r"\b(?:vem|vilka|who)\s+(?:star|stod|is|are|was|were|s)\s+(?:egentligen\s+)?(?:bakom|behind)\b")


def behind_the_agreement(norm: str) -> bool:
    """"Vilka står bakom medborgarlöftet?": with no sentence naming who, the agreement's parties answer it."""
    # "vilka står bakom den?" after a clause about the kommun's agreement points back at it.
    return bool(_BEHIND.search(norm) and (_THE_AGREEMENT.search(norm) or _BEHIND_IT.search(norm)))


def _subject(masked: Sequence[str]) -> list[str]:
    return [t for t in masked if len(t) > 2 and t != PLACE and t not in STOPWORDS and t not in _FRAME_WORDS
            and not t.startswith(AGREEMENT_STEMS)]


def _picked(found: Passages, muni: Municipality, said: list[Passage], masked: Sequence[str], language: str,
            subject: list[str]) -> list[Passage]:
    """Of `said`, those the subject's words pick, best first; every one, best first by the question's
    words, when the subject names nothing the entry's cue words do not ("vem tog fram lägesbilden?")."""
    held = {id(p) for p in said}
    scored = [p for score, p in found.rank(muni.id, subject, language) if score > 0 and id(p) in held] if subject else []
    if scored or any(not is_cue_word(t) for t in subject):
        # A subject of its own ("EST-metoden", "narkotika") must pick the sentence; its stem where the index
        # holds it for no other ("nattvandring" of "nattvandrargrupper").
        heads = {t[:6] for t in subject if len(t) >= 6}
        return scored or [p for p in said if any(w.startswith(tuple(heads)) for w in sentence_words(p.text))]
    ranked = {id(p): i for i, (_, p) in enumerate(found.rank(muni.id, masked, language))}
    # "vem ligger bakom medborgarlöftet?": a sentence on the promise itself before one on a project.
    agreement = any(t.startswith(AGREEMENT_STEMS) for t in masked)
    return sorted(said, key=lambda p: (agreement and not any(w.startswith(AGREEMENT_STEMS) for w in sentence_words(p.text)),
                                       ranked.get(id(p), len(ranked))))


def chosen(found: Passages, muni: Municipality, asked: str, own: Sequence[Passage], masked: Sequence[str],
           language: str) -> list[Passage]:
    """The entry's sentences for an "agent" or "partners" frame, best first, or []."""
    subject = _subject(masked)
    pattern = _AGENT_WORDS if asked == "agent" else _WITH
    said = [p for p in own if p.kind not in ABOUT_SOURCES and p.kind not in ("party", "checked")
            and pattern.search(" ".join(sentence_words(p.text)))]
    if asked == "agent" and not subject and _WHO_STANDS_BEHIND.search(" ".join(masked)):
        # Who stands behind the agreement itself: a sentence on who made it, not on who drew up a lägesbild.
        said = [p for p in said if any(w.startswith(AGREEMENT_STEMS) for w in sentence_words(p.text))]
    picked = _picked(found, muni, said, masked, language, subject)
    if picked or asked != "agent" or any(not is_cue_word(t) for t in subject) or _WHO_STANDS_BEHIND.search(" ".join(masked)):
        return picked  # "vilka står bakom överenskommelsen?" asks who, the parties: never what it builds on
    # Who drew up the promise itself, and no sentence names a maker: what it builds on, as before.
    return _picked(found, muni, [p for p in own if p.kind == "basis"], masked, language, [])


def lists_members(passages: Sequence[Passage]) -> bool:
    """Whether any of the sentences naming a body says who is in it."""
    return any(_LISTING.search(" ".join(sentence_words(p.text))) for p in passages)


def members_first(passages: list[Passage]) -> list[Passage]:
    """The sentences that list who is in the body, else every sentence naming it."""
    return [p for p in passages if lists_members([p])] or passages


def of_a_subject(terms: Sequence[str]) -> bool:
    """"Hur vet Knivsta om arbetet med trafiken lyckas?" asks of a subject ("trafiken") its sentences
    answer; "hur vet man om löftet lyckats?" of the work as a whole."""
    return any(not t.startswith(_SUCCESS_STEMS + AGREEMENT_STEMS) for t in terms)


def as_written(text: str, words: Sequence[str]) -> str:
    """The words of a folded name as the resident wrote them ("lokala brottsförebyggande rådet")."""
    found = re.findall(r"[\w-]+", text)
    at = [i for i, w in enumerate(found) if fold(w) in words or fold(w).removesuffix("s") in words]
    if not at:
        return " ".join(words)
    # "det lokala brottsförebyggande rådet": the article before an adjective belongs to the name
    first = at[0] - 1 if at[0] > 0 and fold(found[at[0] - 1]) in ("det", "den", "the") else at[0]
    return " ".join(found[first:first + 1] + [found[i] for i in at]) if first < at[0] else " ".join(found[i] for i in at)


def not_said(muni: Municipality, asked: str, body: str, language: str) -> str:
    """That the entry does not name who is in the body, or who is behind what was asked."""
    name = genitive(muni.name)
    if asked == "members":
        return pick(language, f"Vilka som ingår i {body} nämns inte i källan för {muni.name}.",
                    f"Who is on the {body} is not mentioned in the source for {muni.name}.")
    if asked == "follow":
        return pick(language, f"Hur arbetet följs upp eller hur man mäter om det lyckas nämns inte i {name} överenskommelse.",
                    f"How the work is followed up or how success is measured is not mentioned in {muni.name}'s "
                    f"agreement.")
    return pick(language, f"Vem som står bakom det nämns inte i {name} överenskommelse.",
                f"Who is behind that is not mentioned in {muni.name}'s agreement.")
