"""The command line: exact output and exit codes."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answering.knowledge import bundled_path, load
from bot.cli import main

ENV = {**os.environ, "TRYGGHETSBOT_TODAY": "2026-11-23", "PYTHONIOENCODING": "utf-8"}


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The terminal chat opens the database like every channel: keep it out of the working tree.
    monkeypatch.setenv("TRYGGHETSBOT_DATA_DIR", str(tmp_path / "default-data"))


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run the CLI in-process with captured streams."""
    out, err = io.StringIO(), io.StringIO()
    lines = io.StringIO(stdin)
    old_err, sys.stderr = sys.stderr, err
    old_env = dict(os.environ)
    os.environ.update(env or {"TRYGGHETSBOT_TODAY": "2026-11-23"})
    try:
        code = main(list(args), out=out, read_line=lines.readline)
    finally:
        sys.stderr = old_err
        os.environ.clear()
        os.environ.update(old_env)
    return code, out.getvalue(), err.getvalue()


def test_ask_prints_the_answer_with_its_source() -> None:
    code, out, err = run("ask", "Hur länge gäller avtalet i Kävlinge?")
    assert (code, err) == (0, "")
    assert out == (
        "Samverkansöverenskommelse mellan Kävlinge kommun och lokalpolisområde Kävlinge: från 28 december "
        "2023 till 2026 (undertecknad 28 december 2023, på kommunhuset i Kävlinge). Den gäller fortfarande.\n"
        "\n"
        "Källa: Kävlinge kommun: ”Nytt samverkansavtal mellan Kävlinge kommun och Polisen” (28 december 2023), "
        "över 2 år gammal.\n")


def test_ask_json() -> None:
    code, out, _ = run("ask", "--json", "Vad fokuserar Ragunda på?")
    assert code == 0
    answer = json.loads(out)
    text = answer.pop("text")
    # Not answered from an agreement, but about Ragunda: its id, as every answer about one kommun carries.
    assert answer == {"answered": False, "municipality": "ragunda", "topic": "unknown_municipality",
                      "sources": [], "suggestions": [], "language": "sv", "follow_ups": []}
    # Searched for, none published: what was searched and where to ask; never another municipality's answer.
    assert text.startswith("Jag har inte hittat någon publicerad samverkansöverenskommelse eller något "
                           "medborgarlöfte för Ragunda kommun.")
    assert "polisen.se" in text and "fokusområden" not in text.lower()


def test_ask_prints_numbered_suggestions() -> None:
    code, out, _ = run("ask", "Vad fokuserar Solvsbrg på?")
    assert code == 0
    assert out == ("Jag är inte säker på vilken kommun du menar. Menade du: Sölvesborgs fokusområden?\n"
                   "\nFörslag:\n  1. Sölvesborgs fokusområden\n")


def test_validate_ok() -> None:
    code, out, _ = run("validate")
    assert code == 0
    assert re.match(r"OK: \d+ municipalities( \(and \d+ searched, no agreement found\))?, ", out) and out.endswith(" glossary terms in " + str(
        Path(__file__).resolve().parents[1] / "knowledge") + "\n")


def test_validate_lists_problems_and_exits_1(knowledge_copy: Path) -> None:
    target = knowledge_copy / "municipalities" / "burlov.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("name: Burlöv\n", ""), encoding="utf-8")
    code, out, _ = run("validate", str(knowledge_copy))
    assert code == 1
    assert out == ("burlov.yaml:1 [municipality burlov] name: missing required field\n"
                   f"1 problem(s) found in {knowledge_copy}\n")


def test_broken_knowledge_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    code, out, err = run("--knowledge", str(tmp_path / "missing"), "ask", "hej")
    assert (code, out) == (1, "")
    assert err == f"Error: the knowledge base has 1 problem(s):\n  {tmp_path / 'missing'}: not a directory\n"


def test_bad_today_setting_is_an_error() -> None:
    code, _, err = run("ask", "hej", env={"TRYGGHETSBOT_TODAY": "tomorrow"})
    assert code == 1 and err == "Error: TRYGGHETSBOT_TODAY must be a date (YYYY-MM-DD), got 'tomorrow'\n"


def test_chat_jsonl_keeps_one_context_per_conversation() -> None:
    requests = [
        {"conversation": "a", "text": "Berätta om Vellinge"},
        {"conversation": "b", "text": "Berätta om Växjö"},
        {"conversation": "a", "text": "Och hur länge gäller det?"},
        {"conversation": "b", "text": "Och hur länge gäller det?"},
    ]
    stdin = "\n".join(json.dumps(r, ensure_ascii=False) for r in requests) + "\nnot json\n\n{\"x\": 1}\n"
    code, out, _ = run("chat", "--jsonl", stdin=stdin)
    replies = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(replies) == 6
    assert [(r["conversation"], r["municipality"], r["topic"]) for r in replies[:4]] == [
        ("a", "vellinge", "overview"), ("b", "vaxjo", "overview"),
        ("a", "vellinge", "period"), ("b", "vaxjo", "period")]
    assert set(replies[0]) >= {"conversation", "answered", "municipality", "topic", "text"}
    assert replies[4] == {"conversation": None, "error": "invalid JSON: Expecting value"}
    assert replies[5] == {"conversation": None, "error": 'expected {"conversation": "<id>", "text": "..."}'}


