"""The words that say what bot/answering/refusals.py says no to: another resident's data (who sent
or reported something, what they wrote or answered, how to reach them), and what is no such data
(one's own, the agreement's, the bot's). A matter of one's own that no agreement answers, which it
sends elsewhere, has its words in own_matter_signs.py. Read on folded tokens."""

from __future__ import annotations

import re

from bot.answering.danger_signs import LEGAL_THREAT as LEGAL_THREAT
from bot.answering.lexicon import CueSet

# What a resident did who sent something ("har skickat", "har klagat").
SENT_PARTICIPLES = ("anmalt", "rapporterat", "klagat", "skickat", "lamnat", "skrivit", "tipsat")
# Someone else's: other residents, whoever reported, everyone's concerns.
OTHERS = CueSet.of({3: (
    "andra invanar*", "andra boende*", "andra personer*", "andra manniskor*", "andra har", "vad andra", "andras",
    "vad folk", "folk har", "kolla vem", "ta reda pa vem", "fa reda pa vem", "fa veta vem", "find out who",
    "check who", "tell me who", "fran andra", "fran andra invanare", "from others", "from other", "vilka av mina",
    "vilken av mina", "which of my", "vilka har skickat",
    "vem ~ som ~ tipsa*", "vilka ~ som ~ tipsa*", "vem tipsade", "vem har tipsat", "who tipped", "vad invanarna", "vad grannarna", "vad mina grannar", "mina grannar har",
    "grannarna har", "vilka grannar", "vilken granne", "vilka boende", "vilka invanare",
    "vem ~ som ~ anmal*", "vem ~ som ~ rapporter*", "vem ~ som ~ klaga*", "vem ~ som ~ skrivit",
    "vem ~ som ~ skicka*", "vem ~ som ~ lamna*", "vilka ~ som ~ anmal*", "vilka ~ som ~ rapporter*",
    "vilka ~ som ~ klaga*", "vilka ~ som ~ skrivit", "vilka ~ som ~ skicka*", "vilka ~ som ~ lamna*",
    "vem har anmalt", "vem har rapporterat", "vem har klagat", "vem har skickat", "vem anmalde", "vem rapporterade",
    "vem klagade", "vem skickade", "vilka har anmalt", "vilka har rapporterat", "vilka har klagat",
    "vilka anmalde", "vilka klagade", "alla synpunkter", "alla anmalningar", "alla rapporter", "alla klagomal",
    "lista ~ synpunkter", "grannarnas", "other residents", "other people", "others", "someone else", "everyone s",
    "what people", "people have", "what my neighbours", "what my neighbors", "my neighbours have",
    "my neighbors have", "which neighbour*", "which neighbor*", "which residents", "who reported",
    "who has reported", "who complained", "who has complained", "who sent", "who filed",
    "all concerns", "all reports", "all complaints", "list ~ concerns", "list ~ complaints", "de andra", "dom andra",
    *(f"{who} ~ har ~ {did}" for who in ("vem", "vilka") for did in SENT_PARTICIPLES),
    *(f"vem ~ {did}" for did in ("skrev", "klagade", "anmalde", "rapporterade", "skickade", "lamnade", "tipsade")),
    # informing in everyday words ("vem tjallade om knarket?", "vem golade?"), and who it was that did ("Nån har
    # klagat på mopederna … Vem var det?")
    "vem tjallade", "vem tjallat", "vem har tjallat", "vem golade", "vem har golat", "vem skvallrade",
    "vem har skvallrat", "who snitched", "who grassed", "who told on")})
# Someone told of as having complained or reported, then who it was asked ("Nån har klagat på mopederna på
# Storgatan och nu står polisen där varje kväll. Vem var det?"): the one who sent it, asked for.
WHO_WAS_IT = re.compile(r"\b(?:nan|nagon|nagra|someone|somebody)\s+(?:har|hade|has|had)\s+(?:\w+\s+)?(?:anmalt|"
                        r"rapporterat|klagat|tipsat|skickat|tjallat|golat|reported|complained|tipped|snitched)\b.*\b(?:"
                        r"vem var det|vilka var det|vem det var|vem som gjorde det|who was it|who did it|who it was)\b")
