"""The words of a matter of one's own that no agreement answers and bot/answering/refusals.py sends
elsewhere: the law in one's own case, a neighbour's rights, a civil matter, a scam, a fine, a
tenancy and its landlord, a purchase gone wrong, one's own case or police report and how it goes,
one's own land and what is put up on it. Read on folded tokens.

Apart from refusal_signs.py, which holds the words of another resident's data (refused): what is
said no to and what is sent to the right place are two lists that grow apart.
"""
from __future__ import annotations

import re

from bot.answering.lexicon import CueSet


# Legal help asked for by name ("kan jag få hjälp att betala juristen?", "vill stämma firman"): the legal
# lines, even where a scam is told beside it.
LEGAL_HELP_ASKED = CueSet.of({3: (
    "jurist*", "advokat*", "stamma*", "stamning*", "rattshjalp*", "radgivning enligt", "lawyer*", "attorney*",
    "sue", "suing", "legal aid")})
# Is it allowed: the law in one's own case.
LEGAL = CueSet.of({3: (
    "lagligt", "olagligt", "lagligen", "tillatet", "otillatet", "forbjudet", "far man", "far jag", "far min",
    "far grannen", "far var", "far han", "far hon", "far de", "far dom", "far polisen", "far hyresvarden",
    "far foreningen", "far kommunen", "far arbetsgivaren", "far skolan", "har jag ratt", "har ratt att", "ratt att",
    "mina rattigheter", "vilka rattigheter", "for rattigheter", "enligt lag", "enligt lagen", "enligt lagar*", "enligt lagstiftning*", "lagen", "juridisk*", "advokat*",
    "jurist*", "stamma kommunen", "stamma grannen", "stamma honom", "stamma henne", "stamma dem", "stamma dom",
    "stamma foretaget", "stamma hyresvarden", "stamma polisen", "stamma staten", "stamma mig", "stamma oss",
    "stamma nagon", "stammer mig", "stamning*", "overklaga*", "bestrid*", "skadestand*", "is it legal", "legal", "illegal", "allowed",
    "lawful", "am i allowed", "can i legally", "lawyer", "sue", "appeal", "my rights", "the right to",
    "is he allowed", "is she allowed", "are they allowed", "compensation", "tillstand", "permit",
    "do i need permission", "behover jag lov")})
STRONG_LEGAL = CueSet.of({3: (
    "lagligt", "olagligt", "juridisk*", "advokat*", "jurist*", "enligt lag", "enligt lagen", "enligt lagar*", "enligt lagstiftning*", "stamma kommunen", "stamma grannen", "stamma honom", "stamma henne", "stamma dem", "stamma dom",
    "stamma foretaget", "stamma hyresvarden", "stamma polisen", "stamma staten", "stamma mig", "stamma oss",
    "stamma nagon", "stammer mig", "stamning*",
    "skadestand*", "is it legal", "legal", "illegal", "lawful", "lawyer", "sue", "warrant", "husrannsakan", "utan beslut", "my rights as a tenant",
    "tvist*", "dispute*")})
# A question of law put as one ("är det lagligt …?", "is it legal to …?"): never danger now by itself.
LAW_QUESTION = CueSet.of({3: (
    "ar det lagligt", "ar det olagligt", "ar det tillatet", "ar det forbjudet", "ar det okej", "ar det ok",
    "is it ok", "is it okay", "far man", "far jag", "far vi",
    "far foreningen", "far hyresvarden", "far grannen", "far min granne", "kravs det tillstand",
    "behover jag tillstand", "is it legal", "is it illegal", "is it allowed", "is it lawful", "is that legal",
    "am i allowed", "are we allowed", "can i legally", "do i need a permit", "do i need permission",
    "kan jag flyga", "kan man flyga", "can i fly", "can we fly")})
# A neighbour's rights over one's own, asked ("får grannen …?", "can my neighbour …?"): a legal question.
NEIGHBOUR_RIGHTS = CueSet.of({3: (
    "far grannen", "far min granne", "far grannarna", "far var granne", "far mina grannar", "can my neighbour",
    "can my neighbor", "is my neighbour allowed", "is my neighbor allowed", "can the neighbours",
    "can the neighbors")})
