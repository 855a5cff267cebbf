"""Cases of one's own for which no line of knowledge/helplines.yaml is written (round fifteen): a tax
question, a building permit, a school or preschool place, a visa, a residence permit or citizenship, a
debt collector or Kronofogden, a contract with a firm. The model read them as a concern to start ("sonen
har blivit placerad på en skola 4 km bort"), as a crime suffered ("ett inkassobolag kräver mig på 3000
kr", which got the victim's list with 112 at its top) or had no answer for them ("Behöver jag bygglov
för ett växthus?"). They are out of scope and no legal advice is given; a general place is named only
when one fits: a decision or a dispute is a legal representative's (the `legal_help` line), a contract
with a firm as a consumer is Hallå Konsument's. Read on folded tokens."""

from __future__ import annotations

from bot.answering import compose
from bot.answering import own_matter_signs as own_signs
from bot.answering.answer import Answer, helpline_source
from bot.answering.compose import pick
from bot.answering.knowledge import Knowledge
from bot.answering.lexicon import CueSet

# Taxes and the tax return.
TAX = CueSet.of({3: (
    "skatt", "skatten", "beskatt*", "restskatt*", "skatteverket*", "deklaration*", "deklarera*", "skatteaterbaring*", "skattetabell*",
    "skattereduktion*", "rotavdrag*", "rutavdrag*", "rot avdrag*", "rut avdrag*", "dra av ~ i deklaration*",
    "fastighetsskatt*", "fastighetsavgift*", "kvarskatt*", "back tax*", "tax return*", "tax office", "tax agency",
    "tax refund", "my taxes", "income tax", "tax deduction*", "property tax")})
# Building and planning permits, and the board that decides them.
PERMIT = CueSet.of({3: (
    "bygglov*", "bygganmalan*", "marklov*", "rivningslov*", "strandskyddsdispens*", "byggnadsnamnd*",
    "bygglovsavdelning*", "startbesked*", "slutbesked*", "building permit*", "planning permission",
    "planning permit*", "building regulations")})
# A place at a school or a preschool, and where a child is placed.
SCHOOL_PLACE = CueSet.of({3: (
    "skolplacering*", "skolplats*", "forskoleplats*", "forskoleplacering*", "skolval*", "fick inte plats",
    "fatt plats", "fa plats", "placerad pa ~ skola", "placerades pa ~ skola", "placerad pa ~ forskola",
    "skolskjuts*", "byta skola", "school place*", "school placement*", "school admission*", "preschool place*",
    "nursery place*", "placed at ~ school", "school transport", "change schools", "school choice")})
# A visa, a residence or work permit, citizenship ("visa" alone is Swedish for "show": only in English
# frames).
MIGRATION = CueSet.of({3: (
    "uppehallstillstand*", "arbetstillstand*", "medborgarskap*", "visum", "visumet", "*visum", "visumansokan*",
    "migrationsverket*", "asylansokan*", "anhoriginvandring*", "my visa", "her visa", "his visa", "our visa",
    "s visa", "the visa", "visa application*", "visa was", "tourist visa", "work visa", "residence permit*",
    "work permit*", "citizenship", "migration agency")})
# A debt claimed: a collector, Kronofogden, a payment order.
DEBT = CueSet.of({3: (
    "inkasso*", "kronofogd*", "betalningsforelaggande*", "betalningsanmarkning*", "skuldsanering*",
    "debt collector*", "debt collection", "collection agency", "bailiff*", "payment order", "payment remark*")})
# A contract with a firm: bound, cancelled, renewed, a fee for leaving ("elbolaget säger att jag bundit
# mig i tre år", "gymmet förlänger mitt kort fast jag sagt upp det").
FIRM = CueSet.of({3: (
    "elbolag*", "mobilbolag*", "telefonbolag*", "gymmet", "gymkort*", "telebolag*", "mobiloperator*", "operatoren", "bredbandsbolag*",
    "forsakringsbolag*", "bolaget", "foretaget", "firman", "leverantor*", "kunden", "en kund", "gym",
    "company", "firm", "supplier", "provider", "customer", "client", "broadband", "phone company")})
CONTRACT = CueSet.of({3: (
    "bundit", "bindningstid*", "avtal*", "kontrakt*", "uppsagningstid*", "sagt upp", "sager upp", "saga upp",
    "forlang*", "avgift*", "vagrar betala", "betalar inte", "contract*", "cancel*", "renew*", "fee", "fees",
    "termination", "won t pay", "refuses to pay", "notice period", "locked in")})
