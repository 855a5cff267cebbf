"""The shapes of a resident's own case that round sixteen's area lists missed, read by what the message
tells rather than by the words of one area (round seventeen):

- a THING that makes a sound at one's home and goes on (a neighbour's heat pump, a restaurant's fan, a
  machine upstairs): the neighbours' places (the landlord or the board, the kommun's environmental health),
  whatever machine it is: a machine is read by its compound's head ("luftvärmepump", "poolpumpen");
- the resident RAISED something at work (harassment, cheating, breaks) and the employer answered it with a
  dismissal, a warning or worse: a case at work, not the harassment's help (the harm is what was reported);
- an AUTHORITY or a service it owes the resident FAILED them (lost papers, no answer, the wrong department,
  a granted service that never comes): JO's, not a concern and not a danger. An authority is read by its
  name's head ("Skatteverket", "Miljöförvaltningen", "byggnadsnämnden", "Försäkringskassan") and a service
  by its ("hemtjänsten", "avlösarservice", "personlig assistans");
- the resident's own police report, asked to be FOLLOWED or tracked: the police on 114 14, never the
  bot's /folj, which follows a kommun's agreement;
- a TRADE that did a job badly (a plumber, a painter, a tyre firm): a consumer's case, read by the
  trade's word ("rörmokaren", "däckfirman", "the painters") and something wrong with the result;
- one's own number or address LISTED on a search site: the site's to remove, no data of the bot's;
- another person's PRIVATE contact detail ("hemnummer", "privata mobilen", "adressen hem till …"):
  refused, unless the detail is the resident's own ("mitt hemnummer").

Each reads folded text and never sees danger: refusals.py asks the danger rules first, and a crime,
a threat or a fraud told beside it keeps its help."""

from __future__ import annotations

import re

from bot.answering import life_areas
from bot.answering.lexicon import CueSet
# The resident told of, and one's own police report followed: own_matter_signs.py's, read here by the shapes too
from bot.answering.own_matter_signs import first_person, report_followed

# --- a thing that makes a sound at one's home
SOUND = CueSet.of({3: (
    "surr*", "brum*", "dunk*", "bull*", "oljud*", "ljud", "ljudet", "ljuden", "vibrer*", "tjut*", "gnissl*",
    "mullr*", "skrammel", "skramlar", "slamr*", "later hogt", "later hela", "hors in", "hors hela", "kan inte sova",
    "inte sovit", "inte sova", "far ingen somn", "hum", "hums", "humming", "buzz*", "drone* on", "droning",
    "rumbl*", "vibrat*", "noise*", "noisy", "loud", "racket", "din", "can t sleep", "cannot sleep",
    "keeps us awake", "keeps me awake", "kept awake",
    # heard, whatever the sound's own verb ("det hörs hela kvällarna", "we can hear it all night")
    "det hors", "hors hela", "hors varje", "hors in", "hors ~ genom", "hor vi ~ hela", "hor vi ~ varje", "danar", "danade", "dundr*", "gnall*", "hear it",
    "can hear", "can be heard")})
# What makes it: a machine by its compound's head, a neighbour, a place beside one's home.
SOURCE = CueSet.of({3: (
    "*pump", "*pumpen", "*pumpar", "*maskin", "*maskinen", "*maskiner", "*flakt", "*flakten", "*flaktar",
    "*aggregat", "*aggregatet", "kompressor*", "generator*", "ventilation*", "*motor", "*motorn", "torktumlare*",
    "luftkonditioner*", "ac", "ac n", "granne*", "grannar*", "ovanfor", "ovanpa", "under oss", "under mig",
    "bredvid", "bottenvaning*", "vaningen under", "vaningen over", "*pump", "*pumps", "*machine", "*machines",
    "fan", "fans", "extractor", "compressor*", "generator*", "air conditioner*", "heat pump*", "neighbo*",
    "next door", "upstairs", "downstairs", "the flat above", "the flat below")})
