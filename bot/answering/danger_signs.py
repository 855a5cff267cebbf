"""The words that say an emergency's words are not danger now (bot/answering/danger.py): a question
about the bot, a past that is over, suicide told as over, as another's words or as thoughts with no
plan, help asked from the services, a threat with a condition, a young person carrying a weapon."""

from __future__ import annotations

import re

from bot.answering.lexicon import CueSet

# Asked about the bot or a case that may come ("vad gör du om någon skriver att de är i fara?",
# "what happens if I say I'm in danger"): a question, not someone in danger (only with a question word
# first and no word of now).
ASKED_IF_SIGNS = CueSet.of({3: (
    "om nagon", "om jag", "om man", "om en", "if someone", "if somebody", "if i", "if a", "if you",
    "vad hander om", "what happens if", "vad gor du om", "what do you do if", "hur vet du")})
# A question about the bot itself ("kan du ringa 112 åt mig?", "vad händer om jag skriver att …"): for every kind.
BOT_ASKED = CueSet.of({3: (
    "vad gor du om", "what do you do if", "vad hander om jag skriver", "vad hander om man skriver",
    "what happens if i", "om jag skriver", "om man skriver", "if i write", "if i say", "if i tell you", "kan du ringa",
    "kan du larma", "kan boten ringa", "kan boten larma", "kan ni ringa", "kan ni larma", "can the bot call",
    "can you call", "will you call", "would you call", "ringer du", "larmar du", "do you call",
    "if i told you", "what would you do if", "what would you say if", "vad skulle du gora om", "vad skulle du svara om",
    "om jag berattade", "om jag sa att", "om jag sager att", "if someone told you", "if somebody wrote",
    "vad skriver du om", "vad svarar du om", "hur svarar du om", "vad gor du nar", "vad svarar du nar",
    "what do you say if", "what do you write if", "what do you answer if", "how do you answer if",
    "what do you do when", "how do you know if")})
# Asking the bot to call for help ("kan du ringa ambulans, pappa har svimmat"): with what is happening told,
# and no "om"/"if" to make it a case imagined, it is someone in danger, not a question about the bot.
CALL_ASKED = CueSet.of({3: ("kan du ringa", "kan du larma", "kan ni ringa", "kan ni larma", "can you call",
                            "could you call", "will you call", "would you call", "please call", "ring ambulans",
                            "call an ambulance", "call the police", "ring polisen")})
IMAGINED = frozenset(("om", "if", "nar", "when", "ifall", "tank", "suppose"))
# The call asked for is not what is told: "call the police" alone is no violence, "ambulans" no illness.
CALL_WORDS = re.compile(r"\b(?:call|ring|ringa|larma)(?: (?:an|the|till|for|efter))? ?"
                        r"(?:police|polisen|polis|ambulance|ambulans|ambulansen|112|brandkaren|the fire brigade)?\b")
LONG_PAST = CueSet.of({3: (
    "i somras", "i vintras", "i varas", "i hostas", "forra aret", "i fjol", "ar sedan", "ar sen", "manader sedan",
    "manader sen", "forra sommaren", "forra vintern", "nar jag var", "som barn", "last year", "last summer",
    "years ago", "months ago", "as a child", "when i was")})
STILL_SIGNS = CueSet.of({3: ("sedan dess", "har varit", "ar fortfarande", "fortfarande", "inte kommit", "still",
                             "har inte", "hasn t", "has not", "since then")})
# Suicide told as over (an attempt, a death) or as another's words or a worry, not the act now:
# Självmordslinjen, with 112 when acute, unless the act is said to come ("ska", "tänker", "tonight").
SUICIDE_OVER = CueSet.of({3: (
    "forsokte ta", "forsokt ta", "forsokte doda", "tog sitt liv", "tog livet av sig", "tog mitt liv",
    "tried to kill", "tried to take", "attempted suicide", "took his life", "took her life",
    "took their life", "killed himself", "killed herself", "sjalvmordsforsok*", "suicide attempt*")})
