"""Access-matrix entries contributed per package, merged into test_access_matrix.MATRIX.

Each package that adds routes declares them here, spelled out (not imported from the app),
so a change to the app's role sets shows up as a test failure.
"""

from __future__ import annotations

from cellchain.auth.roles import Role

RoleSet = frozenset[Role]

MANUFACTURING_READERS: RoleSet = frozenset({Role.TECHNICIAN, Role.QC, Role.QA, Role.COORDINATOR})

# Materials and equipment (cellchain/materials).
MATERIALS: dict[tuple[str, str], RoleSet] = {}

# Cord blood unit receipt and QA decision (cellchain/cbu).
CBU: dict[tuple[str, str], RoleSet] = {}

# Batch record, deviations, scan station (cellchain/lots).
BATCH_RECORD: dict[tuple[str, str], RoleSet] = {}
