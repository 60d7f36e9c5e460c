"""ISBT 128 data structures, check characters and scan parsing. Pure: no I/O, no clock.

Implements the published formats of ICCBBA ST-001 as summarised in
``shared/domain/isbt128.md``; no ICCBBA code tables are shipped (FINs and product description
codes are site configuration).
"""
