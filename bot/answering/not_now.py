"""What a message that is not danger now asks for, read from its words where the model has no intent
for it: health that is no emergency (1177), violence told of someone else's close relationship
(Kvinnofridslinjen or, for children, Bris; 114 14 to report), and questions about the bot itself
(what it stores, whether it can call the police, how to follow a kommun, how often the
trygghetsmätning can be answered, how to delete one's data, how to stop following, whether this chat is a
police report, whether the trygghetsmätning is anonymous, who sees what one writes, where the answers come
from), each answered from knowledge/general.yaml; bot/answering/bot_asks.py reads their shapes beside the cue words. Told as over or done (OVER): harm to health that is over (1177, Giftinformation)
and damage done (a crime to report, with /synpunkt); a worry about a place told as a statement (WORRY) is
a concern for the kommun. The cue words for those are in bot/answering/not_now_signs.py.

decide.py takes this reading only after danger now: the emergency's words and the model's sure reading
of danger still come first. A message is read on folded tokens (lower case, no accents).
"""

from __future__ import annotations

import re

from bot.answering import bot_asks, danger, danger_kinds, danger_signs, danger_times, danger_when, limits, mood, own_matter_signs
from bot.answering import not_now_signs as signs
from bot.answering.danger_signs import BY_NOW, PERSON_SIGNS, SAID_NOT_NOW, STILL_THERE_SIGNS
from bot.answering.lexicon import CueSet

# The bot facts (knowledge/general.yaml keys) and "privacy" (what is stored), as decide.py names them.
BOT_FACTS = ("bot_calls", "follow", "survey_once", "delete", "privacy", "unfollow", "not_a_report",
             "survey_private", "who_sees", "anonymous", "human", "sources", "mine")

# One's own situation told as past with help sought: its help instead of a crime to report only.
TOLD_PAST = "past:"
# Told as over or done, with no sign of now: harm to health that is over (OVER + "health", "injury",
# "poisoning") or damage done (OVER + "damage"). decide.py lets the model's danger give way to it at any
# probability, as to an event told as ended; the rules' emergency words of now still come first.
OVER = "over:"
# A worry about a place or a group, told as a statement with no emergency: a concern for the kommun.
WORRY = "worry"
# Someone else's situation that goes on, told by a relative or a friend with no word of now ("min kusin är gift
# med en man som slår henne"): decide.py lets the model's danger and a weak rule give way to its help, as to OVER.
ELSEWHERE = "elsewhere:"

# -- health that is no emergency ---------------------------------------------------------------------
SYMPTOMS = CueSet.of({3: (
    "ont i magen", "ont i halsen", "ont i huvudet", "ont i orat", "ont i oronen", "ont i ryggen", "ont i tanderna",
    "ont i leden", "ont i", "vark", "migran", "huvudvark", "magont", "halsont", "orinflammation", "feber", "febern", "hosta", "hostar",
    "forkyld", "forkylning", "snuva", "yrsel", "yr i huvudet", "utslag", "klada", "magsjuk*", "diarre",
    "illamaende", "mar illa", "krakning", "krakningar", "kraks", "krakts", "spyr", "spytt", "vomit*", "throwing up", "threw up", "sjukvardsrad*", "vardcentral*", "stomach ache", "stomachache", "tummy ache",
    "sore throat", "headache", "earache", "back pain", "fever", "a cough", "coughing", "a cold", "rash",
    "dizzy", "dizziness", "diarrhoea", "diarrhea", "feel sick", "feeling sick", "medical advice",
    # the heart's and the chest's: for 1177 only when told as not now (an emergency's state keeps 112)
    "varker", "gor ont", "gjorde ont", "pain in", "pains in", "i brostet", "over brostet", "in my chest", "in his chest", "in her chest", "hjartklappning", "hjartat racer", "hjartat slar", "nasblod", "heart races", "heart racing",
    "palpitations", "chest pain", "chest pains", "tight chest", "nosebleed")})
# How long it has lasted or that it comes and goes: not an emergency told as one.
LASTED = CueSet.of({3: (
    "sen igar", "sedan igar", "i tva dagar", "i tre dagar", "i flera dagar", "i nagra dagar", "i en vecka",
    "sedan en vecka", "sen en vecka", "i veckor", "ett tag", "ibland", "da och da", "sedan i", "sen i",
    "since yesterday", "for two days", "for three days", "for a few days", "for days", "for a week",
    "for weeks", "on and off", "sometimes", "a while")})
