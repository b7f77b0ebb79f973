"""Rule packs (dated texting hours and caps per state) and where a number is (its state).

No Redis: the pack, the shipped area-code table and the windows' arithmetic alone."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from app.lists.blockers import Hours, first_allowed, first_blocker
from app.lists.geography import build_nanp_table, nanp_table, place_of
from app.lists.rules import Cap, RulePackError, Window, load_pack, parse_pack, parse_send_policy
from app.lists.send_times import SendPolicy

US = load_pack("us")


def test_every_rule_of_the_us_pack_is_dated_and_cites_its_source():
    rules = [*(w for ws in US.windows.values() for w in ws),
             *(c for cs in US.caps.values() for c in cs)]
    assert {r.jurisdiction for r in rules} == {"US", "FL", "OK", "MD", "TX", "VA", "OR"}
    for rule in rules:
        assert rule.effective_from >= date(1992, 1, 1) and rule.source


def test_which_rules_applied_on_a_past_date():
    """Florida's cap and 8 p.m. end came with ch. 2021-174 on 2021-07-01: a send the day
    before was under the federal window alone."""
    before = US.in_force({"FL"}, date(2021, 6, 30))
    after = US.in_force({"FL"}, date(2021, 7, 1))
    assert [r.jurisdiction for r in before] == ["US"]
    assert {type(r) for r in after if r.jurisdiction == "FL"} == {Window, Cap}
    # Texas texts came under its hours with SB 140, Oregon's with HB 3865.
    assert [r.jurisdiction for r in US.in_force({"TX"}, date(2025, 8, 31))] == ["US"]
    assert "TX" in {r.jurisdiction for r in US.in_force({"TX"}, date(2025, 9, 1))}
    assert "OR" not in {r.jurisdiction for r in US.in_force({"OR"}, date(2025, 12, 31))}
    assert "OR" in {r.jurisdiction for r in US.in_force({"OR"}, date(2026, 1, 1))}


def test_caps_follow_the_statutes_not_the_issue_table():
    """Oklahoma and Maryland cap texts on the same subject (as Florida); Oregon counts
    every subject."""
    day = date(2026, 6, 1)
    pers = {c.jurisdiction: c.per for c in US.caps_on(["FL", "OK", "MD", "OR"], day)}
    assert pers == {"FL": "subject", "OK": "subject", "MD": "subject", "OR": "any"}
    assert all(c.count == 3 and c.hours == 24 for c in US.caps_on(["FL", "OR"], day))


def test_states_from_the_area_code():
    assert place_of("+13055550123").states == {"FL"}
    assert place_of("+14055550123").states == {"OK"}
    assert place_of("+19155550123").states == {"TX"}  # El Paso: Texas, Mountain time
    assert place_of("+19155550123").zones == ("America/Denver",)
    assert place_of("+17875550123").us and place_of("+17875550123").states == frozenset()
    assert not place_of("+14165550123").us  # Toronto: no US rule applies
    assert not place_of("+447700900123").us


def test_an_area_code_across_states_is_every_candidate_unless_the_exchange_is_known():
    split = nanp_table()["split"]["201"]
    assert split["states"] == ["NJ", "NY"]
    known_ny = next(e for e, s in split["exchanges"].items() if s == "NY" and len(e) == 3)
    assert place_of(f"+1201{known_ny}0000").states == {"NY"}
    unknown = next(f"{n:03d}" for n in range(200, 1000)
                   if not any(f"{n:03d}".startswith(e) for e in split["exchanges"]))
    assert place_of(f"+1201{unknown}0000").states == {"NJ", "NY"}


def test_a_toll_free_number_gets_every_state_and_every_us_zone():
    place = place_of("+18005550123")
    assert place.us and place.states is None
    assert {"America/New_York", "Pacific/Honolulu"} <= set(place.zones)


def test_the_shipped_area_code_table_is_phonenumbers_own():
    """Rebuild the table from the installed phonenumbers' geocoder: an upgrade that moves an
    area code fails here until `python -m app.lists.geography` rewrites the file."""
    assert json.loads(json.dumps(build_nanp_table())) == nanp_table()


def test_texas_sunday_window_and_the_strictest_of_several_zones():
    sunday_10 = datetime(2026, 1, 18, 16, 0, tzinfo=UTC)  # 10:00 in Dallas
    blockers = [Hours(US, "TX", "America/Chicago"), Hours(US, "US", "America/Chicago")]
    assert first_blocker(blockers, sunday_10).reason == "state_hours:TX"
    assert first_allowed(blockers, sunday_10) == datetime(2026, 1, 18, 18, 0, tzinfo=UTC)
    # A window must hold in every zone a number may be in: 08:00 Honolulu is 13:00 New York.
    both = [Hours(US, "US", "America/New_York"), Hours(US, "US", "Pacific/Honolulu")]
    at = datetime(2026, 1, 19, 14, 0, tzinfo=UTC)  # 09:00 New York, 04:00 Honolulu
    assert first_allowed(both, at) == datetime(2026, 1, 19, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(("raw", "fault"), [
    ({"kind": "window", "start": "8:00", "end": "20:00", "effective_from": "2024-01-01",
      "source": "x"}, "HH:MM"),
    ({"kind": "window", "start": "20:00", "end": "08:00", "effective_from": "2024-01-01",
      "source": "x"}, "ends after it starts"),
    ({"kind": "cap", "count": 0, "hours": 24, "effective_from": "2024-01-01", "source": "x"},
     "count"),
    ({"kind": "window", "start": "08:00", "end": "20:00", "effective_from": "2024-01-01"},
     "source"),
    ({"kind": "window", "days": "funday", "start": "08:00", "end": "20:00",
      "effective_from": "2024-01-01", "source": "x"}, "days"),
])
def test_a_malformed_rule_names_its_fault(raw, fault):
    pack = {"name": "t", "federal": "US", "jurisdictions": {
        "US": [{"kind": "window", "start": "08:00", "end": "21:00",
                "effective_from": "1992-12-20", "source": "47 CFR 64.1200(c)(1)"}],
        "ZZ": [raw]}}
    with pytest.raises(RulePackError, match=fault):
        parse_pack(pack)


def test_a_cap_below_the_send_log_marks_is_refused_at_start():
    pack = parse_pack({"name": "t", "federal": "US", "jurisdictions": {
        "US": [{"kind": "window", "start": "08:00", "end": "21:00",
                "effective_from": "1992-12-20", "source": "47 CFR 64.1200(c)(1)"}],
        "ZZ": [{"kind": "cap", "count": 2, "hours": 24, "effective_from": "2024-01-01",
                "source": "x"}]}})
    with pytest.raises(RulePackError, match="below the send log"):
        SendPolicy(pack=pack)


def test_send_policy_setting():
    assert parse_send_policy("") is None and parse_send_policy("off") is None
    assert parse_send_policy("US") is US
    with pytest.raises(RulePackError, match="no such rule pack"):
        parse_send_policy("mars")
