"""The resident's own legal matter asked as a permission, a consequence or a right: "får jag bära
pepparspray?", "kan jag få sparken om jag anmäler min chef?", "kan jag överklaga …?", "har jag rätt
att vägra blåsa?". No agreement answers these, and the model reads many of them as danger (a knife
named) or a report (a crime named): bot/answering/refusals.py gives them where to ask. Read on folded
tokens.

A permission asked is never taken for danger when a word of now stands in the message, someone
threatens or breaks in there, the danger is other than violence (fire, illness), or the danger rules
are sure ("får jag slå tillbaka? han slår mig nu" keeps 112 first)."""

from __future__ import annotations

from bot.answering.lexicon import CueSet

# Who asks leave for their own act: the resident, "man", the family.
_MAY = ("far jag", "far man", "far vi", "far min son", "far min dotter", "far mitt barn", "am i allowed",
        "are we allowed", "is it allowed", "may i", "can i legally", "is one allowed", "are you allowed",
        "is it legal for me", "can i be allowed")
# Acts of one's own a permission is asked for. Not "bära" or "ha" alone: "får jag bara fråga …?" and
# "får jag ha två synpunkter?" are no question of law; a weapon named is (WEAPON below).
_ACTS = ("gripa", "halla fast", "spela in", "filma", "fotografera", "elda", "skjuta", "jaga", "hugga ner",
         "falla", "vagra", "sla tillbaka", "forsvara mig", "forsvara oss", "kasta ut", "lasa in", "stanga av",
         "sparra", "ta tillbaka", "ta hand om", "behalla", "bygga", "carry", "arrest", "detain",
         "record", "film", "refuse", "hit back", "defend myself", "shoot", "hunt", "keep", "build", "put up",
         "lock", "throw out")
# Something whose carrying is a question of law: with a permission asked, never danger by itself.
WEAPON = CueSet.of({3: (
    "kniv", "kniven", "knivar", "morakniv*", "fallkniv*", "pepparspray*", "batong*", "vapen", "vapnet", "gevar*",
    "luftgevar*", "elchock*", "taser*", "knogjarn*", "slangbell*", "sprayflask*", "knife", "knives",
    "pepper spray", "baton*", "weapon*", "gun", "guns", "rifle*", "stun gun*")})
PERMISSION = CueSet.of({3: tuple(f"{may} ~ {act}" for may in _MAY for act in _ACTS)})
ASKS_LEAVE = CueSet.of({3: _MAY})
# What may follow from one's own act ("kan jag få böter om …", "can I get fired for …").
_WHO_RISKS = ("kan jag", "kan man", "kan vi", "riskerar jag", "riskerar man", "riskerar vi", "blir jag",
              "kommer jag", "far jag", "far man", "can i", "could i", "will i", "would i", "do i risk", "can you", "can we")
_RISKS = ("boter", "bota", "straff", "straffad", "domd", "fangelse", "sparken", "avskedad", "uppsagd", "stamd",
          "atalad", "anmald", "indraget", "aterkallat", "forlora", "polisanmald", "fined", "a fine", "fired", "sacked",
          "sued", "prosecuted", "charged", "convicted", "jail", "prison", "lose my", "in trouble",
          "av med jobbet", "av med mitt jobb", "mista jobbet", "mista mitt jobb")
CONSEQUENCE = CueSet.of({3: tuple(f"{who} ~ {risk}" for who in _WHO_RISKS for risk in _RISKS)})
# A decision appealed, a right of one's own asked.
APPEAL = CueSet.of({3: ("overklaga*", "appeal")})
RIGHT = CueSet.of({3: (
    "har jag ratt att", "har man ratt att", "har vi ratt att", "ar jag skyldig att", "ar man skyldig att",
    "do i have the right", "do i have a right", "am i obliged", "am i required to")})
# The bot's own matters asked the same way: "får man vara anonym?", "har jag rätt att radera mina
# synpunkter?", "får jag följa två kommuner?": the bot's, never a legal matter.
ABOUT_THE_BOT = CueSet.of({3: (
    "synpunkt*", "anonym*", "uppgifter", "radera*", "folja ~ kommun*", "foljer ~ kommun*", "enkat*", "trygghetsmatning*", "boten",
    "chatt*", "concern*", "anonymous*", "my data", "delete", "follow ~ municipalit*", "survey*", "the bot", "this bot", "chat")})
# A word of now: a permission asked with one stays with the danger rules.
NOW = CueSet.of({3: ("nu", "just nu", "now", "right now", "pagar", "happening")})
# Someone who threatens or breaks in, there as the resident asks ("får jag skjuta inbrottstjuven som är i
# mitt hus?"): whatever is asked beside it, the danger's answer, never the law's.
THREAT_THERE = CueSet.of({3: (
    "inbrottstjuv*", "som ar i", "ar i mitt", "ar har", "i mitt hus", "i min lagenhet", "i huset",
    "bryter sig in", "bryta sig in", "attackerar", "anfaller", "hotar", "jagar mig", "forfoljer",
    "intruder*", "burglar*", "in my house", "in my home", "in my flat", "breaking in", "break in",
    "attacking", "attacks me", "threatening", "is here")})


