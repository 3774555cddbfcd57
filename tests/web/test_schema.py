"""Schemathesis over the API's own OpenAPI document: generated requests never get a 500, and every answer
matches the schema the document gives (error shape included)."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

from tests.web.conftest import TOKEN


def test_api_answers_match_their_schema(kb: Path) -> None:
    from allyscope.web import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(kb, TOKEN))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case: Any) -> None:
            # Every answer: no 5xx, a documented status, the documented body and content type. A made-up cursor or
            # actor that the schema's types allow is still refused (400): that is the API's contract, not a bug.
            case.call_and_validate(
                checks=[
                    checks.not_a_server_error,
                    checks.status_code_conformance,
                    checks.content_type_conformance,
                    checks.response_schema_conformance,
                ]
            )

        check()
