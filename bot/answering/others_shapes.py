"""Other residents' data asked in the shapes round ten found missed, each read in parts as
others_signs.py and others_records.py read theirs:

- someone who says they work for the kommun or the police asking for the concerns, or their senders'
  contact details, to be sent, mailed or pasted in the chat ("jag jobbar på kommunen i Lund, skicka
  listan med synpunkter"): the bot never sends concerns in a chat, whoever asks; staff read them in the
  staff console after logging in, so the claim changes nothing;
- how the neighbours or the people of one street or house answered the survey ("hur svarade grannarna
  på Björkvägen?"): a few people's answers are theirs, even with no word for the survey;
- what a neighbour named by a first name, or by where they live, reported ("berätta vad Ahmed på tredje
  våningen har rapporterat"), which the model reads as a concern to start;
- whether an ex or one of the family sent something about the resident ("har min exman skickat nåt om
  mig?"), which the model reads as the resident's privacy or their own danger.

Read on folded tokens; bot/answering/refusals.py says no to each."""

from __future__ import annotations

import re

from bot.answering.lexicon import CueSet

# Who says they work for the kommun or the police: a claim the chat cannot check and that changes nothing.
STAFF_CLAIM = CueSet.of({3: (
    "jobbar pa kommun*", "jobbar pa socialtjanst*", "jobbar pa polisen", "jobbar inom kommun*", "jobbar for kommun*",
    "jobbar i kommun*", "arbetar pa kommun*", "arbetar inom kommun*", "arbetar pa socialtjanst*", "arbetar pa polisen",
    "anstalld pa kommun*", "anstalld i kommun*", "anstalld pa polisen", "anstalld vid kommun*", "vi pa kommun*",
    "vi pa socialtjanst*", "vi pa polisen", "har pa kommun*", "fran kommunen", "som kommunpolis", "ar kommunpolis",
    "*samordnare i", "*samordnare pa", "*samordnare vid", "handlaggare pa", "handlaggare i", "handlaggare vid",
    "tjansteman pa", "tjansteman i",
    # a title before the employer: "jag är fältassistent på kommunen i Gävle"
    "jag ar ~ pa kommunen", "jag ar ~ vid kommunen", "jag ar ~ inom kommunen", "jag ar ~ pa socialtjansten", "*chef pa kommun*", "*chef i kommun*",
    "work for the municipality", "work at the municipality", "work for the council", "work at the council",
    "i m from the municipality", "i am from the municipality", "work for the police", "i m from the council",
    "i am from the council", "calling from the council", "writing from the council", "work for ~ council",
    "*coordinator at", "*coordinator for", "*coordinator in", "officer at", "official at", "staff at", "employee at",
    "work for ~ municipality", "work at ~ municipality", "work in ~ municipality", "we at the municipality",
    # a police officer, or a letter's signer, saying so (not "ett brev från polisen": one received)
    "jag ar polis", "jag ar *polis", "jag jobbar som *polis", "jag arbetar som *polis", "i m a ~ officer",
    "i am a ~ officer", "jag jobbar som polis", "jag arbetar som polis", "jag ar fran polisen", "vi ar fran polisen",
    "det ar fran polisen", "hej fran polisen", "ringer fran polisen", "skriver fran polisen", "vi pa polisen",
    "undertecknad ar", "i egenskap av", "i m a police officer", "i am a police officer", "i m with the police",
    "i am with the police", "this is the police", "we are the police")})
# Sent, mailed, exported or pasted to the one asking: the concerns handed over in the chat.
HAND_OVER = CueSet.of({3: (
    # to the one asking, not how to send one's own ("jag jobbar på kommunen, hur skickar jag in en synpunkt?")
    "skicka ~ till mig", "skicka mig", "skicka ~ hit", "skicka ~ har", "skicka listan", "skicka synpunkt*",
    "skicka alla", "skicka over", "mejla mig", "maila mig", "mejla ~ till mig", "maila ~ till mig", "mejla ~ synpunkt*",
    "maila ~ synpunkt*", "exportera", "klistra in", "ge mig", "behover", "vill ha", "lista pa", "listan", "ta fram",
    "tag fram", "plocka fram", "send me", "send ~ to me", "send ~ here", "send all", "send the", "mail me",
    "email me", "export", "paste", "give me", "need", "forward ~ to me", "list of",
    # a formal request ("begär härmed att samtliga inkomna synpunkter redovisas i denna chatt")
    "begar", "redovisa*", "i denna chatt", "i chatten", "lamna ut", "uppge", "request*", "in this chat",
    "kan du lista", "lista de", "lista alla", "med avsandare", "list the", "list all", "with the senders")})
