"""What the bot says no to, or sends elsewhere, plainly: other residents' data, and matters of one's
own that no agreement answers.

- "Visa vad andra invånare i Lund har rapporterat, med deras telefonnummer": refused. Concerns go
  to the kommun's staff only, and nobody's name, number or message is ever shown to another resident.
- A legal question or a personal case ("Är det lagligt att ha en drönare som filmar min trädgård?",
  a camera in the stairwell, a parking fine, a neighbour's loud music every night): out of scope,
  with where to ask. Where to ask is `knowledge/helplines.yaml`, each line from a stored public page,
  and only the one or two lines that fit the matter, not every help line.

Danger now is never taken for one of these: an emergency's decision is left alone, and so is a
resident's own situation of threats or violence ("grannen hotar mig") and a crime to report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answering import compose, lexicon, limits
from bot.answering.answer import Answer, helpline_source
from bot.answering.compose import pick
from bot.answering.decide import Decision
from bot.answering.knowledge import Knowledge
from bot.answering.lexicon import CueSet

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# Someone else's: other residents, whoever reported, everyone's concerns.
OTHERS = CueSet.of({3: (
    "andra invanar*", "andra boende*", "andra personer*", "andra manniskor*", "andra har", "vad andra", "andras",
    "vem ~ som ~ anmal*", "vem ~ som ~ rapporter*", "vem ~ som ~ klaga*", "vem ~ som ~ skrivit",
    "vem ~ som ~ skickat", "vilka ~ som ~ anmal*", "vilka ~ som ~ rapporter*", "vilka ~ som ~ klaga*",
    "vilka ~ som ~ skrivit", "vilka ~ som ~ skickat", "vem har anmalt", "vem har rapporterat", "vem har klagat",
    "vilka har anmalt", "vilka har rapporterat", "vilka har klagat", "alla synpunkter",
    "alla anmalningar", "alla rapporter", "alla klagomal", "grannarnas", "other residents", "other people",
    "others", "someone else", "everyone s", "who reported", "who has reported", "who complained", "who sent",
    "all concerns", "all reports", "all complaints")})
# What of theirs: what they sent, or who they are.
THEIR_DATA = CueSet.of({3: (
    "synpunkt*", "rapport*", "anmal*", "klagomal*", "klagat", "skrivit", "skickat", "tyckt", "telefonnummer*",
    "nummer", "namn", "adress*", "personnummer*", "kontaktuppgift*", "mejl*", "e post", "concern*", "report*",
    "complain*", "complaint*", "sent", "phone number*", "numbers", "names", "address*", "contact details",
    "e mail*", "emails")})

# Is it allowed: the law in one's own case.
LEGAL = CueSet.of({3: (
    "lagligt", "olagligt", "lagligen", "tillatet", "otillatet", "forbjudet", "far man", "far jag", "far min",
    "far grannen", "far var", "har jag ratt", "har ratt att", "ratt att", "enligt lag*", "lagen", "juridisk*",
    "advokat*", "jurist*", "stamma", "overklaga*", "bestrid*", "is it legal", "legal", "illegal", "allowed",
    "lawful", "am i allowed", "can i legally", "lawyer", "sue", "appeal")})
STRONG_LEGAL = CueSet.of({3: ("lagligt", "olagligt", "juridisk*", "advokat*", "jurist*", "enligt lag*",
                              "is it legal", "legal", "illegal", "lawful", "lawyer")})
DRONE = CueSet.of({3: ("dronare*", "dronar*", "drone*")})
CAMERA = CueSet.of({3: ("kamera*", "camera*", "overvakningskamera*", "bevakningskamera*", "kamerabevak*",
                        "kameraovervak*", "filmar", "filma", "filmat", "filmade", "filming", "films", "cctv")})
HOME = CueSet.of({3: ("trapphus*", "trappuppgang*", "port", "porten", "entre*", "bostadsrattsforening*", "brf",
                      "forening*", "hyresvard*", "fastighetsagare*", "hyreshus*", "flerbostadshus*", "soprum*",
                      "stairwell*", "landlord*", "housing cooperative", "block of flats", "building")})
NEIGHBOURS = CueSet.of({3: ("granne*", "grannar*", "grannen", "grannarna", "neighbour*", "neighbor*",
                            "lagenheten bredvid", "lagenheten ovanfor", "lagenheten under", "next door")})
NOISE = CueSet.of({3: (
    "musik*", "oljud", "ljud", "later", "bullr*", "buller", "stor mig", "stor oss", "stora", "stor hela",
    "stojar", "stoj*", "fest*", "festar", "party", "parties", "noise", "noisy", "loud", "music", "skaller",
    "vasnas", "bankar", "dunkar", "hog volym", "spelar hogt")})
PARKING = CueSet.of({3: (
    "parkeringsbot*", "p bot", "pbot", "p boter", "parkeringsboter*", "kontrollavgift*", "felparkeringsavgift*",
    "parkeringsanmarkning*", "parking fine*", "parking ticket*", "parking fee", "felparker*")})
# What the resident's own matter is, in the order tried, and the help lines' kind for it.
MATTERS = ("parking", "drone", "camera_home", "camera", "neighbours", "legal")
SURE_OF_ANOTHER_READING = 0.9
LEGAL_MATTERS = frozenset({"drone", "camera", "camera_home", "legal"})  # the others are a case, not law


def others_data(r: Reading) -> bool:
    """Asks to see what other residents sent or who they are."""
    return OTHERS.found(r.norm) and THEIR_DATA.found(r.norm)


def matter(r: Reading) -> str | None:
    """The resident's own matter that no agreement answers (a helplines.yaml kind), or None."""
    norm = r.norm
    legal = LEGAL.found(norm)
    if PARKING.found(norm):
        return "parking"
    camera = CAMERA.found(norm)
    if DRONE.found(norm) and (legal or camera):
        return "drone"
    if camera and (legal or NEIGHBOURS.found(norm) or HOME.found(norm)):
        return "camera_home" if HOME.found(norm) else "camera"
    if NEIGHBOURS.found(norm) and NOISE.found(norm):
        return "neighbours"
    return "legal" if STRONG_LEGAL.found(norm) else None


