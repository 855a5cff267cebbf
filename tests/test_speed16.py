"""The speed round's shortcuts give what the longer ways gave (nothing timed here)."""

from __future__ import annotations

import math

import numpy as np

from benchmarks.reading import labelled
from bot.answering import compounds
from bot.answering.engine import Engine, bundled_model
from bot.answering.knowledge import load
from bot.text import new_message, tokens


def test_logits_are_the_rows_summed_in_order() -> None:
    model = bundled_model()
    assert model is not None
    for item in labelled()[:200]:
        toks = tokens(item["text"])
        rows = model.rows(toks)
        plain = model.weights[rows].sum(axis=0) / math.sqrt(len(rows)) + model.bias if rows else model.bias
        assert np.array_equal(model.logits(toks), plain)


def test_a_kommuns_ranked_documents_are_those_of_all_scores() -> None:
    index = Engine(load()).index
    for muni, terms in (("lund", ["narkotika", "unga"]), ("vellinge", ["belysning", "trygghetsvandring"]),
                        ("kiruna", ["rån", "våld", "skola"]), ("malmo", ["okändaord"])):
        every = [(value, position) for position, value in index.scores(terms).items()
                 if index.docs[position].municipality_id == muni]
        every.sort(key=lambda vp: (-vp[0], vp[1]))
        assert index.ranked(muni, terms) == [(value, index.docs[position]) for value, position in every]


def test_tokens_kept_for_a_message_are_a_fresh_list_each_time() -> None:
    new_message()
    first = tokens("Vad gör Lund?")
    first.append("x")
    assert tokens("Vad gör Lund?") == ["vad", "gor", "lund"]


def test_compounds_without_an_agreement_word_are_left_as_written() -> None:
    def kommun(word: str) -> bool:
        return word in ("hylte", "malmo")

    assert compounds.split("Hyltebor och malmöbor, vad gör ni?", kommun) == "Hyltebor och malmöbor, vad gör ni?"
    assert compounds.split("Vad säger Hylteavtalet och Malmöpolisen?", kommun) == "Vad säger Hylte avtalet och Malmö polisen?"
