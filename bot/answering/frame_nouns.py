"""The nouns of a "which X" question's frame, or of what an aspect's answer gives ("vilken dag", "which
neighbourhood", "vilka åtgärder"): what is asked for, never a subject the entry could be said to lack. Kept in a
module of their own, with no imports, so that which_asks.py and first_newest.py read one list without an import
cycle."""

# Nouns of the question's frame or of what an aspect's answer gives: never a subject "not mentioned".
ASKED_OF = frozenset((
    "typ", "typer", "sort", "sorts", "slags", "slag", "form", "former", "kind", "kinds", "type", "types", "sort",
    "dag", "dagen", "datum", "ar", "aret", "manad", "manaden", "vecka", "veckan", "tid", "tiden", "tidpunkt",
    "period", "perioden", "year", "years", "date", "day", "month", "week", "time", "period",
    "nummer", "telefonnummer", "mejl", "mail", "epost", "adress", "hemsida", "sida", "sidan", "lank", "lanken",
    "kalla", "kallan", "kallor", "number", "phone", "email", "address", "website", "page", "link", "source",
    "sources", "roll", "rollen", "titel", "namn", "namnet", "role", "title", "name", "names",
    "problem", "problemet", "fraga", "fragor", "fragan", "question", "questions", "issue", "issues", "del", "delar",
    "part", "parts", "one", "ones", "sak", "saker", "thing", "things", "satt", "sattet", "way", "ways",
    "person", "personer", "personen", "people", "person", "persons", "man", "kvinna", "chef", "chefen",
    "omrade", "omraden", "omradet", "stadsdel", "stadsdelar", "bostadsomrade", "bostadsomraden", "area", "areas",
    "district", "districts", "neighbourhood", "neighbourhoods", "gata", "gator", "street", "streets",
    "kommun", "kommuner", "kommunen", "municipality", "municipalities", "lan", "county", "region",
    "polisomrade", "lokalpolisomrade", "polisomradet", "polis", "polisen", "police", "station",
    "brott", "brotten", "crime", "crimes", "avtal", "avtalet", "lofte", "loftet", "agreement", "promise",
    "atagande", "ataganden", "atagandena", "commitment", "commitments",  # the focus list gives them
    "plats", "platser", "platsen", "platserna", "stalle", "stallen", "stallet", "place", "places", "spot", "spots",
    "location", "locations", "tider", "manader", "veckodag", "veckodagar", "arstid", "arstider", "klockslag", "alder", "aldrar", "varde",
    "skala", "lag", "lagen", "andel", "procent", "siffra", "siffror", "antal", "age", "ages", "value", "scale", "law",
    "share", "percent", "percentage", "figure", "figures", "hours", "times", "months", "days", "weeks",
    "version", "andra", "other", "others", "mer", "more", "fler", "most", "mest", "forsta", "first", "sista", "last",
    # who takes part, of any kind: the parties' answer names them
    "organisation", "organisationer", "organisationen", "organisations", "organization", "organizations", "aktor",
    "aktorer", "aktorerna", "actor", "actors", "part", "parter", "parterna", "partner", "partners", "party",
    "parties", "samarbetspartner", "samarbetspartners", "stakeholder", "stakeholders", "body", "bodies",
))
