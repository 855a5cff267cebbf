"""The knowledge base's commands: `validate`, `train`, `coverage`, `new-municipality`, `knowledge`."""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot import files
from bot.answering.knowledge import default_path, load, validate
from bot.errors import TrygghetsbotError
from bot.staff import entry_editor
from bot.staff.coverage import coverage, population_coverage, skeleton
from bot.staff.coverage import table as coverage_table
from bot.staff.stale import stale
from bot.staff.stale import table as stale_table
from bot.storage import open_store
from bot.text import fold

if TYPE_CHECKING:  # the model's module is imported where a command trains, not when the CLI starts
    from bot.answering.intents import IntentModel


def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.directory) if args.directory else (Path(args.knowledge) if args.knowledge else default_path())
    problems = validate(path)
    if problems:
        for problem in problems:
            out.write(f"{problem}\n")
        out.write(f"{len(problems)} problem(s) found in {path}\n")
        return 1
    knowledge = load(path)
    searched = f" (and {len(knowledge.unpublished)} searched, no agreement found)" if knowledge.unpublished else ""
    out.write(f"OK: {len(knowledge.municipalities)} municipalities{searched}, {len(knowledge.glossary)} glossary "
              f"terms in {path}\n")
    return 0


def cmd_train(args: argparse.Namespace, out: TextIO) -> int:
    """Fit the message reading model from knowledge/messages/ and write it into the package."""
    try:
        from bot.answering import training
    except ImportError as exc:  # scikit-learn is the [train] extra, not a dependency of the bot
        raise TrygghetsbotError("training needs scikit-learn: pip install -e '.[train]'") from exc
    from bot.answering import holdout
    from bot.answering.intents import bundled_model_path

    knowledge_dir = Path(args.knowledge) if getattr(args, "knowledge", None) else default_path()
    if getattr(args, "areas", False):
        return _train_areas(args, knowledge_dir, out)
    folder = Path(args.messages) if args.messages else training.messages_dir(knowledge_dir)
    examples = training.load_examples(folder)
    target = Path(args.output) if args.output else bundled_model_path()
    failed = False
    if args.hold_out:
        held_out = holdout.held_out_messages(Path(p) for p in args.hold_out)
        engine = build_engine(str(knowledge_dir))
        copies = holdout.near_copies(examples, held_out, holdout.reading_masker(engine.read))
        if copies and args.check:
            for copy in copies:
                out.write(f"{copy.example.file}: {copy.score:.0f} to a held-out message\n")
            out.write(f"{len(copies)} training line(s) within {holdout.NEAR} of a held-out message\n")
            failed = True
        elif copies:
            removed = holdout.remove(folder, copies)
            out.write(f"removed {removed} training line(s) within {holdout.NEAR} of a held-out message\n")
            examples = training.load_examples(folder)
    try:
        model = training.train(examples)
    except ImportError as exc:
        raise TrygghetsbotError("training needs scikit-learn: pip install -e '.[train]'") from exc
    if args.check:
        return _checked(target, model, folder, f"{len(examples)} examples", "trygghetsbot train", out) or int(failed)
    model.save(target)
    out.write(json.dumps({"written": str(target), **training.summary(model, examples)}, ensure_ascii=False) + "\n")
    return 0


def _checked(target: Path, model: IntentModel, folder: Path, lines: str, command: str, out: TextIO) -> int:
    """--check: 0 when the shipped model at `target` has the weights `model` has (retrained just now), else 1."""
    from bot.answering import training
    from bot.answering.intents import IntentModel

    shipped = IntentModel.load(target) if target.is_file() else None
    found = ["there is none"] if shipped is None else training.differences(shipped, model)
    if found:
        out.write(f"{target} is not the model {folder} trains ({'; '.join(found)}): run {command}\n")
        return 1
    out.write(f"OK: {target} is the model {lines} in {folder} train\n")
    return 0