# The resident's own firm: its contracts are a business's, not a consumer's.
OWN_FIRM = CueSet.of({3: (
    "jag driver", "min firma", "mitt foretag", "vart foretag", "var firma", "mitt bolag", "my company",
    "my business", "my firm", "our company", "i run a")})
# A decision, a delay or a dispute told beside it: a legal representative's matter, not a question of
# how things are done in general.
DISPUTED = CueSet.of({3: (
    "avslag*", "avslog", "nekad*", "nekat*", "nekar", "overklaga*", "beslut*", "har inte svarat", "inte fatt ~ besked",
    "inget besked", "drojer", "droja", "drojt", "tvist*", "bestrid*", "kraver mig", "redan betalat", "inte kanner igen",
    "vagrar", "har de ratt", "far de", "far kommunen", "kan kommunen", "gora sa", "ratt att", "rattsligt",
    "vad gor jag", "vad gor vi", "vad kan vi gora", "vad kan jag gora", "ska jag betala", "maste jag betala",
    "rejected", "denied", "refused", "appeal*", "decision", "dispute*", "not answered", "hasn t answered",
    "haven t heard", "already paid", "don t recognise", "don t recognize", "sue", "legally", "is it legal",
    "what can i do", "what can we do")})


# A letter or a call in an authority's or a firm's name that may be a fraud ("brev från Skatteverket … ska
# skicka kontonummer, är det äkta?"): the fraud's help, not a tax matter.
IMPOSTOR = CueSet.of({3: (
    "kontonummer*", "kortnummer*", "kortuppgift*", "bankuppgift*", "ar det akta", "ar den akta", "ar det pa riktigt",
    "is it real", "is this real", "is it genuine", "is this genuine", "legit", "card details", "bank details",
    "account number")})


def kind(norm: str) -> str | None:
    """The helplines kind for a case no line is written for: "consumer" for a contract with a firm, "case"
    for a business's contract or a debt claimed (a legal representative's), "no_fit" for a tax, permit,
    school or migration matter; None when the message is none of them, or may tell a fraud."""
    if own_signs.SCAM.found(norm) or IMPOSTOR.found(norm):
        return None
    if FIRM.found(norm) and CONTRACT.found(norm):
        return "case" if OWN_FIRM.found(norm) else "consumer"
    if DEBT.found(norm):
        return "case"  # "ett inkassobolag kräver mig på 3000 kr": the debt is the case itself
    if TAX.found(norm) or PERMIT.found(norm) or SCHOOL_PLACE.found(norm) or MIGRATION.found(norm):
        return "no_fit"
    return None


def disputed(norm: str) -> bool:
    """A decision, a delay or a dispute told: a legal representative fits it."""
    return DISPUTED.found(norm)


def opening(lang: str, kind_: str) -> str:
    """Plainly out of scope and no legal advice, whatever kind of own matter it is."""
    if kind_ == "no_fit":
        return pick(lang, "Det här är ditt eget ärende och ligger utanför det jag svarar på, och juridiska råd kan "
                          "jag inte ge. Jag svarar om vad kommunen och polisen har kommit överens om för tryggheten.",
                    "This is your own matter and outside what I answer, and I can't give legal advice. I answer "
                    "what the municipality and the police have agreed to do for local safety.")
    return pick(lang, "Det här är ditt eget ärende: enskilda ärenden kan jag inte hjälpa till med, och juridiska råd "
                      "kan jag inte ge. Jag svarar om vad kommunen och polisen har kommit överens om för tryggheten. "
                      "Här kan du vända dig:",
                "This is your own matter: I cannot help with single cases or give legal advice. I answer what the "
                "municipality and the police have agreed to do for local safety. Here is where to turn:")


def decision_line(lang: str) -> str:
    """Where a decision is appealed: the decision itself says by when (knowledge/helplines.yaml, JO's line)."""
    return pick(lang, "Ett beslut överklagar du inom den tid som står i beslutet.",
                "A decision is appealed within the time stated in the decision.")


def answer(norm: str, lang: str, knowledge: Knowledge) -> Answer:
    """Out of scope and no legal advice; a decision or a dispute told gets where a decision is appealed
    and the legal representative's line, a plain question no line at all (none fits it)."""
    text = opening(lang, "no_fit")
    if not disputed(norm):
        return Answer(False, None, "out_of_scope", text, language=lang)
    lines = knowledge.helplines_for("legal_help")
    text += "\n" + "\n".join(f"• {b}" for b in [decision_line(lang), *(pick(lang, line.text, line.text_en) for line in lines)])
    text += "\n\n" + compose.helpline_sources(lines, lang)
    return Answer(False, None, "out_of_scope", text, sources=[helpline_source(line) for line in lines], language=lang)
