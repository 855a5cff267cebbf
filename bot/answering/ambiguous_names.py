"""Whether a kommun's name that is also an everyday word (Mora, Sala, Vara, Kinda, Ydre: `ambiguous` in
knowledge/kommuner.yaml) names the kommun where the message writes it: by what follows it ("Boden
kommun", "Hjo ligger …"), by its being set apart as a heading ("Sala: …", "Mora då, …") or dated
("Heby 2024: …"), or placed in a county or police area ("Ydre is in Jönköping County"). Elsewhere
only a capital letter mid-sentence makes it the kommun (bot/answering/matching.py asks this).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz.distance import OSA

from bot.answering.common_words import STOPWORDS
from bot.text import fold

_YEAR = re.compile(r"(?:19|20)\d\d")
_AGREEMENT_WORDS = ("kommun", "lofte", "loftet", "medborgarlofte", "avtal", "overenskommelse", "samverkansoverenskommelse",
                    "agreement", "promise", "municipality", "citizen")
_PUT_AS = frozenset(("ar", "har", "hor", "ligger"))
# An agreement had or not after the name: its verb, and the words that may stand around it.
_HAVING = frozenset(("har", "hade", "has", "had", "haft", "have",
                     # "Ale fick sitt avtal 2022", "Boden got its agreement", "Mark tecknade sitt löfte": got or made
                     "fick", "fatt", "got", "received", "tecknade", "undertecknade", "signed", "saknar", "lacks"))
_HAVING_BETWEEN = frozenset(("inte", "ej", "aldrig", "inget", "ingen", "inga", "nagra", "any", "nat", "nagot", "nagon", "ett", "en", "sitt",
                             "sin", "ju", "val", "nog", "visst", "faktiskt", "fortfarande", "redan", "alls", "no",
                             "not", "never", "an", "a", "any", "its", "still", "already", "eget", "own",
                             # "doesn't have any", "didn't have", "has had its": the verb's helpers
                             "doesn", "doesnt", "does", "didn", "didnt", "did", "t", "hasn", "hasnt", "haft", "had",
                             "skrivit", "tecknat",  # "Ale har inte skrivit något avtal": made, as had
                             # "orsa har en ny samverkansöverenskommelse", "kil has a new agreement": said of it
                             "ny", "nytt", "nya", "new", "gemensamt", "gemensam", "joint", "gallande", "current"))
_OWNED_WITHIN = 6
_AS_KNOWN = frozenset(("val", "ju", "visst"))
# Verbs that place a kommun ("is in", "tillhör", "täcks av"), and how far the county or area may follow.
_PLACING = frozenset(("is", "belongs", "lies", "ligger", "tillhor", "hor", "tacks", "ingar", "omfattas", "has", "har",
                      "sorterar", "lyder", "faller", "falls", "comes", "finns"))
_PLACED_WITHIN = 4
# Verbs of what a kommun does or cares about ("Mora bryr sig väl inte om hot mot politiker", "nora struntar
# väl i grannsamverkan", "Sala satsar på skolorna"): an everyday word does not bry sig or prioritise, so the
# opening name before one is the kommun, never the subject of a topic searched in every entry.
_CARING = frozenset(("bryr", "brydde", "struntar", "strunta", "skiter", "satsar", "satsade", "prioriterar",
                     "prioriterade", "fokuserar", "fokuserade", "jobbar", "arbetar", "lovar", "lovade", "ignorerar",
                     "cares", "care", "ignores", "focuses", "prioritises", "prioritizes", "promised", "promises"))
# A name given as a person's: after "heter"/"named", after one of the family or a friend, or before "heter".
_NAMING = frozenset(("heter", "hette", "named", "called", "kallas", "kallad"))
_FAMILY = frozenset(("dotter", "dottern", "son", "sonen", "bror", "brodern", "syster", "systern", "mamma", "pappa",
                     "fru", "frun", "sambo", "sambon", "kompis", "kompisen", "van", "vannen", "kollega", "kollegan",
                     "daughter", "brother", "sister", "wife", "husband", "friend", "mum", "mom", "dad", "colleague",
                     # Grandparents, aunts, cousins and neighbours name a person as often ("min mormor Nora bor i Kiruna").
                     "mormor", "morfar", "farmor", "farfar", "moster", "faster", "morbror", "farbror", "kusin", "kusinen",
                     "granne", "grannen", "flickvan", "flickvannen", "pojkvan", "pojkvannen", "partner", "barnbarn",
                     "svarmor", "svarfar", "grandma", "grandmother", "grandpa", "grandfather", "aunt", "uncle", "cousin",
                     "neighbour", "neighbor", "girlfriend", "boyfriend", "granddaughter", "grandson",
                     # and pets ("min hund Ale springer i parken i Lund").
                     "hund", "hunden", "katt", "katten", "hast", "hasten", "dog", "cat", "horse"))
# "Nora och jag bor i Falun", "Ale and I moved": a name beside "jag"/"I" is one of the people in the story.
_WITH_ME = (["och", "jag"], ["and", "i"], ["och", "mig"], ["and", "me"])


_ASKED_OF = [[asking, verb] for asking, verbs in (
    ("vad", ("har", "gor", "lovar", "lovade", "gjorde", "fokuserar", "satsar", "prioriterar")),
    ("hur", ("jobbar", "arbetar", "tanker", "gor"))) for verb in verbs]
_COMPARING = frozenset(("samma", "same", "bada", "both", "skillnad", "difference", "jamfor", "compare", "olika"))
# "vad ska mora göra åt klottret?", "vad tänker sala göra", "hur kan ale jobba": asked what it will do; the
# everyday word ("vad ska vara gjort") is never the one who does.
_WILL = frozenset(("ska", "skall", "kan", "tanker", "borde", "vill", "planerar", "maste", "bor", "kommer"))
_DOING = frozenset(("gora", "satsa", "lova", "prioritera", "jobba", "arbeta", "ta", "ga", "fokusera", "gor", "do"))
# "jag bor i mora", "trygghet i sala", "vem skrev under i habo": a name after "i" is where; only the names
# that are also words said after a preposition need more. Which language's word each is tells which
# preposition makes it a place: a Swedish noun ("i boden", the shed; "i berg", rock) is a place after English
# "in" ("focus areas in kil"), an English word ("kinda", "ale") after Swedish "i" ("vad lovar polisen i
# kinda"); after its own language's preposition it needs a verb of living before it.
# "vara" only ending the sentence after "i": typed without å, "i vara skolor" is "i våra".
_SWEDISH_NOUNS = frozenset(("boden", "berg", "mark", "kil"))
_ENGLISH_WORDS = frozenset(("are", "kinda", "ale"))
_SAID_AFTER_I = _SWEDISH_NOUNS | _ENGLISH_WORDS
_ASKED_VERBS = frozenset(("har", "gor", "lovar", "lovade", "prioriterar", "fokuserar", "does", "has", "promise", "do"))
_LIVING = frozenset(("bor", "bo", "bodde", "boende", "flyttat", "flytta", "flyttar", "flyttade", "kommer", "kom",
                     "live", "lives", "living", "lived", "moved", "moving", "from", "vaxte", "jobbar"))
# Words that open a question and put its verb before the subject ("vad har …", "vilket lokalpolisområde hör …",
# "har …", "lovar …"): a bare name right after that verb is the one the question is about.
_QUESTION_OPENERS = frozenset(("vad", "vilka", "vilken", "vilket", "hur", "nar", "var", "vem", "vart", "varfor"))
_SUBJECT_VERBS = _ASKED_VERBS | frozenset(("hor", "ligger", "tillhor", "satsar", "jobbar", "arbetar", "namner",
                                           "tar", "skrev", "skriver", "gjorde", "finns"))
# Objects that follow a name asked about by an opening verb ("har hjo något medborgarlöfte", "lovar mora nåt").
_OBJECTS = frozenset(("nagot", "nat", "nagra", "nan", "nagon", "ett", "en", "inget", "ingen", "nanting", "nagonting",
                      "mycket", "fortfarande", "ocksa", "aven", "for", "till", "med", "om", "at", "mot", "kvar"))
# "Sala kommnu", "Nora komumn": the word "kommun" mistyped after a name still says the name is the kommun.
_KOMMUN_WORDS = ("kommun", "kommuns", "kommunen")


# What an English genitive says a kommun's agreement has ("Ale's focus", "Are's priorities"): no ale or area has them.
_OWNED_ASPECTS = frozenset(("focus", "focuses", "priorities", "priority", "signatories", "signers", "police", "period",
                            "safety", "crime", "municipality", "council", "kommunpolis", "fokus", "fokusomraden"))


# Participles of what a kommun did ("har ydre lovat något om bedrägerier").
_DONE = frozenset(("lovat", "gjort", "skrivit", "tecknat", "prioriterat", "satsat", "fokuserat", "promised", "signed",
                   "done", "agreed", "prioritised", "prioritized", "focused"))
_AUXILIARIES = frozenset(("did", "does", "do", "is", "was", "has", "have", "will", "covers", "cover"))
_ENGLISH_OPENERS = frozenset(("when", "what", "who", "which", "how", "where", "why", "whom"))
# A question's first word, and the words of what a kommun and the police agree, do or promise.
_ASKING_OPENERS = _QUESTION_OPENERS | _ENGLISH_OPENERS | frozenset(("finns", "star", "har", "lovar", "gor", "is", "are",
                                                                     "does", "do"))
_ASKED_ABOUT = frozenset(("polisen", "police", "lovar", "lovade", "lovat", "gor", "gjorde", "prioriterar", "fokuserar",
                          "priorities", "priority", "promise", "promised", "promises", "focus", "agreed", "agreement",
                          "lofte", "loftet", "medborgarloftet", "avtalet", "overenskommelsen", "bedragerier", "kommunen", "galler"))


def _clause_ends(cased: Sequence[str], end: int, text: str) -> bool:
    """Nothing of the name's clause follows it: the message or a sentence ends, or a year, "och"/"and" or a
    comma comes next ("i kil 2018", "i boden och vilket år", "in ale, and")."""
    if end >= len(cased):
        return True
    if _YEAR.fullmatch(cased[end]) or fold(cased[end]) in ("och", "and", "nar", "when"):
        return True
    return re.search(rf"(?<![\w-]){re.escape(cased[end - 1])}\s*[,.?!:;–—]", text) is not None


def slipped_owner(token: str, following: str, names: Iterable[str]) -> str | None:
    """"Bodnes kommun", "Bdoens medborgarlöfte", "Slaems kommun": a kommun's name that is also a word, with two
    neighbouring letters swapped (in the genitive or not), before the kommun's or its agreement's word is that
    kommun; typos of these names are otherwise not read (an everyday word is too near them)."""
    if not (following.startswith(_AGREEMENT_WORDS) or following in _KOMMUN_WORDS):
        return None
    stems = [token, token[:-1]] if token.endswith("s") else [token]
    found = {name for name in names for stem in stems if stem != name and len(stem) == len(name) >= 4
             and OSA.distance(stem, name) == 1 and sorted(stem) == sorted(name)}
    return found.pop() if len(found) == 1 else None


def name_of(cased: Sequence[str], start: int, end: int) -> str:
    return fold(" ".join(cased[start:end]))


def accepted(cased: Sequence[str], start: int, end: int, text: str, region_starts: Sequence[int],
             police_words: frozenset[str]) -> bool:
    """The name at cased[start:end] is the kommun; `region_starts`: where the counties and police areas
    the message names begin; `police_words`: the words that say a police area follows."""
    following = fold(cased[end]) if end < len(cased) else ""
    if following == "s" and end + 1 < len(cased):  # "Heby's citizen promise": past the English genitive
        following = fold(cased[end + 1])
    # "Boden kommun", "i bodens löfte", "Maras avtal": the kommun's word or its agreement's follows.
    # "How often are citizen dialogues held …": "citizen" names the agreement only as "citizen promise".
    at = end + 1 if end < len(cased) and fold(cased[end]) == "s" and following != "s" else end
    after = fold(cased[at + 1]) if at + 1 < len(cased) else ""
    # "boden's 2024 citizen promise", "kinda's 2024–2025 promise": the agreement's years between the genitive
    # and its word; only a kommun's agreement is dated so.
    if at > end:
        dated = at
        while dated < len(cased) and _YEAR.fullmatch(cased[dated]):
            dated += 1
        if dated > at and dated < len(cased):
            following = fold(cased[dated])
            after = fold(cased[dated + 1]) if dated + 1 < len(cased) else ""
    # "How many patrols are promised in Ånge?": after an English word's name the verb's participle is no agreement.
    participle = following in ("promised", "promising") and name_of(cased, start, end) in _ENGLISH_WORDS
    # "Anges lokalpolisområde är Östersund": the name's genitive before a police area's word is its owner.
    if following in police_words and (at > end or fold(cased[end - 1]).endswith("s")):
        return True
    if ((following.startswith(_AGREEMENT_WORDS) and (following != "citizen" or after.startswith("promise"))
         or following == "cooperation" and after.startswith("agreement"))
            and not participle) or len(cased) <= 2:
        return True
    if len(following) >= 5 and any(OSA.distance(following, word) <= 1 for word in _KOMMUN_WORDS):
        return True
    # "Ale's focus is burglary, isn't it?", "Kinda's police area": past the genitive, what a kommun's agreement has
    if at > end and following in _OWNED_ASPECTS:
        return True
    # "orsa inte har nåt avtal", "mora har väl inget löfte", "kil has no agreement": the name that has (or
    # has not) an agreement is its owner; an everyday word has none.
    owned = [fold(w) for w in cased[end:end + _OWNED_WITHIN]]
    verb = next((i for i, w in enumerate(owned) if w in _HAVING), None)
    if verb is not None and all(w in _HAVING_BETWEEN for w in owned[:verb]):
        head = next((w for w in owned[verb + 1:] if w not in _HAVING_BETWEEN), "")
        if any(word in head for word in _AGREEMENT_WORDS[1:]):  # "samverkansavtal"; "kommun" is no agreement owned
            return True
    # "habo uppsala län fokus", "Berg Jämtland": a county or police area right after the name places it.
    if end in region_starts:
        return True
    # "Hjo ligger …", "Berg i Jämtland", "Heby i Västmanlands län": placed, so a place.
    if following == "ligger" or (following == "i" and end + 1 in region_starts):
        return True
    # "Sala: vad innehåller löftet?", "Hjo, vad gör de?": a capitalised name set apart as the message's heading.
    if start == 0 and cased[0][:1].isupper() and re.match(rf"\s*{re.escape(cased[0])}\s*[:,?–—-]", text):
        return True
    # "mora – vilka fokusområden …", "kil: …", "sala, vad lovar de": typed in lower case, a name set apart by a
    # colon or a dash, or by a comma before a question, is the heading all the same; an everyday word opens
    # no message so.
    if start == 0 and (re.match(rf"\s*{re.escape(cased[0])}\s*[:–—-]", text, re.IGNORECASE)
                       or re.match(rf"\s*{re.escape(cased[0])}\s*,\s*(\w+)", text, re.IGNORECASE)
                       and fold(cased[1] if len(cased) > 1 else "") in _QUESTION_OPENERS | _ASKED_VERBS):
        return True
    # "Mora vid Siljan – …", "Habo near Lake Vättern: …": a capitalised opening name placed by a capitalised
    # landmark, the two set apart as the heading; an everyday word is not placed so.
    if start == 0 and cased[0][:1].isupper() and re.match(
            rf"\s*{re.escape(cased[0])}\s+(?:vid|nära|nara|invid|by|near|on)\s+(?:[Ll]ake\s+|sjön\s+)?"
            rf"[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?\s*[:,?–—-]", text):
        return True
    # "Eda vs Årjäng: …", "Eda och Årjäng – …": an opening name set against another, the two as the heading.
    if start == 0 and cased[0][:1].isupper() and re.match(
            rf"\s*{re.escape(cased[0])}\s+(?:vs\.?|versus|kontra|respektive|och|and|&)\s+[A-ZÅÄÖ][\w-]*\s*[:,?–—-]", text):
        return True
    # "Heby 2024: vilka skrev under?": a capitalised opening name with a year after it is a kommun and its
    # agreement of that year; an everyday word is not dated so.
    if start == 0 and _YEAR.fullmatch(following):
        return True
    # "Ydre är väl en kommun i …", "heby har väl lokalpolisområde …": opening the message as what a
    # premise is put about, the word would need a subject of its own; it is the kommun.
    claimed = [fold(w) for w in cased[end:end + 2]]
    if start == 0 and len(claimed) == 2 and claimed[0] in _PUT_AS and claimed[1] in _AS_KNOWN:
        return True
    # "Ale är en kommun i Norrbottens län, va?", "Are is a municipality in …": said to be a kommun, it is one.
    if start == 0 and [fold(w) for w in cased[end:end + 3]] in (["ar", "en", "kommun"], ["is", "a", "municipality"]):
        return True
    # "Ydre is in Jönköping County", "Orsa tillhör väl lokalpolisområde Falun": a capitalised opening
    # name placed in a county or a police area is what the placing is said of, so the kommun.
    if start == 0 and following in _PLACING and (
            any(end < at <= end + _PLACED_WITHIN for at in region_starts)
            or any(fold(w) in police_words or fold(w).startswith("police") for w in cased[end:end + _PLACED_WITHIN + 2])):
        return True
    if start == 0 and following in _CARING:
        return True
    # "mora ska ha ett avtal som …", "hörde att berg ska ha …": said to have something (hearsay's "ska ha"),
    # "berg har inget om trafik", "sala has nothing about …": said to have nothing on a subject; opening the message
    # or the clause after "att"/"that", an everyday word would need a subject of its own: it is the kommun.
    opens = start == 0 or start > 1 and fold(cased[start - 1]) in ("att", "that")
    said_to_have = [fold(w) for w in cased[end:end + 4]]
    if opens and (said_to_have[:2] in (["ska", "ha"], ["skall", "ha"], ["lar", "ha"])
                  or said_to_have[:1] in (["har"], ["has"]) and said_to_have[1:2] in (["inget"], ["ingenting"], ["nothing"])
                  and said_to_have[2:3] in (["om"], ["about"])):
        return True
    # "vilka gymnasieskolor gör sala trygghetsvandring på?", "vad lovar mora för något?": right after the verb of a
    # question opened a few words before, the name is its subject; not a noun or "vara", which a verb takes as its
    # object ("vad gör mark …" is not written of the ground, but "vad har berg …" may be).
    if 2 <= start <= 4 and end - start == 1 and fold(cased[0]) in _QUESTION_OPENERS \
            and fold(cased[start - 1]) in _SUBJECT_VERBS and fold(cased[start]) not in _SWEDISH_NOUNS | {"vara"}:
        return True
    # "Mora då, vad har dom för avtal?", "kil da?": a name set apart with "då" opens a follow-up about
    # it ("och X då?"); an everyday word is not asked after so.
    if start == 0 and following == "da" and re.match(rf"\s*{re.escape(cased[0])}\s+d[åa]\s*(?:[:,?.!–—-]|$)", text,
                                                     re.IGNORECASE):
        return True
    # "och sala, vad har de för fokus?", "and mora, what do they focus on?": a follow-up's "och" before the name
    # set apart by a comma before a question; an everyday word is not asked after so.
    if start == 1 and fold(cased[0]) in ("och", "and", "men", "but") and re.match(
            rf"\s*\w+\s+{re.escape(cased[1])}\s*,\s*(\w+)", text, re.IGNORECASE) and fold(
            cased[2] if len(cased) > 2 else "") in _QUESTION_OPENERS | _ENGLISH_OPENERS | _ASKED_VERBS:
        return True
    # "och orsa då?", "and kil then?": the follow-up's "och" before it, "då" ending the message.
    if start == 1 and fold(cased[0]) in ("och", "and", "men") and following in ("da", "then") and re.match(
            rf"\s*\w+\s+{re.escape(cased[1])}\s+(?:d[åa]|then)\s*[?.!]*\s*$", text, re.IGNORECASE):
        return True
    # "Hjo och polisen skrev väl under …", "Sala and the police": the kommun beside its party in an agreement.
    if following in ("och", "and") and end + 1 < len(cased) and (
            fold(cased[end + 1]) in ("polisen", "police", "lokalpolisen")
            or fold(cased[end + 1]) == "the" and end + 2 < len(cased) and fold(cased[end + 2]) == "police"):
        return True
    # "Heby och Östhammar ligger båda i samma lokalpolisområde?": two capitalised names compared.
    if cased[start][:1].isupper() and following in ("och", "and") and end + 1 < len(cased) \
            and cased[end + 1][:1].isupper() and _COMPARING & {fold(w) for w in cased}:
        return True
    # "jag heter Mark och bor i Tranås", "Nora heter jag", "min dotter Nora går i Kumla": a person's name.
    before = [fold(w) for w in cased[max(0, start - 2):start]]
    # "vad har heby för medborgarlöfte", "vad gör ale mot klotter", "hur jobbar mora": the one asked what
    # it has, does or promises; an everyday word is not asked so, written in lower case or not.
    if before in _ASKED_OF and following not in _NAMING:
        return True
    # "vilket lokalpolisområde hör boden till", "har hjo något löfte", "lovar mora något om …": the bare name
    # right after a question's verb is its subject; "vara" there is "våra" typed without å ("har vara barn").
    opening = fold(cased[0])
    if before[-1:] and before[-1] in _SUBJECT_VERBS and start >= 1 and following not in _NAMING and name_of(cased, start, end) != "vara" \
            and (following in _OBJECTS or following in STOPWORDS or not following) \
            and (start == 1 or opening in _QUESTION_OPENERS and start <= 5):
        return True
    if len(before) == 2 and before[0] in ("vad", "hur") and before[1] in _WILL and following in _DOING:
        return True
    # "har ydre lovat något", "har kil gjort nåt": the name between a question's "har" and its participle
    # is the one who did it.
    if before[-1:] in (["har"], ["has"]) and start <= 5 and following in _DONE and name_of(cased, start, end) != "vara":
        return True
    # "when did sala sign", "which police area is sala in", "what does ale focus on": an English question's
    # auxiliary before the bare name makes it the subject; an everyday word ("ale") is not asked so.
    if before[-1:] and before[-1] in _AUXILIARIES and any(fold(w) in _ENGLISH_OPENERS for w in cased[:max(0, start - 1)][:5]):
        return True
    # "medborgarlöftet för boden", "avtalet i kil", "the agreement for ale": a name right after an agreement
    # word and its preposition is the agreement's kommun.
    if len(before) == 2 and before[1] in ("for", "i", "in") and before[0].startswith(_AGREEMENT_WORDS[1:]):
        return True
    # "jag menar sala", "I mean kil": the name said to be meant is the kommun.
    if before[-1:] and before[-1] in ("menar", "mean", "meant") and name_of(cased, start, end) != "vara":
        return True
    # "Sala vad lovar dom", "mora hur jobbar ni": the name opening a question about what it does, unset apart.
    if start == 0 and [fold(w) for w in cased[end:end + 2]] in _ASKED_OF:
        return True
    if (before[-1:] and (before[-1] in _NAMING or before[-1] in _FAMILY)) or following in _NAMING \
            or before in (["name", "is"], ["namn", "ar"]) or [fold(w) for w in cased[end:end + 2]] in _WITH_ME:
        return False
    # "Vara-hallen i Borås", "Mora-kniven", "en Mora-klocka": the name joined to a lower-case noun is part
    # of a word of its own, never the kommun ("Malung-Sälen" and "Habo-Jönköping" join capitals).
    if re.search(rf"(?<![\w-]){re.escape(cased[start])}-[a-zåäö]", text) and not re.search(
            rf"(?<![\w-]){re.escape(cased[start])}(?![\w-])", text):
        return False
    # The name as written, with no letters of its own changed or added: "i våras" is spring, not Vara's.
    name = fold(" ".join(cased[start:end]))
    as_written = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE) is not None
    if name == "vara":  # "jag bor i vara.": where one lives, ending the sentence, is the kommun
        as_written = before[:1] == ["bor"] and re.search(r"(?<![\w-])vara\s*(?:[,.?!:;]|$)", text, re.IGNORECASE) is not None
    # "Vilka fokusområden har habo?", "what does nora": the name ending a question after its verb.
    if as_written and name not in _SAID_AFTER_I and name != "vara" and before[-1:] and before[-1] in _ASKED_VERBS \
            and re.search(rf"(?<![\w-]){re.escape(name)}\s*[?.!]*\s*$", text, re.IGNORECASE):
        return True
    if as_written and (before[-1:] == ["i"] and name in _ENGLISH_WORDS or before[-1:] == ["in"] and name in _SWEDISH_NOUNS):
        return True
    # "vad gör polisen i boden", "vad lovar polisen i kil 2018", "what are the priorities in ale": after its own
    # language's preposition, ending the question's clause, in a question about what a kommun or the police
    # promise or do, a few words from its opening; the shed or the beer is not where an agreement is asked after.
    if as_written and before[-1:] in (["i"], ["in"]) and name in _SAID_AFTER_I and start <= 6 and _clause_ends(cased, end, text) \
            and fold(cased[0]) in _ASKING_OPENERS and _ASKED_ABOUT & {fold(w) for w in cased}:
        return True
    # "inbrottet i varas", "i varas var det stökigt": a genitive after "i" with nothing of its own after it is
    # "i våras" folded, a season as "i höstas", "i somras" are; a kommun's genitive stands before what it owns.
    if before[-1:] == ["i"] and name.endswith("s") and not cased[start][:1].isupper() and _clause_ends(cased, end, text):
        return False
    # "finns det nåt om trafik i vara": "i vara" ending the sentence is the kommun ("i våra" has a noun after).
    if name == "vara" and before[-1:] == ["i"] and re.search(r"(?<![\w-])i\s+vara\s*(?:[,.?!:;]|$)", text, re.IGNORECASE):
        return True
    if as_written and (before[-1:] in (["i"], ["in"]) and (name not in _SAID_AFTER_I or before[0] in _LIVING)
                       or before[-1:] in (["till"], ["fran"], ["to"], ["from"]) and before[0] in _LIVING):
        return True
    return start > 0 and cased[start][:1].isupper()