# A machine's alarm may be a fire: never a neighbour's nuisance.
ALARM = CueSet.of({3: ("*larm*", "*varnare*", "alarm*", "smoke detector*", "rok*", "brand*", "smoke", "fire")})


# A time it comes back at ("varje kväll", "hela nätterna", "every night"): a nuisance that goes on.
RECURRING = CueSet.of({3: (
    "varje", "hela natt*", "hela kvall*", "hela dagar*", "hela helg*", "natterna", "kvallarna", "dygnet runt",
    "hela tiden", "jamt", "sent pa kvall*", "mitt i natten", "every", "all night", "all evening", "all day",
    "round the clock", "around the clock", "late at night", "the middle of the night", "until * am")})


def thing_sounds(norm: str) -> bool:
    """A sound made by a machine, a neighbour or a place beside one's home, that keeps one up or goes on
    (a sound's word, or the source and a time it comes back at): the neighbours' places, not a concern for
    the kommun's lägesbild and not a danger."""
    return SOURCE.found(norm) and (SOUND.found(norm) or RECURRING.found(norm) and MACHINE.found(norm)) \
        and not ALARM.found(norm) and not life_areas.CRIME.found(norm)  # a motor stolen is a theft


def machine_sounds(norm: str) -> bool:
    """A machine's sound at one's home, no person's act in it: the model's fear or danger is not read."""
    return thing_sounds(norm) and MACHINE.found(norm)


# What makes a sound that is no person's act: a machine, read by its compound's head.
MACHINE = CueSet.of({3: (
    "*pump", "*pumpen", "*pumpar", "*maskin", "*maskinen", "*maskiner", "*flakt", "*flakten", "*flaktar",
    "*aggregat", "*aggregatet", "*band", "*bandet", "kompressor*", "generator*", "ventilation*", "*motor",
    "*motorn", "torktumlare*", "luftkonditioner*", "*machine", "*machines", "fan", "fans", "extractor",
    "compressor*", "air conditioner*", "*pumps", "treadmill*", "*ifier", "*ifiers", "*dryer", "*heater", "*washer",
    "*cooler", "*unit")})


# --- something raised at work, and the employer's answer to it
AT_WORK = CueSet.of({3: (
    "chef*", "*chefen", "arbetsgivar*", "jobbet", "jobb", "arbetsplats*", "hr", "kollega*", "kolleger*",
    "provanstall*", "anstall*", "skyddsombud*", "foretaget", "firman", "work", "job", "workplace", "boss",
    "manager", "team leader", "supervisor", "employer", "colleague*", "coworker*", "co worker*", "company")})
RAISED = CueSet.of({3: (
    "anmalde", "anmalt", "anmalt ~", "sa till", "sade till", "sa ifran", "tog upp", "tagit upp", "tar upp",
    "klagade", "klagat", "larmade", "slog larm", "visslade", "visselbl*", "berattade", "berattat", "rapporterade",
    "rapporterat", "pratade med", "pratat med", "gick till", "vande mig till",
    "reported", "reporting", "complained", "complaining", "raised", "told hr", "whistle*", "spoke up",
    # said or refused by the resident, in any form of the verb (round eighteen b): "for speaking up about the
    # fire exits", "because I refused to work without safety gear", "I told my boss", "påpekade", "vägrade"
    "speak* up", "spoken up", "refus*", "vagrade", "vagrat", "papekade", "papekat", "pointed out", "flagged",
    "i told", "told my", "told the", "raising", "brought up", "asked for", "bad om")})
# An end of one's employment: it names work by itself ("the warehouse told me my probation is over and
# I'm out", "they ended my contract"), whatever the workplace is called.
DISMISSED = CueSet.of({3: (
    "sagt upp mig", "sade upp mig", "sa upp mig", "uppsagd*", "sparkad*", "sparken", "av med jobbet",
    "avslutade min anstallning", "avslutat min anstallning", "avslutade min provanstallning",
    "avslutat min provanstallning", "behover inte komma tillbaka", "behovde inte komma tillbaka",
    "fired me", "was fired", "got fired", "been fired", "sacked", "dismissed me", "was dismissed", "been dismissed",
    "terminated", "let me go", "was let go", "been let go", "got let go", "laid off", "lost my job", "ended my contract", "ended my employment",
    "probation ~ over", "not to come back", "not come back", "don t come back", "out of a job")})
