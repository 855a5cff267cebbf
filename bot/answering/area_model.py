"""A trained reading of the area of life a resident's own case lies in (round twenty).

Five rounds of fresh checks said the cue lists of life_areas.py and its neighbours catch their writer's
words, not a stranger's ("semesterpengarna", "bemanningsföretaget", "särskilt stöd"). This reads the
same property from the whole message instead: a second small model with the intent model's features
and numpy reading (bot/answering/intents.py: `IntentModel`), trained by `trygghetsbot train --areas`
(bot/answering/area_training.py) from knowledge/areas/, one file per area, and a "none" class of
agreements asked about, concerns about places, crimes suffered and danger now, so that it abstains.

It is asked only after the cue lists found no matter (own_matters.matter), and only when the message is
the resident's own and nothing of danger, fear, a crime or a fraud, nor a question about what a kommun
does, is in it (life_areas.trained_kind): those keep their answers."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from bot.answering.intents import IntentModel

AREAS = ("work", "tenancy", "consumer", "insurance", "authority", "family", "school", "none")
MODEL_FILE = "areas.npz"
# The area is taken when it is the reading's strongest (above "none") and holds at least SURE of it.
# Measured with each writer's voice held out whole (area_training.held_out_by_voice): the none class
# takes many of a stranger's own cases, but an area taken over "none" is rarely the wrong one; what is
# kept elsewhere (danger, a crime, a kommun's work) is read before this (life_areas.trained_area).
SURE = 0.3
# Sure enough of an area to name it where a kommun is named (a question about its agreement is then
# likely: "vilken skola i X får drogtester?"), or to name its place where the cue lists found only a
# general legal matter (life_areas.trained_over).
OVERRIDE = 0.6
# Sure enough to name another place than the one the cue lists found (life_areas.trained_over): round
# twenty-one's reading, with none weighed down, is sure of an area also on matters it has no lines for (a
# debt collector's claim, a witness's pay read as "work" at 0.7), where the lists' legal lines are right.
OVER_THE_LISTS = 0.75
# knowledge/helplines.yaml's kind for each area (refusals.py): as life_areas.KINDS, and a school's decision
# about one's child a case of one's own (a legal representative), as a family's.
KINDS = {"work": "work", "tenancy": "tenancy", "consumer": "consumer", "insurance": "case", "authority": "decision",
         "family": "case", "school": "case"}


def bundled_area_model_path() -> Path:
    return Path(str(resources.files("bot.answering") / "model" / MODEL_FILE))


def load_bundled() -> IntentModel | None:
    """The shipped area model; None in a checkout where it was never trained (the cue lists alone then)."""
    path = bundled_area_model_path()
    return IntentModel.load(path) if path.is_file() else None


def strongest(probabilities: dict[str, float]) -> str | None:
    """The area the reading is sure of, or None when it abstains ("none" strongest, or no area sure)."""
    if not probabilities:
        return None
    best = max(probabilities, key=probabilities.__getitem__)
    return None if best == "none" or probabilities[best] < SURE else best
