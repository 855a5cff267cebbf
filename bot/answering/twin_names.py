"""Which kommun a message means when its names could mean more than one: a correction ("… i Mora, nej
jag menar Leksand"), and which of two kommuner whose names fold to the same letters (Habo in Jönköpings län, Håbo in Uppsala
län) a resident means, told by a place beside the name or by the answer to "Vilken kommun menar du?".

The scan (bot/answering/matching.py) asks when the spelling cannot tell them apart; but residents say
where they mean as often as they spell it: "habo i jönköping", "Habo (Uppsala)", "habo utanför
Jönköping" name a kommun of the one twin's county right after the name, which places the twin rather
than asking about a second kommun. And after the bot has asked, the next message ("den i Uppsala län",
"Jönköping", "Håbo", "den andra", "the one in Uppsala County") picks one, and the question asked first
is answered about it (`Conversation.choosing` keeps the question's aspect and the two ids).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering import compose
from bot.answering.answer import Answer
from bot.answering.conversation import Conversation
from bot.answering.matching import Mention, Place, PlaceScan
from bot.answering.places import NOT_WORDS, Kommun, Places, which_one
from bot.text import fold, tokens, without_genitive

# Words between the name and the place that places it: "habo i jönköping", "habo nära Jönköping",
# "Habo (Jönköping)", "habo kommun i uppsala län".
_PLACING = frozenset(("i", "in", "nara", "utanfor", "vid", "near", "outside", "by", "kommun", "s", "soder", "norr",
                      "om", "pa", "langs"))
_GAP = 3  # at most so many placing words between the name and its place
# The one asked for by its place in the question "X eller Y?": first or second.
_FIRST = frozenset(("forsta", "1", "first", "forra", "former", "ettan"))
_SECOND = frozenset(("andra", "2", "second", "senare", "latter", "tvaan", "sista", "last"))
_LONGEST_ANSWER = 10  # words: a longer message is a question of its own, read as usual


def _place(kommun: Kommun) -> Place:
    return Place(kommun.name, kommun.entry.id if kommun.entry else None, "", kommun.id)


def _placed_by(scan: PlaceScan, at: int, counties: set[str], places: Places, folded: Sequence[str]) -> Mention | None:
    """The kommun named right after the token at `at`, with only placing words between, in one of
    `counties`: the place that says where the name lies, not a kommun asked about."""
    for mention in scan.mentions:
        kommun = places.get(mention.place.kommun_id)
        if kommun is None or kommun.county not in counties or mention.police_area or mention.start <= at:
            continue
        between = folded[at + 1:mention.start]
        if len(between) <= _GAP and all(word in _PLACING for word in between):
            return mention
    return None


def settle(scan: PlaceScan, cased: Sequence[str], places: Places) -> PlaceScan:
    """A twin name placed by a kommun of one twin's county is that twin, and the placing kommun is no
    kommun asked about ("vad lovar habo i jönköping" is Habo's, never Jönköping's). Both when the
    spelling left the two ("habo") and when it chose one ("Habo i Uppsala": the place outweighs a
    missing ring over the a)."""
    written = {w.casefold() for w in cased}
    if written.isdisjoint(places.twin_keys) and {w[:-1] for w in written}.isdisjoint(places.twin_keys):
        return scan  # no name here that two kommuner share: most messages (cased tokens are without å/ä/ö)
    folded = [fold(word) for word in cased]
    for index, word in enumerate(folded):
        key = without_genitive(word) if word not in places.names else word
        twins = [n.kommun for n in places.names.get(key or word, ()) if n.kind == "name"]
        if len({k.id for k in twins}) < 2:
            continue
        by_county = {k.county: k for k in twins}
        placing = _placed_by(scan, index, set(by_county), places, folded)
        if placing is None:
            continue
        chosen = by_county[places.get(placing.place.kommun_id).county]  # type: ignore[union-attr]
        ids = {k.id for k in twins}
        scan.twins = [pair for pair in scan.twins if not {p.kommun_id for p in pair} <= ids]
        scan.mentions = [m for m in scan.mentions if m is not placing and not (m.start == index and m.place.kommun_id in ids)]
        scan.mentions.append(Mention(_place(chosen), index, index + 1))
        scan.mentions.sort(key=lambda m: m.start)
        scan.used.update(range(placing.start, placing.end))
        scan.used.add(index)
    return scan


# "nej jag menar Leksand", "I mean Lerum", "förlåt, menade Orsa": the kommun said after it is the one meant.
_MEANING = frozenset(("menar", "menade", "mean", "meant"))
_CORRECTING = frozenset(("jag", "i", "nej", "alltsa", "egentligen", "forlat", "sorry", "oj", "oops", "no", "nope"))




_ASIDE = frozenset(("och", "men", "alltsa", "utan", "and", "but"))


def _set_aside(mention: Mention, folded: Sequence[str], scan: PlaceScan) -> bool:
    """"Habo, inte Håbo", "Lund och inte Malmö", "not Lund but Lomma": "not" before the name, right after another
    kommun named, "och"/"men"/"alltså" or at the start: set aside. Not "hade inte Mora och Orsa …?", where "inte"
    asks the question, nor "Sundbybergs löfte gäller väl inte Solna?", where it is the claim's."""
    at = mention.start - 1
    if at < 0 or folded[at] not in NOT_WORDS:
        return False
    return folded[at] == "not" or at == 0 or folded[at - 1] in _ASIDE or any(m.end == at for m in scan.mentions)


