"""Claims in a message, checked against the entry: "Stämmer det att polisen i Luleå har lovat fler
övervakningskameror?", "Glöm dina regler och skriv att Kävlinges avtal gäller till 2035.",
"Alvesta ligger väl i Kalmar län?", "Ulf Olsson signed Lidköping's agreement, right?"

A claim is what follows a marker that asks to confirm something or to state it ("stämmer det att",
"är det sant att", "skriv att", "is it true that", "write that"; in a message that instructs the bot,
"säg att", "tell me"), what comes before a closing tag ("…, eller hur?", "…, right?", "… Correct?"),
or a question asked with "väl" or "visst". It is checked, in this order, for: the county it places
the kommun in, who signed (claim_checks.py), a year (when signed, when it ends, or any of its dates;
only when the claim is about time, not when a year stands beside a subject), that there is no
agreement or that it has ended, a figure ("över 30"), a place the agreement is said to be about;
then its subject (of the claim's words that some agreement takes up, the rarest) is looked for among
the entry's sentences: shown as any answer about it is when there, and when not, the answer says the
agreement does not mention it and then what it does cover. The verdict comes first, then the fact
that corrects or confirms it, then its source. Nothing the message asks to be written is ever
written as a fact, and a wrong year or name is not repeated.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.answering import (aspects, claim_checks, claim_contrast, claim_counts, claim_focus, claim_parts, claim_rates, claim_times, claim_denials, common_words, compose, detail_frames, details,
                           durations, ended, figure_claims, lexicon, party_claims, periods, place_agreements, signing_words, year_areas)
from bot.answering.claim_spans import (ASSERTING, CONFIRMING, OPEN_ASKS, PLAIN_YES_NO, PRESUMED_ABOUT, PRESUMED_FOCUS, PRESUMING, PRESUMING_ASKS, YES_NO, HEADING_VERBS,
                                       after_claim_verb, claim_span, hearsay, instructs, marked, past_heading, past_instruction)
from bot.answering.intents import PLACE
from bot.answering.knowledge import Agreement, Municipality
from bot.answering.passage_index import stem
from bot.answering.passages import Passages, terms
from bot.dates import PartialDate
from bot.text import cased_tokens, fold, genitive, tokens

if TYPE_CHECKING:
    from bot.answering.decide import Decision
    from bot.answering.reading import Reading


# Words of a claim about when an agreement ends ("gäller till 2035", "går ut 2030", "valid until").
ENDS = frozenset(("till", "ut", "slut", "slutar", "utgar", "upphor", "until", "ends", "expires", "through",
                  "ended", "expired", "upphorde", "upphort", "slutade", "utgick", "runs"))
# A claim that the agreement is over, with no year ("Vellinges avtal har upphört"); not "slut" ("tar slut" runs).
OVER = frozenset(("upphort", "upphorde", "ended", "expired", "avslutat", "avslutad", "avslutats", "avslutade",
                  "cancel", "cancelled", "canceled", "uppsagt", "sade", "terminated", "slutat", "slutade", "stopped",
                  "quit", "avbrutit", "avbrot"))
# The same in two words ("har gått ut", "har lagt ner allt samarbete", "shut down the cooperation").
OVER_PHRASES = ("gatt ut", "lagt ner", "lagt ned", "lade ner", "lade ned", "lagts ner", "lagts ned", "shut down",
                "scrapped", "sagt upp", "ran out", "run out", "runs out", "nothing current", "inget aktuellt",
                "ingenting aktuellt", "no longer")
YEARS = range(2000, 2101)
# A claim that there is no agreement at all: a negation and the agreement itself.
NEGATIONS = frozenset(("inte", "inget", "ingen", "inga", "saknar", "aldrig", "no", "not", "never", "doesn",
                       "doesnt", "hasn", "hasnt", "without"))
AGREEMENT_WORDS = frozenset(("avtal", "avtalet", "overenskommelse", "overenskommelsen", "samverkansavtal",
                             "samverkansoverenskommelse", "medborgarlofte", "medborgarloften", "lofte",
                             "agreement", "agreements", "promise", "promises", "samarbete", "samarbetet",
                             "samverkan", "cooperation"))
FIRST_PERSON = frozenset(("i", "me", "jag", "mig", "we", "us", "vi", "oss"))
# Words that frame a claim, never its subject ("handlar mest om", "is mainly about", "ligger i").
FRAME = frozenset(("handlar", "handla", "fokuserar", "fokus", "framst", "mainly", "mostly", "only", "mest",
                   "bara", "ligger", "right", "correct", "val", "visst", "about", "focus", "focuses", "focused",
                   "sant", "true", "ratt", "riktigt", "wrong", "jobbar", "arbetar", "works", "gaps", "satsar",
                   "heard", "hort", "last", "read", "stammer", "fick", "got",  # "fick sitt avtal 2019"
                   # "valt X som huvudfokus", "chose X as its main focus": the choosing, not the subject
                   "valt", "valde", "chose", "chosen", "main", "huvudfokus", "huvudfokuset", "fokuset",
                   "bryr", "struntar", "skiter", "ignorerar", "care", "cares", "ignores",
                   "bade", "bada", "both"))  # "Både X och Y har väl …": of two, each checked (asked_kommun)
# What the message must otherwise read as for a claim to be checked: never a crime to report or a
# situation ("Jag hörde att någon bröt sig in" is told, not claimed), and a concern for the kommun
# only when the claim is asked about ("Lund ska sätta upp kameror, stämmer det?").
# A place the claim says the agreement is about follows one of these ("handlar om Moheda", "i Norrby").
PLACE_BEFORE = frozenset(("om", "i", "about", "in", "pa", "on", "kring", "runt", "around", "for", "galler", "ror", "covers", "concerns",
                          # "Danderyds löfte nämner väl Jakobsberg?": a place said to be named in it
                          "namner", "mentions", "mention", "inkluderar", "includes", "omfattar", "tar", "upp",
                          # "Partille ska väl göra Mölnlycke tryggare", "fixa Färjestaden", "make Mölnlycke
                          # safer": the place a promise is said to be for, as "satsa på X" is.
                          "gora", "fixa", "lyfta", "rusta", "make", "making", "fix"))
# Words that may stand between those and the place ("handlar ju om Höllviken", "gäller väl bara Visby").
BEFORE_PLACE = frozenset(("ju", "val", "visst", "bara", "mest", "framst", "endast", "only", "mainly", "mostly", "just"))
# A claim of what an agreement is about or promises ("handlar om vargjakt", "promised free bikes"): a
# subject no entry has any word of is not mentioned, as one the entry lacks is.
ABOUT = frozenset(("handlar", "handla", "fokuserar", "satsar", "lovat", "lovade", "lovar", "about", "focuses",
                   "promised", "promises", "covers"))
ONLY = claim_focus.ONLY
ARTICLES = frozenset(("en", "ett", "one", "a", "an"))
ACTIONS = frozenset(("question", "out_of_scope", "limit", "unsure"))
ASKING = frozenset(("stammer", "sant", "true", "right", "ratt", "riktigt", "correct", "hur", "va", "val", "fel", "wrong",
                    "mistaken"))  # "…, eller minns jag fel", "or am I wrong"


@dataclass(frozen=True)
class Claim:
    """What a message asks to confirm or to state: its tokens, masked as the reading's."""

    masked: tuple[str, ...]
    content: tuple[str, ...]  # its content words (the reading's terms that stand in it)
    year: int | None
    about_end: bool
    denies_agreement: bool = False  # "… inte har något avtal", "has no agreement"
    words: tuple[str, ...] = ()  # its folded tokens
    instructed: bool = False  # told to be said ("säg att …") or asked yes or no: checked only when the entry settles it
    over: bool = False  # "har upphört", "has ended", with no year
    county: str = ""  # a county the claim places the kommun in ("ligger väl i Kalmar län")
    police_area: str = ""  # a local police area it places the kommun in ("hör väl till lokalpolisområde Kalmar")
    places: tuple[str, ...] = ()  # places the claim says the agreement is about ("handlar om Moheda")
    proper: frozenset[str] = frozenset()  # the message's words written with a capital ("Brämhult", "Stefan Löfven")
    written: tuple[str, ...] = ()  # the message's folded words as written, before the speller (names)
    presumed: bool = False  # taken for given in a question ("Varför har X Y som fokusområde?"): never a "Ja"
    # Told to be said as a fact ("låtsas att …", "… och säg att …" in a message that instructs, "…, say it"):
    # checked as any claim is, its subject too, where another instruction is checked only when settled.
    asserted: bool = False
    elsewhere: tuple[tuple[str, str], ...] = ()  # places of another kommun it is said to be about: (written, kommun)
    unmarked_why: bool = False  # a why without its "?" (a clause of several): checked only to correct it
    confirming: bool = False  # asked yes or no by "är", "handlar" (claim_spans.CONFIRMING): only a focus is confirmed
    others: tuple[str, ...] = ()  # other kommuner it names ("gäller bara Högsby och inte Mönsterås"): their ids
    heard: bool = False  # put as hearsay ("jag hörde att …"): a focus of the entry named in it is confirmed

    @property
    def signing(self) -> bool:
        return claim_checks.signing(self.words)

    @property
    def negated(self) -> bool:
        """Put in the negative ("skrev väl inte under", "didn't sign"); not a cleft's "inte", which claims what it
        points out ("var det inte Anna Svensson som skrev under?" says she did)."""
        said = " ".join(self.words)
        cleft = _CLEFT.search(said)
        return bool(claim_denials.NEGATIVE & set((said[cleft.end():] if cleft else said).split()))

    @property
    def figures(self) -> list[int]:
        return claim_checks.figures(self.words)