ANSWERED_WITH = CueSet.of({3: (
    "sagt upp", "sade upp", "sa upp", "saga upp", "uppsagd*", "sparkad*", "sparken", "av med jobbet", "varning*",
    "inte forlang*", "forlangs inte", "forlanger inte", "omplacer*", "flyttat mig", "flyttade mig", "sankt min",
    "sankte min", "bestraff*", "utfrys*", "fired", "dismissed", "let go", "lost my job", "warning", "moved me",
    "demoted", "not renewed", "won t renew", "retaliat*", "punish*", "night shifts", "cut my hours",
    *(cue for _, cue in DISMISSED.cues))})
# The dismissal's cause told as an act of the resident's ("after I asked about the oven", "efter att jag
# frågat om rasten", "for speaking up"): what they raised, whatever its verb; not what was done to them
# ("after I was hit", "efter att jag blev slagen"), which keeps its own help.
_MY_ACT_BEFORE = re.compile(r"\b(?:after|because|since|efter att|efter|eftersom|for att)\s+(?:i|jag|vi|we)\s+"
                            r"(?!(?:was|were|got|had been|blev|blivit|hade blivit|var)\b)\w+"
                            r"|\b(?:after|for)\s+(?!being\b)\w+ing\b")


def raised_at_work(norm: str) -> bool:
    """The resident raised something at work and the employer answered with a dismissal, a warning, a
    contract not renewed: a case at work, where the harassment named is what was reported."""
    raised = RAISED.found(norm) or DISMISSED.found(norm) and _MY_ACT_BEFORE.search(norm) is not None
    return ((AT_WORK.found(norm) or DISMISSED.found(norm)) and raised and ANSWERED_WITH.found(norm)
            and first_person(norm))


# --- an authority, or a service it owes the resident, that failed them
AUTHORITY_SIDE = CueSet.of({3: (
    "*verket", "*myndighet*", "*namnden", "*namnd", "*forvaltning*", "*kassan", "kommunen", "kommun", "soc",
    "lantmateri*", "kronofogd*", "*ambetet", "*inspektionen", "domstol*", "tingsratt*",
    "socialtjanst*", "*handlaggare*", "handlaggaren", "kommunens", "regionen", "polisen", "skolan", "forskolan", "stadsdelen", "migrationsverket", "skatteverket",
    "*agency", "the council", "council", "the municipality", "municipality", "authority", "authorities",
    "caseworker", "case officer", "social services", "the board",
    # a service it grants: read by the service's head
    "*tjanst", "*tjansten", "*service", "*servicen", "*assistans", "*assistansen", "*boende", "*boendet",
    "ledsagare*", "avlosare*", "kontaktperson*", "personal assistan*", "home care", "home help", "care home",
    "assisted living", "respite care", "escort service", "transport service")})