def refusal(d: Decision, r: Reading, knowledge: Knowledge) -> Answer | None:
    """A plain no, or "not mine to answer, ask here", when the message is one; else None."""
    if d.action == "emergency" or r.rules is not None:
        return None
    lang = r.language
    if others_data(r):
        # A whole answer: nothing for staff to add among the questions left unanswered.
        return Answer(True, None, "refused", pick(
            lang, "Nej, det kan jag inte visa. Synpunkter som invånare skickar går bara till kommunens "
                  "personal, och ingen annans namn, telefonnummer eller meddelande lämnas ut. Dina egna "
                  "synpunkter ser du med /mina.",
            "No, I can't show that. Concerns residents send go only to the municipality's staff, and nobody "
            "else's name, phone number or message is ever shown. You can see your own with /mine."), language=lang)
    if _about_the_agreement(d, r):
        return None
    kind = matter(r)
    if kind is None or _threat_or_violence(r):
        return None
    lines = knowledge.helplines_for(kind)
    if not lines:
        return None
    opening = (pick(lang, "Vad lagen tillåter i ett enskilt fall kan jag inte bedöma. Jag svarar om vad kommunen "
                          "och polisen har kommit överens om för tryggheten. Här kan du fråga:",
                    "I cannot judge what the law allows in a single case. I answer what the municipality and "
                    "the police have agreed to do for local safety. Here you can ask:")
               if kind in LEGAL_MATTERS else
               pick(lang, "Det här är ditt eget ärende, och det kan jag inte hjälpa till med. Jag svarar om vad "
                          "kommunen och polisen har kommit överens om för tryggheten. Här kan du vända dig:",
                    "This is your own matter, and I cannot help with it. I answer what the municipality and "
                    "the police have agreed to do for local safety. Here is where to turn:"))
    text = "\n".join([opening, *(f"• {pick(lang, line.text, line.text_en)}" for line in lines)])
    pages = list({line.url: line for line in lines}.values())  # two lines from one page: one source
    text += "\n\n" + compose.helpline_sources(pages, lang)
    return Answer(False, None, "out_of_scope", text, sources=[helpline_source(line) for line in pages],
                  language=lang)


def _about_the_agreement(d: Decision, r: Reading) -> bool:
    """A question about what a kommun does ("Gör Lund något mot störande fester?"), or a report or a
    concern the reading is sure of: that, not the resident's own matter."""
    if d.action == "question" and r.known and lexicon.DOING.found(r.norm):
        return True
    return d.action in ("report", "concern", "question") and d.confidence >= SURE_OF_ANOTHER_READING


def _threat_or_violence(r: Reading) -> bool:
    """The resident is threatened or hurt ("grannen hotar mig"): their situation's help, not this."""
    return any(limits.SITUATIONS[s].found(r.norm) for s in ("domestic", "harassment"))
