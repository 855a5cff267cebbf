"""The words bot/answering/not_now.py reads for what is over, done or only feared, and for more
questions about the bot (round six): harm to health that is over ("grannens hund bet min son förra
veckan", "barnet drack nåt igår, nu verkar han ok"), damage told as done ("nån har sprejat klotter på
vårt garage i natt"), a worry about a place that is no emergency ("det känns otryggt med gänget vid
stationen"), and how to stop following, whether this chat is a police report, whether the
trygghetsmätning is anonymous and who sees what one writes. Read on folded tokens (lower case, no
accents); each cue set says what it is for, and not_now.py says how they are put together.
"""

from __future__ import annotations

import re

from bot.answering.lexicon import CueSet

# -- harm to health that is over ---------------------------------------------------------------------
# Swallowed or drunk ("drack nåt konstigt", "fick i sig tvättmedel"): Giftinformationscentralen's line.
# Not "åt" alone: folded, it is the English "at". A cue word is a word the speller pulls slips to, so no
# "klottrade" (it took "klättrade"), "läker" ("läkare"), "föll" ("full"), "stötte" ("stötta"), "fallit"
# ("fallet"), "licked" ("locked"), "förstörd" ("förstod"), "hänger" ("hanterar") or "getting" ("geting").
INGESTED = CueSet.of({3: (
    "drack", "druckit", "svalde", "har svalt", "fick i sig", "fatt i sig", "har fatt i sig", "smakade pa",
    "at nagra", "at lite", "at av", "at upp", "at en", "at ett", "atit", "drank", "ate some", "ate a", "ate an",
    "swallowed", "got into the")})
# Bitten by an animal: to 1177, and something the owner can be reported for.
BITTEN = CueSet.of({3: (
    "bet min", "bet mig", "bet honom", "bet henne", "bet oss", "bet vart", "bet var", "bet sonen", "bet dottern",
    "bet barnet", "blev biten", "blivit biten", "har bitit", "bitit", "biten av", "bitits", "hundbett", "bett av",
    "was bitten", "got bitten", "been bitten", "bit my", "bit me", "bit him", "bit her", "bit our", "dog bite",
    # attacked by an animal: "attackerad av en hund", "attacked by a dog"
    *(f"{by} {a} {animal}" for by in ("attackerad av", "attackerade av", "anfallen av", "attacked by", "mauled by")
      for a in ("en", "ett", "a", "the", "their", "grannens", "the neighbour s")
      for animal in ("hund", "dog", "katt", "cat")))})
# A fall or a knock: to 1177.
FELL = CueSet.of({3: (
    "ramlade", "ramlat", "halkade", "halkat", "trillade", "trillat", "snubblade", "snubblat",
    "cyklade omkull", "gick omkull", "slog i", "slagit i", "krockade med", "fell", "slipped", "tripped",
    "fell off", "hit his head", "hit her head", "hit my head", "bumped")})
# How it is now, told as fine ("nu verkar han ok", "såret ser bra ut", "seems fine now").
FINE_NOW = CueSet.of({3: (
    "verkar ok", "verkar okej", "verkar ma bra", "verkar mar bra", "verkar pigg", "verkar som vanligt", "mar bra",
    "ma bra", "ser bra ut", "ser ok ut", "ser fint ut", "ar ok", "ar okej", "ar pigg", "som vanligt", "inga symtom", "inga symptom", "inga besvar", "har kommit ut", "seems fine", "seems ok",
    "seems okay", "seems alright", "is fine", "is ok", "is okay", "looks fine", "looks ok", "healing", "healed",
    "no symptoms", "feels fine", "doing fine", "as usual", "back to normal",
    # with who is fine between: "nu verkar han ok", "he seems fine"
    *(f"{seems} ~ {fine}" for seems in ("verkar", "mar", "ar", "kanns", "seems", "is", "looks", "feels")
      for fine in ("ok", "okej", "bra", "pigg", "fine", "okay", "alright")))})
