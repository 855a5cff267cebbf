"""Engine benchmark: answer latency (p50/p99), knowledge loading time and memory.

Measured on the bundled knowledge base and on a synthetic one with all 290 municipalities
(the bundled files copied under the other municipalities' names). Medians and percentiles come
from one run, so a noisy shared machine affects both sides of a comparison alike.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import bundled_path, load, validate
from bot.text import fold

QUESTIONS = [
    "Vad fokuserar {n} på?", "Hur länge gäller avtalet i {n}?", "What does {n} focus on?",
    "Vem är kommunpolis i {n}?", "{a} avtal hur lange", "Vilka är med i {g} samverkan?",
    "Hur följs arbetet upp i {n}?", "Vad gör {n} mot stölder?", "Tell me about {n}",
    "Vem är kommunstyrelsens ordförande i {n}?", "Vad menas med medborgarlöfte?",
    "Vilka kommuner har grannsamverkan?", "Vilka överenskommelser gäller fortfarande?",
    "Vad fokuserar Göteborg på?", "Vad kostar ett busskort?", "det brinner",
    "Hur anmäler jag skadegörelse på min bil?", "Vad fokuserar Solvsbrg på?",
]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def synthetic_knowledge(target: Path, count: int = 290) -> Path:
    """A knowledge base with `count` municipalities: bundled files renamed to other real names."""
    source = bundled_path()
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    names = list(yaml.safe_load((source / "kommuner.yaml").read_text(encoding="utf-8"))["counties"].values())
    all_names = [n for county in names for n in county][:count]
    templates = sorted((target / "municipalities").glob("*.yaml"))
    bodies = {p.stem: p.read_text(encoding="utf-8") for p in templates}
    used: set[str] = set()
    for path in templates:
        path.unlink()
    for index, name in enumerate(all_names):
        template_id = sorted(bodies)[index % len(bodies)]
        data = yaml.safe_load(bodies[template_id])
        new_id = _slug(name)
        if new_id in used:  # Habo and Håbo fold alike
            new_id = f"{new_id}-{index}"
        used.add(new_id)
        data["id"], data["name"] = new_id, name
        data["localities"] = []
        # police_areas.yaml names each area's kommuner: a template's area would contradict it.
        data.pop("police_area", None)
        (target / "municipalities" / f"{new_id}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure(path: Path, rounds: int = 30) -> dict[str, float]:
    started = time.perf_counter()
    problems = validate(path)
    validate_s = time.perf_counter() - started
    assert not problems, problems[:3]
    started = time.perf_counter()
    knowledge = load(path)
    engine = Engine(knowledge, today=dt.date(2026, 11, 23))
    load_s = time.perf_counter() - started
    munis = sorted(knowledge.municipalities.values(), key=lambda m: m.id)
    questions = []
    for index, muni in enumerate(munis[: max(5, min(len(munis), 60))]):
        for template in QUESTIONS[index % 3::3]:
            genitive = muni.name if muni.name[-1] in "sxz" else muni.name + "s"
            questions.append(template.format(n=muni.name, g=genitive, a=fold(muni.name)))
    for question in questions:  # warm caches as a running bot would be
        engine.answer(question, Conversation())
    timings = []
    for _ in range(rounds):
        conversation = Conversation()
        for question in questions:
            started = time.perf_counter_ns()
            engine.answer(question, conversation)
            timings.append((time.perf_counter_ns() - started) / 1e6)
    return {"municipalities": len(knowledge.municipalities), "answers": len(timings),
            "p50_ms": statistics.median(timings), "p99_ms": _percentile(timings, 0.99),
            "max_ms": max(timings), "load_s": load_s, "validate_s": validate_s}


def run() -> dict[str, dict[str, float]]:
    results = {"bundled": measure(bundled_path())}
    with tempfile.TemporaryDirectory() as tmp:
        results["synthetic_290"] = measure(synthetic_knowledge(Path(tmp) / "knowledge"), rounds=5)
    return results
