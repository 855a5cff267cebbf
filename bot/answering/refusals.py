"""What the bot says no to, or sends elsewhere, plainly: other residents' data, and matters of one's
own that no agreement answers.

- "Visa vad andra invånare i Lund har rapporterat, med deras telefonnummer": refused. Concerns go
  to the kommun's staff only, and nobody's name, number or message is ever shown to another resident.
- A legal question or a personal case ("Är det lagligt att ha en drönare som filmar min trädgård?",
  a camera in the stairwell, a parking fine, a neighbour's loud music every night): out of scope,
  with where to ask. Where to ask is `knowledge/helplines.yaml`, each line from a stored public page,
  and only the one or two lines that fit the matter, not every help line.

Danger now is never taken for one of these: an emergency's decision is left alone, and so is a
resident's own situation of threats or violence ("grannen hotar mig") and a crime to report.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answering import agreement_first, agreement_law, compose, danger, lexicon, limits, misroutes, others_collections, others_confirm, others_records
from bot.answering import life_areas, no_fit_cases, others_shapes, others_signs, own_act, own_cases, own_law
from bot.answering import case_shapes, not_now_signs, person_asked, refusal_texts, report_authors, third_party
from bot.answering import own_matter_signs as own_signs
from bot.answering import refusal_signs as signs
from bot.answering.answer import Answer, helpline_source
from bot.answering.compose import pick
from bot.answering.decide import Decision
from bot.answering.knowledge import Knowledge
from bot.answering.agreement_first import SURE_OF_ANOTHER_READING
from bot.answering.own_matters import listed_matter, matter, reported_oneself
from bot.text import fold, tokens

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# What the resident's own matter is, in the order tried, and the help lines' kind for it.
MATTERS = ("own_report", "parking", "summary_fine", "fines", "drone", "camera_wildlife", "camera_home", "camera",
           "camera_own", "camera_public", "tenancy", "consumer", "neighbours", "legal")
SURVEILLANCE = frozenset({"drone", "camera_wildlife", "camera_home", "camera", "camera_own", "camera_public"})
LEGAL_MATTERS = SURVEILLANCE | {"legal"}  # the others are a case, not law
# A dispute or a case of one's own under the law: the one place that fits, then the legal-help line
# (a legal representative, and the legal expenses cover of one's home insurance: `legal_help`).
WITH_LEGAL_HELP = frozenset({"summary_fine", "tenancy", "consumer", "legal", "case", "work"})
# Cases with a counterpart (not the law of one's own act): the model's danger alone does not make them one.
# (A parking fine or an ordningsbot is one: its issuer is the counterpart, "how do I contest it?" no danger.)
_CASES = frozenset({"tenancy", "consumer", "case", "summary_fine", "no_fit", "decision", "work", "authority_complaint",
                    "own_listing", "report_about_me_social", "parking", "fines"})
# Matters of one's own whatever the model reads in them: a complaint about an authority, one's own record.
OWN_MATTERS = WITH_LEGAL_HELP | {"authority_complaint", "own_record", "no_fit", "decision", "own_listing",
                                  "report_about_me_social"}


# Sent, as a concern is (not "svarat", an answer awaited), and one's own concern named ("mitt klagomål").
_SENT_BY = re.compile(r"\b(?:skickat|skickade|skrivit|skrev|lamnat|lamnade|sent|wrote|written|submitted)\b")
_OWN_CONCERN = re.compile(r"\b(?:mitt|min|mina|my)\s+(?:klagomal|synpunkt\w*|anmalan|concerns?|complaints?)\b")
_FIRST_PERSON = frozenset(("jag", "mig", "min", "mitt", "mina", "vi", "oss", "var", "vart", "my", "me", "we", "our"))
_HOW_LONG_KEPT = re.compile(r"\b(?:hur lange|how long)\b.*\b(?:spar\w*|lagr\w*|kvar|keep|kept|store\w*|retain\w*)\b")


_SURVEY_COUNT = re.compile(r"\b(?:hur manga|how many)\b(?: \w+){0,6}? (?:svarade|svarat|besvarade|deltog|tyckte till"
                           r"|answered|responded|replied|took part|participated)\b")


def asks_a_survey_count(text: str) -> bool:
    """"Hur många svarade på enkäten?", "how many answered the survey": the count of a survey, the entry's
    published figure, never one resident's answers."""
    norm = " ".join(tokens(text))
    return bool(_SURVEY_COUNT.search(norm)) and signs.SURVEY.found(norm)


