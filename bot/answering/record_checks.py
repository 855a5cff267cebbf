"""One's own record with the police, asked before a job, a visa or an application (round eighteen):
"vill kolla att mitt straffregister är rent", "how do I see what the police have about me", "my
employer wants an extract about me", "syns det om en arbetsgivare kollar?".

life_areas.REGISTER lists whole phrases ("polisens register", "criminal record*"), and a compound or a
paraphrase passed it. Read here by properties, in Swedish and English alike:

- a record's word by its stem, inside a compound too ("straffregister", "registrerat", "records"),
  an extract's ("utdrag", "extract"), or what knowledge/helplines.yaml's own line says the register
  is, "what the police have about you", in the resident's words ("vad polisen har om mig");
- the record is criminal (its compound, or the police named) or it is checked for a job, a visa or an
  application ("arbetsgivaren", "söka jobb", "visa", "certificate");
- it is the resident's own (a word of theirs), nothing that is to come ("will I get a record?", the
  law's question, own_law.py), and no one else's.

Or, with no record's word: the resident's past shown when an employer checks ("syns det fortfarande om
en arbetsgivare kollar?")."""

from __future__ import annotations

import re

# A record or an extract by its stem; not a car's registration number ("registreringsnummer") nor a
# camera's recording.
_RECORD = re.compile(r"\b(?!registrering)\w*(?:regist(?:er|ret|rer|rat|rad)\w*|records?)\b|\b(?:utdrag|extract)\w*\b")
_CRIMINAL = re.compile(r"\b\w*(?:straff|belastning|brott|polis|misstanke)\w*regist\w*\b|\b(?:polis\w*|police|"
                       r"criminal|clean record|rent register|ren\w* (?:register|straffregister))\b")
# What the police hold about the resident, as the register's own line says it of "you".
_HELD_ABOUT_ME = re.compile(r"\b(?:polis\w*|police|cops)\b.*\b(?:har|have|has|hold\w*|keep\w*|star|finns|"
                            r"registrerat)\b.*\b(?:om mig|pa mig|about me|on me)\b"
                            r"|\b(?:star|finns|registrerat)\b.*\b(?:om mig|pa mig)\b.*\bpolis\w*\b")
# Checked for a job, a visa, an application or a move.
_CHECKED_FOR = re.compile(r"\b(?:jobb\w*|arbete\w*|arbetsgivar\w*|anstall\w*|soka\w*|soker|sokt|ansok\w*|"
                          r"visum|visa|intyg\w*|tjanst\w*|employer\w*|job|jobs|work|apply\w*|application|"
                          r"certificate|background check|hired|hiring|volunteer\w*|adopt\w*|academy|"
                          r"forsvarsmakten|military|army)\b")
# The resident's past seen when they are checked, with no record's word.
_SHOWS = re.compile(r"\b(?:syns|synas|synns|show up|shows up|visible|come up|comes up)\b")
_CHECKS = re.compile(r"\b(?:kollar|kolla|kontrollerar|checks?|checking|looks? up)\b")
_ME = frozenset(("jag", "mig", "min", "mitt", "mina", "me", "my", "im"))
# What will follow from one's act, the law's question; not what is held now.
_TO_COME = re.compile(r"\b(?:hamnar|hamna|kommer (?:jag|han|hon|det) (?:att )?(?:fa|hamna)|will (?:i|it|he|she) "
                      r"(?:get|go|end)|get a record|end up|go on my record|kan jag fa ett)\b")
_ANOTHER = re.compile(r"\b(?:min|mitt|mina|my|our) (?:son|dotter|bror|syster|man|fru|sambo|pojkvan|flickvan|"
                      r"kompis|van|granne|pappa|mamma|son s|daughter|brother|sister|husband|wife|boyfriend|"
                      r"girlfriend|friend|neighbour|neighbor|dad|mum|mom)\b|\b(?:hans|hennes|his|her|their)\b")


def asked(norm: str, tokens: list[str], english: bool) -> bool:
    """Whether the resident asks to see their own record with the police (the register's extract)."""
    mine = _ME | ({"i"} if english else set())
    if not mine & set(tokens) or _TO_COME.search(norm) or _ANOTHER.search(norm):
        return False
    if _HELD_ABOUT_ME.search(norm):
        return True
    if _RECORD.search(norm):
        return bool(_CRIMINAL.search(norm) or _CHECKED_FOR.search(norm))
    return bool(_SHOWS.search(norm) and _CHECKS.search(norm) and re.search(r"\barbetsgivar\w*|\bemployer\w*", norm))
