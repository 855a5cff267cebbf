"""Questions about the bot's own services, read by their shape rather than by listed sentences:

- following a kommun and stopping it: a word of the service (a follow, a bevakning, notiser, updates)
  beside a wish for it or a word of stopping ("sluta", "stäng av", "inte … längre", "no more",
  "anymore"). Said of the service, "jag vill inte följa Lund längre" and "I don't want updates about
  Umeå anymore" are no despair: their "inte … längre" is of the follow, not of one's life;
- whether the bot calls anyone: a verb of calling or sending with the bot as its subject ("skickar ni
  en polisbil …", "larmar boten nån …", "does the bot alert the police");
- taking back or deleting what one has sent, or not wanting it kept ("jag vill inte att ni har kvar
  något om mig");
- whether someone learns who wrote ("får grannarna veta att det var jag som klagade?");
- whether one's message here is a police report, asked with a plain "är"/"is";
- talking to a person instead of the bot;
- where the answers come from and whether they can be trusted.

A Swedish yes-or-no question opens with its verb and needs no question mark ("skickar ni en polisbil om
jag skriver min adress här"): `asked` reads that shape. Read on folded tokens (lower case, no accents);
bot/answering/not_now.py puts these together with its own cue words, after danger now.
"""

from __future__ import annotations

import re

# A question's first word, beside a question mark: question words and the verbs that open a yes-or-no
# question whatever follows them.
_OPENERS = frozenset((
    "kan", "far", "ar", "sparar", "sparas", "lagrar", "ringer", "larmar", "hur", "vad", "vem", "var", "varifran",
    "vart", "ska", "maste", "bor", "gar", "finns", "blir", "har", "vill", "raknas", "syns", "skickas", "lases",
    "can", "could", "will", "would", "do", "does", "did", "is", "are", "am", "was", "should", "may", "must",
    "how", "what", "who", "where", "which"))
# The one asked in a question that opens with its verb ("skickar ni …", "larmar boten …", "följer jag …").
_ASKED_SUBJECTS = frozenset(("du", "ni", "boten", "botten", "chatten", "tjansten", "appen", "man", "jag", "det", "den"))


def asked(text: str, toks: list[str]) -> bool:
    """A question: a question mark, a question word or a verb that opens one, or a Swedish verb in the
    present (it ends in -r or, passive, -s) followed by who is asked ("skickar ni …", "sparas det …")."""
    if "?" in text or (bool(toks) and toks[0] in _OPENERS):
        return True
    return len(toks) > 1 and toks[1] in _ASKED_SUBJECTS and toks[0].endswith(("r", "s")) and len(toks[0]) > 3


# -- following and stopping ------------------------------------------------------------------------
# The follow itself, as a verb or a noun (folded: "följa", "bevakningen", "prenumerationen").
# (Stems where the speller cuts a word short: "prenumerera" is read "prenumerer".)
_FOLLOW = r"(?:folja|foljer|foljde|foljt|folj|foljning\w*|bevaka|bevakar|bevakade|bevakat|bevakning\w*|" \
          r"prenumer\w*|follow|follows|following|followed|subscrib\w*|subscription\w*)"
# What every word of `_FOLLOW` and `_FOLLOW_ORDER` begins with (and "uppföljning" holds): a message with none of
# them has no follow in it, and the patterns built on those words are not tried on it (`_follows`).
_FOLLOW_STEMS = ("folj", "bevak", "prenumer", "follow", "subscri")
# The follow told as an order, first in the message ("bevaka Hjo åt mig", "följ Lund"); not "följer Lund …?",
# which asks what the kommun follows.
_FOLLOW_ORDER = r"(?:folj|folja|bevaka|prenumerera|follow|subscribe)"
# What the follow sends ("notiser", "uppdateringar", "alerts").
_NEWS = r"(?:uppdatering\w*|notis\w*|notifikation\w*|notification\w*|avisering\w*|pushnotis\w*|utskick\w*|" \
        r"nyhetsbrev\w*|nyheter|updates|alerts?|newsletters?|news)"