REPORTED_SIGNS = CueSet.of({3: (
    "sagt", "sa", "sager", "skrev", "skriver", "skrivit", "pratat om", "pratar om", "pratade om", "berattat",
    "berattade", "berattar", "fatt veta", "fick veta", "hort att", "said", "says", "told me", "talks about", "talked about", "talking about", "wrote that",
    "orolig att", "orolig for", "oroar mig", "oroliga for", "radd att", "worried", "concerned")})
# A wish not to live told with how life has been ("mår dåligt länge", "ensam", "trött på livet"): thoughts
# to share, when told as a wish (not the act's words) and with no plan or time.
LIFE_STATE_SIGNS = CueSet.of({3: (
    "lange", "lang tid", "hela tiden", "mar daligt", "mar sa daligt", "mar skit", "deprimerad", "depression",
    "ensam", "trott pa livet", "meningslos*", "ingen mening", "inga vanner", "har ingen", "skuld*", "arbetslos",
    "for a long time", "depressed", "lonely", "alone", "no friends", "no point", "tired of life", "men jag",
    "but i", "vagar inte", "dont dare", "don t dare", "ingen ser", "nobody", "no one")})
SUICIDE_INTENT = CueSet.of({3: (
    "ska ta", "ska do", "ska hoppa", "ska skada", "ska gora slut", "skall ta", "tanker ta", "tanker hoppa",
    "kommer att ta", "planerar", "plan", "planer", "bestamt", "har tagit", "tagit", "igen", "sista",
    "farval", "going to", "gonna", "will", "plans", "planning", "decided", "again", "goodbye", "has taken",
    "took pills", "tabletter", "pills", "rep", "rope", "bro", "bridge", "hoppa", "jump")})
# Help asked for from the services (socialtjänsten, a help line, how to report): violence that goes on
# or has happened, told to find help, not a call from the middle of it.
SERVICE_SIGNS = CueSet.of({3: (
    "socialtjanst*", "soc", "kvinnojour*", "kvinnofrid*", "orosanmal*", "vem kan hjalpa", "finns det hjalp",
    "vart kan", "vart vander", "vart ska", "vem pratar", "vem ska jag prata", "kontakt med", "fa hjalp",
    "where can i get help", "who can help", "is there help", "get help", "support", "stod")})
# A threat with a condition ("om jag lämnar honom", "if I leave"): control that goes on, not an attack.
CONDITION_SIGNS = CueSet.of({3: ("om jag", "om vi", "if i", "if we", "annars", "or else")})
# Someone heard or seen at this moment: keeps a told or suspected act 112.
PERCEIVED_SIGNS = CueSet.of({3: ("hor", "hear", "hearing", "ser att", "ser hur", "i can see", "skrik*", "scream*")})
# A young person carrying a weapon (a parent's worry), not a weapon turned on someone.
CARRY_SIGNS = CueSet.of({3: (
    "bar kniv", "bara kniv", "bar vapen", "bara vapen", "med sig", "i ryggsacken", "i fickan", "i jackan",
    "i rummet", "i ladan", "skydda sig", "for protection", "caught with", "carries", "carrying", "stoppad",
    "tagen av polisen", "in his jacket", "in her bag", "in his bag", "in his room")})
YOUNG_SIGNS = CueSet.of({3: (
    "son", "sonen", "dotter", "dottern", "tonaring*", "kille", "elev*", "brorson", "systerson", "barnbarn",
    "teenage*", "teen", "daughter", "kid", "year old")})
WEAPON_TURNED = CueSet.of({3: ("hota*", "threat*", "attack*", "slar", "hugger", "skjuter", "viftar", "riktar",
                               "pointing", "waving")})
# Others telling the resident to take their life (hate online, bullying): harassment, not the act.
TOLD_TO_SIGNS = CueSet.of({3: ("att jag ska", "att du ska", "telling me to", "telling her to", "telling him to",
                               "told me to", "tell me to", "tells me to")})
