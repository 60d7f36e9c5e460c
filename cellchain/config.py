"""Site configuration, read once from ``CELLCHAIN_*`` environment variables.

Nothing else in the code base reads ``os.environ``: pass a ``Settings`` where one is needed.
"""

from __future__ import annotations

import contextlib
import os
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path.home() / ".local" / "share" / "cellchain"


class Settings(BaseSettings):
    """Every setting a site can change; defaults suit a single-workstation SQLite install."""

    model_config = SettingsConfigDict(env_prefix="CELLCHAIN_", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    # Empty means: the SQLite file ``cellchain.db`` inside ``data_dir``.
    database_url: str = ""
    # ISBT 128 Facility Identification Number; A9990-A9999 are ICCBBA's validation FINs.
    fin: str = "A9990"
    site_timezone: str = "Europe/London"
    site_name: str = "cellchain demo site"
    # Signs the login-form CSRF cookie. Generated into data_dir when not set.
    secret_key: str = ""
    # ASVS 7.3.1/7.3.2 and 21 CFR 11.200(a)(1): an idle period ends the session and with it
    # the "continuous period of controlled access" that allows password-only signing.
    session_idle_minutes: int = 15
    session_absolute_hours: int = 12
    # How often a process writes the session use it has noted (cellchain.auth.activity).
    session_activity_flush_seconds: float = 10.0
    login_max_failures: int = 5
    lockout_minutes: int = 15
    password_min_length: int = 12
    # Secure cookies need HTTPS; ``cellchain demo`` turns this off because it serves plain
    # HTTP on the loopback interface.
    cookie_secure: bool = True
    scheduler_enabled: bool = True
    # A network Zebra printer taking raw ZPL (port 9100); empty means no printer configured.
    printer_host: str = ""
    printer_port: int = 9100
    printer_timeout_seconds: float = 10.0
    # Label wording (product description, statements); empty means the shipped defaults.
    label_settings: Path | None = None
    # Process definition (TOML) for new lots; empty means the shipped RAK definition.
    process_definition: Path | None = None
    # QC specification (TOML) for new lots; empty means the shipped RAK specification.
    qc_specification: Path | None = None
    # Custody and bedside settings (TOML); empty means the shipped NCT07212933 settings.
    bedside_settings: Path | None = None
    # Trial configuration (TOML: stages, arms, dose levels, eligibility, escalation,
    # randomisation, schedule); empty means the shipped NCT07212933 file.
    trial_settings: Path | None = None

    @field_validator("fin")
    @classmethod
    def _fin_shape(cls, value: str) -> str:
        value = value.strip().upper()
        if len(value) != 5 or not value.isalnum() or not value[0].isalpha():
            raise ValueError("CELLCHAIN_FIN must be 5 characters: a letter then 4 letters/digits")
        return value

    @field_validator("site_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        ZoneInfo(value)  # raises for an unknown zone name
        return value

    @property
    def resolved_database_url(self) -> str:
        """Returns the database URL, defaulting to a SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'cellchain.db'}"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.site_timezone)

    def resolved_secret_key(self) -> str:
        """Returns the secret key, creating and keeping one in the data directory if unset."""
        if self.secret_key:
            return self.secret_key
        return _kept_secret_key(self.data_dir / "secret_key")


@lru_cache(maxsize=8)
def _kept_secret_key(key_file: Path) -> str:
    """Read once per process: cookies are signed on many requests, and the file is written once
    (a site that replaces it restarts, as it does for any setting).

    Several processes sharing a new data directory start at once: the first key to land wins
    and every process uses that one. Each writes its draft to a file of its own and links it
    into place, which refuses to replace a key already there; a process that wrote the file
    directly could overwrite another's key after that process had read it, and the two would
    then reject each other's cookies and checkpoints."""
    if not key_file.exists():
        import secrets
        import tempfile

        key_file.parent.mkdir(parents=True, exist_ok=True)
        handle, draft = tempfile.mkstemp(dir=key_file.parent, prefix=".secret_key.")  # 0600
        try:
            os.write(handle, secrets.token_hex(32).encode())
            os.close(handle)
            with contextlib.suppress(FileExistsError):
                os.link(draft, key_file)
        finally:
            os.unlink(draft)
    return key_file.read_text().strip()


@lru_cache
def get_settings() -> Settings:
    """Returns the process-wide settings (CLI entry points only; the app gets them injected)."""
    return Settings()