# Or as something that lingers after it ("har fortfarande ont", "har haft huvudvärk sen dess").
LINGERING = CueSet.of({3: (
    "fortfarande ont", "har ont", "har lite ont", "har haft ont", "ont i", "huvudvark", "svullen", "svullet",
    "svullna", "blamarke*", "still hurts", "still sore", "swollen", "bruise*", "headache", "aches",
    "sore")})
# A sign that it is an emergency after all ("kräks", "andas tungt", "blöder", "somnig"): 112 stays first.
URGENT = CueSet.of({3: (
    "andas", "andning", "medvetslos*", "vaknar inte", "svarar inte", "kraks", "krakts", "krakas", "spyr", "spydde",
    "kramp*", "blod*", "bloder", "blodar", "forvirrad", "slo", "dasig", "somnig", "sovig", "svimm*", "ont i brostet",
    "breath*", "unconscious", "vomit*", "throwing up", "threw up", "seizure*", "bleed*", "confused", "drowsy",
    "won t wake", "wont wake", "fainted", "passed out", "chest pain")})
# The words of "now" that belong to how it is after ("nu verkar han ok", "ser bra ut nu", "seems fine now").
STATE_NOW = frozenset({"nu", "now", "idag", "today"})
STATE_WORDS = frozenset({"ut", "ok", "okej", "okay", "bra", "fine", "pigg", "vanligt", "healing", "healed", "lakt",
                         "laker", "normal", "normalt", "ont", "fortfarande", "still", "svullen", "alright", "verkar",
                         "seems"})

# -- damage told as done ------------------------------------------------------------------------------
# A thing damaged, told in the perfect or the past ("har sprejat", "slog sönder", "är helt förstörd"):
# done, a crime to report, not a definition of "skadegörelse". Not "klotter" alone: "Hur tar kommunen
# bort klotter?" asks about the work.
DAMAGE_DONE = CueSet.of({3: (
    "sprejat", "sprayat", "sprejade", "sprayade", "klottrat", "klottrat ner",
    "slagit sonder", "slog sonder", "slagits sonder", "sonderslag*", "krossat", "krossade", "krossad*",
    "vandaliser*", "forstort", "forstorde", "repat", "rispat", "punkterat", "skurit sonder",
    "skar sonder", "brutit sonder", "brutit av", "brot av", "sabotera*",
    "sprayed", "spray painted", "graffitied", "smashed", "vandalised", "vandalized", "wrecked", "slashed",
    "keyed", "damaged", "tagged",
    # cut through or off ("fått däcken sönderskurna", "sadlarna avskurna"), punctured
    "sonderskurn*", "sonderskuren", "sonderskurit", "avskurn*", "avskuren", "skurit av", "punkterade", "punkterad*",
    "slashing", "punctured", "cut off",
    # the passive of the perfect ("fönstren har krossats", "bilen har repats")
    "krossats", "repats", "rispats", "sprejats", "sprayats", "klottrats", "punkterats", "sonderskurits")})
# Damage by fire or a blast ("eldat upp soptunnan", "brevlådan har sprängts", "blown up"): the words of a fire
# now too, so they are damage done only beside a past time or "igen" (not_now.py); else the danger net reads them.
DAMAGE_BY_FIRE = CueSet.of({3: (
    "eldat upp", "eldade upp", "brant upp", "satt eld pa", "tant eld pa", "sprangt*", "sprangd*", "sprangdes",
    "sprangts", "blown up", "blew up", "set fire to", "set on fire", "burnt out", "burned out")})
AGAIN = CueSet.of({3: ("igen", "en gang till", "gang i ar", "ganger", "again", "twice", "times this", "a second time")})

