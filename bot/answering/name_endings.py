"""How the names of a kind end ("vilka skolor": -skolan, -gymnasiet; "vilket bostadsbolag": -hem, -hus),
keyed by the start of the kind's word as a question writes it. Kept apart from detail_asks.py, which
reads a question's frame, because it is data, not reading.
"""

from __future__ import annotations

_ASSOCIATIONS = ("forening", "foreningen", "foreningar", "foreningarna", "klubb", "klubben", "if", "ik", "ff", "bk",
                 "forbund", "forbundet")
_SURVEYS = ("enkat", "enkaten", "undersokning", "undersokningen", "matning", "matningen")
NAME_ENDINGS: dict[str, tuple[str, ...]] = {
    "skol": ("skola", "skolan", "gymnasiet", "gymnasium", "gymnasieskola", "gymnasieskolan"),
    "school": ("skola", "skolan", "gymnasiet", "gymnasium", "gymnasieskola", "gymnasieskolan", "school"),
    "gymnasi": ("gymnasiet", "gymnasium", "gymnasieskola", "gymnasieskolan"),
    "bostadsbolag": ("hus", "hem", "bostader", "byggen", "bostad", "fastigheter", "hyresbostader"),
    "bostadsforetag": ("hus", "hem", "bostader", "byggen", "bostad", "fastigheter", "hyresbostader"),
    "hyresvard": ("hus", "hem", "bostader", "byggen", "bostad", "fastigheter", "hyresbostader"),
    "fastighetsbolag": ("hus", "hem", "bostader", "byggen", "bostad", "fastigheter", "fastighetsagarna"),
    "housing": ("hus", "hem", "bostader", "byggen", "bostad", "fastigheter", "hyresbostader"),
    "landlord": ("hus", "hem", "bostader", "byggen", "bostad", "fastigheter", "hyresbostader"),
    "forsakring": ("forsakringar", "forsakring"),
    "insur": ("forsakringar", "forsakring"),
    "bank": ("bank", "banken", "sparbank", "sparbanken", "banker"),
    "forening": _ASSOCIATIONS,
    "associat": _ASSOCIATIONS,
    "club": ("forening", "foreningen", "foreningar", "foreningarna", "klubb", "klubben", "if", "ik", "ff", "bk"),
    "torg": ("torg", "torget", "plan", "plats", "platsen"),
    "square": ("torg", "torget", "plan", "plats", "platsen"),
    "gata": ("gatan", "gata", "vagen", "vag", "alle", "allen", "grand", "strak", "straket", "leden"),
    "gator": ("gatan", "gata", "vagen", "vag", "alle", "allen", "grand", "strak", "straket", "leden"),
    "street": ("gatan", "gata", "vagen", "vag", "alle", "allen", "grand", "strak", "straket", "leden"),
    "vag": ("gatan", "vagen", "vag", "leden"),
    "road": ("gatan", "vagen", "vag", "leden"),
    "badplats": ("bad", "badet", "badplats", "badplatsen", "badgruva", "strand", "stranden", "sjon"),
    "beach": ("bad", "badet", "badplats", "badplatsen", "badgruva", "strand", "stranden"),
    "arena": ("arena", "arenan", "hallen", "vallen", "idrottsplats", "planen"),
    "park": ("park", "parken"),
    "station": ("station", "stationen", "resecentrum", "tagstation", "busstation"),
    "bostadsomrad": ("omradet", "omrade", "angar", "gardet", "berget", "backe", "backen", "dal", "dalen", "hojd",
                     "hojden", "holmen", "parken", "torp", "torpet"),
    "district": ("omradet", "omrade", "angar", "gardet", "berget", "backe", "backen", "dal", "dalen", "hojd",
                 "hojden", "holmen", "parken", "torp", "torpet", "district"),
    "neighbo": ("omradet", "omrade", "angar", "gardet", "berget", "backe", "backen", "dal", "dalen", "hojd",
                "hojden", "holmen", "parken", "torp", "torpet", "district"),
    "stadsdel": ("omradet", "omrade", "angar", "gardet", "berget", "backe", "backen", "dal", "dalen", "hojd",
                 "hojden", "holmen", "parken", "torp", "torpet"),
    "rad": ("radet", "rad"),
    "council": ("radet", "rad"),
    # a forum or a group the parties meet in ("i vilket forum", "vilken grupp"): a council is one too
    "forum": ("forum", "forumet", "radet", "gruppen", "grupp"),
    "grupp": ("gruppen", "grupp", "styrgruppen", "forum", "forumet", "radet"),
    "board": ("radet", "styrelsen", "styrgruppen", "gruppen", "forum", "forumet"),
    "group": ("gruppen", "grupp", "styrgruppen", "forum", "forumet", "radet"),
    # a named survey or model ("kommunens CTC-enkät", "Sölvesborgsmodellen"), asked "vilken enkät/modell"
    "enkat": _SURVEYS,
    "undersokning": _SURVEYS,
    "survey": (*_SURVEYS, "survey"),
    "modell": ("modellen", "modell"),
    "model": ("modellen", "modell", "model"),
    "foretag": ("ab", "hus", "hem", "bostader", "byggen", "forsakringar", "bank", "banken", "energi"),
    "bolag": ("ab", "hus", "hem", "bostader", "byggen", "forsakringar", "bank", "banken", "energi"),
    "compan": ("ab", "hus", "hem", "bostader", "byggen", "forsakringar", "bank", "banken", "energi"),
}
