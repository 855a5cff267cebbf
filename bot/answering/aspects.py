"""The text of each fixed aspect of a municipality's entry (overview, focus areas, period, purpose,
parties, people, follow-up, ways of working, sources) and of one area or fact, in Swedish or English."""

from __future__ import annotations

import datetime as dt
import re

from bot.answering import ended
from bot.answering.compose import join_words, municipality_party, pick
from bot.answering.knowledge import Agreement, Area, Fact, Municipality, Person
from bot.answering.periods import (agreement_line, agreement_name, by_relevance, distinguishing_title, neuter, span,
                                   status, status_phrase, status_sentence, years_long)
from bot.text import fold, genitive, tokens

AREA_HEADINGS = {
    "focus_area": ("Fokusområden", "Focus areas"),
    "collaboration_area": ("Samverkansområden", "Areas of cooperation"),
    "other_area": ("Även viktigt", "Also important"),
    "commitment": ("Kommunen och polisen ska bland annat", "Among other things, the municipality and the police will"),
}
AREA_KIND_NAMES = {
    "focus_area": ("fokusområde", "focus area"),
    "collaboration_area": ("samverkansområde", "area of cooperation"),
    "other_area": ("område som också tas upp", "area also covered"),
    "commitment": ("åtagande", "commitment"),
}


def _numbered(items: list[str]) -> str:
    return "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))


def _areas_block(agreement: Agreement, language: str) -> list[str]:
    lines = []
    for kind in ("focus_area", "collaboration_area", "commitment", "other_area"):
        areas = [a for a in agreement.areas if a.kind == kind]
        if not areas:
            continue
        sv, en = AREA_HEADINGS[kind]
        titles = [pick(language, a.title, a.title_en) for a in areas]
        if kind == "other_area":
            lines.append(f"{pick(language, sv, en)}: {join_words(titles, language)}.")
        else:
            lines.append(f"{pick(language, sv, en)}:\n{_numbered(titles)}")
    return lines


def police_party(muni: Municipality, language: str) -> str:
    """"lokalpolisområde X", or just the police when the source does not name the area."""
    if muni.police_area:
        return pick(language, f"lokalpolisområde {muni.police_area}", f"the local police area {muni.police_area}")
    return pick(language, "polisen", "the police")


def overview(muni: Municipality, today: dt.date, language: str) -> str:
    lines = [pick(language,
                  f"{municipality_party(muni)} samverkar med polisen"
                  + (f", lokalpolisområde {muni.police_area}." if muni.police_area else "."),
                  f"{muni.name} Municipality works with the police"
                  + (f", local police area {muni.police_area}." if muni.police_area else "."))]
    closing = ended.closing(muni, today, language)
    for agreement in by_relevance(muni.agreements, today):
        lines.append("")
        lines.append(agreement_line(agreement, today, language, muni, ask=closing is None) + ".")
        lines.extend(_areas_block(agreement, language))
    return _with_closing(lines, closing)


def _with_closing(lines: list[str], closing: ended.Closing | None) -> str:
    """The lines, and after them whom to ask about a new agreement when the newest has ended."""
    return "\n".join(lines) + (f"\n\n{closing.text}" if closing else "")


def focus(muni: Municipality, today: dt.date, language: str) -> str:
    newest = ended.newest(muni, today)
    if newest is not None and status(newest, today) == "ended" and muni.left_out:  # the one a question picked
        heading = pick(language, f"Det här kom kommunen och polisen i {muni.name} överens om:",
                       f"What the municipality and the police in {muni.name} agreed on:")
    elif newest is not None and status(newest, today) == "ended":  # history, and said so from the start
        heading = pick(language, f"Det här kom kommunen och polisen i {muni.name} senast överens om:",
                       f"What the municipality and the police in {muni.name} last agreed on:")
    else:
        heading = pick(language, f"Det här har kommunen och polisen i {muni.name} kommit överens om:",
                       f"What the municipality and the police in {muni.name} have agreed on:")
    lines: list[str] = [heading, ""]
    closing = ended.closing(muni, today, language)
    for index, agreement in enumerate(by_relevance(muni.agreements, today)):
        if index:
            lines.append("")
        lines.append(f"{agreement_line(agreement, today, language, muni, ask=closing is None)}:")
        block = _areas_block(agreement, language)
        if block:
            lines.extend(block)
        purpose = pick(language, agreement.purpose, agreement.purpose_en)
        if purpose and not any(a.kind == "focus_area" for a in agreement.areas):
            if not block:  # its purpose is all the source gives: the areas asked for are said to be missing
                it = "det" if agreement.kind == "medborgarlofte" else "den"
                # (not "nämns inte", which a reader takes for a subject asked being missing; "framgår inte", as
                # residents and writers say a detail is missing from a text)
                lines.append(pick(language, f"Vilka områden {it} tar upp framgår inte av källan, bara syftet:",
                                  "The source does not say which areas it covers, only its purpose:"))
            lines.append(purpose)
        elif not block and not purpose:  # known only as signed ("nya medborgarlöften för 2024"): said so, no bare heading
            it = "det" if agreement.kind == "medborgarlofte" else "den"  # ett löfte, en överenskommelse
            lines[-1] = lines[-1][:-1] + pick(language, f"; vad {it} tar upp framgår inte av källan.",
                                              "; the source does not say what it covers.")
    return _with_closing(lines, closing)


