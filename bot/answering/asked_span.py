"""The question a resident asks, without what people add around it: read once, at the door (Engine.answer),
so that every later step (the follow-up's shape, the premise's shape, "is this short?", the first and the
last word, the question mark) reads the question itself.

    "Hej! och Kil då? Tack på förhand."                      ──► "och Kil då?"
    "Förlåt om jag stör, men vem skrev under i Aneby? /Olle"   ──► "men vem skrev under i Aneby?"
    "hej vilka har undertecknat ronnebys avtal tack"          ──► "vilka har undertecknat ronnebys avtal"
    "Vad lovar Kalmar!!!??? 😊"                                ──► "Vad lovar Kalmar?"
    "vilekt datum skrev Aneby under"                          ──► "vilket datum skrev Aneby under"

What is added is read by a general property, not by phrases: the message is cut at its punctuation and
symbols, and a part at its start or end is wrapping when every word of it is a word of courtesy (a closed
vocabulary of greeting, thanking, apologising, signing off and leading in), or when the trained reading
reads it alone as a greeting or thanks, with no place and no danger in it. A signature is a sign-off word and
a name or two; without punctuation only greeting words at the start and thanks at the end are taken off.
The wrapping is taken off only when what is left asks something: "Tack, det räcker" and an emergency told
between a greeting and a thanks are read whole, as written, and so is a greeting or thanks alone.

A question word with a slip (two letters swapped, one dropped or doubled) that is no known word is read as
the question word: a bounded edit against the closed set of question and aspect words, never against names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from bot.text import fold, tokens

# Words of courtesy, folded: a part made of these alone asks nothing ("Förlåt om jag stör", "Thanks in
# advance", "God morgon allihop", "En snabb fråga bara"). Deliberately without any word of a question's content.
COURTESY = frozenset("""
hej hejsan hejhej halla halla tja tjena tjenare tjabba morsning mors god goddag godmorgon godkvall godmiddag
morgon dag kvall middag eftermiddag allihop alla er dar igen hi hello hey hiya heya there dear good morning
evening afternoon everyone all again greetings howdy yo
tack tackar tacksam tacksamma tackar tusen stort hjartligt sa mycket jatte forhand forvag svaret svar hjalpen
hjalp infon informationen snabbt bra fint thanks thank you thx ty tnx cheers advance in for much so lot a the
help answer appreciate appreciated much
mvh hej da halsningar halsning vanliga vanlig med basta regards best kind sincerely br yours wishes
ha det gott trevlig helg kvall have nice great day weekend
forlat ursakta sorry excuse om att jag stor stora fragar fraga fragor igen dum dumt kanske men bother bothering
to me ask asking silly stupid question questions if disturb
undrar bara en ett sak liten snabb kort fundering undran nyfiken jag har undra wondering was just wonder i quick
small have got curious one thing
okej ok okay oki jaha aha hmm mm um uh
trygghetsboten boten bot chatbot
""".split())
# Greeting words taken off the start of a part with no punctuation between ("hej vad lovar Lund").
GREETING = frozenset(("hej", "hejsan", "hejhej", "halla", "tja", "tjena", "tjenare", "tjabba", "morsning", "hi",
                      "hello", "hey", "hiya", "heya", "yo"))
_TIME_OF_DAY = frozenset(("god", "good", "godmorgon", "godkvall", "goddag"))
# What a greeting runs on with: "god morgon", "hej igen", "hello everyone", "hej där".
_GREETING_TAIL = _TIME_OF_DAY | {"morgon", "kvall", "dag", "eftermiddag", "morning", "evening", "afternoon", "there",
                                 "igen", "again", "allihop", "everyone", "dar"}
# Thanks taken off the end of a part with no punctuation between ("vem skrev under i Lund tack på förhand").
THANKS: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in (
    "tack pa forhand", "tack i forvag", "tack sa mycket", "tusen tack", "stort tack", "tack", "tackar",
    "thanks in advance", "thank you", "thanks", "thx", "cheers"))
# A sign-off before a name: "mvh Olle", "Hälsningar, Kent", "Best regards Maria" (the name may follow).
SIGN_OFF = frozenset(("mvh", "halsningar", "halsning", "regards", "cheers", "thanks", "tack", "br", "sincerely",
                      "hilsen", "kram", "xoxo"))
# Question and aspect words a slipped letter is read back to; written as the word is written.
QUESTION_WORDS = ("vad", "vem", "vems", "vilka", "vilken", "vilket", "när", "hur", "varför", "vart", "länge",
                  "what", "who", "whom", "whose", "which", "when", "where", "why", "how")
# The words an agreement is asked about by, which the places' and the topics' readers read in the text itself
# ("Sala kmomun", "skrves det under"): a slip in them is put right as in a question word.
ASPECT_WORDS = ("datum", "lovar", "lovat", "lovade", "skrev", "skrevs", "gäller", "gällde", "period", "perioden",
                "kommun", "kommuns", "kommunen", "avtal", "avtalet", "undertecknade", "undertecknades",
                "medborgarlöfte", "medborgarlöftet", "medborgarlöften", "överenskommelse", "överenskommelsen",
                "samverkansöverenskommelse", "samverkansöverenskommelsen", "lokalpolisområde", "lokalpolisområdet",
                "polisområde", "fokusområden", "fokusområde", "nämns", "särskilt",
                "long", "signed", "promise", "promised", "promises", "agreement", "municipality", "police", "county")
_FOLDED_QUESTION_WORDS = {fold(w): w for w in QUESTION_WORDS}
_FOLDED_WORDS = {fold(w): w for w in (*QUESTION_WORDS, *ASPECT_WORDS)}
# Where a part ends: after a sentence's or clause's mark or a line, before a dash or a slash before a name.
_CUT = re.compile(r"(?<=[.!?…,;:\n])(?![.!?…,;:\n])|(?=\s[–—-]+\s)|(?=\s/\w)")
_REPEATED = re.compile(r"[!?]{2,}|\.{4,}")
# A face typed with marks (":)", ";-)", ":D", "xD", "<3"): a feeling, not a word of the question.
_FACE = re.compile(r"(?<!\w)(?:[:;=8][-']?[()DPpOo3/\\|*]+|<3+|xD+|XD+)(?!\w)")
_WORD = re.compile(r"\w+")


def _symbol(char: str) -> bool:
    """An emoji or another picture sign: it says how the resident feels, not what is asked."""
    return unicodedata.category(char) in ("So", "Sk", "Cs") or char in "\u200d\ufe0f"


_SYMBOLS: dict[str, bool] = {}  # each character seen, whether it is one (`_symbol`): a few hundred in all


def _without_symbols(text: str) -> str:
    """`text` with each emoji or picture sign a space: each distinct character looked at once, and the text
    remade only when it has one."""
    found = set()
    for char in set(text):
        symbol = _SYMBOLS.get(char)
        if symbol is None:
            if len(_SYMBOLS) >= 20_000:
                _SYMBOLS.clear()
            symbol = _SYMBOLS[char] = _symbol(char)
        if symbol:
            found.add(char)
    return "".join(" " if c in found else c for c in text) if found else text


def plain(text: str) -> str:
    """The text without emoji, and with repeated marks said once ("!!!???" is "?", "???" is "?")."""
    kept = _FACE.sub(" ", _without_symbols(text))
    kept = _REPEATED.sub(lambda m: "?" if "?" in m.group() else m.group()[0], kept)
    return re.sub(r"[ \t]+", " ", kept).strip()


def _parts(text: str) -> list[str]:
    """The text cut after each mark, each part keeping its own mark ("Hej!", " och Kil då?", " Tack.")."""
    return [part for part in _CUT.split(text) if part]


def _courteous(words: list[str]) -> bool:
    return bool(words) and all(w in COURTESY for w in words)


def _signature(part: str) -> bool:
    """"mvh Olle", "Hälsningar Kent Svensson", "/Lena", "Best regards, Maria": a sign-off and a name."""
    stripped = part.strip()
    words = tokens(stripped)
    if stripped.startswith("/") and 1 <= len(words) <= 2:
        return stripped[1:2].isupper() and "?" not in stripped  # "/Lena", never a command ("/synpunkt?")
    names = [w for w in _WORD.findall(stripped) if w[:1].isupper()]
    lead = [w for w in words if w in COURTESY]
    return bool(words) and words[0] in SIGN_OFF | {"vanliga", "med", "basta", "best", "kind"} \
        and len(words) - len(lead) <= 2 and len(names) >= len(words) - len(lead)


# A talk told before the question ("Min granne och jag pratade om det här igår.", "Vi diskuterade det på jobbet.",
# "My wife and I were talking about this"): who talked, not what is asked, and no one harmed; the model, which met
# "min granne och jag" mostly in quarrels, reads a threat in it.
_TALKED = frozenset(("pratade", "pratat", "pratar", "snackade", "snackat", "snackar", "diskuterade", "diskuterat",
                     "diskuterar", "talade", "talat", "talking", "talked", "discussed", "discussing", "chatted"))
_TALK_WORDS = _TALKED | frozenset((
    "och", "o", "jag", "vi", "mig", "om", "det", "har", "detta", "dar", "saken", "med", "igar", "idag", "nyss", "i",
    "kvall", "morse", "helgen", "pa", "jobbet", "middagen", "fikat", "lite", "precis", "just", "ocksa", "varandra",
    "and", "we", "were", "was", "about", "this", "it", "that", "yesterday", "today", "at", "work", "with", "have",
    "been", "just", "also"))
_OWNING = frozenset(("min", "mitt", "mina", "var", "my", "our", "me"))


def _talk_told(part: str) -> bool:
    """A sentence that only tells that the resident and someone talked about it, with no question in it."""
    words = tokens(part)
    return "?" not in part and 3 <= len(words) <= 12 and bool(_TALKED & set(words)) and all(
        w in _TALK_WORDS or w in _OWNING or i > 0 and words[i - 1] in _OWNING for i, w in enumerate(words))


def _name_only(part: str) -> bool:
    """One or two words, each with a capital: a name signed ("Maria", "Kent Svensson")."""
    words = _WORD.findall(part)
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words)


def _asks(text: str, asks: Callable[[str], bool]) -> bool:
    return "?" in text or bool(set(tokens(text)) & set(_FOLDED_QUESTION_WORDS)) or asks(text)


def question(text: str, alone: Callable[[str], bool], asks: Callable[[str], bool],
             known: Callable[[str], bool] = lambda word: True, names: Callable[[str], bool] = lambda part: False) -> str:
    """The span of `text` that is its question, without the greeting, thanks, apology, lead-in or signature
    around it; the text as written when nothing is around it or what is left does not ask.

    `alone(part)`: the trained reading reads the part alone as a greeting or thanks, naming no place and no
    danger. `asks(part)`: the part asks something (clauses.asks). `known(word)`: a folded word of the language.
    `names(part)`: the part names a place, as a terse question does ("medborgarlöfte habo", "och Kil då")."""
    text = _unrelayed(text)
    cleaned = plain(text)
    parts = _parts(cleaned)
    start, end = 0, len(parts)

    def wrapping(part: str, last: bool) -> bool:
        # `last`: a part at the end, where thanks and signatures stand; the trained reading is asked only of
        # a part at the start, where a greeting stands ("Tjabba!"), as a word at the end may be the question's own
        # ("… har väl inget avtal alls? Typiskt.")
        words = tokens(part)
        if not part.strip():
            return True  # the space between parts, kept when the parts around it are
        # the trained reading is asked only of a word or two the language does not know ("Tjabba!"), so
        # that "namn tack" (names, please) is never taken for thanks
        return _courteous(words) or (last and _signature(part)) or (not last and _talk_told(part)) or (
            not last and len(words) <= 2 and "?" not in part and all(w in COURTESY or not known(w) for w in words)
            and alone(part))

    while start < end and wrapping(parts[start], False):
        start += 1
    while end > start and wrapping(parts[end - 1], True):
        end -= 1
    # "…? Best regards, Maria": a name alone after a sign-off cut from it by a comma
    if end - start >= 2 and _name_only(parts[end - 1]) and _courteous(tokens(parts[end - 2])) \
            and set(tokens(parts[end - 2])) & SIGN_OFF | {"regards", "halsningar", "wishes"}:
        end -= 2
    kept = parts[start:end]
    if not kept:
        return text
    kept[0] = _without_greeting(kept[0])
    kept[-1] = _without_thanks(kept[-1])
    asked = re.sub(r"^[\s,;:.!–-]+", "", "".join(kept)).strip()
    if not tokens(asked) or asked == text.strip() or not (_asks(asked, asks) or names(asked)):
        return text if asked != text.strip() else asked
    return asked


# A question passed on, said before it ("Min granne bad mig fråga:", "Frågar åt min mamma:", "Asking for a friend:",
# "My dad wants to know:"): who asks, not what is asked; what follows is read as the one it is asked for wrote it.
_RELAY = re.compile(
    r"(?:(?:min|mitt|mina|var|my|our) \w+(?: \w+)? (?:bad mig (?:att )?fraga|ba mig fraga|vill att jag fragar|"
    r"undrar|vill veta|asked me to ask|asked me|wants to know|wonders|is wondering)|"
    r"(?:jag )?(?:fragar|skriver) (?:at|for) (?:min|mitt|mina|var|en|my|a) \w+|"
    r"(?:i m )?(?:asking|writing) (?:for|on behalf of) (?:my|a|our) \w+)")


def _unrelayed(text: str) -> str:
    """The text after a lead-in that passes the question on, cut from it by ":" or "," (the text when none)."""
    parts = _parts(text)
    if len(parts) < 2 or not parts[0].rstrip().endswith((":", ",")):
        return text
    rest = "".join(parts[1:]).strip()
    return rest if tokens(rest) and _RELAY.fullmatch(" ".join(tokens(parts[0]))) else text


def _without_greeting(part: str) -> str:
    """"hej hej vad lovar Mullsjö" -> "vad lovar Mullsjö": greeting words first, before words that ask."""
    words = list(_WORD.finditer(part))
    i = 0
    opens = bool(words) and fold(words[0].group()) in GREETING | _TIME_OF_DAY
    while opens and i < len(words) - 1 and fold(words[i].group()) in GREETING | _GREETING_TAIL:
        i += 1
    if i == 0 or not set(tokens(part[words[i].start():])) & set(_FOLDED_QUESTION_WORDS):
        return part  # "Hej från Lund" greets; only a question is taken from behind a greeting
    return part[words[i].start():]


def _without_thanks(part: str) -> str:
    """"vem skrev under i Lund tack på förhand" -> "vem skrev under i Lund": thanks last, after words that ask."""
    folded = tokens(part)
    for phrase in THANKS:
        n = len(phrase)
        if len(folded) > n + 1 and tuple(folded[-n:]) == phrase:
            words = list(_WORD.finditer(part))
            if len(words) != len(folded):
                return part
            cut = words[-n].start()
            # the thanks' own full stop goes with it ("… vad har kommunen lovat tack på förhand."); a "?" is the question's
            tail = part[words[-1].end():].strip(" ")
            return part[:cut].rstrip(" ,") + ("" if tail.strip(".!…") == "" and "?" not in tail else tail)
    return part


def mend(text: str, known: Callable[[str], bool]) -> str:
    """Question words with a slipped letter read as the word ("vilekt datum" -> "vilket datum", "Vme" -> "Vem",
    "whne" -> "when"); a word that is known (a word of the language, a place, a name of an entry) is kept."""
    def put_right(match: re.Match[str]) -> str:
        written = match.group()
        word = _meant(fold(written), known)
        if word is None:
            return written
        return word.capitalize() if written[:1].isupper() else word
    # (the text remade only when a word of it is one of the slips at all: most messages have none)
    if not any(fold(written) in _SLIPS for written in set(_WORD.findall(text))):
        return text
    return _WORD.sub(put_right, text)


def _meant(token: str, known: Callable[[str], bool]) -> str | None:
    """The one question word `token` is a slip of, or None."""
    found = _SLIPS.get(token)
    if found is None or len(found) != 1 or len(token) < 3 or not token.isalpha() or token in _FOLDED_WORDS \
            or known(token):
        return None
    return next(iter(found))


def _slips_of(word: str) -> set[str]:
    """Every slip read back to `word`: two letters next to each other swapped, one doubled, and (in a
    word of five or more) one after the first dropped."""
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1) if word[i] != word[i + 1]}
    doubled = {word[:i] + word[i] + word[i:] for i in range(len(word))}
    dropped = {word[:i] + word[i + 1:] for i in range(1, len(word))} if len(word) >= 5 else set()
    return swapped | doubled | dropped


# Each slip and the words it may be one of, made once: a message's words are looked up, not compared with each
# question word in turn (that cost every message a tenth of a millisecond).
_SLIPS: dict[str, set[str]] = {}
for _folded, _word in _FOLDED_WORDS.items():
    for _typed in _slips_of(_folded):
        _SLIPS.setdefault(_typed, set()).add(_word)


# --- The question mark a typed question leaves off ------------------------------------------------------------
# Residents often type a question in lower case without its "?" ("moheda känns otryggt vad gör kommunen"), and
# many steps read a question by its mark (a statement told before a question, several asks, a claim's "väl").
# The mark is put back where the message's last clause has a question's word order, read by a general property
# (the word after the question word is a finite verb or no subject pronoun), never by phrases.
_END_MARK = re.compile(r"[?!.…]\s*$")
_PART_BREAK = re.compile(r"[.,;:!–—\n]|\s-+\s")
# Question words that also open a told clause ("när jag kom hem", "var han bor", "how it went"): asking only
# before a finite verb ("när skrevs", "hur jobbar", "var ligger").
_SUBORDINATING = frozenset(("nar", "var", "hur", "when", "where", "how"))
_ASKING = frozenset(("vad", "vem", "vems", "vilka", "vilken", "vilket", "varfor", "what", "who", "whom", "whose",
                     "which", "why")) | _SUBORDINATING
# Words that may stand between the question word and its verb: a noun after "vilka", an amount after "hur".
_MODIFIED = frozenset(("vilka", "vilken", "vilket", "vems", "which", "what", "whose", "hur", "how"))
_SUBJECT_PRONOUNS = frozenset(("jag", "du", "vi", "ni", "han", "hon", "de", "dom", "man", "det", "den", "som", "i",
                               "me", "we", "you", "he", "she", "they", "it", "that", "there"))
_FINITE = re.compile(r"^(?:[^\W\d_]+(?:r|s|de|te|des|tes)|kan|ska|skall|vill|bor|kunde|skulle|ville|fick|gick|tog|"
                     r"blev|kom|skrev|sa|sade|gav|fanns|hade|var|ar|does|did|do|is|are|was|were|will|can|could|"
                     r"should|would|has|have|had)$")
# A yes/no question inside an unmarked line asks of something indefinite ("… finns det något löfte", "… har
# kommunen lovat något"); a fronted time before a verb and its subject ("igår har polisen varit här") tells.
_INDEFINITE = frozenset(("nagot", "nat", "nagra", "nagon", "nan", "nagonting", "any", "anything"))
# A clause that opens with one of these verbs before its subject asks yes or no ("…, finns det ett löfte om det",
# "står polisen bakom det"); "…, har jag hört" tells what the writer heard.
_YES_NO_VERBS = frozenset(("finns", "galler", "har", "hade", "kan", "ar", "var", "hor", "tillhor", "ligger", "ingar",
                           "stammer", "star", "ska", "gor", "jobbar", "arbetar", "lovar", "lovade", "satsar",
                           "fokuserar", "namns", "tas", "does", "do", "did", "is", "are", "was", "has", "have", "can"))
# Finite verbs that open a told clause as often as a question ("…, har vi hört", "var det en bil"), and "är"/"sa".
_TOLD_VERBS = frozenset(("har", "hade", "var", "ar", "sa", "sade", "hor", "tror", "tycker", "vet", "kanske"))
# Who or what such a verb asks of: a subject after it ("kan inte andas", "har brutit benet" have none: told).
_ASKED_OF = frozenset(("det", "den", "de", "dom", "man", "ni", "du", "nagon", "nan", "nagot", "nat", "kommunen",
                       "polisen", "staden", "regionen", "lofte", "loftet", "loftena", "avtalet", "overenskommelsen",
                       "medborgarloftet", "it", "they", "there", "you", "the", "this", "that"))


def _asks_from(words: list[str], at: int) -> bool:
    """The words from `at` have a question's order: a question word before a finite verb or a non-pronoun."""
    word = words[at]
    if word not in _ASKING:
        return False
    nxt = at + 1
    if word in _MODIFIED and nxt < len(words) - 1 and words[nxt] not in _SUBJECT_PRONOUNS \
            and not (word in _SUBORDINATING and _FINITE.match(words[nxt])):
        nxt += 1  # "vilka fokusområden har …", "hur länge gäller …"
    if nxt >= len(words) or words[nxt] in _SUBJECT_PRONOUNS:
        return False
    return word not in _SUBORDINATING or _FINITE.match(words[nxt]) is not None


