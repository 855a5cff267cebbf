"""A "which X" question of one kommun's agreement, and a category asked of by name ("har X någon förening med?").

"Vilket vaktbolag anlitar Alvesta?", "which security company does Gislaved use?": the noun after the question
word is what is asked of, and when the entry's words do not carry it the answer opens by saying it is not
mentioned (absent_first.py), as for a yes-or-no question. The noun is the first content word after "vilken",
"vilket", "vilka" (Swedish), or the words up to the verb after "which"/"what" (English: "security company").
Not a noun of the question's frame or of an aspect the answers take up themselves ("vilken dag", "vilka
fokusområden", "vilket nummer", "what kind of").

A CATEGORY noun ("vilket företag var part?", "vilken myndighet samarbetar Öckerö med?", "finns det någon
förening med?", "is there a town named in it?") is asked by its instances, which the entry names without the
category's word: a company by a name ending as one ("Östhammarshem", "Tranemobostäder", "Västtrafik"), an
authority ("Trafikverket", "Länsstyrelsen", "Region Gotland"), an association ("Hyresgästföreningen"), a school
("Lagaholmsskolan"), a town by the entry's own localities. Those named in the entry's sentences and its parties
answer it, with the sentences that name them; none named, the category is like any subject.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering import absent, common_words, lexicon, subject_words
from bot.answering.frame_nouns import ASKED_OF
from bot.answering.knowledge import Municipality
from bot.answering.passage_kinds import Passage
from bot.text import fold, tokens

_WHICH = frozenset(("vilken", "vilket", "vilka", "which", "what"))
# English words that end the noun phrase after "which"/"what": the verb of the question.
_VERBS = frozenset(("does", "do", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                    "could", "should", "shall", "may", "might", "of", "in", "at", "for", "on", "to", "from", "with",
                    "about", "take", "takes", "took", "use", "uses", "used", "work", "works", "worked", "cooperate",
                    "cooperates", "collaborate", "collaborates", "get", "gets", "run", "runs", "need", "needs",
                    "want", "wants", "plan", "plans", "hire", "hires", "employ", "employs", "name", "names",
                    "named", "mention", "mentions", "mentioned", "involve", "involves", "involved", "exist",
                    "exists", "operate", "operates", "help", "helps", "sign", "signed", "join", "joined", "there"))
# Nouns of the frame an adjective may stand before ("vilka konkreta åtgärder", "vilka nya insatser").
_FRAME_NOUNS = frozenset(("atgarder", "atgard", "insatser", "insats", "arbete", "arbetet", "satsningar", "satsning",
                          "metoder", "metod", "loften", "lofte", "mal", "malen", "grupper", "aktiviteter"))
_AUX = frozenset(("does", "do", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                  "could", "should", "shall", "may", "might"))
# Endings of a verb's past or a participle ("vilka samarbetade …", "which groups helped"), never the noun asked of.
_VERB_ENDINGS = ("ade", "ed")
# Nouns of the question's frame or of what an aspect's answer gives: never a subject "not mentioned".
_ASKED_OF = ASKED_OF
# category: (its nouns, folded, Swedish and English; the pattern of an instance's name)
CATEGORIES: dict[str, tuple[frozenset[str], re.Pattern[str]]] = {
    "company": (frozenset(("foretag", "foretaget", "foretagen", "bolag", "bolaget", "bolagen", "bostadsbolag",
                           "bostadsbolaget", "bostadsbolagen", "fastighetsbolag", "fastighetsagare", "company",
                           "companies", "firm", "firms", "landlord", "landlords")),
                re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+(?:hem|hem|bostäder|byggen|fastigheter|trafik|bolaget)\b"
                           r"|\b[A-ZÅÄÖ][\wåäö]+(?: [A-ZÅÄÖ][\wåäö]+)? AB\b")),
    "authority": (frozenset(("myndighet", "myndigheten", "myndigheter", "myndigheterna", "authority", "authorities",
                             "agency", "agencies")),
                  re.compile(r"\b(?:[A-ZÅÄÖ][a-zåäö]+(?:verket|styrelsen|vården|kassan|myndigheten|inspektionen)"
                             r"|Region [A-ZÅÄÖ][a-zåäö]+)\b")),
    "association": (frozenset(("forening", "foreningen", "foreningar", "foreningarna", "forbund", "forbundet",
                               "association", "associations", "club", "clubs")),
                    re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+(?:föreningen|förening|förbundet|förbund)\b")),
    "school": (frozenset(("skola", "skolan", "skolor", "skolorna", "gymnasium", "gymnasieskola", "school", "schools")),
               re.compile(r"\b(?:[A-ZÅÄÖ][a-zåäö]+ )?[A-ZÅÄÖ][a-zåäö]+(?:skolan|skola|gymnasiet|gymnasium)\b")),
    "town": (frozenset(("ort", "orten", "orter", "orterna", "tatort", "tatorter", "samhalle", "samhallen", "by",
                        "byar", "town", "towns", "village", "villages", "locality", "localities")), re.compile("(?!)")),
    # A kind of thing, not a name: "vilka fordon nämns?" is answered by the vehicles the sentences name ("A-traktorer
    # och bilar", "mopeds"), in the answer's own language (COMMON_NOUNS).
    "vehicle": (frozenset(("fordon", "fordonen", "fordonet", "fordonstyper", "vehicle", "vehicles")), re.compile(
        r"\b(?P<name>A-traktor|EPA-traktor|EPA|mopedbil|moped|personbil|lastbil|bil|crossmotorcyk(?:el|l)|motorcyk(?:el|l)|"
        r"fyrhjuling|snöskot(?:er|r)|vattenskot(?:er|r)|skot(?:er|r)|elsparkcyk(?:el|l)|cyk(?:el|l)|buss|båt|traktor|"
        r"A[- ]tractor|EPA[- ]tractor|tractor|car|moped|motorcycle|motorbike|quad bike|snowmobile|jet ski|bicycle|bike|"
        r"e-scooter|truck|lorr(?:y|ie)|buses|boat)"
        r"(?:(?:ar|arna|er|erna|en|n|na|s|es)\b|-(?=\s)|(?:körning\w*|åkning\w*|åkare|förare)\b|\b)", re.IGNORECASE)),
}
# Categories of common nouns, read in the answer's language; the others are names, read in the Swedish sentences.
COMMON_NOUNS = frozenset(("vehicle",))
_CATEGORY_OF = {word: name for name, (words, _) in CATEGORIES.items() for word in words}
MAX_NAMES = 6
MAX_WORDS = 3
_KOMMUN_PARTY = re.compile(r"\b(?:Polis\w*|Lokalpolis\w*)\b")


def asked_noun(text: str, places: frozenset[str]) -> list[str]:
    """The folded words of what a "which X" clause asks of ("vaktbolag", "security company"), or []."""
    for clause in re.split(r"[.!?;]+", text):
        toks = [t for t in tokens(clause) if t not in places]
        at = next((i for i, t in enumerate(toks[:3]) if t in _WHICH), None)
        if at is None:
            continue
        after = toks[at + 1:]
        if toks[at] == "what" and after[:1] and after[0] in _VERBS:
            return []  # "what does X do about …": asks what, of no noun
        words: list[str] = []
        english = toks[at] in ("which", "what")
        for i, t in enumerate(after[:MAX_WORDS]):
            if t in _ASKED_OF:
                return []  # "which school years", "vilken dag": an aspect's own answer gives it
            if t in _VERBS and english or t in common_words.STOPWORDS and not words and t not in _CATEGORY_OF:
                break
            if t.isdigit() or len(t) < 3 or not subject_words.can_be_subject(after, i) or t.endswith(_VERB_ENDINGS):
                break
            words.append(t)
            if not english or t in _CATEGORY_OF and (i + 1 == len(after) or after[i + 1] in _VERBS):
                break  # Swedish: one word ("vilket vaktbolag anlitar …"); English: up to the verb ("school years")
        if not words or any(w in _ASKED_OF for w in words) or _cue(words[-1]):
            return []
        following = after[len(words)] if len(after) > len(words) else ""
        if not english and following in _FRAME_NOUNS:
            return []  # "vilka konkreta åtgärder …": an adjective of the frame's noun
        if english and words[-1] not in _CATEGORY_OF and not (len(after) > len(words) and after[len(words)] in _AUX):
            return []  # "what applies here?": no noun before the question's verb
        return words
    return []


# A yes-or-no clause that asks whether a category takes part ("finns det någon förening med?", "har X några
# företag i avtalet?", "is there a town named in it?"): its category word, after "någon"/"any"/"a".
_SOME = frozenset(("nagon", "nagot", "nagra", "nan", "nat", "any", "a", "an", "some"))


def category_asked(text: str, places: frozenset[str]) -> list[str]:
    """The category word a yes-or-no clause asks of ("foreningar"), or []."""
    for clause in re.split(r"[.!?;]+", text):
        toks = [t for t in tokens(clause) if t not in places]
        if not (toks and absent.asks_yes_no(" ".join(toks))):
            continue
        for before, t in zip(toks, toks[1:]):
            if before in _SOME and t in _CATEGORY_OF:
                return [t]
    return []


def _cue(word: str) -> bool:
    return word not in _CATEGORY_OF and lexicon.is_cue_word(word)


def category(words: Sequence[str]) -> str | None:
    """The category a subject of one word names ("föreningar" is an association), or None: "security company"
    is a subject of its own, no company of any kind."""
    return _CATEGORY_OF.get(words[0]) if len(words) == 1 else None


def instances(muni: Municipality, shown: Sequence[Passage], kind: str) -> list[str]:
    """The names of a category's instances in the entry's Swedish sentences and its parties and partners."""
    texts = [p.text for p in shown] + [p.name for p in muni.parties + muni.partners]
    if kind == "town":
        return [place for place in muni.localities if any(re.search(rf"\b{re.escape(place)}\b", t) for t in texts)]
    pattern = CATEGORIES[kind][1]
    names: list[str] = []
    for text in texts:
        for found in pattern.finditer(text):
            name = found.group(0) if kind not in COMMON_NOUNS else _the_thing(found)
            if fold(name) not in {fold(n) for n in names} and fold(name) != fold(muni.name) \
                    and not _KOMMUN_PARTY.match(name):
                names.append(name)
    return names[:MAX_NAMES]


def _the_thing(found: re.Match[str]) -> str:
    """A common noun as the sentence inflects it ("bilar", "mopeds"), without the compound's tail it began
    ("A-traktorkörning" names an "A-traktor", "moped- och" a "moped")."""
    word = found.group(0).rstrip("-")
    return found.group("name") if re.search(r"(?:körning|åkning|åkare|förare)\w*$", word, re.IGNORECASE) else word


def naming(names: Sequence[str], passages: Sequence[Passage], limit: int, kind: str = "") -> list[Passage]:
    """The sentences (at most `limit`) that name one of `names` (a common noun's kind: any of its kind)."""
    if kind in COMMON_NOUNS:
        return [p for p in passages if CATEGORIES[kind][1].search(p.text)][:limit]
    return [p for p in passages if any(re.search(rf"\b{re.escape(n)}\b", p.text) for n in names)][:limit]


_LEADS = {
    "company": ("Företag och bolag", "Companies"),
    "authority": ("Myndigheter", "Authorities"),
    "association": ("Föreningar och förbund", "Associations"),
    "school": ("Skolor", "Schools"),
    "town": ("Orter", "Towns"),
    "vehicle": ("Fordon", "Vehicles"),
}


def lead(kind: str, names: Sequence[str], name_genitive: str, name: str, language: str) -> str:
    """"Myndigheter som nämns i Öckerös överenskommelse: Trafikverket.\""""
    sv, en = _LEADS[kind]
    if language == "en":
        return f"{en} named in {name}'s agreement: {', '.join(names)}."
    return f"{sv} som nämns i {name_genitive} överenskommelse: {', '.join(names)}."


_FIRST, _LAST = 4, 6  # letters of a compound's first and last part that make it the entry's word with more between


def same_compound(word: str, shown: Sequence[Passage]) -> bool:
    """Whether a word of the entry opens as `word` does and ends with its last part, with more between:
    "drogundersökning" of "drogvaneundersökning", the same thing named more closely."""
    if len(word) < _FIRST + _LAST:
        return False
    ends = {word[cut:] for cut in range(_FIRST, len(word) - _LAST + 1)}
    return any(other.startswith(word[:_FIRST]) and any(other.endswith(end) for end in ends) and other != word
               for p in shown for other in tokens(p.text))
