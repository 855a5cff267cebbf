"""The knowledge base's data model: what a loaded municipality entry, its agreements, sources and
people are, and the whole loaded base (`Knowledge`). Reading and checking the YAML files that become
these lives in knowledge_specs.py, knowledge_parse.py and knowledge_files.py; knowledge.py gathers
them under one name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.dates import PartialDate
from bot.text import fold

AGREEMENT_KINDS = {"samverkansoverenskommelse", "medborgarlofte"}
AREA_KINDS = {"focus_area", "other_area", "collaboration_area", "commitment"}
ROLE_KEYS = {"kso", "police_chief", "community_police", "security_chief", "politician",
             "chief_executive", "safety_coordinator", "other"}
GENERAL_KEYS = ("emergency", "report_crime", "feedback", "about", "privacy", "bot_calls", "follow", "survey_once",
                "delete", "unfollow", "not_a_report", "survey_private", "who_sees", "anonymous",
                "human", "if_it_happens", "sources", "mine")
KNOWLEDGE_ENV = "TRYGGHETSBOT_KNOWLEDGE"


# ---------------------------------------------------------------------------------------------
# The loaded model


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    date: PartialDate | None = None
    kind: str = "pressmeddelande"
    seed: str = ""
    url: str = ""
    note: str = ""
    note_en: str = ""
    documents: tuple[str, ...] = ()
    retrieved: PartialDate | None = None  # the day an undated page was read


@dataclass(frozen=True)
class Party:
    name: str
    name_en: str = ""
    note: str = ""
    note_en: str = ""


@dataclass(frozen=True)
class Area:
    """A focus area, another area the agreement covers, a collaboration area or a commitment."""

    id: str
    kind: str
    title: str
    title_en: str
    agreement_id: str
    source_id: str
    text: str = ""
    text_en: str = ""
    measures: tuple[str, ...] = ()
    measures_en: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    quote: str = field(default="", compare=False)  # its source's words, as an agreement's quote (below)


@dataclass(frozen=True)
class Agreement:
    id: str
    kind: str
    source_id: str
    title: str = ""
    title_en: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    signed: PartialDate | None = None
    signed_note: str = ""
    signed_note_en: str = ""
    purpose: str = ""
    purpose_en: str = ""
    basis: str = ""
    basis_en: str = ""
    part_of: str = ""
    areas: tuple[Area, ...] = ()
    source_date: PartialDate | None = None  # its source's date: what "no end date given" is as of
    # Its source's own words for it, which may hold a figure no other sentence has; not compared, as
    # the agreement is the same when only its quote grows (no news to its followers).
    quote: str = field(default="", compare=False)


@dataclass(frozen=True)
class TextItem:
    """A statement about methods or follow-up."""

    text: str
    text_en: str
    source_id: str


@dataclass(frozen=True)
class Contact:
    """Where a resident asks the kommun whether a new agreement has been signed: a page of its own
    (kontaktcenter, its trygghet or brottsförebyggande page), and the role there when the page names
    one ("trygghetssamordnare"). The page's title and address are its source's."""

    source_id: str
    quote: str
    role: str = ""
    role_en: str = ""


@dataclass(frozen=True)
class Renewal:
    """What a source says about the kommun's agreements being renewed ("förnyas årligen"), never
    inferred: shown after an agreement that has ended, with its source."""

    text: str
    text_en: str
    source_id: str
    quote: str


@dataclass(frozen=True)
class Fact:
    id: str
    title: str
    title_en: str
    text: str
    text_en: str
    source_id: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Measurement:
    name: str
    after: float
    source_id: str
    name_en: str = ""
    before: float | None = None
    scale: str = ""
    scale_en: str = ""
    year: int | None = None
    text: str = ""
    text_en: str = ""


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    role: str
    role_en: str
    source_id: str
    role_key: str = "other"
    title: str = ""
    party: str = ""
    organisation: str = ""
    signed: bool = False
    steering_group: bool = False
    phone: str = ""
    quote: str = ""


@dataclass(frozen=True)
class Municipality:
    id: str
    name: str
    police_area: str
    sources: tuple[Source, ...]
    parties: tuple[Party, ...]
    agreements: tuple[Agreement, ...]
    county: str = ""
    localities: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    partners: tuple[Party, ...] = ()
    methods: tuple[TextItem, ...] = ()
    follow_up: tuple[TextItem, ...] = ()
    facts: tuple[Fact, ...] = ()
    measurements: tuple[Measurement, ...] = ()
    people: tuple[Person, ...] = ()
    file: str = ""
    # The day someone last looked for a newer agreement than these, and what they found.
    checked: PartialDate | None = None
    checked_note: str = ""
    contact: Contact | None = None
    renewal: Renewal | None = None
    # The entry's agreements a question's pick left out (agreement_pick.py): still its agreements, so that the
    # one kept is told from them by its title as before ("Lokalpolisområde Nackas medborgarlöften 2022").
    left_out: tuple[Agreement, ...] = field(default=(), compare=False)

    def __hash__(self) -> int:
        # By its id, not by every nested field (tens of µs a hash, and answers hash it to drop
        # repeats): equal entries have equal ids, so equal hashes.
        return hash(self.id)

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)

    @property
    def areas(self) -> tuple[Area, ...]:
        return tuple(area for agreement in self.agreements for area in agreement.areas)


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    definition: str
    definition_en: str
    term_en: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GeneralText:
    text: str
    text_en: str


@dataclass(frozen=True)
class Helpline:
    """A support line shown after 112 or in a help answer; `kinds` are the situations it is for."""

    id: str
    name: str
    phone: str
    kinds: tuple[str, ...]
    text: str
    text_en: str
    url: str
    publisher: str
    title: str
    date: str  # the page's date, or the day the stored page was read when it shows none
    quote: str


@dataclass(frozen=True)
class CountyFigures:
    """The page a county's figures were read from, for the same day as the whole list."""
    county: str
    publisher: str
    title: str
    url: str
    date: str  # the page's own date, or the day the stored page was read when it shows none
    quote: str
    total: int  # the county's population on the list's day, as the page gives it
    note: str = ""


