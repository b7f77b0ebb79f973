"""The OpenAPI document matches the real behaviour: schemathesis calls every documented
operation with generated input and checks statuses, content types and response schemas.
The chaos run (``make test-chaos``) generates many more cases per operation."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.helpers import API_KEY, report_figure

CHAOS_EXAMPLES = 800  # per operation: 17 operations, 13,600 calls


def conform(app, max_examples: int) -> int:  # type: ignore[no-untyped-def]
    """Run schemathesis on every operation; returns how many calls it made."""
    schema = schemathesis.openapi.from_wsgi("/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 17  # with the webhooks (4), the events feed, sends, erasure
    calls = 0
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=max_examples, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def conforms(case):
            nonlocal calls
            calls += 1
            # Every other check runs (no 5xx, documented statuses, content types, response
            # schemas, negative data rejected). "Schema-valid input is accepted" cannot hold:
            # no JSON Schema says which strings are possible phone numbers.
            case.call_and_validate(headers={"Authorization": f"Bearer {API_KEY}"},
                                   excluded_checks=[positive_data_acceptance])

        conforms()
    return calls


def test_api_conforms_to_its_openapi_document(app):
    conform(app, 30)


@pytest.mark.chaos
@pytest.mark.timeout(400)
def test_api_conforms_under_many_generated_cases(app):
    calls = conform(app, CHAOS_EXAMPLES)
    report_figure(f"schemathesis: {calls} generated API calls, no 5xx, every check passed")
    assert calls >= 5 * CHAOS_EXAMPLES * 0.9


def test_every_route_is_documented(app):
    documented = set(app.test_client().get("/v1/openapi.json").get_json()["paths"])
    routes = {rule.rule.replace("<", "{").replace(">", "}") for rule in app.url_map.iter_rules()
              if rule.rule.startswith("/v1/") and rule.endpoint != "api.openapi"}
    assert routes == documented
