"""The randomisation list of NCT07212933's randomised, double-blind stage, as pure rules.

The stage randomises 1:1 to TAS-102 + RAK cells or TAS-102 + placebo (domain note §0; the arms
and ratios are ``[[arms]]`` in ``nct07212933.toml``). The unblinded coordinator randomises
(DESIGN §1); blinded roles never see an arm (DESIGN §4.6, domain note §5.3), so the list itself
is unblinded data and only its fingerprint may be shown to blinded roles or in the audit trail.

How a list is made:

- **Permuted blocks of mixed, random size** (``[randomisation] block_sizes``). Every block holds
  each arm exactly ``ratio × block_size / sum of ratios`` times, in random order, so the arms
  stay balanced after every complete block; drawing each block's size at random from several
  sizes stops someone who knows the block size from predicting the last allocations of a block.
- **Strata** (``[randomisation] strata``, optional) each get their own list of blocks numbered
  from 1; an empty list of strata means one unstratified list, whose stratum is ``""``.
- **Whole blocks.** A list is generated in whole blocks, so the last block of a stratum may
  run past ``list_length``: cutting it short would leave the arms unbalanced in the reserve.
- **The seed.** ``generate_list`` is deterministic for a seed (``random.Random(seed)``, drawn
  stratum by stratum in the order of the settings). The service draws the seed from ``secrets``
  and stores only its SHA-256 hash with the list's fingerprint: the list stays concealed, and
  whoever holds the seed (the unblinded statistician) can regenerate it and prove, by the
  fingerprint, that it is the list that was in force. A golden test pins the algorithm so a
  change of Python or of this code that would change the lists is noticed.
- **Imported lists.** A list made by the trial statistician is imported from CSV
  (``parse_list_csv``): header ``stratum,sequence,block,arm``; row 1 is the header. Rows of a
  stratum come in sequence order 1, 2, 3 … without gaps (strata may follow one another); each
  block's rows are contiguous and balanced per the ratios. Block sizes are not checked against
  ``block_sizes``: the statistician may have used other sizes, and balance is what matters.

Decisions where the sources are silent: a used slot is never reused, even when the
randomisation it served is voided (the service passes every sequence ever used to
``next_slot``); strata names and arm codes are letters, digits, ``_``, ``.`` and ``-`` (they are
written into the CSV unquoted); a list is refused on import if a stratum has no rows, because a
subject of that stratum could not then be randomised.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from cellchain.errors import BadInput, Conflict

HEADER: Final = ("stratum", "sequence", "block", "arm")
# A typing error such as 1200 → 1200000 would otherwise generate a list of millions of slots.
MAX_LENGTH: Final = 10_000
_NAME: Final = re.compile(r"[A-Za-z0-9_.-]{1,40}", re.ASCII)
_NAME_RULE: Final = "1-40 letters, digits, '_', '.' or '-'"
_WHOLE: Final = re.compile(r"[0-9]{1,9}", re.ASCII)
_KEYS: Final = frozenset({"block_sizes", "strata", "list_length"})


@dataclass(frozen=True)
class Arm:
    """An arm of the randomised stage and its allocation weight (``[[arms]]`` code, ratio)."""

    code: str
    ratio: int


@dataclass(frozen=True)
class RandomisationSettings:
    block_sizes: tuple[int, ...]
    strata: tuple[str, ...]
    list_length: int

    @property
    def stratum_names(self) -> tuple[str, ...]:
        """The strata a list has: the named ones, or ``""`` alone when unstratified."""
        return self.strata or ("",)


@dataclass(frozen=True)
class Slot:
    """One line of the list: the ``sequence``-th allocation of ``stratum`` (from 1)."""

    stratum: str
    sequence: int
    block: int
    block_size: int
    arm: str


def ratio_sum(arms: Sequence[Arm]) -> int:
    """The sum of the arms' ratios (a block size must be a multiple of it), or ValueError."""
    if len(arms) < 2:
        raise ValueError(f"arms: a randomised stage needs at least 2 arms, got {len(arms)}")
    codes = [arm.code for arm in arms]
    for arm in arms:
        if not _NAME.fullmatch(arm.code):
            raise ValueError(f"arms: code {arm.code!r} must be {_NAME_RULE}")
        if codes.count(arm.code) > 1:
            raise ValueError(f"arms: code {arm.code} appears more than once")
        if isinstance(arm.ratio, bool) or not isinstance(arm.ratio, int) or arm.ratio < 1:
            raise ValueError(f"arms: ratio of {arm.code} must be a whole number of at least 1, "
                             f"got {arm.ratio!r}")
    return sum(arm.ratio for arm in arms)