# -- a worry about a place or a group, no emergency ---------------------------------------------------
WORRY = CueSet.of({3: (
    "otryggt", "otrygg", "otrygga", "obehagligt", "obehagliga", "orolig for", "oroliga for", "oroar mig",
    "oroar oss", "vagar inte ga", "kanns inte kul", "kanns inte bra", "kanns inte sakert",
    "ar radd att ga", "radd for att ga", "worried about", "worry about", "unsafe", "uneasy", "scared to walk",
    "afraid to walk", "don t feel safe", "dont feel safe", "do not feel safe", "not safe", "intimidating",
    "vagar inte", "radd", "otrevlig*", "brakiga", "stokiga", "hotfull stamning", "rude to people")})
# A group of people, whoever they are ("ett gäng", "berusade", "a group of older teens"): with a habit's time
# and a place, a worry about the place (not_now.worry_told).
GROUP = CueSet.of({3: (
    "gang", "ganget", "gangen", "grupp", "gruppen", "grupper", "ungdomar*", "killar", "killarna", "tonaringar*",
    "berusade", "fulla", "alkisar", "missbrukare", "narkomaner", "langare", "folk", "manniskor", "group", "groups",
    "teens", "teenagers", "youths", "guys", "drunks", "drunk people", "addicts", "dealers", "people")})
# Keeping away from a place ("vågar inte gå förbi", "handlar inte längre där", "avoids it now"): the worry told
# by what one does.
AVOIDS = CueSet.of({3: ("undvik*", "avoid*", "inte langre", "no longer", "anymore", "any more", "gar en omvag",
                        "tar en annan vag", "go another way", "stays away", "stay away", "haller mig borta")})
# Done to the resident ("blev", "efter inbrottet", "was robbed"): the fear of a victim, their situation's help.
DONE_TO_ME = CueSet.of({3: ("blev", "blivit", "har haft", "hade", "efter", "sedan", "sen", "was", "been", "after")})
PLACE_OR_GROUP = CueSet.of({3: (
    "ganget", "gang", "gangen", "gang*", "ungdomar*", "killar", "killarna", "haller till", "samlas",
    "torget", "stationen", "centrum", "parken", "tunneln", "bussen",
    "pa kvallen", "pa kvallarna", "pa natten", "pa natterna", "morkt", "morkret", "mopeder",
    "youth*", "gangs", "teenagers", "hanging around", "hang around", "square", "station", "park", "underpass",
    "subway", "town centre", "city centre", "in the evening*", "at night", "dark", "mopeds")})

# -- questions about the bot: more of them ------------------------------------------------------------
# Stopping a follow ("hur slutar jag följa Lund?", "vill inte få fler meddelanden om Lund").
UNFOLLOW_ASKED = CueSet.of({3: (
    "sluta ~ folja", "slutar ~ folja", "slutat ~ folja", "slutafolja", "stop ~ following", "sluta bevaka", "avfolja", "unfollow",
    "stop following", "avprenumerera", "avregistrera mig", "unsubscribe", "inte fa fler meddelanden",
    "inte fa nagra fler meddelanden", "inga fler meddelanden", "inte fa fler notiser", "inga fler notiser",
    "inte fa fler uppdateringar", "inga fler uppdateringar", "no more messages", "no more notifications",
    "no more updates", "stop the messages", "stop the notifications", "stop notifications", "stop the updates",
    *(f"{stop} ~ {news}" for stop in ("sluta fa", "slippa", "stop receiving")
      for news in ("uppdateringar", "meddelanden", "notiser", "besked", "updates", "messages", "notifications")))})
# Someone else's messages ("vill inte få fler meddelanden från honom"): harassment, not the bot's news.
FROM_A_PERSON = CueSet.of({3: (
    "fran honom", "fran henne", "fran hen", "fran dem", "fran dom", "fran mitt", "fran min", "fran mina", "fran grannen",
    "fran grannar*", "fran nagon", "fran nan", "fran mannen", "from him", "from her",
    "from them", "from my", "from someone", "from the neighbour*", "from the neighbor*", "from that")})