# Civil matters of one's own (work, family, land): with a question of what to do, legal advice.
CIVIL = CueSet.of({3: (
    "arbetsgivar*", "lonen", "ingen lon", "skilsmass*", "skilja mig", "skilja oss", "vardnad*", "umgange*", "arvet",
    "arvskifte*", "testamente*", "bodelning*", "tomtgrans*", "servitut*", "employer", "wages", "divorce",
    "custody", "inheritance", "my land", "property line", "boundary")})
# A scam ("ett sms om böter från 'polisen'", "en 'advokat' om ett arv"): the resident's situation, not a case.
SCAM = CueSet.of({3: (
    "lurad*", "lurat", "lurade", "bedrag*", "bluff*", "falsk*", "scam*", "fraud*", "skickat pengar", "sms om",
    "i utlandet", "swish*", "bank id", "bankid", "fake",
    # a sender who only seems to be an authority, a bank or a firm ("ser ut att komma från Skatteverket", "sa att de
    # var från Kronofogden", "pretending to be from the tax agency"): an attempt at fraud, paid or not
    "ser ut att komma fran", "sag ut att komma fran", "utger sig", "utgav sig", "utgett sig", "pastod sig", "pastar sig",
    "sa att de var fran", "sa att han var fran", "sa att hon var fran", "natfiske", "phishing", "pretending to be",
    "pretended to be", "claiming to be", "claimed to be", "posing as", "looks like it s from", "looked like it was from",
    "supposedly from")})
# A matter of private life that a weak legal cue ("får grannen …?") turns into a legal question.
PRIVATE_MATTER = CueSet.of({3: (
    "staket*", "hack*", "trad", "tradet", "traden", "tomt*", "tomtgrans*", "hund*", "katt*", "grill*", "balkong*",
    "uteplats*", "garage", "parkera*", "altan*", "forrad", "shed*", "husbil*", "husvagn*", "hons", "tupp*", "bygglov*", "arv*", "testamente*",
    "skilsmass*", "vardnad*", "arbetsgivar*", "sok* igenom", "visitera*", "gripa", "griper", "filma polisen",
    "fence*", "hedge*", "tree*", "property", "dog*", "cat", "barbecue*", "balcony", "garden", "yard",
    "employer", "search my", "inheritance", "custody", "journal*", "forsakring*", "insurance", "records")})
FINES = CueSet.of({3: (
    "boter", "botern", "boterna", "botes*", "ordningsbot*", "strafforelaggande*", "fortkorningsbot*",
    "hastighetsbot*", "fine", "fined", "a fine", "speeding ticket", "ticket", "botesforelaggande*",
    "fixed penalty*", "penalty notice*", "on the spot fine*")})
# A fine from a prosecutor: a criminal case of one's own, not a ticket.
SUMMARY_FINE = CueSet.of({3: (
    "strafforelaggande*", "botesforelaggande*", "aklagar*", "summary fine", "prosecutor*")})
# A fine had ("fick böter"): a case of one's own.
GOT = CueSet.of({3: ("fick", "fatt", "har fatt", "fatt en", "got", "received", "have been given", "was given")})
TENANCY = CueSet.of({3: (
    "hyresvard*", "hyresgast*", "hyreskontrakt*", "hyresavtal*", "hyran", "hyrorna", "hyreshojning*",
    "saga upp mitt kontrakt", "sagt upp mitt kontrakt", "vrak*", "andrahand*", "i andra hand", "landlord*", "tenant*",
    "lease", "rent", "evict*", "deposition*")})
# What went wrong with the tenancy, told without a question ("hyresvärden har inte gett tillbaka depositionen").
TENANCY_PROBLEM = CueSet.of({3: (
    "deposition*", "inte gett tillbaka", "inte fatt tillbaka", "vagrar", "vill inte", "kasta ut", "vrak*",
    "slanga ut", "hyreshojning*", "hoja hyran", "throw ~ out",
    "sagt upp", "sager upp", "saga upp", "uppsag*", "tvist*", "inte lagat", "deposit", "won t", "wont", "refuses",
    "evict*", "kick* me out", "dispute*", "svarar inte", "lagar inte", "vill inte laga", "kalla", "kallt",
    "fukt*", "mogel*", "doesn t answer", "does not answer", "won t fix", "doesn t fix", "mould", "mold")})
