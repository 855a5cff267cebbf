"""Cue words that tell what a message asks, in folded form (lower case, no accents).

A cue is a phrase of folded words. A trailing `*` lets a word run on ("fokus*" matches
"fokusomradena"), a leading `*` lets it start earlier ("*chef*" matches "lokalpolisomradeschef"),
and `~` stands for up to three words in between, for Swedish particle verbs split around their
object ("gar ~ ut" matches "gar avtalet ut"). Weights say how strongly a cue points to its topic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering import aspect_shapes
from bot.answering.cues import Cues, CueSet

TOPIC_CUES: dict[str, Cues] = {
    "overview": {
        2: ("beratta*", "tell me", "tell us", "information", "info", "overview", "oversikt",
            "sammanfatt*", "summary", "summari*", "allt om", "vad vet du om", "what do you know",
            "what about", "hur ser ~ ut", "about"),
        4: ("vad galler", "what applies", "vad som galler",  # all that applies, not "hur länge gäller"
            # how things work here, told as what one wants to know: the whole, not the methods aspect
            "hur det funkar", "hur det fungerar", "hur funkar det", "hur fungerar det", "how it works",
            "how things work"),
        1: ("avtal*", "*overenskommelse*", "agreement*", "samverkan", "samarbete*", "cooperation"),
    },
    "focus": {
        3: ("fokus*", "huvudomrad*", "prioriter*", "priorit*", "samverkansomrad*", "medborgarlofte*",
            "lofte*", "focus*", "promise*", "omraden*", "omradet", "areas", "inriktning*", "satsar", "satsning*", "arbetar med", "jobbar med",
            "work on", "working on", "vad gor", "vad ska", "vad gjorde", "what do", "what does",
            "what will", "gora tillsammans", "do together", "innehall*", "innebar", "handlar om", "handlade om", "handla om",
            "agenda", "focusing", "include", "includes", "included", "contain*", "citizen promise*",
            # the areas by another head word's compound ("vilka problemområden valdes?", "insatsområdena")
            "problemomrad*", "insatsomrad*", "arbetsomrad*", "malomrad*", "temaomrad*"),
        # what it holds, not "vilka ingår i samverkan"; what they promise is the promises, also when the
        # residents are named ("vad lovar de invånarna?" is no question of the purpose)
        4: ("vad ingar", "vad lovar",
            # "Vad gällde för Kil 2018–2019?": what applied then is its content; its years are in the question
            "vad gallde", "vad gallt", "what applied", "vad lovade", "vad lovas", "vad lovades", "vad ~ lovat",
            # what is done for a group ("what does it do for young people?"): the doing, not the people named
            "what ~ do for", "what ~ ~ do for", "what is done for", "vad gor ~ for", "vad gor ~ ~ for", "vad gors for"),
        2: ("lovat", "lovar", "lovade", "lovades"),
    },
    "period": {
        3: ("*period*", "hur lange", "how long", "hur manga ar", "how many years", "gar ~ ut", "gick ~ ut", "loper ~ ut", "lop* ~ ut",
            "tar ~ slut", "tog ~ slut",
            "utgar", "upphor*", "expire*", "giltig*", "valid*", "in force", "fortfarande", "still",
            "slutdatum", "startdatum", "avtalstid", "until when", "fram till", "till nar",
            "sedan nar", "since when", "under vilka ar", "vilket ar", "vilka artal", "vilka ar galler", "vilka ar gallde",
            "for vilka ar", "which years", "end date", "start date",
            "aktuell*", "current*", "in effect", "last until", "nar skrev* ~ under", "nar skrev* ~ ~ under", "nar skrev* ~ ~ ~ under", "nar skrev* ~ ~ ~ ~ under",
            # the agreement named at length between ("När skrevs Hallstahammars löfte för 2024 under?")
            "nar ~ tecknad*", "nar ~ tecknat*",
            # the promise written is signed ("När skrevs medborgarlöftet i Dals-Ed och gäller det fortfarande?"): its
            # word after the verb reads as its content otherwise
            "nar skrevs *loft*", "nar skrevs ~ *loft*",
            "nar ~ undertecknad*", "when ~ sign", "when ~ signed", "when ~ ~ end*", "when ~ ~ expire*",
            # the day asked ("vilket datum skrevs Katrineholms medborgarlöfte under?"): the agreement's
            # name beside it says which agreement, not that its content is asked
            "vilket datum", "vilken dag", "which date", "what date", "which day", "what day"),
        2: ("nar", "when", "datum", "date", "slutar", "slutade", "borjade", "borjar", "started",
            "starts", "ends", "ended"),
        1: ("galler", "gallde", "gallt", "skrev* under", "undertecknad*", "signed", "sign", "tecknad*"),
    },
    "parties": {
        3: ("parter*", "part", "vilka ar med", "vem ar med", "vilka ingar", "ingar i",
            # who took part in the agreement, in the past ("vilka var med i löftet för fjällen?", "who was involved in
            # the promise?"); never of a group the agreement names ("vilka var med i lägesbildsgruppen?": its sentence)
            "vilka var med i *loft*", "vem var med i *loft*", "vilka var med i *avtal*", "vilka var med i *overenskommels*",
            "vilka deltog i *loft*", "vilka deltog i *avtal*", "vilka deltog i *overenskommels*",
            "vilka har varit med i *loft*", "who took part in ~ promise*", "who took part in ~ agreement*",
            "who was involved in ~ promise*", "who was involved in ~ agreement*", "who were involved in ~ promise*",
            "who were involved in ~ agreement*", "who was part of ~ promise*", "who was part of ~ agreement*",
            "lokalpolisomrade", "lokalpolisomradet", "lokalpolisomraden", "polisomrade*",
            "police area", "local police", "samarbetar med", "samverkar med", "samarbetspartner*",
            "partner*", "aktorer*", "involved", "parties", "party", "who is part", "vilka samarbetar",
            "vilken polis*", "which police", "vilka deltar", "who takes part", "who cooperates",
            "cooperate with", "works with", "work together with", "organisation*", "organization*",
            "who do they work with", "vilka jobbar de med", "vilka samarbetar de med",
            # the kommun between verb and particle ("vem samarbetar Sollentuna med?"): whom, not a person
            "samarbetar ~ med", "samverkar ~ med", "vem samarbetar", "vem samverkar", "who else"),
        2: ("samarbetar", "samverkar", "deltar", "tillsammans med"),
        # the police area asked by name beside a role ("vilket lokalpolisområde är hon chef för?"): the area, not
        # the person, though "chef" asks people as strongly as "lokalpolisområde" asks parties
        4: ("vilket lokalpolisomrade", "vilket polisomrade", "vilket lpo", "which police area",
            "which local police area", "what police area", "what local police area"),
    },
    "people": {
        2: ("vem", "who", "whom", "kontakt*", "contact*", "namn", "name*", "telefon*", "phone", "ring*"),
        3: ("vilka personer", "ordforande*", "kso", "kommunalrad*", "*chef", "*chefen",
            # a person's political party ("vilket parti?" after who signed): the people's lines carry it, "(C)"
            "vilket parti", "vilka partier", "parti", "partiet", "partitillhorighet", "political party",
            "which party is", "what party is", "party is she", "party is he", "party does she", "party does he",
            "kommunpolis*", "trygghetssamordnare*", "kontaktperson*", "*samordnare", "*samordnaren", "*strateg",
            "*strategen", "strategist*", "coordinator*", "leder", "leads", "lead",
            "head of", "personer", "person", "ansvarig*", "mayor", "chair*", "police chief",
            "styrgrupp*", "steering", "politiker*", "politician*", "kommundirektor*", "officials",
            "which people", "what people", "the people behind", "people named", "people involved",
            "people mentioned", "people responsible", "people in charge", "key people",
            "vilka har skrivit under", "vilka undertecknade", "vilka signerade"),
        # "people" alone is as often anyone ("what does Boden do about people getting stabbed?")
        1: ("people", "skrev* under", "undertecknade", "signerade", "signed", "sign"),
        5: ("vem skrev* ~ under", "vilka skrev* ~ under", "vem skrev* pa", "vilka skrev* pa", "who signed",
            # who heads a body ("who heads the local police area there?"): its chief, a person, never the parties,
            # though the body's name is a party's cue ("vem leder arbetsgrupperna?" is a slot the entry may answer)
            "who heads",
            # who signs in any tense or mood ("vem har undertecknat dem?", "vilka skulle skriva på dem?",
            # "who would sign them?"): the verb of signing in its every form after the who
            "vem ~ undertecknat", "vilka ~ undertecknat", "vem ~ underteckna", "vilka ~ underteckna",
            "vem ~ skriv* ~ under", "vilka ~ skriv* ~ under", "vem ~ skriv* pa", "vilka ~ skriv* pa",
            "vem ~ signerat", "vilka ~ signerat", "who ~ sign",
            # the indirect question ("berätta vilka som skrev under löftet", "jag undrar vem som skrev på")
            "vilka som skrev* ~ under", "vem som skrev* ~ under", "vilka som skrev* pa", "vem som skrev* pa",
            "vilka som underteckna*", "vem som underteckna*", "vilka som signera*", "vem som signera*",
            # "tecknade" is signed too ("Vilka tecknade Ånges löfte 2023–2024 …?")
            "vem tecknade", "vilka tecknade", "vem ~ tecknat", "vilka ~ tecknat",
            # a cleft ("vem var det som skrev på löftet?", "vilka var det som undertecknade?")
            "vem var det som skrev* ~ under", "vilka var det som skrev* ~ under", "vem var det som skrev* pa",
            "vilka var det som skrev* pa", "vem var det som underteckna*", "vilka var det som underteckna*",
            # the signer asked by what they are ("vilka poliser skrev under?", "vilken politiker signerade?",
            # "which police officers signed?"): a person, not the police as a party
            "vilka polis* ~ skrev* ~ under", "vilken polis* ~ skrev* ~ under", "vilka polis* ~ skrev* pa",
            "vilken polis* ~ skrev* pa", "vilka polis* ~ skriv* ~ under", "vilken polis* ~ skriv* ~ under",
            "vilka polis* ~ underteckna*", "vilken polis* ~ underteckna*",
            "vilka politiker ~ skrev* ~ under", "vilken politiker ~ skrev* ~ under", "vilka politiker ~ underteckna*",
            "vilken politiker ~ underteckna*", "vilken polis* ~ signera*", "vilka polis* ~ signera*",
            "which police* ~ signed", "which officer* ~ signed", "which politician* ~ signed",
            "what police* ~ signed",
            # who took part in the signing ("vilka var med och skrev under löftet?"): the signers, not its content
            "vilka var med och skrev ~ under", "vem var med och skrev ~ under", "vilka var med och skrev pa",
            "vem var med och skrev pa", "vilka var med och undertecknade", "vem var med och undertecknade"),
    },
    "follow_up": {
        3: ("uppfoljning*", "folj* ~ upp", "folj* ~ ~ upp", "folj* ~ ~ ~ upp", "mats", "mater", "matning*",
            "trygghetsmatning*", "trygghetsindex", "index", "resultat*", "results", "result",
            "statistik*", "statistic*", "siffr*", "measured", "measurement*", "follow up",
            "followed up", "survey*", "evaluat*", "utvarder*", "effekt*", "hur gar det",
            "how is it going", "progress", "uppdater*", "updated", "safety index", "foljs", "foljer upp",
            "measure", "how do they measure", "how is ~ measured",
            "folja upp", "uppfoljd*", "follow*", "mats det", "how is the work",
            # checking that the work is done ("hur kontrolleras det?", "kontrollerar man att löftena hålls?"), never
            # the police's checks themselves ("vad kontrollerade polisen?": the traffic controls an entry names)
            "kontrolleras", "kontrollerar att", "kontrollera att", "kontrollerar man", "hur kontroller*",
            # "hur vet Knivsta om arbetet med trafiken lyckas?": how success is known, not the area again
            "om arbetet ~ lyckas", "om arbetet ~ ~ lyckas", "om arbetet ~ ~ ~ lyckas", "om insatserna ~ lyckas",
            "om insatserna funkar", "om insatserna fungerar", "whether the work", "is working", "are working"),
        1: ("lagesbild*",),
        # how the promises went ("Hur gick det för Jokkmokks löften?", "How did Ale's promise go?"): their
        # outcome, above the promise's word that asks its content
        4: ("hur gick det for ~ *loft*", "hur gick det med ~ *loft*", "hur har det gatt for ~ *loft*",
            "hur har det gatt med ~ *loft*", "how did ~ promise* go", "how have ~ promise* gone",
            "how has ~ promise gone"),
    },
    "methods": {
        3: ("hur arbetar", "hur jobbar", "arbetssatt*", "metod*", "arbetsmetod*", "method*",
            "how do they work", "how will they", "approach*", "tillvagagang*",
            "atgard*", "insats*", "verktyg", "strategi*", "hur gor", "hur motverkar",
            "measures", "ways of working", "how they work", "way of working", "bidra med", "bidrar med",
            "contribute*", "ansvarar for", "ansvara for", "responsible for"),
        2: ("how does", "hur ska"),
        1: ("hur", "how", "satt"),
    },
    "source": {
        3: ("kalla", "kallan", "kallor*", "source*", "dokument*", "document*", "pdf", "lank*",
            "link", "links", "lank", "lanken", "lankar", "var kommer", "where does", "publicer*", "pressmeddelande*", "press release",
            "las mer", "read more", "var star det", "referens*", "reference*"),
    },
    "purpose": {
        3: ("syfte*", "varfor", "why", "purpose", "malet", "malen", "goal*", "aim*", "bygger pa",
            "objective*", "achieve*", "accomplish*", "malsattning*", "uppna*",
            "bygger ~ pa", "grundar sig", "utgar fran", "based on", "basis", "ligger ~ till grund", "till grund for",
            "grundas pa", "grundar ~ sig pa", "baseras pa", "baserad pa", "baserat pa", "vad vill", "what do they want",
            # "avsikten med", not "avsiktsförklaringen": a declaration of intent is a document of its own
            "avsikt", "avsikten", "avsikter", "avsikterna", "intention*", "ambition*", "invanar*", "medborgarna", "medborgare", "tycka till om",
            "vara med och", "residents", "citizens", "consulted", "dialog*"),
        4: ("kom ~ fram till", "kommit ~ fram till", "komma ~ fram till", "came up with", "come up with",
            "arrive* at",  # how they arrived at it: what it builds on, not "fram till" a date
            # where the focus areas or priorities came from: what they build on, not the page's link ("var kommer")
            "var kommer fokusomrad* ~ ifran", "var kommer prioritering* ~ ifran", "var kommer fokusomrad* ~ fran",
            "varifran kommer fokusomrad*", "varifran kommer prioritering*", "where do ~ focus areas come from",
            "where did ~ focus areas come from", "where do ~ priorities come from", "where did ~ priorities come from"),
    },
}

DEFINITION_CUES: Cues = {
    3: ("vad betyder", "vad menas", "vad innebar", "vad star", "star for", "forklara*",
        "definition*", "define", "what is", "what are", "what does", "whats", "mean", "means",
        "meaning", "explain*", "betyder", "menas", "begrepp*", "vad ar"),
}

CROSS_CUES: Cues = {
    3: ("vilka kommuner", "vilken kommun", "vilka av kommunerna", "which municipalit*",
        "what municipalit*", "which towns", "which cities", "vilka stader", "nagon kommun",
        "any municipalit*", "alla kommuner", "all municipalit*", "kommunerna", "municipalities",
        "vilka andra", "var finns", "vem mer", "vilka avtal", "vilka overenskommelser",
        "vilka samverkansoverenskommelser", "vilka medborgarloften", "which agreements",
        "what agreements", "vilka kommuner"),
}

AGREEMENT_LIST_CUES: Cues = {
    3: ("vilka avtal", "vilka overenskommelser", "vilka samverkansoverenskommelser",
        "vilka medborgarloften", "which agreements", "what agreements", "agreements"),
}

# Which agreements, by where they stand today: ended, or still in force.
AGREEMENT_ENDED_CUES: Cues = {
    3: ("gatt ut", "gick ut", "har upphort", "upphort", "upphorde", "utgangna", "utgangen", "har slutat",
        "slutat galla", "galler inte langre", "inte langre galler", "expired", "have ended", "has ended",
        "no longer valid", "no longer in force", "ran out", "run out"),
}
AGREEMENT_IN_FORCE_CUES: Cues = {
    3: ("galler fortfarande", "galler nu", "galler idag", "galler i dag", "i kraft", "fortfarande galler",
        "aktuella", "gallande", "in force", "still valid", "still in force", "currently valid", "valid now"),
}
# With a year: which agreements end then ("går ut 2026", "runs until the end of 2026").
AGREEMENT_ENDS_CUES: Cues = {
    3: ("gar ut", "loper ut", "loper till", "slutar", "galler till", "galler t o m", "till och med",
        "tom", "till", "until", "runs until", "run until", "ends", "end in", "expire*", "through"),
}

LIST_MUNICIPALITIES_CUES: Cues = {
    3: ("hur manga kommuner", "how many municipalities", "vilka kommuner kan du", "vilka kommuner vet du", "vilka kommuner finns",
        "vilka kommuner har du", "vilka kommuner kanner du", "vilka kommuner svarar du",
        "which municipalities can you", "which municipalities do you", "what municipalities do you",
        "what municipalities can you", "vilka kommuner ingar", "which municipalities are",
        "lista kommuner*", "list municipalit*", "list the municipalit*"),
}

ABOUT_CUES: Cues = {
    3: ("vad kan du", "vad kan jag fraga", "what can you", "what can i ask", "hjalp", "help",
        "vem ar du", "who are you", "vad ar du", "what are you", "om boten", "hur fungerar",
        "how does this work", "how do you work", "instruktion*", "kommandon", "commands", "meny",
        "menu", "vad gor du", "what do you do"),
}

PRIVACY_CUES: Cues = {
    3: ("integritet*", "personuppgift*", "gdpr", "privacy", "sparar ni", "sparar du", "sparas",
        "lagrar", "lagras", "stored", "store my", "radera mina", "delete my", "anonym*",
        "mina uppgifter", "my data", "personal data"),
    2: ("data",),
}

GREETING_CUES: Cues = {
    3: ("hej", "hejsan", "hallo", "hall*", "tja", "tjena", "god morgon", "god kvall", "hello",
        "hi", "hey", "tack", "tack sa mycket", "thanks", "thank you", "good morning", "morsning"),
}

# Words that may mean "I want to tell you something" but also ask of the agreement ("Vad ska kommunen
# bidra med?", "Får invånarna tycka till?"): a concern only with a wish to report or suggest (WANTS).
FEEDBACK_WEAK_CUES: Cues = {
    3: ("forslag*", "tycka till", "tycker till", "tyck till", "tipsa", "tips", "suggest*", "ide", "idea*",
        "paverka*", "bidra", "give input", "feedback", "concern*"),
}
WANTS_CUES: Cues = {
    3: ("jag vill", "jag skulle vilja", "vill jag", "kan jag", "hur kan jag", "hur gor jag", "var kan jag",
        "vart kan jag", "jag har ett", "jag har en", "i want", "i would like", "i d like", "id like",
        "how do i", "how can i", "can i", "where can i", "i have a", "let me", "vi vill", "we want"),
}
FEEDBACK_CUES: Cues = {
    3: ("synpunkt*",
        "otrygg plats", "otrygga platser", "kanns otrygg*",
        "kanner mig otrygg", "feel unsafe", "feels unsafe", "unsafe place", "felanmal*", "klaga*",
        "klagomal*", "complain*", "lamna en", "rapportera*",
        "report something", "report an unsafe", "report a place",
        "ar otryggt", "ar otrygg", "otryggt vid", "otryggt i", "otryggt pa", "otrygg* ~ kvall*",
        "is unsafe", "feel* unsafe", "unsafe at", "unsafe in", "ar morkt", "for morkt",
        "saknas belysning", "trasig* gatubelysning", "trasig* lamp*"),
}

REPORT_CUES: Cues = {
    3: ("anmal*", "polisanmal*", "brottsanmal*", "report a crime", "report crime",
        "report the crime", "report a theft", "report theft", "file a report", "police report",
        "report it to the police", "report to the police", "gora en anmalan", "stulen", "stulits",
        "stals", "was stolen", "got stolen", "been stolen", "stole my", "har blivit bestulen",
        "blev bestulen", "bestulen", "broke into my", "har haft inbrott", "hade inbrott",
        "was burgled", "been burgled", "ranad", "ranade", "misshandlad", "blev slagen",
        "was robbed", "got robbed", "was assaulted", "klottrat", "vandaliser*", "sonder",
        "forstort*", "vittne*", "witness*", "brottsoffer", "crime victim"),
}

# Who a "people" question asks about, by role_key in the knowledge base.
ROLE_CUES: dict[str, Cues] = {
    "kso": {3: ("ordforande*", "kso", "kommunstyrelse*", "kommunalrad*", "mayor", "chair*",
                "ledande politiker",
                # Whole phrases too, so that their words ("board", "kommunstyrelsens") count as what
                # is asked (CUE_WORDS), never as a subject to look for in the agreement's text.
                "kommunstyrelsens ordforande", "chair of the board", "chairs the board", "executive board")},
    "police_chief": {3: ("*polischef*", "lokalpolisomradeschef*", "chef for lokalpolis*",
                         "chef for polisen", "polisens chef", "police chief", "head of police",
                         "head of the police", "leads the police", "leder polisen",
                         "lead the police", "police boss", "polisintendent", "chief of police",
                         "head of the local police")},
    "community_police": {3: ("kommunpolis*", "community police*", "municipal police*",
                             "community officer")},
    "security_chief": {3: ("sakerhetschef*", "head of security", "security chief",
                           "security manager", "sakerhetsansvarig*")},
    "politician": {3: ("politiker*", "partigruppledare*", "politician*")},
    "chief_executive": {3: ("kommundirektor*", "chief executive", "kommunchef*", "municipal director",
                            "municipal manager", "city manager")},
    "safety_coordinator": {3: ("trygghetssamordnare*", "safety coordinator")},
}
# Each role's name, Swedish and English, for saying the source names nobody in it.
ROLE_NAMES: dict[str, tuple[str, str]] = {
    "kso": ("kommunstyrelsens ordförande", "chair of the municipal executive board"),
    "police_chief": ("lokalpolisområdeschef", "head of the local police area"),
    "community_police": ("kommunpolis", "community police officer"),
    "security_chief": ("säkerhetschef", "head of security"),
    "politician": ("politiker", "politician"),
    "chief_executive": ("kommundirektör", "municipal chief executive"),
    "safety_coordinator": ("trygghetssamordnare", "safety coordinator")}
CONTACT_CUES: Cues = {3: ("kontakt*", "contact*", "telefon*", "phone", "ring*", "nummer",
                          "number", "reach", "mejl*", "e post", "email")}
SIGNER_CUES: Cues = {3: ("skrev* ~ under", "undertecknade", "undertecknat", "signerade", "signed", "sign",
                         "signing", "skrev pa", "undertecknar", "underskriv*", "undertecknad*")}
STEERING_CUES: Cues = {3: ("styrgrupp*", "steering group", "steering")}

# The words an agreement is called by, as stems a folded word starts with ("medborgarlöftet", "avtalen").
AGREEMENT_STEMS = ("avtal", "overenskommels", "samverkansoverenskommels", "lofte", "medborgarlofte", "agreement",
                   "promise")
# räkning" (on the kommun's behalf) never into "ranking", which reads as a request to rank the kommuner;
# "anmäls oftast" is its own passive, never "anmälts"; "armen domnar", "klättrade", "märkte", "utfarten",
# "stallet", "försvarar" are everyday words that newer cue words ("domar", "klotter", "märke", "utfört",
# "försvarare") would otherwise pull to them; so are "skytten" (the shooter, never "skatten"), "skrattar",
# "slagna", "turister", "förskoleklassen" beside the own-case words ("skatt", "slänga", "tourist", "förskoleplats")
# "Sala sorterar under …" (belongs to) is never "shorter", a comparison's cue (compare.COMPARATIVES); "vart klagar
# jag?" (complain) never "klarar", despair's word (beside.DESPAIR).


# A cue word: how it matches a token ("exact", "prefix", "suffix", "infix") and its letters; GAP is `~`.
_QUESTION_WORDS = frozenset("""
vad hur varfor vem vilka vilken vilket nar var gor gors har finns kan ska skall kommer lovar lovat
what how why who which when where does do did is are will has have can
""".split())


# Asking what the kommun and the police do or have promised about something. Its words say what
# is asked, never what about ("lovat" is no subject an agreement could lack).
DOING_CUES: Cues = {
    3: ("vad gor", "gor kommunen", "gor polisen", "gor ni", "gor man", "gors", "gjort", "har lovat", "lovat",
        "lovar", "lovade", "planerar", "jobbar ni", "jobbar kommunen", "jobbar polisen",
        "arbetar ni", "arbetar kommunen", "arbetar polisen", "ska gora", "tanker ni", "tanker kommunen",
        "doing", "do about", "done about", "promised", "promise", "plan to", "planning", "any plans",
        "nagot at", "nat at", "nagot mot", "nat mot",
        # whether they care about it at all ("gör de nåt?", "prioriterar de skadegörelse?", "bryr sig polisen?")
        "gor de", "gor dom", "prioriter*", "bryr sig", "bryr ni er", "care about", "cares about", "prioritis*",
        "prioritiz*", "a priority"),
}


def asks(text: str, toks: list[str]) -> bool:
    """A question is asked: a question mark, or a message that opens with a question word ("gör
    kommunen något åt det", "what does the council do")."""
    return "?" in text or (bool(toks) and toks[0] in _QUESTION_WORDS) or (
        toks[:1] in (["i"], ["pa"], ["vid"], ["in"], ["at"]) and toks[1:2] in (["vilken"], ["vilket"], ["vilka"], ["which"]))


# "När kunde säterborna lämna synpunkter inför medborgarlöftet?", "when could residents give their views?":
# a question about what the entry says residents could do then, not a wish to send a concern now.
_ASKS_WHAT_COULD_BE_DONE = re.compile(r"^(?:nar|hur lange|nar och hur|when|how long) (?:kunde|fick|could|were)\b")


# "vilka andra fokusområden finns?", "which other focus areas are there?": more of an aspect of the kommun
# asked about, not the other kommuner that "vilka andra" asks for alone ("vilka andra har grannsamverkan?").
_OTHER_OF = re.compile(r"\b(?:vilka|vilken|vilket|nagra|which|what|any) (?:andra|ovriga|other) (\w+)")


# The answers about an agreement after which "hur gick det?" asks its outcome (never help with one's own matter).
OUTCOME_AFTER = frozenset(("overview", "focus", "detail", "period", "people", "parties", "follow_up", "methods",
                           "purpose", "source"))
# Thanks said in words ("tack", "thanks"): a message with them may thank, whatever else it asks.
THANKS_WORDS = re.compile(r"\b(?:tack\w*|thanks?|thx|ty|cheers|toppen|grymt|perfekt)\b")
# How it went, asked in nothing but those words after an agreement was talked about ("hur gick det?", "och hur blev
# det sen?", "how did it turn out?"): the agreement's outcome, its follow-up. Alone, with nothing talked about, the
# same words are small talk or a resident's own matter, so only the reader's context makes them this (reader.py, reading.py).
OUTCOME = re.compile(r"^(?:(?:och|men|okej|ok|sa|and|so|but)\s+)*(?:hur (?:gick|blev|slutade|har) det(?: gatt| blivit)?|gick det bra|"
                     r"blev det (?:bra|nagot|nat)|funkade det|fungerade det|how did (?:it|that|they) (?:go|do|turn out|work out)|"
                     r"how has (?:it|that) (?:gone|turned out|worked out)|did it go well|did it work out|what came of it)"
                     r"(?:\s+(?:da|sen|sedan|till slut|med det|for dem|egentligen|then|in the end|after all))*\W*$")


def asks_across(norm: str) -> bool:
    """Whether a message asks across the kommuner (`CROSS`), and not for more of one kommun's aspect, nor for who
    takes part beside its kommun and police ("vilka andra än kommunen och polisen är med?")."""
    other = _OTHER_OF.search(norm)
    return CROSS.found(norm) and not aspect_shapes.BEYOND_THE_PARTIES.search(norm) and not (other is not None and any(
        cues.score(other.group(1)) >= 3 for topic, cues in TOPICS.items() if topic != "overview"))


# "vilka platser känns otrygga?", "which places feel unsafe?", "var kändes det mest otryggt?": the feeling
# asked about, as the entry's survey or picture gives it, not told of a place by the resident.
_ASKS_WHERE_FELT = re.compile(r"^(?:vilka|vilken|vilket|var|which|what|where)\b(?:\s+\w+){0,4}?\s+(?:kanns|kandes|"
                              r"upplevs|upplevdes|feel|feels|felt)\s+(?:det\s+)?(?:mest\s+|most\s+)?(?:otrygg\w*|unsafe|least safe)")


# "Hedemora: vilken ort har otrygga platser som kommunen ska åtgärda?", "which unsafe places are named?": which
# places the agreement names, asked (a heading of the kommun may open it), never a place told.
_ASKS_WHICH_UNSAFE = re.compile(r"^(?:\w+\s+){0,3}?(?:vilka|vilken|vilket|var|which|what|where)\b"
                                r"(?:\s+\w+){0,3}?\s+(?:otrygga|unsafe)\s+(?:platser|plats|platserna|omraden|"
                                r"places|areas|spots)\b")


def asks_where_felt(norm: str) -> bool:
    """"vilka delar av kommunen känns otrygga?": a question of where a feeling is felt, never a place told."""
    return _ASKS_WHERE_FELT.search(norm) is not None or _ASKS_WHICH_UNSAFE.search(norm) is not None


def wants_to_give_feedback(text: str) -> int:
    """How strongly a message says the resident wants to report or suggest something."""
    if _ASKS_WHAT_COULD_BE_DONE.search(text) or asks_where_felt(text):
        return 0
    strong = FEEDBACK.score(text)
    weak = FEEDBACK_WEAK.score(text)
    return strong + (weak if weak and WANTS.found(text) else 0)


TOPICS = {topic: CueSet.of(cues) for topic, cues in TOPIC_CUES.items()}
DEFINITION = CueSet.of(DEFINITION_CUES)
CROSS = CueSet.of(CROSS_CUES)
AGREEMENT_LIST = CueSet.of(AGREEMENT_LIST_CUES)
AGREEMENT_ENDED = CueSet.of(AGREEMENT_ENDED_CUES)
AGREEMENT_IN_FORCE = CueSet.of(AGREEMENT_IN_FORCE_CUES)
AGREEMENT_ENDS = CueSet.of(AGREEMENT_ENDS_CUES)
LIST_MUNICIPALITIES = CueSet.of(LIST_MUNICIPALITIES_CUES)
ABOUT = CueSet.of(ABOUT_CUES)
PRIVACY = CueSet.of(PRIVACY_CUES)
GREETING = CueSet.of(GREETING_CUES)
FEEDBACK = CueSet.of(FEEDBACK_CUES)
FEEDBACK_WEAK = CueSet.of(FEEDBACK_WEAK_CUES)
WANTS = CueSet.of(WANTS_CUES)
REPORT = CueSet.of(REPORT_CUES)
DOING = CueSet.of(DOING_CUES)
ROLES = {role: CueSet.of(cues) for role, cues in ROLE_CUES.items()}
SIGNER = CueSet.of(SIGNER_CUES)
CONTACT = CueSet.of(CONTACT_CUES)
STEERING = CueSet.of(STEERING_CUES)

# Single words that belong to some cue: they say what is asked, not what it is about.
CUE_WORDS = frozenset(
    word.strip("*")
    for cueset in (*TOPICS.values(), DEFINITION, CROSS, AGREEMENT_LIST, LIST_MUNICIPALITIES,
                   *ROLES.values(), SIGNER, STEERING, DOING)
    for _, cue in cueset.cues
    for word in cue.split()
)
_TOPIC_WORDS = [word for cueset in TOPICS.values() for _, cue in cueset.cues for word in cue.split()]
CUE_PREFIXES = tuple(sorted({w.strip("*") for w in _TOPIC_WORDS
                             if w.endswith("*") and not w.startswith("*") and len(w) > 4}))
CUE_SUFFIXES = tuple(sorted({w.strip("*") for w in _TOPIC_WORDS
                             if w.startswith("*") and not w.endswith("*")}))
CUE_INFIXES = tuple(sorted({w.strip("*") for w in _TOPIC_WORDS
                            if w.startswith("*") and w.endswith("*")}))


@lru_cache(maxsize=20_000)  # a word's answer, kept as the cue index keeps its words (a message asks of a few dozen)
def is_cue_word(token: str) -> bool:
    """True when the token says what is asked ("fokusomradena", "period") rather than about what."""
    if token.startswith(POLICE_THINGS):
        return False  # "polisstation", "polisnärvaro": things a resident asks about, not the police itself
    return (token in CUE_WORDS or token.startswith(CUE_PREFIXES) or token.endswith(CUE_SUFFIXES)
            or any(infix in token for infix in CUE_INFIXES))


POLICE_THINGS = ("polisstation", "polishus", "polisbil", "poliskontor", "polisnarvaro", "polispatrull")


# The way of working itself asked for ("vilken metod använder de?", "hur jobbar de?"), not an
# "insats" or who is "responsible for" something, which the entry's own sentences answer.
METHOD_ASKED = CueSet.of({3: (
    "hur arbetar", "hur jobbar", "arbetssatt*", "metod*", "arbetsmetod*", "method*", "approach*", "tillvagagang*",
    "modell*", "model*", "strategi*", "verktyg", "ways of working", "way of working", "how do they work", "how they work")})
