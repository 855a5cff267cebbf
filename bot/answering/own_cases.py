"""Cases of one's own that round eleven found read as something else, each read in parts as
own_law.py reads its questions of law:

- an insurance claim refused or paid short ("försäkringsbolaget betalade bara hälften efter
  inbrottet"), which the crime in the story turned into a victim's help with a 112 line;
- benefits refused or stopped ("fick avslag på försörjningsstöd", "Försäkringskassan drog in min
  sjukpenning"), which the model read as fear and answered "Ring 112" first;
- work ("chefen har sagt upp mig"), family law and inheritance ("vi bråkar om vårdnaden", "min
  moster tog allt innan bouppteckningen", "contest my father's will"), which read as a family in danger
  or as nothing at all;
- a dispute with a neighbour ("vi bråkar med grannen om uppfarten"), or a neighbour's tree or hedge
  over one's land ("grannens gran skuggar vår tomt"; "can I cut it
  myself", which the model read as self-harm).

Each is a matter of one's own: out of scope, with the legal lines of knowledge/helplines.yaml (a
legal representative, the legal expenses cover of one's home insurance, advice under the Legal Aid
Act). Violence or threats beside them keep their help (refusals._threat_or_violence), and an
emergency the rules see keeps 112 first, as for every matter of one's own."""

from __future__ import annotations

from bot.answering.lexicon import CueSet

# An insurance company or claim: the claim is the resident's case with the insurer.
INSURANCE = CueSet.of({3: (
    "forsakringsbolag*", "forsakringen", "forsakringsarende*", "forsakringsarende", "hemforsakring*",
    "bilforsakring*", "olycksfallsforsakring*", "insurance company", "insurer", "insurance claim",
    "my insurance", "the insurance", "our insurance",
    # the other side's insurer ("hans försäkring svarar inte")
    "hans forsakring", "hennes forsakring", "deras forsakring", "min forsakring", "var forsakring",
    "his insurance", "her insurance", "their insurance")})
# Benefits from an authority or the social services: a decision about the resident.
BENEFITS = CueSet.of({3: (
    "forsorjningsstod*", "ekonomiskt bistand", "bistandet", "sjukpenning*", "sjukersattning*",
    "aktivitetsersattning*", "aktivitetsstod*", "forsakringskassan", "a kassa*", "akassa*", "bostadsbidrag*",
    "bostadstillagg*", "foraldrapenning*", "vab", "barnbidrag*", "underhallsstod*", "studiemedel*", "csn",
    "lss", "personlig assistans", "assistansersattning*", "bistandsbeslut*", "welfare benefit*", "benefits",
    "sick pay", "sickness benefit*", "unemployment benefit*", "housing allowance", "social insurance agency",
    "parental benefit*", "student aid",
    # other decisions about the resident by an authority: a licence, work, a debt, a permit
    "arbetsformedlingen", "korkort*", "kronofogden*", "betalningsanmarkning*", "migrationsverket*",
    "uppehallstillstand*", "skatteverket*", "driving licence", "driver s license", "job centre",
    "enforcement authority", "residence permit", "tax agency",
    # a debt claimed by a collector, or a demand of one's housing co-op ("brf:en vill att jag river altanen")
    "inkasso*", "inkassobolag*", "inkassokrav*", "debt collector*", "debt collection", "collection agency",
    "bostadsrattsforening*", "brf", "brf en", "styrelsen i foreningen", "housing co op*", "housing cooperative",
    "condo board", "samfallighet*")})
# Work: one's employer, one's job or one's pay.
WORK = CueSet.of({3: (
    "min chef", "arbetsgivar*", "sagt upp mig", "sade upp mig", "sa upp mig", "sparken", "uppsagd*",
    "avskedad*", "lonen", "ingen lon", "min lon", "overtid*", "anstallning*", "provanstallning*", "my boss",
    # not "på jobbet": where something happened is no case
    "my employer", "fired me", "got fired", "been fired", "laid off", "sacked", "my salary", "my wages",
    "overtime")})