def _ratio_text(arms: Sequence[Arm]) -> str:
    return ":".join(str(arm.ratio) for arm in arms)


def check_settings(settings: RandomisationSettings, arms: Sequence[Arm]) -> None:
    """Raises ValueError naming the ``[randomisation]`` key unless the settings fit the arms."""
    total = ratio_sum(arms)
    if not settings.block_sizes:
        raise ValueError("randomisation.block_sizes: give at least one block size")
    for size in settings.block_sizes:
        if isinstance(size, bool) or not isinstance(size, int) or size < total or size % total:
            raise ValueError(
                f"randomisation.block_sizes: {size!r} is not a positive multiple of {total}, "
                f"the sum of the arm ratios {_ratio_text(arms)}; a block must hold the arms "
                "in ratio")
        if settings.block_sizes.count(size) > 1:
            raise ValueError(f"randomisation.block_sizes: {size} appears more than once")
    for name in settings.strata:
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise ValueError(f"randomisation.strata: {name!r} must be {_NAME_RULE}")
        if settings.strata.count(name) > 1:
            raise ValueError(f"randomisation.strata: {name} appears more than once")
    length = settings.list_length
    if isinstance(length, bool) or not isinstance(length, int) or not 1 <= length <= MAX_LENGTH:
        raise ValueError(f"randomisation.list_length: must be a whole number from 1 to "
                         f"{MAX_LENGTH}, got {length!r}")


def randomisation_settings_from_mapping(table: Mapping[str, object], arms: Sequence[Arm]
                                        ) -> RandomisationSettings:
    """Turns the ``[randomisation]`` table into settings, validated against ``arms``."""
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ValueError(f"randomisation.{unknown[0]}: not a setting of the randomisation list "
                         f"(settings: {', '.join(sorted(_KEYS))})")
    for key in ("block_sizes", "list_length"):
        if key not in table:
            raise ValueError(f"randomisation.{key}: missing")
    sizes, strata = table["block_sizes"], table.get("strata", [])
    if not isinstance(sizes, list):
        raise ValueError(f"randomisation.block_sizes: must be a list, got {sizes!r}")
    if not isinstance(strata, list):
        raise ValueError(f"randomisation.strata: must be a list, got {strata!r}")
    settings = RandomisationSettings(tuple(sizes), tuple(strata),
                                     table["list_length"])  # type: ignore[arg-type]
    check_settings(settings, arms)
    return settings


