"""The OpenAPI 3.1 document served at ``/v1/openapi.json``; tests/test_openapi.py runs
schemathesis against the app to keep it true."""

from __future__ import annotations

from typing import Any

from app.web.api.openapi_events import event_paths

_ERROR = {"$ref": "#/components/schemas/Error"}
_NULLABLE_STR = {"type": ["string", "null"]}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ERROR}}}


_COMMON_ERRORS = {
    "401": _error("No bearer API key."),
    "403": _error("The API key is not valid."),
    "503": _error("Redis (or, for history and reports, the archive) is unavailable; retry."),
}
_NUMBER_PARAM = {"name": "number", "in": "path", "required": True,
                 "description": "A phone number in any common format (E.164 preferred).",
                 "schema": {"type": "string"}, "example": "+16175550123"}
_SENDER_PARAM = {"name": "sender", "in": "query", "required": False,
                 "description": "Our number, short code or Messaging Service SID. Without it the "
                                "check is the cautious one: suppressed if any opt-out covers it.",
                 "schema": {"type": "string"}}

_SEND_TIME = {
    "textable_now": {"type": ["boolean", "null"],
                     "description": "May be texted at the instant asked about ('at', default "
                                    "now): not suppressed, undeliverable or reassigned, and "
                                    "no send rule (QUIET_HOURS, SEND_POLICY's hours and caps) "
                                    "holds it then."},
    "reason": {"type": ["string", "null"],
               "description": "suppressed, undeliverable, reassigned, pending_confirmation, "
                              "invalid, quiet_hours, federal_hours, state_hours:<ST>, "
                              "frequency_cap:<ST>."},
    "next_allowed": {**_NULLABLE_STR,
                     "description": "When a send rule holds it: the first instant none does "
                                    "(UTC, ISO-8601)."},
}
_CHECK_PARAMS = [
    {"name": "at", "in": "query", "required": False,
     "description": "Answer for this instant (ISO 8601 with its offset; default now): "
                    "texting hours and caps then, consent as of now.",
     "schema": {"type": "string"}, "example": "2026-12-06T15:00:00Z"},
    {"name": "subject", "in": "query", "required": False,
     "description": "What the text is about, as frequency caps count it ('promo').",
     "schema": {"type": "string", "maxLength": 100}},
]
_LOOKUP = {
    "type": "object",
    "required": ["number", "suppressed", "scope", "since", "source", "undeliverable", "pending"],
    "properties": {
        "number": {"type": "string", "description": "E.164"},
        "suppressed": {"type": "boolean"},
        "scope": {"type": ["string", "null"], "enum": ["sender", "all", None]},
        "since": {**_NULLABLE_STR, "description": "ISO-8601 time the opt-out in force began"},
        "source": {**_NULLABLE_STR, "description": "sms, carrier, email, mail, phone, web, ..."},
        "undeliverable": {"type": "boolean",
                          "description": "The carrier reports the number cannot receive texts."},
        "reassigned": {"type": "boolean",
                       "description": "The Reassigned Numbers Database said the number was "
                                      "disconnected after its consent (until a later opt-in)."},
        "pending": {"type": "boolean",
                    "description": "Events acknowledged but not yet applied by a worker."},
        "category": {"type": ["string", "null"],
                     "enum": ["marketing", "informational", "transactional", None],
                     "description": "The category whose consent decides (the one asked; "
                                    "null: every category alike)."},
        "pending_confirmation": {"type": "boolean",
                                 "description": "A double opt-in waits for its YES."},
        **_SEND_TIME,
    },
}
_CATEGORY = {"type": "string", "enum": ["marketing", "informational", "transactional"]}
_CATEGORY_PARAM = {"name": "category", "in": "query", "required": False,
                   "description": "The category of the message to send. Without it the check "
                                  "is the cautious one: suppressed if any category is revoked "
                                  "(and SEND_POLICY's rules, which govern marketing, apply).",
                   "schema": _CATEGORY}
_CATEGORIES = {"type": "array", "items": _CATEGORY, "minItems": 1}
_SENDER = {"type": "object", "required": ["sender", "categories", "declared_by"],
           "properties": {"sender": {"type": "string"},
                          "categories": {"type": "array", "items": _CATEGORY},
                          "declared_by": {"type": ["string", "null"],
                                          "enum": ["api", "config", None]}}}
