"""Tune the allocator polars uses for a batch run, before polars is loaded.

polars' Linux wheels allocate through their own jemalloc, which reads its options from
``_RJEM_MALLOC_CONF`` once, when polars is first imported; polars itself asks for
``dirty_decay_ms:500,muzzy_decay_ms:1000`` (memory goes back to the kernel quickly, see
pola-rs/polars#18088) and appends whatever the variable already holds, so a setting made
before the import wins. A batch allocates and frees chunk-sized columns without pause:
with polars' half-second decay, freed pages go back to the kernel, purged by whichever
thread frees them, and the next chunk faults the same memory in again (the kernel clearing
pages took a tenth of a run's CPU time when this was measured). Purging from jemalloc's
background thread and keeping freed pages for 30 seconds made a 10-million-row run about
5% faster, peak memory still well under 2 GB (see benchmarks/README.md).

``medmal batch`` calls :func:`tune_allocator` first thing; a Python caller may too, before
importing polars. A setting already in the environment is left alone - except polars' own
default, which a parent process that imported polars passes down to its children as if
it were a setting - and where polars uses another allocator (macOS, Windows) the variable
is simply never read.
"""

from __future__ import annotations

import os
import sys

__all__ = ["BATCH_ALLOCATOR", "JEMALLOC_VARIABLE", "POLARS_DEFAULT", "tune_allocator"]

JEMALLOC_VARIABLE = "_RJEM_MALLOC_CONF"
BATCH_ALLOCATOR = "background_thread:true,dirty_decay_ms:30000,muzzy_decay_ms:0"
#: What polars (1.x, 2.x) writes into the variable when it is imported with none set.
POLARS_DEFAULT = "dirty_decay_ms:500,muzzy_decay_ms:1000"


def tune_allocator() -> bool:
    """Set :data:`BATCH_ALLOCATOR` unless polars is loaded or the user set the variable;
    True if set."""
    if "polars" in sys.modules or os.environ.get(JEMALLOC_VARIABLE, POLARS_DEFAULT) != POLARS_DEFAULT:
        return False
    os.environ[JEMALLOC_VARIABLE] = BATCH_ALLOCATOR
    return True
