"""The YAML knowledge base: one name for what the rest of the bot uses of it.

Its parts, each with one job:
    knowledge_model.py   the loaded model (Municipality, Agreement, Knowledge, …)
    knowledge_specs.py   the field specs and the checker that holds a mapping to them
    knowledge_parse.py   building the model from one file's YAML (a municipality, kommuner, helplines)
    knowledge_files.py   reading a knowledge directory: load, validate, KnowledgeWatcher

Every problem found is collected (not just the first), each with file, line, entry and field, so that
staff editing the files can fix them in one go.
"""

from __future__ import annotations

from bot.answering.knowledge_files import KnowledgeWatcher, bundled_path, default_path, load, validate
from bot.answering.knowledge_model import (AGREEMENT_KINDS, AREA_KINDS, GENERAL_KEYS, KNOWLEDGE_ENV, ROLE_KEYS,
                                           Agreement, Area, Contact, Fact, GeneralText, GlossaryTerm, Helpline, Knowledge,
                                           Measurement, Municipality, Party, Person, PopulationSource, Renewal,
                                           Source, TextItem)
from bot.answering.knowledge_specs import (AGREEMENT, AREA, CONTACT, FACT, GENERAL_TEXT, GLOSSARY_TERM, HELPLINE,
                                           HELPLINE_KINDS, HELPLINE_SOURCE, KOMMUNER_KEYS, MEASUREMENT,
                                           MUNICIPALITY, PARTY, PERSON, POPULATION_SOURCE, RENEWAL, SOURCE, TEXT_ITEM,
                                           Spec)

__all__ = [
    "AGREEMENT", "AGREEMENT_KINDS", "AREA", "AREA_KINDS", "CONTACT", "FACT", "GENERAL_KEYS", "GENERAL_TEXT", "GLOSSARY_TERM",
    "HELPLINE", "HELPLINE_KINDS", "HELPLINE_SOURCE", "KNOWLEDGE_ENV", "KOMMUNER_KEYS", "MEASUREMENT",
    "MUNICIPALITY", "PARTY", "PERSON", "POPULATION_SOURCE", "RENEWAL", "ROLE_KEYS", "SOURCE", "TEXT_ITEM",
    "Agreement", "Area", "Contact", "Fact", "GeneralText", "GlossaryTerm", "Helpline", "Knowledge", "KnowledgeWatcher",
    "Measurement", "Municipality", "Party", "Person", "PopulationSource", "Renewal", "Source", "Spec",
    "TextItem",
    "bundled_path", "default_path", "load", "validate",
]
