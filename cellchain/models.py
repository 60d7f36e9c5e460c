"""Imports every table so ``SQLModel.metadata`` is complete (migrations, tests)."""

from cellchain.audit.models import AuditEvent, AuditReview
from cellchain.auth.models import AuthSession, User, UserRole
from cellchain.bags.models import Bag
from cellchain.batch.models import (
    BatchEntry,
    EntryCheck,
    EntryCorrection,
    EntryEquipment,
    EntryMaterial,
    EntryVerification,
)
from cellchain.bedside.models import (
    AdverseEvent,
    BedsideConfirmation,
    BedsideVerification,
    Infusion,
    VitalSign,
)
from cellchain.cbu.models import CordBloodUnit
from cellchain.custody.models import CustodyEvent, TemperatureExcursion
from cellchain.deviations.models import Deviation
from cellchain.equipment.models import Equipment
from cellchain.identifiers.models import IdentifierSequence
from cellchain.labels.models import LabelPrint, LabelTemplate, PrintJob
from cellchain.lots.models import Lot, LotParent, LotStatusCount
from cellchain.materials.models import MaterialLot
from cellchain.notifications.models import Notification
from cellchain.qc.models import QcResult, QcResultReview, QcSample
from cellchain.signatures.models import Signature
from cellchain.trial.blinding_models import (
    EmergencyUnblinding,
    EscalationDecision,
    RandomisationList,
    RandomisationSlot,
)
from cellchain.trial.models import (
    ChainOfIdentity,
    LabResult,
    ScreeningEvaluation,
    Subject,
    TreatmentCycle,
)

__all__ = [
    "EmergencyUnblinding", "EscalationDecision", "LabResult", "RandomisationList",
    "RandomisationSlot", "ScreeningEvaluation", "TreatmentCycle",
    "AdverseEvent", "BedsideConfirmation", "BedsideVerification", "CustodyEvent", "Infusion",
    "TemperatureExcursion", "VitalSign",
    "BatchEntry", "Deviation", "EntryCheck", "EntryCorrection", "EntryEquipment",
    "EntryMaterial",
    "EntryVerification", "Equipment", "MaterialLot",
    "AuditEvent", "AuditReview", "AuthSession", "Bag", "ChainOfIdentity", "CordBloodUnit",
    "IdentifierSequence", "LabelPrint", "LabelTemplate", "Lot", "LotParent", "LotStatusCount",
    "Notification",
    "PrintJob", "QcResult", "QcResultReview", "QcSample", "Signature", "Subject", "User",
    "UserRole",
]
