"""The document as lines and tables (header, rows), shared by the writers, so that the .docx, the
HTML and the .md say the same."""

from __future__ import annotations

from bot.staff.digest.model import Digest, change_text, month_label
from bot.text import count

MAP_CAPTION = ("Karta: platserna med koordinater, numrerade och namngivna som i tabellen ovan; cirkelns yta följer "
               "antalet synpunkter. Ritad utan bakgrundskarta. Kartan visas när minst två platser har koordinater.")
NO_MAP = "Ingen karta: ingen av platserna har koordinater (synpunkterna angav bara en skriven plats)."
NO_MAP_ONE = ("Ingen karta: bara en av platserna har koordinater, och en karta med en enda punkt säger inget som "
              "tabellen inte säger. Kartan visas när minst två platser har koordinater.")


def no_map_line(digest: Digest) -> str:
    """Why the places have no map (a digest without `has_map`)."""
    return NO_MAP if not digest.located else NO_MAP_ONE


Table = tuple[list[str], list[list[str]]]


def summary_lines(digest: Digest) -> list[str]:
    return [f"{digest.name} fick {count(digest.total, 'synpunkt', 'synpunkter')} under perioden {digest.period.label()}, "
            f"mot {digest.previous_total} under perioden före ({change_text(digest.total, digest.previous_total)})."]


def category_table(digest: Digest) -> Table:
    return (["Kategori", "Perioden", "Perioden före", "Förändring"],
            [[c.name, str(c.now), str(c.before), c.change] for c in digest.categories]
            + [["Totalt", str(digest.total), str(digest.previous_total),
                change_text(digest.total, digest.previous_total)]])


def channel_table(digest: Digest) -> Table:
    return (["Kanal", "Perioden", "Perioden före", "Förändring"],
            [[c.name, str(c.now), str(c.before), c.change] for c in digest.channels])


def places_table(digest: Digest) -> Table:
    return (["Plats", "Antal", "Kategorier", "Månader"],
            [[p.label, str(p.count), ", ".join(f"{name} ({n})" for name, n in p.categories),
              ", ".join(month_label(m) for m in p.months)] for p in digest.places])


def focus_table(digest: Digest) -> Table:
    return (["Fokusområde", "Överenskommelse", "Synpunkter", "Vanligaste kategorier"],
            [[f.title, f.agreement, str(f.count), ", ".join(f"{name} ({n})" for name, n in f.categories)]
             for f in digest.focus])


def uncovered_line(digest: Digest) -> str:
    if not digest.total:
        return "Inga synpunkter under perioden."
    categories = ", ".join(f"{name} ({n})" for name, n in digest.uncovered_categories[:5])
    return (f"{digest.uncovered} av {count(digest.total, 'synpunkt', 'synpunkter')} berör inget fokusområde"
            + (f": {categories}." if categories else "."))


def survey_rows(digest: Digest) -> tuple[list[str], Table | None, Table | None]:
    if digest.survey is None:
        return ["Trygghetsmätningen i chatten har inga svar ännu."], None, None
    return digest.survey.lines(), digest.survey.question_table(), digest.survey.trend_table()