def test_terminal_chat_with_numbered_suggestion() -> None:
    code, out, _ = run("chat", stdin="Vad fokuserar Solvsbrg på?\n1\n/avsluta\n")
    assert code == 0
    assert out.startswith("Trygghetsboten – fråga om trygghetsarbetet i din kommun. Vid fara: ring 112.\n")
    assert "> Jag är inte säker på vilken kommun du menar." in out
    # Typing "1" picks the first suggestion: it is echoed, then answered.
    assert ("> " + "  (Sölvesborgs fokusområden)\nDet här har kommunen och polisen i Sölvesborg kommit "
            "överens om:\n\nSamverkansöverenskommelse 2022–2026, gäller fortfarande:\nSamverkansområden:") in out


def test_terminal_chat_ends_on_eof() -> None:
    code, out, _ = run("chat", stdin="")
    assert code == 0 and out.endswith("> \n")
    assert "/trygghet" in out.split("\n>")[0]  # the terminal's opening names the survey, like the other channels


@pytest.mark.parametrize("command", [["trygghetsbot"], [sys.executable, "-m", "bot"]])
def test_installed_entry_points(command: list[str]) -> None:
    exe = Path(sys.executable).with_name("trygghetsbot")
    if command == ["trygghetsbot"]:
        command = [str(exe)]
    result = subprocess.run([*command, "ask", "vaxjo period"], capture_output=True, text=True, env=ENV,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "från 3 oktober 2019 till september 2023" in result.stdout and "har upphört" in result.stdout
    usage = subprocess.run([*command, "frobnicate"], capture_output=True, text=True, env=ENV, timeout=60,
                           check=False)
    assert usage.returncode == 2 and "invalid choice: 'frobnicate'" in usage.stderr


def test_concern_in_the_terminal_chat(tmp_path: Path) -> None:
    script = "\n".join(["Berätta om Sölvesborg", "/synpunkt", "3", "56.05, 14.58",
                        "Bilar kör alldeles för fort förbi skolan på morgonen", "2", "1", "/mina", "/radera",
                        "1", "/mina"]) + "\n"
    code, out, _ = run("chat", stdin=script, env={"TRYGGHETSBOT_TODAY": "2026-11-23",
                                                   "TRYGGHETSBOT_DATA_DIR": str(tmp_path)})
    assert code == 0
    assert "> Berätta vad som känns otryggt där du bor" in out
    assert "  1. Minskad tillgång till och konsumtion av alkohol" in out
    assert "Plats: 56.05000, 14.58000\nBeskrivning: Bilar kör alldeles för fort förbi skolan på morgonen" in out
    assert "Referensnummer: SOL-" in out
    assert "> Vill du radera alla dina synpunkter? Det går inte att ångra.\n  1. Ja, radera\n  2. Nej" in out
    assert "> Klart. 1 synpunkt(er) raderade." in out
    assert out.rstrip().endswith("Du har inga sparade synpunkter. Skriv /synpunkt för att lämna en.\n\n>".rstrip())


def test_terminal_logs_unanswered_questions_as_telegram_does(tmp_path: Path) -> None:
    # One dialogue for every channel: the terminal keeps what it could not answer, masked.
    code, _, _ = run("chat", stdin="Vad kostar parkering? ring 070-111 22 33\nVad fokuserar Vellinge på?\n",
                     env={"TRYGGHETSBOT_TODAY": "2026-11-23", "TRYGGHETSBOT_DATA_DIR": str(tmp_path / "d")})
    assert code == 0
    code, out, _ = run("unanswered", env={"TRYGGHETSBOT_DATA_DIR": str(tmp_path / "d")})
    assert code == 0 and "Vad kostar parkering? ring [telefon]" in out and "Vellinge" not in out


def test_purge(tmp_path: Path) -> None:
    env = {"TRYGGHETSBOT_DATA_DIR": str(tmp_path)}
    code, out, _ = run("purge", env=env)
    assert (code, out) == (0, f"Deleted 0 concern(s) older than 24 months and 0 abandoned conversation(s) "
                              f"from {tmp_path}.\n")
    code, out, err = run("purge", "--months", "0", env=env)
    assert (code, out, err) == (1, "", "Error: --months must be positive\n")


def test_coverage_lists_status_and_what_to_update_first() -> None:
    code, out, _ = run("coverage")
    assert code == 0
    bundled = load(bundled_path())
    known = {**bundled.municipalities, **bundled.unpublished}
    assert "Burlöv" in out and "ended" in out and f"{len(known)} av 290 kommuner" in out
    # Each status counted apart, those searched with no published agreement found among them.
    assert re.search(r"^Efter status: gäller i dag \d+, har upphört \d+, utan slutdatum \d+", out, re.M)
    lines = out.splitlines()
    first_line = next(line for line in lines if line.startswith("Uppdatera först"))
    assert first_line.startswith("Uppdatera först (den senaste överenskommelsen har upphört): ")
    assert any(line.startswith("Kontrollera sedan (inget slutdatum i källan, som är över två år gammal): ")
               for line in lines)
    assert any(line.startswith("  i kunskapsbasen: ") for line in lines)  # the population shares follow
    code, out, _ = run("coverage", "--json")
    report = json.loads(out)
    rows = report["municipalities"]
    assert {row["id"] for row in rows} == set(known)
    # Which ones have ended changes as researchers add newer agreements: the rule is what is tested.
    first = [r["id"] for r in rows if r["update_first"]]
    assert first and all(r["status"] == "ended" for r in rows if r["update_first"])
    assert first_line.endswith(", ".join(known[i].name for i in first))
    soon = [r for r in rows if r["check_soon"]]
    assert soon and all(r["status"] == "open" and r["source_date"] < "2024-11" for r in soon)
    assert report["population"]["known"] == len(known) and 0 < report["population"]["known_share"] <= 1


def test_new_municipality_writes_a_skeleton_that_validate_points_at(knowledge_copy: Path) -> None:
    (knowledge_copy / "municipalities" / "vimmerby.yaml").unlink()  # a kommun without a file, as before research
    code, out, _ = run("new-municipality", "--knowledge", str(knowledge_copy), "Vimmerby")
    assert code == 0 and "vimmerby.yaml" in out
    text = (knowledge_copy / "municipalities" / "vimmerby.yaml").read_text(encoding="utf-8")
    assert "id: vimmerby\nname: Vimmerby\ncounty: Kalmar län" in text and "TODO" in text
    code, out, _ = run("validate", str(knowledge_copy))
    assert code == 1 and "vimmerby.yaml" in out  # nothing unsourced slips in: the TODOs must be filled
    code, _, err = run("new-municipality", "--knowledge", str(knowledge_copy), "Vimmerby")
    assert code == 1 and "already has a file" in err
    (knowledge_copy / "municipalities" / "vimmerby.yaml").unlink()
    code, _, err = run("new-municipality", "--knowledge", str(knowledge_copy), "Atlantis")
    assert code == 1 and "290 municipalities" in err
    code, _, err = run("new-municipality", "--knowledge", str(knowledge_copy), "Vellinge")
    assert code == 1 and "already has a file" in err


def test_train_check_retrains_and_compares_the_weights_and_the_held_out_lines(tmp_path: Path) -> None:
    """`train --check` finds a model whose fingerprint is right but whose weights are not (zeroed),
    and with --hold-out a training line within fuzzy ratio 85 of a held-out message; `train
    --hold-out` removes that line first."""
    pytest.importorskip("sklearn", reason="training needs the [train] extra (scikit-learn)")
    import dataclasses

    import numpy as np

    from bot.answering.intents import IntentModel

    messages = tmp_path / "messages"
    messages.mkdir()
    (messages / "greeting.yaml").write_text("intent: greeting\nexamples:\n" + "".join(
        f"- {t}\n" for t in ("hej", "hallå där", "god morgon", "tjena", "hej hej", "good morning", "hello")),
        encoding="utf-8")
    (messages / "thanks.yaml").write_text("intent: thanks\nexamples:\n" + "".join(
        f"- {t}\n" for t in ("tack", "tack så mycket", "thanks a lot", "stort tack", "tackar", "tusen tack",
                             "thank you")), encoding="utf-8")
    (messages / "help.yaml").write_text("intent: help\nexamples:\n" + "".join(
        f"- {t}\n" for t in ("vad kan du göra", "hur funkar du", "what can you do", "vad kan jag fråga om",
                             "hjälp mig förstå boten", "how do I use this", "vad är du för bot")), encoding="utf-8")
    model = tmp_path / "model.npz"
    assert run("train", "--messages", str(messages), "-o", str(model))[0] == 0
    code, out, _ = run("train", "--check", "--messages", str(messages), "-o", str(model))
    assert code == 0 and out.startswith("OK")

    shipped = IntentModel.load(model)
    dataclasses.replace(shipped, weights=np.zeros_like(shipped.weights)).save(model)
    code, out, _ = run("train", "--check", "--messages", str(messages), "-o", str(model))
    assert code == 1 and "its weights differ" in out

    held_out = tmp_path / "heldout.yaml"
    held_out.write_text("- {text: Tusen tack!, intent: thanks}\n", encoding="utf-8")
    assert run("train", "--messages", str(messages), "-o", str(model))[0] == 0
    code, out, _ = run("train", "--check", "--hold-out", str(held_out), "--messages", str(messages), "-o", str(model))
    assert code == 1 and "1 training line(s) within 85" in out
    code, out, _ = run("train", "--hold-out", str(held_out), "--messages", str(messages), "-o", str(model))
    assert code == 0 and "removed 1 training line(s)" in out
    assert "tusen tack" not in (messages / "thanks.yaml").read_text(encoding="utf-8")
    code, out, _ = run("train", "--check", "--hold-out", str(held_out), "--messages", str(messages), "-o", str(model))
    assert code == 0, out
