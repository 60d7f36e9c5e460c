"""Access-matrix entries contributed per package, merged into test_access_matrix.MATRIX.

Each package that adds routes declares them here, spelled out (not imported from the app),
so a change to the app's role sets shows up as a test failure.
"""

from __future__ import annotations

from cellchain.auth.roles import Role

RoleSet = frozenset[Role]

MANUFACTURING_READERS: RoleSet = frozenset({Role.TECHNICIAN, Role.QC, Role.QA, Role.COORDINATOR})

# Materials and equipment (cellchain/materials).
# Read by unblinded roles; technicians receive; QA alone releases or rejects; technicians and
# QA keep equipment records; technicians print material labels, which QA may also view.
MATERIALS: dict[tuple[str, str], RoleSet] = {
    ("GET", "/materials"): frozenset({Role.TECHNICIAN, Role.QC, Role.QA, Role.COORDINATOR}),
    ("GET", "/materials/new"): frozenset({Role.TECHNICIAN}),
    ("POST", "/materials"): frozenset({Role.TECHNICIAN}),
    ("GET", "/materials/{material_id}"): frozenset(
        {Role.TECHNICIAN, Role.QC, Role.QA, Role.COORDINATOR}),
    ("POST", "/materials/{material_id}/release"): frozenset({Role.QA}),
    ("POST", "/materials/{material_id}/reject"): frozenset({Role.QA}),
    ("GET", "/materials/{record_id}/label"): frozenset({Role.TECHNICIAN, Role.QA}),
    ("GET", "/materials/{record_id}/label/preview.svg"): frozenset({Role.TECHNICIAN, Role.QA}),
    ("POST", "/materials/{record_id}/label/print"): frozenset({Role.TECHNICIAN}),
    ("GET", "/equipment"): frozenset({Role.TECHNICIAN, Role.QC, Role.QA, Role.COORDINATOR}),
    ("GET", "/equipment/new"): frozenset({Role.TECHNICIAN, Role.QA}),
    ("POST", "/equipment"): frozenset({Role.TECHNICIAN, Role.QA}),
    ("GET", "/equipment/{equipment_id}"): frozenset(
        {Role.TECHNICIAN, Role.QC, Role.QA, Role.COORDINATOR}),
    ("POST", "/equipment/{equipment_id}/calibration"): frozenset({Role.TECHNICIAN, Role.QA}),
    ("POST", "/equipment/{equipment_id}/maintenance"): frozenset({Role.TECHNICIAN, Role.QA}),
    ("POST", "/equipment/{equipment_id}/service"): frozenset({Role.TECHNICIAN, Role.QA}),
}

# Cord blood unit receipt and QA decision (cellchain/cbu).
CBU: dict[tuple[str, str], RoleSet] = {
    ("GET", "/cbu"): frozenset({Role.TECHNICIAN, Role.QC, Role.QA, Role.COORDINATOR}),
    ("GET", "/cbu/receive"): frozenset({Role.TECHNICIAN}),
    ("POST", "/cbu"): frozenset({Role.TECHNICIAN}),
    ("POST", "/cbu/{cbu_id}/accept"): frozenset({Role.QA}),
    ("POST", "/cbu/{cbu_id}/reject"): frozenset({Role.QA}),
}

