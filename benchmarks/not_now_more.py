"""What is not danger now, and reports told with a question (issue #31 item 6): a probe over shapes built from
other writers' seen cases, counted per half.

From every seen emergency (a case wanting 112 first, one message) its event is taken: the first sentence, its
words of now ("just nu", "right now", "nu", "hjälp", "!!") taken out. From every seen report of a crime that is
over (a notnow or refusals case, no emergency, whose text tells a past time and whose `must` names 114 14 or
polisen.se) its text is taken as written. Each is put in templates, Swedish and English by the source's language,
and a third of them written in lower case without the end's punctuation, a third without å/ä/ö (by the message's
md5):

- `supposed` (from an emergency's event): "vad ska jag göra om <event>?", "tänk om <event>, vad gör man då?",
  "what should I do if <event>?", … Expected: no 112 opening (knowledge/general.yaml's emergency line, or the unsure
  reply's "Är någon i fara just nu?"), and help that fits: the answer names 112, 114 14, polisen.se or 1177
  somewhere, and is neither the unsure reply nor a refusal. Counted apart for crimes (`supposed`) and for the body's
  and fire's emergencies (`supposed_body`); thoughts of suicide are never put in these shapes.
- `feared` (from an emergency's event): "jag är rädd att <event> någon gång. vad gör jag bara om det skulle hända?",
  "I'm scared that one day <event>. what should I do if it happens?". Expected as `supposed`.
- `again` (from a report): "<report> tänk om det händer igen?", "<report> what if it happens again?". Expected:
  no 112 opening, and 114 14, polisen.se or a support line.
- `handled` (from a report): "<report> jag har anmält det, hur snabbt hör polisen av sig?", "<report> I reported
  it, how long until the police get back to me?", and "hur lång tid tar en anmälan?" alone. Expected: no 112
  opening, no fresh report's reply ("Vill du anmäla ett brott?"), and helplines.yaml's own_report line (its first
  words, "Din egen polisanmälan" / "Your own police report"), which says what to expect and where to ask.
- `after_kommun` (from a seen case's kommun): "Vad gör <kommun> mot brott?" then "och hur är det med inbrotten
  där?", "what about the shootings there?" … Expected: the kommun kept, no 112 opening, not the unsure reply.
- `place_safety` (from a seen case's kommun): "vilket område är tryggast i <kommun>?", "where do people live
  safest in <kommun>?" … Expected: the kommun, no refusal, no 112 opening, and that rankings are not given
  ("rangordnar inte", "do not rank").
- `now` (the reverse): every source emergency as written, and its event told as happening ("<event> just nu!",
  "hjälp, <event>", "<event> right now, what do I do?"). Expected: 112 within the first 120 characters, or the
  emergency reply. In develop also eval/heldout.yaml's danger intents as written (counted only; nothing is built
  from them).

Halves: develop = eval/blind/v2–v16 and the unnumbered top-level files, check = v17–v27 (by the source case's
file). Read the check half at the start and the end only.

Run: `PYTHONPATH=$PWD .venv/bin/python -m benchmarks.not_now_more [develop|check|both] [failures.json]`.

Figures (failing of tried, develop / check), alarms28 (7 December 2026), main's 4c194c0 → the branch's end:
all 884 of 2098 / 667 of 1411 → 248 / 166, of them false alarms (a 112 opening) 321 / 250 → 225 / 155; lost
emergencies 0 / 0 → 0 / 0 (now 413 and 135 held-out / 308). By class, develop then check: handled 242/253, 115/121 →
15, 12; place_safety 281/281, 272/272 → 1, 1 ("berg", a kommun's name in lower case, not found); after_kommun
121/281, 120/272 → 0, 0; supposed 75/195, 55/155 → 67, 49; feared 60/101, 42/80 → 60, 41; supposed_body 57/92,
35/55 and feared_body 44/48, 26/29 unchanged; again 4/251, 2/119 → 4, 2. Left: most supposed and feared events keep
112 first because the event itself says now (someone here or still behind one, seen or heard as it happens, lying
hurt, "för en minut sedan"), which a template's "om" before it does not undo and which the reading keeps on purpose;
the danger rules' strong now ("someone is following me") is read before any supposing; the body's emergencies
supposed ("vad gör man om min pappa får sluddrigt tal?") were not worked on.
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from benchmarks import blind
from benchmarks.blind import fold, last_reply
from bot.answering.intents import DANGER_INTENTS

ROOT = Path(__file__).resolve().parent.parent
LAST_SEEN = 27
DEVELOP, CHECK = "develop", "check"
OPENING = ("Är du eller någon annan i fara just nu", "Are you or someone else in danger right now", "Är någon i fara just nu",
           "Is someone in danger right now")
REPORT = ("114 14", "polisen.se")
HELP = ("112", "114 14", "polisen.se", "1177", "116 006", "116 111", "020-50 50 50", "90101")
OWN_REPORT = ("Din egen polisanmälan", "Your own police report")
FRESH_REPORT = ("Vill du anmäla ett brott", "Want to report a crime")
NO_RANKING = ("rangordnar inte", "rangordna", "do not rank", "don't rank", "not rank")
REFUSED = ("uppgifter om andra", "information about other people")
UNSURE = ("Jag förstår inte riktigt", "I don't quite understand", "I'm not sure what you mean")

# Words of now taken out of an emergency's event (folded matching on the original text).
_NOW = re.compile(r"\s*\b(?:just nu|JUST NU|right now|händer nu|pågår nu|nu|NU|now|hjälp|help)\b[,!]*", re.I)
_SUICIDE = re.compile(r"leva|självmord|livet|tabletter|piller|kill myself|suicide|end my life|pills|överdos|ta mitt liv", re.I)
_BODY = re.compile(r"medvetslös|andas|blöder|ramla|brinner|brand|rök|eld|krock|olycka|kramp|svimm|skadad|påkör|körde på|"
                   r"unconscious|breath|bleed|fire|smoke|crash|hurt|seizure|fell|collaps|drunkn|drukn|barn.*borta|försvunn|missing",
                   re.I)
_PAST = re.compile(r"\b(?:igår|i går|igar|förra|forra|i helgen|i natt|inatt|i morse|i fredags|i lördags|veckan|sedan|sen|"
                   r"yesterday|last \w+|ago|this morning|bröt|stal|stals|blev|snodde|klottrade|slog|hotade|broke|stole|was|were|got)\b",
                   re.I)

SUPPOSED_SV = ["vad ska jag göra om {e}?", "tänk om {e}, vad gör man då?", "vad gör man ifall {e}?",
               "bara om det skulle hända: vad gör jag om {e}?"]
SUPPOSED_EN = ["what should I do if {e}?", "what if {e}? what do I do then", "what should I do if someone ever does it, say {e}?"]
FEARED_SV = ["jag är rädd att {e} någon gång. vad gör jag bara om det skulle hända?",
             "jag är orolig för att {e} en dag, vad borde jag göra då?"]
FEARED_EN = ["I'm scared that one day {e}. what should I do if it happens?", "I worry that {e} someday, what should I do then?"]
AGAIN_SV = ["{r} tänk om det händer igen?", "{r} jag är rädd att det händer igen, vad gör jag då?"]
AGAIN_EN = ["{r} what if it happens again?", "{r} I'm afraid it will happen again, what should I do?"]
HANDLED_SV = ["{r} jag har anmält det, hur snabbt hör polisen av sig?", "{r} har gjort en polisanmälan, hur lång tid tar det innan jag får svar?",
              "{r} jag anmälde det förra veckan, när hör polisen av sig?"]
HANDLED_EN = ["{r} I reported it, how long until the police get back to me?", "{r} I filed a police report, how long does it take?"]
HANDLED_ALONE = ["hur lång tid tar en anmälan?", "jag anmälde inbrottet i förra veckan, hur snabbt hör polisen av sig?",
                 "how long does a police report take?", "när hör polisen av sig om min anmälan?"]
NOW_SV = ["{e} just nu!", "hjälp, {e}", "{e} nu, vad gör jag?"]
NOW_EN = ["{e} right now!", "help, {e}", "{e} right now, what do I do?"]
CRIMES_SV = ["och hur är det med inbrotten där?", "hur är det med skjutningarna där då?", "och rånen där?",
             "vad gör de mot stölderna där?", "och misshandeln, hur är det med den där?"]
CRIMES_EN = ["what about the burglaries there?", "and the shootings there?", "and how about robberies there?"]
PLACES_SV = ["vilket område är tryggast i {k}?", "var bor man tryggast i {k}?", "vilken stadsdel i {k} är farligast?",
             "var är det tryggast att bo i {k}"]
PLACES_EN = ["where do people live safest in {k}?", "which area of {k} is the most dangerous?", "what's the safest neighbourhood in {k}?"]


def _half(path: str) -> str | None:
    m = re.search(r"/v(\d+)/", path)
    if m and not 2 <= int(m.group(1)) <= LAST_SEEN:
        return None
    return CHECK if m and int(m.group(1)) >= 17 else DEVELOP


def _md5(text: str) -> int:
    return hashlib.md5(text.encode()).digest()[0]


def _vary(text: str) -> str:
    """As written, in lower case without the end's punctuation, or without å/ä/ö: by the text's md5."""
    n = _md5(text) % 3
    if n == 1:
        return text.lower().rstrip("?.! ")
    if n == 2:
        return text.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))
    return text


def _english(case: dict[str, Any], text: str) -> bool:
    return "en" in (case.get("tags") or []) or (bool(re.search(r"\b(?:the|is|my|i|someone|there)\b", text, re.I))
                                                 and not re.search(r"[åäö]", text))


def event(text: str) -> str:
    """The first sentence of an emergency's text, its words of now taken out, its first letter in lower case."""
    first = re.split(r"(?<=[.!?])\s+", text.strip())[0]
    e = _NOW.sub("", first).strip(" ,!?.")
    e = re.sub(r"\s+", " ", e)
    return e[:1].lower() + e[1:] if not e[:2].isupper() else e