FAILED = CueSet.of({3: (
    "tappat bort", "tappade bort", "tappar bort", "borttappad*", "inget svar", "noll svar", "inga svar",
    "svarar inte", "svarar aldrig", "har inte svarat", "ingen svarar", "ringer inte tillbaka",
    "ringer aldrig", "ingen ringer", "hor inte av sig", "ignorer*", "struntar", "struntat", "legat pa",
    "ligger pa", "drojer", "drojt", "fel avdelning", "fel information", "fel besked", "felaktig*",
    "handlagt ~ fel", "handlat ~ fel", "behandlat ~ fel", "skott ~ fel", "skoter det", "sloa*",
    "inte ordnat", "aldrig ordnat", "inte ordnar", "hittar aldrig", "hittar inte", "kommer bara", "kommer inte",
    "kom inte", "kommer aldrig", "har inte kommit", "ingen har kommit", "missat", "missar", "glomt", "glomde",
    "finns ingen plats", "inte finns nagon", "utan att gora nagot", "gjort ingenting", "gor ingenting",
    "ignored", "ignoring", "ignores", "losing", "lost my", "lost our", "no reply", "no answer", "never replied",
    "never answered", "not answered", "hasn t answered", "haven t answered", "wrong department",
    "wrong information", "still hasn t", "still haven t", "hasn t arranged", "never arranged", "never came",
    "never comes", "didn t come", "doesn t come", "no one came", "nobody came", "missed", "forgot", "sat on",
    "ingen ~ hor av sig", "gjort fel", "gjorde fel", "gor fel", "vagrar ratta*", "vill inte ratta*", "got it wrong",
    "made a mistake", "won t correct", "refuses to correct",
    # waited on, or stood still: slowness is the handling's fault whatever its words
    "vantat", "vantar fortfarande", "vantar pa besked", "tar ~ lang tid", "tagit ~ lang tid", "star still",
    "statt still", "statt stilla", "inget besked", "inte aterlamnat", "inte lamnat tillbaka", "waiting",
    "waited", "taking forever", "so long", "too long", "still nothing", "no decision")})
# One's own matter with the authority ("min ansökan", "mitt ärende") and how long it has lain there.
OWN_MATTER = CueSet.of({3: (
    "ansokan", "ansokningen", "arende", "arendet", "papper", "papperen", "handlingar*", "forrattning*", "intyg*",
    "application", "case", "documents", "papers", "paperwork",
    # what the matter is about: a permit, a seized thing (not "klagomål", which residents make about places)
    "bygglov*", "besked*", "*tillstand", "*tillstandet", "beslag", "beslagtag*", "*ansokan", "permit",
    "permission", "seized")})
DELAYED = re.compile(r"\b(?:sedan|sen|i|pa|over|for|since|in)\s+(?:\w+\s+)?(?:manad\w*|ar|aret|veckor|halvar|"
                     r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
                     r"months?|years?|weeks?|january|february|march|may|june|july|august|"
                     # the seasons ("sen i våras", "since spring")
                     r"varas|hostas|somras|vintras|spring|summer|autumn|winter)\b")
# A service granted or owed ("har beviljats korttidsboende", "beslut om ledsagare", "the right to"), and not given.
GRANTED = CueSet.of({3: (
    "beviljat*", "beviljad*", "beslut om", "enligt beslutet", "ratt till", "i papperen", "granted", "approved",
    "entitled", "the right to", "a decision for")})
NOT_GIVEN = CueSet.of({3: ("inte", "ingen", "inget", "aldrig", "bara", "not", "never", "no one", "nobody", "only",
                          "hasn t", "haven t", "isn t", "still")})
# A decision the resident wants undone is an appeal's (life_areas.DECISION reads it); a crime or harm is not.
NOT_A_FAILURE = CueSet.of({3: (
    "slog", "hotade", "hotar", "misshand*", "stal", "stulit", "bedrag*", "lurade", "hit me", "threaten*", "stole",
    "scam*", "fraud*",
    # a person gone or hurt in their care is danger's, never a complaint ("hon är borta, hittar inte själv")
    "borta", "forsvunnen", "forsvann", "saknas", "hittar inte", "ramlat", "ramlade", "skadad*", "medvetslos",
    "missing", "gone", "fell", "fallen", "injured", "hurt", "unconscious")})


def authority_failed(norm: str) -> bool:
    """An authority, or a service it owes the resident, failed them ("har mejlat handläggaren sju gånger
    och fått noll svar", "hemtjänsten kommer bara en gång om dagen"): how it handled the matter is JO's."""
    failed = FAILED.found(norm) or OWN_MATTER.found(norm) and bool(DELAYED.search(norm)) \
        or GRANTED.found(norm) and NOT_GIVEN.found(norm)
    return AUTHORITY_SIDE.found(norm) and failed and not NOT_A_FAILURE.found(norm) \
        and (first_person(norm) or bool(_KIN & set(norm.split())))