# Batch record, deviations, scan station (cellchain/lots).
# Technicians record steps at the station; a second person (technician, QC or QA) verifies;
# technicians and QA correct; QA manages and closes deviations.
_TECH: RoleSet = frozenset({Role.TECHNICIAN})
_MAKERS: RoleSet = frozenset({Role.TECHNICIAN, Role.QC, Role.QA})
_QA: RoleSet = frozenset({Role.QA})
BATCH_RECORD: dict[tuple[str, str], RoleSet] = {
    ("GET", "/station"): _TECH,
    # The lot label (culture vessel): technicians print it, QA may view it.
    ("GET", "/lots/{record_id}/label"): frozenset({Role.TECHNICIAN, Role.QA}),
    ("GET", "/lots/{record_id}/label/preview.svg"): frozenset({Role.TECHNICIAN, Role.QA}),
    ("POST", "/lots/{record_id}/label/print"): _TECH,
    ("GET", "/station/open"): _TECH,
    ("GET", "/lots/plan"): _TECH,
    ("POST", "/lots/plan"): _TECH,
    # The coordinator prepares placebo kits (DESIGN §1); technicians may plan them too.
    ("GET", "/lots/plan-placebo"): frozenset({Role.COORDINATOR, Role.TECHNICIAN}),
    ("POST", "/lots/plan-placebo"): frozenset({Role.COORDINATOR, Role.TECHNICIAN}),
    ("GET", "/lots/{lot_id}/steps/{step_id}"): _TECH,
    ("POST", "/lots/{lot_id}/steps/{step_id}"): _TECH,
    ("POST", "/lots/{lot_id}/entries/{entry_id}/verify"): _MAKERS,
    ("POST", "/lots/{lot_id}/entries/{entry_id}/corrections"): frozenset(
        {Role.TECHNICIAN, Role.QA}),
    ("GET", "/lots/{lot_id}/record"): MANUFACTURING_READERS,
    ("GET", "/lots/{lot_id}/record.pdf"): MANUFACTURING_READERS,
    ("GET", "/deviations"): MANUFACTURING_READERS,
    ("GET", "/deviations/{deviation_id}"): MANUFACTURING_READERS,
    ("POST", "/lots/{lot_id}/deviations"): _MAKERS,
    ("POST", "/deviations/{deviation_id}"): _QA,
    ("POST", "/deviations/{deviation_id}/close"): _QA,
    ("POST", "/lots/{lot_id}/lift-hold"): _QA,
}

# Accounts (cellchain/auth): everyone changes their own password; administrators manage others'
# roles and passwords.
ACCOUNTS: dict[tuple[str, str], RoleSet] = {
    ("GET", "/account/password"): frozenset(Role),
    ("POST", "/account/password"): frozenset(Role),
    ("GET", "/admin/users/{user_id}"): frozenset({Role.ADMIN}),
    ("POST", "/admin/users/{user_id}/roles"): frozenset({Role.ADMIN}),
    ("POST", "/admin/users/{user_id}/password"): frozenset({Role.ADMIN}),
}

# QC results (cellchain/qc): QC enters and corrects; QC or QA reviews (a second person);
# unblinded roles read a lot's results and its sample pages.
QC_RESULTS: dict[tuple[str, str], RoleSet] = {
    ("GET", "/qc"): frozenset({Role.QC, Role.QA}),
    ("GET", "/lots/{lot_id}/qc"): MANUFACTURING_READERS,
    ("POST", "/qc/samples/{sample_id}/results"): frozenset({Role.QC}),
    ("POST", "/qc/results/{result_id}/review"): frozenset({Role.QC, Role.QA}),
    ("POST", "/qc/results/{result_id}/corrections"): frozenset({Role.QC}),
}

# The bedside (cellchain/bedside): clinicians check, confirm and record; those who give,
# monitor, allocate or assure the product read the records.
_BEDSIDE_READERS: RoleSet = frozenset({Role.CLINICIAN, Role.MONITOR, Role.COORDINATOR,
                                       Role.QA})
BEDSIDE: dict[tuple[str, str], RoleSet] = {
    ("GET", "/bedside"): frozenset({Role.CLINICIAN}),
    ("POST", "/bedside/checks"): frozenset({Role.CLINICIAN}),
    ("POST", "/bedside/checks/{verification_id}/acknowledge"): frozenset({Role.CLINICIAN}),
    ("GET", "/bedside/checks/{verification_id}"): _BEDSIDE_READERS,
    ("POST", "/bedside/checks/{verification_id}/confirm"): frozenset({Role.CLINICIAN}),
    ("GET", "/bedside/checks/{verification_id}/infusion"): frozenset({Role.CLINICIAN}),
    ("POST", "/bedside/checks/{verification_id}/infusion"): frozenset({Role.CLINICIAN}),
    ("GET", "/infusions/{infusion_id}"): _BEDSIDE_READERS,
    ("POST", "/infusions/{infusion_id}/vitals"): frozenset({Role.CLINICIAN}),
    ("POST", "/api/v1/bedside/verify"): frozenset({Role.CLINICIAN}),
}

