"""Consent events going out: the event each ledger entry stands for, the endpoints that
want them, their delivery in ledger order, and the changes feed.

The ledger streams are the outbox. Each target (a webhook endpoint, a provider's opt-out
list) keeps its own cursor per shard, beside that shard's stream, and reads on from it; the
feed's cursor holds a position per shard too, so an event that lands late on one shard is
never skipped.
"""