# Where to turn, asked ("vart ringer jag?", "who do I call?"): advice sought, not an alarm raised.
WHERE_TO_TURN = CueSet.of({3: (
    "vart ringer", "vem ringer", "vart vander", "vart ska jag", "vart kan jag", "vem kan", "vem ska jag",
    "vad ska jag gora", "vad gor jag", "vad kan jag gora", "rad", "who do i call", "who should i call",
    "who can i call", "where do i", "where can i", "what should i do", "what do i do", "advice")})

# -- violence in someone else's close relationship ---------------------------------------------------
CLOSE_OTHERS = CueSet.of({3: (
    "sin fru", "sin man", "sin sambo", "sin flickvan", "sin pojkvan", "sin partner", "sin tjej", "sin kille",
    "hans fru", "hans sambo", "hans flickvan", "hans tjej", "hennes man", "hennes sambo", "hennes pojkvan",
    "hennes kille", "grannfrun", "his wife", "his girlfriend", "his partner", "her husband", "her boyfriend",
    "her partner")})
CHILDREN_OF_OTHERS = CueSet.of({3: (
    "sina barn", "sin son", "sin dotter", "sina ungar", "hans barn", "hennes barn", "his kids", "his children",
    "her kids", "her children", "their kids", "their children")})
BLOWS = CueSet.of({3: (
    "slar", "slog", "slagit", "misshandl*", "vald", "valdet", "hits", "hit her", "hit him", "beats", "beating",
    "beat her", "beat him", "hitting", "abuse*", "abusing", "hota*", "skrek pa", "skriker pa", "threaten*",
    "yelling at", "screaming at", "shouting at", "knuff*", "sparka*", "strypt*", "struptag", "pushed", "shoved",
    "kicked", "choked", "grabbed",
    # the passive's participle ("blev slagen", "mitt barn blev slaget"), which alone may be a stroke ("slaget")
    "blev slagen", "blev slaget", "blev slagna", "blivit slagen", "blivit slaget", "blivit slagna", "nedslag*")})
# Asked how to report it ("hur anmäler man?", "how do I report it"): the police report belongs in the help.
REPORT_ASKED = CueSet.of({3: ("anmal*", "polisanmal*", "report it", "report this", "report that", "how do i report",
                              "how to report", "should i report", "should we report", "how do we report",
                              "can we report", "where do we report", "where do i report")})
# A crime told as done to property ("sparkat sönder vår brevlåda", "klottrat på", "stulit"): something to
# report, whatever else the situation's help holds.
CRIME_DONE = CueSet.of({3: ("sonder", "sonderslag*", "forstort", "forstorde", "vandaliser*", "klotter",
                            "stulit", "stulen", "stulet", "stulna", "snott", "inbrott", "vandalised", "vandalized",
                            "smashed", "broke into", "broken into", "stole", "stolen", "damaged")})

# -- questions about the bot -------------------------------------------------------------------------
CALL_ASKED = CueSet.of({3: (
    # what was written here passed on to the police, asked after ("har du skickat det vidare till polisen?")
    "har du skickat ~ vidare", "har du skickat ~ ~ vidare", "har du skickat ~ till polisen",
    "har du skickat ~ ~ till polisen", "skickar du ~ vidare", "skickar du ~ till polisen", "har du meddelat polisen",
    "har du kontaktat polisen", "har du sagt till polisen", "har ni skickat ~ vidare", "har ni skickat ~ till polisen",
    "did you send ~ to the police", "have you sent ~ to the police", "did you pass ~ on", "have you passed ~ on",
    "did you forward", "have you forwarded", "did you tell the police", "have you told the police",
    "kan du ringa", "kan du larma", "kan du kontakta polisen", "kan du tillkalla", "kan du skicka polisen",
    "kan ni ringa", "kan ni larma", "kan boten ringa", "kan boten larma", "ringer du polisen", "ringer du 112",
    "larmar du", "kontaktar du polisen", "can you call", "could you call", "will you call", "would you call",
    "can you alert", "can you contact the police", "can you send the police", "do you call", "do you alert",
    "do you contact the police", "can the bot call", "can this bot call", "can the bot alert", "skicka polis*",
    "skicka en polis*", "skicka ambulans*", "send the police", "send police", "send a police", "send an ambulance",
    "call 112 for me", "ringa 112 at mig", "skicka ~ ambulans*", "skickar ~ ambulans*", "skickar ~ polis*",
    "phone the police", "ring the police", "send ~ ambulance", "send ~ police", "kommer polisen om", "kommer nagon om jag", "larmas polisen",
    "skickas polisen", "kontaktas polisen", "far polisen veta", "will the police come", "do the police come",
    "does the police come", "are the police alerted", "are the police told", "will anyone come if",
    # a report asked of the bot ("kan du polisanmäla inbrottet åt mig?"): it cannot, and says where
    "kan du anmala", "kan du polisanmala", "kan ni anmala", "kan ni polisanmala", "kan boten anmala",
    "kan du gora en anmalan", "kan du gora en polisanmalan", "kan du gora anmalan", "can you report",
    "could you report", "can you file", "could you file")})