# The bot said to send ("från er", "ni skickar", "sluta skicka"): what it sends is the follow's.
_FROM_THE_BOT = re.compile(r"\b(?:fran (?:er|dig|boten|chatten)|from (?:you|the bot|this bot)|ni skickar|du skickar|"
                           r"you send|^(?:sluta|stoppa|stop) (?:skicka|sending))\b")
# Followed by a person, a rule or "up", the verb is not the service's: "följa efter mig", "följa upp".
# (A "not" between is read through: "följer inte med hem längre" is a child who does not come along.)
# A possessive is of a person ("följde min dotter") unless a kommun follows it ("follow my municipality").
_NOT_THE_SERVICE = r"(?:(?:inte|not) )?(?:upp|up|med|efter|mig|oss|me|us|him|her|honom|henne|lagen|reglerna|rules|" \
                   r"law|along|instruktion\w*|rad|raden|advice|grann\w*|the crowd|crowd|people|folk|nagon|nan|someone|" \
                   r"somebody|barnen|kids|children|the news|(?:min|mitt|mina|my|his|hans|hennes|sin|sina|sitt)" \
                   r"(?! (?:kommun\w*|municipalit\w*|stad|town|city|hemkommun|home town)\b))"
# The follow as a thing ("bevakningen", "prenumerationen", "my follows"), which is the service whoever speaks.
_FOLLOW_NOUN = re.compile(r"\b(?:foljning\w*|bevakning\w*|prenumeration\w*|subscription\w*|follows)\b")
# The work followed up, however split ("hur följer man upp trygghetsarbetet?"): no follow of the bot's.
_FOLLOWED_UP = re.compile(rf"\b{_FOLLOW}(?: \w+){{0,3}} (?:upp|up)\b|\buppfoljning\w*")
_NEWS_WORD = re.compile(rf"\b{_NEWS}\b")
# Stopping it: a verb of stopping, or a wish told with "inte … längre/mer/fler", "no more", "anymore".
_STOP = re.compile(
    r"\b(?:sluta|slutar|slutat|avsluta\w*|stoppa\w*|stang\w* av|stanga|sla av|slar av|ta bort|tar bort|avbryt\w*|"
    r"saga upp|sager upp|avregistrer\w*|avprenumerer\w*|avfolj\w*|slippa|slipper|stop|stops|cancel\w*|turn off|"
    r"switch off|unsubscrib\w*|unfollow\w*|remove|mute|pausa)\b"
    r"|\binte\b(?: \w+){0,6} (?:langre|mer|fler)\b|\b(?:inga|inte) (?:fler|mer)\b|\bvill inte (?:ha|fa)\b"
    r"|\b(?:don t|dont|do not) want\b|\bno (?:more|longer)\b|\b(?:anymore|any more)\b")
# Changing what one follows ("jag följde Gävle … kan jag byta?"): how to stop and how to list, as stopping.
_CHANGE = re.compile(r"\b(?:byta|byter|bytt|andra|switch|change)\b")
# Someone else as the one who stops ("han slutar inte skicka meddelanden"): no follow of the bot's.
_ANOTHER_STOPS = re.compile(r"\b(?:han|hon|hen|de|dom|he|she|they|grannen|mitt ex|min ex\w*)\b(?: \w+){0,2} "
                            r"(?:slutar|stoppar|tar bort|stops|won t stop|doesn t stop|keeps)\b")
# Someone's messages ("fler meddelanden från honom"): harassment, not the bot's news (not_now_signs.FROM_A_PERSON).
_FROM_A_PERSON = re.compile(r"\b(?:fran|from) (?:honom|henne|hen|dem|dom|min|mitt|mina|grann\w*|nagon|nan|mannen|polisen|"
                            r"him|her|them|my|someone|the neighbou?r\w*|that|the police)\b")
# A wish for what the follow sends, or asked for it ("vill ha uppdateringar om Norrköping", "can I get alerts").
_WANTS_NEWS = re.compile(rf"\b(?:vill ha|vill fa|kan jag fa|kan man fa|far jag|fa|skicka|skickar|get|receive|want|"
                         rf"sign up for|send me)\b(?: \w+){{0,3}} {_NEWS}\b")
