"""The kinds of claim checked against one entry besides its years and its subjects (claims.py):
who signed, which county, a number in a focus, a place the agreement is said to be about.

    "Katrineholms avtal skrevs väl under av Johan Levin?"   ──► who signed, by the source
    "Alvesta ligger väl i Kalmar län?"                       ──► the county the entry gives
    "Anebys löfte fokuserar väl på personer över 30?"        ──► the figure the entry's sentence has
    "Alvestas löfte handlar väl om Moheda?"                  ──► not mentioned, and what it is about

Each returns (text, topic, source ids) with the verdict first ("Ja"/"Nej"), or None when the
claim is not of its kind or the entry cannot settle it. The claim's own wording is never repeated
as a fact: only what the entry says is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from bot.answering import (aspects, claim_spans, common_words, compose, details, figure_claims, lexicon, periods,
                           signing_words, year_named)
from bot.answering.compose import join_words, pick
from bot.answering.knowledge import Agreement, Knowledge, Municipality, Person
from bot.answering.passage_kinds import ABOUT_SOURCES, NOT_WHERE, Passage
from bot.answering.passages import Passages
from bot.answering.signing_words import signing  # noqa: F401 (signing read here by others)
from bot.text import fold, genitive, tokens

Result = tuple[str, str, list[str]]

NAME_PARTICLES = frozenset(("von", "af", "van", "de", "der", "da", "la"))  # lower-case inside a name
# Words that say where a kommun lies ("ligger i", "is in", "hör till").
LIES = frozenset(("ligger", "lag", "located", "lies", "is", "tillhor", "hor", "belongs", "belong", "in"))
# Number words, when a unit follows them ("tre gånger per år", "once a year").
NUMBER_WORDS = {"en": 1, "ett": 1, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "atta": 8,
                "nio": 9, "tio": 10, "once": 1, "one": 1, "twice": 2, "two": 2, "three": 3, "four": 4,
                "five": 5, "six": 6, "ten": 10, "elva": 11, "tolv": 12, "seven": 7, "eight": 8, "nine": 9,
                "eleven": 11, "twelve": 12}
SAID_NUMBERS = periods.SAID_NUMBERS  # "tre fokusområden", "three focus areas"
UNITS = frozenset(("ar", "ars", "aren", "gang", "ganger", "gangen", "years", "year", "old", "times", "time",
                   "per", "manader", "months", "veckor", "weeks", "procent", "percent"))
COUNTED = ("fokusomrade", "focus", "omraden", "areas", "prioriter", "priorities", "samverkansomrade",
           "insatsomrade", "samarbetsomrade")  # "tre fokusområden", "sju samverkansområden"
COLLABORATION = ("samverkansomrade", "samarbetsomrade")
COUNT_UNITS = {"focus_area": (("fokusområde", "fokusområden"), ("focus area", "focus areas")),
               "collaboration_area": (("samverkansområde", "samverkansområden"),
                                      ("area of cooperation", "areas of cooperation"))}
UNIT_WITHIN = 3  # "två riktade polisinsatser per år": the unit may follow a word or two after the number
RATE_WITHIN = 6  # "minst tre medborgarmöten i offentlig miljö per år": a count per unit of time, its place between
MAX_FIGURE = 150  # larger numbers are years or counts this check does not read


# Words that make a signer the only one ("bara polisen", "only by the police chief", "ingen annan", "alone").
ALONE = frozenset(("bara", "endast", "enbart", "ensam", "ensamt", "only", "alone", "solely"))
NO_OTHER = (("ingen", "annan"), ("ingen", "mer"), ("no", "one", "else"), ("nobody", "else"), ("no", "other"))


def alone(toks: Sequence[str]) -> bool:
    """The claim says the signer named was the only one ("skrevs bara under av polisen", "signed by X alone",
    "… och ingen annan")."""
    return bool(ALONE & set(toks)) or any(tuple(toks[i:i + len(words)]) == words
                                          for words in NO_OTHER for i in range(len(toks)))


def figures(toks: Sequence[str]) -> list[int]:
    """The small numbers of a text ("över 30", "18–24 år"), and the number words with a unit after
    them ("tre gånger per år", "två riktade insatser per år"); a year is not one of them."""
    found = []
    for i, t in enumerate(toks):
        if t.isdigit() and int(t) <= MAX_FIGURE:
            found.append(int(t))
        elif t in NUMBER_WORDS and (set(toks[i + 1:i + 1 + UNIT_WITHIN]) & UNITS or _per_after(toks, i)):
            found.append(NUMBER_WORDS[t])  # (a count a year may name where it is held: "tre möten i offentlig miljö per år")
    return found


def _per_after(toks: Sequence[str], at: int) -> bool:
    """A count from two up whose "per" follows within RATE_WITHIN words, no other number between ("minst tre
    medborgarmöten i offentlig miljö per år"; not the "en" of "minst en i centrum" before the next count's "per")."""
    if NUMBER_WORDS[toks[at]] < 2 or "per" not in toks[at + 1:at + 1 + RATE_WITHIN]:
        return False
    between = toks[at + 1:toks.index("per", at + 1)]
    return not any(t in NUMBER_WORDS or t.isdigit() for t in between)


def verdict(true: bool, negated: bool, language: str, stop: str = ".") -> str:
    """The answer's first words: "Ja." or "Nej, det stämmer inte." for what the claim says; a claim
    put in the negative ("X skrev väl inte under?", "X didn't sign, right?") is answered "Det stämmer."
    or "Det stämmer inte.", never a "Ja" or "Nej" that could be read either way."""
    if negated:
        right = not true
        return pick(language, "Det stämmer" if right else "Det stämmer inte",
                    "That is right" if right else "That is not right") + stop
    if stop != ".":
        return pick(language, "Ja" if true else "Nej", "Yes" if true else "No") + stop
    return pick(language, "Ja." if true else "Nej, det stämmer inte.", "Yes." if true else "No, that is not right.")


def figured(toks: Sequence[str], agreement_words: frozenset[str]) -> bool:
    """An agreement with a year ("har väl avtal till 2030") or a count of its areas ("har väl åtta
    fokusområden"): what a "väl" claims without its "?", where "det gick väl bra" claims nothing."""
    dated = bool(agreement_words & set(toks)) and any(t.isdigit() and 2000 <= int(t) <= 2100 for t in toks)
    return dated or any(_number(t) and toks[i + 1].startswith(COUNTED) for i, t in enumerate(toks[:-1]))


def _the(titled: str, language: str) -> str:
    """"medborgarlöftet 2024–2027", "the citizen promise 2024–2027": the one agreement meant, as said of it."""
    if language == "en":
        return f"the {titled}"
    name, _, years = titled.partition(" ")
    return f"{name}{'t' if name.endswith('löfte') else 'n' if name.endswith('e') else 'et'} {years}".strip()


def _in_words(n: int, language: str) -> str:
    return SAID_NUMBERS[1 if language == "en" else 0].get(n, str(n))


def _number(token: str) -> int | None:
    if token.isdigit() and int(token) <= MAX_FIGURE:
        return int(token)
    return NUMBER_WORDS.get(token)


class ClaimChecks:
    """The checks, with the names of every person the knowledge base holds (a claim may name
    someone from another entry: "Johan Levin skrev väl under Katrineholms avtal?")."""

    def __init__(self, knowledge: Knowledge, passages: Passages) -> None:
        self.passages = passages
        self._by_name = {m.name: m for m in knowledge.municipalities.values()}
        self._by_id = dict(knowledge.municipalities)
        self._by_folded = {" ".join(tokens(m.name)): m for m in knowledge.municipalities.values()}
        self._source_quotes: dict[tuple[str, str], list[Passage]] = {}
        self._names = sorted({tuple(tokens(p.name)) for m in knowledge.municipalities.values()
                              for p in m.people if p.name and len(tokens(p.name)) >= 2}, key=len, reverse=True)
        # By first word: a message's tokens are compared with the few names that start with one of
        # them, not every name in the knowledge base at every position.
        self._names_by_first: dict[str, list[tuple[str, ...]]] = {}
        self._first_names = {name[0] for name in self._names}  # "skrev anders under …?": a first name alone
        for name in self._names:
            self._names_by_first.setdefault(name[0], []).append(name)

    def kommun(self, municipality_id: str) -> Municipality | None:
        """The entry of a kommun a claim names beside the one it is about ("… och inte Mönsterås")."""
        return self._by_id.get(municipality_id)

    def kommuner_in(self, toks: Sequence[str]) -> list[Municipality]:
        """The kommuner a claim's words name, as written or in the genitive: also one the place scan set aside
        ("… gäller oss och inte Orust": a kommun excluded is still named)."""
        found = [self._by_folded.get(t) or self._by_folded.get(t[:-1]) if t.endswith("s") else self._by_folded.get(t)
                 for t in toks]
        return list(dict.fromkeys(m for m in found if m is not None))

    # -- who signed ---------------------------------------------------------------------------

    def named(self, toks: Sequence[str], proper: frozenset[str]) -> list[tuple[str, ...]]:
        """The people a claim names: anyone the knowledge base holds, else two capitalised words
        in a row that are no place and no word the bot knows ("Stefan Löfven")."""
        at = [(i, name) for i, tok in enumerate(toks) for name in self._names_by_first.get(tok, ())
              if tuple(toks[i:i + len(name)]) == name]
        matched = {name for _, name in at}
        found = [name for name in self._names if name in matched]  # in the longest-first order
        taken = {j for i, name in at for j in range(i, i + len(name))}
        capital = [t in proper and t.isalpha() and i not in taken
                   and t not in common_words.STOPWORDS and t not in common_words.ENGLISH_WORDS and not lexicon.is_cue_word(t)
                   for i, t in enumerate(toks)]
        # Someone the knowledge base does not hold, named beside one it does ("av Marit Holmstrand ihop
        # med Stefan Löfven"), is named too: the claim is only as true as its falsest name.
        return found + [(toks[i], toks[i + 1]) for i in range(len(toks) - 1) if capital[i] and capital[i + 1]] + [
            tuple(toks[i:i + 3]) for i in range(len(toks) - 2)  # "Karl von Krusenstjerna": a particle between
            if capital[i] and toks[i + 1] in NAME_PARTICLES and capital[i + 2]]

    def signers(self, muni: Municipality, toks: Sequence[str], written: Sequence[str], proper: frozenset[str],
                language: str, negated: bool = False, year: int | None = None) -> Result | None:
        """Who signed, by the source: yes when every person (named in `written`, the message's words
        as written) or role (in the claim's `toks`) the claim names signed, no when one did not; the
        signers (or the note on the signing) either way. A `year` claimed with them is checked too
        ("skrevs under 2019 av Mats Taaveniku"): a right signer in a wrong year is a "Nej" with the year."""
        names = self.named(written, proper) or self.first_name(written)
        norm = " ".join(toks)
        # "by the regional police chief": an office in any word of the signer, not only in its last.
        higher = signing_words.higher_office(toks)
        roles = [role for role, cues in lexicon.ROLES.items() if cues.found(norm)] if not names and not higher else []
        # "… undertecknat av kungen": a signer named by neither a name nor a role the entries know; an office
        # above the kommun's ("by the regional police chief alone") is that office's word, however many name it.
        other = signing_words.signer_word(toks) if not names and not roles else ""
        office_only = not other and bool(higher) and not names
        other = other or (higher if not names else "")
        if not names and not roles and not other:
            return None
        signed = [p for p in muni.people if p.signed]
        notes = [(a, pick(language, a.signed_note, a.signed_note_en)) for a in muni.agreements if a.signed_note]
        if not signed and not notes and office_only:
            return None  # an office read from a longer clause, the entry naming no signer: the other checks answer
        if not signed and not notes:
            text = pick(language, f"Det kan jag inte bekräfta: vem som skrev under för {muni.name} nämns inte i källan.",
                        f"I can't confirm that: who signed for {muni.name} is not mentioned in the source.")
            return text, "people", [s.id for s in muni.sources]
        if names:
            true = all(self._signed(name, signed, notes) for name in names)
        elif other:  # the word in a signer's role or the note on the signing ("kommunalrådet")
            held = [t for p in signed for t in tokens(f"{p.role} {p.name}")] + [t for _, n in notes for t in tokens(n)]
            true = any(t == other or len(t) >= 5 and (other.startswith(t) or t.startswith(other)) for t in held)
        else:
            # The role by its key, or by the signer's own title ("kommunalråd", a politician, is a kso's cue too).
            true = any(p.role_key in roles or any(lexicon.ROLES[role].found(" ".join(tokens(p.role))) for role in roles)
                       for p in signed)
        in_year = year_named.signed_in_year(muni, year, names, roles, other)  # "löftet 2020 … av landshövdingen"
        true = in_year if in_year is not None else true  # is that year's signing, not another agreement's
        if true and not negated and signed and alone(toks):
            # "… bara av polischefen", "signed by X alone": true only when no one else signed, which a right
            # role or name of one signer among several does not make so.
            true = len(signed) <= (len(names) if names else sum(
                p.role_key in roles or any(lexicon.ROLES[role].found(" ".join(tokens(p.role))) for role in roles)
                for p in signed))
        signings = sorted({d.year for d in ([a.signed for a in muni.agreements if a.signed]
                                            or [a.start for a in muni.agreements if a.start]) if d is not None})
        # A year within an agreement's period names that agreement ("medborgarlöftet 2024–2026 skrevs under
        # av …", "löftet för 2024"), not when it was signed: only the signer is checked then.
        wrong_year = (year is not None and bool(signings) and year not in signings and not negated
                      and not any(_in_period(year, a) for a in muni.agreements))
        lead = verdict(true and not wrong_year, negated, language)
        if wrong_year:  # the wrong year is never repeated: only the source's
            said = join_words([str(y) for y in signings], language)
            lead = pick(language, f"Nej, det stämmer inte: det skrevs under {said}.",
                        f"No, that is not right: it was signed in {said}.")
        text, ids = self.who_signed(muni, language)
        return f"{lead} {text}", "people", ids

    def signer_or_role(self, muni: Municipality, toks: Sequence[str], written: Sequence[str], proper: frozenset[str],
                       language: str, negated: bool = False, year: int | None = None) -> Result | None:
        """"Ann-Christine Rehnström är kommunstyrelsens ordförande och skrev under 2023?": a signer put in a role
        ("är" before it) she does not hold is corrected by her role first, whether or not she signed; else who signed."""
        if not negated and _role_put(toks):
            role = self.roles(muni, toks, written, proper, language)
            if role is not None and role[0].startswith(("Nej", "No,")):
                return role
        return self.signers(muni, toks, written, proper, language, negated, year)

    def first_name(self, written: Sequence[str]) -> list[tuple[str, ...]]:
        """A signer said in lower case by a first name alone or with a surname, as the subject of the signing ("skrev anders under
        Älvkarlebys avtal?", "signerade anna avtalet?"): a first name of someone the knowledge base holds."""
        said = signing_words.signer_words(list(written))
        plain = all(w.isalpha() and len(w) > 2 and w not in common_words.STOPWORDS and w not in common_words.ENGLISH_WORDS
                    and not lexicon.is_cue_word(w) and not w.startswith(signing_words.HIGHER_OFFICES)
                    and not any(cues.found(w) for cues in lexicon.ROLES.values()) for w in said)
        if len(said) == 2 and (said[0] in self._first_names or plain) and plain \
                and not any(cues.found(" ".join(said)) for cues in lexicon.ROLES.values()):
            return [tuple(said)]  # "skrev lars jansson under?": two words no role or common word takes, a name
        return [(said[0],)] if len(said) == 1 and said[0] in self._first_names else []

    @staticmethod
    def who_signed(muni: Municipality, language: str) -> tuple[str, list[str]]:
        """The signers the entry names (or its notes on the signing), with their sources; ("", []) when none."""
        signed = [p for p in muni.people if p.signed]
        notes = [(a, pick(language, a.signed_note, a.signed_note_en)) for a in muni.agreements if a.signed_note]
        if not signed and not notes:
            return "", []
        if signed:
            lines = [pick(language, f"Enligt källan skrev de här under för {muni.name}:",
                          f"According to the source, these signed for {muni.name}:")]
            lines += ["• " + aspects.person_line(p, language) for p in signed]
            ids = list(dict.fromkeys(p.source_id for p in signed))
        else:
            lines = [pick(language, f"Det här säger källan om vem som skrev under för {muni.name}:",
                          f"What the source says about who signed for {muni.name}:")]
            lines += [f"{periods.agreement_name(a, language, capital=True)} {periods.span(a, language)}: {note}."
                      for a, note in notes]
            ids = list(dict.fromkeys(a.source_id for a, _ in notes))
        return "\n".join(lines), ids

    @staticmethod
    def _signed(name: tuple[str, ...], signed: list[Person], notes: Sequence[tuple[object, str]]) -> bool:
        last = name[-1]
        if len(name) == 1:  # a first name alone: a signer's first name (or a surname said alone)
            return any(tokens(p.name)[:1] == [last] or tokens(p.name)[-1:] == [last] for p in signed)
        return (any(tokens(p.name)[-1:] == [last] and tokens(p.name)[:1] == [name[0]] for p in signed)
                or any(" ".join(name) in " ".join(tokens(note)) for _, note in notes))

    def roles(self, muni: Municipality, toks: Sequence[str], written: Sequence[str], proper: frozenset[str],
              language: str, negated: bool = False) -> Result | None:
        """"Anna Ställ är väl kommunpolis i Krokom?": whether the person named has the role named, by
        the source; the people in that role (or all named, when the source names none in it)."""
        names = self.named(written, proper)
        roles = [role for role, cues in lexicon.ROLES.items() if cues.found(" ".join(toks))]
        if not names or not roles or not muni.people:
            return None
        # A role's word in the source's own title counts as its key does: Kalix's "kommunalråd" is
        # filed as a politician, and "Mikael Rova är kommunalråd" is answered with her, not "no one".
        holders = [p for p in muni.people if p.role_key in roles
                   or any(lexicon.ROLES[role].found(" ".join(tokens(p.role))) for role in roles)]
        true = all(any(self._is(name, p) for p in holders) for name in names)
        lead = verdict(true, negated, language)
        # The person named, when the source names them in another role, is said first: that is the
        # fact that corrects the claim.
        named = [p for p in muni.people if p not in holders and any(self._is(name, p) for name in names)]
        shown = [*named, *holders] if holders else list(muni.people)
        heading = (pick(language, f"Enligt källan för {muni.name}:", f"According to the source for {muni.name}:")
                   if holders else pick(language, f"Källan nämner ingen {lexicon.ROLE_NAMES[roles[0]][0]} för {muni.name}; "
                                                  "den nämner:",
                                        f"The source names no {lexicon.ROLE_NAMES[roles[0]][1]} for {muni.name}; "
                                        "it names:"))
        lines = [heading, *("• " + aspects.person_line(p, language) for p in shown)]
        return f"{lead} " + "\n".join(lines), "people", list(dict.fromkeys(p.source_id for p in shown))

    @staticmethod
    def _is(name: tuple[str, ...], person: Person) -> bool:
        own = tokens(person.name)
        return own[-1:] == [name[-1]] and own[:1] == [name[0]]

    # -- how many -----------------------------------------------------------------------------

    @staticmethod
    def count(muni: Municipality, toks: Sequence[str], language: str, today: dt.date) -> Result | None:
        """"Lund har väl tre fokusområden?": whether an agreement has that many, said with each agreement's
        own count ("Nej, det stämmer inte: medborgarlöftet 2024–2027 har tre fokusområden."), then its focus
        areas. A resident who is told only "Nej" keeps the wrong number; the true one corrects it."""
        at = next((i for i, t in enumerate(toks[:-1]) if _number(t) and toks[i + 1].startswith(COUNTED)), None)
        if at is None:
            return None
        claimed = _number(toks[at]) or 0
        if claimed == 1 and at and toks[at - 1] in _IS:
            return None  # "narkotika är ett fokusområde": what an area is, not how many there are
        # "samverkansområden" counts the areas of cooperation an agreement lists, not its focus areas.
        kind = "collaboration_area" if toks[at + 1].startswith(COLLABORATION) else "focus_area"
        counted = [(agreement, n) for agreement in periods.by_relevance(muni.agreements, today)
                   if (n := len([a for a in agreement.areas if a.kind == kind]))]
        if not counted:
            return None
        true = claimed in {n for _, n in counted}
        lead = pick(language, "Ja, det stämmer med källan:" if true else "Nej, det stämmer inte:",
                    "Yes, that agrees with the source:" if true else "No, that is not right:")
        sv, en = COUNT_UNITS[kind]
        said = [f"{_the(periods.titled(agreement, language), language)} {pick(language, 'har', 'has')} {_in_words(n, language)} "
                f"{pick(language, sv[n != 1], en[n != 1])}" for agreement, n in counted[:3]]
        return (f"{lead} {'; '.join(said)}.\n\n{aspects.focus(muni, today, language)}", "focus",
                [s.id for s in muni.sources])

    # -- where it lies ------------------------------------------------------------------------

    @staticmethod
    def police_area(muni: Municipality, claimed: str, language: str, negated: bool = False) -> Result | None:
        """"Alvesta hör väl till lokalpolisområde Kalmar?": the police area the entry gives."""
        if not muni.police_area:
            return None
        lead = verdict(ClaimChecks.in_police_area(muni, claimed), negated, language, ",")
        return pick(language, f"{lead} {muni.name} hör till lokalpolisområde {muni.police_area}.",
                    f"{lead} {muni.name} belongs to the local police area {muni.police_area}."), "parties", []

    @staticmethod
    def in_police_area(muni: Municipality, claimed: str) -> bool:
        """The police area claimed is the entry's: "Uppsala" of "Uppsala/Knivsta" too, a police area named after
        two places being named by either."""
        area = fold(muni.police_area)
        return fold(claimed) == area or fold(claimed) in re.split(r"[/-]", area)

    @staticmethod
    def county(muni: Municipality, claimed: str, toks: Sequence[str], language: str,
               negated: bool = False) -> Result | None:
        """"X ligger väl i Y län?": the county the entry gives."""
        if not muni.county or not LIES & set(toks):
            return None
        true = fold(claimed) == fold(muni.county)
        lead = verdict(true, negated, language, ",")
        return f"{lead} {muni.name} ligger i {muni.county}." if language == "sv" else \
            f"{lead} {muni.name} is in {muni.county}.", "overview", []

    # -- a figure -----------------------------------------------------------------------------

    def figure(self, muni: Municipality, claimed: list[int], counts: list[int], masked: Sequence[str],
               language: str, today: dt.date) -> Result | None:
        """"Lekebergs löfte bygger på en enkät med 2000 svar?", "fokus på personer över 30": the sentence
        whose figure is about the claim's subject (figure_claims.py) when one is, else the sentence with
        a figure that the claim's words find best; and whether its figures are the claim's (`counts`:
        every count the claim has, `claimed`: its small numbers, read as before)."""
        own = [p for p in self.passages.of(muni.id, language) if p.kind not in ABOUT_SOURCES]
        words = [t for t in masked if not t.isdigit()]
        ranked = [p for _, p in self.passages.rank(muni.id, words, language) if p.kind not in ABOUT_SOURCES]
        seen = set(ranked)
        in_order = [*ranked, *(p for p in own if p not in seen)]
        subject = figure_claims.subject(masked)
        # An agreement's own quote only when no sentence of the entry is about the subject.
        about = (figure_claims.best(subject, in_order)
                 or figure_claims.best(subject, self._quotes(muni, language))) if counts else None
        with_figure = [p for p in own if figures(tokens(f"{p.label} {p.text}"))]
        ranked_figure = [p for p in ranked if p in with_figure]
        # A bound ("personer över 30") is read as before, by the words that rank a sentence with a
        # figure; a count of things ("2000 svar", "50 gånger") only by a figure about its subject.
        things = figure_claims.counts_things(masked)
        # (An area's title and its source's sentence are one place of the entry with a figure.)
        places_with_figure = {(p.kind, p.key or p.text) for p in with_figure}
        bound = bool(claimed and with_figure) and not things and bool(ranked_figure or len(places_with_figure) == 1)
        if about is not None:
            best, true = about, set(counts) <= set(figure_claims.figures_about(subject, about))
        elif bound:
            best = ranked_figure[0] if ranked_figure else with_figure[0]
            true = set(claimed) <= set(figures(tokens(f"{best.label} {best.text}")))
        elif things and (said := figure_claims.without_figure(subject, in_order)) is not None:
            # The source speaks of it and gives no figure: neither yes nor "not mentioned".
            text, topic, ids = details.found(muni, [(1.0, said)], language, today)
            lead = pick(language, "Det kan jag inte bekräfta: källan anger ingen sådan siffra.",
                        "I can't confirm that: the source gives no such figure.")
            return f"{lead}\n{text}", topic, ids
        else:
            return None
        return sentence_verdict(muni, best, true, language, today)

    def _quotes(self, muni: Municipality, language: str) -> list[Passage]:
        """The entry's quotes with a figure (figure_claims.source_quotes), read once per entry."""
        key = (muni.id, language)
        if key not in self._source_quotes:
            self._source_quotes[key] = figure_claims.source_quotes(muni, language)
        return self._source_quotes[key]

    # -- a place ------------------------------------------------------------------------------

    def places(self, muni: Municipality, names: Sequence[str], language: str, today: dt.date,
               elsewhere: Mapping[str, str] | None = None) -> Result | None:
        """"Handlar löftet om Moheda?": when the entry names none of the places, no, and what it is
        about; None when it names them (the sentences that do answer). `elsewhere`: the places that lie
        in another kommun (as written: that kommun's name), which the correction says."""
        missing = [n for n in names if not self._holds(muni.id, n, language)]
        if not missing:
            # Named: the sentences that name it, each with its agreement, which may not be the one meant.
            held = [(1.0, p) for p in self._all(muni.id, language) if any(self._in(n, p) for n in names)]
            return details.found(muni, held[:2], language, today) if held else None
        return f"{self.place_lead(muni, missing, language, elsewhere)}\n\n{aspects.focus(muni, today, language)}", \
            "focus", [s.id for s in muni.sources]

    def place_lead(self, muni: Municipality, missing: Sequence[str], language: str,
                   elsewhere: Mapping[str, str] | None = None) -> str:
        """"Nej" for places the entry does not name: where one lies when it lies in another kommun."""
        other = next(((n, (elsewhere or {})[n]) for n in missing if n in (elsewhere or {})), None)
        if other is not None:
            # "Alvestas löfte handlar ju om Höllviken?": where the place lies is a fact, not the claim.
            place, kommun = other
            home = self._by_name.get(kommun)
            lead = pick(language, f"Nej, det stämmer inte: {place} ligger i "
                                  f"{compose.municipality_party(home) if home else compose.kommun_of(kommun)}, "
                                  f"inte i {muni.name}.",
                        f"No, that is not right: {place} is in {kommun} Municipality, not in {muni.name}.")
        else:
            # As for a focus claimed: the false place is not said again, only what the entry does say.
            lead = pick(language, f"Nej, det stämmer inte: det nämns inte i {genitive(muni.name)} överenskommelse.",
                        f"No, that is not right: it is not mentioned in {muni.name}'s agreement.")
        return lead

    def _holds(self, municipality_id: str, name: str, language: str) -> bool:
        """A place the entry names where something is done ("trygghetsvandringar i Åsbro"); Askersund's
        signing note and party name Hallsberg as its police area, which says nothing of where."""
        return any(claim_spans.named_not_policed(tokens(name), tokens(f"{p.label} {p.text}"))
                   for p in self._all(municipality_id, language) if p.kind not in NOT_WHERE)

    @staticmethod
    def _in(name: str, passage: Passage) -> bool:
        return f" {' '.join(tokens(name))} " in f" {' '.join(tokens(passage.label + ' ' + passage.text))} "

    def _all(self, municipality_id: str, language: str) -> tuple[Passage, ...]:
        return self.passages.of(municipality_id, language)


_IS = frozenset(("ar", "var", "blev", "som", "vara", "is", "was", "as", "became"))
_IS_ROLE = frozenset(("ar", "is", "var", "was"))  # a role put on the one named ("X är kommunstyrelsens ordförande")
_ROLE_WITHIN = 5  # "var väl Lotta Petersson kommunstyrelsens ordförande": the role a name and a particle after the verb


def _role_put(toks: Sequence[str]) -> bool:
    """A verb of being with a role's cue a few words after it, not a passive's ("was signed by the regional police
    chief X" names the signer by her title; "X är kommunstyrelsens ordförande" claims the title)."""
    for i, t in enumerate(toks):
        after = [w for w in toks[i + 1:i + 1 + _ROLE_WITHIN] if w not in signing_words.SIGNING_PARTICLES]
        if t in _IS_ROLE and after and not signing_words.signing(after[:1]) and after[0] != "signed" \
                and any(cues.found(" ".join(after)) for cues in lexicon.ROLES.values()):
            return True
    return False


def _in_period(year: int, agreement: Agreement) -> bool:
    """The year falls within the agreement's period, from its start to its end (or its start alone)."""
    begins = agreement.start or agreement.signed
    ends = agreement.end or begins
    return begins is not None and ends is not None and begins.year <= year <= ends.year


def sentence_verdict(muni: Municipality, passage: Passage, true: bool, language: str, today: dt.date) -> Result:
    """Yes or no to a claim the entry's sentence settles (a figure, a time limit), then the sentence."""
    text, topic, ids = details.found(muni, [(1.0, passage)], language, today)
    # A quoted sentence comes under its own heading ("Det här står i …"): "enligt källan" is not said twice.
    headed = text.startswith(("Det här står", "This is what"))
    lead = pick(language, "Ja, det stämmer med källan." if true else
                "Nej, det stämmer inte." if headed else "Nej, det stämmer inte. Enligt källan:",
                "Yes, that agrees with the source." if true else
                "No, that is not right." if headed else "No, that is not right. According to the source:")
    return f"{lead}\n{text}", topic, ids