# A threat of a report or a suit, no threat to anyone's body ("hotar att anmäla mig", "threatening to sue me"):
# read without it, by the rules and by what says no to them (refusals.py).
# A consequence of the law or of a job threatened ("hotar att anmäla mig", "hotar med uppsägning", "threatens to fire
# me", "hotar med vräkning"): no one's body is threatened.
# "Vi har precis flyttat till Rönninge", "just moved here": "precis", "just" say when one moved, no time of a crime
# told beside it ("… och grannarna pratar om inbrott").
JUST_MOVED = re.compile(r"\b(?:precis|nyss|alldeles nyss|just|recently) (?:har |hade )?(?:flyttat|flyttade|flytt|"
                        r"moved|move|relocated)\b")
LEGAL_THREAT = re.compile(r"\b(?:hota\w*|threat\w*) (?:(?:nu|nu ocksa|ocksa|aven|redan|igen|dessutom|now|also|again) )?"
                          r"(?:att |to |med |with )?(?:polisanmala|anmala|stamma|report|sue|polisen|"
                          r"uppsag|saga upp|sparken|avsked|vrak|avhys|inkasso|kronofogde|stanga av|avstang|fire|sack|"
                          r"dismiss|evict|debt collect)\w*"
                          # one's employer threatening with anything but the body ("chefen hotar att omplacera mig",
                          # "my boss threatens to cut my hours"): the job's consequence, whatever it is
                          r"|\b(?:chef|chefen|min chef|arbetsgivar\w*|boss|employer|manager) (?:hota\w*|threat\w*) "
                          r"(?:att |to |med |with )?(?!(?:sla|slar|doda|dod|mord\w*|skada|skjuta|skjut|knivhugg\w*|"
                          r"misshandla|spoa|ga pa|kill|hurt|beat|hit|shoot|stab|harm|attack\w*)\b)\w+")
THREATENS_SIGNS = CueSet.of({3: ("hotar att", "hotat att", "hotade att", "threatens to", "threatened to",
                                 "threatening to")})
# Where the one who threatens is at this moment ("står utanför", "outside my door"): keeps a threat's
# words 112 whatever else says it goes on.
HERE_SIGNS = CueSet.of({3: (
    "utanfor", "outside", "hos mig", "i trapphuset", "pa dorren", "vid dorren", "i lagenheten", "har inne",
    "in my flat", "in the house", "at my door", "at the door", "next door", "bredvid", "har hemma")})
# A case asked about, not one happening ("vad ska jag göra om någon försöker bryta sig in?", "om det
# börjar brinna i trapphuset, ska vi gå ut?"): with a question word or "om"/"if" first and no word of now.
WHAT_IF_SIGNS = CueSet.of({3: (
    "om nagon", "om jag ser", "om jag hor", "om jag skulle", "om man ser", "om man blir", "ifall man blir", "nar man blir",
    "if you get", "when you get", "om det borjar", "om det skulle", "om det brinner",
    "i fall", "ifall", "if someone", "if somebody", "if i see", "if i hear", "if i ever", "if there is a", "if there s a",
    "in case of", "what if", "tank om")})
# How often such a thing happens, asked in general ("hur vanligt är det att tjuvar försöker ta sig in i hus?"):
# no one's case, with a question word first and no word of now.
HOW_COMMON_SIGNS = CueSet.of({3: ("hur vanligt", "hur ofta hander det", "how common", "how often does", "how often do",
                                  "how usual")})
# An event told as ended ("kom hem i morse", "brandkåren har släckt"): with no word of now, over.
ENDED_SIGNS = CueSet.of({3: (
    "kom hem", "kom tillbaka", "hittades", "hittade vi", "hittade honom", "hittade henne", "har slackt",
    "slackte", "slacktes", "ar slackt", "came home", "came back", "was found", "found him", "found her",
    "put out", "was put out", "is out now")})
# The surest of those: the resident imagines it ("om jag ser", "om det börjar"), never "om någon …".
WHAT_IF_SURE = CueSet.of({3: (
    "om jag ser", "om jag hor", "om jag skulle", "om man ser", "om det borjar", "om det skulle", "i fall", "ifall",
    "if i see", "if i hear",
    "if i ever", "in case of", "what if", "tank om")})