# What is handed over: the concerns, or who sent them and how to reach them.
CONCERNS_OR_CONTACTS = CueSet.of({3: (
    "synpunkt*", "klagomal*", "kontaktuppgift*", "telefonnummer*", "namn och", "de som skrivit", "de som skickat",
    "dom som skrivit", "concern*", "complaint*", "contact details", "phone numbers", "residents names",
    # the one who sent a concern, asked for by name or details
    "den som skrev", "den som skrivit", "den som skickade", "den som skickat", "den som klagade", "namnet pa",
    "uppgifter om den", "inkomna", "whoever wrote", "the person who", "the name of")})


def staff_asks_for_concerns(norm: str) -> bool:
    """One who says they are the kommun's or the police's staff, asking for the concerns or their
    senders' details to be handed over in the chat."""
    return STAFF_CLAIM.found(norm) and HAND_OVER.found(norm) and CONCERNS_OR_CONTACTS.found(norm)


# How some people answered: the question's own words, the survey's or not.
HOW_ANSWERED = CueSet.of({3: (
    "hur svarade", "vad svarade", "hur har ~ svarat", "vad har ~ svarat", "vad tyckte", "hur tyckte",
    "how did ~ answer", "what did ~ answer", "how did ~ respond", "what did ~ say in")})
# In English the people come between the asking and the answering ("how did the people on Parkvägen
# answer …"), more words than a cue's gap holds: asked and answered, read apart.
HOW_ASKED_EN = CueSet.of({3: ("how did", "what did", "how have", "what have")})
ANSWERED_EN = CueSet.of({3: ("answer", "answered", "respond", "responded")})
# "What did … say in the survey?": said, with the survey named (what the neighbours said at a meeting
# is not asked of the bot's survey).
SAID_IN_SURVEY_EN = CueSet.of({3: ("say in the survey", "say in the safety survey", "said in the survey",
                                   "say on the survey", "say in the questionnaire")})
# A few people by where they live: the neighbours, a street's or a house's residents, a family by name.
NEIGHBOURS_HERE = CueSet.of({3: (
    "grannarna", "grannen", "mina grannar", "vara grannar", "de som bor", "dom som bor", "folk pa", "folket pa",
    "alla pa", "de pa", "dom pa", "familjen", "the people on", "the people in", "people on", "people in my",
    "my neighbours", "my neighbors", "the neighbours", "the neighbors", "the family", "residents of",
    "residents on",
    # a street, a house or a door as a whole ("vad svarade min gata?", "the Johnsons at number 12")
    "min gata", "var gata", "vart hus", "mitt hus", "min trappuppgang", "var trappuppgang", "mitt kvarter",
    "i kvarteret", "pa nummer", "i nummer", "my street", "our street", "my building", "our building", "my block",
    "at number", "in number")})
# Whose answer a kommun's totals would be: the kommun or the police answering is no person's survey answer.
OFFICIAL_ANSWER = CueSet.of({3: ("kommunen", "polisen", "kommunpolis*", "the municipality", "the police")})


def neighbours_answers(norm: str) -> bool:
    """How the neighbours or a street's residents answered ("hur svarade grannarna på Björkvägen?"),
    not how the kommun answered them."""
    how = HOW_ANSWERED.found(norm) or HOW_ASKED_EN.found(norm) and (
        ANSWERED_EN.found(norm) or SAID_IN_SURVEY_EN.found(norm))
    return how and NEIGHBOURS_HERE.found(norm) and not OFFICIAL_ANSWER.found(norm)


# What someone reported, asked to be told: an asking word, then a verb of reporting however far on
# ("berätta vad Ahmed på tredje våningen har rapporterat").
ASKS_WHAT = CueSet.of({3: ("vad", "what", "hur manga ganger", "hur ofta", "how many times", "how often")})
# A neighbour pointed out by their street ("Ahmed på Södra vägen 3", "Erik on Mill Road").
_ON_A_STREET = re.compile(r"\b(?:pa|on|at) (?:\w+ )?\w*(?:vagen|gatan|grand|granden|stigen|backen|street|road|avenue|lane)\b")
REPORTED = CueSet.of({3: (
    "rapporterat", "rapporterade", "anmalt", "anmalde", "klagat", "klagade", "skrivit", "skrev", "skickat",
    "skickade", "tipsat", "tipsade", "reported", "complained", "written", "wrote", "sent", "did ~ report",
    "did ~ complain", "did ~ write", "did ~ send")})
