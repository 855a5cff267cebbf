"""Run every benchmark once and write benchmarks/results.json plus a Markdown table.

    .venv/bin/python benchmarks/run.py            # all
    .venv/bin/python benchmarks/run.py engine     # one section
"""

from __future__ import annotations

import json
import platform
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import engine, export, intake, pipeline  # noqa: E402

SECTIONS = {"engine": engine.run, "pipeline": pipeline.run, "intake": intake.run, "export": export.run}
TARGETS = {
    ("engine", "bundled", "p99_ms"): ("<", 2.0),
    ("engine", "synthetic_290", "p99_ms"): ("<", 5.0),
    ("engine", "synthetic_290", "load_s"): ("<", 1.0),
    ("pipeline", "offline_bot_1_core", "updates_per_s"): (">", 500.0),
    ("intake", "500_residents_10000_concerns", "concerns_per_s"): (">", 1000.0),
    ("export", "csv", "seconds"): ("<", 2.0),
    ("export", "xlsx", "seconds"): ("<", 20.0),
}


def main(argv: list[str]) -> int:
    chosen = argv or list(SECTIONS)
    results: dict[str, object] = {"machine": {"python": platform.python_version(),
                                              "platform": platform.platform()},
                                  "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    for name in chosen:
        results[name] = SECTIONS[name]()
    results["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = Path(__file__).with_name("results.json")
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("| section | case | measure | value | target |")
    print("| --- | --- | --- | --- | --- |")
    failed = 0
    for name in chosen:
        for case, values in results[name].items():  # type: ignore[union-attr]
            for key, value in values.items():
                target = TARGETS.get((name, case, key))
                verdict = ""
                if target:
                    ok = value < target[1] if target[0] == "<" else value > target[1]
                    failed += not ok
                    verdict = f"{target[0]} {target[1]} {'ok' if ok else 'MISSED'}"
                shown = f"{value:.3f}" if isinstance(value, float) else str(value)
                print(f"| {name} | {case} | {key} | {shown} | {verdict} |")
    print(f"| all | process | max_rss_mb | {results['max_rss_mb']:.1f} | < 150 "
          f"{'ok' if results['max_rss_mb'] < 150 else 'MISSED'} |")
    print(f"\nwritten to {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
