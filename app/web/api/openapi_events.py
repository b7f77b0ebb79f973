"""The OpenAPI paths of ``/v1/webhooks`` and ``/v1/events`` (joined into the document by
``app.web.api.openapi``)."""

from __future__ import annotations

from typing import Any

from app.events.payload import EVENT_TYPES


def event_paths(error: Any, common: dict[str, Any]) -> dict[str, Any]:
    """The paths; ``error(description)`` builds an error response, ``common`` the errors
    every route may answer."""
    event = {"type": "object", "required": ["id", "type", "timestamp", "data"], "properties": {
        "id": {"type": "string", "description": "evt_<shard>_<ledger id>; the webhook-id"},
        "type": {"type": "string", "enum": sorted(EVENT_TYPES)},
        "timestamp": {"type": "string"}, "data": {"type": "object"}}}
    endpoint = {"type": "object", "required": ["id", "url", "events", "origin"], "properties": {
        "id": {"type": "string"}, "url": {"type": "string"},
        "events": {"type": "array", "items": {"type": "string"}},
        "origin": {"type": "string", "enum": ["environment", "api"]},
        "secret_hint": {"type": "string"}, "secret": {"type": "string"},
        "delivery": {"type": "object"}}}
    answer = {"content": {"application/json": {"schema": endpoint}}}
    id_param = {"name": "endpoint_id", "in": "path", "required": True,
                "schema": {"type": "string"}, "example": "crm"}
    return {
        "/v1/webhooks": {"get": {
            "operationId": "listWebhooks",
            "summary": "Every endpoint consent events are pushed to, with its delivery state.",
            "responses": {"200": {"description": "The endpoints (secrets hidden).", "content": {
                "application/json": {"schema": {"type": "object", "properties": {
                    "webhooks": {"type": "array", "items": endpoint}}}}}}, **common}}},
        "/v1/webhooks/{endpoint_id}": {
            "parameters": [id_param],
            "get": {"operationId": "getWebhook", "summary": "One endpoint and its delivery.",
                    "responses": {"200": {**answer, "description": "The endpoint."},
                                  "404": error("No such endpoint."), **common}},
            "put": {"operationId": "putWebhook",
                    "summary": "Create or replace an endpoint (a secret is generated when "
                               "none is given; the answer carries it).",
                    "requestBody": {"required": True, "content": {"application/json": {
                        "schema": {"type": "object", "required": ["url"], "properties": {
                            "url": {"type": "string"}, "secret": {"type": "string"},
                            "events": {"type": "array", "items": {"type": "string"}}}}}}},
                    "responses": {"200": {**answer, "description": "Replaced."},
                                  "201": {**answer, "description": "Created."},
                                  "400": error("A missing or bad field (the message names "
                                               "it)."),
                                  "409": error("The endpoint is set by EVENT_WEBHOOKS."),
                                  "413": error("The body is too large."),
                                  "415": error("The body is not JSON."), **common}},
            "delete": {"operationId": "deleteWebhook", "summary": "Stop pushing to it.",
                       "responses": {"204": {"description": "Deleted."},
                                     "404": error("No such endpoint."),
                                     "409": error("The endpoint is set by EVENT_WEBHOOKS."),
                                     **common}}},
        "/v1/events": {"get": {
            "operationId": "eventsFeed",
            "summary": "Consent events oldest first, across the archive and Redis.",
            "parameters": [
                {"name": "after", "in": "query", "required": False,
                 "schema": {"type": "string"}, "description": "The next of a page."},
                {"name": "limit", "in": "query", "required": False,
                 "schema": {"type": "integer", "minimum": 1, "maximum": 1000}}],
            "responses": {"200": {"description": "A page and the cursor after it.", "content": {
                "application/json": {"schema": {"type": "object", "required": ["events", "next"],
                                                "properties": {"events": {"type": "array",
                                                                          "items": event},
                                                               "next": {"type": "string"}}}}}},
                          "400": error("A bad cursor or limit."), **common}}},
    }