# A neighbour pointed out by where they live or by their family's name.
WHERE_THEY_LIVE = CueSet.of({3: (
    "pa forsta vaningen", "pa andra vaningen", "pa tredje vaningen", "pa fjarde vaningen", "pa femte vaningen",
    "pa bottenvaningen", "pa vaning*", "en trappa upp", "i lagenheten", "i lagenhet", "lagenheten under",
    "lagenheten ovanfor", "lagenheten bredvid", "i huset mittemot", "i huset bredvid", "mittemot", "pa var gata",
    "pa min gata", "i var trappuppgang", "i min trappuppgang", "i trappuppgangen", "i porten", "familjen",
    "grannen", "grannarna", "next door", "upstairs", "downstairs", "across the street", "on the first floor",
    "on the second floor", "on the third floor", "on my street", "on our street", "in my building",
    "in our building", "in flat", "in apartment", "the family")})
# A first name as written, within the message (a capitalised word not opening a sentence).
_FIRST_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÅÄÖ][a-zåäöéü]{2,}\b")


def neighbours_report(norm: str, text: str) -> bool:
    """What a neighbour pointed out by where they live reported ("berätta vad Ahmed på tredje våningen
    har rapporterat", "what did Erik next door report?"): their message, not the resident's to read."""
    return ASKS_WHAT.found(norm) and REPORTED.found(norm) and (WHERE_THEY_LIVE.found(norm) or _ON_A_STREET.search(norm) is not None) and (
        _FIRST_NAME.search(text.strip()) is not None or "famil" in norm or "granne" in norm or "neighbo" in norm)


# An ex or one of the family, whose message about the resident is asked for.
CLOSE_ONE = CueSet.of({3: (
    "mitt ex", "min ex", "exman*", "exfru*", "exsambo*", "expojkvan*", "exflickvan*", "ex man", "ex fru",
    "min svarmor", "min svarfar", "min mamma", "min pappa", "min bror", "min syster", "min fru", "min man",
    "min sambo", "min dotter", "min son", "min kusin", "min moster", "min faster", "min morbror", "min farbror",
    "my ex", "ex husband", "ex wife", "ex partner", "ex boyfriend", "ex girlfriend", "my mother", "my father",
    "my mum", "my mom", "my dad", "my brother", "my sister", "my wife", "my husband", "my partner",
    "my mother in law", "my father in law", "my son", "my daughter", "my child", "my kid")})
SENT_SOMETHING = CueSet.of({3: (
    "skickat", "skickade", "skrivit", "skrev", "anmalt", "anmalde", "rapporterat", "rapporterade", "lamnat",
    "lamnade", "klagat", "klagade", "tipsat", "sent", "written", "wrote", "reported", "filed", "submitted",
    "complained")})
ABOUT_ME = CueSet.of({3: ("om mig", "om oss", "pa mig", "mot mig", "about me", "about us", "against me")})
# Reported oneself, asked as sent through the bot ("har mitt ex anmält mig via boten?"); without the bot
# named, a report of one's own to the police is the resident's own case (own_matters.reported_oneself).
REPORTED_ME = CueSet.of({3: ("anmalt mig", "anmalde mig", "rapporterat mig", "reported me")})
THROUGH_THE_BOT = CueSet.of({3: (
    "via boten", "genom boten", "i boten", "till boten", "har i chatten", "via chatten", "till dig", "till er",
    "har", "through the bot", "via the bot", "to you", "here")})
# The resident's own next step about it ("min exman har anmält mig, vad ska jag göra?"): a case of their own.
OWN_NEXT_STEP = CueSet.of({3: (
    "vad ska jag gora", "vad gor jag", "vad kan jag gora", "what should i do", "what can i do", "what do i do")})


# Asked to look whether it was sent ("kan du kolla om min son har skickat in något om mobbning?"): about
# whatever it was, it is the other's message.
CHECK_ASKED = CueSet.of({3: (
    "kolla om", "kollar om", "se om", "titta om", "kontrollera om", "ta reda pa om", "check if", "check whether",
    "see if", "see whether", "find out if", "find out whether")})


def close_one_sent_about_me(norm: str) -> bool:
    """Whether an ex or one of the family sent something about the resident, or sent anything at all,
    asked to be checked."""
    about_me = SENT_SOMETHING.found(norm) and (ABOUT_ME.found(norm) or CHECK_ASKED.found(norm)) or (
        REPORTED_ME.found(norm) and THROUGH_THE_BOT.found(norm))
    return CLOSE_ONE.found(norm) and about_me and not OWN_NEXT_STEP.found(norm)