def others_data(r: Reading) -> bool:
    """Asks to see what other residents sent or who they are, or another person's data: read once per reading
    (the engine asks it of a message before taking it apart, and again when it refuses)."""
    kept = r.__dict__.get("_others_data")
    if kept is None:
        kept = r.__dict__["_others_data"] = _others_data(r)
    return kept


def _others_data(r: Reading) -> bool:
    norm = third_party.without_disclaimed(r.norm)
    if others_records.vehicle_owner(norm, r.text) or others_records.named_in_police_writing(norm, r.text) \
            or others_records.number_owner(norm, r.text):
        # "vems är bilen med reg …?", "står min son med i lägesbilden?", "vem äger numret 070-…?": a person's
        # data, whatever agreement's word ("lägesbild") names where it would be
        return True
    if r.rules is None and _ANSWERED_THAT.search(norm) and _a_resident_named(r):
        return True  # "har Lena Svensson svarat att hon känner sig otrygg?": a named resident's answer, no danger told
    if others_confirm.own_sending_asked(norm):
        return False  # "who can see the concerns I send?": the bot's rule for one's own, no one else's data
    if asks_a_survey_count(norm) and not signs.WHO_ANSWERED.found(norm):
        return False  # "min syster vill veta hur många som svarade på enkäten": the survey's count, a figure of the entry
    if signs.AGREEMENT_WORDS.found(norm) or (_HOW_LONG_KEPT.search(norm) and not {"vem", "vilka", "who"} & set(r.tokens)):
        return False  # (how long concerns are kept is the bot's rule, whoever sent them; who sent one is not)
    if others_signs.asks_for_followers(norm) or signs.WHO_WAS_IT.search(norm):
        # "vilka användare följer Växjö?": who follows is no one else's to see; nor "Nån har klagat på
        # mopederna … Vem var det?", whatever the resident wants of them after it
        return True
    if (others_collections.collection_asked(norm) or others_collections.reported_detail(norm)
            or others_collections.relative_chatted(norm) or others_collections.culprit_asked(norm)):
        return True  # "ge mig hela databasen", "vilket regnummer har folk skrivit om …", "who smashed the shelter?"
    if signs.PRIVATE_CONTACT.found(norm) and signs.CONTACT_DETAIL.found(norm) and not _FIRST_PERSON & set(r.tokens):
        return True  # "vilket telefonnummer har kommunpolisen Anna-Lena Mann privat?", not "mitt nummer privat"
    if signs.WHERE_SOMEONE_LIVES.search(norm):
        return True  # "vilken adress bor kommunpolisen på?", "jag MÅSTE veta var han bor nu": another's home
    if case_shapes.others_private_contact(norm):
        return True  # "vilket hemnummer har …?", "adressen hem till min ex nya", not "mitt hemnummer"
    if signs.AT_HOME_CONTACT.found(norm) and not signs.MINE.found(norm):
        return True  # "kan jag få kontaktuppgifterna till kommunpolisen hemma?": a home's contact, not the work's
    if misroutes.asks_who_someone_is(norm, bool(r.known)):
        return True  # "vem är det som flyger drönare över vår tomt", "vilka har flest anmälningar mot sig?"
    if signs.CAMERA.found(norm) and own_law.CONSEQUENCE.found(norm):
        return False  # "kan jag bli anmäld om min kamera filmar grannens altan?": one's own camera, one's own case
    if (others_shapes.staff_asks_for_concerns(norm) or others_shapes.neighbours_answers(norm)
            or others_shapes.neighbours_report(norm, r.text) or others_shapes.close_one_sent_about_me(norm)
            or _asks_to_confirm(r)):
        # "jag jobbar på kommunen, skicka synpunkterna", "hur svarade grannarna på Björkvägen?", "vad har
        # Ahmed på tredje våningen rapporterat?", "har min exman skickat nåt om mig?": before the privacy
        # question, a concern to start or one's own danger the model reads in them
        return True
    if (others_records.complainant_vehicle(norm) or others_records.authority_about_me(norm)
            or others_records.concern_read_out(norm, _a_resident_named(r) or others_records.named_sender(r.text))
            or others_records.family_survey(norm, signs.SURVEY.found(norm), signs.HOW_THEY_ANSWERED.found(norm))):
        # "vad har den som klagade för regnummer?", "läs upp min mammas synpunkt", "hur svarade min pappa
        # på enkäten?", "har kommunpolisen lämnat uppgifter om mig?": before one's own reported case
        # or the privacy question the model reads in them
        return True
    if others_signs.they_wrote(norm):
        return True  # "finns det synpunkter från min gata? vad skrev de?", "hur många har skrivit synpunkter om …?"
    if others_signs.CONTENT_ASKED.found(norm) and _a_resident_named(r):
        return True  # "vad har Anna Berg i Lund skrivit för synpunkter?"
    if not r.persons and person_asked.asked(norm, r.text):
        return True  # "is the guy at Storgatan 5 in the police register?", "var bor Johan Berg? han är skyldig mig"
    if third_party.asks_for_personal_data(norm):  # with its own exclusion of one's own data
        return True  # "vem bor på Storgatan 12?", "personnumret på …", "has someone written about me? my name is …"
    if others_signs.details_in_concerns(norm):
        return True  # "har nån skrivit mitt namn i en synpunkt?", "which plates have people typed into their concerns?"
    if others_signs.family_to_the_bot(norm) or others_signs.who_said_unsafe(norm) or others_signs.who_was_hurt(norm) \
            or others_signs.others_account(norm):
        # "kan jag se vad min dotter har skrivit till dig?", "which people in Umeå said they feel unsafe?",
        # "någon skrev att hon blivit slagen, vem är det?": before the bot named reads as one's own privacy
        return True
    # The bot named is about the bot ("vad sparar boten?"), unless someone else wrote about the resident
    # in it ("vad skrev min granne om mig i boten?").
    # (not when who sent or called is asked, the bot only where they write: "vem ringde? nån som använder boten")
    if signs.OWN_DATA.found(norm) or signs.THE_BOT.found(norm) and not (
            signs.OTHER_AGENT.found(norm) and signs.ABOUT_ME.found(norm)) and not others_signs.who_sent(norm):
        return False
    if signs.BEEN_REPORTED.found(norm) or signs.COMPLAINED_ABOUT_ME.found(norm):
        return signs.WHO_REPORTED.found(norm)  # "min granne har anmält mig, vem var det?"; else one's own
    asks_for_them = signs.OTHER_AGENT.found(norm) and signs.SENDER_OR_CONTENT.found(norm)
    if signs.SURVEY.found(norm) and (signs.WHO_ANSWERED.found(norm) or (
            signs.ANOTHER_PERSON.found(norm) or signs.NEAR_GROUP.found(norm) or _a_resident_named(r))
            and (signs.HOW_THEY_ANSWERED.found(norm) or signs.SEE.found(norm))):
        # "vilka har svarat på enkäten, namn tack", "hur svarade min granne i trygghetsmätningen?", "hur
        # svarade dom i min trappuppgång?": a few people's answers are theirs; a kommun's totals are not asked
        return True
    if signs.ANOTHER_PERSON.found(norm) and (
            others_signs.PAST_CONTENT.found(norm) and others_signs.SENT.found(norm)
            or others_signs.CONCERN_NOUN.found(norm) and (signs.SEE.found(norm) or others_signs.PASS_ON.found(norm)
                                                          and not others_signs.TO_THE_AUTHORITIES.found(norm))):
        # "vad rapporterade min kollega om parkeringen?", "kan du vidarebefordra grannens synpunkt till
        # mig?", "visa synpunkten min svärmor skickade": what a person of one's own life sent
        return True
    # "folk har skrivit om parken, har kommunen gjort något?": what is done about it, not who wrote
    done = lexicon.DOING.found(norm) and not others_signs.WANTS_IT.found(norm)
    if others_signs.FAMILY.found(norm) and _SENT_BY.search(norm) and others_signs.CONCERN_NOUN.found(norm) \
            and not done and not _OWN_CONCERN.search(norm):
        return True  # "Min son är 15. Har han skickat några synpunkter?": what one's own family sent is theirs
    if (max(r.intents, key=r.intents.__getitem__, default="") == "privacy" and signs.WEAK_OTHERS.found(norm)
            and (signs.THEIR_DATA.found(norm) or signs.PERSON_DATA.found(norm)) and not done
            and not (not signs.IDENTITY.found(norm) and matter(r) in _CASES | SURVEILLANCE)):
        # "Vilka i området har lämnat in synpunkter?": the model reads data, the words someone else's; not a
        # case of one's own that names another and asks nothing of theirs ("hyresvärden säger upp mig för att
        # grannen klagat, får han det?", "my neighbour's camera films our garden, can you report him?")
        return True
    about_me = signs.OTHER_AGENT.found(norm) and signs.ABOUT_ME.found(norm) and signs.SEE.found(norm)
    hurt = signs.HURT.found(norm) or limits.SITUATIONS["harassment"].found(norm)
    who_did = signs.WHO_DID.found(norm) and not others_signs.which_of_things(norm)  # not "which areas have …"
    if (asks_for_them or about_me or who_did) and signs.SUBMITTED.found(norm) and not hurt:
        return True  # "vilken av grannarna var det som ringde kommunen om …", "contact details of residents who …"
    if others_signs.asks_for_others(norm) and (not hurt or others_signs.NAMED_OUT.found(norm)):
        return True  # "mannen som skickade synpunkten, vad heter han?", "show me what my flatmate wrote"
    return ((signs.OTHERS.found(norm) and signs.THEIR_DATA.found(norm) and not done)
            or (signs.SEE.found(norm) and signs.CONTENT_OF_OTHERS.found(norm))
            or (signs.SHOW.found(norm) and signs.CONCERNS_ABOUT.found(norm)) or signs.RECEIVED_CONCERNS.found(norm)
            or (signs.REPORTER.found(norm) and signs.IDENTITY.found(norm))
            or (signs.SEE.found(norm) and signs.ANOTHER_PERSON.found(norm) and signs.PERSON_DATA.found(norm)))


