"""Platser: concerns within about 150 m of each other, or with the same typed place after
normalising, counted as one place."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from bot.answering.knowledge import Municipality
from bot.staff.digest.model import CLUSTER_METRES, TOP_PLACES, Place
from bot.storage import Concern
from bot.text import fold

_PLACE_NOISE = re.compile(r"[^\w\s]|_")


def place_key(typed: str, municipality: Municipality) -> str:
    """A typed place normalised: case, accents and punctuation gone, and the municipality's or a
    locality's name dropped ("Stortorget i Sölvesborg" and "stortorget" are one place). A place that
    is only a locality keeps its name ("Mjällby"); one that is only the municipality's has none."""
    words = _PLACE_NOISE.sub(" ", fold(typed)).split()
    own = {fold(municipality.name), *(fold(n) for n in municipality.aliases)}
    names = own | {fold(n) for n in municipality.localities}
    kept: list[str] = []
    localities: list[str] = []
    for word in words:
        if word in names or word in ("kommun", "centrum") and kept:
            if kept and kept[-1] in ("i", "vid", "pa"):
                kept.pop()
            if word not in own and word in names:
                localities.append(word)
            continue
        kept.append(word)
    return " ".join(kept or localities)


class _Cluster:
    __slots__ = ("lat", "long", "count", "categories", "months", "names", "written")

    def __init__(self, lat: float, long: float) -> None:
        self.lat, self.long = lat, long
        self.count = 0
        self.categories: Counter[str] = Counter()
        self.months: set[str] = set()
        self.names: Counter[str] = Counter()
        self.written: dict[str, str] = {}

    def add(self, concern: Concern, key: str, written: str = "") -> None:
        self.count += 1
        self.categories[concern.service_name] += 1
        self.months.add(concern.requested_datetime[:7])
        if key:
            self.names[key] += 1
            self.written.setdefault(key, written or (concern.address_string or "").strip())

    def merge(self, other: _Cluster) -> None:
        self.count += other.count
        self.categories.update(other.categories)
        self.months |= other.months
        self.names.update(other.names)
        for key, text in other.written.items():
            self.written.setdefault(key, text)


class PlaceClusters:
    """Concerns within about `metres` of a cluster's first concern join it (a grid of cells that
    size, each looked up with its eight neighbours); concerns with only a typed place group by its
    normalised name, and join the located cluster that most often bears that name.

    A place is named by what residents typed; a concern pinned on the map without a typed place is
    named by the first of the municipality's `localities` (and districts) its description names
    ("… i parken i Mjällby"). A place with neither is left out: coordinates are no name."""

    def __init__(self, municipality: Municipality, metres: float = CLUSTER_METRES,
                 localities: Sequence[str] = ()) -> None:
        self.municipality = municipality
        known = {fold(name): name for name in (*municipality.localities, *localities) if len(name) >= 3}
        self._localities = known
        longest_first = "|".join(re.escape(k) for k in sorted(known, key=len, reverse=True))
        self._mentioned = re.compile(rf"\b(?:{longest_first})\b") if known else None
        self.metres = metres
        self.step_lat = metres / 111_320.0
        self.cells: dict[tuple[int, int], list[_Cluster]] = {}
        self.located: list[_Cluster] = []
        self.named: dict[str, _Cluster] = {}
        self._keys: dict[str, str] = {}

    def _key(self, typed: str | None) -> str:
        if not typed:
            return ""
        key = self._keys.get(typed)
        if key is None:
            key = self._keys[typed] = place_key(typed, self.municipality)
        return key

    def add(self, concern: Concern) -> None:
        key = self._key(concern.address_string)
        if concern.lat is None or concern.long is None:
            if key:
                cluster = self.named.get(key)
                if cluster is None:
                    cluster = self.named[key] = _Cluster(math.nan, math.nan)
                cluster.add(concern, key)
            return
        written = ""
        if not key and self._mentioned is not None:
            mentioned = self._mentioned.search(fold(concern.description))
            if mentioned:
                written = self._localities[mentioned.group(0)]
                key = self._key(written)
        lat, long = float(concern.lat), float(concern.long)
        step_long = self.step_lat / max(math.cos(math.radians(lat)), 0.01)
        row, column = int(math.floor(lat / self.step_lat)), int(math.floor(long / step_long))
        found = None
        best = self.metres
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                for cluster in self.cells.get((row + dr, column + dc), ()):
                    distance = _metres(lat, long, cluster.lat, cluster.long)
                    if distance <= best:
                        found, best = cluster, distance
        if found is None:
            found = _Cluster(lat, long)
            self.cells.setdefault((row, column), []).append(found)
            self.located.append(found)
        found.add(concern, key, written)

    def places(self, top: int = TOP_PLACES) -> list[Place]:
        """The largest named places with at least two concerns."""
        by_name: dict[str, _Cluster] = {}
        for cluster in self.located:
            if cluster.names:
                by_name.setdefault(cluster.names.most_common(1)[0][0], cluster)
        groups = list(self.located)
        for key, named in self.named.items():
            if key in by_name:
                by_name[key].merge(named)
            else:
                groups.append(named)
        ranked = sorted((c for c in groups if c.count >= 2 and c.names),
                        key=lambda c: (-c.count, c.names.most_common(1)[0][0]))
        return [Place(self._label(c), c.count, c.categories.most_common(), sorted(c.months),
                      not math.isnan(c.lat), None if math.isnan(c.lat) else c.lat,
                      None if math.isnan(c.long) else c.long, self._name(c)) for c in ranked[:top]]

    def _name(self, cluster: _Cluster) -> str:
        key = cluster.names.most_common(1)[0][0]
        return cluster.written.get(key) or key

    def _label(self, cluster: _Cluster) -> str:
        name = self._name(cluster)
        return name if math.isnan(cluster.lat) else f"{name} (inom {self.metres:.0f} m)"


def _metres(lat1: float, long1: float, lat2: float, long2: float) -> float:
    """Distance on a plane: exact enough at 150 m."""
    dy = (lat2 - lat1) * 111_320.0
    dx = (long2 - long1) * 111_320.0 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)