# Which kommuner one follows: the follow command lists them.
FOLLOWING_WHICH = CueSet.of({3: (
    "vilka kommuner jag foljer", "vilka jag foljer", "vad jag foljer", "vilken kommun jag foljer",
    "which municipalities i follow", "which municipalities am i following", "what i follow", "what am i following",
    "what i m following")})
# Whether this chat is a police report ("är det här samma sak som att polisanmäla?").
REPORT_HERE_ASKED = CueSet.of({3: (
    "samma sak som att polisanmala", "samma sak som att anmala", "samma som att anmala", "samma som att polisanmala",
    "samma som en polisanmalan", "samma sak som en polisanmalan", "samma som en anmalan",
    "samma sak som en anmalan", "raknas ~ som en anmalan", "raknas ~ som en polisanmalan", "raknas ~ som anmalan",
    "raknas ~ som polisanmalan", "galler ~ som en anmalan", "galler ~ som en polisanmalan", "ar det har en polisanmalan",
    "ar detta en polisanmalan", "ar det en polisanmalan", "blir det en polisanmalan", "blir det en anmalan",
    "har jag ~ gjort en polisanmalan", "har jag ~ gjort en anmalan", "har jag ~ polisanmalt", "har jag ~ anmalt det", "gar det har till polisen",
    "gar det till polisen", "skickas det till polisen", "skickar du det till polisen", "skickar ni det till polisen",
    "same as reporting", "same as a police report", "same as filing", "count as a report", "count as a police report",
    "counts as a report", "counts as a police report", "is this a police report", "is this a report",
    "does this go to the police", "is this sent to the police", "does it go to the police", "have i reported",
    "did i just report", "is what i write here a police report", "is what i write a police report",
    "is what i write here a report", "is writing here a police report", "is this chat a police report",
    # enough to write here, or reported through the bot ("räcker det att skriva här?", "kan jag anmäla det via dig?")
    "racker det att skriva", "racker det om jag skriver", "racker det med att skriva", "racker det att beratta",
    "racker det om jag berattar", "ar det nog att skriva", "is it enough to write", "is it enough to tell you",
    "enough to write here", "do i still need to report", "do i also need to report", "do i still have to report",
    "do i also have to report", "anmala ~ via dig", "anmala ~ genom dig", "anmala ~ via chatten", "anmala ~ i chatten",
    "anmala ~ via boten", "anmala ~ till dig", "polisanmala ~ via dig", "polisanmala ~ har", "anmala det har",
    "anmala har", "gora en anmalan har", "gora en polisanmalan har", "anmaler du", "anmaler ni", "polisanmaler du",
    "vidarebefordrar du", "vidarebefordrar ni", "vidarebefordras", "skickar du ~ till polisen",
    "skickar ni ~ till polisen", "report ~ through this chat", "report ~ through you", "report ~ via this chat",
    "report ~ in this chat", "report ~ through the bot", "report it to you", "report it here", "report this here",
    "file a report here", "file a police report here", "do you report", "will you report", "do you forward",
    "do you pass ~ on to the police", "passed on to the police", "forwarded to the police")})
# A crime told by its name beside writing it here ("om jag skriver om inbrottet här", "if I tell you about the
# burglary"): whether the bot reports it, read before a call asked for (not_now.py).
A_CRIME_TOLD = CueSet.of({3: (
    "inbrottet", "stolden", "misshandeln", "ranet", "skadegorelsen", "klottret", "brottet", "hotet", "hoten",
    "bedrageriet", "olyckan", "the burglary", "the break in", "the theft", "the robbery", "the assault", "the crime",
    "the damage", "the vandalism", "the threat", "the threats", "the fraud", "the mugging")})
WRITE_HERE = CueSet.of({3: (
    "om jag skriver", "om jag berattar", "om jag skrev", "nar jag skriver", "skriva ~ har", "skriver ~ har",
    "i chatten", "via dig", "genom dig", "till dig", "if i tell you", "if i write", "if i report", "when i write",
    "through this chat", "in this chat", "through you", "to you", "here")})
