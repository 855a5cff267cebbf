"""Writing answers from the knowledge base, in Swedish or English. Plain text; channels format it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from bot.answering.knowledge import Agreement, Area, Fact, Helpline, Knowledge, Municipality, Person, Source
from bot.dates import PartialDate
from bot.text import fold, genitive

KIND_NAMES = {
    "samverkansoverenskommelse": ("samverkansöverenskommelse", "cooperation agreement"),
    "medborgarlofte": ("medborgarlöfte", "citizen promise"),
}
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
TOPIC_LABELS = {  # button labels and the question each stands for
    "overview": ("Översikt", "Overview"),
    "focus": ("Fokusområden", "Focus areas"),
    "period": ("Period", "Period"),
    "people": ("Kontakter", "Contacts"),
    "parties": ("Parter", "Parties"),
    "follow_up": ("Uppföljning", "Follow-up"),
    "methods": ("Arbetssätt", "Ways of working"),
    "source": ("Källa", "Source"),
    "purpose": ("Syfte", "Purpose"),
}
MAX_LENGTH = 4000  # Telegram's limit is 4096; leave room for formatting


def pick(language: str, sv: str, en: str) -> str:
    return en if language == "en" and en else sv


def join_words(items: list[str], language: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    last = " and " if language == "en" else " och "
    return ", ".join(items[:-1]) + last + items[-1]


def status(agreement: Agreement, today: dt.date) -> str:
    """in_force, ended, not_started or open (no end given)."""
    if agreement.end and today > agreement.end.last_day():
        return "ended"
    if agreement.start and today < agreement.start.first_day():
        return "not_started"
    if agreement.signed and today < agreement.signed.first_day() and not agreement.start:
        return "not_started"
    return "in_force" if agreement.end else "open"


def span(agreement: Agreement, language: str) -> str:
    start, end = agreement.start, agreement.end
    plain = lambda d: d.month is None  # noqa: E731 - tiny local helper
    if start and end and plain(start) and plain(end):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    parts = []
    if start:
        parts.append(pick(language, f"från {start.format('sv')}", f"from {start.format('en')}"))
    elif agreement.signed:
        parts.append(pick(language, f"från {agreement.signed.format('sv')}",
                          f"from {agreement.signed.format('en')}"))
    if end:
        parts.append(pick(language, f"till {end.format('sv')}", f"until {end.format('en')}"))
    return " ".join(parts) or pick(language, "period anges inte", "period not given")


def _neuter(agreement: Agreement) -> bool:
    """Ett medborgarlöfte (det, ett nytt), en samverkansöverenskommelse (den, en ny)."""
    return agreement.kind == "medborgarlofte"


def _ask_for_a_new_one(agreement: Agreement) -> str:
    return "fråga kommunen om ett nytt har tecknats" if _neuter(agreement) else \
        "fråga kommunen om en ny har tecknats"


def status_phrase(agreement: Agreement, today: dt.date, language: str) -> str:
    state = status(agreement, today)
    return {
        "in_force": pick(language, "gäller fortfarande", "still in force"),
        # Always with what to do about it: an ended agreement may well have a successor we lack.
        "ended": pick(language, f"har upphört; {_ask_for_a_new_one(agreement)}",
                      "has ended; ask the municipality whether a new one has been signed"),
        "not_started": pick(language, "har inte börjat gälla än", "has not started yet"),
        # Agreements usually run three or four years: without an end date nobody here knows whether
        # it still holds, so say how old the knowledge is and whom to ask.
        "open": open_phrase(agreement, language),
    }[state]


def open_phrase(agreement: Agreement, language: str) -> str:
    since = agreement.source_date
    it = "det" if _neuter(agreement) else "den"
    if since is None:
        return pick(language, f"slutdatum anges inte i källan; fråga kommunen om {it} fortfarande gäller",
                    "the source gives no end date; ask the municipality whether it still applies")
    return pick(language, f"slutdatum anges inte i källan från {since.format('sv')}; fråga kommunen om {it} "
                          f"fortfarande gäller",
                f"the source from {since.format('en')} gives no end date; ask the municipality whether it "
                f"still applies")


def status_sentence(agreement: Agreement, today: dt.date, language: str) -> str:
    """The status as a sentence of its own: "Den gäller fortfarande." / "Det har upphört; …" (a
    medborgarlöfte is ett, a samverkansöverenskommelse en) / "It is still in force."."""
    state = status(agreement, today)
    if state == "open":
        phrase = open_phrase(agreement, language)
        return phrase[:1].upper() + phrase[1:] + "."
    it = "Det" if _neuter(agreement) else "Den"
    verbs = {"in_force": (f"{it} gäller fortfarande", "It is still in force"),
             "ended": (f"{it} har upphört; {_ask_for_a_new_one(agreement)}",
                       "It has ended; ask the municipality whether a new one has been signed"),
             "not_started": (f"{it} har inte börjat gälla än", "It has not started yet")}
    return pick(language, *verbs[state]) + "."


def municipality_party(muni: Municipality) -> str:
    """The kommun as its own source names it ("Malmö stad", "Sölvesborgs kommun")."""
    for party in muni.parties:
        words = party.name.split()
        if not any(w.lower().startswith("polis") for w in words) and any(
                w.lower() in ("kommun", "stad", "kommuns", "region") for w in words):
            return party.name
    return kommun_of(muni.name)


def kommun_of(name: str) -> str:
    """"Lunds kommun", "Vellinge kommun", "Borås kommun": the s only after a consonant that takes it."""
    takes_s = name[-1:].lower() not in set("aeiouyåäösxz")
    return f"{name}s kommun" if takes_s else f"{name} kommun"


def agreement_name(agreement: Agreement, language: str, capital: bool = False) -> str:
    sv, en = KIND_NAMES[agreement.kind]
    name = pick(language, sv, en)
    return name[:1].upper() + name[1:] if capital else name


_YEARS = re.compile(r"\s*\b\d{4}(?:\s*[–-]\s*\d{2,4})?\b")


def distinguishing_title(muni: Municipality, agreement: Agreement, language: str) -> str:
    """What tells this agreement from the municipality's others of the same kind ("Hisings Backa"
    for Göteborg's four medborgarlöften), from its title without the kind's word and the years
    the period already says; "" when it is the only one of its kind or its title tells nothing."""
    if sum(1 for a in muni.agreements if a.kind == agreement.kind) < 2:
        return ""
    title = pick(language, agreement.title, agreement.title_en or agreement.title)
    for word in (*KIND_NAMES[agreement.kind], "medborgarlöften"):
        if fold(title).startswith(fold(word)):
            title = title[len(word):]
    title = _YEARS.sub("", title).strip(" ,–-:")
    return "" if not title or fold(title) == fold(muni.name) else title


def agreement_line(agreement: Agreement, today: dt.date, language: str,
                   muni: Municipality | None = None) -> str:
    label = distinguishing_title(muni, agreement, language) if muni is not None else ""
    return (f"{agreement_name(agreement, language, capital=True)}{' ' + label if label else ''} "
            f"{span(agreement, language)}, {status_phrase(agreement, today, language)}")


_STATUS_ORDER = {"in_force": 0, "not_started": 1, "open": 2, "ended": 3}


def by_relevance(agreements: Iterable[Agreement], today: dt.date) -> list[Agreement]:
    """In force first, then those not started, without an end date, and ended; newest first within
    each: a resident asking what applies should not read history first."""
    def newest(a: Agreement) -> int:
        date = a.end or a.start or a.signed or a.source_date
        return -date.last_day().toordinal() if date else 0
    return sorted(agreements, key=lambda a: (_STATUS_ORDER[status(a, today)], newest(a)))


OLD_SOURCE_YEARS = 2


def source_line(sources: Iterable[Source], language: str, today: dt.date | None = None) -> str:
    """The sources an answer rests on; one older than two years says so, since what it describes may
    have changed since."""
    parts = []
    for source in sources:
        text = f"{source.publisher}: ”{source.title}”"
        if source.date:
            text += f" ({source.date.format(language)})"
        elif source.retrieved:
            text += pick(language, f" (sidan är inte daterad; läst {source.retrieved.format('sv')})",
                         f" (the page is undated; read {source.retrieved.format('en')})")
        if source.date and today and source.date.more_than_years_before(OLD_SOURCE_YEARS, today):
            age = source.date.whole_years_before(today)
            text += pick(language, f", över {age} år gammal", f", more than {age} years old")
        if source.url:
            text += f", {source.url}"  # so a resident can read it, and check us
        parts.append(text)
    return pick(language, "Källa: ", "Source: ") + "; ".join(parts) + "."


def helpline_sources(lines: Iterable[Helpline], language: str) -> str:
    parts = [f"{line.publisher}: ”{line.title}”, {line.url}" for line in lines]
    return pick(language, "Källa: ", "Source: ") + "; ".join(parts) + "."


def sources_of(muni: Municipality, ids: Iterable[str]) -> list[Source]:
    wanted = list(dict.fromkeys(ids))
    return [muni.source(i) for i in wanted if any(s.id == i for s in muni.sources)]


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
    for agreement in by_relevance(muni.agreements, today):
        lines.append("")
        lines.append(agreement_line(agreement, today, language, muni) + ".")
        lines.extend(_areas_block(agreement, language))
    return "\n".join(lines)


def focus(muni: Municipality, today: dt.date, language: str) -> str:
    lines: list[str] = [pick(language, f"Det här har kommunen och polisen i {muni.name} kommit överens om:",
                             f"What the municipality and the police in {muni.name} have agreed on:"), ""]
    for index, agreement in enumerate(by_relevance(muni.agreements, today)):
        if index:
            lines.append("")
        lines.append(f"{agreement_line(agreement, today, language, muni)}:")
        block = _areas_block(agreement, language)
        if block:
            lines.extend(block)
        purpose = pick(language, agreement.purpose, agreement.purpose_en)
        if purpose and not any(a.kind == "focus_area" for a in agreement.areas):
            lines.append(purpose)
    return "\n".join(lines)


def area_detail(muni: Municipality, area: Area, today: dt.date, language: str) -> str:
    agreement = next(a for a in muni.agreements if a.id == area.agreement_id)
    sv_kind, en_kind = AREA_KIND_NAMES[area.kind]
    lines = [f"{pick(language, area.title, area.title_en)} "
             f"({pick(language, sv_kind, en_kind)}, {agreement_name(agreement, language)} "
             f"{span(agreement, language)}, {status_phrase(agreement, today, language)})."]
    text = pick(language, area.text, area.text_en)
    if text:
        lines.append(text)
    measures = list(area.measures_en if language == "en" and area.measures_en else area.measures)
    if measures:
        lines.append(pick(language, "Arbetssätt: ", "Methods: ") + join_words(measures, language) + ".")
    return "\n".join(lines)


def fact_detail(fact: Fact, language: str) -> str:
    return f"{pick(language, fact.title, fact.title_en)}: {pick(language, fact.text, fact.text_en)}"


def period(muni: Municipality, today: dt.date, language: str) -> str:
    lines = []
    for agreement in by_relevance(muni.agreements, today):
        label = distinguishing_title(muni, agreement, language)
        label = f" {label}" if label else ""
        line = pick(language,
                    f"{agreement_name(agreement, 'sv', capital=True)}{label} mellan {municipality_party(muni)} och "
                    f"{police_party(muni, 'sv')}: {span(agreement, 'sv')}",
                    f"The {agreement_name(agreement, 'en')}{label} between {muni.name} Municipality and "
                    f"{police_party(muni, 'en')}: {span(agreement, 'en')}")
        signed = []
        if agreement.signed:
            signed.append(pick(language, f"{'undertecknat' if _neuter(agreement) else 'undertecknad'} "
                                         f"{agreement.signed.format('sv')}",
                               f"signed {agreement.signed.format('en')}"))
        note = pick(language, agreement.signed_note, agreement.signed_note_en)
        if note:
            signed.append(note)
        if signed:
            line += f" ({', '.join(signed)})"
        lines.append(line + ". " + status_sentence(agreement, today, language))
    return "\n".join(lines)


def purpose(muni: Municipality, today: dt.date, language: str) -> str:
    lines = []
    for agreement in muni.agreements:
        text = pick(language, agreement.purpose, agreement.purpose_en)
        basis = pick(language, agreement.basis, agreement.basis_en)
        if not text and not basis:
            continue
        lines.append(f"{agreement_line(agreement, today, language, muni)}:")
        if text:
            lines.append(text)
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
    if muni.partners:
        partners = []
        for p in muni.partners:
            text = pick(language, p.name, p.name_en)
            note = pick(language, p.note, p.note_en)
            partners.append(f"{text} ({note})" if note else text)
        lines.append(pick(language, "Man samarbetar också med ", "They also work with ")
                     + join_words(partners, language) + ".")
    return "\n".join(lines)


def person_line(person: Person, language: str) -> str:
    name = person.name + (f" ({person.party})" if person.party else "")
    role = pick(language, person.role, person.role_en)
    if person.title and language != "en":
        role = f"{person.title}, {role}"
    # An official the source does not name is shown by role alone.
    return f"{name}, {role}" if person.name else role[:1].upper() + role[1:]


def people(muni: Municipality, chosen: list[Person], missing_role: str, language: str,
           with_phone: bool = False) -> str:
    if not muni.people:
        # No officials listed in the source; who signed may still be stated with the agreement, and
        # then the answer must not first claim that nobody is named.
        named_signers = any(a.signed_note for a in muni.agreements)
        lines = [pick(language, f"Det här säger källan om vem som skrev under för {muni.name}:",
                      f"What the source says about who signed for {muni.name}:") if named_signers else
                 pick(language, f"Källan namnger inga personer för {muni.name}.",
                      f"The source names no people for {muni.name}.")]
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
        lines.append(pick(language, f"Källan nämner ingen {missing_role} för {muni.name}.",
                          f"The source names no {missing_role} for {muni.name}."))
        lines.append(pick(language, "Personer som nämns:", "People named:"))
    for person in chosen:
        line = "• " + person_line(person, language)
        if person.phone and with_phone:
            line += pick(language, f", tfn {person.phone} (presskontakt)",
                         f", phone {person.phone} (press contact)")
        lines.append(line)
    return "\n".join(lines)


def follow_up(muni: Municipality, language: str) -> str:
    lines = [pick(language, f"Så följs arbetet upp i {muni.name}:", f"How the work is followed up in {muni.name}:")]
    for item in muni.follow_up:
        lines.append("• " + pick(language, item.text, item.text_en))
    for measurement in muni.measurements:
        text = pick(language, measurement.text, measurement.text_en)
        if not text:
            before = f"{measurement.before} → " if measurement.before is not None else ""
            text = f"{pick(language, measurement.name, measurement.name_en)}: {before}{measurement.after}"
        lines.append("• " + text)
    return "\n".join(lines)


def methods(muni: Municipality, language: str) -> str:
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


LIST_ALL_UP_TO = 8
LIST_EXAMPLES = 5


def municipality_list(knowledge: Knowledge, language: str, near: str = "") -> str:
    """The municipalities known: all of them while few, else how many and a handful, those in the
    same county as `near` (a municipality's name) first, so a resident sees the ones close to them."""
    names = sorted(m.name for m in knowledge.municipalities.values())
    if len(names) <= LIST_ALL_UP_TO:
        return join_words(names, language)
    county = knowledge.all_municipalities.get(near, "") if near else ""
    counties = {name: knowledge.all_municipalities.get(name, "") for name in names}
    ordered = sorted(names, key=lambda n: (not county or counties[n] != county, n))
    shown = join_words(ordered[:LIST_EXAMPLES], language)
    return pick(language, f"{len(names)} kommuner, bland dem {shown}",
                f"{len(names)} municipalities, among them {shown}")


def out_of_scope(knowledge: Knowledge, language: str) -> str:
    names = municipality_list(knowledge, language)
    return pick(
        language,
        f"Det kan jag tyvärr inte svara på. Jag kan svara om vad kommunen och polisen har kommit "
        f"överens om för tryggheten i {names}, förklara begrepp som lägesbild och medborgarlöfte, "
        f"och ta emot synpunkter om otrygga platser med /synpunkt. Vid fara: ring 112.",
        f"I can't answer that, sorry. I can answer what the municipality and the police have agreed "
        f"to do for safety in {names}, explain terms such as lägesbild and medborgarlöfte, and take "
        f"concerns about unsafe places with /synpunkt. In danger: call 112.")


def help_text(report: bool, social_services: bool, lines: list[str], language: str) -> str:
    """Where a resident turns with their own situation: 112 first, then reporting and support."""
    items = [pick(language, "Är du eller någon annan i fara just nu: ring 112.",
                  "If you or someone else is in danger right now: call 112.")]
    if report:
        items.append(pick(language, "Polisanmälan: på polisen.se eller ring 114 14.",
                          "To report it to the police: polisen.se or call 114 14."))
    items.extend(lines)
    if social_services:
        items.append(pick(language, "Socialtjänsten i din kommun ger råd och stöd: ring kommunen och fråga "
                                    "efter socialtjänsten.",
                          "Social services (socialtjänsten) in your municipality give advice and support: "
                          "call the municipality and ask for socialtjänsten."))
    return pick(language, "Det här kan hjälpa dig:\n", "This can help you:\n") + "\n".join(f"• {i}" for i in items)


def no_statistics(lines: list[Helpline], language: str) -> str:
    text = pick(language, "Jag har ingen brottsstatistik, bara det som kommunen och polisen har kommit överens om.",
                "I have no crime statistics, only what the municipality and the police have agreed on.")
    for line in lines:
        text += " " + pick(language, line.text, line.text_en)
    return text


def _whom_to_ask(muni: Municipality | None, language: str) -> str:
    """The kommun to ask, by the name its source uses, or "kommunen" when none is named."""
    if muni is None:
        return pick(language, "kommunen", "the municipality")
    return pick(language, municipality_party(muni), f"{muni.name} Municipality")


def no_event_dates(muni: Municipality | None, language: str) -> str:
    where = _whom_to_ask(muni, language)
    return pick(language,
                f"Jag har inga datum för kommande aktiviteter som trygghetsvandringar eller möten: det vet jag "
                f"inte. Fråga {where} eller se kommunens webbplats.",
                f"I have no dates for coming activities such as safety walks or meetings: I don't know them. "
                f"Ask {where} or see its website.")


def no_money(muni: Municipality | None, language: str) -> str:
    where = _whom_to_ask(muni, language)
    return pick(language,
                f"Jag har inga siffror om vad trygghetsarbetet kostar: överenskommelserna jag har anger inga "
                f"budgetar. Fråga {where}; budgeten beslutas av kommunfullmäktige.",
                f"I have no figures on what the safety work costs: the agreements I have state no budgets. "
                f"Ask {where}; the budget is decided by the municipal council.")


def no_ranking(knowledge: Knowledge, language: str) -> str:
    names = municipality_list(knowledge, language)
    return pick(language,
                f"Det kan jag inte avgöra: överenskommelserna säger inte vilken kommun som är tryggast eller bäst, "
                f"och jag rangordnar inte kommuner. Jag kan berätta vad var och en fokuserar på ({names}), "
                f"eller jämföra två, till exempel ”Jämför Vellinge och Kävlinge”.",
                f"I can't tell: the agreements do not say which municipality is safest or best, and I do not "
                f"rank municipalities. I can tell you what each one focuses on ({names}), or compare two, "
                f"for example “Compare Vellinge and Kävlinge”.")


def no_cases(language: str) -> str:
    return pick(language,
                "Jag kan inte se enskilda ärenden eller polisanmälningar. Om en anmälan: kontakta polisen på 114 14. "
                "Dina synpunkter till kommunen och deras status ser du med /mina.",
                "I can't see individual cases or police reports. About a report: contact the police on 114 14. "
                "See your concerns to the municipality and their status with /mina.")


def unknown_municipality(name: str, knowledge: Knowledge, language: str) -> str:
    """Never an answer about another municipality: what we lack, and where the resident may look."""
    searched = knowledge.searched(name)
    if searched is not None and searched.checked is not None:
        return nothing_published(searched, language)
    names = municipality_list(knowledge, language, near=name)
    return pick(language,
                f"Jag har inget om {name} ännu. {genitive(name)} samverkansöverenskommelse med polisen och "
                f"medborgarlöften brukar finnas på kommunens webbplats (sök på ”samverkansöverenskommelse” eller "
                f"”medborgarlöfte”) och under Medborgarlöften på polisen.se. Jag kan svara om {names}.",
                f"I have nothing on {name} yet. {name}'s cooperation agreement with the police and its citizen "
                f"promises (medborgarlöften) are usually on the municipality's website (search for "
                f"\"samverkansöverenskommelse\" or \"medborgarlöfte\") and under Medborgarlöften on polisen.se. "
                f"I can answer about {names}.")


def nothing_published(muni: Municipality, language: str) -> str:
    """A kommun searched for with no published agreement found: say so plainly, when and what was
    searched, and where to ask; the police area and pages only when a source names them."""
    when = muni.checked.format(language) if muni.checked else ""
    own = municipality_party(muni)
    area = pick(language, f" Kommunen hör till lokalpolisområde {muni.police_area}.",
                f" The municipality belongs to the local police area {muni.police_area}.") if muni.police_area else ""
    pages = "".join(f"\n{source.title}: {source.url}" for source in muni.sources if source.url)
    return pick(language,
                f"Jag har inte hittat någon publicerad samverkansöverenskommelse eller något medborgarlöfte för "
                f"{own}. {muni.checked_note.rstrip('.')} ({when}).{area} Fråga kommunen om deras "
                f"trygghetsarbete med polisen; medborgarlöften publiceras också under Medborgarlöften på polisen.se."
                f"{pages}",
                f"I have not found a published cooperation agreement or citizen promise for {muni.name} "
                f"(searched {when}).{area} Ask the municipality about its safety work with the police; citizen "
                f"promises are also published under Medborgarlöften on polisen.se.{pages}")


def truncate(text: str) -> str:
    if len(text) <= MAX_LENGTH:
        return text
    cut = text.rfind("\n", 0, MAX_LENGTH - 2)
    return text[: cut if cut > 0 else MAX_LENGTH - 2] + "\n…"


def topic_question(topic: str, muni: Municipality, language: str) -> str:
    """A question the engine answers with `topic` for `muni` (used for suggestions and buttons)."""
    name, gen = muni.name, genitive(muni.name)
    sv = {"overview": f"Berätta om {name}", "focus": f"{gen} fokusområden",
          "period": f"{gen} avtalsperiod", "people": f"Personer i {name}",
          "parties": f"Parter i {name}", "follow_up": f"Uppföljning i {name}",
          "methods": f"Arbetssätt i {name}", "source": f"Källor för {name}",
          "purpose": f"Syftet med {gen} avtal"}
    en = {"overview": f"Tell me about {name}", "focus": f"{name}'s focus areas",
          "period": f"{name}'s agreement period", "people": f"People in {name}",
          "parties": f"Parties in {name}", "follow_up": f"Follow-up in {name}",
          "methods": f"Ways of working in {name}", "source": f"Sources for {name}",
          "purpose": f"The purpose of {name}'s agreement"}
    return pick(language, sv[topic], en[topic])


def date_text(date: PartialDate | dt.date, language: str) -> str:
    if isinstance(date, dt.date):
        date = PartialDate(date.year, date.month, date.day)
    return date.format(language)


def danger_line(language: str) -> str:
    """The line that opens an answer when a message may also describe danger now."""
    return pick(language, "Är någon i fara just nu? Ring 112.", "Is someone in danger right now? Call 112.")


def thanks(language: str) -> str:
    return pick(language, "Varsågod! Fråga gärna igen, eller skriv /synpunkt om något känns otryggt där du bor.",
                "You're welcome! Ask again any time, or send /concern if something feels unsafe where you live.")


def what_i_do(knowledge: Knowledge, language: str) -> str:
    about = knowledge.general["about"]
    return pick(language, about.text, about.text_en) + "\n\n" + pick(
        language, "Skriv /hjalp för exempel på frågor, /synpunkt för att berätta om en otrygg plats.",
        "Send /help for example questions, /concern to tell us about a place that feels unsafe.")


def not_held(language: str) -> str:
    return pick(language,
                "Det finns inte i det jag vet: jag har bara det som kommunen och polisen har kommit överens "
                "om, inte siffror om brott, budgetar, omdömen eller besked i enskilda ärenden. Fråga kommunen "
                "eller polisen (114 14) om det.",
                "That isn't in what I know: I only have what the municipality and the police have agreed on, "
                "not crime figures, budgets, opinions or news about individual cases. Ask the municipality "
                "or the police (114 14).")


# One question per reading the bot may be unsure between; sent back, each is read as that intent.
_INTENT_QUESTIONS: dict[str, tuple[str, str]] = {
    "concern": ("Jag vill lämna en synpunkt om en otrygg plats", "I want to report a place that feels unsafe"),
    "report_crime": ("Hur anmäler jag ett brott?", "How do I report a crime?"),
    "situation_domestic": ("Vart vänder jag mig om jag utsätts för våld hemma?",
                           "Where do I turn if I am subjected to violence at home?"),
    "situation_threat": ("Jag blir hotad, vem kan hjälpa mig?", "I am being threatened, who can help me?"),
    "situation_child": ("Jag är orolig för ett barn, vem kontaktar jag?", "I am worried about a child, who do I contact?"),
    "situation_youth_crime": ("Jag är orolig att mitt barn hamnar i kriminalitet, vem kan hjälpa?",
                              "I am worried my child is getting into crime, who can help?"),
    "situation_fraud": ("Jag har blivit lurad på pengar, vad gör jag?", "I have been scammed, what do I do?"),
    "situation_fear": ("Jag är rädd efter ett brott, var får jag stöd?", "I am afraid after a crime, where can I get support?"),
    "suicidal_thoughts": ("Jag mår dåligt och har självmordstankar, vem kan jag prata med?",
                          "I feel bad and have suicidal thoughts, who can I talk to?"),
    "ask_glossary": ("Vad betyder medborgarlöfte?", "What is a medborgarlöfte?"),
    "ask_which": ("Vilka kommuner arbetar med unga?", "Which municipalities work with young people?"),
    "help": ("Vad kan du svara på?", "What can you answer?"),
}
_INTENT_TOPIC = {"ask_focus": "focus", "ask_period": "period", "ask_people": "people", "ask_parties": "parties",
                 "ask_topic": "focus", "ask_police_area": "parties", "ask_compare": "focus"}


def intent_question(intent: str, muni: Municipality | None, language: str) -> str:
    """A question that stands for one reading of a message, for "Menade du …?"; "" when none fits."""
    if intent in _INTENT_TOPIC and muni is not None:
        return topic_question(_INTENT_TOPIC[intent], muni, language)
    if intent in _INTENT_TOPIC:
        return pick(language, "Vad fokuserar kommunen och polisen på där jag bor?",
                    "What do the municipality and the police focus on where I live?")
    pair = _INTENT_QUESTIONS.get(intent)
    return pick(language, *pair) if pair else ""


def also_concern(language: str) -> str:
    """After an answer to a message that also tells of a place: where to tell the kommun."""
    return pick(language, "Vill du berätta för kommunen om platsen? Skriv /synpunkt så tar jag emot det "
                          "till nästa lägesbild. Vid fara: ring 112.",
                "Want to tell the municipality about the place? Send /synpunkt and I will take it for the "
                "next lägesbild. In danger: call 112.")


def also_report(language: str) -> str:
    """After an answer to a message that also tells of a crime: where to report it."""
    return pick(language, "Vill du anmäla ett brott: polisen.se eller 114 14. Pågår det just nu: ring 112.",
                "To report a crime: polisen.se or 114 14. If it is happening now: call 112.")