def area_detail(muni: Municipality, area: Area, today: dt.date, language: str) -> str:
    agreement = next(a for a in muni.agreements if a.id == area.agreement_id)
    sv_kind, en_kind = AREA_KIND_NAMES[area.kind]
    if agreement.start or agreement.end or agreement.signed:
        when = f"{span(agreement, language)}, {status_phrase(agreement, today, language)}"
    else:  # no date at all: said once, not "period anges inte, slutdatum anges inte i källan"
        it = "det" if neuter(agreement) else "den"
        when = pick(language, f"utan period i källan; fråga kommunen om {it} fortfarande gäller",
                    "with no period in the source; ask the municipality whether it still applies")
    lines = [f"{pick(language, area.title, area.title_en)} "
             f"({pick(language, sv_kind, en_kind)}, {agreement_name(agreement, language)} {when})."]
    text = pick(language, area.text, area.text_en)
    if text:
        lines.append(text)
    elif area.quote and not set(tokens(area.quote)) <= set(tokens(area.title)):
        # The title is ours; the source's own sentence holds the detail asked about ("i samtliga skolor",
        # who promised it), so a detail is answered with it.
        lines.append(pick(language, "I källan: ", "The source (in Swedish): ") + f"”{area.quote}”")
    measures = list(area.measures_en if language == "en" and area.measures_en else area.measures)
    if measures and any(m.endswith(".") for m in measures):  # whole sentences: one a line, not joined by "och"
        lines.append(pick(language, "Arbetssätt:", "Methods:"))
        lines.extend(f"• {m}" for m in measures)
    elif measures:
        lines.append(pick(language, "Arbetssätt: ", "Methods: ") + join_words(measures, language) + ".")
    elif area.quote.rstrip().endswith(":") and lines[-1].startswith(pick(language, "I källan", "The source")):
        # "… på nedanstående platser:": the source's list is the areas that follow it, which the quote alone
        # leaves unsaid, so a question of whether a place is pointed out is answered by the places
        lines.extend(f"• {pick(language, a.title, a.title_en)}" for a in _listed_after(agreement, area))
    elif area.kind == "focus_area" and not measures and (done := done_for(agreement)):
        # The one focus area of a promise whose commitments say what is done about it ("vad gör polisen åt
        # A-traktorerna?"): the area alone says what, its commitments how.
        lines.append(pick(language, "Det här lovar de att göra:", "What they promise to do:"))
        lines.extend(f"• {pick(language, a.title, a.title_en)}" for a in done)
    return "\n".join(lines)


_MAX_DONE = 6  # commitments beyond these are a list of their own, asked for as such


def done_for(agreement: Agreement) -> list[Area]:
    """The commitments of an agreement with one focus area, which are all done for it; none when there are several
    areas, as the source does not say which commitment serves which."""
    if sum(a.kind == "focus_area" for a in agreement.areas) != 1:
        return []
    done = [a for a in agreement.areas if a.kind == "commitment"]
    return done if len(done) <= _MAX_DONE else []


