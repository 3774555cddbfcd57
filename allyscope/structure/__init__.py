"""Stage 2, *structure*: the front matter, bylines, bios and headings of the repaired body (`structure`), and the
document's language (`detect_language`).

The stage is split by responsibility: `language` (scripts and language), `names` (shared readers of names, labels
and posts), `furniture` (front lines neither title nor author), `bylines` and `byline_fields` (the lines under a
title), `bios` (writers named in the body), `front` (the front matter) and `stage` (the stage function). This
module re-exports what other modules and tests use."""

from allyscope.structure.language import _HAN, _KANA, _LATIN, _script_counts, detect_language
from allyscope.structure.stage import structure

__all__ = ["_HAN", "_KANA", "_LATIN", "_script_counts", "detect_language", "structure"]