# The same asked as a request, no question needed ("polisanmäl inbrottet åt mig", "report it for me").
REPORT_FOR_ME = CueSet.of({3: (
    "anmal ~ at mig", "polisanmal ~ at mig", "anmala ~ at mig", "polisanmala ~ at mig", "anmal ~ ~ at mig",
    "polisanmal ~ ~ at mig", "report it for me", "file a report for me", "file the report for me",
    "report this for me", "report that for me")})
# Help asked with a report ("kan du hjälpa mig göra en polisanmälan?", "help me file a police report"): how to
# report, not what the bot does in general.
HELP_WITH_REPORT = re.compile(r"\b(?:hjalp\w*|help)\b(?: \w+){0,4}? (?:polisanmal\w*|anmal\w*|police report|"
                              r"report (?:a|the|it|this|that|my)\b|file a report|make a report)")
STORE_ASKED = CueSet.of({3: (
    "sparar du", "sparar ni", "sparas det", "sparas mina", "sparas vad", "sparas allt", "sparar boten",
    "lagrar du", "lagrar ni", "lagras det", "lagras mina", "loggar du", "loggar ni", "vad sparas", "vad sparar",
    "vem ser vad jag", "vem kan se vad jag", "ser nagon vad jag", "kan nagon se vad jag", "do you store",
    "do you save", "do you keep", "do you log", "do you record", "is it stored", "is this stored",
    "are my messages", "what do you store", "what do you save", "what do you keep", "who can see what i",
    "who sees what i", "can anyone see what i", "sparas", "saved", "stored", "vad hander med det jag",
    "what happens to what i", "what happens with what i", "what happens to my messages", "lagrar", "loggar",
    "lagras", "loggas", "keep a record", "keeps a record", "keep records", "keep logs", "store my", "save my",
    "log my", "record my", "keep my messages")})
FOLLOW_ASKED = CueSet.of({3: (
    "folja min kommun", "folja var kommun", "folja en kommun", "folja kommunen", "hur foljer jag",
    "hur foljer man", "kan jag folja", "kan man folja", "vill folja", "follow my", "follow a municipality",
    "follow the municipality", "follow my municipality", "how do i follow", "can i follow", "bevaka*",
    "prenumerer*", "subscribe", "get notified", "notify me", "/folj")})
# Following the work up ("hur följer man upp trygghetsarbetet?"), however split: no wish to follow a kommun.
FOLLOWING_UP = CueSet.of({3: ("folj* ~ upp", "follow* ~ up", "uppfoljning*", "follow-up")})
NEWS_ASKED = CueSet.of({3: ("fa besked nar", "fa veta nar", "far ~ veta nar", "far ~ besked nar", "find out when",
                            "know when", "be told when", "informed when", "notified when", "hear about it when", "fa en notis", "fa notiser", "fa ett meddelande nar",
                            "meddela mig nar", "let me know when", "tell me when", "hear when")})
NEWS_OF = CueSet.of({3: ("nytt", "ny", "andras", "andring*", "uppdater*", "medborgarlofte*", "avtal*",
                         "*overenskommelse*", "new", "changes", "changed", "updated", "agreement*")})
SURVEY = CueSet.of({3: ("trygghetsmatning*", "trygghetsenkat*", "enkat*", "survey", "/trygghet", "matningen")})
# Answering again said outright ("flera gånger", "ändra mina svar", "change my answers"): the survey's once a
# quarter, before "mina svar" is read as whether one's answers are seen.
_AGAIN_SAID = (
    "svara igen", "svara flera", "svara en gang till", "gora den igen", "gora om den", "fylla i den igen",
    "flera ganger", "mer an en gang", "andra mina svar", "andra svaren", "andra mitt svar", "andra svar",
    "answer again", "answer it again", "take it again", "more than once", "several times", "change my answer*",
    "change the answer*")