# What is wrong with it, or what the resident asks about it: a case, not a word in passing.
CASE_WORDS = CueSet.of({3: (
    "avslag*", "avslog", "nekat*", "nekad*", "nekar", "neka", "dragit in", "drog in", "drar in", "indrag*",
    "overklaga*", "aterkrav*", "beslut*", "fatt nej", "fick nej", "vagrar", "bara betalat", "betalade bara",
    "betalar bara", "betalat ut", "ersattning*", "skaligt", "lagligt", "olagligt", "ratt till", "har jag ratt",
    "har vi ratt", "vad gor jag", "vad gor vi", "vad ska jag gora", "vad ska vi gora", "vad kan jag gora",
    "vad kan vi gora", "far de", "far dom", "far han", "far hon", "far man", "utan anledning", "denied",
    "refused", "rejected", "stopped", "cut my", "won t pay",
    # compensation refused in other words, or the loss put on the resident ("vill inte ersätta inbrottet",
    # "my employer wants me to pay for the stolen laptop")
    "vill inte ersatta", "ersatter inte", "ersatta", "inte ersatt", "vill inte betala", "betalar inte ut",
    "vill att jag betalar", "vill att jag ska betala", "kraver att jag betalar", "drog av", "drar av",
    "wants me to pay", "make me pay", "making me pay", "won t compensate", "refuses to pay", "deduct*",
    "wont pay", "only paid", "appeal",
    # stopped, withdrawn, unpaid or not covered ("har stängt av min ersättning", "won't cover my bike")
    "stangt av", "stangde av", "avstangd*", "dragits in", "indraget", "indragen", "inte betalat", "inte fatt betalt",
    "ingen lon", "betalar inte", "tacker inte", "hasn t paid", "haven t paid", "not paid", "unpaid", "won t cover",
    "wont cover", "doesn t cover", "not covered", "suspended", "revoked", "taken away", "my rights", "allowed to",
    # a demand put on the resident, asked whether it holds ("vill att jag river altanen, har de rätt?")
    "har de ratt", "har dom ratt", "har han ratt", "har hon ratt", "vill att jag", "kraver att jag", "wants me to",
    "demands that i", "are they right", "can they make me", "vad galler",
    # no answer from the other side, or how it goes ("hans försäkring svarar inte", "hur går det till med huset?")
    "svarar inte", "svarar aldrig", "hor inte av sig", "won t answer", "doesn t answer", "not answering",
    "hur gar det till", "how does it work",
    "is it legal", "what can i do", "what should i do", "what do i do", "compensation", "payout", "claim")})
# Family law and inheritance: a dispute of the family's own, asked as such.
FAMILY_LAW = CueSet.of({3: (
    # not "vårdnadshavare", whom agreements name in their work with the young
    "vardnaden", "vardnadstvist*", "ensam vardnad", "gemensam vardnad", "vardnad om", "umgange*", "umgangesratt*",
    "boendet for barn*", "bodelning*", "arvet", "arvskifte*", "arvt", "arvde", "arvda", "arvs*",
    "skilsmass*", "skilja mig", "skilja oss", "skiljas", "skiljer oss", "skiljer mig", "skilde oss", "skilt oss",
    "separation*", "divorce*", "inherit*", "arva", "arver",
    "arvsratt*", "min del av arvet", "arvslott*", "laglott*", "testamente*", "bouppteckning*", "dodsbo*",
    "custody", "visitation rights", "contact with my children", "see my kids", "see my children", "se mina barn",
    "traffa mina barn", "traffa barnen", "inheritance", "contest ~ will",
    "s will", "probate", "executor", "the estate", "division of property")})
# A tree or a hedge of a neighbour's, over or beside one's land.
TREES = CueSet.of({3: (
    "gran", "granen", "granar*", "tall", "tallen", "tallar*", "bjork*", "eken", "lonnen", "popp*", "trad",
    "tradet", "traden", "*tradet", "grenar*", "hack", "hacken", "hackar*", "buske*", "buskar*", "rotter*",
    "tree", "trees", "hedge*", "branches", "roots", "bushes")})
TREE_TROUBLE = CueSet.of({3: (
    "skuggar", "skymmer", "hanger over", "hanger in", "vaxer in", "vaxer over", "fall*", "kapa*", "klippa*",
    "ta ner", "hugga*", "sag* ner", "blocking", "blocks", "overhang*", "cut", "trim*", "shade*", "fell", "chop")})
