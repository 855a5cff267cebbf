"""speed27: done_to_one_of_theirs asks the person cues of each word only once the pronouns fit; same answers."""

from bot.answering import cues, not_now
from bot.answering.danger_signs import PERSON_SIGNS


def test_third_person_partner_violence_still_read() -> None:
    assert not_now.done_to_one_of_theirs("min kusin ar sambo med en kille som slar henne")
    assert not_now.done_to_one_of_theirs("my friend s boyfriend hits her")


def test_no_third_person_pronoun_or_oneself_reads_nothing() -> None:
    assert not not_now.done_to_one_of_theirs("min sambo slar mig")
    assert not not_now.done_to_one_of_theirs("kan polisen hjalpa till i falun")


def test_words_not_scored_when_the_pronouns_do_not_fit(monkeypatch) -> None:
    asked: list[str] = []
    real = cues.CueSet.found

    def spy(self: cues.CueSet, text: str) -> bool:
        if self is PERSON_SIGNS:
            asked.append(text)
        return real(self, text)

    monkeypatch.setattr(cues.CueSet, "found", spy)
    assert not not_now.done_to_one_of_theirs("vad har kommunen och polisen lovat i falun om trafiken")
    assert asked == []
    assert not not_now.done_to_one_of_theirs("min sambo slar mig")  # "mig": oneself, no word asked
    assert asked == []
    not_now.done_to_one_of_theirs("min syster sa att han slar henne")
    assert "syster" in asked