# Keeping an eye on what is new ("hålla koll på om det kommer nåt nytt där", "keep track of changes").
_KEEP_TRACK = re.compile(r"\b(?:halla koll|haller koll|halla mig uppdaterad|halla mig informerad|keep track|keep an eye|"
                         r"stay updated|stay informed|keep me updated|keep me posted)\b")
_NEW = re.compile(r"\b(?:nytt|ny|nya|andras|andringar|andring|uppdater\w*|new|changes?|changed|updated)\b")
# The resident as the one who follows: asked ("kan jag följa …", "följer jag …"), wished ("vill följa") or told
# as an order ("bevaka Hjo").
_RESIDENT_FOLLOWS = re.compile(rf"(?:\b(?:jag|man|vi|i|we)\b(?: \w+){{0,3}} |\b(?:att|vill|kan|to|can|want to|sluta|slutar|slutat|stop|quit|inte|not)\b(?: \w+)? )"
                               rf"{_FOLLOW}\b(?! {_NOT_THE_SERVICE}\b)|\b{_FOLLOW} (?:jag|man|i)\b"
                               rf"|^{_FOLLOW_ORDER}\b(?! {_NOT_THE_SERVICE}\b)")


# A wish ("jag vill följa Hjo"), or the follow told as an order ("bevaka Hjo åt mig").
_WISH = re.compile(r"\b(?:vill|want|wanna|onskar|skulle vilja|would like)\b")
_FOLLOW_FIRST = re.compile(rf"{_FOLLOW_ORDER}\b")


_FOLLOWS_SOMEONE = re.compile(rf"\b{_FOLLOW} {_NOT_THE_SERVICE}\b")
# Bound to follow, as a law or an agreement binds ("är polisen skyldig att följa avtalet?", "must they follow it?"):
# complying, asked of the parties, never the bot's follow.
_BOUND_TO = re.compile(rf"\b(?:skyldig\w*|maste|tvungen|tvungna|forpliktad\w*|obliged|required|bound|have to|has to|"
                       rf"must) (?:att |to )?(?:\w+ )?{_FOLLOW}\b")


def _follows(norm: str, pattern: re.Pattern[str]) -> bool:
    """`pattern` (one built on `_FOLLOW`) found in `norm`; not tried where no word of the follow is."""
    return any(stem in norm for stem in _FOLLOW_STEMS) and pattern.search(norm) is not None


def follows_someone(norm: str) -> bool:
    """A person, a rule or "up" after the verb ("bevaka grannen", "följa efter mig", "följa upp"): not the bot's
    follow, whatever cue word of it the message has."""
    return _follows(norm, _FOLLOWS_SOMEONE) or _follows(norm, _FOLLOWED_UP) or _follows(norm, _BOUND_TO)


def stops_following(norm: str) -> bool:
    """The resident wants to stop a follow or what it sends ("stäng av bevakningen", "jag vill inte följa
    Lund längre", "stop notifications for Malmö"), or to change what they follow: not of a person."""
    # What the bot sends is the follow's, however named ("orkar inte med att ni skickar så mycket, stäng av"); looked
    # for first, as most messages name none, then what rules it out.
    service = _follows(norm, _RESIDENT_FOLLOWS) or _FOLLOW_NOUN.search(norm) or _NEWS_WORD.search(norm) \
        or _FROM_THE_BOT.search(norm)
    if not service or _FROM_A_PERSON.search(norm) or _ANOTHER_STOPS.search(norm) or _follows(norm, _FOLLOWED_UP):
        return False
    return bool(_STOP.search(norm) or _CHANGE.search(norm) and _follows(norm, _RESIDENT_FOLLOWS))


# Someone followed by a person ("I was being followed last week", "followed me home"): a threat told, no news wished.
_PERSON_FOLLOWED = re.compile(r"\b(?:being|was|been|were|got|get|is|am|are|im) followed\b|\bfollowed (?:me|us|him|her|by)\b")


