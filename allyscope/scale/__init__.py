"""Ingesting corpora larger than one process should parse: Parquet partitions, Dask workers, a bulk loader.

    parquet       the rows of parsed documents as Parquet partitions (one file per table and batch) + a manifest
    dask_ingest   parse and extract files into partitions, on a Dask cluster or in this process
    loader        load partitions into a store, one transaction per batch of whole documents

pyarrow, dask[distributed] and fsspec are the optional extra `scale` (`pip install 'allyscope[scale]'`): they
are imported only here, and only when used, so that a plain install works without them.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from allyscope.errors import AllyscopeError


class ScaleError(AllyscopeError):
    """Raised when a scaled ingest cannot go on: a missing extra, a dead worker, partitions that disagree."""


def require(module: str) -> ModuleType:
    """Import `module` of the `scale` extra, or say which extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ScaleError(
            f"{module.split('.')[0]} is not installed: install the scale extra (pip install 'allyscope[scale]')"
        ) from exc