# What of theirs: what they sent, or who they are.
THEIR_DATA = CueSet.of({3: (
    "synpunkt*", "rapport*", "anmal*", "klagomal*", "klagat", "klagade", "skrivit", "skrev", "skickat", "skickade",
    "lamnat", "lamnade", "tyckt", "tipsat", "tipsade", "tips", "tjallade", "tjallat", "golade", "golat", "snitched", "tipped", "telefonnummer*", "nummer", "namn", "namnen", "adress*", "personnummer*",
    "kontaktuppgift*", "mejl*", "e post", "concern*", "report*", "complain*", "complaint*", "sent", "wrote",
    "written", "phone number*", "numbers", "names", "address*", "contact details", "e mail*", "emails")})
# The one who reported or complained, asked for by who they are.
REPORTER = CueSet.of({3: (
    *(f"{who} ~ {did}" for who in ("den som", "de som", "dom som", "personen som", "personerna som", "alla som",
                                   "han som", "hon som", "hen som", "folk som", "de personer som")
      for did in ("anmal*", "rapporter*", "klaga*", "skicka*", "lamna*", "skrev", "skrivit", "tipsa*")),
    "skrivit om mig", "skrev om mig", "skrivit om oss", "skrev om oss",
    "skrivit till kommunen", "skrev till kommunen", "skrev till er", "skrivit till er", "wrote to the council",
    "wrote to you", "wrote about me", "written about me", "wrote about us", "personerna som", "anmalaren*", "anmalarens", "the reporter", "reporter s", "the complainant",
    *(f"{who} ~ {did}" for who in ("whoever", "the person who", "people who", "the persons who", "those who",
                                   "the one who", "everyone who", "anyone who", "the people who", "everybody who",
                                   "the woman who", "the man who", "the guy who", "the girl who", "the boy who")
      for did in ("report*", "complain*", "sent", "send", "filed", "wrote", "tipped")))})
IDENTITY = CueSet.of({3: (
    "vem", "vilka", "namn*", "nummer", "telefonnummer*", "adress*", "kontaktuppgift*", "identitet*", "mejl*",
    "who", "name", "names", "number*", "address*", "contact*", "identity", "email*", "lista*", "list", "numret",
    "numren", "telefonnum*", "e post*", "epost*", "mail*", "kontakt*")})
# Another named person's data: "visa vilka uppgifter som finns om min granne".
SEE = CueSet.of({3: (
    "visa", "visar", "se", "fa se", "fa veta", "beratta", "lamna ut", "ge mig", "vad har", "vilka uppgifter",
    "show", "see", "tell me", "give me", "what has", "what did", "what information", "look up", "sla upp", "sok upp", "kolla upp", "ta fram",
    "vad skrev", "vad stod", "vad star det", "vad star i", "las", "lasa", "ta del av", "har min", "har mitt",
    "har grannen", "did my", "has my",
    # asked to be handed out ("kan jag få ut synpunkterna som kommit in?", "begära ut klagomålen")
    "fa ut", "begara ut", "skicka mig", "maila mig", "mejla mig", "hand over", "send me", "email me", "release",
    "read")})
ANOTHER_PERSON = CueSet.of({3: (
    "min granne", "grannen", "grannens", "mina grannar", "grannarna", "en granne", "en annan person",
    "annan person*", "andra personer", "en annan invanare", "en viss person", "my neighbour*", "my neighbor*",
    "neighbour s", "neighbor s", "another person", "another resident", "someone else", "a specific person",
    # the resident's own people: what they sent is theirs, not the resident's
    "mitt ex", "min exfru", "min exman", "min exsambo", "min expojkvan", "min exflickvan", "min expartner",
    "min svarmor", "min svarfar", "min svager", "min svagerska", "svarmor", "svarfar", "svagerska", "exfru",
    "exman", "exsambo", "kusin*", "min sambo", "min fru", "min man", "min bror",
    "min syster", "min chef", "min kollega", "min arbetskamrat", "min hyresvard", "min hyresgast", "var granne", "my ex", "my ex wife",
    "my ex husband", "my mother in law", "my father in law", "my boss", "my colleague", "my landlord",
    "my brother", "my sister", "my wife", "my husband", "my coworker", "my co worker")})
PERSON_DATA = CueSet.of({3: (
    "uppgifter", "registrer*", "skickat", "skickade", "skrivit", "skrev", "rapporterat", "anmalt", "anmalde",
    "synpunkt*", "klagat", "registered", "sent", "wrote", "written", "reported", "information", "data",
    "details", "concerns", "complained", "write", "lamnat", "lamnade", "tipsat")})