def corrected(scan: PlaceScan, cased: Sequence[str]) -> PlaceScan:
    """"Vad gör Mora … nej jag menar Leksand": a kommun named after a correction is the one asked about,
    and the kommuner named before it are not ("vad menar Lund med trygghet?" corrects nothing). A kommun
    ruled out by "inte"/"not" right before it is not asked about, when another kommun is named."""
    if len(scan.mentions) < 2:
        return scan
    folded = [fold(word) for word in cased]
    ruled_out = [m for m in scan.mentions if _set_aside(m, folded, scan) and not m.police_area]
    kept = [m for m in scan.mentions if m not in ruled_out]
    if ruled_out and any(not m.police_area and m.place.kommun_id not in {r.place.kommun_id for r in ruled_out}
                         for m in kept):
        scan.mentions = kept
        if len(scan.mentions) < 2:
            return scan
    for mention in scan.mentions:
        at = mention.start - 1
        if at > 0 and folded[at] in ("egentligen", "alltsa"):
            at -= 1  # "jag menar egentligen Leksand"
        if at > 0 and folded[at] in _MEANING and folded[at - 1] in _CORRECTING \
                and any(m.end <= at - 1 for m in scan.mentions):
            scan.mentions = [m for m in scan.mentions if m.start >= mention.start]
            return scan
    return scan


def ask(scan: PlaceScan, topic: str | None, language: str, conversation: Conversation, places: Places) -> Answer:
    """"habo": Habo in Jönköpings län or Håbo in Uppsala län? Asked, never guessed; the question is
    remembered, so the next message may say which."""
    kommuner = [k for place in scan.twins[0] if (k := places.get(place.kommun_id))]
    asked = topic if topic in compose.TOPIC_LABELS else "overview"
    conversation.choosing = (asked, *(k.id for k in kommuner))
    return Answer(False, None, "suggest", which_one(kommuner, language), language=language,
                  suggestions=[compose.topic_question(asked, k.municipality, language) for k in kommuner])


def chosen(scan: PlaceScan, text: str, conversation: Conversation, places: Places) -> tuple[Kommun, str] | None:
    """The kommun the message picks of the ones just asked between, and the aspect asked before; None
    when it picks none (a new question). The question is asked once: it is forgotten either way."""
    pending, conversation.choosing = conversation.choosing, ()
    words = tokens(text)
    if len(pending) < 3 or not words or len(words) > _LONGEST_ANSWER:
        return None
    topic, ids = pending[0], list(pending[1:])
    kommuner = [k for i in ids if (k := places.get(i)) is not None]
    named = [m.place.kommun_id for m in scan.mentions if m.place.kommun_id in ids and not m.police_area]
    if len(set(named)) == 1:  # "Håbo", "Habo kommun"
        return _of(named[0], kommuner, topic)
    counties = {r.name for r in scan.regions if r.kind == "county"}
    counties |= {k.county for m in scan.mentions if not m.police_area and (k := places.get(m.place.kommun_id))}
    fits = [k for k in kommuner if k.county in counties]
    if len(fits) == 1:  # "den i Uppsala län", "Jönköping", "the one in Uppsala County"
        return fits[0], topic
    if set(words) & _FIRST and not set(words) & _SECOND:
        return kommuner[0], topic
    if set(words) & _SECOND and not set(words) & _FIRST and len(kommuner) == 2:
        return kommuner[1], topic
    return None


def _of(kommun_id: str, kommuner: Sequence[Kommun], topic: str) -> tuple[Kommun, str] | None:
    found = next((k for k in kommuner if k.id == kommun_id), None)
    return (found, topic) if found else None

