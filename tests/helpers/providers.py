"""Stub servers of the providers' opt-out APIs on loopback, each checking every request
against the provider's documented shape (a request that breaks it is recorded in
``violations`` and answered 400, so a test fails on it):

* Twilio's Consent Management API: ``POST /v1/Consents/Bulk`` (form field ``Items``
  repeated, each a JSON object; at most 25; 100 requests a minute; Basic auth);
* AWS End User Messaging SMS (``pinpoint-sms-voice-v2``, JSON 1.0 protocol):
  ``PutOptedOutNumber``, ``DeleteOptedOutNumber`` (a number at most once every 30 days),
  ``DescribeOptedOutNumbers``, signed with Signature Version 4;
* Telnyx: ``GET /v2/messaging_optouts`` (Bearer key, ``page[number]``, ``page[size]`` up
  to 250).
"""

from __future__ import annotations

import base64
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.helpers.ports import free_port

E164 = re.compile(r"\+[1-9][0-9]{1,14}")
AWS_PHONE = re.compile(r"\+?[1-9][0-9]{1,18}")
AWS_LIST = re.compile(r"[A-Za-z0-9_:/-]+")
SERVICE_SID = re.compile(r"MG[0-9a-fA-F]{32}")
TWILIO_SOURCES = {"website", "offline", "opt-in-message", "opt-out-message", "others"}
TWILIO_ITEM_KEYS = {"contact_id", "correlation_id", "sender_id", "status", "source",
                    "date_of_consent"}
DAY = 24 * 3600


