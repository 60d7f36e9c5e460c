"""Who prints and who sees each label kind, and where its record lives: one table that the
routes (access rules), the print log and the service (voiding) all read."""

from __future__ import annotations

from dataclasses import dataclass

from cellchain.auth.roles import (
    BAG_LABEL_PRINTERS,
    CBU_LABEL_PRINTERS,
    SAMPLE_LABEL_PRINTERS,
    WRISTBAND_PRINTERS,
    Role,
)
from cellchain.labels.data import LabelKind

MATERIAL_LABEL_PRINTERS: frozenset[Role] = frozenset({Role.TECHNICIAN})
LOT_LABEL_PRINTERS: frozenset[Role] = frozenset({Role.TECHNICIAN})


@dataclass(frozen=True)
class KindRoutes:
    kind: LabelKind
    base: str  # the record's page, e.g. "/bags"
    noun: str  # what the label is put on
    printers: frozenset[Role]
    viewers: frozenset[Role]

    def may_void(self, roles: frozenset[Role]) -> bool:
        """Those who print a kind void its labels; so does QA where QA sees the kind."""
        return bool(roles & (self.printers | ({Role.QA} & self.viewers)))


KINDS = {
    LabelKind.BAG: KindRoutes(LabelKind.BAG, "/bags", "bag", BAG_LABEL_PRINTERS,
                              BAG_LABEL_PRINTERS | {Role.QA}),
    LabelKind.CBU: KindRoutes(LabelKind.CBU, "/cbu", "cord blood unit", CBU_LABEL_PRINTERS,
                              CBU_LABEL_PRINTERS | {Role.QA}),
    LabelKind.SAMPLE: KindRoutes(LabelKind.SAMPLE, "/qc/samples", "QC sample",
                                 SAMPLE_LABEL_PRINTERS, SAMPLE_LABEL_PRINTERS | {Role.QA}),
    # A wristband shows date of birth: QA sees subjects by number only (DESIGN §1).
    LabelKind.WRISTBAND: KindRoutes(LabelKind.WRISTBAND, "/subjects", "subject",
                                    WRISTBAND_PRINTERS, WRISTBAND_PRINTERS | {Role.MONITOR}),
    # Technicians label what they receive; QA sees the labels it releases against.
    LabelKind.MATERIAL: KindRoutes(LabelKind.MATERIAL, "/materials", "material lot",
                                   MATERIAL_LABEL_PRINTERS, MATERIAL_LABEL_PRINTERS | {Role.QA}),
    # Those who make the lot label its vessels; QA sees the labels it reviews.
    LabelKind.LOT: KindRoutes(LabelKind.LOT, "/lots", "lot",
                              LOT_LABEL_PRINTERS, LOT_LABEL_PRINTERS | {Role.QA}),
}
