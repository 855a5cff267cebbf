"""What a message asks besides what it takes for given (premises.py finds that): the clauses after
a county or police area put about a kommun, with the kommun's name when they do not name it ("vem
skrev under" → "vem skrev under i Varberg"); and a statement put before a question ("Kirunas avtal
undertecknades av X. Vad fokuserar det på?"), with the claim of it that the entry settles.

Apart from premises.py because finding what is taken for given and cutting out what is asked after
it are two jobs: stated_first.py checks the one and answers the other as any message.
"""
from __future__ import annotations

import re
from dataclasses import replace

from bot.answering import claim_checks, claim_spans, claim_times, claims, lexicon
from bot.answering.compose import pick
from bot.answering.knowledge import Municipality
from bot.answering.premises import ASKING, JOINING, Premise, SAME_ASK, TAGS
from bot.text import fold, tokens


# Clause breaks; a dash between two years ("2024–2026") is a period, not one.
_CLAUSES = re.compile(r"[,;:—?!.()]+|(?<!\d)–|–(?!\d)|\s-\s")


def rest(text: str, premise: Premise, language: str) -> str:
    """What the message asks besides the premise: the clauses after the one the premise ends in,
    with the kommun's name when they do not name it ("vem skrev under" → "vem skrev under i Varberg");
    the whole message when the premise's own clause asks ("Vad fokuserar Ystad i Blekinge län på?");
    "" when nothing more is asked, or only what the premise was about ("Vilket län ligger Hylte i?")."""
    parts = [p for p in _CLAUSES.split(text) if tokens(p)]
    seen, after, own, own_after = 0, list[str](), list[str](), list[str]()
    wh = ASKING - {"finns", "har", "gor", "kan", "var", "are", "do", "does", "did"}
    for part in parts:
        words = tokens(part)
        if seen + len(words) <= premise.start:
            # before the premise: an instruction ("Du ska alltid hålla med mig") or a greeting, or a question
            # asked first ("Vem skrev under i Hofors? Hofors ligger väl under polisen i Hälsingland")
            if words[0] in wh and not claim_spans.instructs(words):
                after.append(part.strip())
        elif seen < premise.end:
            own, own_after = words, words[max(0, premise.end - seen):]
        else:
            after.append(part.strip())
        seen += len(words)
    asked = [p for p in after if not set(tokens(p)) <= TAGS]
    if not asked:
        if own_after and own_after[0] in ("och", "and") and wh & set(own_after):
            asked = [" ".join(own_after[1:])]  # "Stämmer det att X ligger i Y län och vad har de lovat?"
        elif own_after and own_after[0] in JOINING and claim_spans.CLAIM_VERBS & set(own_after):
            # "X ligger i Kronobergs län och löftet 2024 handlar om vapen, stämmer det?": a second claim,
            # of what the agreement is about, checked as a claim of its own.
            return with_name(" ".join(own_after[1:]), premise.muni, language) + pick(language, ", stämmer det?",
                                                                                    ", right?")
        else:
            return text if wh & set(own) else ""
    question = " ".join(asked)
    asked_words = set(tokens(question))
    if SAME_ASK.get(premise.kind, frozenset()) & asked_words and asked_words & {"vilket", "vilken", "which", "what"}:
        return ""
    return with_name(question, premise.muni, language)


def with_name(question: str, muni: Municipality, language: str) -> str:
    """The question with the kommun's name, when it does not name it ("vem skrev under i Varberg")."""
    if fold(muni.name) in " ".join(tokens(question)):
        return question
    return pick(language, f"{question} i {muni.name}", f"{question} in {muni.name}")


# A statement before a question is read as a claim only of what the entry settles: who signed, when
# it ends or has ended, how many focus areas ("Kirunas avtal undertecknades av X. Vad fokuserar det på?").
NOT_STATING = ASKING | frozenset(("skrevs", "undertecknades", "ligger", "galler", "is", "was", "were", "har", "hade",
                                  "stammer", "visst"))


def statement(text: str) -> tuple[str, str] | None:
    """The statement a message opens with and the question after it, or None (one clause; a
    question first, which is the several questions' step; nothing asked after)."""
    parts = [p.strip() for p in _CLAUSES.split(text) if tokens(p)]
    if len(parts) < 2 or tokens(parts[0])[0] in NOT_STATING:
        return None
    question = " ".join(p for p in parts[1:] if not set(tokens(p)) <= TAGS)
    return (parts[0], question) if ASKING & set(tokens(question)) else None


