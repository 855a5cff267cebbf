"""Where one ask ends and the next begins in a message: the patterns `clauses.split` breaks a message at.

A question mark, a new line, a connector ("och", "and") or a comma before a question word, a verb that opens a
question (Swedish puts the verb second in a statement, so a verb first asks), numbered asks, a sentence's end
or a colon before a question. Kept apart from clauses.py, which decides what the parts are and answers each:
these are only where the parts are cut, and they grew to a job of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

QUESTION_WORDS = (r"hur|vad|vem|vems|vilka|vilken|vilket|när|nar|var|vart|varför|varfor|finns|gäller|galler|"
                  r"how|what|who|whom|whose|which|when|where|why|is|are|does|do")
# A question may open with a preposition: "…, av vem?", "… and until when does it run?".
_PREPOSITION = r"(?:av|för|for|med|till|från|fran|sedan|sen|om|i|vid|på|pa|inom|hos|by|with|until|till|from|since|in|on|of|at|to)\s+"
# "sen" is "then" between asks ("vilka år gäller det sen vad gör polisen") as "och" is; "och även", "samt
# även", "and also" join two asks as "och" does ("vilka fokusområden finns och även vem som följer upp").
_CONNECTOR = (r"(?:och|samt|and)\s+(?:även|aven|också|ocksa|dessutom|also)|och|o|å|samt|plus|sen|sedan|then|and|also"
              r"|as well as|&|\+")
# Where a second question starts: after a question mark; a new line (a part alone on its line asks
# nothing, "Vellinge", and joins the next); a connector ("och", "o", "and", "&"), a
# comma or a semicolon before a question word ("…, och när går det ut?", "; vem skrev under?",
# "…, av vem"); a sentence's end before one ("… medborgarlöfte. När skrevs det under?").
# A dash between spaces before a question word starts one too ("vem undertecknade Ronnebys avtal – vad
# prioriterar polisen?"), kept with the part before it: a heading ("Gnesta – vilken metod …") asks nothing,
# joins the next, and still reads as a heading.
# A question may also open with its verb before who or what it asks about ("… och höll de löftena?",
# "and did they keep them?").
# The promises themselves may follow the verb ("… och blev löftena uppfyllda?", "… och förnyas löftet varje
# år?"); what is to come asks so too ("…, samt kommer den att förlängas?", "och går det att förlänga?").
_VERB_FIRST = (r"(?:(?:har|hade|höll|holl|kan|ska|blev|fick|lyckades|förnyas|fornyas|förnyades|fornyades|förlängs|"
               r"forlangs|förlängdes|forlangdes|följs|foljs|uppfylldes|"
               r"genomfördes|genomfordes|går|gar|did|has|have|was|were|will|can)\s+"
               r"(?:de|dom|det|den|man|kommunen|polisen|löftet|loftet|löftena|loftena|avtalet|"
               r"överenskommelsen|overenskommelsen|they|it|the)"
               # "kommer den att förlängas?" asks of the agreement; "kommer det att bli bättre?" of nothing named
               r"|kommer\s+(?:de|dom|den|kommunen|polisen|löftet|loftet|löftena|loftena|avtalet|överenskommelsen|"
               r"overenskommelsen))")
VERB_FIRST_AT = re.compile(rf"\s*(?:(?:{_CONNECTOR})\s+)?{_VERB_FIRST}\b", re.IGNORECASE)
# Swedish puts the finite verb second in a statement ("Polisen söker med hund"), so a clause whose second word
# is its subject opens with the verb: it asks ("Söker polisen med hund i skolorna?", "Tar Vingåker upp
# bedrägerier?", "och ska folk DNA-märka sina saker?"), whatever the verb. The first word must look like a
# finite verb: a present tense ("-r"), a modal, or with a pronoun or a definite noun for subject a past tense
# ("lovade polisen …?"); never a word that may stand before a subject in a statement (a conjunction, a
# preposition, an adverb, a greeting: "även polisen …", "hej kommunen"), nor "jämför", whose name after it is
# what is compared. A noun with an object's relative clause ("badplatsen ni nämner", "mycket folk") ends
# otherwise and is no verb.
_SUBJECTS = (r"de|dom|ni|man|folk|han|hon|kommunen|polisen|staden|regionen|skolan|socialtjänsten|"
             r"socialtjansten|löftet|loftet|löftena|loftena|avtalet|överenskommelsen|overenskommelsen|"
             r"medborgarlöftet|medborgarloftet|samverkansavtalet")
_BEFORE_A_SUBJECT = (r"eller|efter|under|över|over|när|nar|där|dar|här|har|hur|var|mer|för|for|per|utanför|"
                     r"utanfor|bakom|inför|infor|genom|hos|jämför|jamfor|sommar|vinter|dessutom")
_MODALS = r"kan|ska|skall|vill|måste|maste|bör|kunde|skulle|ville|fick|får|far|gick|tog|blev"
# "har" is a verb ("har polisen lovat …?"), "här" is not: the written word decides, before folding.
_PRESENT = rf"(?:(?-i:har|Har)|(?!(?:{_BEFORE_A_SUBJECT})\b)[^\W\d_]+r)"
_PAST = r"[^\W\d_]+(?:de|te)"
# A name as subject: capitalised, not a genitive before the agreement it owns ("slutade Askersunds
# medborgarlöfte"), nor a heading ("Lund:").
_NAMED = (r"(?-i:[A-ZÅÄÖ][a-zåäö]{2,})\b(?!\s*[:–—-])(?!\s+(?:medborgarl|löft|loft|avtal|överenskommelse|"
          r"overenskommelse|samverkans|polis|kommun|stad))")
# A passive present first ("nämns drönare …?", "görs det något …?", "erbjuds föräldrarna …?"): -s after the verb's
# stem. A genitive ends in -s too, so the definite noun's ("löftets", "kommunens", "ungdomarnas") are no verb,
# nor a word before the agreement, the police or the kommun it owns ("Lunds löfte", "Ystads polis"), nor a name
# before a name ("Upplands Väsby"): what a passive asks of follows it in lower case.
# Only the endings passives take ("görs", "följs", "mäts", "erbjuds", "skrivs", "nämns", "finns", "satsas",
# "söks", "läggs", "tas"); "-ngs", "-ls", "-ps" are most often a place's ("hisings backa", "Ljusdals", "Tierps").
_PASSIVE = r"(?:[^\W\d_]{2,}(?:(?<!e)[td]|[jkrv]|(?<!n)g|mn|nn|(?<![nr])a)s|tas|ges|ses)(?!\w)"
_OWNED = (r"(?!\s+(?:medborgarl|löft|loft|avtal|överenskommelse|overenskommelse|samverkans|polis|kommun|stad|"
          # the words a genitive's noun opens with ("Vetlandas nya medborgarlöften", "Moras senaste löfte")
          r"nya\b|gamla\b|senaste\b|förra\b|forra\b|nuvarande\b|aktuella\b|egna\b|eget\b|första\b|forsta\b))")
# "det" as the place-holder of what follows ("står det något om viltolyckor?", "sitter det kameror där?",
# "görs det nåt för de äldre?"): what is asked comes after it, an amount or a thing in the plural. A "det"
# that points back has no such word after it ("stämmer det?", "gick det att genomföra dem?").
_PLACEHOLDER = (r"det\s+(?:om|något|nagot|nåt|nat|någonting|nagonting|några|nagra|någon|nagon|nån|nan|mer|fler|flera|"
                r"[^\W\d_]{3,}(?:or|ar))\b")
# An agreement owned by a kommun as subject ("tar Hjo kommuns löfte upp vapen?", "nämner Hyltes avtal
# penningtvätt?", "säger lunds medborgarlöfte något om …"): the genitive and the agreement's word after a present
# verb. After a past or a modal ("gick Nybros avtal ut 2022?") it is most often a claim checked with the clause
# before it, and is left to be read with it.
_OWNED_AGREEMENT = (r"(?:[^\W\d_]{2,}\s+(?:kommuns|stads)|[^\W\d_]{2,}s)\s+(?:nya\s+|senaste\s+|nuvarande\s+)?"
                    r"(?:medborgarl|löft|loft|avtal|överenskommelse|overenskommelse|samverkans)")
_V1_SUBJECTED = (rf"(?:(?:{_PRESENT}|{_MODALS}|{_PASSIVE})\s+{_PLACEHOLDER}"
                 rf"|(?:{_PRESENT}|{_MODALS})\s+(?:(?:{_SUBJECTS})\b|{_NAMED})|{_PRESENT}\s+{_OWNED_AGREEMENT}"
                 rf"|{_PAST}\s+(?:{_SUBJECTS})\b)")
# Whether something is among what an agreement holds asks with a copula first and the thing as its subject, a
# noun of any kind ("… och är bedrägerier ett av fokusområdena?", "o e klotter med", "och ingår hastighet?"):
# in a statement the subject would stand before the verb. "det", "den" point back and are read as above.
# With "är" the clause must say what it is among ("med", "bland", "ett av"): "och är orolig för inbrott" tells.
_MEMBERSHIP = r"(?=[^?.!,;]*\b(?:med|bland|ett av|en av|en del|del av|fokus\w*|prioriter\w*)\b)"
_COPULA_ASKED = (r"(?:(?:är|ar|e)\s+(?!(?:det|den|detta|denna|dom|de)\b)(?-i:[a-zåäö])[^\W\d_]{2,}" + _MEMBERSHIP +
                 r"|(?:ingår|ingar|ingick|räknas|raknas)\s+(?!(?:det|den|detta|denna|dom|de)\b)(?-i:[a-zåäö])[^\W\d_]{2,})")
# A thing of the agreement asked after with a verb first and the thing, a definite noun, as subject ("… och står
# hamnen med?", "och finns skolorna med?"): "med" after it says what it is among. What was made besides ("… och
# tecknades något mer samtidigt?", "gjordes några ändringar?"): a past passive before an amount. What is to come
# ("… och blir det grannsamverkan?", "kommer det kameror?"): "det" before a noun is the place-holder, never "att".
_DEFINITE_MEMBER = r"[^\W\d_]+r\s+(?-i:[a-zåäö])[^\W\d_]{2,}(?:en|et|na)\s+med\b"
_MADE_BESIDE = (r"[^\W\d_]{3,}(?:ades|des|tes)\s+(?:något|nagot|nåt|nat|några|nagra|någon|nagon|nån|nan|fler|mer|"
                r"ytterligare)\b")
_TO_COME = r"(?:blir|kommer|sker)\s+det\s+(?!(?:att|som|så|sa|nog|inte)\b)(?-i:[a-zåäö])[^\W\d_]{3,}"
# Whether the agreement just asked of still holds ("…, och är den fortfarande giltig?", "o e det ännu i kraft?"):
# the copula, a pronoun pointing back and a word of its status. "är det sant?" checks the clause before it and is
# no ask of its own.
_STILL = (r"(?:är|ar|e)\s+(?:den|det|de|dom|avtalet|löftet|loftet|överenskommelsen|overenskommelsen)\s+"
          r"(?:fortfarande|fortfarnde|ännu|annu|än|an|alltjämt|alltjamt|giltig\w*|aktuell\w*|i kraft|gällande|"
          r"gallande|kvar|igång|igang|aktiv\w*|utgånge?n?|utgang\w*|slut)\b")
# A passive's subject is what is asked about ("finns trafikkontroller med?"), never a pronoun pointing back.
_V1_AFTER = (rf"(?:{_V1_SUBJECTED}|{_COPULA_ASKED}|{_PASSIVE}{_OWNED}\s+(?!det\b)(?-i:[a-zåäö])[^\W\d_]{{2,}}"
             rf"|{_DEFINITE_MEMBER}|{_MADE_BESIDE}|{_TO_COME}|{_STILL})")
# "det" is no subject here: it most often points back ("…, är det ett bostadsområde?", "…, stämmer det?",
# "gick det att genomföra dem?"), where the clause asks of what was said before it. After "och" or a comma the
# verb is mid-sentence, in lower case: "och Anna Blomqvist" is a name.
_V1 = rf"(?-i:(?=[a-zåäö])){_V1_AFTER}"
V1_AT = re.compile(rf"\s*(?:(?:{_CONNECTOR})\s+)?{_V1_AFTER}", re.IGNORECASE)
# A verb first before its subject, a pronoun or a name ("gör polisen något där?"), not a passive's thing.
V1_SUBJECT_AT = re.compile(rf"\s*(?:(?:{_CONNECTOR})\s+)?{_V1_SUBJECTED}", re.IGNORECASE)
# A hyphen right after a letter joins a compound's parts ("Trygghets- och hälsorådet"): only a hyphen with a
# space before it ends a heading, as a colon or a dash does.
HEADING = re.compile(r"^\s*[^\W\d][\w -]{0,30}?(?:\s+\d{4})?(?:\s*[:–—]|\s+-)\s+")  # "Borås:", "Heby 2024 –"
_HEADING_MARKS = (":", "–", "—", "-")  # a heading ends in one of these: without any, there is none to look for
# "…, and if so what is it about?", "och i så fall vad handlar det om?": the ask after the condition.
_IF_SO = (r"(?:if so|if yes|if it does|if they do|in that case|i så fall|i sa fall|isåfall|isafall|om ja|"
          r"om så är fallet|om sa ar fallet),?\s+")
_ASKED_NEXT = rf"(?=(?:{_IF_SO})?(?:(?:{_PREPOSITION})?(?:{QUESTION_WORDS})\b|{_VERB_FIRST}\b|{_V1}))"
# After a connector a preposition of several words may open it too ("… och i samband med vad?", "and in
# connection with what?", "och på grund av vad?"): a preposition, a word or two, a preposition, the question
# word. After a comma alone it most often narrows the question before ("Varför …, med tanke på vad?").
_SEVERAL_WORDS_ASKED = rf"(?={_PREPOSITION}(?:[^\W\d_]+\s+){{1,2}}{_PREPOSITION}(?:{QUESTION_WORDS})\b)"
# Numbered or lettered asks ("1) Vem är kommunpolis? 2) Vad fokuserar löftet på?", "a) … b) …", "1. … 2. …"):
# the number goes with the break, before a question word.
_NUMBERED = rf"\s*,?\s*(?<!\w)(?:[1-9]|[a-eA-E])[.)]\s+{_ASKED_NEXT}"
# After a sentence's end or a colon the verb of a question may be capitalised ("… i våras. Tar Vingåker upp
# bedrägerier?"); a colon breaks only after what is no kommun's heading ("nu undrar hon: jobbar Kungsör …?").
_ASKED_AFTER_STOP = rf"(?=(?:{_IF_SO})?(?:(?:{_PREPOSITION})?(?:{QUESTION_WORDS})\b|{_VERB_FIRST}\b|{_V1_AFTER}))"
# A sentence that opens by saying it adds an ask ("… hör Torsby till. Dessutom: något om bedrägerier mot äldre?",
# "… ? Also, is fraud part of it?"): whatever it asks, it is an ask of its own.
_ADDED = r"(?=(?:dessutom|också|ocksa|även|aven|besides|also|furthermore)\s*[:,]\s)"
BREAK = re.compile(
    rf"(?<=\?)\s+|\s*[;\n]\s*|{_NUMBERED}|\s*,?\s+(?:{_CONNECTOR})\s+(?:{_ASKED_NEXT}|{_SEVERAL_WORDS_ASKED})"
    rf"|\s*,\s+{_ASKED_NEXT}|(?<=[.!])\s+{_ASKED_AFTER_STOP}|(?<=[.!])\s+{_ADDED}|(?<=\s[–—-])\s+{_ASKED_NEXT}",
    re.IGNORECASE)
COLON_BREAK = re.compile(rf"(?<=:)\s+{_ASKED_AFTER_STOP}", re.IGNORECASE)
# Two of these joined ("när och var", "where and when") ask one thing's time and place together.
_PAIRED_WORDS = r"(?:när|nar|var|vart|hur|when|where|how)"
PAIRED_BEFORE = re.compile(rf"(?:^|[\s:–—-]){_PAIRED_WORDS}$", re.IGNORECASE)
PAIRED_AFTER = re.compile(rf"{_PAIRED_WORDS}\b", re.IGNORECASE)


def unheaded(text: str) -> str:
    """`text` without a kommun's heading ("Borås: förnyas avtalet …" -> "förnyas avtalet …"). HEADING's lazy
    name costs a few microseconds a try; most parts of a message hold none of the marks a heading ends in."""
    return HEADING.sub("", text) if any(mark in text for mark in _HEADING_MARKS) else text


# Where a BREAK can begin: each of its alternatives opens with white space, a comma, a semicolon or a new line, or
# (a numbered ask with no space before it) a number or a letter a-e just before its "." or ")". Only there is BREAK
# tried. One set of characters, so the search for the next of them runs in C without trying a pattern at each one.
_BREAK_START = re.compile(r"[\s;,.)]")
_NUMBERING = frozenset("123456789abcdeABCDE")


def breaks(text: str) -> Iterator[re.Match[str]]:
    """BREAK's matches in `text`, as `BREAK.finditer` finds them (none is empty, so each search goes on from the
    last one's end). BREAK's many alternatives are tried only where one can begin (`_BREAK_START`): tried at
    every character they cost a message tens of microseconds, most of it where no alternative can begin."""
    at, end = 0, len(text)
    while at < end:
        found = _BREAK_START.search(text, at)
        if found is None:
            return
        start = found.start()
        if text[start] in ".)":  # a numbered ask begins at its number or letter, if there is one
            if start - 1 < at or text[start - 1] not in _NUMBERING:
                at = start + 1
                continue
            start -= 1
        match = BREAK.match(text, start)
        if match is None:
            at = start + 1
        else:
            yield match
            at = match.end()


def opens_with_verb(part: str) -> bool:
    """A part that opens with a finite verb before its subject: a yes/no question ("har kommunen lovat något",
    "finns det något löfte"), never a passive before a thing alone ("känns otryggt")."""
    return VERB_FIRST_AT.match(part) is not None or V1_SUBJECT_AT.match(part) is not None
