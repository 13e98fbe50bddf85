"""Settings: the `--db` flag, then TRACKER_DATABASE_URL, then a SQLite file in the working directory."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATABASE_URL = "TRACKER_DATABASE_URL"
DEFAULT_DATABASE_FILE = "tracker.db"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def database_url(flag: str | None = None) -> str:
    """Resolve the database URL. A bare path is taken as a SQLite file."""
    url = flag or os.environ.get(ENV_DATABASE_URL) or DEFAULT_DATABASE_FILE
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser()}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url
