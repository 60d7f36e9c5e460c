"""Domain errors: a status code and a sentence written for the operator on the floor.

Routes never raise ``HTTPException`` for business rules; services raise these and the handlers
in ``cellchain.web_errors`` turn them into a page, an htmx flash or a JSON body.
"""

from __future__ import annotations


class CellchainError(Exception):
    """Base of every refusal the system explains to its user."""

    status_code = 400
    # A refusal rolls back everything the request wrote, unless what it wrote is the evidence
    # of the refused attempt itself (21 CFR 11.300(d): failed sign-ins and signings are kept).
    keeps_writes = False

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class BadInput(CellchainError):
    status_code = 422


class NotAuthenticated(CellchainError):
    status_code = 401


class Forbidden(CellchainError):
    status_code = 403


class NotFound(CellchainError):
    status_code = 404


class Conflict(CellchainError):
    status_code = 409


class ConcurrentModification(Conflict):
    """Someone else changed the record between our read and our compare-and-swap write."""


class TransitionBlocked(Conflict):
    """A move is allowed by the state table but guards list reasons it cannot happen yet."""

    def __init__(self, message: str, reasons: list[str]) -> None:
        super().__init__(message)
        self.reasons = reasons


class SignatureRejected(CellchainError):
    status_code = 401


class SigningRefused(SignatureRejected):
    """The signer's re-authentication failed; the record of the attempt is committed."""

    keeps_writes = True


class ServiceUnavailable(CellchainError):
    status_code = 503
