"""Round thirty's mends on main (beside the branches). Who leads a body is answered by its chair when the entry names
the chair by the body's genitive ("kommunstyrelsens ordförande Amanda Lindblad"), never "not mentioned"; a role
named by the body it belongs to is said missing without "någon" ("Kommunstyrelsens ordförande nämns inte …", not
"Någon kommunstyrelsens ordförande …"), while a plain role keeps it ("Någon kommunpolis …")."""

from __future__ import annotations

from bot.answering.engine import Engine
from tests.scored import asked


def test_the_chair_named_by_the_bodys_genitive_leads_it(bundled: Engine) -> None:
    for question in ("Vem leder kommunstyrelsen i Sala?", "who leads the municipal board in Sala?"):
        reply = asked(bundled, [question])
        assert reply.municipality == "sala"
        assert "Amanda Lindblad" in reply.text
        assert "nämns inte" not in reply.text and "does not mention" not in reply.text, reply.text
    # a body the entry does not name keeps its note
    reply = asked(bundled, ["vem leder arbetsgrupperna i Sala?"])
    assert reply.text.startswith("Arbetsgrupperna nämns inte i Salas överenskommelse")


def test_a_role_in_the_genitive_is_said_missing_without_nagon(bundled: Engine) -> None:
    reply = asked(bundled, ["Vem är ordförande i kommunstyrelsen i Kil?"])
    assert reply.text.startswith("Kommunstyrelsens ordförande nämns inte i källan för Kil."), reply.text
    assert "Någon kommunstyrelsens" not in reply.text
    reply = asked(bundled, ["Vem är kommunpolis i Kil?"])
    assert reply.text.startswith("Någon kommunpolis nämns inte i källan för Kil."), reply.text


def test_signers_asked_after_av_are_no_claim(bundled: Engine) -> None:
    """"…, och av vilka?" read with the clause before it ("undertecknades X för 2020–2023 av vilka?") opens with the
    verb as a yes-or-no question does; the signers asked after "av" make it a question, never a claim of the year."""
    reply = asked(bundled, ["När undertecknades Strängnäs samverkansöverenskommelse för 2020–2023 och av vilka?"])
    assert "Nej" not in reply.text, reply.text
    assert "20 december 2019" in reply.text and "Lars Ekström" in reply.text
    reply = asked(bundled, ["When was Vänersborg's agreement for its period signed, and by whom?"])
    assert not reply.text.startswith(("No", "Nej")), reply.text
    # a signer said after "av" is still a claim the entry settles
    reply = asked(bundled, ["Habos medborgarlöfte undertecknades av statsministern?"])
    assert reply.text.startswith("Nej"), reply.text


def test_who_sent_beside_smoke_now_gets_112_first(bundled: Engine) -> None:
    """Who sent a message about smoke is another's data, refused; but smoke told as going on beside it ("det ryker
    fortfarande i trapphuset", "it's still smoking in the stairwell, help!") is danger now: 112 opens the reply."""
    for message in ("vem skickade meddelandet om röken? det ryker fortfarande i trapphuset, hjälp",
                    "Who sent you the message about the smoke? It's still smoking in the stairwell, help!",
                    "Vem har skrivit om röken till er? Det ryker fortfarande ur källaren.",
                    "Who reported the smoke to you? There's smoke in the stairwell again."):
        reply = asked(bundled, [message])
        assert "112" in reply.text[:80], (message, reply.text[:200])
    for message in ("Who in my building sent you a message about the smoke in the stairwell?",
                    "vem skickade synpunkten om branden i källaren förra veckan?"):
        reply = asked(bundled, [message])
        assert "112" not in reply.text[:80] and reply.topic == "refused", (message, reply.text[:200])