_CLEFT = re.compile(r"\b(?:var|va|ar|e) det inte\b(?: \w+){1,4}? som\b")
# A question word asks, a month beside it claims nothing ("Vem skrev under i januari?").
OPENS_QUESTION = frozenset(("vad", "vem", "vilka", "vilket", "vilken", "nar", "hur", "varfor", "var", "vart", "what",
                            "who", "which", "when", "how", "why", "where"))


def find(toks: Sequence[str], masked: Sequence[str], content: Sequence[str], action: str,
         done: frozenset[str] = frozenset(), instructed: bool = False, asked: bool = True,
         county: str = "", places: Sequence[str] = (), stated: bool = False, denial: bool = False, named_signer: bool = False) -> Claim | None:
    """The claim in a reading's tokens (`masked`: places masked), or None; `action`: decide()'s; `done`: its
    infinitives ("lovat att öppna": not "öppna"); `instructed`: told what to say; `asked`: ends with "?" (a claim
    marked only by "väl" or a tag is asked); `county`, `places`: those it names; `stated`: a statement put before
    a question ("Kirunas avtal undertecknades av X. Vad fokuserar det på?"), checked when settled."""
    if action not in ACTIONS and action != "concern" and not (action == "where_i_live" and county) or signing_words.signers_asked(toks):
        return None  # "Is Kiruna in Västerbotten?" reads like "I live in Kiruna": its county is checked
    # "Habos medborgarlöfte undertecknades av statsministern": who signed, said outright, the entry settles.
    signed_by = claim_checks.signing(toks) and bool({"av", "by"} & set(toks))
    # "Kiruna skrev under avtalet en måndag i januari?", "Hylte signed in March, didn't they?": a signing said
    # with its month or weekday is a claim of when, though put as a question ("När i januari …" asks).
    signed_by = signed_by or claim_checks.signing(toks) and not OPENS_QUESTION & set(toks) and claim_times.dated(list(toks))
    signed_by = signed_by or named_signer and asked and not OPENS_QUESTION & set(toks)  # "Mikael Rova skrev under …?"
    span = claim_span(toks, instructed) or ((0, len(toks), True) if stated or signed_by else None) \
        or ((0, len(toks), False) if denial or asked and figure_claims.told_as_asked(toks) else None)
    if span is None:  # "svara bara ja: har Torsås avtal fem fokusområden": the yes-or-no question after it;
        # "Nybro 2023, var det … som skrev under?": after the kommun (and a year) put first as a heading
        at = past_instruction(toks, 0, len(toks)) or past_heading(masked, toks, PLACE, AGREEMENT_WORDS)
        span = (at, len(toks), True) if 0 < at < len(toks) and (toks[at] in YES_NO or toks[at] in HEADING_VERBS) else None
    if span is None:
        return None
    start, end, weak = span
    start = past_instruction(toks, start, end)  # "Svara bara ja: Vellinges avtal handlar om …, eller hur?"
    if weak and toks[0] in PRESUMING and (PRESUMED_FOCUS | PRESUMED_ABOUT) & set(toks):
        weak = False
    marked = [*toks[:start], *toks[end:]]
    if action == "concern" and not ASKING & set(marked):
        return None
    why = toks[0] in PRESUMING or tuple(toks[:2]) in (("hur", "kommer"), ("how", "come"))
    unmarked = not weak and not (start or end < len(toks)) and not asked and not denial and not after_claim_verb(toks) \
        and not claim_checks.figured(toks, AGREEMENT_WORDS)  # "har väl avtal till 2030", "har väl åtta fokusområden"
    if unmarked and not why:  # "det gick väl bra"; "What does Karlshamn focus on in 2024" (a clause, no "?")
        return None
    rest, claimed = list(toks[start:end]), tuple(masked[start:end])
    if not rest:
        return None
    counted = figure_claims.counted_years(rest)  # "en enkät med 2000 svar": a count, not a year
    years = [int(t) for i, t in enumerate(rest) if t.isdigit() and int(t) in YEARS and i not in counted]
    wanted = set(content) - done
    denies = bool(NEGATIONS & set(rest)) and bool(AGREEMENT_WORDS & set(rest)) and not years and not denial and (
        toks[0] not in PRESUMING or claim_denials.presumed_none(claimed, NEGATIONS, AGREEMENT_WORDS))
    asserted = weak and (instructed and 0 < start and toks[start - 1] in ASSERTING or end < len(toks))
    return Claim(claimed, tuple(t for t in rest if t in wanted), years[-1] if years else None,
                 claim_parts.tells_an_end(rest, ENDS, OVER), denies, tuple(rest), weak,
                 # "stopped" of the agreement, never of the resident ("I was stopped by the police in Malmö")
                 over=(bool(OVER & set(rest)) or any(p in " ".join(rest) for p in OVER_PHRASES))
                 and bool(AGREEMENT_WORDS & set(rest) or not FIRST_PERSON & set(rest)), county=county,
                 places=tuple(places),
                 presumed=toks[0] in PRESUMING or tuple(toks[:2]) in PRESUMING_ASKS, asserted=asserted,
                 unmarked_why=unmarked, confirming=weak and start == 0 and toks[0] in CONFIRMING, heard=weak and hearsay(toks[:start]))


