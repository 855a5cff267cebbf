"""Answers that list municipalities rather than answer about one: which agreements mention a subject,
which are in force, open or ended (or end a given year), the municipalities known (in a county), and
those a local police area works with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.answering import belonging, common_words, compose, details, lexicon, periods
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.content_index import DETAIL_MIN_SCORE, ContentIndex, Doc
from bot.answering.conversation import Conversation
from bot.answering.followup import FollowUps
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.municipality_answers import content_word
from bot.answering.reading import Reading
from bot.answering.replies import Replies
from bot.text import swedish_key, tokens

CROSS_DETAIL_UP_TO = 8  # more matches than this are listed by county, names only


class Lists:
    """Lists across the municipalities of one knowledge base."""

    def __init__(self, knowledge: Knowledge, index: ContentIndex, followups: FollowUps, replies: Replies,
                 today: Callable[[], dt.date]) -> None:
        self.knowledge = knowledge
        self.index = index
        self.followups = followups
        self.replies = replies
        self.today = today

    def matching(self, terms: list[str]) -> list[tuple[Municipality, Doc]]:
        return [(self.knowledge.municipalities[muni_id], doc)
                for muni_id, (score, doc) in self.index.best_per_municipality(terms).items()
                if score >= DETAIL_MIN_SCORE]

    def cross(self, r: Reading, conversation: Conversation) -> Answer:
        """Which municipalities: within a county when one is named, by where their agreements stand
        (ended, in force, ending a given year) or by what their agreements say."""
        lang = r.language
        today = self.today()
        county = self.followups.county(r, conversation)
        own = self.knowledge.municipalities.get(conversation.municipality or "")
        self.followups.listed(conversation, county)
        pool = [m for m in self.knowledge.municipalities.values() if county is None or m.county == county]
        year = _year_asked(r.tokens) if lexicon.AGREEMENT_ENDS.found(r.norm) else None
        if year is not None:
            return self._ending_in(year, pool, county, lang, today)
        if lexicon.AGREEMENT_ENDED.found(r.norm):
            return self._agreements_in_force(lang, today, pool, county, only="ended")
        if lexicon.AGREEMENT_IN_FORCE.found(r.norm):
            return self._agreements_in_force(lang, today, pool, county, only="in_force")
        if r.topic_scores["period"] > 0 or lexicon.AGREEMENT_LIST.found(r.norm):
            return self._agreements_in_force(lang, today, pool, county)
        terms = list(r.terms)
        if not terms and r.glossary:
            terms = [t for t in tokens(r.glossary.term) if t not in common_words.STOPWORDS]
        in_pool = {m.id for m in pool}
        matches = [(m, doc) for m, doc in self.matching(terms) if m.id in in_pool] if terms else []
        if not terms:
            return self.municipality_list(lang, pool, county)
        conversation.clear()
        if not matches:
            words = [r.display.get(t, t) for t in terms if self.index.known(t) or content_word(t)]
            if not words:
                return self.municipality_list(lang, pool, county) if county else self.replies.out_of_scope(lang)
            word = words[0]
            among = compose.municipality_list(self.knowledge, "sv") if county is None else \
                f"{len(pool)} kommuner i {county}"
            among_en = compose.municipality_list(self.knowledge, "en") if county is None else \
                f"{len(pool)} municipalities in {county}"
            return Answer(True, None, "cross", pick(
                lang, f"Ingen av kommunerna jag känner till ({among}) nämner {word} i sin överenskommelse.",
                f"None of the municipalities I know ({among_en}) mentions {word} in its agreement."),
                language=lang)
        if len(matches) > CROSS_DETAIL_UP_TO:
            return self._cross_by_county(matches, r, own)
        lines = [pick(lang, "Det här tas upp i:", "This comes up in:")]
        sources = []
        for muni, doc in sorted(matches, key=lambda md: swedish_key(md[0].name)):
            lines.append(f"• {muni.name}: {details.doc_title(muni, doc, lang, self.today())}")
            sources.extend(compose.sources_of(muni, [s.id for s in muni.sources]))
        return Answer(True, None, "cross", "\n".join(lines),
                      sources=details.source_dicts(sources),
                      language=lang)

    def _cross_by_county(self, matches: list[tuple[Municipality, Doc]], r: Reading,
                         own: Municipality | None) -> Answer:
        """Many matches: names by county, the resident's own county first, and a question per name to
        see what that agreement says; a list of 40 focus areas is unreadable in a chat."""
        lang = r.language
        by_county: dict[str, list[str]] = {}
        for muni, _ in sorted(matches, key=lambda md: swedish_key(md[0].name)):
            by_county.setdefault(muni.county or "–", []).append(muni.name)
        order = sorted(by_county, key=lambda c: (own is None or c != own.county, swedish_key(c)))
        subject = r.display.get(r.terms[0], r.terms[0]) if r.terms else ""
        lines = [pick(lang, f"Det här tas upp i {len(matches)} kommuners överenskommelser:",
                      f"This comes up in the agreements of {len(matches)} municipalities:")]
        lines.extend(f"• {county} ({len(by_county[county])}): {', '.join(by_county[county])}" for county in order)
        lines.append("")
        # Without a subject read from the message, the example asks about the kommun as a whole.
        example = (pick(lang, f"Vad gör {matches[0][0].name} mot {subject}?",
                        f"What does {matches[0][0].name} do about {subject}?") if subject
                   else pick(lang, f"Vad gör {matches[0][0].name}?", f"What does {matches[0][0].name} do?"))
        lines.append(pick(lang, f"Fråga om en av dem för att se vad den säger, till exempel ”{example}”",
                          f"Ask about one of them to see what it says, for example “{example}”"))
        suggestions = [pick(lang, f"Vad gör {muni.name} mot {subject}?", f"What does {muni.name} do about {subject}?")
                       for muni, _ in matches[:3]] if subject else []
        return Answer(True, None, "cross", "\n".join(lines), suggestions=suggestions, language=lang)

    def _agreements_in_force(self, lang: str, today: dt.date, pool: list[Municipality] | None = None,
                             county: str | None = None, only: str | None = None) -> Answer:
        """In force (an end date still ahead), unknown (no end date in the source: ask the kommun),
        ended: three lists, so no agreement is called in force that may long have ended. Each
        municipality once, under its best-known agreement, grouped by county to stay readable.
        `only` keeps one of the lists (the question asked which have ended, or which still apply)."""
        groups: dict[str, dict[str, list[str]]] = {"in_force": {}, "open": {}, "ended": {}}
        for muni in sorted(pool if pool is not None else self.knowledge.municipalities.values(),
                           key=lambda m: swedish_key(m.name)):
            states = {a.id: periods.status(a, today) for a in muni.agreements}
            for state in ("in_force", "open", "ended"):
                chosen = [a for a in muni.agreements
                          if states[a.id] == state or (state == "in_force" and states[a.id] == "not_started")]
                if chosen:
                    agreement = chosen[-1]
                    entry = f"{muni.name} {periods.span(agreement, lang)}" if state == "in_force" else muni.name
                    groups[state].setdefault(muni.county or "–", []).append(entry)
                    break
        where = pick(lang, f" i {county}", f" in {county}") if county else ""
        headings = {
            "in_force": pick(lang, f"Gäller fortfarande{where} ({periods.date_text(today, 'sv')}), enligt slutdatum i källan",
                             f"Still in force{where} ({periods.date_text(today, 'en')}), by the end date in the source"),
            "open": pick(lang, f"Slutdatum framgår inte av källan{where}, så jag vet inte om de gäller; fråga kommunen",
                         f"No end date in the source{where}, so I don't know whether they still apply; ask the municipality"),
            "ended": pick(lang, f"Har upphört{where}; fråga kommunen om en ny har tecknats",
                          f"Has ended{where}; ask the municipality whether a new one has been signed")}
        parts = []
        for state, by_county in groups.items():
            count = sum(len(v) for v in by_county.values())
            if only == "in_force" and state == "ended":
                # Asked which still apply: the ended ones only counted, with how to see them.
                parts.append(pick(lang, f"Har upphört{where}: {count} kommuner (fråga ”Vilka avtal har gått ut?”).",
                                  f"Has ended{where}: {count} municipalities (ask “Which agreements have ended?”)."))
                continue
            if only == "ended" and state != "ended":
                continue
            lines = [f"{headings[state]} ({count}):"]
            lines.extend(f"• {c}: {', '.join(entries)}" if county is None else f"• {', '.join(entries)}"
                         for c, entries in sorted(by_county.items(), key=lambda item: swedish_key(item[0])))
            parts.append("\n".join(lines) if count else f"{headings[state]}: {pick(lang, 'ingen', 'none')}")
        if len("\n\n".join(parts)) > compose.MAX_LENGTH and only != "ended" and groups["ended"]:
            # All of Sweden does not fit in one message: the ended ones counted by county, with how
            # to see a county's names, so what still applies is never cut off.
            ended = groups["ended"]
            counted = ", ".join(f"{c} {len(entries)}" for c, entries in sorted(ended.items(),
                                                                            key=lambda item: swedish_key(item[0])))
            parts[-1] = pick(lang, f"{headings['ended']} ({sum(len(v) for v in ended.values())}), per län: {counted}. "
                                   f"Fråga om ett län för namnen, till exempel ”Vilka avtal i Skåne har gått ut?”",
                             f"{headings['ended']} ({sum(len(v) for v in ended.values())}), by county: {counted}. "
                             f"Ask about a county for the names, for example “Which agreements in Skåne have ended?”")
        return Answer(True, None, "in_force", "\n\n".join(parts), language=lang)

    def _ending_in(self, year: int, pool: list[Municipality], county: str | None, lang: str,
                   today: dt.date) -> Answer:
        """Agreements whose end date in the source falls in `year`, by county."""
        by_county: dict[str, list[str]] = {}
        for muni in sorted(pool, key=lambda m: swedish_key(m.name)):
            ending = [a for a in muni.agreements if a.end is not None and a.end.year == year]
            if ending:
                by_county.setdefault(muni.county or "–", []).append(
                    f"{muni.name} ({periods.agreement_name(ending[-1], lang)} {periods.span(ending[-1], lang)})")
        where = pick(lang, f" i {county}", f" in {county}") if county else ""
        count = sum(len(v) for v in by_county.values())
        if not count:
            return Answer(True, None, "in_force", pick(
                lang, f"Ingen överenskommelse{where} som jag känner till har {year} som slutår i källan.",
                f"No agreement{where} that I know of has {year} as its end year in the source."), language=lang)
        past = year < today.year
        lines = [pick(lang, f"{'Gick' if past else 'Går'} ut {year}{where}, enligt slutdatum i källan ({count}):",
                      f"{'Ended' if past else 'Ending'} in {year}{where}, by the end date in the source ({count}):")]
        lines.extend(f"• {c}: {', '.join(entries)}" for c, entries in sorted(by_county.items(), key=lambda item: swedish_key(item[0])))
        if not past:
            lines.append("")
            lines.append(pick(lang, "Fråga kommunen om en ny överenskommelse är på väg.",
                              "Ask the municipality whether a new agreement is on its way."))
        return Answer(True, None, "in_force", "\n".join(lines), language=lang)

    def municipality_list(self, lang: str, pool: list[Municipality] | None = None,
                           county: str | None = None) -> Answer:
        """Every municipality known (in a county, when one is named), by county: with over a
        hundred, one line per agreement would not fit in a chat message."""
        munis = sorted(pool if pool is not None else self.knowledge.municipalities.values(),
                       key=lambda m: swedish_key(m.name))
        if not munis:
            return Answer(False, None, "municipalities", pick(
                lang, f"Jag har ingen kommun i {county} ännu.", f"I have no municipality in {county} yet."),
                language=lang)
        by_county: dict[str, list[str]] = {}
        for muni in munis:
            by_county.setdefault(muni.county or "–", []).append(muni.name)
        if county is not None:
            total = sum(1 for c in self.knowledge.all_municipalities.values() if c == county)
            lines = [pick(lang, f"Jag kan svara om {len(munis)} av de {total} kommunerna i {county}: "
                                f"{compose.join_words([m.name for m in munis], lang)}.",
                          f"I can answer about {len(munis)} of the {total} municipalities in {county}: "
                          f"{compose.join_words([m.name for m in munis], lang)}.")]
        else:
            lines = [pick(lang, f"Jag kan svara om de här {len(munis)} kommunerna:",
                          f"I can answer about these {len(munis)} municipalities:")]
            lines.extend(f"• {c}: {', '.join(names)}" for c, names in sorted(by_county.items(), key=lambda item: swedish_key(item[0])))
        suggestions = [compose.topic_question("focus", m, lang) for m in munis] if len(munis) <= 3 else []
        return Answer(True, None, "municipalities", "\n".join(lines), language=lang, suggestions=suggestions)

    def police_area(self, area: str, lang: str) -> Answer:
        munis = belonging.members(self.knowledge, area)
        if not munis:
            return Answer(False, None, "parties", pick(
                lang, f"Jag har ingen kommun i lokalpolisområde {area} ännu.",
                f"I have no municipality in the local police area {area} yet."), language=lang)
        names = compose.join_words(sorted(m.name for m in munis), lang)
        return Answer(True, munis[0].id if len(munis) == 1 else None, "parties", pick(
            lang, f"Lokalpolisområde {area} samverkar med: {names}.",
            f"The local police area {area} works with: {names}."), language=lang)


def _year_asked(toks: list[str]) -> int | None:
    """A year an agreement could end in, as written ("2026"), or None."""
    years = [int(t) for t in toks if len(t) == 4 and t.isdigit() and 2010 <= int(t) <= 2040]
    return years[-1] if years else None