POLICE_LEARN = CueSet.of({3: (
    "far polisen veta", "vet polisen", "kommer polisen att fa veta", "gar det till polisen", "till polisen",
    "will the police know", "do the police know", "does the police know", "will the police find out",
    "go to the police", "goes to the police", "sent to the police")})
# The same asked in other words: counted as, or the same as, a report, of what is written here.
COUNTS_AS = CueSet.of({3: ("raknas", "galler som", "blir det", "samma sak som", "samma som", "counts as", "count as",
                           "same as", "same thing as", "the same as")})
A_REPORT = CueSet.of({3: ("anmalan", "polisanmalan", "polisanmala", "anmala", "anmalt", "polisanmalt", "police report",
                          "reporting", "report to the police", "reporting it", "reported")})
THIS_CHAT = CueSet.of({3: ("det har", "detta", "har i chatten", "chatten", "boten", "det jag skriver", "vad jag skriver",
                           "skriver har", "this chat", "this bot", "writing here", "what i write", "this",
                           "om jag skriver", "om jag berattar", "if i tell you", "if i write", "telling you")})
# Whether the trygghetsmätning is anonymous, or who sees one's answers in it.
ANONYMOUS_ASKED = CueSet.of({3: (
    "anonym*", "anonymous*", "kopplas", "kopplat till mig", "linked to me", "ser nagon vad jag", "vem ser",
    "kan nagon se", "vem kan se", "who sees", "who can see", "can anyone see", "sparas mina svar",
    "are my answers", "my answers", "vem jag ar", "veta vem", "who i am", "identify me", "know it s me",
    "know it was me", "spara mitt namn", "sparas mitt namn", "my name", "mina svar", "vad jag svarade",
    "vad jag svarat", "vad just jag", "what i answered", "what i answer", "my answer", "ser kommunen", "ser polisen",
    "kan kommunen se", "kan polisen se",
    # "does the municipality see my survey answers?": the survey's word between "my" and the answers
    "my survey answer*", "mina enkatsvar", "mitt enkatsvar", "the municipality see", "the police see")})
# Whether one can stay anonymous, or must give one's name, when telling the kommun something
# ("kan jag vara anonym om jag tipsar om en otrygg plats?", "får kommunen veta vem jag är?"), read with
# A_CONCERN: how a concern is stored (general.yaml "anonymous"); with the survey's words it is the survey's.
NAMELESS_ASKED = CueSet.of({3: (
    "anonym*", "anonymous*", "uppge mitt namn", "uppge namn", "ange mitt namn", "ange namn", "skriva mitt namn",
    "vet vem jag ar", "veta vem jag ar", "se vem jag ar", "know who i am", "see who i am", "give my name",
    "my name", "without my name", "utan mitt namn", "utan namn")})
A_CONCERN = CueSet.of({3: (
    "synpunkt*", "tipsa*", "tips", "rapportera*", "otrygg plats", "otrygga platser", "otrygg", "skickar in", "skicka in",
    "lamnar", "lamna", "report", "reporting", "concern*", "unsafe place*", "unsafe", "tip off", "send in")})
# Who sees what one writes ("vem ser det jag skriver?", "får polisen läsa mina synpunkter?").
# Someone of the resident's own life who reads their mail or phone ("min arbetsgivare läser mina mejl"):
# a matter of their own, never who sees what is sent to the bot.
OWN_LIFE_READER = CueSet.of({3: (
    "arbetsgivar*", "min chef", "chefen", "foraldrar*", "min mamma", "min pappa", "min man", "min fru", "sambon",
    "min sambo", "pojkvan*", "flickvan*", "mitt ex", "skolan", "mejl*", "mail*", "sms*", "mobil*", "telefon*",
    "employer", "my boss", "my parents", "my husband", "my wife", "my partner", "boyfriend", "girlfriend",
    "my ex", "emails", "texts", "my phone")})