def wants_to_follow(norm: str, is_asked: bool) -> bool:
    """The resident wants news of a kommun's agreement: a follow asked or wished ("går det att följa flera
    kommuner?", "bevaka Hjo"), what it sends wished for, or keeping track of what is new."""
    # (what wants it looked for first, as most messages have none of it, then what rules it out)
    wanted = _follows(norm, _RESIDENT_FOLLOWS) and (is_asked or _WISH.search(norm) or _FOLLOW_FIRST.match(norm)) \
        or _WANTS_NEWS.search(norm) or _KEEP_TRACK.search(norm) and _NEW.search(norm)
    return bool(wanted) and not (_FROM_A_PERSON.search(norm) or _PERSON_FOLLOWED.search(norm)
                                 or _follows(norm, _FOLLOWED_UP) or _follows(norm, _BOUND_TO))


# Which kommuner one follows, asked in the verb-first order ("vilka kommuner följer jag?").
_FOLLOWING_WHICH = re.compile(r"\b(?:vilka|vilken|which|what)\b(?: \w+){0,2} (?:foljer|following|follow) (?:jag|i)\b")


def asks_what_one_follows(norm: str) -> bool:
    return bool(_FOLLOWING_WHICH.search(norm))


# -- calling and sending -------------------------------------------------------------------------------
# A verb of calling, alerting or sending with the bot as its subject ("larmar boten nån", "skickar ni en
# polisbil", "does the bot alert the police").
_BOT_CALLS = re.compile(
    r"\b(?:ringer|ringa|larmar|larma|kontaktar|kontakta|tillkallar|tillkalla|skickar|skicka|meddelar|meddela|"
    r"tipsar|tipsa|underrattar|underratta)\s+(?:du|ni|boten|botten|chatten|den)\b(?: \w+){0,3} "
    r"(?:polis\w*|ambulans\w*|112|nagon|nan|brandkar\w*|socialtjanst\w*|hjalp)\b"
    r"|\b(?:do|does|will|would|can|could)\s+(?:you|the bot|this bot|it)\s+(?:call|alert|notify|contact|ring|phone|send|"
    r"dispatch)\b(?: \w+){0,2} (?:police|cops|ambulance|112|anyone|anybody|someone|somebody|help|the fire brigade)\b"
    # asked after, of what the resident wrote before ("ringde du polisen då?", "did you call the police then?")
    r"|\b(?:(?:ringde|larmade|kontaktade|tipsade|meddelade|tillkallade)\s+(?:du|ni|boten)|(?:har|hade)\s+(?:du|ni|boten)\s+"
    r"(?:ringt|larm\w*|kontaktat|tipsat|meddelat|tillkallat))\b(?: \w+){0,3} (?:polis\w*|ambulans\w*|112|nagon|nan|brandkar\w*)\b"
    r"|\b(?:did|have|had)\s+(?:you|the bot|this bot|it)\s+(?:call|called|alert|alerted|notify|notified|contact|contacted|"
    r"phone|phoned|ring|rang|tell|told)\b(?: \w+){0,2} (?:police|cops|ambulance|112|anyone|anybody|someone|somebody|"
    r"the fire brigade)\b")


def bot_asked_to_call(norm: str) -> bool:
    return bool(_BOT_CALLS.search(norm))


# -- deleting and taking back ---------------------------------------------------------------------------
# Taking back what one sent, or not wanting it kept ("ångrar mig, kan jag ta tillbaka den?", "vill inte att ni
# har kvar något om mig", "stop storing my data").
_TAKE_BACK = re.compile(
    r"\b(?:ta bort|tar bort|radera\w*|delete|remove|erase|ta tillbaka|tar tillbaka|dra tillbaka|drar tillbaka|aterkalla\w*|angra\w*|withdraw\w*|take back|undo|"
    r"rensa|tomma|wipe|clear)\b"
    r"|\binte\b(?: \w+){0,4} (?:ha kvar|har kvar|haller kvar|behaller|behalla|sparar|spara)\b"
    r"|\b(?:don t|dont|do not|stop) (?:keep|keeping|store|storing|save|saving)\b")
