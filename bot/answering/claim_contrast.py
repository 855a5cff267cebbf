"""A contrast claim: one subject said to be missing and another said to be all there is, checked by the missing one
(claims.py).

    "Ales avtal har inget om trafik, bara narkotika?"                 ──► "Nej, det stämmer inte: det tas upp i Ales
    "Ale's agreement only covers drugs, not traffic, right?"              överenskommelse." and the traffic focus area
    "Ales medborgarlöfte nämner inte trafiken utan bara narkotika?"

The subject denied is the words after the negation, up to the word that opens the other part ("bara", "utan",
"only", "but"); when the entry holds one of them, the claim is false and that subject's own passage corrects it (never
the subject said to be all, which the claim gets right or wrong beside the point). A subject the entry does not
hold leaves the claim to the other checks (then "only drugs" is the claim to check).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from bot.answering import claim_denials, claim_focus, common_words, details, lexicon
from bot.answering.passage_index import stem
from bot.answering.passages import Passages
from bot.answering.knowledge import Municipality
from bot.text import genitive, tokens

Result = tuple[str, str, list[str]]

ONLY = claim_focus.ONLY
# The negations that deny a subject ("har inget om", "nämner inte", "has nothing on", "doesn't do anything about").
LACKING = frozenset(("inte", "inget", "ingenting", "nothing", "not", "doesn", "don", "isn", "saknar", "lacks", "no", "ej"))
# Words that end the denied part: the other part begins ("…, bara narkotika", "… utan bara", "…, only drugs").
TURNS = ONLY | frozenset(("utan", "men", "but", "except", "utom"))
# Frame words in the denied part, never its subject ("om", "nämner", "about", "anything").
FRAME = frozenset(("om", "about", "on", "mot", "kring", "anything", "nagot", "nat", "do", "does", "t", "gor", "med",
                   "i", "in", "of", "for", "for", "alls", "at", "all"))


def denied_part(words: Sequence[str]) -> list[str]:
    """The words a contrast claim denies: after its negation, to the word that turns to the other part; [] when the
    message is no contrast (no "only"/"bara" beside a negation)."""
    if not ONLY & set(words):
        return []
    at = next((i for i, w in enumerate(words) if w in LACKING), None)
    if at is None:
        return []
    part = []
    for w in words[at + 1:]:
        if w in TURNS:
            break
        part.append(w)
    return [w for w in part if w not in FRAME and w not in LACKING]


def contrasted(toks: Sequence[str], terms: Collection[str], agreement_words: Collection[str]) -> bool:
    """A contrast put to the bot with a "?" alone ("Ale's promise is only about drugs and has nothing on traffic?"):
    a term of the message stands in the denied part and is no word for the agreement itself."""
    if any(t.isdigit() and len(t) == 4 for t in toks):
        return False  # "gällde bara för 2023 och sen blev det inget nytt": a time, the year's claim, not a subject's
    return any(w in terms and w not in agreement_words for w in denied_part(toks))


def check(words: Sequence[str], muni: Municipality, passages: Passages, language: str, today: dt.date,
          agreement_words: Collection[str]) -> Result | None:
    """"Nej" and the passage of the subject denied, when the entry holds it; else None."""
    # "young people" is a subject here, though "people" alone is a common word: each is held against the entry
    own = {t for name in (muni.name, *muni.aliases) for t in tokens(name)}  # "i Ales medborgarlöfte": the kommun's own
    denied = [w for w in denied_part(words) if w not in agreement_words and not w.isdigit() and len(w) > 2
              and w not in own and w[:-1] not in own]
    held = [w for w in denied if passages.holds(muni.id, w, language)]
    subject = [w for w in held if w not in common_words.STOPWORDS and not lexicon.is_cue_word(w)]
    if not subject:
        return None
    # a focus area whose title names it first ("trafik": its focus area, not a commitment about traffic)
    found = claim_focus.titled(passages, muni, held, language) or claim_focus.titled(passages, muni, subject, language) \
        or claim_focus.titled(passages, muni, [stem(w) for w in subject], language) \
        or passages.answering(muni.id, held, language, subject=subject)  # "drugs": its stem begins "Drug-related"

    if not any(p.kind in ("area", "measure") for _, p in found):
        return None  # a subject is corrected by what the agreement takes up, not by a note that shares its word
    text, topic, ids = details.found(muni, found, language, today)
    return f"{claim_denials.taken_up(genitive(muni.name), muni.name, language, False)}\n\n{text}", topic, ids
