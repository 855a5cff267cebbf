"""A municipality's concerns in short for staff: a text summary, and a chart per category and month
to paste into a lägesbild (Telegram's /statistik, the console's overview, `trygghetsbot report`)."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from bot.staff.export import month_label
from bot.storage import Concern
from bot.text import count


# -- the summary -----------------------------------------------------------------------------------


def summary_text(concerns: Sequence[Concern], municipality_name: str,
                 unanswered: Sequence[tuple[str, int, str | None, str]]) -> str:
    """A short text summary: totals, the commonest categories, the commonest unanswered questions."""
    if not concerns:
        lines = [f"Inga synpunkter för {municipality_name} ännu."]
    else:
        open_count = sum(c.status == "open" for c in concerns)
        first, last = concerns[0].requested_datetime[:10], concerns[-1].requested_datetime[:10]
        lines = [f"{len(concerns)} synpunkt(er) för {municipality_name} ({first} – {last}), "
                 f"{open_count} öppna och {len(concerns) - open_count} avslutade."]
        lines.append("Vanligaste kategorierna:")
        for name, count in Counter(c.service_name for c in concerns).most_common(5):
            lines.append(f"• {name}: {count}")
    if unanswered:
        lines.append("Vanligaste obesvarade frågorna:")
        lines.extend(f"• {text} ({count})" for text, count, _, _ in unanswered[:5])
    return "\n".join(lines)


CHART_CAPTION_SOURCE = "Källa: synpunkter från invånare via Trygghetsboten"


def write_chart(concerns: Sequence[Concern], municipality_name: str, target: Path | io.BytesIO,
                fmt: str = "png") -> None:
    """Concerns per category and per month, ready to paste into a lägesbild (see write_chart_counts)."""
    counts = Counter((c.requested_datetime[:7], c.service_name) for c in concerns)
    write_chart_counts([(month, name, n) for (month, name), n in counts.items()], municipality_name, target, fmt,
                       caption=chart_caption(concerns, municipality_name))


def write_chart_counts(counts: Sequence[tuple[str, str, int]], municipality_name: str,
                       target: Path | io.BytesIO, fmt: str = "png", period: str = "", caption: str = "") -> None:
    """The chart from (YYYY-MM, category, count) rows: whole-number axes, Swedish month names, a
    caption with municipality, period, count and source, readable at the width of an A4 page and in
    greyscale (dark bars, the month bars hatched). PNG or SVG; the SVG keeps its text as text."""
    import matplotlib  # noqa: PLC0415 - heavy import, only for reports

    matplotlib.use("Agg")
    from matplotlib import pyplot  # noqa: PLC0415
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415

    by_category: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for month, name, n in counts:
        by_category[name] += n
        months[month] += n
    total = sum(months.values())
    categories = by_category.most_common(10)
    month_keys = sorted(months)
    if not caption:
        shown = period or (f"{month_label(month_keys[0])} – {month_label(month_keys[-1])}" if month_keys else "")
        caption = (f"{municipality_name}, {shown + ', ' if shown else ''}{count(total, 'synpunkt', 'synpunkter')}. "
                   f"{CHART_CAPTION_SOURCE}." if total else f"{municipality_name}, inga synpunkter. "
                   f"{CHART_CAPTION_SOURCE}.")
    with matplotlib.rc_context({"svg.fonttype": "none", "font.size": 10, "axes.titlesize": 11}):
        figure, (left, right) = pyplot.subplots(1, 2, figsize=(8.3, 4.8), dpi=200,
                                                gridspec_kw={"width_ratios": (1.25, 1)})
        try:
            figure.suptitle(f"Synpunkter från invånare – {municipality_name}", fontweight="bold")
            if categories:
                labels = [name if len(name) <= 32 else name[:30] + "…" for name, _ in categories][::-1]
                left.barh(labels, [count for _, count in categories][::-1], color="#1f3b73")
            left.set_title("Per kategori")
            left.set_xlabel("Antal synpunkter")
            left.xaxis.set_major_locator(MaxNLocator(integer=True))
            right.bar([month_label(m) for m in month_keys], [months[m] for m in month_keys], color="#5b5b5b",
                      hatch="//", edgecolor="#1a1a1a")
            right.set_title("Per månad")
            right.set_ylabel("Antal synpunkter")
            right.yaxis.set_major_locator(MaxNLocator(integer=True))
            right.tick_params(axis="x", labelrotation=45)
            if not total:
                for axis in (left, right):
                    axis.text(0.5, 0.5, "Inga synpunkter ännu", ha="center", va="center", transform=axis.transAxes)
            figure.text(0.01, 0.01, caption, fontsize=8, ha="left", va="bottom")
            figure.tight_layout(rect=(0, 0.06, 1, 1))
            figure.savefig(target, format=fmt)
        finally:
            pyplot.close(figure)


def chart_caption(concerns: Sequence[Concern], municipality_name: str) -> str:
    """Municipality, period, count and source, so the picture can be pasted as it is."""
    if concerns:
        period = f"{concerns[0].requested_datetime[:10]} – {concerns[-1].requested_datetime[:10]}"
        return f"{municipality_name}, {period}, {count(len(concerns), 'synpunkt', 'synpunkter')}. {CHART_CAPTION_SOURCE}."
    return f"{municipality_name}, inga synpunkter. {CHART_CAPTION_SOURCE}."