WHO_SEES_ASKED = CueSet.of({3: (
    "vem ser det jag", "vem ser vad jag", "vem kan se det jag", "vem kan se vad jag", "vem laser det jag",
    "vem laser vad jag", "vem kan lasa", "vilka ser det jag", "vilka kan se det jag", "ser polisen det jag",
    "ser polisen vad jag", "laser polisen", "laser mina", "vem laser", "far polisen lasa", "far polisen se", "kan polisen se", "kan polisen lasa",
    "ser kommunen", "far kommunen se", "vem far se mina", "vem ser mina", "vem kan se mina", "vem far lasa",
    # the concerns themselves named ("vem ser de synpunkter jag skickar, polisen?")
    "vem ser de synpunkter", "vem ser synpunkt*", "vem laser synpunkt*", "vem kan se synpunkt*", "vem far se synpunkt*",
    "vilka ser synpunkt*", "vem tar emot synpunkt*", "who sees the concerns", "who sees my concerns", "who gets my concerns",
    "ser nagon vad jag", "kan nagon se vad jag", "who sees what i", "who can see what i", "who reads",
    "can the police see", "can the police read", "do the police see", "do the police read", "does the council see",
    "who gets to see", "who sees my", "who can see my", "can anyone see what i", "can anyone read",
    # the police or another named as the one who may see it, and what is sent passed on
    "who can read the concern*", "who can read my", "who can read what i", "who will read my", "who will see my",
    "does the police see", "does the police read", "do police see", "will the police see", "will the police read",
    "does the police get", "do the police get", "go to the police", "goes to the police", "sent to the police",
    "passed on to the police", "forwarded to the police", "who reads the", "who reads my", "who sees the concern*",
    "skickas ~ vidare", "gar ~ vidare till polisen", "skickas ~ till polisen", "hamnar ~ hos polisen", "far polisen ~ se",
    "far polisen ~ lasa", "vem ser synpunkt*", "vem ser den synpunkt*", "vem laser synpunkt*", "vem far veta vad jag",
    "kommer grannen ~ se", "kan grannen se", "far grannen se", "ser grannen")})
# Whether a person or a machine answers ("är du en riktig människa?", "am I talking to a bot?").
HUMAN_ASKED = CueSet.of({3: (
    "ar du en manniska", "ar du manniska", "ar du en riktig", "ar du en robot", "ar du en bot", "ar du en ai",
    "ar du ai", "ar du en dator", "pratar jag med en manniska", "pratar jag med en person", "pratar jag med en bot",
    "pratar jag med en robot", "skriver jag med en manniska", "sitter det en manniska", "sitter det nagon och svarar",
    "ar det en manniska som svarar", "ar det en person som svarar", "ar det en bot", "ar det en robot",
    "svarar en manniska", "ar det en riktig", "are you a human", "are you human", "are you a person",
    "are you a real", "are you a bot", "are you a robot", "are you an ai", "are you ai", "is this a bot",
    "is this a robot", "is this a real person", "am i talking to a", "am i chatting with a", "is a human answering",
    "is a person answering", "is someone answering")})
# Harm done by someone ("blev nedslagen", "got beaten up", "knuffad av en cyklist"): health that lingers after it is
# a crime behind it, to report and get support for as well as to see to (not_now.reads: "victim", not "health").
HARMED_BY_SOMEONE = CueSet.of({3: (
    "nedslag*", "nerslag*", "slagen", "misshandlad*", "overfall*", "knuffad*", "sparkad*", "ranad*", "knivhugg*", "attackerad*",
    "puttad*", "brottad*", "punched", "beaten", "beat up", "assaulted", "attacked", "mugged", "stabbed", "pushed",
    "knocked down", "shoved", "kicked")})