def _listed_after(agreement: Agreement, area: Area) -> list[Area]:
    """The areas after one whose quote ends with a colon, up to the next such lead-in: the items it introduces."""
    at = agreement.areas.index(area) if area in agreement.areas else len(agreement.areas)
    listed = []
    for after in agreement.areas[at + 1:]:
        if after.kind != area.kind or after.quote.rstrip().endswith(":"):
            break
        listed.append(after)
    return listed


def fact_detail(fact: Fact, language: str) -> str:
    return f"{pick(language, fact.title, fact.title_en)}: {pick(language, fact.text, fact.text_en)}"


def period(muni: Municipality, today: dt.date, language: str, length: bool = False) -> str:
    """Each agreement's span, signing and status; with `length` (asked "hur länge?"), its length in years too."""
    lines = []
    closing = ended.closing(muni, today, language)
    for agreement in by_relevance(muni.agreements, today):
        label = distinguishing_title(muni, agreement, language)
        # A title that names the parties itself ("… mellan Borås Stad och lokalpolisområde Borås")
        # is not followed by them again.
        named = re.search(r"\b(mellan|between)\b", label, re.IGNORECASE) is not None
        parties_sv = "" if named else f" mellan {municipality_party(muni)} och {police_party(muni, 'sv')}"
        parties_en = "" if named else f" between {muni.name} Municipality and {police_party(muni, 'en')}"
        label = f" {label}" if label else ""
        line = pick(language, f"{agreement_name(agreement, 'sv', capital=True)}{label}{parties_sv}: {span(agreement, 'sv')}",
                    f"The {agreement_name(agreement, 'en')}{label}{parties_en}: {span(agreement, 'en')}")
        signed = []
        if agreement.signed:
            signed.append(pick(language, f"{'undertecknat' if neuter(agreement) else 'undertecknad'} "
                                         f"{agreement.signed.format('sv')}",
                               f"signed {agreement.signed.format('en')}"))
        note = pick(language, agreement.signed_note, agreement.signed_note_en)
        if note:
            signed.append(note)
        if signed:
            line += f" ({', '.join(signed)})"
        long = years_long(agreement, language) if length else ""
        lines.append(line + ". " + (long + " " if long else "") + status_sentence(agreement, today, language,
                                                                                 ask=closing is None))
    return _with_closing(lines, closing)


# Goals asked, not the reasons: "what are its goals?", "vad vill de uppnå?", "what is it trying to achieve?".
GOALS = re.compile(r"\b(?:goals?|aims?|objectives?|achiev\w*|accomplish\w*|mal|malen|malet|malsattning\w*|uppna\w*)\b")


def purpose(muni: Municipality, today: dt.date, language: str, goals: bool = False) -> str:
    """Each agreement's purpose and what it builds on; with `goals`, also what it sets out to do: its focus areas,
    which many agreements state as their goals ("Kriminaliteten ska minska") where a purpose is a general line."""
    lines = []
    for agreement in muni.agreements:
        text = pick(language, agreement.purpose, agreement.purpose_en)
        basis = pick(language, agreement.basis, agreement.basis_en)
        aimed = [pick(language, a.title, a.title_en) for a in agreement.areas if a.kind == "focus_area"] if goals else []
        if not text and not basis and not aimed:
            continue
        lines.append(f"{agreement_line(agreement, today, language, muni)}:")
        if text:
            lines.append(text)
        if aimed:
            lines.append(pick(language, "Fokusområden:", "Focus areas:"))
            lines.extend(f"{number}. {title}" for number, title in enumerate(aimed, 1))
        if basis:
            lines.append(pick(language, "Grund: ", "Basis: ") + basis)
        lines.append("")
    return "\n".join(lines).strip() or pick(language, f"Källan anger inget syfte för {muni.name}.",
                                             f"The source gives no purpose for {muni.name}.")


