"""The store's layout: shard tags spread over the slots, numbers stay in their shard, and the
shard count is fixed at the store's first start."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from redis.crc import key_slot

from app.bootstrap import build_services, check_store
from app.store.layout import BUCKETS, MEMBER_BUCKETS, SLOTS, Layout, shard_tag
from config import ConfigError
from tests.helpers import make_settings


@pytest.mark.parametrize("shards", [1, 4, 16, 64])
def test_each_shard_tag_falls_in_its_own_slice_of_the_slots(shards):
    for shard in range(shards):
        slot = key_slot(shard_tag(shard, shards).encode())
        assert shard * SLOTS // shards <= slot < (shard + 1) * SLOTS // shards


@given(st.integers(min_value=10**9, max_value=10**15 - 1))
def test_every_key_of_a_number_is_in_one_slot(value):
    layout = Layout(16)
    number = f"+{value}"
    shard, bucket, field = layout.locate(number)
    member_bucket, member = layout.member_of(number)
    keys = [layout.history(bucket), layout.projection(bucket), layout.members(member_bucket),
            layout.pending(shard), layout.unapplied(shard), layout.ledger(shard),
            layout.dedupe(shard, "sms:SM1"), layout.kept_messages(bucket)]
    assert len({key_slot(k.encode()) for k in keys}) == 1
    assert int(field) * BUCKETS + bucket == value == member * MEMBER_BUCKETS + member_bucket


@pytest.mark.parametrize("shards", [0, 3, 12, BUCKETS * 2])
def test_shards_must_be_a_power_of_two(shards):
    with pytest.raises(ValueError, match="power of two"):
        Layout(shards)


def test_the_shard_count_is_fixed_at_first_start(redis_client, redis_url, tmp_path):
    first = build_services(make_settings(redis_url, tmp_path, store_shards=8))
    try:
        check_store(first)
        assert first.connections.store.layout.shards == 8
    finally:
        first.close()
    unset = build_services(make_settings(redis_url, tmp_path))  # no STORE_SHARDS: the store's
    try:
        check_store(unset)
        assert unset.connections.store.layout.shards == 8
    finally:
        unset.close()
    other = build_services(make_settings(redis_url, tmp_path, store_shards=16))
    try:
        with pytest.raises(ConfigError, match="created with 8 shards"):
            check_store(other)
    finally:
        other.close()