# What the law imposes for an act, asked in general or "for a friend" ("vad blir straffet för …", "hur
# mycket böter får man om …", "what's the sentence for …"): a question of law, not a crime happening.
PENALTY = CueSet.of({3: (
    "vad blir straffet", "vad ar straffet", "vilket straff", "vad far man for straff", "vad blir det for straff",
    "hur mycket boter", "hur hoga boter", "hur stora boter", "vad blir boten", "vad kostar boten", "straffskala*",
    "blir man av med korkortet", "ryker korkortet", "forlorar man korkortet", "mister man korkortet",
    "what s the sentence", "what is the sentence", "what s the penalty", "what is the penalty",
    "what s the punishment", "what is the punishment", "how much is the fine", "how big is the fine",
    "what fine do you get", "lose your licence", "lose your license", "lose my licence", "lose my license",
    # what it costs or what follows if one is caught ("vad kostar det i böter att …", "what happens if I'm caught …")
    "vad kostar det i boter", "vad kostar ~ i boter", "hur mycket kostar ~ boten", "vad far man betala i boter",
    "vad hander om jag akar fast", "vad hander om man akar fast", "vad hander om jag blir tagen",
    "vad hander om man blir tagen", "om jag akar fast", "om man akar fast", "if i m caught", "if i get caught",
    "if i am caught", "if you get caught", "if you re caught", "if one is caught", "what happens if i m caught",
    "how much do you pay in fines")})
# A charge or a hearing against oneself, and one's defence: "kallad till förhör som misstänkt", "offentlig
# försvarare", "I've been charged with …, how do I defend myself?".
DEFENCE = CueSet.of({3: (
    "forsvarare", "offentlig forsvarare", "forsvarsadvokat*", "forsvara mig i", "misstankt for", "som misstankt",
    "kallad till forhor", "kallats till forhor", "delgiven misstanke", "delgivits misstanke", "stamningsansokan*",
    "atalad for", "atalas for", "charged with", "been charged", "defend myself", "defence lawyer", "defense lawyer",
    "public defender", "suspected of", "called in for questioning", "summoned for questioning")})
# What the police may do to oneself ("får polisen visitera mig …?", "måste jag visa legitimation?", "can the
# police search my phone?"): one's rights asked, which JO and a legal representative answer, not the agreement.
POLICE_POWERS = CueSet.of({3: tuple(
    [f"{who} ~ {act}" for who in ("far polisen", "kan polisen", "far polis", "can the police", "may the police",
                                   "can the ~ police", "far ~ polisen", "kan ~ polisen",
                                   "are the police allowed to", "can police")
     for act in ("visitera", "kroppsvisitera", "soka igenom", "ta min", "ta mitt", "beslagta", "stoppa mig",
                 "halla kvar", "grip", "search", "take my", "seize", "stop me", "detain", "check my", "go through")]
    + ["maste jag visa legitimation", "maste jag visa leg", "maste man visa legitimation", "maste jag blasa",
       "do i have to show id", "do i have to show my id", "must i show id", "do i have to answer the police"])})


def asked(norm: str) -> bool:
    """A permission, a consequence, an appeal or a right of one's own asked, not of the bot's matters."""
    if ABOUT_THE_BOT.found(norm) or THREAT_THERE.found(norm):
        return False
    return (PERMISSION.found(norm) or ASKS_LEAVE.found(norm) and WEAPON.found(norm) or CONSEQUENCE.found(norm)
            or APPEAL.found(norm) or RIGHT.found(norm) or PENALTY.found(norm) or DEFENCE.found(norm)
            or POLICE_POWERS.found(norm))


def not_danger(norm: str) -> bool:
    """Leave to carry a weapon or do an act asked, or what follows from one's act, with no word of now:
    a question of law however the model or the weak rules read the weapon in it."""
    return asked(norm) and not NOW.found(norm)


# One's own or one's family's record, trial or court case (round nine): "kommer min son få ett
# brottsregister?", "jag ska vittna i tingsrätten i mitt eget mål": a case of one's own under the law,
# which the model read as a child at risk (Bris) or had no answer for.
RECORD = CueSet.of({3: (
    "brottsregister*", "belastningsregister*", "misstankeregister*", "prickad", "criminal record*",
    "police record*", "get a record", "have a record",
    # a register named without its name, or an old judgment that may show ("hamnar det i något register?")
    "i nagot register", "i nat register", "i registret", "i registren", "gammal dom", "gamla domar", "syns domen",
    "syns en dom", "old conviction*", "previous conviction*", "on my record", "on his record", "on her record",
    # a conviction of one's own or one's family's, asked what it means now ("blev dömd för snatteri, kan hon …?")
    "blev domd", "har blivit domd", "domdes for", "domd for", "was convicted", "been convicted", "got convicted",
    "convicted of")})