# Something a neighbour built or put up, and what is wrong with it ("grannen har byggt en altan som skymmer
# min utsikt"): a dispute under the planning or neighbour law, never a threat.
BUILT = CueSet.of({3: (
    "byggt", "bygger", "byggde", "byggs", "satt upp", "satte upp", "uppfort", "altan*", "plank*", "staket*",
    "carport*", "friggebod*", "tillbyggnad*", "attefall*", "built", "put up", "extension", "fence", "shed",
    "decking")})
BUILT_TROUBLE = CueSet.of({3: (
    "skymmer", "utsikt*", "for nara", "over tomtgrans*", "pa min tomt", "pa var tomt", "bygglov*", "utan lov",
    "blocks", "blocking", "view", "too close", "without permission", "without a permit", "planning permission")})
NEIGHBOURS_OR_LAND = CueSet.of({3: (
    "granne*", "grannar*", "min tomt", "var tomt", "min mark", "var mark", "min uppfart", "var uppfart",
    "min tradgard", "var tradgard", "neighbour*", "neighbor*", "my land", "my property", "my garden",
    "our garden", "my driveway", "our driveway", "my yard")})
# A dispute with a neighbour about something of theirs or one's own (not a neighbour's quarrel at home,
# "grannen bråkar med sin fru", which is another's danger).
NEIGHBOUR_DISPUTE = CueSet.of({3: (
    "brakar med grann* om", "brak med grann* om", "brakat med grann* om", "osams med grann*", "ovanner med grann*",
    "konflikt med grann*", "tvist med grann*", "tvistar med grann*", "grannfejd*", "grannkonflikt*", "grannbrak",
    "grannstrid*", "dispute with ~ neighbo*", "feud with ~ neighbo*", "falling out with ~ neighbo*",
    "arguing with ~ neighbo* about", "argument with ~ neighbo* about", "row with ~ neighbo* about")})
# A firm that did the job badly and bills for it all the same, told without a question: a consumer's case.
FIRM_AT_FAULT = CueSet.of({3: (
    "lagade inte", "inte lagat", "lagat inte", "vill ~ ha betalt", "kraver ~ betalt", "fakturerar ~ anda",
    "skickade ~ faktura", "still wants ~ paid", "still wants paying", "charged me anyway", "billed me anyway",
    "didn t fix", "did not fix", "never fixed",
    # billed more than agreed ("fakturerade dubbelt mot offerten", "tog betalt för mycket")
    "fakturerade ~ dubbelt", "fakturerat ~ dubbelt", "dubbelt mot offert*", "mer an offert*", "over offert*",
    "tog ~ betalt for mycket", "tog for mycket betalt", "tar for mycket betalt", "overdebiter*", "overcharg*",
    "charged ~ twice", "double the quote", "more than the quote", "billed ~ twice",
    # a poor job the firm will not put right ("hantverkaren har slarvat och vägrar göra om")
    "slarvat", "slarvade", "slarvigt", "slarvig", "vagrar gora om", "vagrar ratta till", "vill inte ratta till",
    "vill inte gora om", "gjort ett daligt jobb", "gjorde ett daligt jobb", "daligt utfort", "fuskbygg*", "fusk*",
    "botched", "shoddy", "sloppy", "poor job", "bad job", "won t redo", "refuses to redo", "won t fix it",
    # what the firm did to the work told in violent words ("massakrerat vårt badrum", "killed my warranty"):
    # a thing ruined, no person hurt (refusals._threat_or_violence still sees harm to a person)
    "forstort", "forstorde", "massakrer*", "sabbat", "sabbade", "mordade", "dodade", "skovlade", "slaktade",
    "ruined", "destroyed", "wrecked", "trashed", "killed my", "murdered my", "butchered",
    "vill ha ~ betalning", "kraver ~ betalning", "wants ~ payment", "demands ~ payment")})