# Someone's private contact details ("vilket telefonnummer har kommunpolisen Anna-Lena Mann privat?"): an
# official's too; the work contacts an entry names are the people answer's, never a home or a private number.
PRIVATE_CONTACT = CueSet.of({3: (
    "privat", "privata", "privatnummer*", "hemnummer*", "hemadress*", "hemtelefon*", "bor hon", "bor han",
    "private", "privately", "home address*", "home number*", "home phone*", "where does ~ live")})
# Where someone else lives ("vilken adress bor kommunpolisen på?", "jag måste veta var han bor", "where does she
# live?"): a home, whoever's, a pronoun or a role of a person beside "bor"; not "var bor man tryggast".
_SOMEONE = r"(?:han|hon|hen|he|she|\w+(?:polisen|chefen|ordforanden|samordnaren|radet|grannen))"
WHERE_SOMEONE_LIVES = re.compile(
    rf"\b(?:var|vilken adress|what address|which address|where)(?: \w+){{0,2}}? (?:{_SOMEONE} bor|bor {_SOMEONE}|"
    rf"does {_SOMEONE} live|{_SOMEONE} lives)\b")
# Someone's contact asked for at their home ("kontaktuppgifterna till kommunpolisen hemma", "call her at home"):
# a private one, whoever's it is.
AT_HOME_CONTACT = CueSet.of({3: (
    # the detail next to "hemma", or whose it is between ("numret till kommunpolisen hemma"), not a number and
    # a home in two sentences ("sms från ett okänt nummer. jag är hemma")
    *(f"{c} {between}{home}" for c in ("kontaktuppgift*", "nummer", "numret", "telefonnummer*", "adress*", "mejl*")
      for between in ("", "till ~ ", "pa ~ ", "har ~ ") for home in ("hemma", "hemifran", "i hemmet")),
    *(f"{c} ~ {home}" for c in ("ringa", "na", "prata med", "besoka", "traffa") for home in ("hemma", "i hemmet")),
    *(f"{c} ~ at home" for c in ("contact*", "number", "address", "email", "call", "reach", "visit", "see", "talk to")))})
# The resident's own ("mitt nummer hemma", "call me at home"): theirs to give.
MINE = CueSet.of({3: ("mitt", "min", "mina", "mig", "oss", "my", "me", "us")})
CONTACT_DETAIL = CueSet.of({3: (
    "telefonnummer*", "nummer", "numret", "mobilnummer*", "adress*", "mejl*", "epost*", "e post*", "bor",
    "phone*", "number*", "address*", "email*", "live")})

# Happening as one writes ("just nu", "pågår"): not the "nu" of "och nu vill han höja hyran".
HAPPENING = CueSet.of({3: ("just nu", "pagar", "right now", "happening", "is happening", "at the moment")})
# Asking for one's own data or what others see of one's own: privacy, never a refusal.
OWN_DATA = CueSet.of({3: (
    "jag har skrivit", "jag skrivit", "jag skrev", "jag har skickat", "jag skickat", "jag skickade", "det jag",
    "vad jag", "mina synpunkter", "min synpunkt", "mitt namn", "mina uppgifter", "what i", "i have sent",
    "i sent", "my concern*", "my message*", "my name", "my data", "my details", "om jag anmaler", "jag anmaler",
    "jag vill anmala", "if i report", "att det var jag", "it was me",
    # Who sees what a resident sent: a question of privacy ("får kommunen veta vem som skickat?").
    "far kommunen veta", "far polisen veta", "far foraldrarna veta", "far de veta", "far dom veta",
    "far grannarna veta", "far han veta", "far hon veta", "kan kommunen se", "ser kommunen", "ser polisen",
    "kan polisen se", "will the council know", "will they know", "does the council know", "will my neighbours know",
    "will the parents know", "can the council see", "can the police see")})
# Someone else, in a question the model reads as one about data: another resident's, refused.
WEAK_OTHERS = CueSet.of({3: (
    "andra", "andras", "folk", "vem som skrev", "vem som skickade", "vem som lamnade", "vilka i", "vilka har",
    "granne*", "grannar*", "grannen", "grannarna", "hyresgast*", "i omradet", "namnen", "others", "other",
    "people", "who wrote", "who sent", "whose", "residents", "neighbour*", "neighbor*", "tenant*", "names")})
