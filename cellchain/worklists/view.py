"""Builds the work queues of the roles a person holds, for the dashboard. Read-only.

Each queue lists its work oldest first, links to the page where the work is done, and says
when empty what will appear there and why. A queue shared by two of a person's roles is shown
once. Queues built from lots, units, materials, QC or entries are built for unblinded roles
only (cellchain.blinding); blinded roles get the subjects, which are open to them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from sqlmodel import Session

from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.batch.due_work import CALIBRATION_WARNING, MATERIAL_WARNING, collect
from cellchain.blinding import rules as blinding
from cellchain.config import Settings
from cellchain.display import din_text
from cellchain.lots.states import LotState
from cellchain.worklists import queries
from cellchain.worklists.queues import CAP, Queue, QueueItem


@dataclass(frozen=True)
class Context:
    session: Session
    principal: Principal
    settings: Settings
    now: datetime

    @cached_property
    def pending_entries(self) -> list[queries.PendingEntry]:
        """Read once for the QA and the verifier queues of a person holding both roles."""
        return queries.entries_awaiting_verification(self.session, self.settings)


Builder = Callable[[Context], Queue]


def due_work(ctx: Context) -> Queue:
    # The one collector of time-driven work, shared with the hourly notification job.
    items = [i for i in collect(ctx.session, ctx.settings, ctx.now)
             if ctx.principal.has_any(frozenset(i.roles))]
    return Queue("due-work", "Due work", len(items), [
        QueueItem(i.message, i.href, flag=i.urgency) for i in items[:CAP]],
        empty="Nothing is due. A manufacturing step appears here when its day window opens, "
              f"a released material {MATERIAL_WARNING.days} days before it expires, and "
              f"equipment {CALIBRATION_WARNING.days} days before its calibration or maintenance.")


def open_deviations(ctx: Context) -> Queue:
    found = queries.open_deviations(ctx.session, CAP)
    return Queue("open-deviations", "Open deviations", found.total, [
        QueueItem(d.number, f"/deviations/{d.id}", since=d.opened_at,
                  detail=f"lot {din_text(din)} · {d.severity}") for d, din in found.rows],
        more_href="/deviations",
        empty="No deviations are open. A deviation appears here when a recorded value is "
              "outside its range or window, or someone opens one from a lot page; QA closes it "
              "with an investigation, CAPA and a signature.")


def units_awaiting_decision(ctx: Context) -> Queue:
    found = queries.units_awaiting_decision(ctx.session, CAP)
    return Queue("units-awaiting-decision", "Cord blood units awaiting decision", found.total, [
        QueueItem(f"{din_text(u.din)} {u.product_code}", f"/cbu/{u.id}", since=u.received_at,
                  detail=u.bank_name) for u in found.rows],
        more_href="/cbu?status=received",
        empty="No cord blood unit awaits a decision. A unit appears here when it is received "
              "into quarantine, until QA accepts or rejects it.")


def materials_in_quarantine(ctx: Context) -> Queue:
    found = queries.materials_in_quarantine(ctx.session, CAP)
    return Queue("materials-in-quarantine", "Material lots in quarantine", found.total, [
        QueueItem(f"{m.code} {m.name}", f"/materials/{m.id}", since=m.received_at,
                  detail=f"{m.supplier} lot {m.supplier_lot}, expires "
                         f"{m.expires_on.isoformat()}") for m in found.rows],
        more_href="/materials?status=quarantine",
        empty="No material lot is in quarantine. A lot appears here when it is received, "
              "until QA releases or rejects it; a step cannot use it before.")


def entries_by_lot(ctx: Context) -> Queue:
    by_lot: dict[int, list[queries.PendingEntry]] = {}
    for entry in ctx.pending_entries:
        by_lot.setdefault(entry.lot_id, []).append(entry)
    return Queue("entries-by-lot", "Entries awaiting second-person verification", len(by_lot),
                 [_lot_entries(pending) for pending in list(by_lot.values())[:CAP]],
                 empty="No entry awaits a second person. An entry appears here when a step the "
                       "process marks for a second person's check is recorded, until someone "
                       "other than the recorder verifies it.")


def _lot_entries(pending: list[queries.PendingEntry]) -> QueueItem:
    """One lot's unverified entries (oldest first) as one item, linked to the oldest."""
    first, n = pending[0], len(pending)
    return QueueItem(f"Lot {din_text(first.din)}", f"/lots/{first.lot_id}#entry-{first.entry_id}",
                     since=first.recorded_at,
                     detail=f"{n} {'entry' if n == 1 else 'entries'}: "
                            + ", ".join(p.step_title for p in pending))


