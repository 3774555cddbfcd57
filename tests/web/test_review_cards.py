"""The review page's cards made in Python (pages.py `review_cards`) are the bytes the template's loop made, for
the real queue and for hostile text in every field, read-only and with the write token."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from allyscope.store import Store
from allyscope.web.pages import review_cards, templates

# The loop review.html held before the cards were made in Python: the definition of what a card shows.
TEMPLATE_LOOP = """{% for c in queue %}
<li class="candidate" tabindex="0">
  <p><strong>{{ c["date"] }}</strong> {{ c["type"] }} · {{ c["domain"] }} · <code>{{ c["candidate"] }}</code></p>
  <p>{{ c["summary"] }}</p>
  <blockquote class="evidence" lang="{{ c["evidence"]["text"] | lang }}">{{ c["evidence"]["text"] }}</blockquote>
  <p class="cite">in <a href="/documents/{{ c["evidence"]["doc"] | urlencode }}#c{{ c["evidence"]["start"] }}">\
{{ c["evidence"]["doc"] }}</a></p>
  {% if c["suggestions"] %}<p>May duplicate: {% for s in c["suggestions"] %}\
<a href="/facts/{{ s["fact"] | urlencode }}">{{ s["date"] }} {{ s["summary"] }}</a>\
{% if not loop.last %}; {% endif %}{% endfor %}</p>{% endif %}
  {% if writable %}
  <form method="post" action="/review/{{ c["candidate"] | urlencode }}" class="decide">
    <input type="hidden" name="csrf" value="{{ csrf }}">
    {% for k, v in params.items() if k in ("doc", "limit", "cursor") and v %}\
<input type="hidden" name="{{ k }}" value="{{ v }}">{% endfor %}
    <label>Token <input type="password" name="token" autocomplete="current-password" required></label>
    <label>By <input name="by" placeholder="your name"></label>
    <input type="hidden" name="fact" value="{{ c["suggestions"][0]["fact"] if c["suggestions"] else '' }}">
    <button name="action" value="accept" data-key="a">Accept</button>
    {% if c["suggestions"] %}<button name="action" value="merge" data-key="m">Merge</button>{% endif %}
    <button name="action" value="reject" data-key="r">Reject</button>
  </form>
  {% endif %}
</li>
{% else %}<li>Nothing left to review.</li>
{% endfor %}
"""

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "javascript:alert(3)",
    "a & b ' c \" d",
    "{{ 7*7 }} {% if %}",
    "北约 と 日本",
]


def _reference(queue: list[dict[str, Any]], writable: bool, csrf: str, params: dict[str, str]) -> str:
    return templates.from_string(TEMPLATE_LOOP).render(queue=queue, writable=writable, csrf=csrf, params=params)


def _hostile_queue() -> list[dict[str, Any]]:
    queue = []
    for i, text in enumerate(HOSTILE):
        suggestions = [
            {"fact": f"f{i}/{text}", "date": text, "summary": text},
            {"fact": f"g{i}?x={text}", "date": "2020", "summary": "plain"},
        ][: i % 3]
        queue.append(
            {
                "date": text,
                "type": text,
                "domain": text,
                "candidate": f"c{i}:{text}",
                "summary": text,
                "evidence": {"text": text, "doc": f"doc {text}", "start": i},
                "suggestions": suggestions,
            }
        )
    return queue


@pytest.mark.parametrize("writable", [False, True])
def test_cards_of_hostile_text_are_the_template_loops_and_escaped(writable: bool) -> None:
    queue = _hostile_queue()
    params = {"doc": '"><script>alert(9)</script>', "limit": "20", "cursor": "a&b", "other": "<x>"}
    csrf = 'tok"en<'
    made = str(review_cards(queue, writable, csrf, params))
    assert made == _reference(queue, writable, csrf, params)
    assert "<script>" not in made and "<img" not in made and 'value="tok"' not in made
    assert ("<x>" not in made) and ("other" not in made)
    if writable:
        assert made.count('<input type="hidden" name="doc" value="&#34;&gt;&lt;script&gt;') == len(queue)


def test_no_candidates_say_so() -> None:
    assert str(review_cards([], True, "x", {})) == _reference([], True, "x", {}) == "<li>Nothing left to review.</li>\n"


@pytest.mark.parametrize("writable", [False, True])
def test_cards_of_the_real_queue_are_the_template_loops(kb: Path, writable: bool) -> None:
    from allyscope.knowledge.review import candidates

    with Store(kb) as store:
        queue = candidates(store.conn)
    assert len(queue) > 5 and any(c["suggestions"] for c in queue)
    params = {"limit": "7"}
    assert str(review_cards(queue, writable, "csrf-value", params)) == _reference(queue, writable, "csrf-value", params)


def test_the_review_page_shows_the_cards(client: Any, readonly_client: Any) -> None:
    page = client.get("/review?limit=3")
    assert page.status_code == 200
    cookie = page.cookies.get("allyscope_csrf")
    assert cookie and page.text.count(f'name="csrf" value="{cookie}"') == 3, "every form carries the cookie's value"
    assert len(re.findall(r'<li class="candidate"', page.text)) == 3
    assert '<input type="hidden" name="limit" value="3">' in page.text
    readonly = readonly_client.get("/review?limit=3").text
    assert len(re.findall(r'<li class="candidate"', readonly)) == 3 and "<form method" not in readonly