def parties(muni: Municipality, language: str) -> str:
    names = [pick(language, p.name, p.name_en) for p in muni.parties]
    lines = [pick(language,
                  f"Parter i {genitive(muni.name)} samverkan: {join_words(names, 'sv')}.",
                  f"The parties in {muni.name}'s cooperation: {join_words(names, 'en')}.")]
    # Only the police's party can name the area: "Östersunds kommun" holds the area Östersund's name.
    if muni.police_area and not any(_letters(muni.police_area) in _letters(p.name) for p in muni.parties
                                    if "polis" in fold(p.name)):
        # "Vilket lokalpolisområde?" is answered here too, also when the parties name only "Polisen"
        # (a party "Lokalpolisområde Luleå-Boden" already names the area Luleå/Boden).
        lines.append(pick(language, f"Kommunen hör till lokalpolisområde {muni.police_area}.",
                          f"The municipality belongs to the local police area {muni.police_area}."))
    if muni.partners:
        partners = []
        for p in muni.partners:
            text = pick(language, p.name, p.name_en)
            note = pick(language, p.note, p.note_en)
            partners.append(f"{text} ({note})" if note else text)
        lines.append(pick(language, "Man samarbetar också med ", "They also work with ")
                     + join_words(partners, language) + ".")
    return "\n".join(lines)


def _letters(text: str) -> str:
    return re.sub(r"[\W_]", "", fold(text))


def person_line(person: Person, language: str) -> str:
    name = person.name + (f" ({person.party})" if person.party else "")
    role = pick(language, person.role, person.role_en)
    if person.title and language != "en":
        role = f"{person.title}, {role}"
    # An official the source does not name is shown by role alone.
    return f"{name}, {role}" if person.name else role[:1].upper() + role[1:]


def signers_of_years(muni: Municipality, years: list[int]) -> list[Person]:
    """Who signed, narrowed to the agreements of the years asked when the entry tells them apart: a
    signer of one is cited from that agreement's source or named in its note on signing."""
    signers = [p for p in muni.people if p.signed]
    return of_years(muni, signers, years) or signers


def of_years(muni: Municipality, people: list[Person], years: list[int]) -> list[Person]:
    """Those of `people` the agreements of the years asked cite or name, empty when none: an agreement
    that begins in the year first ("när avtalet 2023 togs fram" in Burlöv is the one from 2023, not the
    one that ran out that year), else one whose period holds it."""
    def tied(agreements: list[Agreement]) -> list[Person]:
        return [p for p in people if any(p.source_id == a.source_id or (p.name and p.name in a.signed_note)
                                         for a in agreements)]
    begun: list[Agreement] = []
    running: list[Agreement] = []
    for agreement in muni.agreements:
        first = agreement.start or agreement.signed
        last = agreement.end or first
        if first is not None and last is not None and any(first.year <= y <= last.year for y in years):
            (begun if first.year in years else running).append(agreement)
    return tied(begun) or tied(running)


# A first name and a surname, as a note on signing names a signer ("av kommunalrådet Marie Wilen").
_A_NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)? [A-ZÅÄÖ][a-zåäöéü]+")


def _none_of(role: str) -> str:
    """'Någon kommunpolis', but a role named by the body it belongs to in the genitive stands alone:
    'Kommunstyrelsens ordförande' ('någon kommunstyrelsens ordförande' is not Swedish)."""
    first = role.split(" ", 1)[0]
    return role[:1].upper() + role[1:] if " " in role and first.endswith("s") else f"Någon {role}"