# A violent crime just done to the resident ("blev rånad", "got mugged"), told with the one who did it
# still there or with a word of just now: SOS Alarm's page on 114 14 keeps that number for what is not
# "pågående eller nyligen inträffade brott"; those are 112 (see bot/answering/danger.py, fresh_violence).
JUST_DONE_VIOLENCE = CueSet.of({3: (
    "blev ranad", "har blivit ranad", "blivit ranad", "blev rand", "blev slagen", "har blivit slagen",
    "blev misshandlad", "har blivit misshandlad", "blivit misshandlad", "blev overfallen", "har blivit overfallen",
    "blev knivhuggen", "blev attackerad", "har blivit attackerad", "blev nerslagen", "ranade mig", "slog mig",
    "misshandlade mig", "overfoll mig", "got robbed", "was robbed", "have been robbed", "been robbed",
    "got mugged", "was mugged", "been mugged", "got attacked", "was attacked", "been attacked", "got beaten up",
    "was beaten up", "got stabbed", "was stabbed", "robbed me", "mugged me", "beat me up", "punched me")})
# The one who did it is still there ("står kvar", "still outside", "väntar utanför").
STILL_THERE_SIGNS = CueSet.of({3: (
    "ar kvar", "star kvar", "sitter kvar", "fortfarande har", "fortfarande kvar", "fortfarande utanfor",
    "vantar utanfor", "star utanfor", "ar utanfor", "i narheten", "runt hornet", "still here", "still there",
    "still outside", "still around", "is outside", "waiting outside", "nearby", "around the corner",
    # the one who broke in, maybe inside yet ("tror att de är kvar inne", "someone is still in there")
    "kvar inne", "fortfarande inne", "is still in", "are still in", "still inside")})
# Just now, in the words people use for a crime that has only just happened.
JUST_NOW_SIGNS = CueSet.of({3: ("nyss", "precis", "alldeles nyss", "just nu", "nu", "just got", "just been",
                                "have just", "has just", "right now", "a minute ago", "minutes ago", "for en minut sedan")})
# A case asked about anyone ("vad ska man göra om man blir rånad?", "what do you do if you get mugged?"):
# the generic "man"/"you" after "om"/"if", with a question word first and no word of now.
GENERIC_IF_SIGNS = CueSet.of({3: ("om man", "ifall man", "nar man", "if you get", "if you are", "if you re",
                                  "if one", "when you get")})
# Said not to be now or not urgent ("inget händer just nu", "inte akut", "just nu är det lugnt", "nothing is
# happening now", "not an emergency"): the words of now in it are no time of an act (danger.py).
SAID_NOT_NOW = re.compile(
    r"\b(?:(?:men |och )?(?:inget|ingenting|inte nagot) (?:som )?(?:hander|pagar)(?: (?:just )?nu| for tillfallet)?|"
    r"(?:det ar |det |men )?(?:inte|inget|ej) (?:sa )?(?:akut|brattom|ett nodlage|nagot nodlage)|"
    r"(?:just )?nu ar (?:det|allt) (?:lugnt|tyst|over)|(?:det|allt) ar lugnt (?:just )?nu|inte just nu|"
    r"nothing(?: is|s| s)? (?:happening|going on)(?: (?:right )?now| atm| at the moment)?|(?:it s |it is )?not (?:an? )?(?:emergency|urgent)|"
    r"(?:it s|it is|all is|everything is) (?:calm|quiet) (?:right )?now|not right now|"
    # no plan or intent now ("inga planer nu", "no plans right now", "tänker inte göra något nu"): the thought
    # is told, the act denied for now
    r"(?:inga|ingen|inte nagra|no|not any|don t have any|dont have any) (?:konkreta |direkta |real |actual )?"
    r"(?:planer|plan|plans|avsikt\w*|intention\w*)(?: \w+){0,4}? (?:just |right )?(?:nu|now)|"
    r"(?:tanker|kommer|ska) inte (?:att )?gora (?:nagot|nat|nanting|det)(?: just)? nu|"
    r"(?:not|won t|wont) (?:going to |gonna )?(?:do|act on) (?:anything|it)(?: right)? now|"
    # "jag är inte i fara nu men rädd", "I'm not in danger right now"
    r"(?:jag ar |vi ar |ar )?(?:inte|ej) i (?:akut |nagon )?fara(?: (?:just )?nu)?|not in (?:any )?danger(?: (?:right )?now)?|"
    # "ont i bröstet ibland, inget nu", "nothing right now": the symptom or the event denied for this moment
    r"(?:inget|ingenting|nothing)(?: just| right)? (?:nu|now)(?! (?:hander|pagar|happening)))\b")
