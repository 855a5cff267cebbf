"""The figures of a digest, gathered in one pass over the concerns: counts by category, channel and
month, places, themes and focus areas (`DigestBuilder`), the period before's counts
(`DigestCounts`), and the digest assembled with its notes (Om underlaget)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.answering.knowledge import Municipality
from bot.concerns.survey_figures import SurveyReport
from bot.staff.digest.focus import area_terms, current_areas
from bot.staff.digest.model import (CHANNEL_NAMES, CLUSTER_METRES, MAP_MIN_PLACES, TOP_PLACES, Change, Digest,
                                    FocusRow, Period, Theme)
from bot.staff.digest.places import PlaceClusters
from bot.staff.digest.themes import ThemeCounter, alternation, group_unanswered
from bot.storage import Concern
from bot.text import count, fold


class DigestBuilder:
    """Collects one period's concerns chunk by chunk; `digest()` gives the document's content."""

    def __init__(self, municipality: Municipality, period: Period, place_names: Sequence[str] = (),
                 localities: Sequence[str] = ()) -> None:
        """`place_names`: every kommun, locality and district name the knowledge base knows (never a
        theme); `localities`: this kommun's localities and districts (to name a place pinned on the map
        without a typed name, when its concerns name one)."""
        self.municipality = municipality
        self.period = period
        self.total = 0
        self.categories: Counter[str] = Counter()
        self.channels: Counter[str] = Counter()
        self.months: Counter[str] = Counter()
        self.clusters = PlaceClusters(municipality, localities=localities)
        self.words = ThemeCounter()
        self.place_names = tuple(place_names)
        self.areas, self.agreement_note = current_areas(municipality, period)
        self._term_areas: dict[str, set[int]] = {}
        for index, (area, _) in enumerate(self.areas):
            for term in area_terms(area):
                self._term_areas.setdefault(term, set()).add(index)
        self._areas_re = re.compile(rf"\b(?:{alternation(self._term_areas)})") if self._term_areas else None
        self._area_codes = {f"fokus-{area.id}": index for index, (area, _) in enumerate(self.areas)}
        self.area_counts: Counter[int] = Counter()
        self.area_categories: dict[int, Counter[str]] = {i: Counter() for i in range(len(self.areas))}
        self.uncovered = 0
        self.uncovered_categories: Counter[str] = Counter()

    def add(self, concerns: Sequence[Concern]) -> None:
        areas_re = self._areas_re
        term_areas, area_codes = self._term_areas, self._area_codes
        for concern in concerns:
            self.total += 1
            name = concern.service_name
            self.categories[name] += 1
            self.channels[concern.channel] += 1
            self.months[concern.requested_datetime[:7]] += 1
            self.clusters.add(concern)
            description = concern.description
            folded = fold(description)
            self.words.add(description, concern.address_string)
            touched: set[int] = set()
            code = area_codes.get(concern.service_code)
            if code is not None:
                touched.add(code)
            if areas_re is not None:
                text = folded + " " + fold(name)
                for term in areas_re.findall(text):
                    touched |= term_areas[term]
            if touched:
                for index in touched:
                    self.area_counts[index] += 1
                    self.area_categories[index][name] += 1
            else:
                self.uncovered += 1
                self.uncovered_categories[name] += 1

    def theme_list(self) -> list[Theme]:
        return self.words.themes(self.place_names)

    def focus_rows(self) -> list[FocusRow]:
        return [FocusRow(area.title, label, self.area_counts[index], self.area_categories[index].most_common(3))
                for index, (area, label) in enumerate(self.areas)]


def _changes(now: Counter[str], before: Counter[str], names: dict[str, str] | None = None) -> list[Change]:
    keys = sorted(set(now) | set(before), key=lambda k: (-now[k], -before[k], fold(k)))
    return [Change((names or {}).get(k, k), now[k], before[k]) for k in keys]


def assemble(builder: DigestBuilder, before: DigestCounts, made: dt.datetime,
             unanswered: Sequence[tuple[str, int, str | None, str]], survey: SurveyReport | None) -> Digest:
    municipality = builder.municipality
    digest = Digest(
        municipality.id, municipality.name, builder.period, builder.period.previous(), made, builder.total,
        before.total, _changes(builder.categories, before.categories),
        _changes(builder.channels, before.channels, CHANNEL_NAMES), sorted(builder.months.items()),
        builder.clusters.places(), builder.theme_list(), builder.focus_rows(), builder.agreement_note,
        builder.uncovered, builder.uncovered_categories.most_common(), group_unanswered(unanswered), survey)
    digest.agreement = bool(municipality.agreements)
    digest.notes = about(digest)
    return digest


@dataclass
class DigestCounts:
    """The period before: only its counts are compared."""

    total: int = 0
    categories: Counter[str] = field(default_factory=Counter)
    channels: Counter[str] = field(default_factory=Counter)

    def add(self, concerns: Sequence[Concern]) -> None:
        self.total += len(concerns)
        self.categories.update(c.service_name for c in concerns)
        self.channels.update(c.channel for c in concerns)


_WORDS = ("noll", "en", "två", "tre", "fyra", "fem")  # a small number in a sentence is written out


def about(digest: Digest) -> list[str]:
    """Om underlaget: sources, period, masking, counts, and what was left out and why."""
    notes = [
        f"Period: {digest.period.label()}, jämförd med {digest.previous.label()}.",
        f"Källa: {count(digest.total, 'synpunkt', 'synpunkter')} som invånare lämnat via Trygghetsboten (Telegram, webbchatten och "
        "terminalen). Synpunkterna är inte polisanmälningar och inte ett statistiskt urval: de visar vad de som "
        "skrev tog upp.",
        "Maskering: personnummer, telefonnummer, e-postadresser och registreringsnummer i fritext ersattes med "
        "[personnummer], [telefon], [e-post] och [regnr] innan de sparades; citaten är som de sparades. "
        "Kontaktuppgifter och invånarnas identiteter ingår inte.",
        f"Platser: synpunkter inom cirka {CLUSTER_METRES:.0f} m från varandra, eller med samma skrivna plats "
        "(skiftläge, accenter, skiljetecken och kommunens och tätorternas namn borttagna), räknas som en plats; "
        f"de {TOP_PLACES} största med minst två synpunkter visas. En plats heter det som invånarna skrev; en plats "
        "som bara har koordinater heter som den tätort eller stadsdel synpunkterna nämner, och utan ett sådant "
        f"namn visas den inte. Kartan visas när minst {_WORDS[MAP_MIN_PLACES]} av platserna har koordinater.",
        "Teman: ord som återkommer i invånarnas egna beskrivningar, med sina böjningsformer (till exempel ungdom, "
        "ungdomar och ungdomarna), räknade en gång per synpunkt. Ett ord om ett vanligt ämne (som mörker, "
        "narkotika eller fortkörning) blir ett tema när det finns i minst två synpunkter, andra ord när de finns i "
        "minst tre (och i minst en av 200 synpunkter). Platsnamn och vanliga småord blir inga teman. Varje citat "
        "innehåller temats ord och står under ett enda tema.",
        "Överenskommelsen: en synpunkt berör ett fokusområde när invånaren valde det som kategori, eller när "
        "beskrivningen eller kategorin innehåller områdets nyckelord eller ord ur dess rubrik." if digest.agreement
        else "Överenskommelsen: kunskapsbasen har ingen överenskommelse mellan kommunen och polisen, så det "
        "avsnittet saknas.",
        "Frågor utan svar: frågor som boten inte kunde besvara, maskerade och utan koppling till någon "
        "invånare, grupperade efter tema.",
    ]
    if digest.survey is not None:
        notes.append(digest.survey.about())
    left_out = [f"synpunkter utan plats, med en plats som bara nämns en gång eller med bara koordinater och inget "
                f"platsnamn räknas inte under Platser ({digest.total - sum(p.count for p in digest.places)} av "
                f"{digest.total})"]
    located = len(digest.located)
    if not digest.has_map:
        left_out.append("ingen kartbild, eftersom " + ("ingen plats" if not located else "bara en plats")
                        + " har koordinater")
    else:
        left_out.append(f"kartan visar bara de {located} platser som har koordinater, utan bakgrundskarta; "
                        "synpunkterna en och en finns i personalkonsolen under Karta")
    notes.append("Utelämnat: " + "; ".join(left_out) + ".")
    notes.append(f"Sammanställd {digest.made.strftime('%Y-%m-%d %H:%M')} av Trygghetsboten.")
    return notes