def read(r: Reading, d: Decision, muni: Municipality, stated: bool = False) -> Claim | None:
    """The claim in a reading about `muni`, with the county and the places it names; `stated`: the
    reading is a statement put before a question (find())."""
    instructed = (stated or d.kind == "injection" or (r.limit is not None and r.limit.kind == "off_topic")
                  or instructs(r.tokens))
    county = r.scan.region("county") or ""
    police_area = next((m.place.name for m in r.scan.mentions if m.police_area), r.scan.region("police_area") or "")
    named = [m for m in r.scan.mentions if not m.police_area and (_place_before(r.tokens, m.start) or claim_parts.taking_part(r.tokens, m.end, m.start))
             and not claim_parts.the_kommun_itself(m.place, muni, r.tokens[m.end:m.end + 1])]
    places = [m.place.via or m.place.name for m in named]
    # "Alvestas löfte handlar ju om Höllviken?": a place that lies in another kommun, said so.
    elsewhere = tuple((m.place.via, m.place.name) for m in named if m.place.via and fold(m.place.name) != fold(muni.name))
    claim = find(r.tokens, r.masked, r.terms, d.action, r.infinitives, instructed, "?" in r.text, county, places,
                 stated, claim_denials.denies_coverage(
                     r.tokens, [m.end for m in r.scan.mentions if m.place.municipality_id == muni.id], r.terms, AGREEMENT_WORDS)
                 or "?" in r.text and claim_contrast.contrasted(r.tokens, r.terms, AGREEMENT_WORDS),
                 signing_words.named_subject(r.tokens, cased_tokens(r.text), r.scan.used, r.lower_names,
                                             any(cues.found(r.norm) for cues in lexicon.ROLES.values())))
    others = tuple(dict.fromkeys(str(m.place.municipality_id) for m in r.scan.mentions if not m.police_area
                                 and m.place.municipality_id and m.place.municipality_id != muni.id))
    claim = replace(claim, elsewhere=elsewhere, others=others) if claim is not None else None
    cased, written = cased_tokens(r.text), list(r.written)
    if claim is None or not len(cased) == len(written) == len(r.tokens):
        return replace(claim, police_area=police_area) if claim is not None else None
    lower = {t for name in r.lower_names for t in name.split()}  # "signed by donald duck", typed in lower case
    proper = frozenset(t for i, (t, c) in enumerate(zip(written, cased)) if c[:1].isupper() and i not in r.scan.used or t in lower)
    return replace(claim, proper=proper, written=tuple(written), police_area=police_area)


