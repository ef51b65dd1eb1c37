"""Work on many rows at once without the cyclic garbage collector walking them over and over.

Reading 200,000 applicants makes a few million small objects (rows, tuples, strings), none of them cyclic
garbage. Python's collector runs every 700 allocations, and each full pass walks every object alive, so
the bigger the list, the more each pass costs: about a third of the time of reading and checking a list of
200,000 people went to it. :func:`paused_gc` holds the collector off for the span of such work and lets it
run again afterwards (objects are still freed as they go by reference counting).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold off cyclic garbage collection inside the block; restore it as it was (nesting is safe)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