ANSWER_AGAIN_SAID = CueSet.of({3: _AGAIN_SAID})
ANSWER_AGAIN = CueSet.of({3: (
    "kan jag svara", "far jag svara", "kan man svara", "far man svara", "svara mer", "hur ofta far", "hur ofta kan",
    "can i answer", "can i take", "can i do", "can i fill", "already answered", "answered already", "how often can",
    "how many times", *_AGAIN_SAID)})
ANONYMOUS_WORD = CueSet.of({3: ("anonym*", "anonymous*")})
DELETE_ASKED = CueSet.of({3: ("radera*", "ta ~ bort", "tar ~ bort", "delete", "remove", "erase", "glom mig", "forget me")})
OWN_DATA = CueSet.of({3: (
    "mina uppgifter", "min data", "mina data", "mina synpunkter", "min synpunkt", "allt jag", "det jag",
    "mina meddelanden", "mina svar", "mitt konto", "om mig", "my data", "my concerns", "my concern",
    "my messages", "what i", "everything i", "my information", "my details", "my account", "about me")})


def said_not_now(norm: str) -> bool:
    """The resident says nothing is happening now or it is not urgent ("inget händer just nu", "inte
    akut", "nothing is happening now"), or tells a complaint of health that has lasted ("ont i magen
    sen igår"): the model's reading of danger below sure is no emergency (decide.py, like a case asked)."""
    return bool(SAID_NOT_NOW.search(norm)) or (symptom_told(norm) and LASTED.found(norm))


# A person who goes to the police ("should I go to the police?", "we went to the police"): a report of one's own,
# not what one wrote here passed on to them (signs.WHO_SEES_ASKED's "goes to the police").
_PERSON_GOES = re.compile(r"\b(?:i|we|you|he|she|they)(?: (?:should|shall|will|can|could|must|need to|have to|ll|d|"
                          r"also|just|then|really|ever|still|already|have|had|has|not|never))* (?:go|went|gone|going) to the "
                          r"police\b")


