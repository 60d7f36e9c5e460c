"""Imports every table so ``SQLModel.metadata`` is complete (migrations, tests)."""

from cellchain.audit.models import AuditEvent, AuditReview
from cellchain.auth.models import AuthSession, User, UserRole
from cellchain.lots.models import Lot
from cellchain.notifications.models import Notification
from cellchain.signatures.models import Signature

__all__ = [
    "AuditEvent",
    "AuditReview", "AuthSession", "Lot", "Notification", "Signature", "User", "UserRole"]