# What is one's own there: a concern one sent, or what is kept about one.
_MINE = re.compile(
    r"\b(?:om mig|mig ur|mig fran|synpunkten|min synpunkt|mina synpunkter|jag skickade|jag skickat|jag har skickat|"
    r"jag lamnade|jag lamnat|jag skrev|jag skrivit|about me|me from|i sent|i wrote|i submitted|my concern|my data|"
    r"my messages|my details)\b")


def takes_back_own(norm: str) -> bool:
    return bool(_TAKE_BACK.search(norm) and _MINE.search(norm))


# -- who reads what one wrote, and who learns that one wrote it ----------------------------------------
_READERS = r"(?:grann\w*|polis\w*|kommun\w*|nagon|nan|andra|personal\w*|handlaggar\w*|police|neighbou?r\w*|" \
           r"anyone|anybody|someone|council|municipality|staff|others|people)"
_LEARN = r"(?:fa veta|far veta|veta|vet|se|ser|lasa|laser|ta reda pa|tar reda pa|find out|know|see|read|learn)"
# What one wrote ("det jag skrev", "what I sent") and that one wrote it ("att det var jag som klagade").
_WHAT_I_WROTE = r"(?:(?:det|vad) jag (?:har )?(?:skriv\w*|skrev|skick\w*|lamna\w*|beratta\w*)|what i (?:wrote|sent|write))"
_THAT_I_WROTE = r"(?:att det var jag|det var jag som|vem jag ar|who i am|vem som (?:skrev|klagade|skickade|tipsade|anmalde)|it was me|" \
                r"who (?:sent|wrote|complained|reported)|that i (?:complained|wrote|sent))"


def _learned(what: str) -> re.Pattern[str]:
    """A reader who learns, then what (within a few words): "får grannarna veta att det var jag som …",
    "får polisen se det jag skrev". What comes before the reader is another question ("sparar ni det jag skriver?
    vill inte att nån ska veta …" asks what is stored)."""
    return re.compile(rf"(?:\b{_READERS}\b(?: \w+){{0,2}} {_LEARN}|\b{_LEARN}\b(?: \w+){{0,2}} {_READERS})\b"
                      rf"(?: \w+){{0,4}} {what}\b")


_READS_WHAT_I_WROTE = _learned(_WHAT_I_WROTE)
_LEARNS_THAT_I_WROTE = _learned(_THAT_I_WROTE)
# The reader asked with who, of the concerns or messages the resident sends ("who can see the concerns I send through
# this bot?", "vem kan läsa meddelandena jag skickar?"): who sees them, not another's data asked for.
_WHO_READS_MINE = re.compile(rf"\b(?:who|vem|vilka)\b(?: \w+){{0,2}} (?:{_LEARN}|gets?|receives?|far|tar emot)\b(?: \w+){{0,3}} "
                             rf"(?:{_WHAT_I_WROTE}|"
                             r"(?:concerns?|messages?|complaints?|synpunkt\w*|meddelande\w*|klagomal\w*) (?:that |som )?"
                             r"(?:i|jag|vi|we) (?:\w+ )?(?:send|sent|write|wrote|submit\w*|skickar|skickat|skickade|skriver|"
                             r"skrivit|skrev|lamnar|lamnat))\b")


# Whether one's name is kept ("sparas mitt namn?", "is my name saved?"): the "Ja." that answers "kan jag vara
# anonym?" is a "Nej." to it.
_NAME_KEPT = re.compile(r"\b(?:is|will|does|gets?) my name (?:be |get |going to be )?(?:saved|stored|kept|logged|recorded|shown)"
                        r"|\b(?:do you|will you|does it|does the bot) (?:save|store|keep|log|record) my name"
                        r"|\b(?:sparas|sparar ni|sparar du|lagras|lagrar ni|lagrar du|syns|visas|loggas)(?: \w+)? mitt namn"
                        r"|\bmitt namn (?:sparas|lagras|syns|visas|loggas)\b")


