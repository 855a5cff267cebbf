"""Residents' concerns: the intake conversation (`intake`), the desk that stores them with receipts,
limits, erasure and retention (`desk`), and the keyed hashing and masking that keep residents
unnamed (`privacy`)."""
