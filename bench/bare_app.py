"""The baselines: a bare Flask app that only enqueues one RQ job per webhook POST, and
answers a bulk check with one SMISMEMBER on a plain SET of E.164 strings (``bench:floor``)."""

from __future__ import annotations

import os

import redis
from flask import Flask, Response, jsonify, request
from rq import Queue


def create_app() -> Flask:
    app = Flask(__name__)
    client = redis.Redis.from_url(os.environ["REDIS_URL"])
    queue = Queue("bench-bare", connection=client)

    @app.post("/webhooks/twilio/sms")
    def sms() -> Response:
        # The job optout's webhook asks for; only the enqueue is measured (no worker runs).
        queue.enqueue_call("workers.jobs.apply_shard", args=(hash(request.form["From"]) % 16,))
        return Response('<?xml version="1.0" encoding="UTF-8"?><Response />', mimetype="text/xml")

    @app.post("/v1/suppressions/check")
    def check() -> Response:
        numbers = request.get_json()["numbers"]
        found = client.smismember("bench:floor", numbers)
        return jsonify(results=[{"number": n, "suppressed": bool(f)}
                                for n, f in zip(numbers, found, strict=True)])

    return app
