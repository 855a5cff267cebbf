"""A year asked that none of a kommun's agreements of the kind covers: "vad står i medborgarlöftet för
2025 i Sölvesborg?" when the entry has the medborgarlöften of 2022–2023 and 2024, or "Kiruna har ju ett
medborgarlöfte 2019–2020 om klotter" when Kiruna's runs 2024–2027. Said first, with the periods the
entry does have, and the rest answered from those agreements; never another year's agreement passed off
as the one asked for, and never "nämns inte" for a premise the entry settles by its dates. With no year,
a kind the kommun has none of ("vad står i Katrineholms medborgarlöfte?" of its samverkansöverenskommelse)
is said to be missing in the same way before what it does have is answered."""

from __future__ import annotations

from dataclasses import replace

from bot.answering import agreement_pick, claim_spans, earlier, figure_claims, first_newest
from bot.answering.answer import Answer
from bot.answering.compose import join_words, pick
from bot.answering.conversation import Conversation
from bot.answering.followup import AGREEMENT_KINDS
from bot.answering.knowledge import Agreement, Municipality
from bot.answering.municipality_answers import MunicipalityAnswers
from bot.answering.periods import KIND_NAMES, span
from bot.answering.reading import Reading
from bot.answering.signing_words import signing
from bot.text import genitive

CLAIMING = frozenset(("ju", "val", "visst"))  # "har ju", "har väl", "har visst": what follows is put as known
EXISTING = frozenset(("har", "finns", "fanns", "hade", "has", "have", "had", "exist", "exists", "there"))
# A claim that there is none ("har väl inget …"); not claims.NEGATIONS, whose "doesn" is a tag ("…, doesn't it?").
NEGATED = frozenset(("inget", "ingen", "inga", "inte", "no", "not", "never", "aldrig"))
# Years an agreement may be asked for; a number outside is a count ("2000 svar"), not a year.
FIRST_YEAR, LAST_YEAR = 2010, 2039
PLURAL = {"medborgarlofte": ("medborgarlöften", "citizen promises"),
          "samverkansoverenskommelse": ("samverkansöverenskommelser", "cooperation agreements")}
DEFINITE = {"medborgarlofte": ("medborgarlöftet", "citizen promise"),
            "samverkansoverenskommelse": ("samverkansöverenskommelsen", "cooperation agreement")}


def asked_years(tokens: list[str]) -> list[int]:
    """The years a message names, in order; not a year-like count ("en enkät med 2000 svar")."""
    counted = figure_claims.counted_years(tokens)
    return [int(t) for i, t in enumerate(tokens)
            if len(t) == 4 and t.isdigit() and FIRST_YEAR <= int(t) <= LAST_YEAR and i not in counted]


def _covers(agreement: Agreement, year: int) -> bool:
    """Whether `agreement` may have been in force in `year`, as far as its dates say; with no dates at
    all nobody here can say it was not."""
    start = agreement.start or agreement.signed
    first, last = (start.year if start else None), (agreement.end.year if agreement.end else None)
    return (first is None or first <= year) and (last is None or year <= last)


def _newest_first(agreement: Agreement) -> int:
    date = agreement.start or agreement.signed or agreement.end
    return -date.year if date is not None else 0


def _years(years: list[int]) -> str:
    low, high = min(years), max(years)
    return str(low) if low == high else f"{low}–{high}"


