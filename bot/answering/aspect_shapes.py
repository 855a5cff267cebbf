"""An aspect a clause asks by its shape, where its cue words point elsewhere.

- **Who else takes part.** The kommun and the police named as the ones left out ("vilka mer än kommunen och
  polisen står bakom löftet?", "vem deltar förutom kommun och polis?", "who else besides the council and the
  police?") ask for the other parties and partners, whatever else the clause names ("löftet" is a focus cue,
  "står bakom" none): the parties' aspect, which lists the partners and what each does.
- **What else it holds.** "vad annat ingår i löftet?", "vad mer står det?", "what else is in it?" ask for the
  rest of the agreement, which the focus list gives; "vad annat ingår" had read as who takes part ("ingår i").
  What it leaves out ("… utöver trafik?") is no subject of the clause (`left_out`).
- **Which were chosen.** "which problems were chosen as priorities?", "vilka problem valdes ut?" ask for the list
  the choice made, the focus areas; how they were chosen ("hur valdes de?", "why were they chosen?") asks what
  they build on. The choosing words and the bare noun of the things chosen are no subject (`chosen_frame`): read as
  one, "chosen" had found the sentence on how the focus areas were chosen.
- **What they work together on.** "vad samverkar de om?", "Alingsås 2021, vad samverkade de om?", "vad samarbetar
  kommunen och polisen kring?", "what do they cooperate on?" ask what the cooperation is about, its focus areas and
  commitments; "samverkar" alone is a cue of who takes part ("samverkar med"), and the parties were all they got.
  Whom they work with ("vem samverkar de med om narkotika?", "who do they cooperate with on …") stays the parties'.
- **Which commitments.** "Göteborg 2024: vilka åtaganden och fokusområden?", "what are Piteå's commitments?" ask
  for the list; "åtaganden" is its word, no subject: read as one it found the sentence that calls the promise "ett
  åtagande". Who else has commitments ("vilka andra aktörer har egna åtaganden?") stays the parties'.
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
             r"(?: saker| omraden| fokusomraden| grejer| fragor)? an|besides|except|apart from|aside from|other than|beyond|in addition to|outside(?: of)?)")
# Who is asked for: a question word of persons or bodies, or a noun of them.
_WHO = (r"\b(?:vilka|vem|vems|vilken|vilket|who|whom|which|organisation\w*|organization\w*|aktor\w*|foretag\w*|"
        r"partner\w*|parter\w*|foreningar\w*|companies|bodies|groups)\b")
BEYOND_THE_PARTIES = re.compile(rf"\b{_LEFT_OUT} (?:\w+ ){{0,2}}?{_THE_PARTIES}\b")
_WHO_ASKED = re.compile(_WHO)

# "vad annat", "vad mer", "vad övrigt", "what else", "anything else", "something else": the rest asked for.
WHAT_ELSE = re.compile(r"\b(?:vad (?:annat|mer|mera|ovrigt|ytterligare)|vad \w+ (?:annars|mer|mera|ytterligare)"
                       r"|what else|what other things|anything else|nagot annat|nat annat|nagot mer|nat mer)\b")
# The same asked by its shape: a question word and a word that leaves things out, in either order ("vad tar löftet
# upp förutom trafiken?", "förutom trafik, vilka fler fokusområden finns?", "what other focus areas apart from
# burglary?", "vad har Varberg mer i sitt löfte än barn och unga?"). The things left out are named, so the clause
# asks for the rest, whichever words it asks with. "vem/who" asks of people (who else signed), never of the rest.
# A word that leaves out a deed ("förutom att jag är rädd, vad ska jag göra?") leaves out no thing.
_NOT_A_THING = r"(?! (?:att|that|det att)\b)"
# Of the words that leave out, those that cannot name a place asked of ("vad gör de utanför stan?" asks of the
# countryside, not of the rest).
_LEFT_OUT_THINGS = _LEFT_OUT.replace("|utom|utanfor", "").replace("|beyond", "").replace("|outside(?: of)?", "")
_ASKS_THE_REST = re.compile(rf"\b(?:vad|vilka|vilken|vilket|what|which)\b(?: \w+){{0,8}}? {_LEFT_OUT_THINGS}\b{_NOT_A_THING}"
                            rf"|\b{_LEFT_OUT_THINGS}\b{_NOT_A_THING}(?: \w+){{1,8}}? (?:vad|vilka|vilken|vilket|what|which)\b"
                            rf"|\bvad (?:\w+ ){{1,4}}?(?:mer|mera|annat|fler|ytterligare) (?:\w+ ){{0,5}}?(an){_NOT_A_THING}\b")
# What is promised, asked by any noun ("vilka åtgärder lovar Örebro?", "which measures were promised?"): the
# promise's own content, which the focus list gives with its commitments; not how it is done ("hur").
_WHICH_PROMISED = re.compile(r"\b(?:vilka|vilken|vilket|vad|what|which)\b(?: \w+){0,6}? (?:lovar|lovas|lovade|lovades|lovat"
                             r"|utlovad\w*|promise[sd]?|promising)\b")
_HOW = re.compile(r"\b(?:hur|how)\b")
_OF_PEOPLE = re.compile(r"\b(?:vem|vilka personer|who|whom)\b")

# A time asked and the signing, in either order, a few words apart (the kommun and its agreement may stand between:
# "skrev under Hofors löfte 2023, and on what day").
_TIME = r"(?:datum\w*|dag|dagen|datumet|nar|when|date|day|vilket ar|what year|which year)"
_SIGNING = (r"(?:underskrift\w*|undertecknad\w*|undertecknade\w*|undertecknat|undertecknades|signer\w*|signed|"
            r"signing|signature|tecknad\w*|tecknades|skrevs (?:\w+ ){0,4}?(?:under|pa)|skrev\w* (?:\w+ )?(?:under|pa))")
SIGNING_DAY = re.compile(rf"\b{_TIME}\b(?: \w+){{0,6}}? {_SIGNING}|\b{_SIGNING}(?: \w+){{0,6}}? {_TIME}\b")
# "which problems were chosen as priorities", "vilka frågor valdes ut", "which issues were prioritised": which, a
# few words, then the choice.
_CHOICE = (r"(?:chosen|selected|picked|chose|prioriti[sz]ed|valdes|valts|valda|utvalda|valde|valt|prioriterades|"
           r"prioriterats|prioriterade)")
_WHICH_CHOSEN = re.compile(rf"\b(?:vilka|vilken|vilket|what|which)\b(?: \w+){{0,4}}? {_CHOICE}\b")
_WHY_OR_HOW = re.compile(r"\b(?:hur|how|varfor|why|pa vilket satt|in what way)\b")
_CHOICE_WORDS = frozenset({"chosen", "selected", "picked", "chose", "prioritised", "prioritized", "priorities",
                           "priority", "valdes", "valts", "valda", "utvalda", "valde", "valt", "prioriterades",
                           "prioriterats", "prioriterade", "prioriteringar", "prioritering", "problems", "problem",
                           "issues", "fragor", "fragorna", "problemen", "omraden", "areas", "topics"})
# "vad samverkar de om", "vad samarbetar polisen och kommunen kring", "what do X and the police cooperate on": a
# what-question whose verb of working together takes "om/kring/on/about", not "med/with" (whom).
# (verbs only: "samverkansöverenskommelsen" and "cooperation agreement" name the agreement, whose "about" is asked so)
_WORK_VERB = (r"(?:samverk(?:a|ar|ade|at)|samarbet(?:a|ar|ade|at)|(?:co-?operat|collaborat)(?:e|es|ed|ing)"
              r"|work together|working together)")
_WORKS_ON = re.compile(rf"\b(?:vad|what)\b(?: \w+){{0,6}}? {_WORK_VERB}(?: \w+){{0,5}}? (?:om|kring|on|about)\b")
_WITH_WHOM = re.compile(r"\b(?:med|with|vem|vilka|who|whom)\b")
_WHO_SIGNED = re.compile(r"\b(?:vem|vilka|who|whom|av vem|by whom)\b")


_LEFT_OUT_THING = re.compile(rf"\b{_LEFT_OUT} ((?:\w+ ?){{1,6}})")
# Where the things left out end: the question goes on ("förutom trafik vilka fler …", "utöver trafik finns det …").
_THINGS_END = frozenset({"vad", "vilka", "vilken", "vilket", "vem", "hur", "nar", "what", "which", "who", "how", "when",
                         "finns", "fanns", "har", "hade", "ingar", "ingick", "tar", "tas", "star", "galler", "is", "are",
                         "does", "do", "did", "has", "have", "was", "were", "och", "and", "o"})


# The words that ask for the rest are no subject either ("what other focus areas": not a thing named "other").
_REST_WORDS = frozenset({"other", "others", "else", "andra", "annat", "annan", "fler", "mer", "mera", "ytterligare"})


def asks_the_rest(norm: str) -> bool:
    """Whether the folded clause asks what else its agreement holds, by words or by its shape (`_ASKS_THE_REST`)."""
    return bool(WHAT_ELSE.search(norm)) or (bool(_ASKS_THE_REST.search(norm)) and not _OF_PEOPLE.search(norm)
                                            and not BEYOND_THE_PARTIES.search(norm))


def _things(words: list[str]) -> list[str]:
    """The words left out, up to where the question goes on: "och" joins two things ("trafiken och drogerna") unless
    a question word or verb follows it."""
    kept_words: list[str] = []
    for i, w in enumerate(words):
        if w in _THINGS_END and (w not in ("och", "and", "o") or i + 1 >= len(words) or words[i + 1] in _THINGS_END):
            break
        kept_words.append(w)
    return kept_words


def left_out(norm: str) -> frozenset[str]:
    """The words a clause that asks what else leaves out ("vad mer ingår utöver trafik?": "trafik"), with the word
    that leaves them out: never what it asks about."""
    if not asks_the_rest(norm):
        return frozenset()
    words = {w for m in _LEFT_OUT_THING.finditer(norm)
             for w in (*m.group(0).split()[:-len(m.group(1).split())], *_things(m.group(1).split()))}
    apart = _ASKS_THE_REST.search(norm)  # "vad har X mer i sitt löfte än barn och unga": what follows "än"
    if apart and apart.group(1):
        words |= {"an", *_things(norm[apart.end():].split())}
    return frozenset(words | _REST_WORDS)


# "vilka problem tar Vingåkers löfte upp?", "which issues does the promise take up?": the problems an agreement
# takes up are its focus list too, asked by the noun of problems right after the which (a subject named after
# "problem" would be a sentence's: "vilka problem med trafiken tar det upp?" keeps "trafiken").
_WHICH_TAKEN_UP = re.compile(r"\b(?:vilka|vilken|vilket|what|which) (?:problem|problemen|problems|issues|fragor)"
                             r"(?: \w+){0,4}? (?:upp|up|address|addresses|tackle|tackles)\b")
_FOLLOWED_UP = re.compile(r"\b(?:folj\w*|follow\w*)\b")


def asks_which_chosen(norm: str) -> bool:
    """Whether the folded clause asks which things were chosen or taken up (the focus list), not how or why."""
    taken_up = bool(_WHICH_TAKEN_UP.search(norm)) and not _FOLLOWED_UP.search(norm)
    return bool(_WHICH_CHOSEN.search(norm) or taken_up) and not _WHY_OR_HOW.search(norm)


def chosen_frame(norm: str) -> frozenset[str]:
    """The words of a clause asking which were chosen that are its frame, not its subject ("problems", "chosen")."""
    return _CHOICE_WORDS if asks_which_chosen(norm) else frozenset()


_COMMITMENTS = re.compile(r"\b(?:vilka|vad|what|which)\b(?: \w+){0,6}? (?:ataganden|atagandena|commitments)\b")
_COMMITMENT_WORDS = frozenset(("ataganden", "atagandena", "commitments"))
_OTHERS = re.compile(r"\b(?:andra|other|others|else|aktor\w*|partner\w*|organisation\w*|organization\w*|foretag\w*"
                     r"|forening\w*)\b")


def asks_which_commitments(norm: str) -> bool:
    """Whether the folded clause asks which commitments the agreement holds (the list), not who else has some."""
    return (bool(_COMMITMENTS.search(norm)) and not _OF_PEOPLE.search(norm) and not BEYOND_THE_PARTIES.search(norm)
            and not _OTHERS.search(norm))


def asks_what_worked_on(norm: str) -> bool:
    """Whether the folded clause asks what they work together on ("vad samverkar de om?"), not with whom."""
    return bool(_WORKS_ON.search(norm)) and not _WITH_WHOM.search(norm)


def worked_on_frame(norm: str) -> frozenset[str]:
    """The verb of a clause asking what they work together on, and the noun of one asking which commitments: its
    frame, no subject ("samverkade" is no word to find the partners' sentence "Samverkar också med" by)."""
    words = _COMMITMENT_WORDS if asks_which_commitments(norm) else frozenset()
    if not asks_what_worked_on(norm):
        return words
    return words | {w for w in norm.split() if re.fullmatch(_WORK_VERB, w) or w in ("together", "om", "kring")}


def weighed(norm: str, scores: dict[str, int]) -> dict[str, int]:
    """`scores` (a clause's topic scores from its cues) with the aspects its shape asks raised: `norm` is the
    folded clause."""
    if BEYOND_THE_PARTIES.search(norm) and _WHO_ASKED.search(norm):
        scores["parties"] = max(scores.get("parties", 0), SHAPE_SCORE)
    if asks_the_rest(norm):
        scores["focus"] = max(scores.get("focus", 0), SHAPE_SCORE)
    if _WHICH_PROMISED.search(norm) and not _HOW.search(norm) and scores.get("methods", 0) > scores.get("focus", 0):
        scores["focus"] = max(scores.get("focus", 0), SHAPE_SCORE)
    if asks_which_chosen(norm):
        scores["focus"] = max(scores.get("focus", 0), SHAPE_SCORE)
    if asks_what_worked_on(norm) or asks_which_commitments(norm):
        scores["focus"] = max(scores.get("focus", 0), SHAPE_SCORE)
    if SIGNING_DAY.search(norm) and not _WHO_SIGNED.search(norm):
        scores["period"] = max(scores.get("period", 0), SHAPE_SCORE)
    return scores