def reads(norm: str, toks: list[str], text: str) -> str:
    """What the message asks for that the model has no intent for: a bot fact (BOT_FACTS), "health",
    "domestic" or "children" (violence in someone else's home), the resident's own situation told as
    past with help sought as TOLD_PAST + the situation (limits.py SITUATIONS: decide.py takes it only in place
    of a crime to report), or "" for none."""
    asked = bot_asks.asked(text, toks)  # "skickar ni en polisbil om …" asks, with no question mark
    if asked and signs.A_CRIME_TOLD.found(norm) and signs.WRITE_HERE.found(norm) and (
            signs.A_REPORT.found(norm) or signs.POLICE_LEARN.found(norm)):
        # "får polisen veta om stölden om jag skriver den i chatten?": whether writing here reports a crime,
        # before a call asked for (no one is said to be in danger; the answer still says when to ring 112).
        return "not_a_report"
    if asked and bot_asks.asks_what_it_is(norm):
        return "human"  # "är det här polisen? läser nån det jag skriver?": what the bot is, before who reads it
    # "ser någon vad jag svarade i enkäten?" asks yes or no of the survey's answers (survey_private, below).
    yes_no_of_the_survey = SURVEY.found(norm) and signs.ANONYMOUS_ASKED.found(norm) and toks[:1] not in (["vem"], ["who"])
    if asked and signs.own_concerns_seen(norm):
        return "mine"  # "how do I see the concerns I have sent?", "var hittar jag mina synpunkter?": /mina
    if asked and (signs.WHO_SEES_ASKED.found(_PERSON_GOES.sub(" ", norm)) or bot_asks.asks_who_reads(norm)) \
            and not REPORT_FOR_ME.found(norm) and not signs.OWN_LIFE_READER.found(norm) and not yes_no_of_the_survey:
        # "vem kan läsa det jag skickar med /synpunkt? polisen?": who reads it, before the police named
        # reads as a call asked for ("I cannot call the police").
        return "who_sees"
    if asked and bot_asks.asks_who_knows_me(norm) and not SURVEY.found(norm) and not signs.OWN_LIFE_READER.found(norm):
        return "anonymous"  # "får grannarna veta att det var jag som klagade?": kept without one's name
    if asked and (CALL_ASKED.found(norm) or bot_asks.bot_asked_to_call(norm)) or REPORT_FOR_ME.found(norm):
        return "bot_calls"
    if asked and signs.HUMAN_ASKED.found(norm) or bot_asks.wants_a_person(norm):
        return "human"  # "är du en riktig människa eller en bot?", "kan jag få prata med en människa?"
    if signs.REPORT_HERE_ASKED.found(norm) or (
            signs.COUNTS_AS.found(norm) and signs.A_REPORT.found(norm) and signs.THIS_CHAT.found(norm)) \
            or bot_asks.asks_if_a_report(norm, toks):
        return "not_a_report"  # "är det här samma sak som att polisanmäla?"
    if SURVEY.found(norm) and ANSWER_AGAIN_SAID.found(norm) and not ANONYMOUS_WORD.found(norm):
        return "survey_once"  # "kan jag svara flera gånger? vill ändra mina svar"
    if SURVEY.found(norm) and signs.ANONYMOUS_ASKED.found(norm):
        return "survey_private"  # "är trygghetsmätningen anonym?"
    if SURVEY.found(norm) and ANSWER_AGAIN.found(norm):
        return "survey_once"
    if signs.NAMELESS_ASKED.found(norm) and signs.A_CONCERN.found(norm) and not SURVEY.found(norm):
        return "anonymous"  # "kan jag vara anonym om jag tipsar om en otrygg plats?": how a concern is stored
    if signs.UNFOLLOW_ASKED.found(norm) and not signs.FROM_A_PERSON.found(norm) or bot_asks.stops_following(norm):
        return "unfollow"  # before following: "hur slutar jag följa en kommun?", "stäng av bevakningen"
    if (FOLLOW_ASKED.found(norm) and not FOLLOWING_UP.found(norm) and not bot_asks.follows_someone(norm)) \
            or (NEWS_ASKED.found(norm) and NEWS_OF.found(norm)) or signs.FOLLOWING_WHICH.found(norm) \
            or bot_asks.wants_to_follow(norm, asked) or bot_asks.asks_what_one_follows(norm):
        # one's own police report followed ("kan jag följa ärendet?" after "jag anmälde …") is the police's, not /folj
        # what is stored when one follows, asked ("if I follow a municipality, is my chat id stored?"): what is kept
        return "" if own_matter_signs.report_followed(norm) else "privacy" if asked and STORE_ASKED.found(norm) else "follow"
    if DELETE_ASKED.found(norm) and OWN_DATA.found(norm) or bot_asks.takes_back_own(norm):
        return "delete"
    if asked and bot_asks.asks_for_sources(norm):
        return "sources"  # "var får du din info ifrån?", "kan man lita på det du svarar?"
    if asked and STORE_ASKED.found(norm):
        return "privacy"
    # Health harmed by someone ("blev nedslagen, har fortfarande ont"): a victim of a crime, to report and get support
    # for (Helping.help adds 1177 where the harm lingers), not health alone.
    hurt = "victim" if BLOWS.found(_OWN_FALL.sub(" ", norm)) or signs.HARMED_BY_SOMEONE.found(norm) else "health"
    over = harm_over(norm) or ("damage" if damage_done(norm, toks) else "")
    if over:
        return OVER + (hurt if over == "health" else over)
    if symptom_told(norm) and (LASTED.found(norm) or WHERE_TO_TURN.found(norm) or SAID_NOT_NOW.search(norm)
                                 or hurt == "victim" and harm_lingers(norm)  # "överfallen i fredags, har ont än"
                                 or hurt == "health" and danger_when.not_now(text, norm)  # "yrsel några gånger"
                                 and not worry_told(norm, toks, text)):  # "berusade vid vårdcentralen varje dag"
        return hurt
    if BLOWS.found(norm) and CHILDREN_OF_OTHERS.found(norm):
        return "children"
    if BLOWS.found(norm) and CLOSE_OTHERS.found(norm):
        return "domestic"
    if done_to_one_of_theirs(norm):
        return ELSEWHERE + "domestic"
    if signs.THREAT_TOLD.search(norm):
        return "harassment"  # "fick ett sms igår om att jag skulle få stryk": a threat told, not happening
    if signs.OWN_CHILD.search(norm) and (WHERE_TO_TURN.found(norm) or signs.TALK_ASKED.found(norm)) \
            and not danger_kinds.ANY_CUE.found(norm) and not signs.HARMED_BY_SOMEONE.found(norm) \
            and not danger_times.BEEN_SIGNS.found(norm) and not signs.DONE_TO_THEM.found(norm) \
            and not signs.BITTEN.found(norm) and limits.assess(norm) is None:
        return "children"  # "vår 15-åring kommer hem allt senare, vem kan man prata med?"
    if relative_condition(norm):
        return "relative"  # "pappa är dement och jag orkar inte längre", "min bror spelar bort hela lönen"
    if mood.low(norm):
        return mood.KIND  # "jag mår dåligt", "I feel really low": 1177 and Självmordslinjen (bot/answering/mood.py)
    if mood.hurt_not_urgent(norm, WHERE_TO_TURN.found(norm)):
        return "health"  # "halkade igår, foten är svullen men inte akut. vart ringer jag": 1177's advice
    told = limits.assess(norm) if danger.told_past(norm) and limits.SEEKING_HELP.found(norm) else None
    if told is not None and told.kind == "situation":
        return TOLD_PAST + told.situation  # "my ex threatened me two weeks ago and I'm still scared, who can I talk to?"
    return WORRY if worry_told(norm, toks, text) else ""


