"""Benchmark for full-text search (issue 5's figure): query latency over many stored documents.

Run: python benchmarks/bench_search.py [--docs 10000]
Documents are made here from a small vocabulary (no parsing: rows go straight into the search tables through the
same `add_to_index` the store uses), then two-character, longer CJK and Latin queries are timed; p50 and p95 print.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from allyscope.store import Store
from allyscope.store.search import add_to_index, bigrams

# words of the generated paragraphs: the CJK vocabulary (bench_postgres uses it too), then the rest
CJK_WORDS = [
    "日本",
    "北约",
    "安全",
    "合作",
    "伙伴",
    "关系",
    "峰会",
    "演习",
    "网络",
    "防御",
    "战略",
    "机制",
    "首相",
    "外长",
    "秘书长",
    "访问",
    "签署",
    "计划",
    "欧洲",
    "亚太",
]
WORDS = [
    *CJK_WORDS,
    "NATO",
    "Japan",
    "cyber",
    "summit",
    "岸田",
    "斯托尔滕贝格",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--paragraphs", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "search.db")
        conn = store.conn
        start = time.perf_counter()
        conn.execute("BEGIN")
        for d in range(args.docs):
            ident = f"d{d:06d}"
            conn.execute(
                "INSERT INTO documents (id, sha256, source, encoding, title, language, raw, text, notes_text,"
                " structure, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (ident, ident, "gen", "utf-8", f"文档 {d}", "zh", "", "", "", "{}", "2026-01-01"),
            )
            rows = []
            body = ""
            for _ in range(args.paragraphs):
                text = "".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60))) + "。"
                rows.append((ident, "paragraph", "body", len(body), len(body) + len(text), text, bigrams(text)))
                body += text + "\n"
            conn.execute("UPDATE documents SET text = ? WHERE id = ?", (body, ident))
            add_to_index(conn, rows)
        conn.execute("COMMIT")
        print(
            f"indexed {args.docs} documents ({args.docs * args.paragraphs} paragraphs) in "
            f"{time.perf_counter() - start:.1f} s"
        )
        for label, queries in (
            ("two-character CJK", ["北约", "日本", "岸田", "演习", "网络"]),
            ("longer CJK", ["北约峰会", "安全合作", "斯托尔滕贝格"]),
            ("Latin", ["NATO", "summit", "cyber"]),
        ):
            times = []
            for _ in range(20):
                for q in queries:
                    t = time.perf_counter()
                    store.search(q, 20)
                    times.append(time.perf_counter() - t)
            times.sort()
            p95 = times[int(len(times) * 0.95) - 1]
            print(f"{label:18} p50 {statistics.median(times) * 1000:.1f} ms  p95 {p95 * 1000:.1f} ms")
        store.close()


if __name__ == "__main__":
    main()
