"""Electronic signatures: re-authentication, manifestation and record binding (21 CFR 11)."""