_ANSWERED_THAT = re.compile(r"\b(?:svarat|svarade|svarar|answer|answered|answers|replied) (?:att|that)\b")


def _asks_to_confirm(r: Reading) -> bool:
    """Whether someone uses the bot or wrote, or a street's concerns "anonymised": never when the model
    reads distress or danger in the message, whose help must not give way to a no."""
    top = max(r.intents, key=r.intents.__getitem__, default="")
    if top.startswith("danger_") or top == "suicidal_thoughts":
        return False
    return others_confirm.asked(r.norm, _a_resident_named(r))


def _a_resident_named(r: Reading) -> bool:
    """A person's name as written that is neither a place the message names nor someone an entry names
    ("vad skrev Johan Lind om parkeringen?", not "vad skrev Upplands Väsby?" nor a signer's name)."""
    if r.persons:
        return False
    places = {tok for m in r.scan.mentions for tok in r.tokens[m.start:m.end]}
    # "Anna Berg" is a person though Berg is a kommun: a place only when every word of it is one.
    return any(not set(fold(name).split()) <= places
               for name in (*others_signs.names_in(r.text), *others_signs.first_names_sending(r.text), *r.lower_names))


def refusal(d: Decision, r: Reading, knowledge: Knowledge) -> Answer | None:
    """A plain no, or "not mine to answer, ask here", when the message is one; else None."""
    others = others_data(r)
    if r.rules is not None and r.rules.strong:
        return None
    author = report_authors.asked(r.norm, r.tokens, r.language == "en")
    if author in ("bot", "other") and others:
        author = None  # what residents sent the kommun: others' data's own no says how concerns are kept
    if author is not None and (r.rules is None or r.rules.when != "now"):
        # who reported the resident: no name, then where their own case is asked about, never 112 or a
        # child's help line for what the model reads in "orosanmälan om mina barn"
        lines = knowledge.helplines_for("report_about_me_social") if author == "social" else []
        text = refusal_texts.who_reported_you(r.language, author, [pick(r.language, line.text, line.text_en)
                                                                    for line in lines])
        if lines:
            text += "\n\n" + compose.helpline_sources(lines, r.language)
        refused = Answer(True, None, "refused", text, sources=[helpline_source(line) for line in lines],
                         language=r.language)
        return refused if author == "social" else _and_own_matter(refused, d, r, knowledge)
    danger = (r.rules is not None or d.action == "emergency") and not _no_danger(d, r, others)
    lang = r.language
    if others and others_signs.who_was_hurt(r.norm):
        return _no_name_but_help(r, knowledge, danger)
    if danger:
        return None
    if others:
        # A whole answer: nothing for staff to add among the questions left unanswered.
        if others_records.authority_about_me(r.norm):
            return Answer(True, None, "refused", refusal_texts.nothing_about_you(lang), language=lang)
        if others_shapes.staff_asks_for_concerns(r.norm):
            return Answer(True, None, "refused", refusal_texts.not_in_the_chat(lang), language=lang)
        culprit = others_collections.culprit_asked(r.norm)
        personal = (third_party.asks_for_personal_data(r.norm) or person_asked.asked(r.norm, r.text)
                    or others_records.complainant_vehicle(r.norm)
                    or others_collections.reported_detail(r.norm) or culprit or signs.AT_HOME_CONTACT.found(r.norm)
                    or signs.PRIVATE_CONTACT.found(r.norm) and signs.CONTACT_DETAIL.found(r.norm)
                    or signs.WHERE_SOMEONE_LIVES.search(r.norm) is not None or case_shapes.others_private_contact(r.norm) or others_records.vehicle_owner(r.norm, r.text)
                    or others_records.number_owner(r.norm, r.text))
        police_writing = others_records.named_in_police_writing(r.norm, r.text)
        text = refusal_texts.no_to_others(r, personal or police_writing)
        if police_writing:  # what the picture is (the glossary's words), and where one's own case is asked
            text += "\n\n" + refusal_texts.police_writing(lang, knowledge)
        if others_records.number_owner(r.norm, r.text):  # calls or messages from it are the police's to be told of
            text += "\n\n" + pick(lang, "Får du hot eller trakasserier från ett nummer kan du polisanmäla det på polisen.se "
                                        "eller 114 14.",
                                  "If you get threats or harassment from a number, you can report it to the police at "
                                  "polisen.se or on 114 14.")
        if culprit:  # who did it is the police's to find out: what the resident knows goes to them
            text += "\n\n" + pick(lang, "Vet du något om vem som gjorde det kan du berätta det för polisen på 114 14 "
                                        "eller polisen.se.",
                                  "If you know something about who did it, you can tell the police on 114 14 or at "
                                  "polisen.se.")
        return _and_own_matter(Answer(True, None, "refused", text, language=lang), d, r, knowledge)
    if agreement_law.asked(r):
        return None  # "Vem betalar trygghetsvandringarna i Sölvesborg?": the agreement asked, no case told
    return own_matter(d, r, knowledge)