def _block(arms: Sequence[Arm], size: int, total: int, rng: random.Random) -> list[str]:
    codes = [arm.code for arm in arms for _ in range(arm.ratio * (size // total))]
    rng.shuffle(codes)
    return codes


def generate_list(arms: Sequence[Arm], settings: RandomisationSettings, seed: int
                  ) -> tuple[Slot, ...]:
    """The list for ``seed``: whole permuted blocks per stratum until each stratum holds at
    least ``list_length`` slots (module docstring: why whole blocks, how the seed is kept)."""
    check_settings(settings, arms)
    total = ratio_sum(arms)
    rng = random.Random(seed)
    slots: list[Slot] = []
    for stratum in settings.stratum_names:
        sequence, block = 0, 0
        while sequence < settings.list_length:
            size = rng.choice(settings.block_sizes)
            block += 1
            for code in _block(arms, size, total, rng):
                sequence += 1
                slots.append(Slot(stratum, sequence, block, size, code))
    return tuple(slots)


def _stratum_text(stratum: str) -> str:
    return f"stratum {stratum}" if stratum else "the unstratified list"


def _control_problem(value: str) -> str | None:
    for position, ch in enumerate(value, 1):
        if unicodedata.category(ch) in ("Cc", "Cs"):
            return (f"contains the control character U+{ord(ch):04X} at position {position}; "
                    "a list holds printable text only")
    return None


@dataclass
class _OpenBlock:
    stratum: str
    block: int
    first_row: int
    rows: list[tuple[int, int, str]]  # (row, sequence, arm)


def parse_list_csv(text: str, arms: Sequence[Arm], strata: Sequence[str]) -> tuple[Slot, ...]:
    """Reads a list made by the trial statistician (module docstring for the format) or raises
    BadInput whose field is ``row N column`` and whose message names the row, column and rule."""
    total = ratio_sum(arms)
    codes = [arm.code for arm in arms]
    known = tuple(strata) or ("",)
    rows = _rows(text)
    slots: list[Slot] = []
    expected = dict.fromkeys(known, 1)
    closed: set[tuple[str, int]] = set()
    open_block: _OpenBlock | None = None
    for number, cells in rows:
        stratum, sequence_text, block_text, arm = cells
        if stratum not in known:
            rule = (f"one of {', '.join(known)}" if strata else
                    "empty, because the list is unstratified")
            raise _refuse(number, "stratum", f"{stratum!r} is not a stratum of this trial; "
                                             f"the stratum is {rule}")
        sequence = _whole(number, "sequence", sequence_text)
        if sequence < expected[stratum]:
            raise _refuse(number, "sequence", f"sequence {sequence} of {_stratum_text(stratum)} "
                                              "appears twice; each sequence is used once")
        if sequence > expected[stratum]:
            raise _refuse(number, "sequence", f"sequence {sequence} of {_stratum_text(stratum)} "
                                              f"comes where {expected[stratum]} is due; "
                                              "sequences run 1, 2, 3 … in order without gaps")
        expected[stratum] += 1
        block = _whole(number, "block", block_text)
        if arm not in codes:
            raise _refuse(number, "arm", f"{arm!r} is not an arm of this trial; the arm is one "
                                         f"of {', '.join(codes)}")
        if open_block is None or (open_block.stratum, open_block.block) != (stratum, block):
            if open_block is not None:
                slots.extend(_close(open_block, arms, total))
                closed.add((open_block.stratum, open_block.block))
            if (stratum, block) in closed:
                raise _refuse(number, "block", f"block {block} of {_stratum_text(stratum)} "
                                               "continues after rows of another block; a "
                                               "block's rows are contiguous")
            open_block = _OpenBlock(stratum, block, number, [])
        open_block.rows.append((number, sequence, arm))
    if open_block is None:
        raise _refuse(1, "header", "the list has a header but no rows")
    slots.extend(_close(open_block, arms, total))
    present = {slot.stratum for slot in slots}
    for stratum in known:
        if stratum not in present:
            raise _refuse(rows[-1][0], "stratum", f"the list has no rows for "
                                                  f"{_stratum_text(stratum)}; every stratum of "
                                                  "the trial needs its own list")
    return tuple(slots)


def _refuse(row: int, column: str, problem: str) -> BadInput:
    field = f"row {row} {column}"
    return BadInput(f"randomisation list {field}: {problem}", field=field)


def _rows(text: str) -> list[tuple[int, tuple[str, str, str, str]]]:
    if not text.strip():
        raise _refuse(1, "header", "the file is empty; the first row is the header "
                                   f"{','.join(HEADER)}")
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    rows: list[tuple[int, tuple[str, str, str, str]]] = []
    try:
        for number, raw in enumerate(reader, 1):
            for index, cell in enumerate(raw):
                problem = _control_problem(cell)
                if problem:
                    column = HEADER[index] if index < len(HEADER) else "columns"
                    raise _refuse(number, "header" if number == 1 else column, problem)
            cells = tuple(cell.strip() for cell in raw)
            if number == 1:
                if cells != HEADER:
                    raise _refuse(1, "header", f"the first row is the header "
                                               f"{','.join(HEADER)}, found {','.join(cells)[:80]}")
                continue
            if not any(cells):
                continue
            if len(cells) != len(HEADER):
                raise _refuse(number, "columns", f"the row has {len(cells)} columns; each row "
                                                 f"has {len(HEADER)}: {','.join(HEADER)}")
            rows.append((number, (cells[0], cells[1], cells[2], cells[3])))
    except csv.Error as error:
        raise _refuse(reader.line_num, "columns", f"not readable as CSV ({error})") from None
    return rows


def _whole(row: int, column: str, text: str) -> int:
    if not _WHOLE.fullmatch(text) or int(text) < 1:
        raise _refuse(row, column, f"{text[:20]!r} is not a whole number of at least 1")
    return int(text)


def _close(block: _OpenBlock, arms: Sequence[Arm], total: int) -> list[Slot]:
    size = len(block.rows)
    last = block.rows[-1][0]
    where = (f"block {block.block} of {_stratum_text(block.stratum)} (rows {block.first_row}-"
             f"{last})")
    if size % total:
        raise _refuse(last, "block", f"{where} has {size} rows; a block holding the arms "
                                     f"{_ratio_text(arms)} has a multiple of {total} rows")
    counts = Counter(arm for _, _, arm in block.rows)
    wanted = {arm.code: arm.ratio * size // total for arm in arms}
    if any(counts[code] != n for code, n in wanted.items()):
        found = ", ".join(f"{code} {counts[code]}" for code in wanted)
        needed = ", ".join(f"{code} {n}" for code, n in wanted.items())
        raise _refuse(last, "block", f"{where} holds {found}; a block of {size} holds the arms "
                                     f"{_ratio_text(arms)}: {needed}")
    return [Slot(block.stratum, sequence, block.block, size, arm)
            for _, sequence, arm in block.rows]


def next_slot(slots: Sequence[Slot], used_sequences_by_stratum: Mapping[str, Collection[int]],
              stratum: str) -> Slot:
    """The lowest-numbered slot of ``stratum`` not yet used, or Conflict when none is left.

    ``used_sequences_by_stratum`` holds every sequence ever used, voided randomisations
    included: a slot is never reused (module docstring).
    """
    mine = sorted((slot for slot in slots if slot.stratum == stratum),
                  key=lambda slot: slot.sequence)
    if not mine:
        raise BadInput(f"{stratum!r} is not a stratum of the randomisation list",
                       field="stratum")
    used = used_sequences_by_stratum.get(stratum, ())
    for slot in mine:
        if slot.sequence not in used:
            return slot
    raise Conflict(f"the randomisation list for {_stratum_text(stratum)} is exhausted (all "
                   f"{len(mine)} slots used); import or generate a reserve list before "
                   "randomising another subject")


def format_list_csv(slots: Sequence[Slot]) -> str:
    """The list as CSV in ``parse_list_csv``'s format, in canonical order (stratum, then
    sequence), lines ending in ``\\n``: what the statistician receives and re-imports."""
    ordered = sorted(slots, key=lambda slot: (slot.stratum, slot.sequence))
    lines = [",".join(HEADER)]
    lines += [f"{s.stratum},{s.sequence},{s.block},{s.arm}" for s in ordered]
    return "\n".join(lines) + "\n"


def list_fingerprint(slots: Sequence[Slot]) -> str:
    """SHA-256 (hex) of the list's canonical CSV (``format_list_csv``): the coordinator's
    printed record and the audit trail show which list was in force without showing it, and
    ``sha256sum`` of an exported list gives the same value."""
    return hashlib.sha256(format_list_csv(slots).encode()).hexdigest()