@dataclass(frozen=True)
class PopulationSource:
    """Where kommuner.yaml's population figures come from: one source for the whole list, so that
    the shares `coverage` reports are all counted on the same day."""
    publisher: str
    title: str
    url: str  # the page the figures were read from
    date: PartialDate  # the day the figures count the population on
    quote: str
    note: str = ""
    total: int | None = None  # Sweden's population on that day, as the publisher states it
    counties: tuple[CountyFigures, ...] = ()  # where each county's figures were read, when not from `url`


@dataclass(frozen=True)
class Knowledge:
    municipalities: dict[str, Municipality]
    glossary: tuple[GlossaryTerm, ...]
    general: dict[str, GeneralText]
    all_municipalities: dict[str, str]  # every Swedish municipality name -> county
    ambiguous_names: frozenset[str]
    name_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    path: Path | None = None
    helplines: tuple[Helpline, ...] = ()
    population: dict[str, int] = field(default_factory=dict)  # municipality name -> inhabitants
    population_source: PopulationSource | None = None
    # Municipalities searched for with no published agreement found: county, police area, what was
    # searched and when (`checked`, `checked_note`), and any page that says where to ask. Kept apart
    # so that no answer about an agreement can ever be built from one of them.
    unpublished: dict[str, Municipality] = field(default_factory=dict)
    # A digest of the text the base was read from (its files and the console's edits, knowledge_files.load):
    # what the indexes derived from it are kept under between processes (derived_cache.py); "" when the
    # base was built in code, which keeps no index.
    fingerprint: str = field(default="", compare=False, repr=False)

    def searched(self, name: str) -> Municipality | None:
        """The record of a search for `name`'s agreement that found none, if there is one."""
        key = fold(name)
        return next((m for m in self.unpublished.values() if fold(m.name) == key), None)

    def helplines_for(self, kind: str) -> list[Helpline]:
        return [line for line in self.helplines if kind in line.kinds]