def asks_if_name_kept(norm: str) -> bool:
    return bool(_NAME_KEPT.search(norm))


def asks_who_reads(norm: str) -> bool:
    """Whether another reads what one wrote here ("får polisen läsa det jag skickar?"): who sees it."""
    return bool(_READS_WHAT_I_WROTE.search(norm) or _WHO_READS_MINE.search(norm))


def asks_who_knows_me(norm: str) -> bool:
    """Whether another learns that it was one who wrote ("får grannarna veta att det var jag som klagade?"):
    how a concern is kept without one's name."""
    return bool(_LEARNS_THAT_I_WROTE.search(norm))


# -- a police report asked with "är"/"is" ----------------------------------------------------------------
_COPULA_FIRST = frozenset(("ar", "is", "blir", "was", "will"))
_MY_MESSAGE = re.compile(r"\b(?:mitt meddelande|mina meddelanden|det jag skrev|det jag skriver|det jag skrivit|my message|"
                         r"my messages|what i wrote|what i write|my chat|till dig|to you)\b")
_A_REPORT = re.compile(r"\b(?:polisanmalan|anmalan|police report|report|crime report)\b")


def asks_if_a_report(norm: str, toks: list[str]) -> bool:
    """"Is my message to you a police report?": a plain copula question of what one writes here."""
    return bool(toks) and toks[0] in _COPULA_FIRST and bool(_MY_MESSAGE.search(norm) and _A_REPORT.search(norm))


# -- a person instead of the bot -----------------------------------------------------------------------
_PERSON_WANTED = re.compile(
    r"\b(?:prata|tala|chatta|skriva) med (?:en |nagon )?(?:riktig |levande |verklig )?(?:manniska|person)\b"
    r"|\b(?:talk|speak|chat) (?:to|with) (?:a |an |some )?(?:real |actual |live )?(?:human|person|human being|someone real)\b"
    r"|\b(?:en riktig manniska|a real person|a real human|a human being)\b")


# Whether the one writing back is the police or a person ("är det här polisen?", "am I talking to the police or a
# real person?", "sitter det en polis och läser?"): what the bot is. The police or the person must end the ask or
# go on to reading or answering ("är det polisen som ansvarar för …?" asks about the agreement).
_POLICE_OR_PERSON_HERE = re.compile(
    r"\b(?:ar (?:det har|detta|det|du)|is (?:this|it)|are you|am i (?:talking|chatting|writing|speaking) (?:to|with)|"
    r"sitter jag (?:och |har och )?(?:pratar|skriver|chattar|talar) (?:med|till)|"
    r"pratar jag med|skriver jag (?:med|till)|chattar jag med|sitter det|is there)"
    # (only filler between: "är det kommunen eller polisen som läser?" asks who of them reads, not what the bot is)
    r"(?: (?:har|here|really|actually|verkligen|egentligen|typ|nu|now|right now|in fact)){0,2} "
    # (an article and a word of real in front: "an actual police officer", "en riktig polis", "a live person")
    r"(?:(?:en|ett|a|an|the|nagon|some) )?(?:(?:riktig|verklig|levande|real|actual|live|human) )?"
    r"(?:polisen|polis|poliser|polisman|the police|police|police officer|officer|cop|manniska|person|human|"
    r"someone|nagon)(?= *$| eller\b| or\b| nu\b| right now| har\b| here\b| som (?:svarar|laser|skriver|sitter)| och (?:laser|ser)|"
    # the cleft of who is on the other end ("är det polisen jag skriver med?", "is it a cop I'm chatting to?")
    r" (?:som )?(?:jag|vi|man) (?:skriver|pratar|chattar|talar|har kontakt|kommunicerar)(?: \w+){0,2} (?:med|till)\b|"
    r" (?:that )?(?:i m|i am|im|we re|i|we) (?:writing|talking|chatting|speaking|texting) (?:to|with)\b|"
    r" who (?:reads|answers)| reading| answering| (?:will|kommer|ska|laser|lases|svarar|ser|far|reads?|sees?|can) )")


