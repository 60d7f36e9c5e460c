"""Materials and equipment pages (filled in by the materials work)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
