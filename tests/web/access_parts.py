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