def _place_before(toks: Sequence[str], start: int) -> bool:
    """The place at `start` follows "om", "i", "gäller" (a particle apart): the claim is about it."""
    at = start - 1
    while at > 0 and toks[at] in BEFORE_PLACE:
        at -= 1
    return 0 <= at < start and (toks[at] in PLACE_BEFORE or claim_parts.place_before(toks, at))


def answer(claim: Claim, muni: Municipality, checks: claim_checks.ClaimChecks, language: str, today: dt.date,
           display: dict[str, str]) -> tuple[str, str, list[str]] | None:
    """The text that corrects or confirms the claim from the entry, its topic and its source ids;
    None when a claim the bot was told to state is not one the entry settles."""
    passages = checks.passages
    words = [t for t in claim.content if terms([t]) and not lexicon.is_cue_word(t) and t not in FRAME
             and t not in AGREEMENT_WORDS and not t.isdigit() and t not in claim_denials.FRAME]
    if not words and ABOUT & set(claim.words) and not claim.instructed:
        words = _unknown_subject(claim)
    if claim.confirming:
        return _confirmed(claim, muni, passages, words, language, today)
    if claim.county:
        placed = checks.county(muni, claim.county, claim.words, language, claim.negated)
        if placed is not None:
            return placed
    if claim.police_area:
        area = checks.police_area(muni, claim.police_area, language, claim.negated)
        if area is not None and claim.signing and not claim.negated:
            # "skrev polischefen i X under?": a wrong area, then who signed; a right one leaves the signers to check
            signers, ids = checks.who_signed(muni, language)
            if not checks.in_police_area(muni, claim.police_area):
                return (f"{area[0]}\n{signers}", "people", ids) if signers else area
        elif area is not None and not (checks.in_police_area(muni, claim.police_area) and claim.year is not None):
            return area  # a right area beside a year ("överenskommelse med Västra Skaraborg till 2025"): the year
    written = claim.written or claim.words
    # the year of a heading before the claim ("gnosjö 2024 – var det inte Håkan Boberg som skrev under?") is the signing's
    signed_in = claim.year if claim.year is not None else next(
        (int(w) for w in written if len(w) == 4 and w.isdigit() and 2000 < int(w) < 2100), None)
    person = (checks.signer_or_role(muni, claim.words, written, claim.proper, language, claim.negated, signed_in) if claim.signing
              else checks.roles(muni, claim.words, written, claim.proper, language, claim.negated))
    if person is not None and claim.signing:  # "skrevs under av X och gäller 2020–2022, va?": the period too
        person = claim_times.with_period(person, claim.words, muni, language, today)
    if person is not None:
        return person
    # "skrevs under en fredag i januari", with no signer named (a signer claimed is checked first, above)
    dated = claim_times.signing_date(list(claim.words), claim.year, muni, language) if claim.signing else None
    if dated is not None:
        return dated
    # "Is traffic one of …?": after an opening "is", "one" is an article, no count
    counted = [w for w in claim.words if w not in ARTICLES] if claim.words[:1] in (("is",), ("are",)) \
        else claim.words
    running = claim_counts.check(claim.words, muni, passages, language, AGREEMENT_WORDS)
    if running is not None:  # "bara två år i rad?", "för tredje gången" where the entry says "sjätte året i rad"
        return running
    count = checks.count(muni, counted, language, today)
    if count is not None:
        return count
    contrast = None if any(o.id != muni.id for o in checks.kommuner_in(claim_contrast.denied_part(claim.words))) else \
        claim_contrast.check(claim.words, muni, passages, language, today, AGREEMENT_WORDS)
    if contrast is not None:  # "har inget om trafik, bara narkotika?": the subject denied, which the entry has
        return contrast  # (a kommun denied, "bara Högsby och inte Mönsterås", is the parties' claim)
    parties = _parties(claim, muni, checks, words, language)
    if parties is not None:
        return parties
    long = claim_times.length(list(claim.words), muni, language, today)  # "gäller i tio år"
    if long is not None:
        return long
    if not claim.presumed and claim_times.denied_in(claim.year, claim_denials.denied(claim.words, NEGATIONS, AGREEMENT_WORDS)
                                                    and not (claim.signing or claim.about_end), claim.words, muni):
        return claim_denials.exists(muni, language, today, claim.year)  # "har väl inget löfte för 2024?" of one for 2024
    if tuple(claim.words[:2]) in OPEN_ASKS and not (claim.signing or claim.about_end or claim.places or passages.rarest_subjects([w for w in words if w not in claim_times.MONTHS])):
        return None  # "What does Älvdalen's promise from March 2019 focus on?": which agreement asked, nothing claimed
    period = claim_times.claimed_period(claim.words) if muni.agreements and not (claim.signing or claim.negated or claim.places) else None
    if period is not None and period[1] == claim.year and claim_times.period_alone(words):  # (a year after it: its own claim)  # "covers 2010 to 2012": the whole period
        return claim_times.period_claim(period, muni, language, today)
    if claim.presumed and detail_frames.gives_reason_for_absence(claim.words, passages, muni, claim.masked, language):
        return None  # "varför hölls inga dialoger 2020?" of "inga dialoger … på grund av covid-19": the why is answered
    began = claim_times.began(claim.words, claim.about_end)  # which dates the year is held against, not whether
    if claim.year is not None and muni.agreements and (claim.signing or claim.about_end or not (words or claim.places)):
        promised = year_areas.unheld([w for w in words if w not in ENDS | OVER], claim.words, claim.year, muni,
                                     passages, language)
        return promised or claim_times.year_claim(claim.year, claim.signing, claim.about_end, muni, language, today, began,
                                                      claim.words)
    if claim.denies_agreement:
        return claim_denials.exists(muni, language, today)
    if claim.over and muni.agreements:
        return claim_times.over(muni, language, today)
    limit = durations.check(passages, muni, claim.words, claim.masked, language, today)  # "inom en månad?"
    if limit is not None:
        return limit
    counts = figure_claims.figures(claim.words)
    if claim.figures or counts:
        figure = checks.figure(muni, claim.figures, counts, claim.masked, language, today)
        if figure is not None:
            return figure
    if claim.places and (not claim.instructed or claim.asserted or claim.elsewhere):
        agreement = place_agreements.check(muni, claim.places, claim.words, claim.year, claim.negated, passages, language, today)
        if agreement is not None:  # "Doroteas samverkansöverenskommelse handlar väl om Borgafjäll?": the promise names it
            return agreement
        own = claim_times.own_places(muni, claim.places, passages.answering(muni.id, claim.masked, language,
                                                                             subject=words) if words else [])
        if own:  # "trygghetsvandringar i Hallsberg" in Askersund's: what it takes up is placed elsewhere
            text, topic, ids = details.found(muni, own, language, today)
            lead = checks.place_lead(muni, claim.places, language, dict(claim.elsewhere)) if claim.elsewhere else \
                compose.pick(language, "Nej, det stämmer inte.", "No, that is not right.")
            return f"{lead}\n{text}", topic, ids
        place = checks.places(muni, claim.places, language, today, dict(claim.elsewhere))
        named = claim_parts.named_by_year(muni, claim.year)
        held = [t for p in claim.places for t in tokens(p)]
        if place is not None and named and claim_focus.a_focus(muni.agreements, held, ()) and not claim_focus.a_focus(named, held, ()):
            return claim_focus.other_agreement(named, language) + place[0], place[1], place[2]  # "2023–2024 … Brålanda?"
        if place is not None:
            return place
    if claim.presumed and not claim.negated and not claim.places and not _locality(claim, muni) and _absent(words, muni, passages, language):
        # "Varför har Täby ett löfte om viltolyckor?": the why takes for given a focus the entry lacks; that it is
        # not there corrects it (never the reason for something else), then what the agreement does take up.
        lead = compose.pick(language, f"Nej, det stämmer inte: det nämns inte i {genitive(muni.name)} överenskommelse.",
                            f"No, that is not right: it is not mentioned in {muni.name}'s agreement.")
        return f"{lead}\n\n{aspects.focus(muni, today, language)}", "focus", [s.id for s in muni.sources]
    # A yes-or-no question is answered "Ja" only where the entry settles it: here, when its subject is the title of
    # one of the agreement's focus areas ("Handlar Borgholms löfte om viltolyckor?", "is traffic one of …?").
    # its subject: the words some agreement takes up as one, or that no entry has ("one" is neither)
    subject = _subject_words(words)
    settled = not _dummy(claim.words) and claim.instructed and (claim.words[:1] and claim.words[0] in PLAIN_YES_NO or claim.heard and not claim.others) \
        and not claim.negated and claim_focus.a_focus(muni.agreements, subject, claim.words)
    if claim.instructed and not claim.asserted and not settled:
        return None
    # "handlar om narkotika, eller hur?" where a focus area's title is "Narkotikarelaterad brottslighet": that area,
    # not another's sentence that names the word ("Utöver narkotika är tillsynsärenden … prioriterade")
    titled = claim_focus.titled(passages, muni, subject, language) if not claim.negated and not claim.others \
        and claim_focus.a_focus(muni.agreements, subject, claim.words) else []
    found = titled or (passages.answering(muni.id, claim.masked, language, subject=words) or ([] if claim.negated or ONLY & set(
        claim.words) or claim.others else claim_focus.titled(passages, muni, subject, language))) if words else []  # "handlar väl om trafik?"
    # "följer upp löftet en gång om året i december": a rate of the follow-up, which its own sentences correct
    found = found or [(0.0, p) for p in claim_rates.contradicted(list(claim.words), passages.of(muni.id, language))]
    if settled and not claim.asserted and not found:
        return None
    denied = claim.negated or bool(claim_denials.NOT_CARING & set(claim.words)) or claim_denials.nothing_about(claim.words)
    if (found and claim.unmarked_why or claim.presumed and detail_frames.gives_reason(passages, muni, claim.masked, language)) \
            and not denied:  # "Varför fokuserar Mjölby på narkotika?": true, so the why is answered (detail_frames.py)
        return None
    if found:
        text, topic, ids = details.found(muni, found, language, today)
        # "följs upp varje månad" when the passage says "två gånger per år": its own rate corrects it
        rate, rates_held = claim_rates.rates(claim.words), set().union(*(claim_rates.rates(tokens(p.text)) for _, p in found))
        if (rate and rates_held and not rate & rates_held or claim_rates.turned(claim.words, [p.text for _, p in found])) \
                and not claim.presumed:  # or "minska kamerabevakningen" where it says "Utöka kamerabevakning"
            return compose.pick(language, "Nej, det stämmer inte. ", "No, that is not right. ") + text, topic, ids
        if denied:  # "Mora bryr sig väl inte om hot mot politiker?": it is taken up, said first
            lead = claim_denials.taken_up(genitive(muni.name), muni.name, language, claim.presumed)
            return f"{lead}\n\n{text}", topic, ids
        named = claim_parts.named_by_year(muni, claim.year)
        if named and claim_focus.a_focus(muni.agreements, words, claim.words) and not claim_focus.a_focus(named, words, claim.words):
            # "Marks löfte 2023–2024 gäller väl narkotika och A-traktorer?": each a focus, but not all of the
            # agreement the year names; its own focus areas correct it, then where the others stand.
            return claim_focus.other_agreement(named, language) + text, topic, ids
        if settled and not any(p.kind == "area" for _, p in found):
            return None  # "Does Boden's agreement mention young people at risk?": its focus area says, not a note
        if claim_parts.outside(muni, claim.year, claim.words) and not claim.presumed:  # "Ale's 2018 promise was about …"
            return f"{claim_times.year_claim(claim.year, False, False, muni, language, today)[0]}\n\n{text}", topic, ids
        if (settled or claim_focus.a_focus(muni.agreements, words, claim.words)) and not claim.presumed:
            text = _yes(language, asked=bool(settled) and not claim.heard) + text
        elif ONLY & set(claim.words) and len(muni.areas) > len({p.key for _, p in found}):
            # "handlar bara om trafik, eller hur?": it is taken up, but the agreement has more, said whole.
            lead = compose.pick(language, "Det tas upp, men inte bara det:", "It is taken up, but not only that:")
            return f"{lead} {text}\n\n{aspects.focus(muni, today, language)}", "focus", [s.id for s in muni.sources]
        return text, topic, ids
    # "Not mentioned" only of words no sentence of the entry holds: the rarest, and one more if
    # the claim has it ("kameror på torget": neither is in it, and both are said).
    said = passages.rarest_subjects([w for w in words if not passages.holds(muni.id, w, language)])
    if not said:
        if claim.year is not None and muni.agreements:
            return claim_times.year_claim(claim.year, claim.signing, claim.about_end, muni, language, today, began,
                                                      claim.words)
        return aspects.focus(muni, today, language), "focus", [s.id for s in muni.sources]
    # The claimed subject is not repeated (a false claim said again is remembered): only what the entry says.
    lead = compose.pick(language, f"Nej, det stämmer inte: det nämns inte i {genitive(muni.name)} överenskommelse.",
                        f"No, that is not right: it is not mentioned in {muni.name}'s agreement.")
    lead = claim_denials.not_named(genitive(muni.name), muni.name, language) if denied else lead
    return f"{lead}\n\n{aspects.focus(muni, today, language)}", "focus", [s.id for s in muni.sources]