COURT = CueSet.of({3: (
    # not "vittna" alone: "jag såg slagsmålet, ska jag vittna?" is a crime to report
    "tingsratt*", "hovratt*", "rattegang*", "huvudforhandling*", "domstol*", "vittna i ratten", "vittna i domstol",
    "mitt mal", "vart mal", "hans mal", "hennes mal", "in court", "to court", "court case", "court hearing",
    "my trial", "his trial", "her trial", "testify in")})
# The one asking, or someone of their family: whose case it is.
OWN_PERSON = CueSet.of({3: (
    "jag", "mig", "min", "mitt", "mina", "vi", "oss", "var", "vart", "vara", "i", "me", "my", "we", "our", "us",
    "man", "one", "you")})
# Land of one's own, and people on it doing what they may not ("jag äger mark där folk kör cross
# olagligt"): one's own matter under the law, and something to report to the police as well.
LAND = CueSet.of({3: (
    "min mark", "var mark", "ager mark", "ager en mark", "ager marken", "min tomt", "var tomt", "min aker",
    "var aker", "min skog", "var skog", "mitt skogsskifte", "mina marker", "vara marker", "min gard", "var gard",
    "mitt jordbruk", "min aga", "my land", "our land", "own land", "own some land", "my field*", "our field*",
    "my forest", "our forest", "my property", "our property", "my farm", "our farm")})
ON_IT_UNLAWFULLY = CueSet.of({3: (
    "olagligt", "olovligt", "utan lov", "utan tillstand", "utan tillatelse", "obehorig*", "kor cross", "kor crossar",
    "kor fyrhjuling*", "kor moped*", "kor motorcykel*", "kor skoter*", "kor snoskoter*", "kor enduro", "kor bil",
    "korde", "dumpar", "dumpat", "tippar", "illegally", "unlawfully", "without permission", "trespass*",
    "dirt bike*", "quad bike*", "atv*", "dumping", "dumped")})


def own_case_in_court(norm: str) -> bool:
    """A record, a trial or a court case of one's own or one's family's."""
    return (RECORD.found(norm) or COURT.found(norm)) and OWN_PERSON.found(norm)


def offence_on_own_land(norm: str) -> bool:
    """People doing on one's land what they may not: where to ask, and a report to the police."""
    return LAND.found(norm) and ON_IT_UNLAWFULLY.found(norm)


# A film or a photo of someone posted online by the resident ("kan jag bli stämd om jag lägger ut en film
# på snattaren?"): the law of one's own act, which the model read as a crime suffered (victim help).
POSTING = CueSet.of({3: (
    "lagga ut", "lagger ut", "lagt ut", "lade ut", "lagga upp", "lagger upp", "lagt upp", "publicera*",
    "sprida", "sprider", "dela ~ pa natet", "dela ~ pa facebook", "dela ~ pa instagram", "post", "posting",
    "posted", "publish*", "upload*", "share ~ online", "sharing", "put ~ online")})
MEDIA = CueSet.of({3: (
    "film", "filmen", "filmer", "filmklipp*", "video*", "klipp*", "bild", "bilden", "bilder*", "foto*",
    "photo*", "picture*", "clip*", "footage", "recording")})

# Harm done to the resident beside it ("han lägger ut bilder på mig, kan jag få böter om jag svarar?"):
# the posting words alone are the resident's own act, these are harm suffered.
HARM_TO_ME = CueSet.of({3: (
    "pa mig", "av mig", "om mig", "slar mig", "slog mig", "hotar mig", "hotade mig", "misshandl*", "vald*",
    "of me", "about me", "hit me", "beat me", "threaten*", "assault*", "abuse*")})

# "Kan jag lägga ut …?" asks leave as "får jag" does, for posting.
MAY_POST = CueSet.of({3: tuple(f"{who} ~ {verb}" for who in ("kan jag", "kan man", "kan vi", "can i", "can we")
                               for verb in ("lagga", "publicera*", "sprida", "post", "publish*", "upload*", "share"))})


def posting_asked(norm: str) -> bool:
    """A film or a photo the resident posts or would post, asked as a question of law."""
    return POSTING.found(norm) and MEDIA.found(norm) and (
        CONSEQUENCE.found(norm) or PERMISSION.found(norm) or ASKS_LEAVE.found(norm) or RIGHT.found(norm)
        or MAY_POST.found(norm))
