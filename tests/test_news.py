"""The change event of a kommun's entry (issue #34, item 4): which agreements are new or changed,
with their source, between two loads of the knowledge base; and a reload reports them."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from bot.answering.knowledge import Knowledge
from bot.concerns.news import agreement_changes, changes
from bot.settings import Settings
from handlers.services import Services


def test_an_unchanged_entry_has_no_news(seeded_knowledge: Knowledge) -> None:
    assert changes(seeded_knowledge, seeded_knowledge) == []


def test_new_and_changed_agreements_are_told_with_their_source(seeded_knowledge: Knowledge) -> None:
    entry = next(m for m in seeded_knowledge.municipalities.values() if len(m.agreements) >= 1)
    first = entry.agreements[0]
    edited = dataclasses.replace(first, purpose=first.purpose + " Nu även kvällstid.")
    added = dataclasses.replace(first, id=first.id + "-2027", title="Ny överenskommelse 2027")
    newer = dataclasses.replace(entry, agreements=(edited, *entry.agreements[1:], added))
    found = agreement_changes(entry, newer)
    assert [(c.agreement.id, c.kind) for c in found] == [(first.id, "changed"), (added.id, "new")]
    assert all(c.source is not None and c.source.id == first.source_id and c.municipality == entry.id for c in found)
    # A new date on the cited source is news too; a kommun not there before has only new agreements.
    source = entry.source(first.source_id)
    redated = dataclasses.replace(entry, sources=tuple(dataclasses.replace(s, url=s.url + "?v=2") if s == source else s
                                                       for s in entry.sources))
    assert {c.kind for c in agreement_changes(entry, redated)} == {"changed"}
    assert [c.kind for c in agreement_changes(None, entry)] == ["new"] * len(entry.agreements)


def test_a_reload_reports_the_changed_file(tmp_path: Path) -> None:
    import asyncio  # noqa: PLC0415
    from bot.answering.knowledge import bundled_path  # noqa: PLC0415

    copy = tmp_path / "knowledge"
    shutil.copytree(bundled_path(), copy)
    vaxjo = copy / "municipalities" / "vaxjo.yaml"
    assert vaxjo.is_file()

    async def reload() -> list[str]:
        services = Services()
        await services.open(Settings(data_dir=tmp_path / "data", knowledge_dir=copy))
        try:
            text = vaxjo.read_text(encoding="utf-8")
            line = "    title: Samverkansöverenskommelse för minskad brottslighet och ökad trygghet\n"
            assert line in text
            vaxjo.write_text(text.replace(line, line.replace("title: ", "title: Reviderad ")), encoding="utf-8")
            assert services.reload() == []
            return [f"{c.municipality}:{c.kind}" for c in services.agreement_news]
        finally:
            await services.close()

    assert "vaxjo:changed" in asyncio.run(reload())
