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
        queue.enqueue_call("workers.jobs.apply_consent", args=(request.form["From"],))
        return Response('<?xml version="1.0" encoding="UTF-8"?><Response />', mimetype="text/xml")

    return app