def entries_to_verify(ctx: Context) -> Queue:
    mine = [e for e in ctx.pending_entries
            if ctx.principal.user_id not in e.excluded]
    return Queue("entries-to-verify", "Entries awaiting your verification", len(mine), [
        QueueItem(f"Lot {din_text(e.din)}: {e.step_title}", f"/lots/{e.lot_id}#entry-{e.entry_id}",
                  since=e.recorded_at, detail=f"recorded by {e.recorded_by_name}")
        for e in mine[:CAP]],
        empty="No entry awaits your check. An entry appears here when someone else records a "
              "step the process marks for a second person's check.")


def _lots(key: str, title: str, state: LotState, empty: str) -> Builder:
    """A queue of the lots in one state, longest in it first, with their QC sample counts."""
    def build(ctx: Context) -> Queue:
        found = queries.lots_in(ctx.session, state, CAP)
        samples = queries.sample_counts(ctx.session, (lot.id or 0 for lot in found.rows))
        return Queue(key, title, found.total, [
            QueueItem(f"Lot {din_text(lot.din)}", f"/lots/{lot.id}", since=lot.status_changed_at,
                      detail=_lot_detail(lot.held_from, samples.get(lot.id or 0, 0)))
            for lot in found.rows], more_href=f"/lots?status={state.value}", empty=empty)
    return build


def _lot_detail(held_from: str | None, samples: int) -> str:
    parts = [f"held from {LotState(held_from).label}"] if held_from else []
    parts.append(f"{samples} QC sample{'s' if samples != 1 else ''}")
    return ", ".join(parts)


lots_in_qc = _lots(
    "lots-in-qc", "Lots in QC awaiting release decision", LotState.IN_QC,
    "No lot is in QC. A lot appears here when it moves to QC after formulation, until QA "
    "releases, conditionally releases or rejects it.")
lots_on_hold = _lots(
    "lots-on-hold", "Lots on hold", LotState.ON_HOLD,
    "No lot is on hold. A lot appears here when a deviation holds it or QA puts it on hold, "
    "until QA lifts the hold (once its deviations are closed) or rejects it.")


def samples_awaiting_results(ctx: Context) -> Queue:
    found = queries.samples_awaiting_results(ctx.session, CAP)
    return Queue("samples-awaiting-results", "QC samples awaiting results", found.total, [
        QueueItem(f"Lot {din_text(din)} sample {s.sample_number:03d}", f"/qc/samples/{s.id}",
                  since=s.taken_at, detail=s.test) for s, din in found.rows],
        note="Open a sample, or scan its tube, to enter its results; QC results lists the "
             "lots with results outstanding.",
        empty="No QC sample awaits a result. A sample appears here when it is drawn from a lot "
              "that is not yet released or rejected.")


def bags_awaiting_allocation(ctx: Context) -> Queue:
    found = queries.bags_awaiting_allocation(ctx.session, ctx.now, CAP)
    return Queue("bags-awaiting-allocation", "Released bags not yet allocated", found.total, [
        QueueItem(f"Bag {din_text(din)} {bag.division}", f"/allocation?bag_id={bag.id}",
                  since=bag.created_at,
                  detail=(f"kit {bag.kit_number}, " if bag.kit_number else "")
                  + f"expires {bag.expires_at.astimezone(ctx.settings.zone):%Y-%m-%d %H:%M %Z}")
        for bag, din in found.rows], more_href="/bags?status=released",
        note="Open a bag to allocate it (then scan or choose the subject), or scan both on the "
             "allocation page.",
        empty="No released bag awaits allocation. A bag appears here when its lot is released or "
              "conditionally released, until it is allocated to a subject or expires.")