def people(muni: Municipality, chosen: list[Person], missing_role: str, language: str,
           with_phone: bool = False, signers_asked: bool = False) -> str:
    noted = any(a.signed_note for a in muni.agreements)
    if not muni.people or (signers_asked and not any(p.signed for p in muni.people) and any(
            p.name and p.name in a.signed_note for p in muni.people for a in muni.agreements)):
        # No officials listed in the source; who signed may still be stated with the agreement, and
        # then the answer must not first claim that nobody is named. Asked who signed, people listed
        # but not said to have signed, whom the note on signing names (Umeå's "skulle undertecknas
        # av …"), are answered with that note rather than as the signers.
        lines = [pick(language, f"{_none_of(missing_role)} nämns inte i källan för {muni.name}.",
                      f"The source does not mention a {missing_role} for {muni.name}.")] if missing_role else []
        named = any(_A_NAME.search(a.signed_note) for a in muni.agreements)
        lines.append(pick(language, f"Det här säger källan om vem som skrev under för {muni.name}:",
                          f"What the source says about who signed for {muni.name}:") if noted and named else
                     # a note of the signing that names no one ("avtalet löper under tre år"): who is not said
                     pick(language, f"Vilka som undertecknade för {muni.name} nämns inte vid namn i källan; det här "
                                    f"säger den om undertecknandet:",
                          f"Who signed is not mentioned by name in the source for {muni.name}; this is what it "
                          f"says about the signing:") if noted else
                     pick(language, f"Personer nämns inte vid namn i källan för {muni.name}.",
                          # asked who signed: "not mentioned", as the Swedish says "nämns inte"
                          f"Who signed is not mentioned by name in the source for {muni.name}." if signers_asked
                          else f"The source does not mention anyone by name for {muni.name}."))
        for agreement in muni.agreements:
            parts = [pick(language, f"undertecknad {agreement.signed.format('sv')}",
                          f"signed {agreement.signed.format('en')}")] if agreement.signed else []
            note = pick(language, agreement.signed_note, agreement.signed_note_en)
            if note:
                parts.append(note)
            if parts:
                lines.append(f"{agreement_name(agreement, language, capital=True)}: {', '.join(parts)}.")
        return "\n".join(lines)
    if len(chosen) == 1 and not missing_role and len(muni.people) > 1:
        person = chosen[0]
        line = pick(language, f"{person_line(person, 'sv')} ({muni.name}).",
                    f"{person_line(person, 'en')} ({muni.name}).")
        if person.phone and with_phone:
            line += pick(language, f" Telefon (presskontakt): {person.phone}.",
                         f" Phone (press contact): {person.phone}.")
        return line
    lines = [] if missing_role else [pick(language, f"Personer som nämns för {muni.name}:",
                                          f"People named for {muni.name}:")]
    if missing_role:
        lines.append(pick(language, f"{_none_of(missing_role)} nämns inte i källan för {muni.name}.",
                          f"The source does not mention a {missing_role} for {muni.name}."))
        lines.append(pick(language, "Personer som nämns:", "People named:"))
    for person in chosen:
        line = "• " + person_line(person, language)
        if person.phone and with_phone:
            line += pick(language, f", tfn {person.phone} (presskontakt)",
                         f", phone {person.phone} (press contact)")
        lines.append(line)
    contact = muni.contact
    if contact is not None and contact.role and contact.quote and not any(p.name and p.name in contact.quote
                                                                           for p in chosen):
        # The kommun's contact for its work, named only in its source's words ("säger Olov Nordvall,
        # brottsförebyggande strateg"): the role, and the sentence that names them.
        lines.append(pick(language, f"Kontakt på kommunen: {contact.role} (i källan: ”{contact.quote}”)",
                          f"Contact at the municipality: {contact.role_en or contact.role} (in the source, in "
                          f"Swedish: “{contact.quote}”)"))
    return "\n".join(lines)


# "när", "datum", "when", "date" beside who signed: the day it was signed is asked too.
WHEN_SIGNED = re.compile(r"\b(?:nar|datum|datumet|when|date|dag|dagen)\b")


def signing_days(muni: Municipality, language: str, text: str) -> str:
    """The day each agreement was signed ("Medborgarlöfte 2024: undertecknat 22 januari 2024."), those the
    answer `text` does not already give, latest first; "" when none."""
    lines = []
    for agreement in sorted((a for a in muni.agreements if a.signed), key=lambda a: a.signed.first_day(),  # type: ignore[union-attr]
                            reverse=True)[:3]:
        day = agreement.signed.format(pick(language, "sv", "en"))  # type: ignore[union-attr]
        if day in text:
            continue
        verb = pick(language, "undertecknat" if neuter(agreement) else "undertecknad", "signed")
        lines.append(f"{agreement_name(agreement, language, capital=True)} {span(agreement, language)}: {verb} {day}.")
    return "\n".join(lines)


# A sentence of the source that tells when or how the work is followed up ("aktiviteterna kommer att följas upp i
# december 2023"): the verb in any form, or the noun.
_FOLLOWED_UP = re.compile(r"\bf[öo]lj\w*\s+upp\b|\buppf[öo]ljning\w*", re.IGNORECASE)


def quoted_follow_up(muni: Municipality) -> list[str]:
    """The sentences of the agreements' and areas' quotes that tell how the work is followed up, in the entry's
    order, each once: an entry without a follow-up of its own may still quote one."""
    quotes = [q for agreement in muni.agreements for q in (agreement.quote, *(a.quote for a in agreement.areas))]
    sentences = [s for q in quotes for s in re.split(r"(?<=[.!?])\s+", q) if _FOLLOWED_UP.search(s)]
    return list(dict.fromkeys(sentences))