DRONE = CueSet.of({3: ("dronare*", "dronar*", "drone*")})
CAMERA = CueSet.of({3: ("*kamera*", "*kameror*", "*camera*", "overvakningskamera*", "bevakningskamera*",
                        "kamerabevak*", "kameraovervak*", "filmar", "filma", "filmat", "filmade", "filming", "films", "cctv")})
HOME = CueSet.of({3: ("trapphus*", "trappuppgang*", "port", "porten", "entre*", "bostadsrattsforening*", "brf",
                      "forening*", "hyresvard*", "fastighetsagare*", "hyreshus*", "flerbostadshus*", "soprum*",
                      "stairwell*", "landlord*", "housing cooperative", "block of flats", "building",
                      "tvattstuga*", "kallare", "kallaren", "kallarforrad*", "cykelrum*", "cykelforrad*",
                      "korridor*", "hyresratt*", "housing association*", "laundry*", "basement", "bike room",
                      "hallway", "corridor")})
NEIGHBOURS = CueSet.of({3: ("granne*", "grannar*", "grannen", "grannarna", "neighbour*", "neighbor*",
                            "lagenheten bredvid", "lagenheten ovanfor", "lagenheten under", "next door")})
NOISE = CueSet.of({3: (
    "musik*", "oljud", "ljud", "later", "bullr*", "buller", "stor mig", "stor oss", "stora", "stor hela",
    "stojar", "stoj*", "fest*", "festar", "party", "parties", "noise", "noisy", "loud", "music", "skaller",
    "barks", "barking",  # a dog barking next door is noise, as "skäller" is
    "vasnas", "bankar", "dunkar", "hog volym", "spelar hogt")})
PARKING = CueSet.of({3: (
    "parkeringsbot*", "p bot", "pbot", "p boter", "parkeringsboter*", "kontrollavgift*", "felparkeringsavgift*",
    "parkeringsanmarkning*", "parking fine*", "parking ticket*", "parking fee", "felparker*",
    "parkeringsbolag*", "control fee*", "parking charge*", "parking compan*", "parking penalt*")})
# Reported to the police or accused oneself ("jag har blivit polisanmäld", "someone reported me").
BEEN_REPORTED = CueSet.of({3: (
    # "polisanmäld", which the speller may make "polisanmal" as it may "polisanmält": only beside the one reported;
    # "blev … anmäld" only as the participle ("blev snodd, ska jag anmäla?" reports a theft of one's own)
    "blivit ~ polisanmal*", "blev ~ polisanmal*", "ar ~ polisanmal*", "polisanmald*", "polisanmalt mig",
    "polisanmalde mig", "polisanmal mig", "blivit ~ anmald*", "blev ~ anmald*", "ar ~ anmald", "anmalt mig",
    "anmalde mig", "anmalt oss",
    "anmalde oss", "anmalan mot mig", "anmalan om mig", "polisanmalan mot mig", "anklaga*", "reported me",
    "i was reported", "i ve been reported", "i have been reported", "i was falsely", "false report", "accused",
    "accuses", "anmaler mig", "anmaler oss", "reporting me", "reports me",
    # a report threatened ("hotar att anmäla mig", "says I stole his bike"): a case of one's own to come
    "hotar att anmala mig", "hotar att polisanmala mig", "hotat att anmala mig", "hotade att anmala mig",
    "hotar med polisen", "sager att jag har stulit", "pastar att jag", "threatens to report me",
    "threatening to report me", "threatened to report me", "says i stole", "claims i stole")})
# Complained about oneself: who did it, or what they wrote, is another resident's data; the complaint
# itself is no case under the law.
COMPLAINED_ABOUT_ME = CueSet.of({3: (
    "klagat pa mig", "klagat pa oss", "klagomal pa mig", "klagomal mot mig", "klaga* pa mig", "klaga* pa oss",
    "complained about me", "complained about us", "complaining about me", "complaints about me",
    # one's child, dog, car or home complained about or reported by others ("har familjen i 3B rapporterat
    # mitt barn?", "did someone complain about my dog?"): who did is theirs, as it is of oneself
    *(f"{verb} {whom}" for verb in ("klagat pa", "klagade pa", "rapporterat", "rapporterade", "anmalt")
      for whom in ("mitt barn", "mina barn", "min son", "min dotter", "min hund", "min katt", "var hund", "min bil",
                   "mitt hus", "min lagenhet", "min adress")),
    *(f"{verb} {whom}" for verb in ("complain* about", "reported", "report")
      for whom in ("my kid*", "my child*", "my son", "my daughter", "my dog", "my cat", "my car", "my house",
                   "my flat", "my address")))})
