"""The eighteenth speed round's shortcuts give what the longer ways gave (nothing timed here)."""

from __future__ import annotations

from benchmarks.reading import labelled
from bot.answering import cues
from bot.answering.engine import Engine
from bot.answering.knowledge import load
from bot.text import new_message, tokens

ENGINE = Engine(load())


def _reference(cueset: cues.CueSet, text: str) -> int:
    """A CueSet's score the plain way: every cue tried at every place, the first cue in declared order
    that fits a start kept, leftmost matches that do not overlap, each distinct text counted once."""
    toks = text.split()
    total = 0
    for weight in sorted({w for w, _ in cueset.cues}):
        cues_of = [tuple(cues._word(w) for w in cue.split()) for w_, cue in cueset.cues if w_ == weight]
        found: set[str] = set()
        position = 0
        for at in range(len(toks)):
            if at < position:
                continue
            for words in cues_of:
                if words[0] == cues.GAP or not cues._fits(words[0], toks[at]):
                    continue
                end = cues._end(words[1:], toks, at + 1)
                if end is not None:
                    found.add(" ".join(toks[at:end]))
                    position = end
                    break
        total += weight * len(found)
    return total


def _texts() -> list[str]:
    held_out = [" ".join(tokens(item["text"])) for item in labelled()[:150]]
    made = ["ont i magen sen igar och ibland yr i huvudet", "kan du ringa polisen at mig nu", "vad vad vad",
            "skickar ni en ambulans hit", "anmal det ~ at mig", "", "gar avtalet ut snart och gar det ut i lund",
            "fokusomradena fokusomradena fokus", "lokalpolisomradeschef i lund"]
    return held_out + made + [" ".join(t.split()[1:]) for t in held_out[:40]]


def test_every_cuesets_score_is_that_of_trying_every_cue() -> None:
    texts = _texts()
    index = cues._Index(cues._CUESETS)
    sample = cues._CUESETS[::7]  # every seventh CueSet (all of them take a minute)
    for text in texts:
        scores = index.scores(text)
        for cueset in sample:
            assert scores[cueset.number] == _reference(cueset, text), (cueset.cues[:3], text)


def test_a_cueset_scored_alone_scores_as_with_all_the_others() -> None:
    texts = _texts()
    index = cues._Index(cues._CUESETS)
    for cueset in cues._CUESETS[::3]:
        alone = cues._Index([cueset])
        for text in texts:
            assert alone.scores(text) == [index.scores(text)[cueset.number]]


def test_a_text_asked_of_few_cuesets_then_many_gets_the_same_scores() -> None:
    new_message()
    text = "min son har ont i magen sen igar, vart ringer jag?"
    norm = " ".join(tokens(text))
    index = cues._Index(cues._CUESETS)
    every = index.scores(norm)
    asked = [cueset.score(norm) for cueset in cues._CUESETS]  # the first few one at a time, then all at once
    assert asked == every
    assert norm in cues._SCORES
    new_message()  # a message's scores are forgotten with it
    assert norm not in cues._SCORES and norm not in cues._SOME_SCORES


def test_a_one_word_cue_first_in_declared_order_wins_a_start() -> None:
    # Made, not registered (CueSet.of would add it to every message's scoring and the speller's words).
    cueset = cues.CueSet(((2, "vald*"), (2, "valdet ~ i hemmet"), (3, "valdet"), (3, "hot ~ ~ mot")))
    index = cues._Index([cueset])
    for text in ("valdet i hemmet", "valdet valdet", "valdsamt och valdet", "vald i hemmet", "hot om vald mot mig",
                 "valdet i det egna hemmet valdet"):
        assert index.scores(text) == [_reference(cueset, text)], text


def test_a_cueset_that_may_not_fit_a_text_finds_nothing_in_it_or_in_its_pieces() -> None:
    index = cues._Index(cues._CUESETS)
    for text in _texts()[:60]:
        words = text.split()
        pieces = [text, " ".join(words[::2]), " ".join(words[1::2]), " ".join(w for w in words if len(w) > 3)]
        scores = [index.scores(piece) for piece in pieces]
        for cueset in cues._CUESETS:
            if not cueset.may_fit(text):
                assert all(s[cueset.number] == 0 for s in scores), (cueset.cues[:3], text)


def test_a_time_of_now_is_still_read_beside_the_shortcut() -> None:
    from bot.answering import danger_when
    from bot.answering.danger_times import NOW_TIME_SIGNS

    now = ("det brinner i trapphuset just nu", "he has a knife", "han har en kniv och star har", "it is happening right now")
    not_now = ("min son hade ont i magen i gar men mar bra nu", "nummerskylten stals forra veckan",
               "someone stole my bike yesterday", "han hade en kniv for tva ar sedan")
    for text, expected in [(t, True) for t in now] + [(t, False) for t in not_now]:
        norm = " ".join(tokens(text))
        new_message()
        assert danger_when.says_now(norm) is expected, text
    assert not NOW_TIME_SIGNS.may_fit("someone stole my bike yesterday") and NOW_TIME_SIGNS.may_fit("nummerskylten")