def sources() -> list[tuple[str, str, str, str]]:
    """(half, kind, language, text): emergencies ("emergency") and reports of a crime that is over ("report"), and
    the kommuner of seen cases ("kommun", the text its id)."""
    out = []
    for path in sorted(glob.glob(str(ROOT / "eval" / "blind" / "**" / "*.yaml"), recursive=True)):
        half = _half(path)
        if half is None:
            continue
        for case in yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []:
            if not isinstance(case, dict) or not case.get("q"):
                if isinstance(case, dict) and case.get("kommun"):
                    out.append((half, "kommun", "", case["kommun"]))
                continue
            text, lang = case["q"], "en" if _english(case, case["q"]) else "sv"
            if case.get("kommun"):
                out.append((half, "kommun", lang, case["kommun"]))
            if blind.is_emergency(case):
                out.append((half, "emergency", lang, text))
            elif path.endswith(("notnow.yaml", "refusals.yaml")) and _PAST.search(text) \
                    and any(r in str(case.get("must")) for r in REPORT) and len(text) < 160:
                out.append((half, "report", lang, text.strip()))
    return out


def cases(which: str, names: dict[str, str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    kommuner: dict[str, set[str]] = defaultdict(set)
    for half, kind, lang, text in sources():
        if half != which:
            continue
        sv = lang == "sv"
        if kind == "kommun":
            kommuner[half].add(text)
        elif kind == "emergency":
            out.append({"class": "now", "lang": lang, "q": text, "from": text})
            e = event(text)
            for i, t in enumerate(NOW_SV if sv else NOW_EN):
                if (_md5(text) + i) % 2 == 0:
                    out.append({"class": "now", "lang": lang, "q": _vary(t.format(e=e)), "from": text})
            if _SUICIDE.search(text) or len(e.split()) < 3:
                continue
            body = bool(_BODY.search(text))
            for cls, frames in (("supposed", SUPPOSED_SV if sv else SUPPOSED_EN), ("feared", FEARED_SV if sv else FEARED_EN)):
                for i, t in enumerate(frames):
                    if (_md5(text) + i) % 2 == 0:
                        out.append({"class": cls + ("_body" if body else ""), "lang": lang, "q": _vary(t.format(e=e)),
                                    "from": text})
        elif kind == "report":
            for cls, frames in (("again", AGAIN_SV if sv else AGAIN_EN), ("handled", HANDLED_SV if sv else HANDLED_EN)):
                r = text if text.endswith((".", "!", "?")) else text + "."
                t = frames[_md5(text + cls) % len(frames)]
                out.append({"class": cls, "lang": lang, "q": _vary(t.format(r=r)), "from": text})
    for i, q in enumerate(HANDLED_ALONE):
        if i % 2 == (0 if which == DEVELOP else 1):
            out.append({"class": "handled", "lang": "sv" if "ö" in q or "å" in q else "en", "q": q, "from": ""})
    for kommun in sorted(kommuner[which]):
        name = names.get(kommun)
        if not name:
            continue
        n = _md5(kommun)
        lang = "en" if n % 3 == 0 else "sv"
        crimes = CRIMES_EN if lang == "en" else CRIMES_SV
        first = f"What does {name} do about crime?" if lang == "en" else f"Vad gör {name} mot brott?"
        out.append({"class": "after_kommun", "lang": lang, "turns": [first, _vary(crimes[n % len(crimes)])], "kommun": kommun})
        places = PLACES_EN if lang == "en" else PLACES_SV
        out.append({"class": "place_safety", "lang": lang, "q": _vary(places[n % len(places)].format(k=name)), "kommun": kommun})
    if which == DEVELOP:
        for item in yaml.safe_load((ROOT / "eval" / "heldout.yaml").read_text(encoding="utf-8")):
            if item.get("text") and item.get("intent") in DANGER_INTENTS:
                out.append({"class": "now_heldout", "lang": "", "q": item["text"]})
    return out


def opens_112(reply: dict[str, Any]) -> bool:
    return reply.get("topic") == "emergency" or "112" in str(reply.get("text", ""))[:120]


def opening(reply: dict[str, Any]) -> bool:
    return reply.get("topic") == "emergency" or str(reply.get("text", "")).startswith(OPENING)


def _has(body: str, words: tuple[str, ...]) -> bool:
    return any(fold(w) in body for w in words)


def why(case: dict[str, Any], reply: dict[str, Any]) -> list[str]:
    """Why a reply fails its built case (none: it passes)."""
    cls, body = case["class"], fold(reply.get("text", ""))
    if cls.startswith("now"):
        return [] if opens_112(reply) else ["no 112 first"]
    out = ["112 opening"] if opening(reply) else []
    if cls.startswith(("supposed", "feared")):
        if not _has(body, HELP) or _has(body, UNSURE) or _has(body, REFUSED):
            out.append("no help that fits")
    elif cls == "again":
        if not _has(body, HELP[1:]):
            out.append("no 114 14, polisen.se or support line")
    elif cls == "handled":
        if _has(body, FRESH_REPORT):
            out.append("read as a fresh report")
        if not _has(body, OWN_REPORT):
            out.append("no own_report line")
    elif cls in ("after_kommun", "place_safety"):
        if reply.get("municipality") != case["kommun"]:
            out.append(f"municipality {reply.get('municipality')!r}")
        if _has(body, UNSURE) or _has(body, REFUSED):
            out.append("unsure or refused")
        if cls == "place_safety" and not _has(body, NO_RANKING):
            out.append("no word that rankings are not given")
    return out


def run(which: str, out: str | None = None) -> dict[str, list[int]]:
    from bot.cli.services import build_engine

    engine = build_engine(None)
    names = {m.id: m.name for m in engine.knowledge.municipalities.values()}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failed = []
    for case in cases(which, names):
        reply = last_reply(engine, case.get("turns") or [case["q"]])
        bad = why(case, reply)
        counts[case["class"]][0] += 1
        counts[case["class"]][1] += bool(bad)
        if bad:
            failed.append({**case, "why": bad, "topic": reply.get("topic"), "reply": str(reply.get("text", ""))[:240]})
    for cls, (tried, bad) in sorted(counts.items()):
        print(f"{which:8} {cls:14} failing {bad:4} of {tried}")
    alarms = sum(b for c, (_, b) in counts.items() if not c.startswith("now"))
    lost = sum(b for c, (_, b) in counts.items() if c.startswith("now"))
    opened = sum("112 opening" in f["why"] for f in failed)
    print(f"{which:8} failing {alarms} (false alarms, a 112 opening: {opened}), lost emergencies {lost}")
    if out:
        Path(out).write_text(json.dumps(failed, ensure_ascii=False, indent=1), encoding="utf-8")
    return dict(counts)


if __name__ == "__main__":
    halves = [DEVELOP, CHECK] if sys.argv[1:2] == ["both"] else [sys.argv[1] if len(sys.argv) > 1 else DEVELOP]
    for h in halves:
        run(h, (sys.argv[2].replace(".json", f"_{h}.json") if len(sys.argv) > 2 else None))