# The trygghetsmätning: what others answered in it, asked for by who they are.
SURVEY = CueSet.of({3: (
    "*enkat*", "trygghetsmatning*", "trygghetsundersokning*", "matningen", "undersokningen", "survey*",
    "questionnaire*", "poll",
    # the survey by its command ("svarat på /trygghet", folded without its slash)
    "svara* pa trygghet", "answered trygghet", "answered the trygghet")})
WHO_ANSWERED = CueSet.of({3: (
    # "svar*", not "svarat": a cue word is a word the speller puts others right into ("sparat")
    *(f"{who} ~ svar*" for who in ("vilka", "de som", "dom som", "dem som", "alla som", "folk som")), "vem ~ har ~ svar*",
    # names, never "nämns" (folded "namns"): "vilka problem nämns i trygghetsmätningen?" asks of the text
    "vem svarade", "vad svar* folk", "vad folk svarade", "namn", "namnen", "namnet", "namnlist*", "per person", "varje person*",
    "vem som tyckte", "vem tyckte", "vem som svarade", "vilka som", "enskilda svar*", "deras svar",
    "who answered", "who responded", "who said", "who took", "everyone who", "each person", "per person",
    "names", "individual answers", "their answers",
    # one answer at a time, each person's ("person för person", "each respondent"); not "var och en", which is as
    # often each kommun ("vad sa chefen om var och en efter trygghetsundersökningen?")
    "person for person", "svar for svar", "varje enskild*", "person by person", "each respondent", "every respondent",
    "everyone s answers", "each individual")})
# Violence named: the resident's situation, even beside a law named.
# Violence is "våld", folded "vald": not "vald*", which took "vi valde skolan" (chose) for violence.
HURT = CueSet.of({3: ("slar", "slog", "slagit", "sla mig", "sla ihjal", "skada mig", "misshandl*", "vald", "valdet",
                      "valds*", "valdtag*", "valdtakt*", "hits",
                      "hit me", "beats", "beat me", "hotfull*",
                      "violence", "abuse*", "assault*", "hota*", "hugga", "doda", "kill", "threat*", "kropp*",
                      "sexuell*", "tafs*", "ofredar", "filmar mig", "lagger upp", "lagger ut", "pa natet",
                      "films me", "posts", "online", "body", "sexual*", "groping")})
# What the agreement's parties wrote or signed, other kommuner: a question, never another resident's data.
AGREEMENT_WORDS = CueSet.of({3: (
    "skrev under", "skrivit under", "skrivit pa", "skrev pa", "skrev ~ under", "skrivit ~ under", "signat", "undertecknat", "undertecknade", "signed", "signerade", "avtal*",
    "*overenskommelse*", "medborgarlofte*", "andra kommuner", "other municipalities", "other councils",
    "agreement*", "lagesbild*")})
# Who did it, asked: another resident's data even when one was reported oneself ("vem anmälde mig?").
WHO_REPORTED = CueSet.of({3: (
    "vem ~ anmal*", "vem ~ klaga*", "vilka ~ anmal*", "vilka ~ klaga*", "vem som", "vem det var", "vem var det",
    "vem var", "vem har", "vilka har", "vem ar det", "vilka ar det", "vilka som", "vilken granne", "namnet pa",
    "namn pa",
    "who reported", "who ~ complain*", "which neighbo*", "which of my neighbo*", "which of the neighbo*",
    "who sent", "the name", "vem skickade", "vilka grannar", "vilken av grannarna", "who filed", "who made", "who it was", "who was it", "the name of", "their name", "whos",
    "who s been", "who has been", "who keeps",
    # or what they sent: "har någon klagat på mig? vad står det?"
    "har nagon", "has anyone", "has someone", "did anyone", "did someone", "har grannarna", "har grannen",
    "har nan", "did the neighbo*", "did my neighbo*", "have the neighbo*", "has my neighbo*", "kan du kolla", "kolla om",
    "can you check", "vad star", "vad skrev", "what does it say", "what did they",
    # what they wrote, asked to be read ("får jag läsa vad hon skrev?", "can I see what he wrote?")
    "vad ~ skrev", "vad ~ har skrivit", "what ~ wrote", "what ~ has written")})