# Charged or on trial oneself: the violence named is the charge, no harm done to the resident now ("my
# court hearing for the assault charge is next month, do I need a lawyer?").
ACCUSED = CueSet.of({3: (
    "jag ar atalad", "jag har blivit atalad", "jag blev atalad", "jag ar misstankt for", "jag ar anklagad for",
    "jag ska till ratten", "kallad till tingsratten", "kallad till ratten", "min rattegang", "min huvudforhandling",
    "mitt mal i", "i m charged", "i am charged", "i was charged", "i ve been charged", "i have been charged",
    "i m accused of", "i am accused of", "my trial", "my court hearing", "my court case", "my hearing",
    "the charge against me", "assault charge", "charge against me")})
# One's own police report asked about in the words of a story ("jag gjorde en polisanmälan om
# inbrottet för en månad sen, hur går det med den?").
MADE_A_REPORT = CueSet.of({3: (
    "gjorde en polisanmalan", "gjorde en anmalan", "gjort en polisanmalan", "gjort en anmalan",
    "lamnade in en anmalan", "lamnade in en polisanmalan", "anmalde ~ till polisen", "polisanmalde ~ for",
    "i filed a report", "i made a report", "we filed a report", "we made a report", "i filed a police report",
    "i made a police report", "i reported it to the police", "we reported it to the police")})


# Fear or worry told beside it ("pappa har fått sparken och dricker, jag är rädd"): the worry is what is
# asked about, and its help is the situation's, not a case's.
WORRY = CueSet.of({3: (
    "radd", "rada", "orolig*", "angest*", "dricker", "super", "orkar inte", "vill inte leva", "scared", "afraid",
    "worried", "drinking", "can t cope", "don t want to live")})


def own_case(norm: str) -> bool:
    """A case of one's own with an insurer, an authority, an employer, the family or a neighbour's
    tree, asked or told as a case: the legal lines fit it."""
    if INSURANCE.found(norm) or BENEFITS.found(norm) or WORK.found(norm):
        return with_an_institution(norm)
    if FAMILY_LAW.found(norm) or NEIGHBOUR_DISPUTE.found(norm):
        return True  # "vi bråkar om vårdnaden", "osams med grannen om uppfarten": the words are the case itself
    if BUILT.found(norm) and BUILT_TROUBLE.found(norm) and NEIGHBOURS_OR_LAND.found(norm):
        return True  # "grannen har byggt en altan som skymmer min utsikt"
    return TREES.found(norm) and TREE_TROUBLE.found(norm) and NEIGHBOURS_OR_LAND.found(norm)


# Stolen goods bought or received by the resident ("I bought a stolen bike without knowing"): the law of
# one's own act, with nothing of danger in it.
BOUGHT_STOLEN = CueSet.of({3: (
    "kopt en stulen", "kopte en stulen", "kopt ett stulet", "kopte ett stulet", "kopt stulna", "kopte stulna",
    "kopt stoldgods", "kopte stoldgods", "haleri*", "bought a stolen", "bought stolen", "bought ~ that was stolen",
    "receiving stolen")})
# Who pays for damage done, asked ("grannens barn repade min bil, vem ska betala?"): liability, a case of law.
LIABILITY = CueSet.of({3: (
    "vem ska betala", "vem betalar", "vem maste betala", "vem star for kostnad*", "vem star for skadan",
    "vem ansvarar for skadan", "vem ersatter", "ersattningsskyldig*", "betalningsansvar*", "skadestandsskyldig*",
    "who pays", "who has to pay", "who should pay", "who will pay", "who is liable", "who s liable", "liable for")})
# Who made a decision or treats the resident as a counterpart: a school, a firm, an authority, an employer.
COUNTERPART = CueSet.of({3: (
    "skolan", "rektor*", "forskolan", "lararen", "larare*", "bolag*", "foretag*", "banken", "socialtjanst*", "myndighet*",
    "kommunen", "the council", "the municipality",
    "arbetsgivar*", "hyresvard*", "foreningen", "handlaggare*", "school", "headteacher", "principal", "company",
    "the bank", "authority", "employer", "landlord", "caseworker")})
