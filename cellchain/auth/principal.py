"""The signed-in person as the rest of the code sees them."""

from __future__ import annotations

from dataclasses import dataclass

from cellchain.audit.service import Actor
from cellchain.auth.roles import Role


@dataclass(frozen=True)
class Principal:
    user_id: int
    username: str
    printed_name: str
    roles: frozenset[Role]
    token_hash: str
    kind: str  # "web" (cookie) or "api" (bearer token)
    csrf_token: str
    # An administrator set this person's password: until they choose their own, they may only
    # change it or sign out (cellchain.auth.deps).
    must_change_password: bool = False

    @property
    def actor(self) -> Actor:
        return Actor(self.user_id, self.printed_name)

    def has_any(self, roles: frozenset[Role]) -> bool:
        return bool(self.roles & roles)