def subjects_without_bag(ctx: Context) -> Queue:
    found = queries.subjects_without_bag(ctx.session, CAP)
    return Queue("subjects-without-bag", "Enrolled subjects without a bag", found.total, [
        QueueItem(f"Subject {s.subject_number or s.screening_number}",
                  f"/allocation?subject_id={s.id}", since=s.created_at) for s in found.rows],
        more_href="/subjects",
        empty="Every enrolled subject has a bag. A subject appears here when enrolled, until a "
              "bag is allocated to them.")


def subjects(ctx: Context) -> Queue:
    found = queries.subjects(ctx.session, CAP)
    return Queue("subjects", "Subjects", found.total, [
        QueueItem(f"Subject {s.subject_number}" if s.subject_number
                  else f"Screening {s.screening_number}", f"/subjects/{s.id}",
                  detail=s.status.replace("_", " ")) for s in found.rows],
        more_href="/subjects",
        empty="No subjects are registered yet. A subject appears here when registered for "
              "screening; open one for their chain of identity and wristband.")


def locked_accounts(ctx: Context) -> Queue:
    found = queries.locked_accounts(ctx.session, ctx.now, CAP)
    return Queue("locked-accounts", "Locked accounts", found.total, [
        QueueItem(f"{u.username} ({u.printed_name})", "/admin/users",
                  detail=f"locked until {u.locked_until.astimezone(ctx.settings.zone):%H:%M %Z}"
                  if u.locked_until else "") for u in found.rows], more_href="/admin/users",
        empty="No account is locked. An account appears here when it is locked after repeated "
              "wrong passwords, until the lock-out ends or an administrator unlocks it.")


def temperature_excursions(ctx: Context) -> Queue:
    # Chain of custody (issue 11 item 2): QA assesses each excursion before deciding the bag.
    found = queries.open_excursions(ctx.session, CAP)
    return Queue("open-excursions", "Temperature excursions awaiting QA", found.total, [
        QueueItem(f"Bag {din_text(din)} {bag.division}"
                  + (f" (kit {bag.kit_number})" if bag.kit_number else ""),
                  f"/custody/excursions/{x.id}", since=x.first_out_at,
                  detail=f"excursion {x.id}: lowest {x.lowest_c:g} °C, highest {x.highest_c:g} °C"
                         f" (range {x.range_low_c:g}–{x.range_high_c:g} °C)")
        for x, bag, din in found.rows], more_href="/custody/excursions",
        empty="No temperature excursion awaits QA. One appears here when a dispatch, receipt or "
              "return records a temperature outside the transport range, until QA "
              "acknowledges it with a comment; the bag stays in quarantine meanwhile.")


# Per role, its queues in the order they are worked.
ROLE_QUEUES: dict[Role, tuple[Builder, ...]] = {
    Role.TECHNICIAN: (due_work, entries_to_verify),
    Role.QC: (lots_in_qc, samples_awaiting_results, entries_to_verify),
    Role.QA: (open_deviations, units_awaiting_decision, materials_in_quarantine,
              entries_by_lot, lots_in_qc, lots_on_hold, due_work, temperature_excursions),
    Role.COORDINATOR: (bags_awaiting_allocation, subjects_without_bag),
    Role.CLINICIAN: (subjects,),
    Role.MONITOR: (subjects,),
    Role.ADMIN: (locked_accounts,),
}
BLINDED_SAFE: frozenset[Builder] = frozenset({subjects, locked_accounts})


def queues_for(session: Session, principal: Principal, settings: Settings,
               now: datetime) -> list[Queue]:
    """Returns the queues of every role the principal holds, each once, in role order."""
    ctx = Context(session, principal, settings, now)
    unblinded = blinding.is_unblinded(principal.roles)
    builders: list[Builder] = []
    for role in Role:
        if role in principal.roles:
            builders += [b for b in ROLE_QUEUES[role] if b not in builders
                         and (unblinded or b in BLINDED_SAFE)]
    return [build(ctx) for build in builders]