def _train_areas(args: argparse.Namespace, knowledge_dir: Path, out: TextIO) -> int:
    """Fit the area-of-life reading from knowledge/areas/ (and the none class's lines borrowed from the
    messages), or with --check retrain and compare it with the shipped one."""
    from bot.answering import area_training, training
    from bot.answering.area_model import AREAS, bundled_area_model_path

    folder = area_training.areas_dir(knowledge_dir)
    messages = Path(args.messages) if args.messages else training.messages_dir(knowledge_dir)
    examples = area_training.load_examples(folder, messages)
    model = area_training.train(examples)
    target = Path(args.output) if args.output else bundled_area_model_path()
    if args.check:
        return _checked(target, model, folder, f"{len(examples)} lines", "trygghetsbot train --areas", out)
    model.save(target)
    out.write(json.dumps({"written": str(target), **training.summary(model, examples, AREAS)}, ensure_ascii=False) + "\n")
    return 0


def cmd_coverage(args: argparse.Namespace, out: TextIO) -> int:
    knowledge = load(Path(args.knowledge) if args.knowledge else None)
    today = pinned_today()
    if args.stale:
        late = stale(knowledge, today)
        out.write(json.dumps([row.to_dict() for row in late], ensure_ascii=False, indent=2) + "\n" if args.json
                  else stale_table(late) + "\n")
        return 0
    rows = coverage(knowledge, today)
    shares = population_coverage(knowledge, today)
    if args.json:
        report = {"municipalities": [row.to_dict() for row in rows], "population": shares.to_dict()}
        out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(coverage_table(rows, len(rows), len(knowledge.all_municipalities), shares) + "\n")
    return 0


def cmd_new_municipality(args: argparse.Namespace, out: TextIO) -> int:
    folder = (Path(args.knowledge) if args.knowledge else default_path()) / "municipalities"
    wanted = fold(" ".join(args.name))
    municipality_id = "".join(c if c.isalnum() else "-" for c in wanted).strip("-")
    target = folder / f"{municipality_id}.yaml"
    if target.exists():  # checked first: a skeleton still being filled in does not validate yet
        raise TrygghetsbotError(f"{' '.join(args.name)} already has a file: {target}")
    knowledge = load(folder.parent)
    name = next((n for n in knowledge.all_municipalities if fold(n) == wanted), None)
    if name is None:
        raise TrygghetsbotError(f"{' '.join(args.name)!r} is not one of Sweden's 290 municipalities (knowledge/kommuner.yaml)")
    if municipality_id in knowledge.municipalities:
        raise TrygghetsbotError(f"{name} is already in the knowledge base")
    with files.replaced_atomically(target) as partial:
        partial.write_text(skeleton(municipality_id, name, knowledge.all_municipalities[name]), encoding="utf-8")
    out.write(f"Wrote {target}. Fill in every TODO from the published agreement, then run trygghetsbot validate.\n")
    return 0


def cmd_knowledge(args: argparse.Namespace, out: TextIO) -> int:
    """`knowledge export -o DIR`: the entries staff published in the console, as knowledge files."""
    settings = load_settings(args)
    target = Path(args.output)
    knowledge_dir = settings.knowledge_dir or default_path()
    if args.whole:
        if target.exists() and any(target.iterdir()):
            raise TrygghetsbotError(f"{target} is not empty: --whole writes a whole knowledge base into a new folder")
        shutil.copytree(knowledge_dir, target, dirs_exist_ok=True)

    async def work() -> list[Path]:
        store = await open_store(settings.data_dir, settings.database_url)
        try:
            return await entry_editor.export(store, target)
        finally:
            await store.close()

    written = asyncio.run(work())
    for path in written:
        out.write(f"{path}\n")
    out.write(f"{len(written)} entr{'y' if len(written) == 1 else 'ies'} edited in the console written to "
              f"{target / 'municipalities'}\n")
    if args.whole:
        problems = validate(target)
        for problem in problems:
            out.write(f"{problem}\n")
        if problems:
            return 1
        out.write(f"OK: {target} validates\n")
    return 0
from bot.cli.services import build_engine, load_settings, pinned_today
