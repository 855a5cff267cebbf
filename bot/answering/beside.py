"""What a message tells beside the question it asks, and what the answer then carries.

- Despair ("jag bor i Lund och orkar inte mer, vad står i avtalet?"): the question is answered, and
  Självmordslinjen comes first, so that someone who says they cannot go on reads where to talk
  before anything else, whatever the message asked.
- A crime done to the resident or theirs ("Min dotter blev rånad i Växjö igår. Vad gör kommunen åt
  rånen?"): the question is answered, then where to report it, and Brottsofferjouren when a person
  was harmed; a question about a kind of crime ("vad gör Lund mot inbrott?") tells of none.

The words are those that pages on suicide risk give as its signs: Mind's "Varningstecken vid
självmordsrisk" (https://mind.se/om-sjalvmord/varningstecken-vid-sjalvmordsrisk/, undated, read on
5 December 2026: "Har starka känslor av meningslöshet och hopplöshet", "Känner sig fångad, har en
känsla av att det inte finns någon annan utväg") and Aldrig ensam's "Självmordstankar"
(https://www.aldrigensam.com/sjalvmordstankar, undated, read on 5 December 2026: "Att önska att man
kunde försvinna", "en stark känsla av att inte orka leva, kunna leva eller stå ut med att leva").
Despair is said of oneself or one's life, never of a thing: "trafiken är hopplös" and "jag orkar inte
mer med grannens musik" are complaints, not despair.
"""

from __future__ import annotations

from bot.answering import case_beside, case_shapes, compose, own_matters
from bot.answering.answer import Answer, helpline_source
from bot.answering.compose import pick
from bot.answering.cues import CueSet
from bot.answering.knowledge import Helpline, Knowledge
from bot.answering.reading import Reading

DESPAIR = CueSet.of({3: (
    "orkar inte mer", "orkar inte langre", "orkar inte leva", "orkar inte med livet", "orkar inte med nagonting",
    "orkar ingenting", "star inte ut med livet", "star inte ut langre", "star inte ut mer",
    "kanner mig hopplos", "allt kanns hopplost", "livet kanns hopplost", "livet kanns meningslost",
    "allt kanns meningslost", "kanns meningslost att leva", "vill forsvinna", "vill bara forsvinna",
    "ser ingen utvag", "finns ingen utvag", "ingen annan utvag", "vill inte leva", "vill do", "vill bara do",
    "can t go on", "cant go on", "cannot go on", "can t take it anymore", "cant take it anymore",
    "feel hopeless", "everything feels hopeless", "life feels pointless", "no way out", "want to disappear",
    "no reason to live", "don t want to live", "dont want to live", "want to die",
    # not being able to live or bear it, in other words (Aldrig ensam's "inte orka leva, kunna leva eller stå ut
    # med att leva"), and a wish that it all end
    "klarar inte mer", "klarar inte langre", "klarar inte av livet", "klarar inte av att leva",
    "vill att allt ska ta slut", "vill bara att allt ska ta slut", "vill att livet ska ta slut",
    "want it all to end", "want everything to end", "can t cope anymore", "cant cope anymore")})
# "orkar inte mer med grannens hund": tired of something, said of that thing.
FED_UP_WITH = CueSet.of({3: ("orkar inte mer med", "orkar inte langre med", "star inte ut med", "klarar inte mer av",
                             "klarar inte langre av",
                             "can t take it anymore with", "cant go on with")})
# Answers that already give who to talk to, or 112 first.
HELP_TOPICS = frozenset({"emergency", "help"})
SUICIDE_LINE = "suicide"

# A crime told as done: a verb in the past, or a break-in one had ("hade inbrott"). Narrower than
# not_now.CRIME_DONE, which counts "inbrott" alone: beside a question, "vad gör Lund mot inbrott?" tells of none.
CRIME_TOLD_DONE = CueSet.of({3: (
    "stal", "stulit", "stulen", "stulet", "stulna", "snodde", "snott", "ranad", "ranade", "ranades",
    "misshandlad*", "overfallen", "overfoll", "slog ner", "slogs ner", "vandaliserad*", "vandaliserade",
    "slog sonder", "slagit sonder", "sparkade sonder", "brot sig in", "brutit sig in",
    "hade inbrott", "haft inbrott", "fick inbrott", "inbrott i natt", "inbrott igar",
    "stole", "stolen", "robbed", "mugged", "assaulted", "beaten up", "broke into", "broken into", "vandalised",
    "vandalized", "smashed", "had a break in", "was burgled", "were burgled")})