# Adverse events (cellchain/bedside, issue 11 item 5): clinicians report and change them;
# every subject viewer (coordinator, clinician, monitor, QA) reads them, page and API.
_SUBJECT_VIEWERS: RoleSet = frozenset({Role.COORDINATOR, Role.CLINICIAN, Role.MONITOR, Role.QA})
_CLINICIAN: RoleSet = frozenset({Role.CLINICIAN})
ADVERSE_EVENTS: dict[tuple[str, str], RoleSet] = {
    ("GET", "/subjects/{subject_id}/adverse-events/new"): _CLINICIAN,
    ("POST", "/subjects/{subject_id}/adverse-events"): _CLINICIAN,
    ("GET", "/adverse-events/{event_id}"): _SUBJECT_VIEWERS,
    ("POST", "/adverse-events/{event_id}"): _CLINICIAN,
    ("GET", "/api/v1/subjects/{subject_id}/adverse-events"): _SUBJECT_VIEWERS,
}

# Traceability (cellchain/trace, issue 11 item 6). Donor traces show lots and cord blood units,
# so only unblinded roles trace donors (blinded roles are refused by role, whatever the DIN);
# every role that handles bags traces subjects (blinded ones through the projection).
_DONOR_TRACERS: RoleSet = frozenset({Role.TECHNICIAN, Role.QC, Role.QA, Role.COORDINATOR})
_SUBJECT_TRACERS: RoleSet = _DONOR_TRACERS | {Role.CLINICIAN, Role.MONITOR}
TRACE: dict[tuple[str, str], RoleSet] = {
    ("GET", "/api/v1/trace/donor/{din}"): _DONOR_TRACERS,
    ("GET", "/api/v1/trace/subject/{subject_id}"): _SUBJECT_TRACERS,
    ("GET", "/trace"): _SUBJECT_TRACERS,
    ("POST", "/trace"): _SUBJECT_TRACERS,
    ("GET", "/trace/donor/{din}"): _DONOR_TRACERS,
    ("GET", "/trace/donor/{din}.csv"): _DONOR_TRACERS,
    ("GET", "/trace/subject/{subject_id}"): _SUBJECT_TRACERS,
    ("GET", "/trace/subject/{subject_id}.csv"): _SUBJECT_TRACERS,
}

# Chain of custody (cellchain/custody, issue 11 item 2): the lab (technicians, and the
# coordinator who allocates) dispatches and takes bags back; the ward (clinicians, and the
# coordinator) receives; QA alone reads and acknowledges temperature excursions.
_LAB: RoleSet = frozenset({Role.TECHNICIAN, Role.COORDINATOR})
_WARD: RoleSet = frozenset({Role.CLINICIAN, Role.COORDINATOR})
CUSTODY: dict[tuple[str, str], RoleSet] = {
    ("GET", "/custody/dispatch"): _LAB,
    ("POST", "/custody/dispatch/scan"): _LAB,
    ("POST", "/custody/dispatch"): _LAB,
    ("GET", "/custody/receive"): _WARD,
    ("POST", "/custody/receive/scan"): _WARD,
    ("POST", "/custody/receive"): _WARD,
    ("GET", "/custody/return"): _LAB,
    ("POST", "/custody/return/scan"): _LAB,
    ("POST", "/custody/return"): _LAB,
    ("GET", "/custody/excursions"): _QA,
    ("GET", "/custody/excursions/{excursion_id}"): _QA,
    ("POST", "/custody/excursions/{excursion_id}/acknowledge"): _QA,
}