_CONSENT_BODY = {
    "type": "object", "required": ["number", "method"],
    "properties": {
        "number": {"type": "string"},
        "sender": {"type": "string", "description": "Omit for every sender (not with "
                                                    "double_opt_in)."},
        "categories": _CATEGORIES,
        "method": {"enum": ["web_form", "keyword", "paper", "verbal", "double_opt_in",
                            "import"]},
        "disclosure": {"type": "string", "maxLength": 4000,
                       "description": "The exact text shown (required for web_form and "
                                      "double_opt_in)."},
        "url": {"type": "string", "maxLength": 2048}, "ip": {"type": "string"},
        "user_agent": {"type": "string", "maxLength": 1024},
        "captured_at": {"type": "string", "description": "ISO 8601, not in the future."},
        "reference": {"type": "string", "maxLength": 255},
        "note": {"type": "string", "maxLength": 2000,
                 "description": "Required for paper and verbal."},
        "language": {"type": "string", "maxLength": 16,
                     "description": "Of the double opt-in's request text."},
        "provider": {"enum": ["twilio", "telnyx", "vonage", "plivo", "bandwidth"],
                     "description": "The carrier that sends from the sender (double_opt_in; "
                                    "needed when several have send credentials)."},
    },
}
_CONSENT_ANSWER = {"description": "", "content": {"application/json": {"schema": {
    "type": "object", "required": ["number", "method", "status", "recorded", "check"],
    "properties": {"number": {"type": "string"}, "sender": _NULLABLE_STR,
                   "categories": {"type": "array", "items": _CATEGORY},
                   "method": {"type": "string"},
                   "status": {"enum": ["captured", "pending_confirmation"]},
                   "provider": {"type": "string"}, "expires_at": {"type": "string"},
                   "recorded": {"type": "object"}, "check": _LOOKUP}}}}}
_IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key", "in": "header", "required": False,
    "description": "Stripe's rule, per API key, for 24 hours: the same key with the same "
                   "request replays the first answer (with Idempotent-Replayed: true); with "
                   "another method, number or body it is a 422. A V4 UUID is a good key.",
    "schema": {"type": "string", "minLength": 1, "maxLength": 255},
}
_RECORD_BODY = {
    "type": "object",
    "required": ["source"],
    "properties": {
        "source": {"type": "string", "enum": ["email", "mail", "phone", "web", "import", "manual"]},
        "sender": {"type": "string", "description": "Limit to one sender; omit for all senders."},
        "note": {"type": "string", "maxLength": 2000},
    },
}


def _record_operation(operation_id: str, summary: str, body: dict[str, Any],
                      bad_request: str) -> dict[str, Any]:
    """PUT and DELETE of a number: a JSON body in, the number's state after it out."""
    return {
        "operationId": operation_id,
        "summary": summary,
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "parameters": [_IDEMPOTENCY_KEY],
        "responses": {
            "200": {"description": "Recorded; the number's state after it. With an "
                                   "Idempotency-Key already used for the same request: the "
                                   "first answer, replayed.",
                    "headers": {"Idempotent-Replayed": {
                        "description": "'true' when this is the stored first answer to the "
                                       "same request with the same Idempotency-Key.",
                        "schema": {"type": "string", "enum": ["true"]}}},
                    "content": {"application/json": {"schema": {
                        "$ref": "#/components/schemas/Recorded"}}}},
            "400": _error(bad_request + " Or an Idempotency-Key that is empty, longer than "
                                        "255 characters or has control characters."),
            "409": _error("A request with this Idempotency-Key is still being handled; retry "
                          "after Retry-After seconds."),
            "415": _error("The body is not JSON."),
            "422": _error("This Idempotency-Key was already used with another request (another "
                          "method, number or body): code idempotency_key_reused, the message "
                          "names what differs. Nothing was recorded."),
            **_COMMON_ERRORS,
        },
    }


def openapi_document() -> dict[str, Any]:
    """The document (a fresh dict each call)."""
    document = _document()
    document["paths"].update(event_paths(_error, _COMMON_ERRORS))
    return document