def follow_up(muni: Municipality, language: str) -> str:
    if not muni.follow_up and not muni.measurements and (quoted := quoted_follow_up(muni)):
        return "\n".join([pick(language, f"Så följs arbetet upp i {muni.name}, enligt källan:",
                                f"How the work is followed up in {muni.name}, in the source (in Swedish):"),
                           *(f"• ”{sentence}”" for sentence in quoted)])
    if not muni.follow_up and not muni.measurements:
        return pick(language, f"Hur arbetet följs upp eller mäts nämns inte i källan för {muni.name}.",
                    f"How the work is followed up or measured is not mentioned in the source for {muni.name}.")
    lines = [pick(language, f"Så följs arbetet upp i {muni.name}:", f"How the work is followed up in {muni.name}:")]
    for item in muni.follow_up:
        lines.append("• " + pick(language, item.text, item.text_en))
    for measurement in muni.measurements:
        text = pick(language, measurement.text, measurement.text_en)
        if not text:
            before = f"{measurement.before} → " if measurement.before is not None else ""
            text = f"{pick(language, measurement.name, measurement.name_en)}: {before}{measurement.after}"
        scale = pick(language, measurement.scale, measurement.scale_en or measurement.scale)
        if scale and fold(scale) not in fold(text):  # the figure means nothing without it ("0–6, där 6 …")
            text += pick(language, f" Skala: {scale}.", f" Scale: {scale}.")
        lines.append("• " + text)
    return "\n".join(lines)


# A method or model the entry's areas name ("Samverkan med EST-metoden", "modellen EST", "EST (Effektiv
# Samordning för Trygghet)"): an acronym written in capitals beside a word of method, model or
# coordination. "utveckla stöd och metoder" names none, nor "ANDTS (alkohol, doping, tobak och spel)".
_ACRONYM = re.compile(r"\b[A-ZÅÄÖ]{3,}\b")
_METHOD_WORDS = ("metod", "modell", "arbetssatt", "samordning", "method", "model", "coordination")


def named_methods(muni: Municipality) -> list[Area]:
    """The areas that name a method or model of working, in the entry's order."""
    named = []
    for area in muni.areas:
        said = " ".join((area.title, area.text, area.quote))
        if _ACRONYM.search(said) and any(word in fold(said) for word in _METHOD_WORDS):
            named.append(area)
    return named


def methods(muni: Municipality, language: str, today: dt.date | None = None) -> str:
    named = named_methods(muni) if not muni.methods and today is not None else []
    if named:  # "vilken metod jobbar de efter?": the method the areas name, never "the source says nothing"
        lines = [pick(language, f"Så arbetar kommunen och polisen i {muni.name}:",
                      f"How the municipality and the police work in {muni.name}:")]
        lines.extend(area_detail(muni, area, today, language) for area in named if today is not None)
        return "\n\n".join(lines)
    if not muni.methods:
        # (not "nämns inte": the focus areas follow, and a subject asked of them may be there)
        none = pick(language, f"Källan för {muni.name} säger inget om hur kommunen och polisen ska arbeta.",
                    f"The source for {muni.name} says nothing about how the municipality and the police will work.")
        # What the work is aimed at is what the source does say ("vad riktas insatserna mot?"): the agreement's
        # own focus areas and commitments after the line, never a bare "says nothing".
        return none + ("\n\n" + focus(muni, today, language) if today is not None and muni.agreements else "")
    lines = [pick(language, f"Så arbetar kommunen och polisen i {muni.name}:",
                  f"How the municipality and the police work in {muni.name}:")]
    lines.extend("• " + pick(language, item.text, item.text_en) for item in muni.methods)
    return "\n".join(lines)


def sources(muni: Municipality, language: str) -> str:
    lines = [pick(language, f"Källor för {muni.name}:", f"Sources for {muni.name}:")]
    for source in muni.sources:
        line = f"• {source.publisher}: ”{source.title}”"
        line += f" ({source.date.format(language)})" if source.date else ""
        note = pick(language, source.note, source.note_en)
        if note:
            line += f" {note}"
        lines.append(line)
        if source.documents:
            lines.append(pick(language, "  Bifogade dokument: ", "  Attached documents: ")
                         + "; ".join(source.documents) + ".")
    return "\n".join(lines)