def test_own_concerns_and_survey_answers_asked_of_the_bot(bundled: Engine) -> None:
    """Round thirty's not-now misses read as classes (after its scoring): how to see one's own concerns is /mina (a
    fact of its own in general.yaml); who sees the concerns one sends is the bot's rule, never a refusal; whether the
    kommun sees one's survey answers is "Nej" (only counts are kept), while "is it anonymous?" keeps "Ja"; who in a
    group answered the survey, named by its command (/trygghet), is refused."""
    for message in ("var hittar jag mina synpunkter?", "where can I check the status of my concern?"):
        reply = asked(bundled, [message])
        assert reply.topic == "mine" and "/mina" in reply.text, (message, reply.text)
    for message in ("Who can see the concerns I send?", "Vem kan se synpunkterna jag skickar?"):
        reply = asked(bundled, [message])
        assert reply.topic == "who_sees" and not reply.text.startswith(("No,", "Nej,")), (message, reply.text)
    reply = asked(bundled, ["Can I see what my neighbour sent about me?"])
    assert reply.topic == "refused"
    reply = asked(bundled, ["Kan polisen se vad jag svarade i trygghetsmätningen?"])
    assert reply.text.startswith("Nej."), reply.text
    reply = asked(bundled, ["Is the safety survey anonymous?"])
    assert reply.text.startswith("Yes."), reply.text
    reply = asked(bundled, ["vilka i vår bostadsrättsförening har svarat på /trygghet?"])
    assert reply.topic == "refused" and "inte visa" in reply.text, reply.text


def test_a_named_residents_answer_asked_is_refused_without_112(bundled: Engine) -> None:
    """Whether a named resident answered that she feels unsafe is her data, refused; the model's reading of danger
    in "känner sig otrygg" gives way where no danger rule fires, while a danger told keeps 112 first."""
    for message in ("Har Lena Svensson på Ekvägen 3 svarat att hon känner sig otrygg?",
                    "Did Maria Holm answer that she feels unsafe in the survey?"):
        reply = asked(bundled, [message])
        assert reply.topic == "refused" and "112" not in reply.text[:80], (message, reply.text[:200])
    reply = asked(bundled, ["Min dotter Lisa har svarat att hon vill dö"])
    assert "112" in reply.text[:80], reply.text[:200]


def test_a_persons_political_party_asked_after_the_signers(bundled: Engine) -> None:
    """"vilket parti?" after who signed asks the political party, which the people's lines carry ("(C)"), not the
    agreement's parties (samverkansparter); "vilka parter …?" still asks those."""
    reply = asked(bundled, ["Hebys medborgarlöfte 2024?", "vem skrev under från kommunen?", "vilket parti?"])
    assert reply.topic == "people" and "(C)" in reply.text, reply.text
    reply = asked(bundled, ["Who chairs the municipal board in Vansbro?", "which party is she in?"])
    assert "(C)" in reply.text, reply.text
    reply = asked(bundled, ["Vilka parter ingår i Hebys samverkan?"])
    assert reply.topic == "parties", reply.text


def test_words_the_named_kommuns_entry_holds_are_no_out_of_scope(bundled: Engine) -> None:
    """A kommun named with words its entry holds ("övertorneå hundsök skolan?": dog searches in schools) asks of the
    entry, though the model reads a dog as out of scope; weather or a pizzeria beside a kommun stays out of scope."""
    for message in ("övertorneå hundsök skolan?", "overtornea hundsok skolan?"):
        reply = asked(bundled, [message])
        assert reply.municipality == "overtornea" and "hund" in reply.text, (message, reply.text[:200])
    for message in ("Vad blir det för väder i Lund imorgon?", "Vilken är den bästa pizzerian i Kiruna?"):
        assert asked(bundled, [message]).topic == "out_of_scope"


def test_who_signed_asked_indirectly(bundled: Engine) -> None:
    """"Berätta vilka som skrev under …", "jag undrar vem som skrev på …": the signers asked as an indirect question,
    not the overview "berätta" asks alone; with a second clause both are answered."""
    reply = asked(bundled, ["Berätta vilka som skrev under Vansbros medborgarlöfte, och vad handlade det om?"])
    assert "Stina Munters" in reply.text and "Rune Lindbom" in reply.text and "A-traktorer" in reply.text, reply.text
    reply = asked(bundled, ["Jag undrar vem som skrev på Kirunas avtal"])
    assert reply.topic == "people" and "Mats Taaveniku" in reply.text, reply.text


def test_the_polices_checks_are_no_follow_up(bundled: Engine) -> None:
    """"Vad kontrollerade polisen?" asks the police's checks an entry names (speed and sobriety checks), not how the
    work is followed up; "hur kontrolleras det att … håller sina löften?" still asks the follow-up."""
    reply = asked(bundled, ["Vad kontrollerade polisen i Vansbro?"])
    assert "nykterhetskontroller" in reply.text and "följs upp" not in reply.text, reply.text
    reply = asked(bundled, ["Hur kontrolleras det att Vansbro håller sina löften?"])
    assert reply.topic == "follow_up", reply.text
