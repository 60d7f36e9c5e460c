"""The one error a scan can produce: a sentence naming what is wrong."""

from __future__ import annotations

from cellchain.errors import BadInput


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class ScanError(BadInput):
    """Scanned or typed ISBT 128 text that cannot be accepted."""