# Harm to a person: Brottsofferjouren too.
PERSON_HARMED = CueSet.of({3: (
    "ranad", "ranade", "ranades", "misshandlad*", "overfallen", "overfoll", "slog ner", "slogs ner",
    "robbed", "mugged", "assaulted", "beaten up")})
# Answers about a kommun's agreement, after which where to report follows; a refusal, one's own legal
# matter or a report's own reply says what fits it already.
AGREEMENT_TOPICS = frozenset({"overview", "focus", "detail", "period", "people", "parties", "follow_up",
                              "methods", "police_area", "in_force", "compare", "shared_agreement"})
VICTIM_LINE = "victim"


def told(norm: str) -> bool:
    """Despair said of oneself, in the words that pages on suicide risk give as its signs."""
    if not DESPAIR.found(norm):
        return False
    # "orkar inte mer med grannarna" is fed up; "orkar inte mer med livet" is not.
    return not FED_UP_WITH.found(norm) or "livet" in norm.split() or "life" in norm.split()


def beside(answer: Answer, reading: Reading, knowledge: Knowledge) -> Answer:
    """The answer with what the message told beside its question: Självmordslinjen first for despair,
    where to report after a crime done; as it is otherwise."""
    return _listed(_own_case(_crime(_despair(answer, reading, knowledge), reading, knowledge), reading, knowledge),
                   reading, knowledge)


def _despair(answer: Answer, reading: Reading, knowledge: Knowledge) -> Answer:
    if answer.topic in HELP_TOPICS or not told(reading.norm):
        return answer
    lines = knowledge.helplines_for(SUICIDE_LINE)
    if not lines or any(line.phone and line.phone in answer.text for line in lines):
        return answer
    lang = answer.language
    opening = pick(lang, "Mår du dåligt kan du prata med någon:", "If you are feeling low, you can talk to someone:")
    support = "\n".join([opening, *(pick(lang, line.text, line.text_en) for line in lines)])
    answer.text = f"{support}\n\n{answer.text}\n\n{compose.helpline_sources(lines, lang)}"
    answer.sources = [*answer.sources, *(helpline_source(line) for line in lines)]
    return answer


def crime_told(norm: str) -> bool:
    """A crime told as done (to the resident, theirs, or where they are), not a kind of crime asked about."""
    return CRIME_TOLD_DONE.found(norm)


def _crime(answer: Answer, reading: Reading, knowledge: Knowledge) -> Answer:
    if answer.topic not in AGREEMENT_TOPICS or "114 14" in answer.text or not crime_told(reading.norm):
        return answer
    lang = answer.language
    lines = knowledge.helplines_for(VICTIM_LINE)[:1] if PERSON_HARMED.found(reading.norm) else []
    return _after(answer, compose.also_report(lang), lines)


def _after(answer: Answer, lead: str, lines: list[Helpline]) -> Answer:
    """`lead` and the help lines (with their sources) after the answer. Where to report or turn is what a
    long answer must not lose when it is cut to one message."""
    lang = answer.language
    extra = "\n\n" + "\n".join([lead, *(pick(lang, line.text, line.text_en) for line in lines)])
    if lines:
        extra += "\n\n" + compose.helpline_sources(lines, lang)
        answer.sources = [*answer.sources, *(helpline_source(line) for line in lines)]
    answer.text = compose.truncate(answer.text, room=len(extra)) + extra
    return answer


def _own_case(answer: Answer, reading: Reading, knowledge: Knowledge) -> Answer:
    """An agreement answered beside one's own case: the case is out of scope, with the one line that fits
    it when one is written (a parking fine's, a tenancy's), never the whole list."""
    if answer.topic not in AGREEMENT_TOPICS or not case_beside.asked_beside(reading.norm, bool(reading.known)):
        return answer
    kind = own_matters.matter(reading)
    if kind is None:
        return answer
    lang = answer.language
    lines = [line for line in knowledge.helplines_for("legal" if kind in ("case", "no_fit") else kind)
             if "legal_help" not in line.kinds][:1] if kind not in ("legal", "case", "no_fit") else []
    return _after(answer, case_beside.note(lang), lines)


def _listed(answer: Answer, reading: Reading, knowledge: Knowledge) -> Answer:
    """A situation's help told beside one's own details on a search site ("min adress syns på hitta.se och jag
    vill inte att mitt ex ska hitta mig"): the help, then how the site is asked to take them down."""
    if answer.topic != "help" or not case_shapes.own_details_listed(reading.norm):
        return answer
    lines = [line for line in knowledge.helplines_for("own_listing") if pick(answer.language, line.text, line.text_en)
             not in answer.text]
    if not lines:
        return answer
    return _after(answer, pick(answer.language, "Uppgifterna på webbplatsen:", "The details on the website:"), lines)