# The bot itself ("vem har skrivit den här boten?"): who made it is no resident's data.
THE_BOT = CueSet.of({3: (
    "boten", "chatbot*", "chattbot*", "den har tjansten", "den har appen", "den har sidan", "koden",
    "this bot", "the bot", "this service", "this app", "the code")})
# Put up or pointed somewhere, asked about ("får affären ha en kamera som filmar trottoaren?").
CAMERA_SETUP = CueSet.of({3: (
    "satt* upp", "ha en", "ha kamera*", "montera*", "installera*", "rikta*", "pekar", "filmar", "put up",
    "put a", "put", "installed", "mount*", "point*", "facing", "faces", "films", "skylt*", "min villa", "mitt hus",
    "min tomt", "min fastighet", "my house", "my property", "my driveway", "my garden")})
# What other residents sent, as a whole ("synpunkterna som kommit in", "the complaints about …"): with
# a wish to see or read it (SEE), another resident's data.
CONTENT_OF_OTHERS = CueSet.of({3: (
    "synpunkterna", "klagomalen", "anmalningarna", "inkomna", "som kommit in", "som har kommit in",
    "som kommit till er", "the concerns", "the complaints", "submitted", "that came in", "people sent",
    "people have sent")})
# Concerns about something, asked to be shown ("visa synpunkter om Stortorget"): a narrower wish to see.
SHOW = CueSet.of({3: ("visa", "fa se", "las", "lasa", "ta del av", "show", "read", "let me see")})
# Which concerns have come in ("vilka synpunkter har kommit in om Lund?"): what others sent, asked to be listed.
RECEIVED_CONCERNS = CueSet.of({3: (
    *(f"vilka {what} har ~ {came}" for what in ("synpunkter", "klagomal", "anmalningar", "tips")
      for came in ("kommit", "inkommit", "fatt", "tagit emot", "skickats")),
    *(f"{which} {what} have ~ {came}" for which in ("what", "which") for what in ("concerns", "complaints", "reports")
      for came in ("come in", "been sent", "been submitted", "been filed", "you received", "people sent")))})
CONCERNS_ABOUT = CueSet.of({3: (
    "synpunkter om", "synpunkter pa", "klagomal om", "klagomal pa", "anmalningar om", "concerns about",
    "complaints about", "reports about")})
# Whose camera: a wildlife camera, or the resident's own ("får jag ha en kamera vid mitt hus?").
WILDLIFE_CAMERA = CueSet.of({3: (
    "viltkamera*", "viltkameror*", "atelkamera*", "atelkameror*", "viltovervakning*", "trail camera*",
    "wildlife camera*", "game camera*", "trail cam*")})
OWN_CAMERA = CueSet.of({3: (
    "far jag", "kan jag", "behover jag", "maste jag", "far vi", "kan vi", "min villa", "mitt hus", "min tomt",
    "min uppfart", "min fastighet", "mitt radhus", "mitt sommarhus", "min stuga", "var villa", "vart hus",
    "var tomt", "can i", "may i", "am i allowed", "do i need", "can we", "my house", "my home", "my property",
    "my garden", "my driveway", "our house")})
# Someone else's camera than a resident's: a shop's, a kommun's, the police's.
NOT_A_RESIDENTS_CAMERA = CueSet.of({3: (
    "affar*", "butik*", "restaurang*", "foretag*", "kiosk*", "pizzeria*", "mack*", "bensinstation*",
    "kommunen", "polisen", "polisens", "shop*", "store*", "restaurant*", "business*", "company",
    "the council", "the police", "the municipality")})

# Another's message to the kommun, asked for by who, how to reach them, or what it said: someone else
# (OTHER_AGENT), something sent or told (SUBMITTED), and a wish for its sender or content (SENDER_OR_CONTENT).
OTHER_AGENT = CueSet.of({3: (
    "granne*", "grannar*", "grannen", "grannarna", "invanar*", "boende", "folk", "andra", "alla i",
    "alla pa", "alla som", "de som", "dom som", "den som", "personen", "personer*", "nagon", "nan", "kusin*",
    "mitt ex", "exfru*", "exman*", "exsambo*", "svarmor", "svarfar", "kollega*", "hyresgast*", "hon", "han",
    "hen", "residents", "neighbour*", "neighbor*", "people", "someone", "somebody", "others", "anyone",
    "whoever", "my ex", "cousin", "colleague*", "tenant*", "she", "he")})