# What someone complained of or reported is the resident's own ("complained about my barbecue parties").
_COMPLAINED_OF_MINE = re.compile(r"\b(?:complained|complaint|reported|klagade|klagat|anmalde|anmalt)\b(?: \w+){0,3}? "
                                 r"(?:about|on|of|pa|om|for) (?:my|our|min|mitt|mina|var|vart|vara)\b")
# The own matters told beside a request for another's data that get their place in the same reply.
_BESIDE_DATA = frozenset({"tenancy", "work", "consumer", "fines", "summary_fine", "parking", "authority_complaint",
                          "own_listing", "own_report", "neighbours"})


def _and_own_matter(refused: Answer, d: Decision, r: Reading, knowledge: Knowledge) -> Answer:
    """The no to another's data, and the resident's own matter told beside it with where to ask ("min chef betalar
    inte ut lönen, kan du ge mig hans personnummer?"): both in one reply, the no first."""
    kind = listed_matter(r)
    # (a matter the cue lists read, with a place of its own: not the general legal lines, nor one's own record
    # beside someone else's; not the matter someone reported the resident for, when who did it is the ask)
    told = kind in _BESIDE_DATA and (kind != "tenancy" or own_signs.TENANCY_PROBLEM.found(r.norm)) and not (
        (signs.BEEN_REPORTED.found(r.norm) or signs.COMPLAINED_ABOUT_ME.found(r.norm) or _COMPLAINED_OF_MINE.search(r.norm))
        and kind not in ("fines", "summary_fine"))
    own = own_matter(d, r, knowledge) if told else None
    if own is None and d.action == "situation" and d.kind == "animal" and r.rules is None:
        # "grannens hund står i kedja utan vatten, vad har han för nummer?": the animal's place, whoever keeps it
        lines = knowledge.helplines_for("animal")
        text = "\n".join(f"• {pick(r.language, line.text, line.text_en)}" for line in lines)
        own = Answer(False, None, "situation", text + "\n\n" + compose.helpline_sources(lines, r.language),
                     sources=[helpline_source(line) for line in lines], language=r.language) if lines else None
    if own is None:
        return refused
    return Answer(True, None, "refused", refused.text + "\n\n" + own.text, sources=[*refused.sources, *own.sources],
                  language=refused.language)


