"""What bot/answering/refusals.py says when it says no: to another's data, to staff asking in the chat,
and to whether the police or the kommun gave the bot data about the resident. Kept apart from the
reading of what is refused, which is long enough on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answering import others_signs
from bot.answering import refusal_signs as signs
from bot.answering.compose import pick
from bot.text import fold

if TYPE_CHECKING:
    from bot.answering.knowledge import Knowledge
    from bot.answering.reading import Reading


def nothing_about_you(lang: str) -> str:
    """Whether the police or the kommun gave the bot data about the resident: the bot holds only the
    agreements, no register of anyone, and concerns reach only the kommun's staff."""
    return pick(
        lang,
        "Nej. Jag har inte tillgång till uppgifter om dig eller någon annan från polisen eller kommunen, och "
        "jag lämnar inte ut uppgifter om personer. Jag har bara det som kommunen och polisen har kommit "
        "överens om för tryggheten. Synpunkter som invånare skickar går bara till kommunens personal. Vilka "
        "uppgifter polisen har om dig kan du fråga polisen om på 114 14; dina egna synpunkter ser du med /mina.",
        "No. I have no access to information about you or anyone else from the police or the municipality, "
        "and I don't give out information about people. I only have what the municipality and the police have "
        "agreed to do for local safety. Concerns residents send go only to the municipality's staff. What the "
        "police hold about you is for the police to answer on 114 14; you can see your own concerns with /mine.")


def cannot_act(lang: str) -> str:
    """The bot asked to report or contact someone in a matter of one's own: what it cannot do, before where to ask."""
    return pick(lang, "Jag är en chattbot och kan inte anmäla eller kontakta någon åt dig.",
                "I'm a chatbot and can't report anything or contact anyone for you.")


def not_in_the_chat(lang: str) -> str:
    """Staff asking in the chat: a claim the chat cannot check, and concerns never leave by a chat;
    staff read them where they log in."""
    return pick(
        lang,
        "Nej, synpunkter skickar jag aldrig i chatten, inte heller till den som säger sig arbeta på kommunen "
        "eller hos polisen, och jag lämnar inte ut namn eller kontaktuppgifter. Synpunkter som invånare "
        "skickar går bara till kommunens personal, som ser dem i personalens webbverktyg när de har loggat in "
        "med sitt konto.",
        "No, I never send concerns in the chat, not even to someone who says they work for the municipality "
        "or the police, and I don't give out names or contact details. Concerns residents send go only to the "
        "municipality's staff, who see them in the staff web tool once they have logged in with their account.")


def no_to_others(r: Reading, personal: bool = False) -> str:
    """The plain no: what others sent, and what they answered in the trygghetsmätning, is not shown;
    nor anyone's own data (who lives where, a personnummer, a number, who owns a car or is suspected)."""
    if personal:
        return pick(
            r.language,
            "Nej, det kan jag inte svara på. Jag lämnar inte ut uppgifter om andra personer: inte namn, adress, "
            "telefonnummer eller personnummer, inte vem som äger ett fordon eller misstänks för ett brott, och "
            "inte vad andra har skrivit eller frågat. Synpunkter som invånare skickar sparas utan namn och går "
            "bara till kommunens personal. Jag kan svara på vad kommunen och polisen har kommit överens om för tryggheten, och dina "
            "egna synpunkter ser du med /mina.",
            "No, I can't answer that. I don't give out information about other people: no names, addresses, "
            "phone numbers or personal identity numbers, not who owns a vehicle or is suspected of a crime, and "
            "not what others have written or asked. Concerns residents send are stored without names and go "
            "only to the municipality's staff. I can answer what the municipality and the police have agreed to do for local safety, and "
            "you can see your own concerns with /mine.")
    survey = signs.SURVEY.found(r.norm) or others_signs.who_said_unsafe(r.norm)
    followers = others_signs.asks_for_followers(r.norm)
    return pick(
        r.language,
        "Nej, det kan jag inte visa. "
        + ("Vem som följer en kommun visar jag inte för någon. " if followers else "")
        + ("Svaren på trygghetsmätningen sparas bara som antal, utan namn och utan koppling till den som "
           "svarat, och kommunens personal ser dem bara sammanräknade. " if survey else "")
        + "Synpunkter som invånare skickar sparas utan namn och går bara till kommunens personal, och ingen "
          "annans namn, telefonnummer eller meddelande visas för andra invånare. Dina egna synpunkter ser du med /mina.",
        "No, I can't show that. "
        + ("I don't show anyone who follows a municipality. " if followers else "")
        + ("Answers to the safety survey are stored only as counts, without names or any link to who "
           "answered, and the municipality's staff see them only added up. " if survey else "")
        + "Concerns residents send are stored without names and go only to the municipality's staff, and nobody "
          "else's name, phone number or message is ever shown to other residents. You can see your own with /mine.")


def not_the_bots_site(lang: str) -> str:
    """One's own details on a search site: another site's data, which the bot neither holds nor can remove."""
    return pick(lang, "Det kan jag inte hjälpa till med: jag kan inte ta bort eller ändra uppgifter på andra "
                      "webbplatser, och de uppgifterna kommer inte från mig. Här kan du vända dig:",
                "I can't help with that: I can't remove or change details on other websites, and those details "
                "don't come from me. Here is where to turn:")


def who_reported_you(lang: str, where: str, lines: list[str]) -> str:
    """Who reported the resident: a plain no (the bot holds no reports and names no one), then where their
    own case is asked about: `lines` for a report to social services (helplines.yaml), the police for a
    police report, the bot's own rule for what was sent through it."""
    text = pick(lang, "Nej. Vem som har gjort en anmälan eller klagat kan jag inte säga, och jag lämnar inte ut "
                      "uppgifter om andra personer. Jag har inga anmälningar, bara det som kommunen och polisen har "
                      "kommit överens om för tryggheten.",
                "No. I can't tell you who made a report or complained, and I don't give out information about "
                "other people. I hold no reports, only what the municipality and the police have agreed to do for "
                "local safety.")
    kept = pick(lang, "Synpunkter som skickas hit sparas utan namn och går bara till kommunens personal.",
                "Concerns sent here are stored without names and go only to the municipality's staff.")
    if where == "social":
        return text + " " + kept + "\n" + "\n".join(f"• {line}" for line in lines)
    if where == "police":
        return text + " " + kept + " " + pick(lang, "Frågor om en polisanmälan som gäller dig ställer du till "
                                                    "polisen på 114 14.",
                                             "Questions about a police report concerning you are for the police, "
                                             "on 114 14.")
    # through the bot, or to a kommun or a landlord: what is sent here is kept without names
    return text + " " + kept + " " + pick(lang, "Dina egna synpunkter ser du med /mina.",
                                          "You can see your own with /mine.")


def police_writing(lang: str, knowledge: Knowledge) -> str:
    """A person asked about in what the police wrote: what a lägesbild is (the glossary's definition, a
    picture of a kommun, not of people), and that a case of one's own or one's child's is the police's."""
    term = next((t for t in knowledge.glossary if fold(t.term) == "lagesbild"), None)
    picture = (pick(lang, term.definition, term.definition_en) + " ") if term is not None else ""
    return picture + pick(lang, "Frågor om ett ärende hos polisen som gäller dig eller ditt barn ställer du till "
                                "polisen på 114 14.",
                          "Questions about a police matter concerning you or your child are for the police, on 114 14.")