_KIN = frozenset(("mamma", "pappa", "mor", "far", "son", "dotter", "sonen", "dottern", "bror", "syster", "barn",
                  "mother", "father", "mum", "dad", "son", "daughter", "brother", "sister"))


# --- a trade that did a job badly
TRADE = CueSet.of({3: (
    "*firma", "*firman", "*verkstad", "*verkstaden", "*verkstan", "rormokar*", "snickar*", "elektriker*",
    "malare", "malaren", "malarna", "mekaniker*", "hantverkar*", "*byggare", "*byggaren", "byggfirma*",
    "plattsattar*", "taklaggar*", "installator*", "montor*", "plumber*", "painter*", "builder*", "electrician*",
    "mechanic*", "contractor*", "craftsm*", "carpenter*", "roofer*", "tiler*", "handyman", "garage", "workshop")})
BADLY_DONE = CueSet.of({3: (
    "lacker", "lackte", "lacka", "funkar inte", "fungerar inte", "forstor*", "snett", "sned*", "trasig*", "sonder",
    "som forut", "som innan", "precis som", "fortfarande", "skyller pa", "glomde", "slarv*", "fel", "samma fel",
    "leak*", "doesn t work", "don t work", "not working", "broken", "ruined", "crooked", "still", "blames",
    "streak*", "won t come back", "vill inte komma tillbaka", "wont come back", "refuses to come back",
    "svarar inte", "svarar aldrig", "hor inte av sig", "regnar in", "rinner", "skrap", "skadat", "not answering",
    "won t answer", "doesn t answer", "mess", "damaged")})


def trade_at_fault(norm: str) -> bool:
    """A trade's job gone wrong ("rörmokaren bytte blandaren och nu läcker det", "the painters left
    streaks and won't come back"): the resident's purchase of a service, Hallå Konsument's."""
    return TRADE.found(norm) and BADLY_DONE.found(norm)


# --- one's own details listed on a site
LISTED = CueSet.of({3: (
    "syns pa", "finns pa", "star pa", "ligger ute", "ligger pa", "publicer*", "fran", "soktjanst*",
    "upplysningssajt*", "upplysningstjanst*", "hitta se", "eniro*", "ratsit*", "mrkoll*", "merinfo*",
    "shows up on", "is on", "are on", "listed", "published", "from", "search site*")})
OWN_DETAIL = CueSet.of({3: (
    "mitt nummer", "mitt telefonnummer", "mitt mobilnummer", "mitt hemnummer", "min adress", "mina uppgifter",
    "mitt namn", "min hemadress", "mina personuppgifter", "my number", "my phone number", "my address",
    "my details", "my name", "my home address", "my personal details")})
# (a named site, or one called by its kind: "en söktjänst", "a people-search site")
SITE = re.compile(r"\b(?:hitta|eniro|ratsit|mrkoll|merinfo|upplysning\w*|birthday|\w+ (?:se|com)|soktjanst\w*|"
                  r"sokmotor\w*|search sites?|search engines?|people search\w*|directory sites?|lookup sites?)\b")


def own_details_listed(norm: str) -> bool:
    """The resident's own number or address on a search site ("mitt hemnummer finns på eniro", "my
    address shows up on hitta.se"): the site's to remove; the bot holds nothing of it."""
    return OWN_DETAIL.found(norm) and LISTED.found(norm) and bool(SITE.search(norm))


# --- another person's private contact detail
PRIVATE_DETAIL = CueSet.of({3: (
    "hemnummer*", "hemnumret", "privatnummer*", "privatnumret", "hemadress*", "hemtelefon*", "privatadress*",
    "privata mobil*", "privata nummer*", "privata numret", "privat mobil*", "privat nummer", "privat adress*",
    "privata adress*", "privata mejl*", "privat mejl*", "adressen hem till", "adress hem till",
    "numret hem till", "nummer hem till", "home number*", "home address*", "home phone*", "private number*",
    "private mobile*", "private phone*", "private address*", "private email*", "personal mobile*",
    "personal number*", "personal phone*", "personal email*", "where ~ lives")})