def asks_what_it_is(norm: str) -> bool:
    """Whether the resident asks if the police or a person is on the other end: the bot is a chatbot."""
    return bool(_POLICE_OR_PERSON_HERE.search(norm))


def wants_a_person(norm: str) -> bool:
    return bool(_PERSON_WANTED.search(norm))


# -- where the answers come from -----------------------------------------------------------------------
_BOT_ADDRESSED = re.compile(r"\b(?:du|dig|din|dina|ditt|boten|botten|you|your|the bot|this bot)\b")
# Asked where from ("varifrån kommer dina uppgifter?", "var får du din info ifrån?", "where do you get …").
_WHERE_FROM = re.compile(r"\b(?:varifran|vart?\b(?: \w+){1,5} (?:ifran|fran)|where\b(?: \w+){1,5} from|"
                         r"where (?:do|does|did) (?:you|your|the bot) (?:get|find|take))\b")
# What it knows or answers.
_WHAT_IT_KNOWS = re.compile(r"\b(?:info\w*|uppgifter\w*|fakta|svar\w*|kunskap\w*|data|facts|answers|det har|allt)\b")
# Trusted, made up or true, said of its answers ("kan man lita på det du svarar", "are your answers made up?").
_TRUSTED = re.compile(
    r"\b(?:vilka|what|which) (?:kallor|sources)\b|\b(?:dina|your|the bot s) (?:kallor|sources)\b"
    r"|\b(?:lita pa|trust|rely on) (?:dig|dina svar|det du|vad du|svaren|you|your answers|what you)\b"
    r"|\b(?:hittat pa|hittar pa|hitta pa|made up|make up|making up|invent\w*) (?:svaren|svar|det|allt|them|it|the answers)\b"
    r"|\b(?:svaren|dina svar|your answers|the answers)\b(?: \w+){0,2} (?:made up|invented|pahittade|pahittat|"
    r"fabricated|sanna|korrekta|palitliga|true|correct|reliable|accurate)\b")
# A kommun asked after ("var kommer Lunds uppgifter ifrån?") is its source, not the bot's.
_OF_A_KOMMUN = re.compile(r"\b(?:kommun\w*|municipalit\w*|lofte\w*|avtal\w*|overenskommelse\w*|promise\w*|agreement\w*)\b")


def asks_for_sources(norm: str) -> bool:
    """Where the bot's answers come from, or whether they can be trusted, asked of the bot itself (not "vad är
    källan för Lunds löfte?", which asks for a kommun's source)."""
    if _OF_A_KOMMUN.search(norm):
        return False
    if _TRUSTED.search(norm):
        return True
    return bool(_WHERE_FROM.search(norm) and _BOT_ADDRESSED.search(norm) and _WHAT_IT_KNOWS.search(norm))


# Whether the kommun, the police or anyone sees one's survey answers ("ser kommunen mina svar?", "does the municipality
# see my survey answers?", "kan någon se vad jag svarade?"): "Nej", as they are kept only as counts; "är det anonymt?"
# keeps "Ja", and "vem ser …?" asks no yes or no (the text answers who).
_SEES_MINE = re.compile(r"^(?!vem\b|vilka\b|who\b)(?:\w+ ){0,4}(?:ser|se|far \w+ se|far \w+ veta|sees?|see|know)\b(?: \w+){0,3} "
                        r"(?:mina (?:\w+ )?svar|mitt (?:\w+ )?svar|vad jag (?:har )?svara\w*|my (?:\w+ )?answers?|what i "
                        r"(?:have )?answered)\b")


def says_no(kind: str, norm: str) -> bool:
    """Whether the bot fact `kind`, whose text opens "Ja." for "kan jag vara anonym?", answers this question "Nej.":
    whether another learns who wrote or one's name is kept, or whether anyone sees one's survey answers."""
    return asks_who_knows_me(norm) or asks_if_name_kept(norm) or kind == "survey_private" and _SEES_MINE.search(norm) is not None
