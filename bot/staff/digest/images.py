"""The digest's chart (concerns per category, the period against the one before) and its map of the
places with coordinates, drawn with matplotlib as PNG."""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.text import count

if TYPE_CHECKING:
    from bot.staff.digest.model import Digest


def figure_png(size: tuple[float, float], bottom: float, draw: Callable[[Any, Any], None]) -> bytes:
    """A matplotlib figure drawn by `draw(figure, axis)`, as PNG at print resolution."""
    import matplotlib  # noqa: PLC0415 - heavy import, only for reports

    matplotlib.use("Agg")
    from matplotlib import pyplot  # noqa: PLC0415

    with matplotlib.rc_context({"font.size": 9}):
        figure, axis = pyplot.subplots(figsize=size, dpi=150)
        try:
            draw(figure, axis)
            figure.tight_layout(rect=(0, bottom, 1, 1))
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png")
        finally:
            pyplot.close(figure)
    return buffer.getvalue()


def chart_png(digest: Digest) -> bytes:
    """Concerns per category, this period against the one before: dark and hatched bars, readable
    in greyscale at the width of an A4 page, with a caption naming municipality, period and source."""
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415 - heavy import, only for reports

    rows = digest.categories[:8][::-1]
    labels = [r.name if len(r.name) <= 34 else r.name[:32] + "…" for r in rows]

    def draw(figure: Any, axis: Any) -> None:
        positions = range(len(rows))
        axis.barh([p + 0.2 for p in positions], [r.now for r in rows], height=0.4, color="#1f3b73",
                  label=f"{digest.period.since} – {digest.period.until}")
        axis.barh([p - 0.2 for p in positions], [r.before for r in rows], height=0.4, color="#d9d9d9",
                  hatch="//", edgecolor="#404040", label=f"{digest.previous.since} – {digest.previous.until}")
        axis.set_yticks(list(positions), labels)
        axis.xaxis.set_major_locator(MaxNLocator(integer=True))
        axis.set_xlabel("Antal synpunkter")
        axis.set_title(f"Synpunkter per kategori – {digest.name}", fontweight="bold")
        axis.legend(loc="lower right", frameon=False)
        if not rows:
            axis.text(0.5, 0.5, "Inga synpunkter", ha="center", va="center", transform=axis.transAxes)
        figure.text(0.01, 0.01, f"{digest.name}, {digest.period.label()}: {count(digest.total, 'synpunkt', 'synpunkter')} "
                    f"({digest.previous_total} perioden före). Källa: Trygghetsboten.", fontsize=7)

    return figure_png((7.5, 0.45 * max(len(rows), 3) + 1.6), 0.05, draw)


def map_png(digest: Digest) -> bytes:
    """The located places as circles on a plain grid, numbered as in the table, with a scale bar: no
    map tiles, so the file is drawn without the network and holds nothing but the digest's own data.
    Longitude is scaled by cos(latitude), so that distances look as they are."""
    located = digest.located
    lats = [p.lat for _, p in located if p.lat is not None]
    longs = [p.long for _, p in located if p.long is not None]
    middle = sum(lats) / len(lats)
    # Metres east and north of the first place: a flat projection is exact enough within a kommun.
    x = [(long - longs[0]) * 111_320.0 * math.cos(math.radians(middle)) for long in longs]
    y = [(lat - lats[0]) * 111_320.0 for lat in lats]
    span = max(max(x) - min(x), max(y) - min(y), 400.0)
    largest = max(p.count for _, p in located)

    def draw(figure: Any, axis: Any) -> None:
        sizes = [120 + 900 * p.count / largest for _, p in located]
        # The grid under the circles, so that no line crosses a row's number.
        axis.set_axisbelow(True)
        axis.scatter(x, y, s=sizes, color="#1f3b73", alpha=0.7, edgecolor="#0b1a33")
        for (number, _), px, py in zip(located, x, y):
            axis.annotate(str(number), (px, py), ha="center", va="center", color="white", fontweight="bold")
        centre_x, centre_y = (max(x) + min(x)) / 2, (max(y) + min(y)) / 2
        # Each circle's name beside it, towards the middle, so the map reads without the table.
        for (_, place), px, py, size in zip(located, x, y, sizes):
            side = -1 if px > centre_x else 1
            axis.annotate(_short(place.name or place.label), (px, py), xytext=(side * (math.sqrt(size) / 2 + 3), 0),
                          textcoords="offset points", ha="left" if side > 0 else "right", va="center", fontsize=8,
                          color="#111111", bbox={"boxstyle": "round,pad=0.15", "facecolor": "white",
                                                 "edgecolor": "none", "alpha": 0.8})
        half = span * 0.65
        axis.set_xlim(centre_x - half, centre_x + half)
        axis.set_ylim(centre_y - half, centre_y + half)
        axis.set_aspect("equal")
        axis.grid(True, color="#dddddd")
        axis.set_xticklabels([])
        axis.set_yticklabels([])
        bar = _scale_length(span)
        left, bottom = centre_x - half * 0.9, centre_y - half * 0.9
        axis.plot([left, left + bar], [bottom, bottom], color="black", linewidth=2)
        axis.text(left + bar / 2, bottom + half * 0.03, f"{bar:,.0f} m".replace(",", " "), ha="center")
        axis.set_title(f"Platser med flera synpunkter – {digest.name}", fontweight="bold")
        figure.text(0.01, 0.01, f"{digest.period.label()}. Norr uppåt. Källa: Trygghetsboten.", fontsize=7)

    return figure_png((6.5, 6.5), 0.03, draw)


def _short(name: str, most: int = 28) -> str:
    return name if len(name) <= most else name[:most - 1].rstrip() + "…"


def _scale_length(span: float) -> float:
    """A round length about a quarter of the view: 100, 200, 500, 1 000 … metres."""
    target = span / 4
    return max((step for step in (50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000) if step <= target),
               default=50)