def marked(text: str, verb_first: Callable[[str], bool]) -> str:
    """`text` with the "?" a question typed without one leaves off, when its last clause asks; else as written.

    `verb_first(part)`: the part opens with a verb before its subject (clause_breaks' patterns)."""
    if "?" in text or not text.strip() or _END_MARK.search(text):
        return text  # marked already, or ended as a statement or an exclamation
    last = _PART_BREAK.split(text)[-1]
    words = tokens(last)
    if not words:
        return text
    first = 1 if words[0] in ("och", "o", "sen", "and") and len(words) > 1 else 0
    # Any finite verb before such a subject asks as well ("känns det otryggt i alsike", "…, gjordes något",
    # "står vi med i något löfte"); "har"/"var" only from the list, as "…, har vi hört" tells.
    opened = _asks_from(words, first) or first + 1 < len(words) and (
        words[first] in _YES_NO_VERBS and words[first + 1] in _ASKED_OF
        or words[first] not in _TOLD_VERBS and _FINITE.match(words[first]) is not None
        and words[first + 1] in _ASKED_OF | {"vi"})
    # inside a line "var" is as often "was" as "where" ("vilken gata det var minns jag inte"): not read there
    inside = any(_asks_from(words, i) for i in range(1, len(words) - 1) if words[i] != "var")
    if not (opened or inside or verb_first(last) or _INDEFINITE & set(words) and _verb_first_inside(last, verb_first)):
        return text
    return text.rstrip() + "?"


def _verb_first_inside(part: str, verb_first: Callable[[str], bool]) -> bool:
    """A verb before its subject after the line's first words ("nossebro är stökigt finns det något löfte")."""
    return any(verb_first(part[m.start():]) for m in _WORD.finditer(part) if m.start() > 0)
