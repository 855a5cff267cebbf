"""A place asked of with the wrong kommun: "Vad har Värnamo lovat för Skillingaryd?", "What has Nacka
promised Gustavsberg?". Skillingaryd lies in Vaggeryd, so the answer is Vaggeryd's, opened by the line
that says where the place is; Värnamo is named only in that correction.

    "vad har kalmar lovat for bergkvara" ──► "Bergkvara ligger i Torsås kommun, inte i Kalmar kommun, så
                                              jag svarar om Torsås." and Torsås's agreements

The message is asked again with the place's kommun written where the wrong one stood, so every shape
the engine answers (a focus, a subject, who signed) is answered of the right kommun. Only one kommun
named under its own name and one place of another, in one sentence, the kommun first and the place
after a word that asks about it ("för", "i", "om", "promised"): "jag bor i Bergkvara men jobbar i
Kalmar" names two places, and is no question about one. A locality placed in a kommun with a verb
("Bergkvara ligger väl i Kalmar kommun?") is premises.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answering import claim_spans
from bot.answering.compose import kommun_of, municipality_party, pick
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.matching import Mention
from bot.answering.reading import Reading
from bot.text import fold, genitive

# The word before the place that makes it what is asked about: "lovat för Skillingaryd", "i Östervåla",
# "om Löddeköpinge", "promised Gustavsberg", "for Skene".
BEFORE_PLACE = frozenset(("for", "i", "pa", "om", "kring", "vid", "in", "about", "to", "on", "at", "around",
                          "lovat", "lovar", "lovade", "promised", "promise", "promises", "med", "with"))
# Words between the kommun and the place that say the message names them as two places, not one asked
# of with the wrong kommun ("bor i Bergkvara men jobbar i Kalmar", "Kalmar och Bergkvara", "jämfört med").
TWO_PLACES = frozenset(("och", "men", "and", "but", "eller", "or", "jamfort", "compared", "bor", "jobbar", "live",
                        "lives", "work", "works", "flyttat", "moved", "an", "than", "samt", "versus", "vs"))
# "polisen i Värnamo" names the police area, which may well cover the place's kommun (Vaggeryd's is Värnamo).
POLICE = frozenset(("polisen", "polis", "police", "lokalpolisomrade", "polisomrade", "lokalpolisen", "lpo"))
# A question asks of the place: its question word comes before the two names ("Vad har Värnamo lovat för
# Skillingaryd?", "jag undrar vad Gävle kommun … för Alfta"). "Alvestas löfte handlar ju om Höllviken?",
# "Is Sölvesborg's agreement about Huskvarna?" claim that A's agreement is about the place: claims.py's,
# answered about A with where the place lies.
ASKING = frozenset(("vad", "vilka", "vilket", "vilken", "vem", "hur", "nar", "varfor", "what", "which", "who",
                    "how", "when", "why", "beratta", "tell"))
CLAIMING = frozenset(("ju", "val", "visst", "nog", "stammer", "right", "true", "correct", "eller"))
LIVING = frozenset(("bor", "bott", "jobbar", "arbetar", "live", "lives", "living", "lived", "work", "works", "pluggar",
                    "studerar", "study"))
_SENTENCE = re.compile(r"[.!?;]")
_WORD = re.compile(r"[^\W_]+(?::\d+)?")


@dataclass(frozen=True)
class Misplaced:
    place: str  # as the knowledge base writes it ("Skillingaryd")
    home: Municipality  # the kommun it lies in
    named: str  # the kommun it was asked of ("Värnamo")
    asked: str  # the message with the home kommun written where the named one stood
    named_party: str = ""  # "Lunds kommun", "Malmö stad": the wrong kommun as its own entry names it
    named_id: str = ""  # the wrong kommun's id
    claimed: bool = False  # put as a claim ("Lysekil har väl ett löfte för Kungshamn?"): its verdict opens the line
    owned: bool = False  # said to be the wrong kommun's own promise (place_owned.py), not asked of it

    def line(self, language: str) -> str:
        """Where the place is, the wrong kommun named only here, and whose answer follows."""
        said = pick(language, f"{self.place} ligger i {municipality_party(self.home)}, inte i {self.named_party}, "
                              f"så jag svarar om {self.home.name}.",
                    f"{self.place} is in {self.home.name} Municipality, not in {self.named}, so I'll answer "
                    f"about {self.home.name}.")
        return pick(language, "Nej, ", "No, ") + said if self.claimed else said


def _is_alias(knowledge: Knowledge, m: Mention) -> bool:
    muni = knowledge.municipalities.get(str(m.place.municipality_id))
    aliases = [*knowledge.name_aliases.get(m.place.name, ()), *(muni.aliases if muni else ())]
    return fold(m.place.via) in {fold(a) for a in aliases}


def pair(r: Reading, knowledge: Knowledge) -> tuple[Mention, Mention, Municipality] | None:
    """The kommun named under its own name and the place of another kommun the message names beside it
    (kommun, place, the place's kommun), in either order; None unless the message names just those two."""
    # A kommun's own name mistyped beside a place named exactly ("Järvsö hör till Bollnäs kommun, vad har
    # Blolnäs gjort där?") is that kommun's; a mistyped place is too unsure to correct anyone with.
    mentions = [m for m in r.scan.mentions if not m.police_area and not (m.fuzzy and m.place.via)]
    if len(mentions) != 2 or r.rules is not None or all(m.fuzzy for m in mentions):
        return None
    kommun, place = mentions
    if toks_before(r, kommun, place) or kommun.place.via and not place.place.via and not placed_in(r, place, kommun):
        # "Bergkvara i Kalmar kommun": the place placed in the wrong kommun; "Vi har stuga i Fjällbacka. Vad
        # har Strömstad lovat där?": the place told first.
        kommun, place = place, kommun
    elif kommun.start >= 2 and r.tokens[kommun.start - 1] in ("i", "in", "pa") and r.tokens[kommun.start - 2] in LIVING \
            or kommun.start >= 1 and r.tokens[kommun.start - 1] in ("fran", "from"):
        return None  # "Jag bor i Kalmar, vad händer i Bergkvara?": where one lives, and a place asked of
    home = knowledge.municipalities.get(str(place.place.municipality_id))
    # An alias is the kommun under another name ("Gothenburg"), unless the entry lists it as a locality too
    # ("Visby", Gotland's): then it is a place asked of.
    if kommun.place.via and not _is_alias(knowledge, kommun) or not place.place.via or home is None \
            or _is_alias(knowledge, place) and fold(place.place.via) not in {fold(n) for n in home.localities}:
        return None
    if place.place.kommun_id == kommun.place.kommun_id or not kommun.place.kommun_id:
        return None
    return kommun, place, home


def find(r: Reading, knowledge: Knowledge) -> Misplaced | None:
    """The place asked of with the wrong kommun, or None."""
    found = pair(r, knowledge)
    if found is None:
        return None
    kommun, place, home = found
    toks = r.tokens
    first, second = sorted((kommun, place), key=lambda m: m.start)
    # The question word before both, or after a kommun that opens the message ("Lunds samverkansavtal, vad står
    # det om Löddeköpinge?", "Enköping och polisen, vad har de lovat för Bålsta?").
    asking = ASKING & set(toks[:first.start]) or first is kommun and ASKING & set(toks[first.end:second.start])
    if not asking or CLAIMING & set(toks) or claim_spans.marked(toks):
        return None
    between = toks[first.end:second.start]
    # "Gävle kommun och polisen har kommit överens om för Alfta": "och" before the police joins no place.
    parting = [w for i, w in enumerate(between) if w in TWO_PLACES and between[i + 1:i + 2] != ["polisen"]]
    asked_of = first is kommun and toks[place.start - 1] in BEFORE_PLACE or placed_in(r, place, kommun)
    if not between or not asked_of or parting or set(toks[max(0, kommun.start - 2):kommun.start]) & POLICE:
        return None
    if not one_sentence(r, first, second):
        return None  # "Jag bor i Kalmar. Vad händer i Bergkvara?": two sentences, each its own
    return Misplaced(place.place.via, home, kommun.place.name, written_for(r, kommun, home), party_of(knowledge, kommun),
                     str(kommun.place.municipality_id))


def spans(r: Reading) -> list[tuple[int, int]] | None:
    """Where each token stands in the text, or None when the words do not line up with the tokens."""
    found = [w.span() for w in _WORD.finditer(r.text)]
    return found if len(found) == len(r.tokens) else None


def one_sentence(r: Reading, first: Mention, second: Mention) -> bool:
    """No sentence ends between the two mentions."""
    at = spans(r)
    return at is not None and not _SENTENCE.search(r.text[at[first.start][0]:at[second.start][0]])


def written_for(r: Reading, kommun: Mention, home: Municipality) -> str:
    """The message with the home kommun's name where the wrong kommun's stood, in the same form
    ("Lunds medborgarlöfte" -> "Kävlinges medborgarlöfte")."""
    at = spans(r)
    if at is None:
        return r.text
    (start, _), (_, end) = at[kommun.start], at[kommun.end - 1]
    name = home.name
    if fold(r.text[start:end]).endswith("s") and not fold(kommun.place.via or kommun.place.name).endswith("s"):
        name = genitive(name)
    return r.text[:start] + name + r.text[end:]


def party_of(knowledge: Knowledge, kommun: Mention) -> str:
    """The wrong kommun as its own entry names it ("Lunds kommun", "Malmö stad")."""
    wrong = knowledge.municipalities.get(str(kommun.place.municipality_id))
    return municipality_party(wrong) if wrong is not None else kommun_of(kommun.place.name)


def placed_in(r: Reading, place: Mention, kommun: Mention) -> bool:
    """"Bergkvara i Kalmar (kommun)": the place, then only "i"/"in", then the kommun."""
    return place.end == kommun.start - 1 and r.tokens[place.end] in ("i", "in")


def toks_before(r: Reading, first: Mention, second: Mention) -> bool:
    """The first of the two mentions is the place, placed in the second, a kommun."""
    return bool(first.place.via) and not second.place.via and placed_in(r, first, second)


def asked_of_home(rest: Reading, home: Municipality) -> str | None:
    """"Gusum ligger ju i Norrköpings kommun – vad har Norrköping lovat om trafiken i Gusum?": once the premise
    has been corrected, the question after it is asked of the kommun the place is in, as find() does for a
    place asked of with the wrong kommun; a question that names no other kommun is left as it is (None)."""
    spans = [w.span() for w in _WORD.finditer(rest.text)]
    if len(spans) != len(rest.tokens):
        return None
    wrong = [m for m in rest.scan.mentions if not m.police_area and not m.place.via  # "Sorslee" too: a kommun's name
             and m.place.kommun_id and m.place.municipality_id != home.id]
    if not wrong or any(set(rest.tokens[max(0, m.start - 2):m.start]) & POLICE for m in wrong):
        return None  # "polisen i Norrköping" names the police, which may well cover the place's kommun
    text = rest.text
    for m in sorted(wrong, key=lambda m: m.start, reverse=True):
        (start, _), (_, end) = spans[m.start], spans[m.end - 1]
        written = text[start:end]
        name = home.name
        if fold(written).endswith("s") and not fold(m.place.name).endswith("s"):
            name = genitive(name)  # "Norrköpings löfte" -> "Valdemarsviks löfte"
        text = text[:start] + name + text[end:]
    return text