CONSUMER = CueSet.of({3: (
    "kopt", "kopte", "kopet", "hava kopet", "kopeavtal*", "faktura", "fakturan", "fakturor", "invoice*", "reklamer*", "garanti*", "saljaren", "saljare",
    "butiken vagrar", "butiken vill inte", "affaren vagrar", "ta tillbaka", "hantverkar*", "abonnemang*",
    "pengarna tillbaka", "aldrig bestallt", "bought", "purchase*", "refund", "warranty", "seller",
    "the shop refuses", "the store refuses", "subscription",
    # who sold or did the work, in English: "a dealer", "I paid a carpenter"
    "dealer*", "i paid", "paid a", "carpenter*", "plumber*", "builder*", "electrician*", "contractor*",
    "craftsman", "tradesman", "workmen", "the shop", "the store", "online shop", "web shop", "painter*",
    # the trades by name ("målaren slarvade med fasaden")
    "malare", "malarfirma*", "malarna", "snickaren", "snickare", "rormokare*", "elektrikern", "elektriker",
    "byggfirma*", "byggaren", "murare*", "plattsattare*", "taklaggare*", "verkstaden",
    # ordered, paid in advance, or a firm that stopped answering: still something bought
    "bestallde", "bestallt", "bestallning*", "firman", "handpenning*", "forskott*", "butiken svarar inte",
    "affaren svarar inte", "foretaget svarar inte", "firman svarar inte", "saljaren svarar inte", "ordered",
    "online order*", "the shop never", "the store never", "deposit for",
    # a firm that did a job on one's house or car ("bilverkstaden", "a builder took my deposit")
    "*verkstad", "*verkstaden", "verkstan", "mekaniker*", "byggfirma*", "snickare*", "snickaren", "elektriker*",
    "rormokare*", "taklaggare*", "builder*", "contractor*", "mechanic*",
    "workshop*", "repair shop*", "the garage that", "a garage that", "the garage which", "plumber*",
    "electrician*", "roofer*", "handyman")})
# Something wrong with what was bought: a consumer's matter.
CONSUMER_PROBLEM = CueSet.of({3: (
    "trasig*", "sonder", "gick sonder", "fel pa", "felet", "reklamer*", "garanti*", "pengarna tillbaka", "hava*",
    "aldrig bestallt", "vagrar", "vill inte", "ta tillbaka", "dalig*", "daligt jobb", "broken", "faulty", "refund",
    "warranty", "refuse*", "never ordered", "won t", "wont", "defect*", "broke", "broke down", "stopped working",
    "doesn t work", "does not work", "not working", "arrived broken", "damaged", "bad", "badly done", "poor",
    # what was ordered never came, a complaint refused
    "aldrig haft avtal", "aldrig haft nagot avtal", "inget avtal", "aldrig tecknat", "aldrig skrivit pa",
    "never signed", "never agreed", "no contract", "never had a contract", "maste jag betala", "do i have to pay",
    "reklamation*", "aldrig ~ leverera*", "inte ~ leverera*", "kom aldrig", "aldrig kommit", "har inte kommit", "inte levererat*", "aldrig levererat*", "never arrived",
    "never came", "never delivered", "hasn t arrived", "not delivered", "aldrig kom", "svarar inte",
    "svarar aldrig", "forsvunnit med", "stack med", "doesn t answer", "does not answer", "not answering",
    "won t answer", "disappeared with",
    # the money asked back from the seller ("kan jag kräva tillbaka pengarna av säljaren?")
    "krava tillbaka", "tillbaka pengarna", "money back",
    # gone with the money, a job done badly and billed all the same, or a firm sued
    "forsvann med", "forsvunnit", "forsvann", "tagit forskottet", "tog forskottet", "tagit handpenningen",
    "tog handpenningen", "tagit pengarna", "tog pengarna", "forstorde", "forstort", "lagat ~ fel", "gjort ~ fel",
    "gjorde ~ fel", "fuskat", "fuskade", "fuskar", "fuskjobb*", "vill ~ ha betalt", "kraver ~ betalt", "stamma", "disappeared",
    "vanished", "took my deposit", "took the deposit", "took my money", "took the money", "wrecked", "ruined",
    "botched", "messed up", "sue", "suing")})