# What the counterpart may do, asked ("får de göra så?", "har skolan rätt att …", "are they allowed to …").
THEIR_RIGHT = CueSet.of({3: (
    "far de", "far dom", "far skolan", "far bolaget", "far foretaget", "far banken", "far arbetsgivaren",
    "far rektorn", "far socialtjansten", "far myndigheten", "far hyresvarden", "har de ratt", "har dom ratt",
    "har skolan ratt", "har bolaget ratt", "ar de skyldiga", "ar dom skyldiga", "are they allowed", "can they",
    "is the school allowed", "is it legal for them", "do they have the right",
    # made to do something ("kan kommunen tvinga mig att klippa häcken?")
    "tvinga mig", "tvinga oss", "tvingar mig", "force me", "forcing me", "make me")})


def their_right_asked(norm: str) -> bool:
    """"Skolan stängde av min son, får de göra så?": what a school, a firm or an authority may do to the
    resident, asked: a question of law in the resident's own case."""
    return THEIR_RIGHT.found(norm) and COUNTERPART.found(norm)


# How an authority treated the resident ("polisen var otrevlig när de stoppade mig"), with a wish to complain.
AUTHORITY = CueSet.of({3: (
    "polisen", "polis", "polisman", "polismannen", "poliserna", "kommunen", "socialtjanst*", "handlaggare*",
    "myndighet*", "the police", "police", "police officer*", "an officer", "the officer", "officers", "the council",
    "caseworker", "authority")})
MISTREATED = CueSet.of({3: (
    "otrevlig*", "oforskamd*", "oforskammad*", "drygt", "dryga", "nedlatande", "behandlade mig", "behandlat mig",
    "bemott*", "bemotande*", "illa behandlad", "felaktigt behandlad", "orattvist behandlad", "krankande", "krankt",
    "kranktes", "diskriminer*", "rude", "treated me", "disrespect*", "unfair*", "discriminat*", "abuse of power",
    "mistreat*")})
COMPLAIN = CueSet.of({3: (
    "klaga*", "klagomal*", "anmala*", "anmaler", "jo anmal*", "jo", "justitieombudsman*", "complain*",
    "report them", "report him", "report her", "report the officer", "ombudsman")})


def complaint_about_an_authority(norm: str) -> bool:
    """"Polisen var otrevlig när de stoppade mig, hur klagar jag?": how an authority treated the resident,
    with a wish to complain; JO's to examine, not a concern about a place."""
    return AUTHORITY.found(norm) and MISTREATED.found(norm) and COMPLAIN.found(norm)


# One's own entries in the police's registers, asked to be seen ("vad har polisen registrerat om mig?").
OWN_RECORD = CueSet.of({3: (
    "registrerat om mig", "registrerat pa mig", "har polisen om mig", "polisen har om mig", "register om mig",
    # not "hamnar jag i belastningsregistret?", which asks what the law does to one (own_law.RECORD)
    "registerutdrag*", "utdrag ur belastningsregist*", "mitt belastningsregister", "finns jag i belastningsregist*",
    "star jag i belastningsregist*", "what the police have on me", "police have on me", "records about me",
    "check my criminal record", "check my police record", "see my criminal record", "see my police record",
    "check my record",
    # whether one is in it at all ("hur kollar jag om jag står i polisens register?")
    "star i polisens register", "star jag i polisens register", "finns i polisens register", "finns jag i polisens register",
    "om jag star i ~ register*", "om jag finns i ~ register*", "am i in the police s register", "am i in the police register",
    "if i m in the police register", "if i am in the police register", "am i on record")})


def own_record(norm: str) -> bool:
    """The resident's own entries in the police's registers, asked to be seen."""
    return OWN_RECORD.found(norm)


def with_an_institution(norm: str) -> bool:
    """A case with an insurer, an authority, an employer or a creditor, asked as a case: what the crime
    told beside it cost is the case now ("försäkringsbolaget vill inte betala ut för mitt inbrott")."""
    return ((INSURANCE.found(norm) or BENEFITS.found(norm) or WORK.found(norm)) and CASE_WORDS.found(norm)
            and not WORRY.found(norm))


def accused(norm: str) -> bool:
    """The resident charged or on trial: their own case, whatever the charge's words."""
    return ACCUSED.found(norm)


def family_case(norm: str) -> bool:
    """Custody, inheritance or a division of property: a dispute in the family that is no violence by
    itself ("jag och mitt ex bråkar om vårdnaden")."""
    return FAMILY_LAW.found(norm)