# The detail is the resident's own when a word of theirs stands right before it ("mitt hemnummer").
_OWNED = re.compile(r"\b(?:mitt|min|mina|my)\s+(?:\w+\s+)?(?:hem|privat|home|private|personal)")
ASKED = CueSet.of({3: (
    "vilket", "vilken", "vad har", "vad ar", "ge mig", "behover", "har du", "kan du", "kan jag fa", "skicka",
    "what s", "what is", "give me", "can you", "could you", "do you have", "send me", "i need", "tell me")})


# A household or a person told by where they live ("familjen som bor i gula huset", "the people at number 7",
# "grannen på tredje våningen"): a private person, whatever the detail asked of them is called.
_HOUSEHOLD = re.compile(
    r"\b(?:familjen|familjerna|hushallet|folket|mannen|kvinnan|killen|tjejen|personen|paret|grannen|grannarna|"
    r"the family|the people|the man|the woman|the guy|the couple|the household|the neighbou?rs?|the lady)\b(?: \w+){0,2}? "
    r"(?:som bor|som har (?:huset|lagenheten|villan)|i (?:det|den) \w+ (?:huset|villan|lagenheten)|i (?:huset|villan|lagenheten|"
    r"hornhuset)|pa (?:nummer|nr|\w+ vaningen|\w+gatan|\w+vagen)|who lives?|living|in the \w+ (?:house|flat|building)|"
    r"at number|on the \w+ floor|next door)\b")
# An ordinary contact detail: a number, an address, an email.
_CONTACT = re.compile(r"\b(?:telefonnummer\w*|telefonnumret|mobilnummer\w*|mobilnumret|numret|nummer|adress\w*|"
                      r"mejl\w*|e post\w*|epost\w*|phone number|mobile number|number|address|email|e mail|contact details)\b")

# The detail theirs: "telefonnummer har familjen", "numret till mannen", "the email of the couple" (not "vilket nummer
# ska jag ringa om grannen …", a service's number asked).
_THEIR_CONTACT = re.compile(_CONTACT.pattern + r"(?: \w+)? (?:har|till|of|for|to)\b(?: \w+){0,2}? "
                            r"(?:familjen|familjerna|hushallet|folket|mannen|kvinnan|killen|tjejen|personen|paret|grannen|"
                            r"grannarna|family|people|man|woman|guy|couple|household|neighbou?rs?|lady)\b")


def others_private_contact(norm: str) -> bool:
    """Another person's private contact detail asked for ("vilket hemnummer har Lisa Ek?", "ge mig adressen
    hem till …", "the personal mobile of the officer who came"), or any contact detail of a household or a person
    told by where they live ("vilket telefonnummer har familjen som bor i gula huset?"): no one's to give out.
    Not the resident's own."""
    if not ASKED.found(norm) or _OWNED.search(norm):
        return False
    return PRIVATE_DETAIL.found(norm) or (_HOUSEHOLD.search(norm) is not None and _THEIR_CONTACT.search(norm) is not None
                                          and not OWN_DETAIL.found(norm))


# --- money paid ahead, and the one paid gone: may be a fraud, reported to the police beside the purchase
PAID_AHEAD = CueSet.of({3: (
    "forskott*", "handpenning*", "i forvag", "innan ~ borjade", "deposit", "upfront", "up front", "in advance")})
GONE = CueSet.of({3: (
    "borta", "forsvann", "forsvunnit", "forsvunnen", "forsvunna", "gar inte att na", "gick inte att na",
    "numret funkar inte", "numret fungerar inte", "hemsidan ar borta", "svarar inte langre", "gone", "disappeared",
    "vanished", "can t reach", "cannot reach", "number doesn t work", "number is dead")})


def paid_and_gone(norm: str) -> bool:
    """Money paid ahead and the firm or the person gone ("tog 20 000 i förskott och sen var firman borta"):
    the purchase's place and a report to the police, as it may be a fraud."""
    return PAID_AHEAD.found(norm) and GONE.found(norm)