# Gone with the money paid in advance: it may be fraud, to report to the police as well.
GONE_WITH_MONEY = CueSet.of({3: (
    "forsvann med", "forsvunnit med", "stack med", "tagit forskottet", "tog forskottet", "tagit handpenningen",
    "tog handpenningen", "tagit pengarna och", "tog pengarna och", "disappeared with", "vanished with",
    "took my deposit and", "took the deposit and", "took my money and", "took the money and",
    *(f"{paid} ~ {gone}" for paid in ("forskott*", "handpenning*", "deposit", "betalat", "paid")
      for gone in ("forsvann", "forsvunnit", "svarar inte", "svarar inte langre", "gick inte att na", "gar inte att na", "gar det inte att na",
                   "gick det inte att na", "gar inte att fa tag pa", "gick inte att fa tag pa", "can t reach", "cannot reach", "can t get hold of",
                   "disappeared", "vanished", "not answering", "stopped answering", "won t answer")))})
# One's own case or police report, asked about how it goes.
OWN_CASE = CueSet.of({3: (
    "mitt arende hos polisen", "mitt polisarende", "min anmalan", "min polisanmalan", "jag har polisanmal*",
    "vi har polisanmal*", "jag polisanmalde", "vi polisanmalde", "anmalan jag gjorde", "anmalan jag gjort",
    "jag anmalde",
    "jag har anmalt", "vi anmalde", "vi har anmalt", "my case", "my report", "my police report",
    "the report i made", "i reported", "we reported", "my police case", "my case with the police")})
CASE_STATUS = CueSet.of({3: (
    "hur gar det", "vad hander", "vad hande", "status", "besked", "hort nagot", "hort nat", "lagt ner", "lagts ner",
    "nedlagd*", "utredning*", "handlaggare*", "nar far jag", "what happens", "what happened", "any news",
    "heard back", "heard anything", "dropped", "closed", "investigat*", "update")})
# Asked about the own matter: what one may do, one's rights.
# One's own rights asked outright ("vad har jag för rättigheter om …", "do we have any rights here?"): a legal matter
# of one's own whatever it is about (own_matters.py), unless the rights are over one's data with the bot.
RIGHTS_OF_MINE = CueSet.of({3: (
    "vad har jag for rattigheter", "vad har vi for rattigheter", "vilka rattigheter har jag", "vilka rattigheter har vi",
    "har jag nagra rattigheter", "har vi nagra rattigheter", "mina rattigheter", "vara rattigheter",
    "what are my rights", "what are our rights", "what rights do i have", "what rights do we have",
    "do i have any rights", "do we have any rights", "my rights", "our rights")})
ASKS_RIGHTS = CueSet.of({3: (
    "vad kan jag gora", "vad ska jag gora", "vad kan vi gora", "vad ska vi gora", "rattigheter", "kan jag",
    "kan vi", "maste jag", "vad gor jag", "vad gor vi", "vem kan hjalpa", "rad om", "kan min", "kan de", "kan dom", "kan han", "kan hon", "far", "what can i do",
    "what should i do", "my rights", "can i", "do i have to", "can my", "can they", "can he", "can she", "can the",
    "who can help", "advice", "vart vander", "vart ska jag vanda", "vem vander jag mig", "hur gor jag",
    "hur ska jag", "vad gor man", "vem kan", "krava tillbaka", "where do i turn", "who do i turn to", "how do i",
    "what are my rights", "what do i do", "where can i complain", "where do i complain", "where can i turn", "behover jag", "behover man", "do i need", "vad galler",
    "what applies", "hur gar det till", "hur fungerar det", "how does it work", "do i have to pay", "must i pay",
    "hur kraver jag", "hur far jag tillbaka", "how do i get my money back", "how do i claim")})
# Land of one's own ("staketet står på min tomt", "built on my land") and a thing put up or grown on it:
# with a neighbour or a question, a dispute under the law. People on it are no such thing ("någon smyger
# runt på min tomt" keeps its danger).
OWN_LAND = CueSet.of({3: (
    "min tomt", "var tomt", "mitt tomt*", "min mark", "var mark", "min fastighet", "var fastighet",
    "my land", "my property", "our land", "our property")})
BOUNDARY = CueSet.of({3: ("tomtgrans*", "property line", "boundary")})
PUT_UP = CueSet.of({3: (
    "staket*", "hack*", "hacken", "trad", "tradet", "traden", "*trad", "*tradet", "grenar*", "rotter*",
    "carport*", "plank*", "mur", "muren", "bygg*",
    "garage*", "forrad*", "friggebod*", "uppfart*", "fence*", "hedge*", "tree*", "built", "building", "wall",
    "shed*", "driveway", "branches", "roots")})
