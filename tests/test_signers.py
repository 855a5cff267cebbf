"""Everyone an agreement's note on signing names with a role is also among the entry's people, so
"vem skrev under?" and "vem är kommunstyrelsens ordförande?" find them (issue #33, item 6)."""

from __future__ import annotations

import re

import pytest

from bot.answering.knowledge import Knowledge, load

_WORD = r"[A-ZÅÄÖÉ][a-zåäöéüè]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
# Two to four capitalised words ("Anna-Karin Boije", "Cecilia Bladh in Zito", "Värnamo Håkan Boberg").
_NAME = rf"{_WORD}(?:\s+(?:in\s+|af\s+|von\s+)?{_WORD}){{1,3}}"
# What an official is called in a note: kommunstyrelsens ordförande, kommunalråd(et), kommundirektör(en),
# kommunchef, stadsdirektör, lokalpolisområdeschef(en), chef för …, regionpolischef, landshövding, VD …
_ROLE = (r"(?i:\w*ordförande\w*|\w*råd(?:et)?|\w*direktör(?:en)?|\w*chef(?:en)?|landshövding(?:en)?|"
         r"kommunpolis(?:en)?|\w*samordnare(?:n)?|VD)")
_QUALIFIER = r"(?i:(?:tf\.?|tillförordnad\w*|dåvarande|biträdande|vice)\s+)?"
_PARTY = r"(?:\s*\([^)]*\))?"
_MENTIONS = (
    # "kommunstyrelsens ordförande Jonna Lindman", "lokalpolisområdeschef Anders Wiss"
    re.compile(rf"\b{_ROLE}\s+(?P<name>{_NAME})"),
    # "Maria Bäck, lokalpolisområdeschef …", "Jan Bohman (S), kommunstyrelsens ordförande", "Anna Ohlsson (chef för …)"
    re.compile(rf"(?P<name>{_NAME}){_PARTY}\s*,\s*{_QUALIFIER}(?:\w+s\s+)?{_ROLE}\b"),
    re.compile(rf"(?P<name>{_NAME})\s*\(\s*{_QUALIFIER}{_ROLE}\b"),
    # "… undertecknad av Jan Bohman …", "signerad av …"
    re.compile(rf"\bav\s+{_QUALIFIER}(?P<name>{_NAME})"),
)
_PLACE_WORDS = {"Norra", "Södra", "Östra", "Västra", "Mellersta", "Storgöteborg", "Lokalpolisområde",
                "Polisen", "Region", "Stad", "Staden", "Kommun", "Kommunen"}


def _place_words(knowledge: Knowledge) -> set[str]:
    """Words of places and organisations a note may name next to a role ("lokalpolisområdeschef
    Västra Mälardalen", "chef för Östra Fyrbodal"): every kommun, police area, locality and party."""
    words = set(_PLACE_WORDS)
    names = list(knowledge.all_municipalities)
    for muni in knowledge.municipalities.values():
        names += [muni.police_area, *muni.localities, *(p.name for p in muni.parties)]
    for name in names:
        for word in re.split(r"[\s/,-]+", name or ""):
            words.update({word, word.rstrip("s"), word + "s"})
    return {w for w in words if w[:1].isupper()}


def person_names(note: str, places: set[str]) -> set[str]:
    """The persons a note on signing names with a role or as the one who signed, without the place
    or organisation words around them ("Värnamo Håkan Boberg" is Håkan Boberg)."""
    found = set()
    for pattern in _MENTIONS:
        for match in pattern.finditer(note):
            words = match.group("name").split()
            while words and words[0] in places:
                words.pop(0)
            while words and words[-1] in places:
                words.pop()
            if len(words) >= 2 and words[-1] not in ("in", "af", "von"):
                found.add(" ".join(words))
    return found


def _listed(name: str, people: set[str]) -> bool:
    # "Cecilia Bladh" is Cecilia Bladh in Zito; "Håkan Boberg" may be written with his place before it.
    return any(p == name or p.startswith(name + " ") or name.endswith(" " + p) for p in people)


