"""Pure dose-escalation rules: 3+3, BOIN, the cohort board's recommendation and the sentinel.

Sources: domain notes (../shared/domain/rak-process-and-trial.md) §4.2 (exact 3+3 rules),
§4.3 (BOIN, Liu & Yuan 2015, CRAN ``BOIN`` ``get.boundary()``), §4.1 and §4.5 (sentinel,
settings). The tracker only *recommends*; the safety review committee decides (§4.5).

Decisions where the sources are silent:
- A tally counts DLT-evaluable subjects (``treated``), their DLTs (``dlt``) and subjects dosed
  whose DLT window is still open (``evaluable_pending``); a non-evaluable subject is replaced
  and is in none of the three.
- 3+3: two DLTs at a dose exceed the MTD whatever the remaining subjects show (≥2/3 and ≥2/6
  both do), so that is recommended at once; otherwise the board waits until every subject of
  the cohort is evaluable.
- BOIN: the elimination rule is applied to the evaluable subjects as soon as it fires (more
  data never reopens an eliminated dose, §4.3); the interval rule waits for a full cohort.
  "Escalate" at the highest open dose and "de-escalate" at the lowest dose mean dosing the
  same level again (as ``BOIN`` does). A dose that reached ``max_n_per_dose`` stops the trial
  (``n.earlystop``); the MTD is then chosen by isotonic regression (§4.3), which this module
  does not do: ``mtd`` stays empty for BOIN.
- The sentinel interval is counted in whole days from the first subject's dosing time; at
  exactly that time the next subject may be dosed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from fractions import Fraction
from typing import Final

from cellchain.errors import BadInput

# Liu & Yuan 2015 defaults (§4.3): p.saf = 0.6 φ, p.tox = 1.4 φ.
P_SAF_FACTOR: Final = 0.6
P_TOX_FACTOR: Final = 1.4
# BOIN's elimination rule applies from the third subject at a dose (§4.3).
ELIMINATION_MIN_TREATED: Final = 3
# 3+3 treats 3, then 3 more (§4.2).
THREE_PLUS_THREE_COHORT: Final = 3
THREE_PLUS_THREE_MAX: Final = 6


class Decision(StrEnum):
    """The decision vocabulary of ``cellchain trial escalate``."""

    ESCALATE = "escalate"
    STAY = "stay"
    DE_ESCALATE = "de-escalate"
    ELIMINATE = "eliminate"
    MTD_EXCEEDED = "mtd_exceeded"


class Design(StrEnum):
    THREE_PLUS_THREE = "3+3"
    BOIN = "boin"


def _check_counts(treated: int, dlt: int, *, minimum: int = 1) -> None:
    if treated < minimum:
        raise BadInput(f"treated must be at least {minimum}, got {treated}", field="treated")
    if not 0 <= dlt <= treated:
        raise BadInput(f"DLTs must be between 0 and the {treated} treated, got {dlt}",
                       field="dlt")


def _check_rate(value: float, field: str, words: str) -> None:
    if not 0 < value < 1:
        raise BadInput(f"{words} must be between 0 and 1 (both excluded), got {value}",
                       field=field)


def three_plus_three(treated: int, dlt: int) -> Decision:
    """The 3+3 decision at one dose after 3 or 6 evaluable subjects (§4.2 table)."""
    if treated not in (THREE_PLUS_THREE_COHORT, THREE_PLUS_THREE_MAX):
        raise BadInput(f"treated must be 3 or 6 for 3+3, got {treated}", field="treated")
    _check_counts(treated, dlt)
    if dlt >= 2:
        return Decision.MTD_EXCEEDED
    if dlt == 1 and treated == THREE_PLUS_THREE_COHORT:
        return Decision.STAY
    return Decision.ESCALATE


def boin_boundaries(target: float, p_saf: float | None = None,
                    p_tox: float | None = None) -> tuple[float, float]:
    """(λe, λd) by the published formulas (§4.3); p_saf < target < p_tox is required."""
    _check_rate(target, "target", "target DLT rate")
    low = P_SAF_FACTOR * target if p_saf is None else p_saf
    high = P_TOX_FACTOR * target if p_tox is None else p_tox
    if not 0 < low < target:
        raise BadInput(f"p_saf must be between 0 and the target {target}, got {low}",
                       field="p_saf")
    if not target < high < 1:
        raise BadInput(f"p_tox must be between the target {target} and 1, got {high}",
                       field="p_tox")
    lambda_e = (math.log((1 - low) / (1 - target))
                / math.log(target * (1 - low) / (low * (1 - target))))
    lambda_d = (math.log((1 - target) / (1 - high))
                / math.log(high * (1 - target) / (target * (1 - high))))
    return lambda_e, lambda_d


def posterior_above(target: float, treated: int, dlt: int) -> float:
    """Pr(p > target | dlt of treated) under a Beta(1, 1) prior, computed exactly.

    The posterior is Beta(1+y, 1+n−y); for integer parameters its upper tail equals
    P(Binomial(n+1, target) ≤ y), summed here in exact fractions.
    """
    _check_rate(target, "target", "target DLT rate")
    _check_counts(treated, dlt, minimum=0)
    phi = Fraction(target)
    trials = treated + 1
    tail = sum(math.comb(trials, k) * phi**k * (1 - phi) ** (trials - k)
               for k in range(dlt + 1))
    return float(tail)


def boin_decision(target: float, treated: int, dlt: int,
                  elimination_cutoff: float = 0.95) -> Decision:
    """The BOIN decision at one dose (§4.3); elimination overrides de-escalation."""
    _check_rate(target, "target", "target DLT rate")
    _check_counts(treated, dlt)
    _check_rate(elimination_cutoff, "elimination_cutoff", "elimination cutoff")
    if (treated >= ELIMINATION_MIN_TREATED
            and posterior_above(target, treated, dlt) > elimination_cutoff):
        return Decision.ELIMINATE
    # y/n ≤ λe and y/n ≥ λd in whole DLTs, as get.boundary() tabulates them (§4.3).
    lambda_e, lambda_d = boin_boundaries(target)
    if dlt <= math.floor(lambda_e * treated):
        return Decision.ESCALATE
    if dlt >= math.ceil(lambda_d * treated):
        return Decision.DE_ESCALATE
    return Decision.STAY


@dataclass(frozen=True)
class EscalationSettings:
    """The ``[escalation]`` table of the trial file (§4.5)."""

    design: Design
    target_dlt_rate: float
    cohort_size: int
    dlt_window_days: int
    sentinel_days: int
    max_n_per_dose: int
    elimination_cutoff: float


_INT_MINIMUM: Final[Mapping[str, int]] = {
    "cohort_size": 1, "dlt_window_days": 1, "sentinel_days": 0, "max_n_per_dose": 1}
_RATES: Final = ("target_dlt_rate", "elimination_cutoff")


def escalation_settings_from_mapping(table: Mapping[str, object]) -> EscalationSettings:
    """Validates the ``[escalation]`` table; a ValueError names the key at fault."""
    keys = {"design", *_INT_MINIMUM, *_RATES}
    if missing := sorted(keys - table.keys()):
        raise ValueError(f"escalation: {', '.join(missing)} missing")
    if unknown := sorted(table.keys() - keys):
        raise ValueError(f"escalation: unknown key {', '.join(unknown)}")
    if table["design"] not in set(Design):
        raise ValueError(f"escalation: design must be 3+3 or boin, got {table['design']!r}")
    design = Design(str(table["design"]))
    numbers: dict[str, int] = {}
    for key, minimum in _INT_MINIMUM.items():
        value = table[key]
        if type(value) is not int or value < minimum:
            raise ValueError(f"escalation: {key} must be a whole number of at least "
                             f"{minimum}, got {value!r}")
        numbers[key] = value
    rates: dict[str, float] = {}
    for key in _RATES:
        value = table[key]
        if not isinstance(value, float) or not 0 < value < 1:
            raise ValueError(f"escalation: {key} must be between 0 and 1, got {value!r}")
        rates[key] = value
    if numbers["max_n_per_dose"] < numbers["cohort_size"]:
        raise ValueError("escalation: max_n_per_dose must be at least cohort_size")
    if design == Design.THREE_PLUS_THREE and (
            numbers["cohort_size"], numbers["max_n_per_dose"]) != (3, 6):
        raise ValueError("escalation: 3+3 needs cohort_size 3 and max_n_per_dose 6")
    return EscalationSettings(
        design=design, target_dlt_rate=rates["target_dlt_rate"],
        cohort_size=numbers["cohort_size"], dlt_window_days=numbers["dlt_window_days"],
        sentinel_days=numbers["sentinel_days"], max_n_per_dose=numbers["max_n_per_dose"],
        elimination_cutoff=rates["elimination_cutoff"])


@dataclass(frozen=True)
class LevelTally:
    """One dose level on the cohort board, in dose order (see the module docstring)."""

    code: str
    treated: int
    dlt: int
    evaluable_pending: int = 0

    @property
    def dosed(self) -> int:
        return self.treated + self.evaluable_pending


@dataclass(frozen=True)
class Recommendation:
    """What the board recommends; ``decision`` is None while a cohort is incomplete or waits
    for its DLT windows, ``next_level`` None when nobody should be dosed now."""

    current: str | None
    decision: Decision | None
    next_level: str | None
    message: str
    mtd: str | None = None
    maximum_administered_dose: str | None = None
    stop: bool = False


def recommend(settings: EscalationSettings, levels: Sequence[LevelTally],
              current: str | None = None) -> Recommendation:
    """The recommendation over all dose levels (lowest dose first).

    ``current`` (BOIN only) names the level the last cohort was dosed at; by default it is
    the highest level with a subject dosed. 3+3 finds its level from the tallies alone.
    """
    _check_tallies(settings, levels)
    if settings.design is Design.THREE_PLUS_THREE:
        return _three_plus_three_board(levels)
    return _boin_board(settings, levels, current)


def _check_tallies(settings: EscalationSettings, levels: Sequence[LevelTally]) -> None:
    if not levels:
        raise BadInput("the board needs at least one dose level", field="levels")
    for level in levels:
        if level.evaluable_pending < 0:
            raise BadInput(f"{level.code}: subjects pending cannot be negative",
                           field="evaluable_pending")
        if level.treated < 0:
            raise BadInput(f"{level.code}: treated cannot be negative", field="treated")
        if not 0 <= level.dlt <= level.treated:
            raise BadInput(f"{level.code}: DLTs must be between 0 and the {level.treated} "
                           f"treated, got {level.dlt}", field="dlt")
        if level.dosed > settings.max_n_per_dose:
            raise BadInput(f"{level.code}: {level.dosed} subjects dosed, more than "
                           f"max_n_per_dose ({settings.max_n_per_dose})", field="treated")


def _had(level: LevelTally) -> str:
    return f"{level.code}: {level.dlt} of {level.treated} evaluable had a DLT"


def _last_dosed(levels: Sequence[LevelTally]) -> int | None:
    dosed = [index for index, level in enumerate(levels) if level.dosed]
    return dosed[-1] if dosed else None


def _start(levels: Sequence[LevelTally], size: int) -> Recommendation:
    first = levels[0].code
    return Recommendation(None, None, first,
                          f"no subject dosed yet: dose the first cohort of {size} at {first}")


def _unfinished(level: LevelTally, size: int) -> Recommendation | None:
    """Dose the rest of the cohort of ``size``, or wait for its DLT windows (None: ready)."""
    if level.dosed < size:
        return Recommendation(level.code, None, level.code,
                              f"{level.code}: {level.dosed} of {size} dosed; dose "
                              f"{size - level.dosed} more at {level.code}")
    if level.evaluable_pending:
        return Recommendation(level.code, None, None,
                              f"{level.code}: wait until {level.evaluable_pending} more "
                              "subject(s) complete the DLT window")
    return None


def _three_plus_three_board(levels: Sequence[LevelTally]) -> Recommendation:
    """§4.2: escalate through the levels; ≥2 DLTs close a dose; the MTD is the dose below
    once it has 6 evaluable subjects; 0/3 or ≤1/6 at the top is the maximum administered dose."""
    exceeded = next((i for i, level in enumerate(levels) if level.dlt >= 2), None)
    if exceeded is not None:
        return _below_exceeded(levels, exceeded)
    index = _last_dosed(levels)
    if index is None:
        return _start(levels, THREE_PLUS_THREE_COHORT)
    level = levels[index]
    size = THREE_PLUS_THREE_COHORT if level.dosed <= THREE_PLUS_THREE_COHORT \
        else THREE_PLUS_THREE_MAX
    if (unfinished := _unfinished(level, size)) is not None:
        return unfinished
    decision = three_plus_three(level.treated, level.dlt)
    if decision is Decision.STAY:
        return Recommendation(level.code, decision, level.code,
                              f"{_had(level)}; treat 3 more at {level.code}")
    if index + 1 < len(levels):
        higher = levels[index + 1].code
        return Recommendation(level.code, decision, higher,
                              f"{_had(level)}; escalate to {higher}")
    return Recommendation(level.code, decision, None,
                          f"{_had(level)} at the highest planned dose; declare "
                          f"{level.code} the maximum administered dose",
                          maximum_administered_dose=level.code, stop=True)


def _below_exceeded(levels: Sequence[LevelTally], exceeded: int) -> Recommendation:
    top = levels[exceeded]
    head = f"{_had(top)}, which exceeds the MTD"
    if exceeded == 0:
        return Recommendation(top.code, Decision.MTD_EXCEEDED, None,
                              f"{head} at the lowest dose; stop with no MTD", stop=True)
    below = levels[exceeded - 1]
    if below.dosed < THREE_PLUS_THREE_MAX:
        return Recommendation(top.code, Decision.MTD_EXCEEDED, below.code,
                              f"{head}; expand {below.code} to 6 (dose "
                              f"{THREE_PLUS_THREE_MAX - below.dosed} more) before declaring "
                              "it the MTD")
    if below.evaluable_pending:
        return Recommendation(top.code, Decision.MTD_EXCEEDED, None,
                              f"{head}; wait until {below.evaluable_pending} more subject(s) "
                              f"at {below.code} complete the DLT window")
    return Recommendation(top.code, Decision.MTD_EXCEEDED, None,
                          f"{head}; {below.dlt} of 6 had a DLT at {below.code}: declare "
                          f"{below.code} the MTD", mtd=below.code, stop=True)


def _boin_board(settings: EscalationSettings, levels: Sequence[LevelTally],
                current: str | None) -> Recommendation:
    """§4.3: the interval rule at the current dose; eliminated doses and above are closed."""
    target, cutoff = settings.target_dlt_rate, settings.elimination_cutoff
    closed = next((i for i, level in enumerate(levels)
                   if level.treated >= ELIMINATION_MIN_TREATED
                   and posterior_above(target, level.treated, level.dlt) > cutoff), None)
    if closed == 0:
        return Recommendation(levels[0].code, Decision.ELIMINATE, None,
                              f"{_had(levels[0])}, so the lowest dose is eliminated; stop "
                              "the trial with no MTD", stop=True)
    codes = [level.code for level in levels]
    if current is not None and current not in codes:
        raise BadInput(f"current level {current} is not one of {', '.join(codes)}",
                       field="current")
    index = codes.index(current) if current is not None else _last_dosed(levels)
    if index is None:
        return _start(levels, settings.cohort_size)
    level = levels[index]
    if closed is not None and index >= closed:
        lower = levels[closed - 1].code
        return Recommendation(level.code, Decision.ELIMINATE, lower,
                              f"{_had(levels[closed])}, so {levels[closed].code} and higher "
                              f"doses are eliminated; dose the next cohort at {lower}")
    size = settings.cohort_size
    whole = max(size, -(-level.dosed // size) * size)
    if (unfinished := _unfinished(level, whole)) is not None:
        return unfinished
    decision = boin_decision(target, level.treated, level.dlt, cutoff)
    highest_open = (closed if closed is not None else len(levels)) - 1
    step = {Decision.ESCALATE: 1, Decision.DE_ESCALATE: -1}.get(decision, 0)
    destination = levels[min(max(index + step, 0), highest_open)]
    if destination.dosed >= settings.max_n_per_dose:
        return Recommendation(level.code, decision, None,
                              f"{_had(level)}: {decision}; {destination.code} already has "
                              f"{destination.dosed} subjects (max_n_per_dose), so stop and "
                              "select the MTD by isotonic regression", stop=True)
    return Recommendation(level.code, decision, destination.code,
                          f"{_had(level)}: {decision}; dose the next cohort at "
                          f"{destination.code}")


def sentinel_blocks(first_dosed_at: datetime | None, now: datetime,
                    sentinel_days: int) -> str | None:
    """Why the next subject of a cohort may not be dosed yet, or None (§4.1 sentinel [S49]).

    The first subject of each cohort completes ``sentinel_days`` before the others are dosed.
    """
    if sentinel_days < 0:
        raise BadInput(f"sentinel days cannot be negative, got {sentinel_days}",
                       field="sentinel_days")
    if first_dosed_at is None:
        return None
    if first_dosed_at.tzinfo is None or now.tzinfo is None:
        raise BadInput("first dosed at: times must carry a time zone", field="first_dosed_at")
    allowed_from = first_dosed_at + timedelta(days=sentinel_days)
    if now >= allowed_from:
        return None
    return (f"the cohort's first subject was dosed on {first_dosed_at:%Y-%m-%d %H:%M %Z}; "
            f"the next may be dosed from {allowed_from:%Y-%m-%d %H:%M %Z} "
            f"({sentinel_days}-day sentinel)")
