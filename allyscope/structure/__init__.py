"""Stage 2, *structure*: the front matter, bylines, bios and headings of the repaired body (`structure`), and the
document's language (`detect_language`). Split into modules by responsibility; this module only re-exports."""

from allyscope.structure.front import _HAN, _KANA, _LATIN, _script_counts, detect_language, structure

__all__ = ["_HAN", "_KANA", "_LATIN", "_script_counts", "detect_language", "structure"]
