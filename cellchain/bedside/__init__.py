"""The bedside: identity verification before an infusion (DESIGN §4.1)."""