def _document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "optout suppression API", "version": "1.0.0",
                 "description": "Ask before every text whether a number may be texted; record "
                                "opt-outs from other channels; prove when consent changed."},
        "servers": [{"url": "/"}],
        "security": [{"bearer": []}],
        "paths": {
            "/v1/suppressions/{number}": {
                "parameters": [_NUMBER_PARAM],
                "get": {
                    "operationId": "getSuppression",
                    "summary": "May this number be texted (now, or at 'at')?",
                    "parameters": [_SENDER_PARAM, _CATEGORY_PARAM, *_CHECK_PARAMS],
                    "responses": {
                        "200": {"description": "The answer and the event that decided it.",
                                "content": {"application/json": {"schema": _LOOKUP}}},
                        "400": _error("The number, sender, at, category or subject cannot "
                                      "be read."),
                        **_COMMON_ERRORS,
                    },
                },
                "put": _record_operation(
                    "optOut", "Record an opt-out received by email, post, phone, web or import.",
                    _RECORD_BODY, "Bad number, sender, source or note."),
                "delete": _record_operation(
                    "optIn", "Re-subscribe a number, with the proof of consent in 'note'.",
                    {**_RECORD_BODY, "required": ["source", "note"]},
                    "Bad number, sender or source, or no note."),
            },
            "/v1/suppressions/check": {
                "post": {
                    "operationId": "checkMany",
                    "summary": "Check up to 10,000 numbers at once.",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {
                        "type": "object", "required": ["numbers"],
                        "properties": {
                            "sender": {"type": ["string", "null"]},
                            "category": {**_CATEGORY, "type": ["string", "null"],
                                         "enum": [*_CATEGORY["enum"], None]},
                            "numbers": {"type": "array", "maxItems": 10000, "items": {}},
                            "at": {"type": "string", "description": _CHECK_PARAMS[0][
                                "description"]},
                            "subject": _CHECK_PARAMS[1]["schema"],
                        }}}}},
                    "responses": {
                        "200": {"description": "One result per input, in input order.",
                                "content": {"application/json": {"schema": {
                                    "type": "object", "required": ["results"],
                                    "properties": {"results": {"type": "array", "items": {
                                        "$ref": "#/components/schemas/CheckResult"}}}}}}},
                        "400": _error("The body is not as described (the message says how)."),
                        "413": _error("The body is larger than 4 MiB."),
                        "415": _error("The body is not JSON."),
                        **_COMMON_ERRORS,
                    },
                },
            },
            "/v1/sends": {
                "post": {
                    "operationId": "recordSends",
                    "summary": "Record texts sent (up to 10,000): the log frequency caps count.",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {
                        "type": "object", "required": ["sends"],
                        "properties": {"sends": {"type": "array", "maxItems": 10000, "items": {
                            "type": "object", "required": ["number"],
                            "properties": {
                                "number": {"type": "string"},
                                "sender": {"type": "string"},
                                "subject": {"type": "string", "maxLength": 100},
                                "at": {"type": "string",
                                       "description": "When it was sent (ISO 8601 with "
                                                      "offset; default now)."}}}}}}}}},
                    "responses": {
                        "200": {"description": "Recorded; sends older than 24 hours (and to "
                                               "erased numbers) are ignored.",
                                "content": {"application/json": {"schema": {
                                    "type": "object", "required": ["recorded", "ignored"],
                                    "properties": {"recorded": {"type": "integer"},
                                                   "ignored": {"type": "integer"}}}}}},
                        "400": _error("A row is bad (the message names it): nothing recorded."),
                        "403": _error("The API key is not valid, or is a viewer key."),
                        "413": _error("The body is larger than 4 MiB."),
                        "415": _error("The body is not JSON."),
                        "401": _error("No bearer API key."),
                        "503": _error("Redis is unavailable; retry."),
                    },
                },
            },
            "/v1/people/{number}": {
                "parameters": [_NUMBER_PARAM],
                "delete": {
                    "operationId": "erase",
                    "summary": "Erase a person's data; the number stays suppressed for every "
                               "sender, known only by a keyed hash (editor keys).",
                    "responses": {
                        "200": {"description": "Erased (again: whatever came back is removed).",
                                "content": {"application/json": {"schema": {
                                    "type": "object", "required": ["erased", "removed"]}}}},
                        "400": _error("The number cannot be read."),
                        "403": _error("The API key is not valid, or is a viewer key."),
                        "401": _error("No bearer API key."),
                        "503": _error("ERASURE_PEPPER is not set, or Redis or the archive did "
                                      "not answer (send the request again to finish)."),
                    },
                },
            },
            "/v1/senders": {"get": {
                "operationId": "listSenders",
                "summary": "Every sender that declares message categories.",
                "responses": {"200": {"description": "The senders.", "content": {
                    "application/json": {"schema": {"type": "object", "properties": {
                        "senders": {"type": "array", "items": _SENDER}}}}}},
                    **_COMMON_ERRORS}}},
            "/v1/senders/{sender}": {
                "parameters": [{"name": "sender", "in": "path", "required": True,
                                "schema": {"type": "string"}, "example": "+18005550100"}],
                "get": {"operationId": "getSender",
                        "summary": "What a sender declares it sends.",
                        "responses": {"200": {"description": "Its categories.", "content": {
                            "application/json": {"schema": _SENDER}}},
                            "400": _error("Not a sender."), **_COMMON_ERRORS}},
                "put": {"operationId": "putSender",
                        "summary": "Declare what a sender sends (replaces any declaration).",
                        "requestBody": {"required": True, "content": {"application/json": {
                            "schema": {"type": "object", "required": ["categories"],
                                       "properties": {"categories": _CATEGORIES}}}}},
                        "responses": {"200": {"description": "Declared.", "content": {
                            "application/json": {"schema": _SENDER}}},
                            "400": _error("Not a sender, or not categories."),
                            "415": _error("The body is not JSON."), **_COMMON_ERRORS}},
            },
            "/v1/consents": {"post": {
                "operationId": "captureConsent",
                "summary": "Record a consent with its proof; a double opt-in asks for a YES.",
                "parameters": [_IDEMPOTENCY_KEY],
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": _CONSENT_BODY}}},
                "responses": {
                    "201": {**_CONSENT_ANSWER, "description": "Captured."},
                    "202": {**_CONSENT_ANSWER, "description": "A double opt-in: pending "
                                                              "confirmation, request sent."},
                    "400": _error("A missing or bad field (the message names it)."),
                    "409": _error("A request with this Idempotency-Key is still running."),
                    "415": _error("The body is not JSON."),
                    "422": _error("This Idempotency-Key was used for another request."),
                    **_COMMON_ERRORS}}},
            "/v1/suppressions/{number}/history": {
                "parameters": [_NUMBER_PARAM],
                "get": {
                    "operationId": "history",
                    "summary": "Every consent event of the number, oldest first.",
                    "responses": {
                        "200": {"description": "The consent history.",
                                "content": {"application/json": {"schema": {
                                    "type": "object", "required": ["number", "events"],
                                    "properties": {
                                        "number": {"type": "string"},
                                        "events": {"type": "array", "items": {
                                            "$ref": "#/components/schemas/Event"}}}}}}},
                        "400": _error("The number cannot be read."),
                        **_COMMON_ERRORS,
                    },
                },
            },
            "/v1/suppressions/{number}/report": {
                "parameters": [_NUMBER_PARAM],
                "get": {
                    "operationId": "report",
                    "summary": "The evidence for one number: every event in UTC and local "
                               "time, channel, sender, exact words, who recorded it, when it "
                               "was enforced against its FCC deadline (10 business days), "
                               "the confirmation sent and what became of it, capture proof, "
                               "and each archived event's hash with the chain head.",
                    "parameters": [{"name": "format", "in": "query", "required": False,
                                    "schema": {"enum": ["html", "pdf", "csv", "json"],
                                               "default": "html"}},
                                   {"name": "paper", "in": "query", "required": False,
                                    "schema": {"enum": ["letter", "a4"],
                                               "default": "letter"}}],
                    "responses": {
                        "200": {"description": "The report (printable HTML by default).",
                                "content": {"text/html": {"schema": {"type": "string"}},
                                            "application/pdf": {"schema": {
                                                "type": "string", "format": "binary"}},
                                            "text/csv": {"schema": {"type": "string"}},
                                            "application/json": {"schema": {
                                                "type": "object",
                                                "required": ["number", "events"]}}}},
                        "400": _error("The number cannot be read, or the format or paper is "
                                      "unknown."),
                        "422": _error("A PDF of more than 100 events (print the HTML)."),
                        "501": _error("PDF rendering is not available on this server."),
                        **_COMMON_ERRORS,
                    },
                },
            },
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "description": "A key from OPTOUT_API_KEYS."}},
            "schemas": {
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                    "type": "object", "required": ["code", "message"],
                    "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}},
                "Lookup": _LOOKUP,
                "Recorded": {"allOf": [_LOOKUP, {"type": "object", "required": ["recorded"],
                    "properties": {"recorded": {"type": "object", "required": ["id", "status"],
                        "properties": {"id": {"type": "string"},
                                       "status": {"enum": ["new", "repeat", "duplicate",
                                                           "in_force", "erased"]}}}}}]},
                "CheckResult": {"type": "object",
                                "required": ["input", "number", "suppressed", "undeliverable",
                                             "error"],
                                "properties": {"input": {},
                                               "number": _NULLABLE_STR,
                                               "suppressed": {"type": ["boolean", "null"]},
                                               "undeliverable": {"type": ["boolean", "null"]},
                                               "reassigned": {"type": ["boolean", "null"]},
                                               **_SEND_TIME,
                                               "category": {"type": ["string", "null"]},
                                               "error": _NULLABLE_STR}},
                "Event": {"type": "object", "required": ["id", "at", "recorded_at", "kind"],
                          "additionalProperties": {"type": "string"},
                          "properties": {
                              "id": {"type": "string", "description": "Ledger id (order)."},
                              "shard": {"type": "integer",
                                        "description": "Ledger shard; ids are unique in it."},
                              "at": {"type": "string"}, "recorded_at": {"type": "string"},
                              "kind": {"enum": ["opt_out", "opt_in", "undeliverable", "review",
                                                "retract", "captured", "narrowed",
                                                "confirmation", "rnd", "erased"]},
                              "hash": {"type": "string", "description": "SHA-256 of the "
                                       "archived row in its shard's hash chain (archived "
                                       "events only)."},
                              "scope": {"type": "string"}, "sender": {"type": "string"},
                              "source": {"type": "string"}, "channel": {"type": "string"},
                              "keyword": {"type": "string"}, "message_sid": {"type": "string"},
                              "note": {"type": "string"}, "body": {"type": "string"}}},
            },
        },
    }