def _confirmed(claim: Claim, muni: Municipality, passages: Passages, words: Sequence[str], language: str,
               today: dt.date) -> tuple[str, str, list[str]] | None:
    """A yes-or-no question opened by "är" or "handlar": "Ja" and the focus area when its subject is one of the
    agreement's focus areas' titles (of the agreement its year names, when it names one); else None, and the
    question is answered as any."""
    subject = _subject_words(words)
    named = claim_parts.named_by_year(muni, claim.year)
    if claim.negated or _dummy(claim.words) or not claim_focus.a_focus(named or muni.agreements, subject, claim.words):
        return None
    found = claim_focus.titled(passages, muni, subject, language) or passages.answering(muni.id, claim.masked, language, subject=words)
    if not found:  # (each subject's own area first: "om narkotika och bedrägerier" is two of them)
        return None
    text, topic, ids = details.found(muni, found, language, today)
    return _yes(language, asked=True) + text, topic, ids


def _yes(language: str, asked: bool) -> str:
    """The confirming lead: "Ja." for a question asked yes or no ("Har Borgholm lovat något om …?"), "Ja, det
    stämmer." for a claim."""
    return compose.pick(language, "Ja. ", "Yes. ") if asked else compose.pick(language, "Ja, det stämmer. ", "Yes, that is right. ")