# No one left where it happened ("ingen är kvar där nu", "tjuvarna har stuckit", "nobody is there now", "they're
# long gone"): the one who did it has gone, so the words of now and of still being there in the phrase tell that
# the danger is not now. Read out before the time of the message is read (danger.assess, danger_when), as a
# denial of danger is; the phrase also tells how it ended, so a past event with it is over (danger_when.not_now).
NO_ONE_LEFT = re.compile(
    r"\b(?:(?:det )?(?:ar |finns )?(?:ingen|inte nagon|ingen av dem) (?:ar |finns |star )?kvar(?: (?:dar|har|langre|inne|ute))*"
    r"(?: (?:just )?nu)?"
    # the one who did it fled ("tjuvarna har stuckit", "de smet"); "borta" or "gått" alone may be someone missing
    r"|(?:tjuvarna|tjuven|inbrottstjuvarna|garningsman\w*|de|dom|han|hon)(?: (?:har|hade))? (?:redan )?"
    r"(?:(?:stuckit|smitit|smet|flytt)(?! (?:ner|in|kniv\w*|mig|oss|honom|henne|till)\b)|(?:stack|drog|sprang) (?:darifran|harifran|sin vag))"
    r"(?: (?:darifran|harifran|nu))*"
    r"|(?:nobody|no one|noone)(?: is| s)? (?:there|here|around|left|inside)(?: (?:anymore|any more|now|right now))+"
    r"|(?:nobody|no one|noone) (?:is |s )?left"
    r"|(?:they|he|she|the thieves|the burglars|whoever did it)(?: re| s| are| is| have| ve| has| had)? "
    r"(?:long gone|ran off|took off|run off|fled)(?: (?:now|already|by now))*)\b")
# What someone avoids or wants back since an event ("tar bara taxi", "går en omväg", "I avoid the centre", "how do
# I feel safe again?"): life after it, as fear after it is (danger._not_now).
AVOIDS_SINCE = CueSet.of({3: (
    "tar bara taxi", "tar taxi", "akar bara taxi", "bara taxi", "akar taxi", "tar jag taxi", "gar en omvag", "gar omvagar", "undviker", "gar inte dit", "gar inte ut",
    "trygg igen", "tryggare igen", "kanna mig trygg", "only take cabs", "only take taxis", "take a taxi", "take taxis",
    "take cabs", "avoid", "avoiding", "feel safe again", "safe again", "never go there", "don t go out", "dont go out",
    "kanner mig inte trygg", "kanns inte tryggt", "inte trygg", "don t feel safe", "dont feel safe", "do not feel safe",
    "not feel safe", "no longer feel safe")})
# A fire told in the past tense ("bilen sattes i brand", "förrådet brann ner", "our garage was set on fire", "burnt
# down"): an event over, whose fear afterwards is the resident's situation (danger._not_now, with AVOIDS_SINCE or fear).
PAST_FIRE = re.compile(
    r"\b(?:sattes|tandes|antandes|brandes|eldades) (?:i brand|pa|upp|ner)\b|\b(?:brann|har brunnit|hade brunnit) (?:upp|ner|ned)\b"
    r"|\b(?:blev|har blivit) (?:nedbrand|uppbrand|brandskadad)\b|\b(?:was|were|got|has been|have been|had been) "
    r"(?:set on fire|set alight|set ablaze|torched|burnt|burned)\b|\b(?:burnt|burned) (?:down|out)\b")

