"""Users, roles, server-side sessions, API tokens and the per-route role guard."""
