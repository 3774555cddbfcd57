"""Which elements of a person's name may stand alone as a short form (issue 14, item 3; gaz81).

The short-form rules read the first and the last element of a known person's name as names of that person: the
last as the family name (`Kishida`, `岸田首相`; `強森` of `鮑里斯·強森`), the first as the given name by which some
are called (`谢尔达尔` of `谢尔达尔·别尔德穆哈梅多夫`). Many names of the field hold no family name: a name of the
`bin` kind ends in the father's name or a dynasty's (`Mohammed bin Salman`: `Salman` is the king, his father), an
Icelandic name in a patronymic (`Bjarni Benediktsson`), a Burmese name has no part that names its bearer alone
(`Min Aung Hlaing`), an Indonesian name may be a given name and a father's (`Retno Marsudi`). Whether a name is so
is no property of its spelling (`bin Daghr` is a family name, `Geir Haarde` an Icelander's family name): it is
data, the person's `no_family_name` field in the gazetteer ('given': only the first element stands; 'whole': none
does). The press's own short forms of such names are listed by hand among the person's aliases."""

from __future__ import annotations

from typing import Any

GIVEN = "given"
WHOLE = "whole"


def standing_ends(entity: dict[str, Any]) -> tuple[bool, bool]:
    """(first, last): may the first and the last element of the person's name be read alone as the person, by
    the data's `no_family_name` field (absent: both may)."""
    kind = entity.get("no_family_name")
    if kind == WHOLE:
        return (False, False)
    if kind == GIVEN:
        return (True, False)
    return (True, True)


def standing_elements(entity: dict[str, Any], elements: list[str]) -> list[str]:
    """The first and the last of `elements` (a name split into its elements) that may stand alone, first first,
    without repeats; () for a name of fewer than two elements."""
    if len(elements) < 2:
        return []
    first, last = standing_ends(entity)
    return list(dict.fromkeys([e for e, ok in ((elements[0], first), (elements[-1], last)) if ok]))