class Refuse(Exception):
    """Answer with this status and JSON body."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(str(body))
        self.status = status
        self.body = body


@dataclass
class StubServer:
    """A threaded HTTP server whose ``handle(method, path, headers, body)`` answers."""

    port: int = field(default_factory=free_port)
    requests: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes
               ) -> tuple[int, dict[str, Any]]:
        raise NotImplementedError

    def violation(self, message: str) -> Refuse:
        self.violations.append(message)
        return Refuse(400, {"message": message})

    def start(self) -> StubServer:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, method: str) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                headers = {k.lower(): v for k, v in self.headers.items()}
                stub.requests.append((method, self.path, headers, body))
                try:
                    status, answer = stub.handle(method, self.path, headers, body)
                except Refuse as exc:
                    status, answer = exc.status, exc.body
                raw = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", stub.content_type)
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def do_GET(self) -> None:
                self._answer("GET")

            def do_POST(self) -> None:
                self._answer("POST")

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    content_type = "application/json"
    _server: ThreadingHTTPServer = field(init=False, repr=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class TwilioConsentsStub(StubServer):
    """``consents``: (contact, sender) -> status; ``refuse``: contact -> error message."""

    account_sid: str = ""
    auth_token: str = ""
    consents: dict[tuple[str, str], str] = field(default_factory=dict)
    refuse: dict[str, str] = field(default_factory=dict)
    item_counts: list[int] = field(default_factory=list)
    _times: list[float] = field(default_factory=list)

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes
               ) -> tuple[int, dict[str, Any]]:
        if (method, urlsplit(path).path) != ("POST", "/v1/Consents/Bulk"):
            raise self.violation(f"no such Twilio resource: {method} {path}")
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if headers.get("authorization") != f"Basic {expected}":
            raise Refuse(401, {"code": 20003, "message": "Authenticate"})
        if not headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            raise self.violation("Content-Type must be application/x-www-form-urlencoded")
        now = time.monotonic()
        self._times[:] = [t for t in self._times if now - t < 60] + [now]
        if len(self._times) > 100:
            raise self.violation("more than 100 requests in a minute")
        form = parse_qs(body.decode(), keep_blank_values=True, strict_parsing=True)
        if set(form) != {"Items"}:
            raise self.violation(f"unexpected form fields {sorted(form)}")
        raw_items = form["Items"]
        if not 1 <= len(raw_items) <= 25:
            raise self.violation(f"{len(raw_items)} items: 1 to 25 a request")
        self.item_counts.append(len(raw_items))
        results, seen = [], set()
        for raw in raw_items:
            item = json.loads(raw)
            self._check_item(item, seen)
            contact = item["contact_id"]
            if contact in self.refuse:
                results.append({"correlation_id": item["correlation_id"], "error_code": 30646,
                                "error_messages": [self.refuse[contact]]})
                continue
            self.consents[(contact, item["sender_id"])] = item["status"]
            results.append({"correlation_id": item["correlation_id"], "error_code": 0,
                            "error_messages": []})
        return 201, {"items": results}

    def _check_item(self, item: Any, seen: set[str]) -> None:
        if not isinstance(item, dict) or not set(item) <= TWILIO_ITEM_KEYS:
            raise self.violation(f"an item must be an object of {sorted(TWILIO_ITEM_KEYS)}")
        missing = {"contact_id", "correlation_id", "sender_id", "status", "source"} - set(item)
        if missing:
            raise self.violation(f"item lacks {sorted(missing)}")
        if not E164.fullmatch(item["contact_id"]):
            raise self.violation("contact_id must be E.164")
        correlation = item["correlation_id"]
        if not re.fullmatch(r"[0-9a-f]{32}", correlation) or correlation in seen:
            raise self.violation("correlation_id must be 32 hex characters, unique")
        seen.add(correlation)
        sender = item["sender_id"]
        if not (E164.fullmatch(sender) or SERVICE_SID.fullmatch(sender)
                or re.fullmatch(r"[0-9]{3,8}", sender)):
            raise self.violation("sender_id must be a phone number or a Messaging Service SID")
        if item["status"] not in ("opt-in", "opt-out"):
            raise self.violation("status must be opt-in or opt-out")
        if item["source"] not in TWILIO_SOURCES:
            raise self.violation(f"source must be one of {sorted(TWILIO_SOURCES)}")
        if "date_of_consent" in item:
            try:
                datetime.fromisoformat(item["date_of_consent"])
            except ValueError:
                raise self.violation("date_of_consent must be ISO 8601") from None


@dataclass
class AwsOptOutStub(StubServer):
    """One or more opt-out lists: name -> {number: (epoch, end user opted out)};
    ``removed``: number -> epoch of its last removal (a second within 30 days is refused)."""

    lists: dict[str, dict[str, tuple[float, bool]]] = field(default_factory=dict)
    removed: dict[str, float] = field(default_factory=dict)
    access_key: str = "AKIDOPTOUTTEST"
    content_type = "application/x-amz-json-1.0"

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes
               ) -> tuple[int, dict[str, Any]]:
        if method != "POST" or urlsplit(path).path != "/":
            raise self.violation(f"the JSON protocol posts to /, not {method} {path}")
        if headers.get("content-type") != "application/x-amz-json-1.0":
            raise self.violation("Content-Type must be application/x-amz-json-1.0")
        auth = headers.get("authorization", "")
        if not re.match(rf"AWS4-HMAC-SHA256 Credential={self.access_key}/\d{{8}}/[a-z0-9-]+/"
                        r"sms-voice/aws4_request, SignedHeaders=[a-z0-9;-]+, "
                        r"Signature=[0-9a-f]{64}$", auth) or "x-amz-date" not in headers:
            raise self.violation("not signed with SigV4 for the sms-voice service")
        target = headers.get("x-amz-target", "")
        operation = target.removeprefix("PinpointSMSVoiceV2.")
        request = json.loads(body or b"{}")
        handlers: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
            "PutOptedOutNumber": self._put, "DeleteOptedOutNumber": self._delete,
            "DescribeOptedOutNumbers": self._describe}
        if not target.startswith("PinpointSMSVoiceV2.") or operation not in handlers:
            raise self.violation(f"unknown X-Amz-Target {target!r}")
        return 200, handlers[operation](request)

    def _members(self, request: dict[str, Any], allowed: set[str], required: set[str]) -> None:
        if not set(request) <= allowed or not required <= set(request):
            raise self.violation(f"members {sorted(request)}: allowed {sorted(allowed)}, "
                                 f"required {sorted(required)}")
        name = request["OptOutListName"]
        if not (isinstance(name, str) and 1 <= len(name) <= 256 and AWS_LIST.fullmatch(name)):
            raise self.violation("OptOutListName does not match [A-Za-z0-9_:/-]+")
        number = request.get("OptedOutNumber", "+10")
        if not (isinstance(number, str) and len(number) <= 20 and AWS_PHONE.fullmatch(number)):
            raise self.violation("OptedOutNumber does not match \\+?[1-9][0-9]{1,18}")
        if name not in self.lists:
            raise Refuse(400, {"__type": "ResourceNotFoundException",
                               "message": f"opt-out list {name} does not exist",
                               "ResourceType": "opt-out-list", "ResourceId": name})

    def _answer(self, name: str, number: str, entry: tuple[float, bool]) -> dict[str, Any]:
        return {"OptOutListArn": f"arn:aws:sms-voice:us-east-1:111122223333:opt-out-list/{name}",
                "OptOutListName": name, "OptedOutNumber": number,
                "OptedOutTimestamp": entry[0], "EndUserOptedOut": entry[1]}

    def _put(self, request: dict[str, Any]) -> dict[str, Any]:
        self._members(request, {"OptOutListName", "OptedOutNumber"},
                      {"OptOutListName", "OptedOutNumber"})
        listed = self.lists[request["OptOutListName"]]
        number = request["OptedOutNumber"]
        entry = listed.setdefault(number, (time.time(), False))
        return self._answer(request["OptOutListName"], number, entry)

    def _delete(self, request: dict[str, Any]) -> dict[str, Any]:
        self._members(request, {"OptOutListName", "OptedOutNumber"},
                      {"OptOutListName", "OptedOutNumber"})
        listed = self.lists[request["OptOutListName"]]
        number = request["OptedOutNumber"]
        if number not in listed:
            raise Refuse(400, {"__type": "ResourceNotFoundException",
                               "message": f"{number} is not on the list",
                               "ResourceType": "opted-out-number", "ResourceId": number})
        if time.time() - self.removed.get(number, 0) < 30 * DAY:
            raise Refuse(400, {"__type": "ValidationException", "Reason": "OTHER",
                               "message": "Each destination phone number can only be "
                                          "deleted once every 30 days."})
        entry = listed.pop(number)
        self.removed[number] = time.time()
        return self._answer(request["OptOutListName"], number, entry)

    def _describe(self, request: dict[str, Any]) -> dict[str, Any]:
        self._members(request, {"OptOutListName", "OptedOutNumbers", "Filters", "NextToken",
                                "MaxResults"}, {"OptOutListName"})
        size = request.get("MaxResults", 100)
        if not isinstance(size, int) or not 1 <= size <= 100:
            raise self.violation("MaxResults must be 1 to 100")
        start = int(request.get("NextToken", "0"))
        name = request["OptOutListName"]
        numbers = sorted(self.lists[name])
        page = numbers[start : start + size]
        answer: dict[str, Any] = {
            "OptOutListArn": f"arn:aws:sms-voice:us-east-1:111122223333:opt-out-list/{name}",
            "OptOutListName": name,
            "OptedOutNumbers": [{"OptedOutNumber": n, "OptedOutTimestamp": self.lists[name][n][0],
                                 "EndUserOptedOut": self.lists[name][n][1]} for n in page]}
        if start + size < len(numbers):
            answer["NextToken"] = str(start + size)
        return answer


@dataclass
class TelnyxOptOutsStub(StubServer):
    """``optouts``: entries {from, to, messaging_profile_id, keyword, created_at}."""

    api_key: str = ""
    optouts: list[dict[str, Any]] = field(default_factory=list)

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes
               ) -> tuple[int, dict[str, Any]]:
        parts = urlsplit(path)
        if (method, parts.path) != ("GET", "/v2/messaging_optouts"):
            raise self.violation(f"no such Telnyx resource: {method} {parts.path}")
        if headers.get("authorization") != f"Bearer {self.api_key}":
            raise Refuse(401, {"errors": [{"code": "10009", "title": "Authentication failed"}]})
        query = parse_qs(parts.query)
        allowed = {"page[number]", "page[size]", "filter[messaging_profile_id]",
                   "filter[from]", "created_at[gte]", "created_at[lte]", "redaction_enabled"}
        if not set(query) <= allowed or any(len(v) != 1 for v in query.values()):
            raise self.violation(f"unknown or repeated query parameters {sorted(query)}")
        number = int(query.get("page[number]", ["1"])[0])
        size = int(query.get("page[size]", ["20"])[0])
        if number < 1 or not 1 <= size <= 250:
            raise self.violation("page[number] >= 1 and page[size] from 1 to 250")
        pages = max(1, -(-len(self.optouts) // size))
        return 200, {"data": self.optouts[(number - 1) * size : number * size],
                     "meta": {"page_number": number, "page_size": size, "total_pages": pages,
                              "total_results": len(self.optouts)}}
