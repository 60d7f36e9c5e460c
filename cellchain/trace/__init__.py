"""Traceability (DESIGN §2, last paragraph; §6 trace contracts): the chain of identity walked
from a donor to every lot, bag, custody handoff, infusion and recipient, and from a subject
back to every bag, lot and donor DIN behind what they received."""
