"""The append-only, hash-chained audit trail (DESIGN §4.4, 21 CFR 11.10(e))."""
