"""The embedded store: one SQLite file (WAL), schema kept by migrations."""

from allyscope.store.database import Store, default_db_path

__all__ = ["Store", "default_db_path"]
