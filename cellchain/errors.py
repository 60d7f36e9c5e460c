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

    @property
    def problems(self) -> dict[str, str]:
        """Returns the sentence to show beside each field at fault (none: about no field)."""
        return {self.field: self.message} if self.field else {}


class BadInput(CellchainError):
    status_code = 422


class InvalidFields(BadInput):
    """A form refused for several fields at once, each with its own sentence, so the person
    corrects everything in one pass instead of meeting the problems one at a time."""

    def __init__(self, problems: dict[str, str], *, status_code: int = 422) -> None:
        super().__init__("; ".join(problems.values()), field=next(iter(problems), None))
        self._problems = dict(problems)
        self.status_code = status_code

    @property
    def problems(self) -> dict[str, str]:
        return dict(self._problems)


class NotAuthenticated(CellchainError):
    status_code = 401


class Forbidden(CellchainError):
    status_code = 403


class PasswordChangeRequired(Forbidden):
    """The signed-in person holds a temporary password and must choose their own first."""


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