@pytest.fixture(scope="module")
def bundled() -> Knowledge:
    return load()


def test_the_reader_finds_names_beside_roles_and_leaves_places_alone(bundled: Knowledge) -> None:
    places = _place_words(bundled)
    note = ("av kommunstyrelsens ordförande Jonna Lindman (M) och Maria Bäck, lokalpolisområdeschef i "
            "Västra Mälardalen; kommundirektör Anders Neuman skrev under för kommunen")
    assert person_names(note, places) == {"Jonna Lindman", "Maria Bäck", "Anders Neuman"}
    assert person_names("av lokalpolisområdeschef Värnamo Håkan Boberg och kommunstyrelsen",
                        places) == {"Håkan Boberg"}
    assert person_names("av Anna Ohlsson (chef för lokalpolisområde Södra Roslagen) och "
                        "Michaela Fletcher (M), kommunstyrelsens ordförande", places) == {
        "Anna Ohlsson", "Michaela Fletcher"}
    assert person_names("lokalpolisområde Västra Mälardalen undertecknade nya medborgarlöften med "
                        "bland andra Arboga kommun", places) == set()


def test_every_signer_named_in_a_note_is_among_the_people(bundled: Knowledge) -> None:
    places = _place_words(bundled)
    missing = []
    for muni in bundled.municipalities.values():
        people = {p.name for p in muni.people if p.name}
        for agreement in muni.agreements:
            for name in sorted(person_names(agreement.signed_note, places)):
                if not _listed(name, people):
                    missing.append(f"{muni.id} [{agreement.id}]: {name}")
    assert not missing, "named in signed_note but not under people:\n" + "\n".join(missing)


def test_a_signer_named_in_a_note_is_found_by_role(bundled: Knowledge) -> None:
    """The class the issue names: who chairs the board in Trollhättan, who signed in Uppsala."""
    from bot.answering.engine import Engine  # noqa: PLC0415

    engine = Engine(bundled)
    chair = engine.answer("Vem är kommunstyrelsens ordförande i Trollhättan?")
    assert chair.answered and "Pete Eriksson" in chair.text
    signed = engine.answer("Vem skrev under avtalet i Uppsala?")
    assert signed.answered and "Erik Pelling" in signed.text and "Jan Håkansson" in signed.text


def test_who_signed_is_the_note_when_no_person_listed_signed(bundled: Knowledge) -> None:
    """People the note on signing names without the source saying they signed (Umeå's planned
    signers) are not offered as the signers: the agreement's own note answers instead. People no
    note names are still who the source names (Vellinge's note gives only the day)."""
    import dataclasses  # noqa: PLC0415

    from bot.answering import aspects  # noqa: PLC0415

    muni = next(m for m in bundled.municipalities.values() if any(
        p.signed and p.name in a.signed_note for p in m.people for a in m.agreements))
    unsigned = dataclasses.replace(muni, people=tuple(dataclasses.replace(p, signed=False) for p in muni.people))
    note = next(a.signed_note for a in muni.agreements if any(p.name in a.signed_note for p in muni.people))
    text = aspects.people(unsigned, list(unsigned.people), "", "sv", signers_asked=True)
    assert text.startswith(f"Det här säger källan om vem som skrev under för {muni.name}:") and note in text
    # Asked who is who, or asked who signed where someone listed did sign, the people are the answer.
    assert "Personer som nämns" in aspects.people(unsigned, list(unsigned.people), "", "sv")
    unnamed = dataclasses.replace(unsigned, agreements=tuple(
        dataclasses.replace(a, signed_note="en fredag") for a in muni.agreements))
    assert "Personer som nämns" in aspects.people(unnamed, list(unnamed.people), "", "sv", signers_asked=True)
    signers = [p for p in muni.people if p.signed]
    assert all(p.name in aspects.people(muni, signers, "", "sv", signers_asked=True) for p in signers)