# A fire denied ("det brinner inte nu men det luktar rök", "nothing is burning", "no fire"): the words of a fire
# that the message says is not there. Read without them, what is left is told as it stands (smoke that comes
# back every evening is a nuisance to report; "det brinner inte, men han andas inte" stays 112 for the breath).
NOT_BURNING = re.compile(
    r"\b(?:det )?brinner (?:inte|ej)(?: (?:langre|just nu|nu|nagonstans))?|(?:inget|ingenting) brinner|"
    r"(?:ingen|inte nagon) (?:brand|eld)(?: (?:just )?nu)?|"
    r"(?:nothing|nothing s|nothing is) (?:on fire|burning)|(?:it s |it is |is |isn t |s )?not (?:on fire|burning)|"
    r"isn t (?:on fire|burning)|no fire(?: (?:right )?now)?\b")
# How someone is after an event, told with a word of now ("han är ok nu", "hon mår bra nu", "he is ok now",
# "she's safe now", "nu är hon hemma"): the state after it, not a time of the act, so "now" here does not
# keep a past assault 112. Not when negated ("she is not safe now"): the filler words may not be a "not".
_STATE = (r"(?:ok|okay|okej|fine|alright|all right|safe|safe and sound|home|back home|hemma|hemma igen|bra|battre|"
          r"better|doing better|doing ok|doing fine|lugn|lugnt|trygg|tryggt|stable|stabil|recovering|unhurt|oskadd)")
_FILLER = r"(?:(?!not |inte |no |ej |never |aldrig )\w+ ){0,2}?"
_BEING = r"(?:is|s|are|re|am|m|seems|feels|looks|ar|mar|verkar|kanns|ar hon|ar han|mar hon|mar han)"
STATE_NOW_AFTER = re.compile(
    rf"\b(?:{_BEING} {_FILLER}{_STATE} (?:(?:and|och|men|but) \w+ )?(?:now|nu)|(?:now|nu) {_BEING} {_FILLER}{_STATE})\b")
# "I natt" is tonight or last night: after a perfect ("nån har brutit sig in i boden i natt", "det har
# varit bråk i natt") it is last night, a time past; so is a thing broken told in the perfect ("ungdomar
# har slagit sönder rutan"): the damage is done.
DONE_LAST_NIGHT = re.compile(r"\b(?:har|hade) (?:\w+ )?\w+(?:it|at|tt|dd) (?:(?:\w+ ){0,5}i ?natt|(?:\w+ )?sonder)\b")
# A landlord, a shop or a firm that does not answer ("hyresvärden svarar inte och elementen är kalla",
# "butiken svarar inte"): no one unconscious. The medical cues read the message without it.
SERVICE_SILENT = re.compile(
    r"\b((?:hyresvard|butik|affar|firma|foretag|saljar|handlaggar|forsakringsbolag|vardcentral|kundtjanst|support"
    r"|landlord|forvaltar|bolag|foreningen|styrelsen)\w*) (?:svarar (?:inte|aldrig)|doesn t answer|does not answer"
    r"|won t answer|isn t answering|is not answering)\b")
# Something lost or stolen, not a person missing (danger.py's THING).
THING_SIGNS = CueSet.of({3: (
    "pengar*", "konto*", "kortet", "bankkort*", "planbok*", "vask*", "cykel*", "cykeln", "bil", "bilen",
    "nyckl*", "mobil*", "telefon*", "dator*", "paket*", "smycke*", "klocka*", "handpenning*", "forskott*",
    "money", "account", "card", "wallet", "purse", "bag", "bike", "bicycle", "car", "keys", "phone",
    "laptop", "parcel", "package", "jewel*", "watch", "moped*", "verktyg*", "grill*", "tradgardsmobler*",
    "mobler", "staket*", "lastbil*", "bat", "baten", "tools", "furniture", "scooter*")})