# Someone of the resident's life named by what they are to them ("min kusin", "my sister", "kollegas", "friend's").
_ONE_OF_MINE = re.compile(r"\b(?:min|mitt|mina|my|our|var|vart)\b|\b\w{3,}s (?:man|fru|sambo|kille|tjej|pojkvan|flickvan|"
                          r"partner|husband|wife|boyfriend|girlfriend|ex)\b")
# The one it is done to told as a third person ("henne", "her"), and the resident as no one it is done to.
_THIRD = frozenset(("henne", "honom", "hon", "her", "him", "she"))
_ME = frozenset(("mig", "me", "oss", "us"))
_PRONOUNS = frozenset(("han", "he"))
# Control of another's life (Kvinnofridslinjen's "psykiskt våld"): beside BLOWS, only for another's situation.
_CONTROL = CueSet.of({3: ("kontroller*", "controls", "controlling", "isolerar", "isolates", "tar hennes pengar",
                          "takes her money")})


# A close relationship, which Kvinnofridslinjen's help is for: a partner, or living or being together with someone.
# Without one ("hennes pappa slår henne", "mobbad och hotad på fritids") it is a child's or another's situation.
# (Not "killen": a cue word is one the speller pulls slips to, and it made "kullen" one.)
_PARTNER = CueSet.of({3: (
    "man", "mannen", "maken", "make", "fru", "frun", "hustru*", "sambo*", "kille", "pojkvan*", "flickvan*",
    "partner*", "gift", "ihop med", "tillsammans med", "lever med", "bor med", "bor ihop", "gubbe", "gubben", "exet",
    "exman*", "exsambo*", "husband", "boyfriend", "wife", "girlfriend", "married", "lives with", "living with",
    "dating", "her ex", "his ex")})


def done_to_one_of_theirs(norm: str) -> bool:
    """Violence or control in a close relationship told of someone of the resident's own life, in the third person
    ("min kusin är sambo med en kille som slår henne", "my friend's boyfriend threatens her"), not done to the
    resident, with no word of now,
    no one here or still there, and no weapon: that person's situation, whose help the resident asks for."""
    words = set(norm.split())
    if not (_THIRD & words) or _ME & words:
        return False
    # "mamma", "syster" named bare; each word is a text of its own to the cues, so only asked once the pronouns fit
    if not (any(PERSON_SIGNS.found(word) for word in words - _THIRD - _PRONOUNS) or _ONE_OF_MINE.search(norm)):
        return False
    if not (BLOWS.found(norm) or _CONTROL.found(norm)) or not _PARTNER.found(norm):
        return False
    return not (_now_besides_after(norm) or STILL_THERE_SIGNS.found(norm) or danger_signs.HERE_SIGNS.found(norm)
                or danger.WEAPON_SIGNS.found(norm) or danger_times.PAST_SIGNS.found(norm) and not danger_times.CHRONIC_SIGNS.found(norm))


def body_told(norm: str) -> bool:
    """A symptom or something swallowed told in words ("yrsel", "drack", "har svalt"): the body's own area."""
    return symptom_told(norm) or signs.INGESTED.found(norm)