# Allocation (issue 11 item 1; cellchain/bags/allocation_*): the unblinded coordinator alone
# allocates a bag to a subject and takes it back (DESIGN §1); the review writes nothing.
_COORDINATOR: RoleSet = frozenset({Role.COORDINATOR})
ALLOCATION: dict[tuple[str, str], RoleSet] = {
    ("GET", "/allocation"): _COORDINATOR,
    ("POST", "/allocation/review"): _COORDINATOR,
    ("POST", "/allocation"): _COORDINATOR,
    ("POST", "/bags/{bag_id}/deallocation"): _COORDINATOR,
    ("POST", "/api/v1/bags/{bag_id}/allocation"): _COORDINATOR,
    ("DELETE", "/api/v1/bags/{bag_id}/allocation"): _COORDINATOR,
}

# Treatment schedule (cellchain/trial/schedule_routes, issue 12 item 6): clinicians record a
# TAS-102 cycle's day 1; the ward (clinicians, the coordinator) and monitors read the calendar.
SCHEDULE: dict[tuple[str, str], RoleSet] = {
    ("POST", "/subjects/{subject_id}/cycles"): frozenset({Role.CLINICIAN}),
    ("GET", "/calendar"): frozenset({Role.CLINICIAN, Role.COORDINATOR, Role.MONITOR}),
}

# Randomisation (issue 12 item 4): the unblinded coordinator's list and its subjects' arms.
RANDOMISATION: dict[tuple[str, str], RoleSet] = {
    ("GET", "/randomisation"): _COORDINATOR,
    ("POST", "/randomisation/generate"): _COORDINATOR,
    ("POST", "/randomisation/import"): _COORDINATOR,
}

# Emergency unblinding (issue 12 item 4; cellchain/trial/unblinding_routes.py): the investigator
# (clinician) alone breaks the blind, one subject at a time; every subject viewer reads the
# record (the arm only through the blinding projection).
UNBLINDING: dict[tuple[str, str], RoleSet] = {
    ("GET", "/subjects/{subject_id}/unblind"): frozenset({Role.CLINICIAN}),
    ("POST", "/subjects/{subject_id}/unblind"): frozenset({Role.CLINICIAN}),
    ("GET", "/unblindings/{unblinding_id}"): _SUBJECT_VIEWERS,
}

# Screening and enrolment (issue 12 item 2; cellchain/trial/screening_routes.py): clinicians
# register, evaluate, record a screen failure and enrol; every subject viewer reads the
# evaluation.
SCREENING: dict[tuple[str, str], RoleSet] = {
    ("GET", "/subjects/new"): frozenset({Role.CLINICIAN}),
    ("POST", "/subjects"): frozenset({Role.CLINICIAN}),
    ("GET", "/subjects/{subject_id}/screening"): _SUBJECT_VIEWERS,
    ("POST", "/subjects/{subject_id}/screening"): frozenset({Role.CLINICIAN}),
    ("POST", "/subjects/{subject_id}/screen-failure"): frozenset({Role.CLINICIAN}),
    ("POST", "/subjects/{subject_id}/enrol"): frozenset({Role.CLINICIAN}),
}

# Cohort board (cellchain/trial/escalation_routes, issue 12 item 3): the open-label board is
# read by clinicians, the coordinator, monitors and QA; an investigator (clinician) records
# the safety review committee's signed decision.
ESCALATION: dict[tuple[str, str], RoleSet] = {
    ("GET", "/escalation"): frozenset({Role.CLINICIAN, Role.COORDINATOR, Role.MONITOR, Role.QA}),
    ("POST", "/escalation/decisions"): frozenset({Role.CLINICIAN}),
}

# Pre-infusion labs (cellchain/trial/labs_routes.py): clinicians enter a blood draw's results.
LABS: dict[tuple[str, str], RoleSet] = {
    ("POST", "/subjects/{subject_id}/labs"): frozenset({Role.CLINICIAN}),
}