PERSON_SIGNS = CueSet.of({3: (
    "barn*", "son", "sonen", "dotter", "dottern", "pappa", "mamma", "farfar", "farmor", "morfar", "mormor",
    "min man", "maken", "fru", "frun", "sambo", "pojkvan", "flickvan", "kompis", "van", "bror", "syster",
    "han", "hon", "henne", "honom", "child", "kid", "daughter", "father", "dad", "mother", "mum",
    "mom", "husband", "wife", "friend", "brother", "sister", "he", "she", "him", "her", "grandma", "grandpa",
    "person", "patient", "elev", "pupil")})
# Who sold, bought or did a job for the resident, gone after the money was paid ("swishade 4000 och sen
# försvann säljaren", "firman har försvunnit"): a fraud to report, no one missing. Only when no one of the
# resident's own is named: "min dotter följde med säljaren och försvann" keeps its danger.
COUNTERPART_SIGNS = CueSet.of({3: (
    "saljaren", "saljare", "saljarna", "koparen", "firman", "foretaget", "bolaget", "hantverkaren", "hantverkarna",
    "the seller", "seller", "the buyer", "the company", "the firm", "the builder", "the contractor")})
PAID_SIGNS = CueSet.of({3: (
    "swish*", "betal*", "pengar*", "pengarna", "kr", "kronor", "forskott*", "handpenning*", "faktur*", "paid", "pay*",
    "money", "deposit", "invoice*")})
# A person in need gone ("han är dement och hittar inte hem"): a missing person, whoever they are.
IN_NEED_SIGNS = CueSet.of({3: (
    "dement*", "vilse", "hittar inte hem", "alzheimer*", "forvirrad*", "sjuk", "dementia", "lost", "confused")})
# "han försvann med min plånbok" is a thief; "pappa har försvunnit" a person gone.
_PRONOUNS = frozenset(("han", "hon", "henne", "honom", "he", "she", "him", "her"))


def a_thing_not_a_person(norm: str) -> bool:
    """"min väska försvann", "pengarna har försvunnit", "hittar inte min plånbok": the missing word
    follows a thing (within three words) or the finding word comes before one (within four), or a
    thing is named and no person is. A close person just before the missing word is a person gone, with
    whatever they took ("pappa har försvunnit med bilen, han har demens"). A seller or a firm gone just
    beside the missing word is the money gone ("swishade och sen försvann säljaren")."""
    words = norm.split()
    if _counterpart_gone(words):
        return True
    if not THING_SIGNS.found(norm):
        return False
    for i, word in enumerate(words):
        if word.startswith(("forsvunn", "forsvann")) or word in ("saknas", "missing", "bort", "borta"):
            before = words[max(0, i - 3):i]
            if any(w not in _PRONOUNS and PERSON_SIGNS.found(w) for w in before):
                return False
            if any(THING_SIGNS.found(w) for w in before + words[i + 1:i + 3]):
                return True
        if word in ("hittar", "hitta", "find", "lost", "tappat", "tappade"):
            if any(THING_SIGNS.found(w) for w in words[i + 1:i + 5]):
                return True
    return not PERSON_SIGNS.found(norm)


def _counterpart_gone(words: list[str]) -> bool:
    """A seller or a firm next to a missing word after money was paid, and no one of the resident's own
    named anywhere, nor anyone in need."""
    norm = " ".join(words)
    if any(w not in _PRONOUNS and PERSON_SIGNS.found(w) for w in words) or not PAID_SIGNS.found(norm) \
            or IN_NEED_SIGNS.found(norm):
        return False
    return any(word.startswith(("forsvunn", "forsvann")) or word in ("vanished", "disappeared")
               for i, word in enumerate(words) if any(COUNTERPART_SIGNS.found(w) for w in words[max(0, i - 2):i + 2]))


# "Hjälp!", "HJÄLP", "help me!!": a cry of help words alone, shouted (an exclamation mark or capitals).
# Read as the bot's help it would only end with 112; someone in danger may write nothing more, so the
# answer opens with it. Plain "hjälp" or "help" asks how to use the bot.
_HELP_WORDS = frozenset(("hjalp", "help", "mig", "me", "snalla", "please", "oj", "ah", "nej", "no"))