def unmatched(r: Reading, muni: Municipality) -> tuple[str, Municipality] | None:
    """The line that says no agreement of the kind asked covers the year asked (or that there is none
    of that kind), and the kommun with only the agreements to answer from (those of the kind, or all
    when it has none of that kind); None when not one kind is asked, or one of it covers a year asked
    (or, with no year asked, there is one of it)."""
    years = asked_years(r.tokens)
    kinds = [kind for kind, cues in AGREEMENT_KINDS.items() if cues.found(r.norm)]
    if len(kinds) != 1 or not muni.agreements:
        return None
    kind = kinds[0]
    of_kind = [a for a in muni.agreements if a.kind == kind]
    if of_kind and (not years or any(_covers(a, y) or agreement_pick.by_month(r.tokens, a) for a in of_kind for y in years)):
        return None
    # No year, and none of the kind ("vilket datum skrevs Katrineholms medborgarlöfte under?" of a kommun
    # with a samverkansöverenskommelse only): what there is is answered, and said to be the other kind.
    # With none of the kind asked, the kind's word is often the resident's loose name for the agreement
    # the kommun has ("Växjös medborgarlöfte gäller till 2027" of its samverkansöverenskommelse): its
    # dates answer. Not when the agreement's being there is what is asked or put as known ("har X ett
    # medborgarlöfte 2024?", "X har ju ett …"): that one is not there, and what is, is said.
    existence = bool(EXISTING & set(r.tokens)) or bool(CLAIMING & set(r.tokens))
    if not of_kind and not existence and any(_covers(a, y) for a in muni.agreements for y in years):
        return None
    lang = r.language
    sv, en = KIND_NAMES[kind]
    asked_sv, asked_en = (f" för {_years(years)}", f" for {_years(years)}") if years else ("", "")
    none = pick(lang, f"{muni.name} har {'inget' if kind == 'medborgarlofte' else 'ingen'} {sv}{asked_sv} "
                      f"i källorna", f"{muni.name} has no {en}{asked_en} in the sources")
    shown = sorted(of_kind or muni.agreements, key=_newest_first)
    spans = join_words([span(a, lang) for a in shown], lang)
    if of_kind:
        what = pick(lang, (f"det {sv} som finns gäller {spans}" if len(shown) == 1 and kind == "medborgarlofte"
                           else f"den {sv} som finns gäller {spans}" if len(shown) == 1
                           else f"de {PLURAL[kind][0]} som finns gäller {spans}"),
                    f"the {en if len(shown) == 1 else PLURAL[kind][1]} it does have: {spans}")
    else:
        others = join_words([f"{DEFINITE[a.kind][0 if lang != 'en' else 1]} {span(a, lang)}" for a in shown], lang)
        what = pick(lang, f"det som finns är {others}", f"what it does have is the {others}")
    # "Kiruna har ju ett medborgarlöfte 2019–2020": a premise, which the dates settle.
    claimed = claim_spans.marked(r.tokens) or bool(CLAIMING & set(r.tokens))
    # "Var det X som skrev under …?", "Did X sign …?": asked yes or no, a signer is put to the bot as a claim is.
    put = claimed or r.tokens[:1] and r.tokens[0] in claim_spans.YES_NO
    if signing(r.tokens) and (claimed and years or put and not of_kind):
        # "X:s löfte skrevs under 2019 av Y, va?": the year is when it was signed, put with who signed it; the
        # claim's checks (claims.py) settle both, where "no such agreement" would leave the signer unchecked.
        # So too who signed a "medborgarlöfte" of a kommun with another kind only: the kind is the loose name.
        return None
    if claimed and not of_kind and not years and not EXISTING & set(r.tokens):
        return None  # "Xs löfte går väl ut på Y?": what it is about, claimed of the agreement it has (loose name)
    if claimed and of_kind and years:
        # The correction says what is true and does not repeat the false years: a reader who skims keeps
        # the period the sources give, not the one put to the bot.
        plural = len(shown) > 1
        such = "Något sådant" if kind == "medborgarlofte" else "Någon sådan"
        # (a claim that there is none, "har väl inget medborgarlöfte efter 2022", gets no "no such one")
        none_claimed = bool(NEGATED & set(r.tokens))
        line = pick(lang, ("Nej, det stämmer inte: " if none_claimed else
                           f"Nej, det stämmer inte. {such} {sv} finns inte i källorna; ")
                    + f"{genitive(muni.name)} {PLURAL[kind][0] if plural else sv} gäller {spans}.",
                    ("No, that is not right. According to the sources, " if none_claimed else
                     f"No, that is not right. There is no such {en} in the sources; ")
                    + f"{muni.name}'s {PLURAL[kind][1] if plural else en} {'run' if plural else 'runs'} {spans}.")
        return line, replace(muni, agreements=tuple(shown))
    lead = pick(lang, "Nej, det stämmer inte: ", "No, that is not right: ") if claimed else ""
    line = f"{lead}{none}; {what}."
    return line[0].upper() + line[1:], replace(muni, agreements=tuple(shown))


def answer(r: Reading, named: Municipality | None, answers: MunicipalityAnswers,
           conversation: Conversation) -> Answer | None:
    """The line of unmatched() before the answer from the agreements the kommun has; None when it has none."""
    found = unmatched(r, named) if named is not None and len({m.place.municipality_id for m in r.known}) == 1 else None
    talked = answers.knowledge.municipalities.get(conversation.municipality or "")
    if found is None and named is None and not r.known and talked is not None and (
            EXISTING & set(r.tokens) or answers.is_follow_up(r)):
        # "finns det nåt medborgarlöfte också?" after Kävlinge, which has only its samverkansöverenskommelse,
        # or "och medborgarlöftet då?": the kind asked is not there, said as for a kommun named, not its
        # agreement again as if it were.
        found = unmatched(r, talked)
    if found is None:
        # "vad stod det i det förra avtalet?": the agreements before the newest, of the kommun named or talked about
        talked = named or answers.knowledge.municipalities.get(conversation.municipality or "")
        return earlier.answer(r, talked, answers, conversation) or first_newest.answer(r, talked, answers, conversation)
    answered = answers.about(r, [found[1]], r.known, r.unknown, conversation)
    answered.text = f"{found[0]}\n\n{answered.text}"
    return answered
