"""The knowledge base's files as parsed YAML, kept between processes: parsing the 295 files was most of
`load()` (about 0.4 of its 0.5 s of CPU), done again by every `trygghetsbot chat --jsonl` process.

What is kept is the parser's output only, the mappings, lists and scalars each file reads as (every mapping
with the line it starts on, for the problems' messages); the checks and the model are made from it anew, by
the same code, on every load. One file in the cache folder (files.cache_dir(), beside the derived indexes),
named by a key over the files' names and text as read, the YAML library and its parser, and the bot's code
(derived_cache.code_digest). Another text, another library or other code gets another file. Only a base whose
every file read and parsed without a problem is written, so a problem is always found and told by the parser
itself; a file that cannot be read back is parsed again.

As the derived indexes are, it is stored as plain data: a mapping is a (line, dict) pair and a date a
1-tuple of its ordinal (the parser makes no tuples of its own), written with pickle and read with
derived_cache.plain_data's unpickler, which loads no class and no function. A value of any other type (a
timestamp with a time, say) is not cached: that base is parsed every time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml

from bot.answering import derived_cache

log = logging.getLogger(__name__)

CACHE_FORMAT = "1"
PATTERN = "parsed-yaml-*.pickle"


class NotPlain(ValueError):
    """A parsed value the cache does not keep."""


def key(texts: Sequence[tuple[str, str]], loader: type) -> str:
    """The key of the files `texts` ((name, text) in the order read) parsed by `loader`."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}\x00{yaml.__version__}\x00{loader.__mro__[1].__name__}\x00"
                            f"{derived_cache.code_digest()}\x00".encode())
    for name, text in texts:
        digest.update(name.encode() + b"\x1f" + text.encode() + b"\x1e")
    return digest.hexdigest()[:24]


def parsed(directory: Path | None, texts: Sequence[tuple[str, str]], loader: type, mapping: type,
           parse: Callable[[str, str], tuple[Any, bool]]) -> list[Any]:
    """Each file's parsed YAML, in order: read from `directory`'s file for these texts and this code, or parsed
    with `parse(name, text)` (which gives the value and whether it went without a problem) and written there
    when every file went well. `mapping` is the dict subclass with a `line` the parser makes."""
    if directory is None:
        return [parse(name, text)[0] for name, text in texts]
    path = directory / f"parsed-yaml-{key(texts, loader)}.pickle"
    try:
        plain = derived_cache.plain_data(path.read_bytes())
        values = [_decoded(value, mapping) for value in plain]
        if len(values) == len(texts):
            log.debug("knowledge: parsed YAML read from %s", path)
            return values
        log.warning("knowledge: %s holds %d files, not %d; parsing again", path, len(values), len(texts))
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, IndexError,
            KeyError, RecursionError) as exc:
        log.warning("knowledge: cannot read %s (%s); parsing again", path, exc)
    results = [parse(name, text) for name, text in texts]
    values = [value for value, _ in results]
    if all(clean for _, clean in results):
        _save(path, values, mapping)
    return values


def _save(path: Path, values: list[Any], mapping: type) -> None:
    try:
        body = pickle.dumps([_encoded(value, mapping) for value in values], protocol=pickle.HIGHEST_PROTOCOL)
    except (NotPlain, RecursionError) as exc:
        log.info("knowledge: parsed YAML not cached (%s)", exc)
        return
    derived_cache.write(path, body, PATTERN)


_SCALARS = (str, int, float, bool, type(None))


def _encoded(value: Any, mapping: type) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list:
        return [_encoded(item, mapping) for item in value]
    if kind is mapping:
        out = {}
        for name, item in value.items():
            if type(name) not in _SCALARS:
                raise NotPlain(f"a key of type {type(name).__name__}")
            out[name] = _encoded(item, mapping)
        return (value.line, out)
    if kind is dt.date:
        return (value.toordinal(),)
    raise NotPlain(f"a value of type {kind.__name__}")


def _decoded(value: Any, mapping: type) -> Any:
    kind = type(value)
    if kind is list:
        return [item if type(item) in _SCALARS else _decoded(item, mapping) for item in value]
    if kind is tuple:
        if len(value) == 1:
            return dt.date.fromordinal(value[0])
        line, items = value
        out = mapping({name: item if type(item) in _SCALARS else _decoded(item, mapping)
                       for name, item in items.items()})
        out.line = line
        return out
    if kind in _SCALARS:
        return value
    raise TypeError(f"not parsed YAML: {kind.__name__}")