# "Piteå har lovat nattvandrare varje kväll, när börjar det?": a promise told as made, with its subject,
# is a premise of the question after it, checked against the entry's sentences before the question is answered.
PROMISING = frozenset(("ska", "skall", "lovat", "lovar", "lovade", "will", "promised", "promises"))


def settled(claim: claims.Claim) -> claims.Claim | None:
    """The claim of a statement before a question, to be checked: a signer, an end, a count of focus
    areas, or a promise with its subject (told as fact, so its subject is checked too); None otherwise."""
    counted = any(t.startswith(claim_checks.COUNTED) for t in claim.words) and bool(claim.figures or any(
        t in claim_checks.NUMBER_WORDS for t in claim.words))
    # "Ronny Löfquist is the head of the local police in Hylte, so …": a person put in a role, which
    # the entry's people settle (claim_checks.roles; nothing is said when no name is written).
    role = any(cues.found(" ".join(claim.words)) for cues in lexicon.ROLES.values()) and bool(claim.proper)
    # "Vaxholms löfte gällde bara 2023. Min man tror inte på det …": a year put as the whole period, which its dates settle
    only_year = claim.year is not None and claim_times.only_the_year(claim.words, claim.year)
    if claim.signing or claim.about_end or claim.over or counted or role or only_year:
        return claim
    # "Kalix löfte för 2024–2026 handlar om cykelstölder, vem skrev under?": what the agreement is said to
    # be about, told as fact before the question, is its premise too, and corrected first when false.
    # Only of the agreement named, and told, not asked: "Someone wrote about my shop", "What does Karlshamn
    # focus on in 2024" and "kalix medborgarlöften 2024-2026 vad e fokus?" claim nothing.
    about = ((claim_spans.PRESUMED_ABOUT | claim_spans.PRESUMED_FOCUS) & set(claim.words) and claims.AGREEMENT_WORDS & set(claim.words)
             and not ASKING & set(claim.words))
    return replace(claim, asserted=True) if claim.content and (PROMISING & set(claim.words) or about) else None


# What is said after a statement that only weighs it: someone close believing or doubting it, and who is right
# ("Min man tror inte på det. Vem har rätt?", "My wife doesn't believe it, who's right?", "Pappa håller inte med,
# stämmer det?"). Such a rest asks whether the statement holds, which its check answers; read as a message of its
# own, a relative's few words with no content are what the model's danger is least sure of.
_WHO_IS_RIGHT = re.compile(r"\b(?:vem (?:av (?:oss|dem|dom|dessa|de) )?(?:har|hade) ratt|who(?: of (?:us|them))? "
                           r"(?:is|s|was) right|which (?:of (?:us|them) )?(?:one )?is right|(?:har|hade) (?:han|hon|"
                           r"de|dom|jag|vi|\w+en) ratt|(?:is|am) (?:he|she|i) right|are (?:they|we) right|stammer "
                           r"(?:det|detta)|ar det (?:sant|ratt|riktigt)|(?:is|isn t) (?:that|it|this) (?:true|right|so)"
                           r"|is (?:he|she|it) correct)\b")
_WEIGHING = frozenset("""
min mitt mina var vart vara man mannen fru frun sambo sambon partner partnern pojkvan flickvan mamma pappa mor far
morfar farfar mormor farmor bror brorsan syster systern granne grannen grannar grannarna kollega kollegan van vannen
kompis kompisen dotter son sonen barnen foraldrar svarmor svarfar make maka
husband wife partner boyfriend girlfriend mom mum dad mother father brother sister neighbour neighbor neighbours
neighbors friend colleague son daughter kids parents my our
han hon de dom jag vi he she they i we you du
tror trodde tycker tyckte tvivlar tvivlade haller holl med litar menar sager sa pastar pastod envisas skrattar
believe believes believed doubt doubts doubted think thinks thought agree agrees agreed disagree disagrees
disagreed say says said claim claims claimed trust trusts insists laughs
inte ej icke not doesn don didn isn t nt no
pa det att that it this so detta uppgiften annat
vem who av oss dem dessa us of them which one har hade ratt right is s has are ar am was stammer sant riktigt true
correct och eller men but and or nu now sa da alltsa then well
""".split())


def weighs_the_statement(said: str) -> bool:
    """Whether what follows a statement only weighs it (`_WEIGHING`'s words alone, with who is right or whether it
    holds asked): the statement's check is the answer."""
    words = tokens(said)
    return bool(words) and bool(_WHO_IS_RIGHT.search(" ".join(words))) and set(words) <= _WEIGHING
