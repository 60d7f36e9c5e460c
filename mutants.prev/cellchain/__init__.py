"""cellchain: chain of identity from cord blood unit to bedside for GMP cell-therapy lots."""

__version__ = "0.1.0"