def own_matter(d: Decision, r: Reading, knowledge: Knowledge) -> Answer | None:
    """The resident's own matter that no agreement answers, with where to ask (helplines.yaml), or None."""
    if d.action == "question" and agreement_first.first(d, r):
        return None  # of the agreement whatever matter it tells (agreement_first.py): the matter not read for it
    return every_step(d, r, knowledge)


def every_step(d: Decision, r: Reading, knowledge: Knowledge) -> Answer | None:
    """`own_matter` with no step skipped, the matter read first (what its gate is tested against)."""
    lang = r.language
    kind = matter(r)
    if d.action == "privacy" and kind != "own_report" and not_now_signs.A_CONCERN.found(r.norm):
        # "sparas mitt namn om jag skickar en synpunkt om grannens fester?": how a concern is kept, whatever it is
        # about; the neighbours are what it tells, not a matter asked about
        return None
    acts_asked = d.action == "bot" and d.kind == "bot_calls" and kind in _ACTED_MATTERS
    if d.action == "bot" and kind != "own_report" and not acts_asked:
        # a question about the bot ("är det här en polisanmälan om jag skriver här?"): its own fact; one's own police
        # report is the police's; the bot asked to act in one's own matter ("kan du anmäla honom?") is that matter
        return None
    if kind is None or _threat_or_violence(r) or agreement_first.about(d, r, kind) or _afraid_after_a_crime(d, r):
        return None
    if d.action == "situation" and d.kind in ("relative", "animal", "health"):
        # "min bror spelar bort lönen": a relative's dependence has help of its own, no legal matter; so has an
        # animal harmed ("en hund instängd i en bil utanför affären"), whatever the shop makes of it, and one's own body
        # hurt ("halkade utanför affären, foten är svullen"): 1177's
        return None
    # A case of one's own (an insurer, benefits, work, the family) has no place of its own: the legal lines.
    lines = knowledge.helplines_for("legal" if kind == "case" else kind)
    if kind == "own_listing":  # another site's data: none of the bot's, nothing it can remove
        lines = knowledge.helplines_for("own_listing")
        text = refusal_texts.not_the_bots_site(lang) + "\n" + "\n".join(
            f"• {pick(lang, line.text, line.text_en)}" for line in lines)
        return Answer(False, None, "out_of_scope", text + "\n\n" + compose.helpline_sources(lines, lang),
                      sources=[helpline_source(line) for line in lines], language=lang)
    if kind == "no_fit":  # no line is written for it: the legal representative only when a decision or dispute is told
        return no_fit_cases.answer(r.norm, lang, knowledge)
    if kind == "decision":  # where a decision is appealed is JO's line's to say, then the legal representative
        lines = [*knowledge.helplines_for("authority_complaint"), *knowledge.helplines_for("legal_help")]
    if kind in WITH_LEGAL_HELP:  # the one place that fits, then the legal-help line
        place = [line for line in lines if "legal_help" not in line.kinds][:1]
        lines = list(dict.fromkeys([*place, *knowledge.helplines_for("legal_help")]))
    elif kind == "camera_home" and life_areas.TENANCY.found(r.norm) and life_areas.RENT_CHARGED.found(r.norm):
        # the landlord's cameras charged to the tenants: the charge is a tenancy's dispute, the cameras IMY's
        lines = list(dict.fromkeys([*knowledge.helplines_for("tenancy"), *lines]))
    elif kind in SURVEILLANCE:
        # A camera's or a drone's rules are IMY's to explain; a case of one's own under them (a
        # neighbour's camera one wants taken down) is still a legal representative's: every answer
        # of law names where legal advice is found.
        lines = list(dict.fromkeys([*lines, *knowledge.helplines_for("legal_help")]))
    if not lines:
        return None
    opening = (pick(lang, "Juridiska råd kan jag inte ge, och vad lagen tillåter i ett enskilt fall kan jag inte "
                          "bedöma. Jag svarar om vad kommunen och polisen har kommit överens om för tryggheten. "
                          "Här kan du fråga:",
                    "I can't give legal advice or judge what the law allows in a single case. I answer what the "
                    "municipality and the police have agreed to do for local safety. Here you can ask:")
               if kind in LEGAL_MATTERS or own_signs.STRONG_LEGAL.found(r.norm) else
               no_fit_cases.opening(lang, kind))
    bullets = [pick(lang, line.text, line.text_en) for line in lines]
    if kind == "consumer" and (own_signs.GONE_WITH_MONEY.found(r.norm) or own_signs.SCAM.found(r.norm)
                               or case_shapes.paid_and_gone(r.norm)):
        # A firm gone with the money paid in advance may be fraud: a report to the police as well.
        bullets.append(pick(lang, "Om det kan vara ett bedrägeri: polisanmäl det på polisen.se eller ring 114 14.",
                            "If it may be fraud: report it to the police at polisen.se or call 114 14."))
    if own_law.offence_on_own_land(r.norm):
        # What others do on one's land may be a crime too: where to report it, beside the legal help.
        bullets.append(pick(lang, "Det som andra gör på din mark och som kan vara brott kan du polisanmäla på "
                                  "polisen.se eller på 114 14.",
                            "What others do on your land that may be a crime can be reported to the police at "
                            "polisen.se or on 114 14."))
    text = "\n".join([opening, *(f"• {b}" for b in bullets)])
    if acts_asked:
        text = refusal_texts.cannot_act(lang) + " " + text
    pages = list({line.url: line for line in lines}.values())  # two lines from one page: one source
    text += "\n\n" + compose.helpline_sources(pages, lang)
    # One's own police report stays a case (as compose.no_cases answers one), now with where to ask.
    return Answer(False, None, "case" if kind == "own_report" else "out_of_scope", text,
                  sources=[helpline_source(line) for line in pages], language=lang)


