"""dom78 (forty-seventh session): the domain model's cross-validation grouped by the session that wrote each dev
document (`scripts/dev_sessions.py`, `tests/corpora/events/dev_sessions.json`, `train_domain.session_folds`), and
the method chosen by it. The session is read from the lead's line of git; the tests read made-up subjects and
documents, not the corpus, except where they check the data file against the manifest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from helpers import load_repository_module as _load
from hypothesis import given
from hypothesis import strategies as st

from allyscope.events_domain import domain_model
from allyscope.scripts import fold
from allyscope.vocabulary import DOMAINS

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpora" / "events"
INTERACTIONS = [d for d in DOMAINS if d != "context"]


def test_a_merge_subject_names_its_session_by_the_branch_number() -> None:
    sessions = _load("scripts", "dev_sessions")
    assert sessions.session_of("Merge branch 'dom69'") == "69"
    assert sessions.session_of("Merge act77: six CJK dev documents (collective parties)") == "77"
    assert sessions.session_of("Merge branch 'prec47' into m47") == "47"
    assert sessions.session_of("Merge ext27a (dates: fourteen dev documents in two rounds)") == "27"
    assert sessions.session_of("Merge main into events14") == "14"
    assert sessions.session_of("act47: four blind-first dev documents (presser en Korea–Kazakhstan)") == "47"
    assert sessions.session_of("dates34: seven dev events documents with their gold") == "34"


def test_a_subject_that_names_no_numbered_branch_names_no_session() -> None:
    sessions = _load("scripts", "dev_sessions")
    # traps: a lead's own commit, figures and years inside the subject, a number not ending a branch name
    assert sessions.session_of("events corpus: fourteen new dev documents (press, joint, presser x3)") is None
    assert sessions.session_of("Events corpus: 8 dev documents on pairs new to the corpus") is None
    assert sessions.session_of("dev: one zh-Hant news story (Australia–Papua New Guinea, 3 events)") is None
    assert sessions.session_of("Merge branch 'main'") is None
    assert sessions.session_of("2024 figures: dev 1159") is None


@given(st.text(max_size=80))
def test_any_subject_gives_a_number_or_nothing(subject: str) -> None:
    found = _load("scripts", "dev_sessions").session_of(subject)
    assert found is None or found.isdigit()


def test_the_data_file_lists_dev_documents_only_each_with_one_session() -> None:
    data = json.loads((CORPUS / "dev_sessions.json").read_text("utf-8"))
    manifest = json.loads((CORPUS / "manifest.json").read_text("utf-8"))
    dev = {e["file"] for e in manifest["documents"] if e["split"] == "dev"}
    listed = data["sessions"]
    assert set(listed) <= dev  # never a held-out document
    assert len(listed) >= 0.9 * len(dev)  # documents written since the file was made are grouped as unlisted
    assert all(s == "seed" or s.isdigit() for s in listed.values())


def test_session_folds_never_split_a_session_and_deal_the_largest_first() -> None:
    trainer = _load("scripts", "train_domain")
    sessions = {f"dev/d{s}_{k}.txt": str(s) for s in range(12) for k in range(s + 1)}
    folds = trainer.session_folds(sessions, 4)
    assert set(folds) == set(sessions)
    by_session: dict[str, set[str]] = {}
    for document, fold_name in folds.items():
        by_session.setdefault(sessions[document], set()).add(fold_name)
    assert all(len(f) == 1 for f in by_session.values())
    sizes = sorted(sum(1 for f in folds.values() if f == k) for k in set(folds.values()))
    assert len(sizes) == 4 and sizes[-1] - sizes[0] <= 12  # no fold larger than the others by more than a session
    assert trainer.session_folds(sessions, 4) == folds  # deterministic


def _example(trainer: Any, document: str, language: str) -> Any:
    clause = fold("The two ministers met.")
    inputs = (clause, (), clause, 0)
    return trainer.Example(document, language, INTERACTIONS[0], INTERACTIONS[0], True, INTERACTIONS[0], (), inputs)


def test_cross_validation_by_session_holds_out_whole_sessions() -> None:
    trainer = _load("scripts", "train_domain")
    seen: list[set[str]] = []

    def recording_train(rows: list[Any]) -> dict[str, Any]:
        seen.append({e.document for e in rows})
        return {"bias": [0.0] * 4, "weights": {}}

    rows = [_example(trainer, f"dev/news_en_s{s}_{k}.txt", "en") for s in range(5) for k in range(3)]
    rows.append(_example(trainer, "dev/news_en_new.txt", "en"))  # not in the sessions: unlisted
    sessions = {e.document: str(e.document.split("_s")[1][0]) for e in rows if "_s" in e.document}
    original_train, original_texts = trainer.train, trainer._texts
    trainer.train, trainer._texts = recording_train, dict
    try:
        cv = trainer.cross_validate(rows, folds=3, by="session", sessions=sessions)
    finally:
        trainer.train, trainer._texts = original_train, original_texts
    assert cv["folds"] == 3 == len(seen) and cv["examples"] == 16
    for trained in seen:
        held = {e.document for e in rows} - trained
        held_sessions = {sessions.get(d, trainer.UNLISTED) for d in held}
        trained_sessions = {sessions.get(d, trainer.UNLISTED) for d in trained}
        assert held and not held_sessions & trained_sessions


def test_the_shipped_model_was_chosen_by_the_folds_of_sessions() -> None:
    model = domain_model()
    trainer = _load("scripts", "train_domain")
    assert trainer.CHOOSE_BY == model["cv_by"] == "session"
    assert model["cv_other"]["by"] == "document"
    assert set(trainer.METHODS) <= set(model["cv"]) and set(trainer.METHODS) <= set(model["cv_other"])
