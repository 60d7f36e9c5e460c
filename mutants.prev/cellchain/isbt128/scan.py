"""Normalising what a scanner sends before any parsing (reader rule: identifier first)."""

from __future__ import annotations

import re

# AIM symbology identifiers: "]" + symbology letter + modifier digit/letter (e.g. ]C0 Code 128,
# ]d2 Data Matrix, ]Q3 QR). Scanners configured to transmit them prefix each read.
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_normalise__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_normalise__mutmut)
def normalise(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = _AIM_PREFIX.sub("", text, count=1)
    return text.strip(" \r\n\t")


def x_normalise__mutmut_orig(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = _AIM_PREFIX.sub("", text, count=1)
    return text.strip(" \r\n\t")


def x_normalise__mutmut_1(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = None
    text = _AIM_PREFIX.sub("", text, count=1)
    return text.strip(" \r\n\t")


def x_normalise__mutmut_2(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(None)
    text = _AIM_PREFIX.sub("", text, count=1)
    return text.strip(" \r\n\t")


def x_normalise__mutmut_3(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip("XX \r\n\tXX")
    text = _AIM_PREFIX.sub("", text, count=1)
    return text.strip(" \r\n\t")


def x_normalise__mutmut_4(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = None
    return text.strip(" \r\n\t")


def x_normalise__mutmut_5(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = _AIM_PREFIX.sub(None, text, count=1)
    return text.strip(" \r\n\t")


def x_normalise__mutmut_6(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = _AIM_PREFIX.sub("", None, count=1)
    return text.strip(" \r\n\t")


def x_normalise__mutmut_7(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = _AIM_PREFIX.sub("", text, count=None)
    return text.strip(" \r\n\t")


def x_normalise__mutmut_8(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = _AIM_PREFIX.sub(text, count=1)
    return text.strip(" \r\n\t")


def x_normalise__mutmut_9(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = _AIM_PREFIX.sub("", count=1)
    return text.strip(" \r\n\t")


def x_normalise__mutmut_10(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = _AIM_PREFIX.sub("", text, )
    return text.strip(" \r\n\t")


def x_normalise__mutmut_11(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = _AIM_PREFIX.sub("XXXX", text, count=1)
    return text.strip(" \r\n\t")


def x_normalise__mutmut_12(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = _AIM_PREFIX.sub("", text, count=2)
    return text.strip(" \r\n\t")


def x_normalise__mutmut_13(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = _AIM_PREFIX.sub("", text, count=1)
    return text.strip(None)


def x_normalise__mutmut_14(raw: str) -> str:
    """Strips an AIM identifier, CR/LF/Tab and surrounding spaces from one scanned read."""
    text = raw.strip(" \r\n\t")
    text = _AIM_PREFIX.sub("", text, count=1)
    return text.strip("XX \r\n\tXX")

mutants_x_normalise__mutmut['_mutmut_orig'] = x_normalise__mutmut_orig # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_1'] = x_normalise__mutmut_1 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_2'] = x_normalise__mutmut_2 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_3'] = x_normalise__mutmut_3 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_4'] = x_normalise__mutmut_4 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_5'] = x_normalise__mutmut_5 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_6'] = x_normalise__mutmut_6 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_7'] = x_normalise__mutmut_7 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_8'] = x_normalise__mutmut_8 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_9'] = x_normalise__mutmut_9 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_10'] = x_normalise__mutmut_10 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_11'] = x_normalise__mutmut_11 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_12'] = x_normalise__mutmut_12 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_13'] = x_normalise__mutmut_13 # type: ignore # mutmut generated
mutants_x_normalise__mutmut['x_normalise__mutmut_14'] = x_normalise__mutmut_14 # type: ignore # mutmut generated
