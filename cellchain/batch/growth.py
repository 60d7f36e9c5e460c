"""Computed batch values (pure): growth curve, fold expansion, population doublings, dose."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cellchain.display import scientific

# PROPOSED (domain notes §7 S8): a bag below 80 % of the dose level's target is an under-dose.
UNDER_DOSE_FRACTION = 0.8
# Fields that hold a viable-cell count per step, in culture order.
_COUNT_FIELDS = {"activation": "seeded_cells", "transfer": "viable_cells", "feed": "viable_cells",
                 "harvest": "viable_cells"}


@dataclass(frozen=True)
class Point:
    day: int
    viable_cells: float


@dataclass(frozen=True)
class Growth:
    points: list[Point]
    fold_expansion: float | None
    population_doublings: float | None
    harvested_cells: float | None
    # Viable cells per bag as formulated (the dose each bag carries).
    cells_per_bag: float | None = None


def growth(entries: Sequence[tuple[str, int | None, Mapping[str, object]]]) -> Growth:
    """From (step id, culture day, current values) entries, oldest first."""
    points = []
    harvested = per_bag = None
    for step_id, day, values in entries:
        dose = values.get("cells_per_bag") if step_id == "formulation" else None
        if isinstance(dose, int | float):
            per_bag = float(dose)
        name = _COUNT_FIELDS.get(step_id)
        value = values.get(name) if name else None
        if isinstance(value, int | float) and day is not None:
            points.append(Point(day, float(value)))
            if step_id == "harvest":
                harvested = float(value)
    if len(points) < 2 or points[0].viable_cells <= 0:
        return Growth(points, None, None, harvested, per_bag)
    fold = points[-1].viable_cells / points[0].viable_cells
    doublings = math.log2(fold) if fold > 0 else None
    return Growth(points, fold, doublings, harvested, per_bag)


def dose_fraction(cells_per_bag: float | None, target: float | None) -> float | None:
    """The share of the target dose each bag carries (1.0 is on target)."""
    if cells_per_bag is None or not target:
        return None
    return cells_per_bag / target


def under_dose(cells_per_bag: float, target: float | None) -> str | None:
    """A finding when a bag holds less than the tolerated fraction of the target dose."""
    if target is None or cells_per_bag >= UNDER_DOSE_FRACTION * target:
        return None
    return (f"Under-dose: {scientific(cells_per_bag)} viable cells per bag is below "
            f"{UNDER_DOSE_FRACTION:.0%} of the target {scientific(target)}")


def growth_chart_svg(points: Sequence[Point], *, width: int = 480, height: int = 220) -> str:
    """A server-rendered growth curve (viable cells on a log scale against culture day)."""
    if not points:
        return ""
    left, right, top, bottom = 56, 12, 12, 28
    days = [p.day for p in points]
    logs = [math.log10(max(p.viable_cells, 1.0)) for p in points]
    d0, d1 = 0, max(max(days), 14)
    l0, l1 = math.floor(min(logs)), math.ceil(max(logs)) if max(logs) > min(logs) else \
        math.floor(min(logs)) + 1

    def x(day: float) -> float:
        return left + (day - d0) / (d1 - d0) * (width - left - right)

    def y(log: float) -> float:
        return top + (l1 - log) / (l1 - l0) * (height - top - bottom)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'role="img" aria-label="Growth curve: viable cells by culture day" '
             f'class="growth-chart">']
    for exponent in range(l0, l1 + 1):
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(exponent):.1f}" '
                     f'y2="{y(exponent):.1f}" stroke="#ccc"/><text x="{left - 6}" '
                     f'y="{y(exponent) + 4:.1f}" text-anchor="end" font-size="11">'
                     f'1e{exponent}</text>')
    for day in range(d0, d1 + 1, 2):
        parts.append(f'<text x="{x(day):.1f}" y="{height - 10}" text-anchor="middle" '
                     f'font-size="11">{day}</text>')
    path = " ".join(f"{'M' if i == 0 else 'L'}{x(p.day):.1f} {y(lg):.1f}"
                    for i, (p, lg) in enumerate(zip(points, logs, strict=True)))
    parts.append(f'<path d="{path}" fill="none" stroke="#1f5fa8" stroke-width="2"/>')
    for p, lg in zip(points, logs, strict=True):
        tip = f"day {p.day}: {scientific(p.viable_cells)} viable cells"
        parts.append(f'<circle cx="{x(p.day):.1f}" cy="{y(lg):.1f}" r="3.5" fill="#1f5fa8">'
                     f'<title>{tip}</title></circle>')
    parts.append(f'<text x="{width / 2:.0f}" y="{height}" text-anchor="middle" '
                 f'font-size="11">culture day</text></svg>')
    return "".join(parts)
