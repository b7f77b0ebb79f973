"""The webhook baseline: a bare Flask app that only enqueues one RQ job per POST."""

from __future__ import annotations

import os

import redis
from flask import Flask, Response, request
from rq import Queue


def create_app() -> Flask:
    app = Flask(__name__)
    queue = Queue("bench-bare", connection=redis.Redis.from_url(os.environ["REDIS_URL"]))

    @app.post("/webhooks/twilio/sms")
    def sms() -> Response:
        # The job optout's webhook asks for; only the enqueue is measured (no worker runs).
        queue.enqueue_call("workers.jobs.apply_shard", args=(hash(request.form["From"]) % 16,))
        return Response('<?xml version="1.0" encoding="UTF-8"?><Response />', mimetype="text/xml")

    return app