def harm_over(norm: str) -> str:
    """Harm to health told as over: a bite, a fall or something swallowed, with a past time, told as
    fine now or as what lingers after it ("har fortfarande ont"), or (a bite or a fall) asked about;
    with no sign of an emergency ("kräks", "andas") and no word of now but how it is after. The
    situation whose help fits ("poisoning", "injury" for a bite, "health"), or ""."""
    kind = ("poisoning" if signs.INGESTED.found(norm) else "injury" if signs.BITTEN.found(norm)
            else "health" if signs.FELL.found(norm) else "")
    if not kind or not danger_times.PAST_SIGNS.found(norm) or signs.URGENT.found(norm) or _now_besides_after(norm):
        return ""
    state = signs.FINE_NOW.found(norm) or signs.LINGERING.found(norm)
    # Something swallowed only when told as fine now: otherwise Giftinformation's own "är det akut, ring 112".
    if kind == "poisoning":
        return kind if signs.FINE_NOW.found(norm) else ""
    return kind if state or WHERE_TO_TURN.found(norm) or REPORT_ASKED.found(norm) else ""


def harm_lingers(norm: str) -> bool:
    """Harm to the body that lingers after something over ("har fortfarande ont i käken sen i lördags"):
    the health line belongs beside the situation's help, with no sign of an emergency."""
    return signs.LINGERING.found(norm) and danger_times.PAST_SIGNS.found(norm) and not signs.URGENT.found(norm)


def damage_done(norm: str, toks: list[str]) -> bool:
    """A thing damaged, told as done ("de har slagit sönder busskuren", "Someone sprayed graffiti on our
    fence last night"): a crime to report, with no word of now, no one still there, no one hurt or
    threatened and no weapon; not a question ("Vad gör kommunen när någon har klottrat?") unless it
    asks how to report it."""
    # Fire's or a blast's words are damage done only when told as past or again ("brevlådan har sprängts igen").
    by_fire = signs.DAMAGE_BY_FIRE.found(norm) and (danger_times.PAST_SIGNS.found(norm) or signs.AGAIN.found(norm))
    # Damage told in the present as what keeps happening ("flera gånger nu sparkar någon sönder brevlådan").
    again = _SMASHING.search(norm) is not None and (signs.AGAIN.found(norm) or danger_times.CHRONIC_SIGNS.found(norm))
    if not (signs.DAMAGE_DONE.found(norm) or _BROKEN_DONE.search(norm) or by_fire or again) or STILL_THERE_SIGNS.found(norm) \
            or danger.WEAPON_SIGNS.found(norm):
        return False
    if BLOWS.found(_SMASHED.sub(" ", norm)) or _now_besides_after(norm):
        return False  # "slagit sönder busskuren" is no blow
    return not (toks and toks[0] in danger.QUESTION_WORDS) or REPORT_ASKED.found(norm)


def worry_told(norm: str, toks: list[str], text: str) -> bool:
    """A worry about a place or a group told as a statement ("det känns otryggt med gänget vid
    stationen", "I'm worried about the youth gangs hanging around the square"): something to tell the
    kommun, not a question and not the resident's own situation (threats, a child at risk)."""
    # A group at a place told as a habit ("det sitter alltid ett gäng utanför", "a group who hang out by the
    # library every evening") is the same worry, told by when it happens or what one avoids.
    # (Not what a group does to the resident: "people spit and shout at me at the bus stop" is their own situation.)
    group_there = signs.GROUP.found(_TIMES_OF.sub(" ", norm)) and _AT_A_PLACE.search(norm) is not None \
        and not _AT_ME.search(norm)
    felt = signs.WORRY.found(norm) and signs.PLACE_OR_GROUP.found(norm) or group_there and (
        signs.AVOIDS.found(norm) or danger_when.not_now(text, norm) == danger_when.HABITUAL)
    if not felt or "?" in text:
        return False
    if toks and toks[0] in danger.QUESTION_WORDS or BLOWS.found(norm) or danger.WEAPON_SIGNS.found(norm):
        return False
    told = limits.assess(norm)
    # "mina barn vågar inte gå till bussen": a fear of the place, not of what was done to them.
    return told is None or told.kind != "situation" or (told.situation == "victim" and not signs.DONE_TO_ME.found(norm))


# Where a group is ("utanför ica", "vid pizzerian", "by the library"): a place named after its preposition.
_AT_A_PLACE = re.compile(r"\b(?:vid|utanfor|bakom|framfor|nara|runt|pa|i|by|outside|behind|near|around|at) (?:the )?\w{3,}")
# Aimed at the resident ("shout at me", "spottar på mig"): what is done to them.
# "gång" (a time) folds as "gäng" (a gang) does: "varje gång", "förra gången" are no group.
_TIMES_OF = re.compile(r"\b(?:varje|en|nasta|forra|sista|forsta|flera|nagon|manga|tva|tre|denna|den har|ibland|"
                       r"nagra) gang(?:en|er|erna)?\b")