# A landlord's threat of a tenancy's act ("hotar att slänga ut oss", "hotfulla mejl om hyreshöjningen",
# "threatened to kick me out"): the tenancy's case, no violence (refusals._threat_or_violence).
TENANCY_THREAT = re.compile(
    r"\b(?:hot\w*|threat\w*)\b(?: \w+){0,4}? (?:vrak\w*|hava\w*|slanga ut|kasta ut|saga upp\w*|hoja hyran|hyreshojning\w*|"
    r"hyran|kontraktet|evict\w*|kick\w* (?:me|us) out|throw\w* (?:me|us) out|end\w* (?:my|our|the) lease|terminat\w*|"
    r"raise \w+ rent|the rent|rent increase)")


# The resident as the one told of (case_shapes.py reads its shapes by it)
FIRST_PERSON = frozenset(("jag", "mig", "min", "mitt", "mina", "vi", "oss", "me", "my", "we", "us"))
# English words beside "i": only then is it the resident, never the Swedish "i" (in).
_ENGLISH = frozenset(("the", "my", "me", "and", "to", "is", "was", "have", "has", "it", "for", "of", "m", "ve"))


def first_person(norm: str) -> bool:
    """A word of the resident's own, Swedish or English ("jag", "vi", "my"; "i" only beside English words)."""
    words = set(norm.split())
    return bool(FIRST_PERSON & words or "i" in words and _ENGLISH & words)


# --- one's own police report, asked to be followed
REPORT = CueSet.of({3: (
    "*anmalan", "*anmalningen", "anmalde", "anmalt", "polisanmalde", "arendet", "mitt arende", "police report",
    "the report", "my report", "our report", "reported it", "filed", "reported my", "reported our", "reported the",
    "reported a")})
FOLLOWED = CueSet.of({3: (
    "folj*", "foljer", "folja upp", "uppfoljning*", "status*", "se vad som hander", "vad som hander med",
    "kolla hur", "se hur det gar", "spara", "sparar", "track*", "follow*", "check on", "status of", "see what")})
# How long the police take with a report, or when they get in touch, asked ("hur snabbt hör polisen av sig?", "hur lång
# tid tar en anmälan?", "how long until the police get back to me?"): what to expect of one's own report.
WAIT_ASKED = CueSet.of({3: (
    "hur lang tid tar", "hur lang tid kan", "hur lange tar", "hur lange drojer", "hur snabbt", "hur fort", "hur lange ska",
    "nar hor", "hor av sig", "hora av sig", "nar far jag svar", "nar far jag besked", "nar far jag veta", "nar far vi",
    "how long", "how quickly", "how soon", "get back to me", "get back to us", "hear back", "hear from", "contact me",
    "when will the police", "when do the police")})


def report_followed(norm: str) -> bool:
    """The resident's own police report, asked to be followed or tracked ("kan jag följa min anmälan?",
    "hur följer man sin polisanmälan", "track the report I filed"), or how long it takes and when the police get in
    touch asked (WAIT_ASKED, first person or not: "hur lång tid tar en anmälan?"): the police's on 114 14."""
    if wait_asked(norm):
        return True  # "jag anmälde inbrottet, hur snabbt hör polisen av sig?", "hur lång tid tar en anmälan?"
    return REPORT.found(norm) and FOLLOWED.found(norm) and (first_person(norm) or bool({"sin", "sitt"} & set(norm.split())))


def wait_asked(norm: str) -> bool:
    """A police report and how long it takes, or when the police get in touch, asked ("jag anmälde inbrottet i förra
    veckan, hur snabbt hör polisen av sig?"): what to expect of it, not a fresh crime to report nor danger."""
    return REPORT.found(norm) and WAIT_ASKED.found(norm) and not _FILING.found(norm)


# Filing a report asked about ("hur lång tid tar det att göra en anmälan?"): how to report, none made yet.
_FILING = CueSet.of({3: ("att gora en anmalan", "att gora en polisanmalan", "att anmala", "att polisanmala", "to file",
                         "to report", "to make a report", "to make a police report")})
