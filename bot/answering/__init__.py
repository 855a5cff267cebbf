"""Answering residents' questions from the knowledge base.

`knowledge` loads and validates the YAML; `matching` finds municipalities and places in a message,
`lexicon` the cue words that tell what is asked and `spelling` puts slipped letters right; `danger`
is the 112 gate; `limits` tells apart what the knowledge base cannot answer; `engine` decides the
`Answer`, `compose` writes it in Swedish or English, and `compare` sets municipalities side by side.
"""