_AT_ME = re.compile(r"\b(?:at|on|to|after|towards) (?:me|us)\b|\b(?:pa|efter|mot|at|till) (?:mig|oss)\b")
# Broken by someone, told as done ("sparkat sönder", "hade slagit sönder"), not "gick sönder" by itself.
# (Not cue words: the speller would pull "sparat" to "sparkat".)
_BROKEN_DONE = re.compile(r"\b(?:\w+(?:at|ade|it|de|te|ats|its|des|tes) sonder|klottrade)\b")
# A thing broken in the present tense ("sparkar sönder", "slår sönder", "river sönder"): done again and again.
_SMASHING = re.compile(r"\b\w+(?:ar|er|r) sonder\b")
# One's own fall ("slog i huvudet", "slog mig i armen"): no blow from anyone.
_OWN_FALL = re.compile(r"\b(?:slog|slagit|slar) (?:mig |sig |honom |henne )?i\b")
# A thing smashed ("slagit sönder", "slog sönder"), not a blow to someone.
_SMASHED = re.compile(r"\b(?:slar|slog|slagit|slagits|sla|sparka\w*) sonder\b")


def _now_besides_after(norm: str) -> bool:
    """A word of now that is not of how it is after ("nu verkar han ok", "ser bra ut nu", "inte akut")."""
    if not danger_times.NOW_TIME_SIGNS.may_fit(norm):  # no word of now at all: none left after taking words out
        return False
    words = BY_NOW.sub(" ", SAID_NOT_NOW.sub(" ", danger_signs.drop_next_step_now(norm))).split()  # "flera gånger nu": by now, no time of it
    kept = [w for i, w in enumerate(words)
            if not (w in signs.STATE_NOW and signs.STATE_WORDS & set(words[max(0, i - 3):i + 4]))]
    return danger_times.NOW_TIME_SIGNS.found(" ".join(kept))


# A word said not to be so ("inget våld", "no violence", "aldrig slagit"): not the danger's word told.
_DENIED = re.compile(r"\b(?:inget|ingen|inga|aldrig|no|never)\s+\w+")


def relative_condition(norm: str) -> bool:
    """A relative's (or anyone's named) dementia or dependence told as what the family lives with, and no
    danger's, blow's or harm's word besides (a danger word said not to be so aside; dementia, which danger.py
    reads as a person who may go missing, aside): the care's advice line and socialtjänsten."""
    if not signs.RELATIVE_CONDITION.search(norm) or not _KIN.search(norm) or _CHILDREN.search(norm):
        return False  # children in it ("barnbarnen bor hos sin mamma som dricker"): a child's situation (Bris)
    rest = _DENIED.sub(" ", danger.DEMENTIA.sub(" ", norm))
    return not (danger_kinds.ANY_CUE.found(rest) or BLOWS.found(rest) or signs.HARMED_BY_SOMEONE.found(rest)
                or _now_besides_after(rest) or danger.someone_away(norm))


# One of the family or someone close, named by what they are to the resident ("farmor", "min man", "my sister"). Patterns,
# not CueSets: a cue's words are words the speller pulls slips to ("macken" became "maken"). (Not "far" and "mor":
# folded, "får" is "far"; not "vän" alone, which folds to "van", "used to".)
_KIN = re.compile(
    r"\b(?:mamma|mamman|pappa|pappan|farmor|farfar|mormor|morfar|bror|brorsan|syster|systern|min man|fru|frun|"
    r"sambo|min partner|pojkvan|flickvan|svarmor|svarfar|svager|svagerska|svarson|svardotter|kusin|moster|faster|"
    r"morbror|farbror|vuxna (?:son|dotter)|gubben|granne|grannen|min van|min vaninna|kompis|mum|mom|mother|dad|father|"
    r"brother|sister|husband|wife|partner|grandma|grandmother|grandpa|grandfather|uncle|aunt|cousin|friend|"
    r"neighbou?r|in law)\b")
_CHILDREN = re.compile(r"\b(?:barn|barnen|barnbarn\w*|bebis\w*|kids|children|grandchildren|skolan|lekplats\w*|playground)\b")


def symptom_told(norm: str) -> bool:
    """A symptom in words ("feber", "yrsel") or a temperature as a figure ("38,7", "39 grader")."""
    return SYMPTOMS.found(norm) or danger_when.TEMPERATURE.search(norm) is not None