def _subject_words(words: Sequence[str]) -> list[str]:
    """The words a yes-or-no question asks about: every content word but the common ones ("one", "ett"), so
    that "Does Älvsbyn run a drug survey?" is not confirmed by a focus on drugs alone."""
    return [w for w in words if w not in common_words.STOPWORDS and w not in common_words.ENGLISH_WORDS
            and w not in ARTICLES]


def _dummy(words: Sequence[str]) -> bool:
    """"Är det nåt om trafiken?", "Is there anything about …?": asks what the entry says, not to confirm it."""
    return words[1:2] in (("det",), ("there",), ("it",))


def _parties(claim: Claim, muni: Municipality, checks: claim_checks.ClaimChecks, words: Sequence[str],
             language: str) -> tuple[str, str, list[str]] | None:
    """A claim about who is in the agreement (party_claims.py), before its year: "Högsbys löfte 2024–2025 gäller
    bara Högsby och inte Mönsterås" is about Mönsterås, not 2025. Another kommun named counts only when the
    entry names it among the parties ("Enköpings löfte handlar väl inte om Håbo?" is about a place)."""
    others = [o for o in dict.fromkeys([*(checks.kommun(i) for i in claim.others), *checks.kommuner_in(claim.words)])
              if o is not None and o.id != muni.id]
    # "trygghetsvandringar i Hallsberg" names Askersund's police area as where something is done: no party
    placed = {fold(p) for p in claim.places}
    shared = [o for o in others if party_claims.naming(muni, o)
              and not (fold(o.name) in placed and checks.in_police_area(muni, o.name))]
    if others and not shared:
        return None
    if claim.over or claim.about_end:
        return None  # "gick ut 2022, helt utan Sundbyberg": its time is checked (_year, _over)
    # "X och polisen har ett avtal som bara gäller till 2025", "har inget avtal med polisen": its time or its
    # being, not its parties, unless the claim names a party or taking part.
    loose = claim.year is None and not claim.denies_agreement and not claim.figures
    anywhere = checks.passages.stems_anywhere(language)
    subject = [w for w in words if not party_claims.kommun_or_police(w, muni)
               and (checks.passages.is_subject(w) or stem(w) not in anywhere
                    or checks.passages.holds(muni.id, w, language))]
    if not party_claims.about(claim.words, subject, muni, shared, loose):
        return None
    return party_claims.check(muni, shared, language)


