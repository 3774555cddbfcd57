"""Family names read only beside a title (issue 14 item 3, gaz79): the press names a foreign office holder by the
family name next to the office's title (`乌拉圭外长帕加尼尼`, `外長卡斯塔內達`, `帕加尼尼外长`), where the family name
alone is another person's or a word (`帕加尼尼`: the violinist; `查蘭` inside `調查蘭州`). An entity lists such names
under `titled_family` (per script) instead of among its aliases: they become names only joined to a title of a role the
person held (Chinese: before or after it; Japanese: before it, as Japanese prose writes `<family>外相`) or after the
Chinese name of an office the person held (`<state>外长<family>`), and the terms of office tell the date's holder.
No bare form is ever added, so the family name alone names nobody."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

_AFTER = {"zh": True, "zh_Hant": True, "ja": False}  # may the title come before the family name in that script?


def titled_family_aliases(entities: dict[str, dict[str, Any]], titles: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(person, alias) for each family name an entity lists under `titled_family`, joined to each CJK title of a role
    the person held and after each Chinese name of an office the person held."""
    cjk_titles = [t for t in titles if not t.isascii()]
    for ident, entity in entities.items():
        families: dict[str, list[str]] = entity.get("titled_family", {})
        if not families:
            continue
        offices = [entities.get(r["office"], {}) for r in entity.get("roles", [])]
        held = {o.get("role") for o in offices} - {None}
        mine = [t for t in cjk_titles if titles[t] in held]
        for script, names in families.items():
            for family in names:
                for title in mine:
                    yield ident, family + title
                    if _AFTER.get(script, False):
                        yield ident, title + family
                if _AFTER.get(script, False):
                    for office in offices:
                        names_of = office.get("aliases", {})
                        for name in (*names_of.get("zh", []), *names_of.get("zh_Hant", [])):
                            yield ident, name + family
