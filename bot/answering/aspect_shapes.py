"""An aspect a clause asks by its shape, where its cue words point elsewhere.

- **Who else takes part.** The kommun and the police named as the ones left out ("vilka mer än kommunen och
  polisen står bakom löftet?", "vem deltar förutom kommun och polis?", "who else besides the council and the
  police?") ask for the other parties and partners, whatever else the clause names ("löftet" is a focus cue,
  "står bakom" none): the parties' aspect, which lists the partners and what each does.
- **What else it holds.** "vad annat ingår i löftet?", "vad mer står det?", "what else is in it?" ask for the
  rest of the agreement, which the focus list gives; "vad annat ingår" had read as who takes part ("ingår i").
  What it leaves out ("… utöver trafik?") is no subject of the clause (`left_out`).
- **The day it was signed.** A time asked beside the signing ("datum för underskrift", "on what day was it
  signed", "vilken dag undertecknades det") asks for the agreement's dates, which the period gives with the
  signing day; the signing word alone asks who signed.

Each shape raises its aspect's score above the cues' strongest (3), so it wins where it is read; a clause of
the other aspect's own (a person, a subject) is ranked as before.
"""

from __future__ import annotations

import re

SHAPE_SCORE = 4  # above a strong cue (reading.STRONG_CUE is 3): the shape says more than a word of it

# The kommun or the police, as a folded word of the message.
_THE_PARTIES = r"(?:kommun\w*|polis\w*|stad\w*|council|municipalit\w*|police)"
# Words that leave what follows out: "utöver", "förutom", "mer än", "andra än", "besides", "other than".
_LEFT_OUT = (r"(?:utover|forutom|utom|utanfor|bortsett fran|vid sidan (?:av|om)|(?:mer|mera|fler|andra|annat|annan)"
             r" an|besides|except|apart from|aside from|other than|beyond|in addition to|outside(?: of)?)")
# Who is asked for: a question word of persons or bodies, or a noun of them.
_WHO = (r"\b(?:vilka|vem|vems|vilken|vilket|who|whom|which|organisation\w*|organization\w*|aktor\w*|foretag\w*|"
        r"partner\w*|parter\w*|foreningar\w*|companies|bodies|groups)\b")
BEYOND_THE_PARTIES = re.compile(rf"\b{_LEFT_OUT} (?:\w+ ){{0,2}}?{_THE_PARTIES}\b")
_WHO_ASKED = re.compile(_WHO)

# "vad annat", "vad mer", "vad övrigt", "what else", "anything else", "something else": the rest asked for.
WHAT_ELSE = re.compile(r"\b(?:vad (?:annat|mer|mera|ovrigt|ytterligare)|vad \w+ (?:annars|mer|mera|ytterligare)"
                       r"|what else|what other things|anything else|nagot annat|nat annat|nagot mer|nat mer)\b")

# A time asked and the signing, in either order, a few words apart (the kommun and its agreement may stand between:
# "skrev under Hofors löfte 2023, and on what day").
_TIME = r"(?:datum\w*|dag|dagen|datumet|nar|when|date|day|vilket ar|what year|which year)"
_SIGNING = (r"(?:underskrift\w*|undertecknad\w*|undertecknade\w*|undertecknat|undertecknades|signer\w*|signed|"
            r"signing|signature|tecknad\w*|tecknades|skrevs (?:\w+ )?(?:under|pa)|skrev\w* (?:\w+ )?(?:under|pa))")
SIGNING_DAY = re.compile(rf"\b{_TIME}\b(?: \w+){{0,4}}? {_SIGNING}|\b{_SIGNING}(?: \w+){{0,6}}? {_TIME}\b")
_WHO_SIGNED = re.compile(r"\b(?:vem|vilka|who|whom|av vem|by whom)\b")


_LEFT_OUT_THING = re.compile(rf"\b{_LEFT_OUT} ((?:\w+ ?){{1,3}})")


def left_out(norm: str) -> frozenset[str]:
    """The words a clause that asks what else leaves out ("vad mer ingår utöver trafik?": "trafik"), with the word
    that leaves them out: never what it asks about."""
    if not WHAT_ELSE.search(norm):
        return frozenset()
    return frozenset(w for m in _LEFT_OUT_THING.finditer(norm) for w in (*m.group(0).split(),))


def weighed(norm: str, scores: dict[str, int]) -> dict[str, int]:
    """`scores` (a clause's topic scores from its cues) with the aspects its shape asks raised: `norm` is the
    folded clause."""
    if BEYOND_THE_PARTIES.search(norm) and _WHO_ASKED.search(norm):
        scores["parties"] = max(scores.get("parties", 0), SHAPE_SCORE)
    if WHAT_ELSE.search(norm):
        scores["focus"] = max(scores.get("focus", 0), SHAPE_SCORE)
    if SIGNING_DAY.search(norm) and not _WHO_SIGNED.search(norm):
        scores["period"] = max(scores.get("period", 0), SHAPE_SCORE)
    return scores