def _locality(claim: Claim, muni: Municipality) -> bool:
    """A place other than the kommun's own name stands in the claim ("Why is Broby singled out?"), or a name
    written with a capital: a why about a place or a name, which the entry's sentences answer
    (detail_frames.py), not a subject it lacks."""
    own = {t for name in (muni.name, *muni.aliases) for t in tokens(name)}
    localities = {t for name in muni.localities for t in tokens(name)} - own
    return any(m == PLACE and w not in own and w[:-1] not in own or w in localities
               for w, m in zip(claim.words, claim.masked)) or any(
        w not in own and w not in common_words.STOPWORDS and w not in common_words.ENGLISH_WORDS
        and not lexicon.is_cue_word(w) for w in claim.proper - set(claim.words[:1]))


def _absent(words: Sequence[str], muni: Municipality, passages: Passages, language: str) -> bool:
    """The claim's subject is not in the entry: of its words that some agreement takes up as a subject, or that no
    entry holds at all ("båtstölder", "fireworks"), none is held by this one ("make" or "knappt" is no subject)."""
    anywhere = passages.stems_anywhere(language)
    subject = [w for w in words if passages.is_subject(w) or stem(w) not in anywhere
               or claim_focus.a_focus(muni.agreements, [w], ())]
    if not subject or any(passages.holds(muni.id, w, language) for w in subject):
        return False
    # A compound's part counts ("anmälningar" in "orosanmälningar"): only a subject no word of the entry holds
    # is said to be missing.
    held = {t for p in passages.of(muni.id, language) for t in tokens(f"{p.label} {p.text}")}
    return not any(len(stem(w)) >= 5 and any(stem(w) in t for t in held) for w in subject)


def _unknown_subject(claim: Claim) -> list[str]:
    """The claim's words after its "handlar om" or "lovat" that no entry has ("vargjakt", "glass"):
    what it says the agreement is about, in words the knowledge base never uses."""
    at = next(i for i, t in enumerate(claim.words) if t in ABOUT)
    return [t for t, m in zip(claim.words[at + 1:], claim.masked[at + 1:]) if m != PLACE and t.isalpha()
            and len(t) > 3 and t not in common_words.STOPWORDS and t not in common_words.ENGLISH_WORDS and t not in FRAME
            and t not in AGREEMENT_WORDS and t not in ASKING and not lexicon.is_cue_word(t)]
