"""Writing answers from the knowledge base, in Swedish or English: the shared wording (a language's
pick, lists of words, source lines) and the replies that are not about one aspect of an entry.
Plain text; channels format it. An agreement's period and status: periods.py; an entry's aspects:
aspects.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from bot.answering.knowledge import Helpline, Knowledge, Municipality, Source
from bot.text import genitive

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
    if len(parts) > 2:
        # Göteborg's four medborgarlöften: one line per page, each with its own title and address,
        # rather than five addresses in one sentence.
        return "\n".join(pick(language, "Källa: ", "Source: ") + part + "." for part in parts)
    return pick(language, "Källa: ", "Source: ") + "; ".join(parts) + "."


def helpline_sources(lines: Iterable[Helpline], language: str) -> str:
    parts = [f"{line.publisher}: ”{line.title}”, {line.url}" for line in lines]
    return pick(language, "Källa: ", "Source: ") + "; ".join(parts) + "."


def sources_of(muni: Municipality, ids: Iterable[str]) -> list[Source]:
    wanted = list(dict.fromkeys(ids))
    return [muni.source(i) for i in wanted if any(s.id == i for s in muni.sources)]


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
    """Where a resident turns with their own situation: 112 first, then reporting and support. Thoughts of
    suicide too keep 112 first among the lines ("Vid akuta lägen eller vid tankar på självmord, ring alltid
    112", mind.se's list as Corren printed it, September 2018)."""
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
    # "nämns inte" first: a count of crimes asked "enligt medborgarlöftet" is one the agreements do not give
    text = pick(language, "Antal brott nämns inte i överenskommelserna: jag har ingen brottsstatistik, bara det som "
                          "kommunen och polisen har kommit överens om.",
                "Crime figures are not mentioned in the agreements: I have no crime statistics, only what the "
                "municipality and the police have agreed on.")
    for line in lines:
        text += " " + pick(language, line.text, line.text_en)
    return text


def _whom_to_ask(muni: Municipality | None, language: str) -> str:
    """The kommun to ask, by the name its source uses, or "kommunen" when none is named."""
    if muni is None:
        return pick(language, "kommunen", "the municipality")
    return pick(language, municipality_party(muni), f"{muni.name} Municipality")


def contact_whom(muni: Municipality, language: str) -> str:
    """Whom at the kommun a resident asks about its agreement: the role its contact page names
    ("kommunens trygghetssamordnare"), else the kommun itself."""
    contact = muni.contact
    if contact is not None and contact.role:
        return pick(language, f"kommunens {contact.role}", f"the municipality's {contact.role_en}")
    return pick(language, "kommunen", "the municipality")


def contact_page(muni: Municipality, language: str) -> str:
    """What follows "Fråga kommunen om …": ", till exempel via sidan ”title” (address)" for the kommun's
    page, or, when the page is where the role is named, " (rollen nämns i ”title”, address)"; "" without one."""
    if muni.contact is None:
        return ""
    page = muni.source(muni.contact.source_id)
    if muni.contact.role:
        where = f", {page.url}" if page.url else ""
        return pick(language, f" (rollen nämns i ”{page.title}”{where})", f" (the role is named in “{page.title}”{where})")
    where = f" ({page.url})" if page.url else ""
    return pick(language, f", till exempel via sidan ”{page.title}”{where}",
                f", for example through its page “{page.title}”{where}")


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
                f"Jag har inga siffror om vad trygghetsarbetet kostar: budgetar nämns inte i överenskommelserna "
                f"jag har. Fråga {where}; budgeten beslutas av kommunfullmäktige.",
                f"I have no figures on what the safety work costs: budgets are not mentioned in the agreements I have. "
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
    # The pages behind the police area (or where to ask), as any answer's source line, which every
    # channel renders as links: never as if they were the kommun's agreement.
    pages = "\n\n" + source_line(muni.sources, language) if muni.sources else ""
    return pick(language,
                f"Jag har inte hittat någon publicerad samverkansöverenskommelse eller något medborgarlöfte för "
                f"{own}. {muni.checked_note.rstrip('.')} ({when}).{area} {_ask_about_safety_work(muni, 'sv')}"
                f"{pages}",
                f"I have not found a published cooperation agreement or citizen promise for {muni.name} "
                f"(searched {when}).{area} {_ask_about_safety_work(muni, 'en')}{pages}")


def _ask_about_safety_work(muni: Municipality, language: str) -> str:
    """Whom to ask when no agreement was found: the kommun's contact page when a source gives one."""
    if muni.contact is None:
        return pick(language, "Fråga kommunen om deras trygghetsarbete med polisen; medborgarlöften publiceras "
                              "också under Medborgarlöften på polisen.se.",
                    "Ask the municipality about its safety work with the police; citizen promises are also "
                    "published under Medborgarlöften on polisen.se.")
    about = "deras" if muni.contact.role == "" else "kommunens"
    return pick(language, f"Fråga {contact_whom(muni, 'sv')} om {about} trygghetsarbete med polisen"
                          f"{contact_page(muni, 'sv')}. Medborgarlöften publiceras också under Medborgarlöften på "
                          f"polisen.se.",
                f"Ask {contact_whom(muni, 'en')} about the municipality's safety work with the police"
                f"{contact_page(muni, 'en')}. Citizen promises are also published under Medborgarlöften on "
                f"polisen.se.")


def truncate(text: str, room: int = 0) -> str:
    """The text cut at a line to fit one message, leaving `room` characters for what is added after it."""
    limit = MAX_LENGTH - room
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit - 2)
    return text[: cut if cut > 0 else limit - 2] + "\n…"


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
                "Det nämns inte i det jag har: jag har bara det som kommunen och polisen har kommit överens "
                "om, inte siffror om brott, budgetar, omdömen eller besked i enskilda ärenden. Fråga kommunen "
                "eller polisen (114 14) om det.",
                "That is not mentioned in what I have: I only have what the municipality and the police have agreed on, "
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
