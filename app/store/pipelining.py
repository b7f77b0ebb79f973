"""Many small commands in one round trip, packed by hiredis in C.

redis-py's ``Pipeline`` encodes every argument in Python, which costs more than Redis itself
when a campaign check sends ten thousand commands of a few arguments each; this sends
pre-packed RESP on a pooled connection and reads the replies back in order.
"""

from __future__ import annotations

import socket
from collections.abc import Sequence
from typing import Any

import hiredis
import redis


def send_all(client: redis.Redis, commands: Sequence[tuple[str, ...]]) -> list[Any]:
    """Run ``commands`` (tuples of str) in one round trip; returns their replies in order.

    Raises:
        redis.ResponseError: a command failed (the connection is dropped, not reused).
        redis.ConnectionError: the server went away.
    """
    if not commands:
        return []
    packed = b"".join([hiredis.pack_command(command) for command in commands])  # type: ignore[arg-type]
    pool = client.connection_pool
    connection = pool.get_connection()
    try:
        connection.send_packed_command([packed])
        sock = getattr(connection, "_sock", None)
        if sock is None:  # pragma: no cover - a redis-py without the socket attribute
            read = connection.read_response
            return [read() for _ in commands]
        return _read_replies(sock, len(commands), connection.encoder.decode_responses)
    except BaseException:
        connection.disconnect()
        raise
    finally:
        pool.release(connection)


def _read_replies(sock: socket.socket, count: int, decode: bool) -> list[Any]:
    """Parse ``count`` replies straight off the socket with one hiredis reader."""
    reader = hiredis.Reader(encoding="utf-8") if decode else hiredis.Reader()
    replies: list[Any] = []
    while len(replies) < count:
        data = sock.recv(1 << 20)
        if not data:
            raise redis.ConnectionError("Redis closed the connection mid-reply")
        reader.feed(data)
        while (reply := reader.gets()) is not False:
            if isinstance(reply, hiredis.ReplyError):
                raise redis.ResponseError(str(reply))
            replies.append(reply)
    return replies