# A threat to the resident told as someone's words ("fick ett sms om att jag skulle få stryk", "he said I'd get
# hurt"): harassment to get help with and report; read only where the model sees no danger now (decide.py).
THREAT_TOLD = re.compile(
    r"\b(?:att|that) (?:jag|vi|i|we)(?: \w+)? (?:skulle|ska|skall|kommer att|will|would|d|ll|am going to|was going to|"
    r"were going to|are going to) (?:fa stryk|fa spo|fa sota|do|bli (?:slagen|skjuten|knivhuggen|misshandlad|"
    r"nedslagen|ihjalslagen|dodad)|get (?:beaten|beat up|hurt|killed|stabbed|shot|my ass kicked)|die|be killed|be hurt)\b")
# The resident's own child named ("vår 15-åring", "min tonåring", "my 14 year old", "vår dotter"): with help sought
# and no danger's or harm's words, a worry about the child, whose help is Bris and socialtjänsten (not_now.reads).
OWN_CHILD = re.compile(r"\b(?:min|mitt|var|vart|my|our) (?:\d+ )?(?:aring\w*|tonaring\w*|son|sonen|dotter|dottern|barn|"
                       r"grabb\w*|tjej|kille|kid|child|teen\w*|year old|boy|girl)\b")
# Someone to talk to or help asked for ("vem kan man prata med?", "who can help us?"): with one's own child named.
TALK_ASKED = CueSet.of({3: (
    "prata med", "vem kan", "vart vander", "vart kan", "vem vander", "who can", "who do we", "who should we",
    "talk to", "where can we", "what can we do", "vad kan vi gora", "vad ska vi gora", "hjalp", "help", "stod", "support")})
# Something done to someone told in the passive present ("blir utpressad", "is being bullied", "gets hit"): a
# crime or harm to them, whose help is not only the child's (not_now.reads).
DONE_TO_THEM = CueSet.of({3: ("blir", "is being", "are being", "gets", "keeps getting")})
# A relative's lasting condition that the family lives with ("pappa är dement", "min bror spelar bort lönen", "my
# sister drinks every weekend"): dementia, or a dependence of the kinds the glossary's ANDTS names (alkohol,
# narkotika, spel om pengar); no crime and no danger in itself, so the help is the care's advice line and
# socialtjänsten (not_now.reads: "relative"), not 112 or a police report. A pattern, not a CueSet: a cue's words are
# words the speller pulls slips to, and these would pull others ("macken" to "maken").
RELATIVE_CONDITION = re.compile(
    r"\b(?:dement\w*|demens\w*|alzheimer\w*|minnessjuk\w*|minnesproblem\w*|glomsk\w*|forvirrad\w*|dementia|memory loss|"
    r"confused|dricker|dricka|super|supa|alkohol\w*|alkis|fyllo|(?:full|berusad) varje|drinks|drinking|alcohol\w*|"
    r"spelar (?:bort|for|pa natet)|spelberoend\w*|spelmissbruk\w*|spelskuld\w*|\w*casino\w*|\w*kasino\w*|betting|"
    r"bettar|gambl\w*|missbruk\w*|beroend\w*|knarkar|tar droger|addict\w*|abuses|substance)\b")


# The resident's own concerns asked to be seen ("hur ser jag mina synpunkter?", "how do I see the concerns I have
# sent?", "where can I check the status of my report to the municipality?"): /mina, never who else sees them.
_SEE_OWN = re.compile(r"\b(?:(?:jag|i)(?: \w+){0,2} (?:se|hitta|kolla|see|view|find|check|look at|track)|"
                      r"(?:ser|hittar|kollar) jag|visa|show)\b(?: \w+){0,3} (?:mina|min|my|de|dom|the)\b(?: \w+){0,2} "
                      r"(?:synpunkt\w*|concerns?|tips)\b")
_OTHERS_SEE = re.compile(r"\b(?:vem|vilka|who|whom)\b")


def own_concerns_seen(norm: str) -> bool:
    return _SEE_OWN.search(norm) is not None and _OTHERS_SEE.search(norm) is None