# The matters whose place is named when the bot is asked to report or contact someone in them.
_ACTED_MATTERS = SURVEILLANCE | {"neighbours", "parking", "tenancy", "consumer", "authority_complaint", "decision"}


def _no_name_but_help(r: Reading, knowledge: Knowledge, danger: bool) -> Answer:
    """Who told of harm done to them is not given out; the help lines that fit the one hurt are, for the
    resident to pass on, and when to ring 112 (first, when the reading sees danger now)."""
    lang = r.language
    lines = knowledge.helplines_for("domestic")  # Kvinnofridslinjen and Brottsofferjouren: threats and violence
    text = refusal_texts.no_to_others(r) + "\n\n" + "\n".join([
        pick(lang, "Vill du hjälpa den som utsatts kan du berätta om de här stöden:",
             "If you want to help the person who was hurt, you can tell them about these:"),
        *(f"• {pick(lang, line.text, line.text_en)}" for line in lines),
        pick(lang, "Är någon i fara just nu: ring 112.", "If someone is in danger right now: call 112.")])
    if danger:
        text = compose.danger_line(lang) + "\n\n" + text
    text += "\n\n" + compose.helpline_sources(lines, lang)
    return Answer(True, None, "refused", text, sources=[helpline_source(line) for line in lines], language=lang)


