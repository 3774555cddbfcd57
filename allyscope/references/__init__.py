"""References: every note parsed into CSL-JSON items, resolved into one registry of works per document."""

from allyscope.references.citations import Citation, parse_citation, split_works
from allyscope.references.registry import References, Work, references, resolve_references

__all__ = ["Citation", "References", "Work", "parse_citation", "references", "resolve_references", "split_works"]