def cries_for_help(text: str, tokens: list[str]) -> bool:
    """Only help words, shouted."""
    letters = [c for c in text if c.isalpha()]
    shouted = "!" in text or (len(letters) >= 4 and all(c.isupper() for c in letters))
    return shouted and bool(tokens) and any(t in ("hjalp", "help") for t in tokens) and set(tokens) <= _HELP_WORDS


# The kommun's or the police's work asked about a kind of case ("vad gör polisen i Kalix om någon blir
# knivhuggen?", "Vad gör Eslöv åt folk som misshandlas?", "och vid en skjutning, vad gör de då?", "what does
# Boden do about people getting stabbed?"): a question about what they do, no one's case told. The case
# follows the doer as its object, or opens the message as a condition ("om", "vid", "when").
_WORK = r"(?:vad|hur) (?:gor|jobbar|arbetar|hanterar|agerar|gors|hanteras)|(?:what|how) (?:does|do|will|would)"
_WORK_ASKED = re.compile(
    rf"\b(?:{_WORK})(?: \w+){{0,3}} (?:at|mot|om|nar|vid|about|against|when|if|with)\b"
    rf"|^(?:och |and |men |but )?(?:om|vid|nar|if|when|in case of) .*\b(?:{_WORK})\b")
# The resident in a case ("vad gör polisen om någon hotar mig?"); not "i" or "var", Swedish "in" and "where" folded.
RESIDENT = frozenset(("jag", "mig", "min", "mitt", "mina", "vi", "oss", "me", "my", "we", "us", "im", "our"))


def work_asked(norm: str) -> bool:
    """What the kommun or the police do about a kind of case, asked with no word of the resident (danger.py)."""
    return bool(_WORK_ASKED.search(norm)) and not RESIDENT & set(norm.split())


# Gunfire told in the present ("någon skjuter på gatan", "shots fired outside"): a weapon in use, so fear
# beside it ("vågar inte gå ut") does not make it a threat that goes on (danger._not_now).
SHOTS = CueSet.of({3: ("skjuter", "skjuts", "hor skott", "skottlossning", "ar beskjuten", "beskjutning",
                       "shots fired", "shooting", "gunshots", "gunfire", "being shot")})
# "Nu" as "by now" after a span or a count of what has happened ("det har hänt flera gånger nu", "har pågått i
# veckor nu", "it's been going on for months now"), and the one who did it told as gone ("de är borta nu", "they're
# gone now"): how long it has gone on, or how it is after; neither is a time of an act (danger._after_the_event).
BY_NOW = re.compile(
    r"\b(?:(?:hant|pagatt|hallit pa|happened|been going on|gone on)(?: \w+){0,4}? "
    r"(?:ganger|gangen|veckor|manader|dagar|natter|kvallar|helger|lange|ett tag|times|weeks|months|days|nights|a while)"
    r" (?:nu|now)|"
    r"(?:de|dom|han|hon|tjuv\w*|they|he|she|the thie\w+)(?: ar| is| are| s| re| har| have| has)?(?: redan| already)? "
    r"(?:borta|gone|stuckit|stack|dragit|left|run off|ran off)(?: harifran| darifran)? (?:nu|now)|"
    r"(?:nu|now) (?:ar|is|are) (?:de|dom|han|hon|they|he|she) (?:borta|gone))\b")
# The next step asked at the message's end ("vad gör man nu?", "vad ska vi göra nu", "what do I do now?", "what
# now"): "nu" of what to do after what was told, no time of the act; what was told decides ("just nu" stays a time).
_NEXT_STEP_NOW = re.compile(
    r"\b((?:vad|hur|vart|what|how|where)(?: (?:ska|skall|bor|kan|gor|gora|gar|vander|jag|man|vi|ni|hon|han|de|dom|"
    r"mig|oss|sig|do|should|can|shall|i|we|she|he|they|go|turn|da))+|what|och|and|so) (?:nu|now)$")


def drop_next_step_now(norm: str) -> str:
    """The message without the "nu" of a next step asked at its end ("… i fredags. Vad gör man nu?")."""
    return _NEXT_STEP_NOW.sub(r"\1", norm) if norm.endswith(("nu", "now")) else norm