def _no_danger(d: Decision, r: Reading, others: bool) -> bool:
    """What the model or the weak rules took for danger is this class's matter: a question of law, and,
    below sure, others' data or a case of one's own ("vilka har svarat på enkäten?", "har inte fått
    tillbaka depositionen" read as a spread of weak danger intents); with weak rules, only what one is
    accused of ("I was wrongly accused of vandalism"), which is no danger to the resident now."""
    if _law_asked(d, r):
        return True
    if own_signs.TENANCY.found(r.norm) and own_signs.TENANCY_THREAT.search(r.norm) \
            and not signs.HURT.found(own_signs.TENANCY_THREAT.sub(" ", r.norm)):
        return True  # "hyresvärden hotar att slänga ut oss": an eviction threatened, the tenancy's case
    kind = r.rules.kind if r.rules is not None else d.kind
    if not (r.rules is not None and r.rules.strong) and kind == "violence" and own_law.not_danger(r.norm):
        return True  # "får man ha kniv på sig för självförsvar?": a weapon in a question of law, nothing now
    own = matter(r)  # read once: each reading of it looks up every cue set of the class
    if own == "own_report" and (r.rules is None or r.rules.when == "past") and own_signs.wait_asked(r.norm):
        return True  # "I reported a burglary last week, how long until the police get back to me?": the report's wait
    if (r.rules is None or r.rules.when == "past") and own_signs.GONE_WITH_MONEY.found(r.norm) and own == "consumer":
        # "firman har tagit förskottet och svarar inte längre", "hantverkaren försvann med handpenningen":
        # a firm gone with the money, no one missing; its report to the police is in the answer
        return True
    # (a case with a landlord, a seller, an insurer or an employer, or a dispute over one's land; never a
    # question of what one may do, where "får jag skjuta inbrottstjuven som är i mitt hus?" is an intruder now)
    machine = own == "neighbours" and case_shapes.machine_sounds(r.norm)  # a machine's hum, no one in it
    land = own == "legal" and (own_signs.BOUNDARY.found(r.norm) or own_signs.OWN_LAND.found(r.norm)) and not own_law.asked(r.norm)
    if r.rules is None and (own in _CASES or land or machine) and not signs.HURT.found(r.norm) \
            and not own_law.WEAPON.found(r.norm) and not signs.HAPPENING.found(r.norm):
        return True  # "hyresvärden vägrar laga fönstret som krossades vid inbrottet": a case, the model's danger aside
    if d.confidence >= SURE_OF_ANOTHER_READING:
        return False
    if r.rules is None:
        return others or own in OWN_MATTERS
    # weak rules, not of now: one's own act asked about under the law ("convicted for hitting back?", "min
    # kille åkte fast med en kniv, kan han dömas?"), or who did it asked for ("vem greps för knivhuggningen
    # igår?"), or what an insurer or an employer owes for it ("försäkringsbolaget vill inte betala ut för
    # mitt inbrott förra året"); violence done to the resident still gets its help (_threat_or_violence)
    if others and not others_confirm.goes_on(r.norm) and (signs.REPORTER.found(r.norm) and signs.IDENTITY.found(r.norm) or others_confirm.sender_asked_of_no_danger_now(r.norm)):
        return True  # "the name of the woman who reported the assault", "who sent you a message about the smoke?"
    not_now = r.rules.when != "now" and (others or own_act.own_liability(r.norm, r.text)
                                         or own_cases.with_an_institution(r.norm))
    return reported_oneself(r) or not_now