SUBMITTED = CueSet.of({3: (
    "skrev", "skrivit", "skickat", "skickade", "rapporterat", "rapporterade", "anmalt", "anmalde",
    "anmalningar*", "klagat", "klagade", "klagomal*", "tipsat", "tipsade", "ringde", "ringt", "lamnat",
    "lamnade", "synpunkt*", "hort av sig", "tyckt", "tyckte", "skrivit in", "skrev in", "kontaktat", "kontaktade",
    "wrote", "written", "sent", "reported",
    "complained", "complaints", "flagged", "submitted", "filed", "tipped", "called", "contacted", "concerns",
    # told the kommun or the police of it: a sender too ("who told the council about …", "vem berättade för polisen")
    "told", "informed", "alerted", "berattade", "larmade", "informerade")})
# "vem skrev", "vilka ~ har klagat": who did it, the asking word before the sending verb.
_SENDING = ("skrev", "skrivit", "skickat", "skickade", "rapporterat", "rapporterade", "anmalt", "anmalde", "klagat",
            "klagade", "tipsat", "tipsade", "ringde", "ringt", "lamnat", "lamnade", "kontaktat", "kontaktade", "tyckt",
            "tyckte", "hort av sig")
WHO_DID = CueSet.of({3: (
    *(f"{who} ~ {did}" for who in ("vem", "vilka") for did in _SENDING),
    *(f"{who} ~ har ~ {did}" for who in ("vem", "vilka") for did in _SENDING),
    *(f"{who} ~ {did}" for who in ("who", "which") for did in (
        "wrote", "sent", "reported", "complained", "flagged", "submitted", "filed", "tipped", "called", "contacted",
        "told", "informed", "alerted")))})
SENDER_OR_CONTENT = CueSet.of({3: (
    "vilken av", "vilka av", "vilka som", "vilka i", "vem var det", "vem det var", "namn*", "lista*",
    "sammanstallning*", "kontaktuppgift*", "nummer", "numret", "numren", "telefonnum*", "mejl*", "mailadress*",
    "e post*", "epost*", "adress*", "avsandare*", "vad skrev", "vad stod", "vad star", "vad har ~ skrivit",
    "vad har ~ skickat", "vad har ~ rapporterat", "mejla mig", "skicka mig", "which of", "which neighbour*",
    "which neighbor*", "which residents", "names", "name", "list", "contact details", "contact info*", "number*",
    "email*", "address*", "sender*", "what did ~ write", "what did ~ say", "what did ~ report", "share",
    "forward", "send me", "kontakta dem", "kontakta dom", "kontakta personen", "kontakta honom",
    "kontakta henne", "prata med dem", "prata med dom", "i sa fall vem", "vem i sa fall", "vem da", "contact them",
    "reach them", "talk to them", "and who")})
# How one person answered ("hur svarade min granne i trygghetsmätningen?"), not how people did.
HOW_THEY_ANSWERED = CueSet.of({3: ("hur ~ svar*", "vad ~ svar*", "hur ~ har ~ svar*", "vad ~ har ~ svar*",
                                    "how did ~ answer", "what did ~ answer", "vad ~ tyckte", "hur ~ tyckte",
                                    "what did ~ think", "enkatsvar*", "svaren fran", "answers from",
                                    "their answers")})
# A few people near the resident, whose survey answers would be theirs: a stairwell, a street, a building
# ("hur svarade dom i min trappuppgång?", "folk på Ringvägen"); not an area's or a kommun's results.
NEAR_GROUP = CueSet.of({3: (
    "i min trappuppgang", "i var trappuppgang", "i trappuppgangen", "i mitt trapphus", "i vart trapphus",
    "i trapphuset", "i min port", "i var port", "i porten", "pa min gata", "pa var gata", "pa gatan",
    "i mitt kvarter", "i vart kvarter", "i mitt hus", "i vart hus", "i huset", "i var forening",
    "i foreningen", "i min brf", "i var brf", "pa *vagen", "pa *gatan", "pa *grand",
    "in my stairwell", "in our stairwell", "in my building", "in our building", "on my street",
    "on our street", "in my block", "in our block")})
# About the resident ("vad har de boende skickat om mig?").
ABOUT_ME = CueSet.of({3: ("om mig", "om oss", "mot mig", "mot oss", "about me", "about us", "against me")})