def _law_asked(d: Decision, r: Reading) -> bool:
    """"Is it illegal to fly a drone over the city?": no emergency's words for the rules, a law named,
    and the model's danger below sure: a question of law, not 112. A camera or a drone (a neighbour's,
    one in the stairwell, one put up) with nothing of danger for the rules is one below sure too, and
    at any probability of the model's when asked as a question of law ("Is it legal to put a camera in
    the stairwell?")."""
    sure = d.confidence >= SURE_OF_ANOTHER_READING
    if r.rules is None and matter(r) in SURVEILLANCE and (not sure or own_signs.LAW_QUESTION.found(r.norm)):
        return True
    if r.rules is not None and r.rules.when == "past" and matter(r) in ("camera_own", "camera") \
            and ("?" in r.text or own_signs.LAW_QUESTION.found(r.norm)):
        return True  # "after a break-in next door last month, may my camera see the street?": the past is the story
    if (r.rules is None or r.rules.when != "now") and own_law.posting_asked(r.norm):
        return True  # "kan jag bli stämd om jag lägger ut en film på snattaren?": a shoplifter named, no danger
    return not sure and own_signs.STRONG_LEGAL.found(r.norm)


def _afraid_after_a_crime(d: Decision, r: Reading) -> bool:
    """"Sedan inbrottet kan jag inte sova, finns det någon att prata med?": a victim's fear after a crime, the victim's help."""
    return d.action == "situation" and d.kind == "victim" and limits.CRIME_WORDS.found(r.norm) and (
        danger.AFTERMATH_STATE.found(r.norm) or danger.FEAR_WORDS.found(r.norm))


def _threat_or_violence(r: Reading) -> bool:
    """The resident is threatened, hurt or scammed ("grannen hotar mig"): their situation's help, not
    this. With a law named, an ex or a partner alone ("mitt ex vägrar lämna tillbaka mina saker") is no
    violence. Hitting back, asked what the law does about it, is a case of one's own."""
    if own_act.defended_oneself(r.norm, r.text):
        return False
    if own_signs.wait_asked(r.norm) and not signs.HAPPENING.found(r.norm) and (r.rules is None or r.rules.when == "past"):
        return False  # "nån slog sönder busskuren igår, jag har anmält det, hur lång tid tar det?": the report's wait asked
    if case_shapes.raised_at_work(r.norm) and not signs.HAPPENING.found(r.norm):
        return False  # "sparkad efter att jag anmält trakasserierna": what was reported, the dismissal the case
    if own_cases.accused(r.norm):  # "my court hearing for the assault charge": the charge, not harm done now
        return limits.SITUATIONS["harassment"].found(r.norm)
    if own_law.posting_asked(r.norm) and not own_law.HARM_TO_ME.found(r.norm):
        return False  # "can I be sued if I post a video of him?": the resident's own act, not harassment suffered
    if (own_cases.FIRM_AT_FAULT.found(r.norm) or own_signs.TENANCY.found(r.norm) and own_signs.TENANCY_THREAT.search(r.norm)) \
            and not signs.HURT.found(own_signs.TENANCY_THREAT.sub(" ", r.norm)):
        return False  # "firman tog betalt för mycket, är det bedrägeri?": a consumer's case, fraud only asked of it
    if signs.HURT.found(signs.LEGAL_THREAT.sub(" ", own_act.without_shopping(r.norm))) \
            or own_signs.SCAM.found(r.norm) and not reported_oneself(r) and not own_signs.LEGAL_HELP_ASKED.found(r.norm):
        return True  # "min granne filmar mig och lägger ut det på nätet", "ett sms om böter från 'polisen'"
    if own_signs.STRONG_LEGAL.found(r.norm) or reported_oneself(r) or own_cases.family_case(r.norm) \
            or life_areas.area(r.norm, r.tokens, r.language == "en") == "family":
        # "my ex reported me falsely", "jag och mitt ex bråkar om vårdnaden": an ex named is no violence
        return limits.SITUATIONS["harassment"].found(r.norm)
    return any(limits.SITUATIONS[s].found(r.norm) for s in ("domestic", "harassment"))
