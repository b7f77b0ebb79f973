"""Control characters (C0 but tab, CR and LF; DEL) are refused where text enters, with a
400 naming the field: the five carriers, the API, the console's forms and upload, the CLI
import. PostgreSQL's text cannot hold a NUL, so one accepted would stop the archive."""

from __future__ import annotations

import uuid

import pytest
from werkzeug.security import generate_password_hash

from tests.helpers import API_KEY, OUR_NUMBER, console_login, console_upload, csrf, make_settings
from tests.helpers.carriers import CARRIER_SETTINGS, CARRIERS, TEXTER, Carrier

AUTH = {"Authorization": f"Bearer {API_KEY}"}
CONTROLS = ["\x00", "\x07", "\x1b", "\x7f"]
BOB = "bob:editor:" + generate_password_hash("bob-pw")


@pytest.fixture
def settings(redis_client, redis_url, tmp_path):
    return make_settings(redis_url, tmp_path, ops_users=BOB, **CARRIER_SETTINGS)


@pytest.mark.parametrize("control", CONTROLS, ids=repr)
def test_twilio_body_with_a_control_character_is_a_400(sms, services, control):
    response = sms(f"STOP{control}")
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == "control_character" and "Body" in error["message"]
    assert services.ledger.history(TEXTER) == []


@pytest.mark.parametrize("carrier", CARRIERS, ids=lambda c: c.name)
def test_other_carriers_body_with_a_nul_is_a_400(carrier: Carrier, client, services):
    response = carrier.text(client, "STOP\x00", message_id=str(uuid.uuid4()))
    assert response.status_code == 400, response.get_data(as_text=True)
    error = response.get_json()["error"]
    assert error["code"] == "control_character"
    assert services.ledger.history(TEXTER) == []


def test_tab_cr_and_lf_are_text(sms, services, suppressed):
    assert sms("STOP\r\n\tplease").status_code == 200
    assert suppressed(TEXTER)


@pytest.mark.parametrize("control", CONTROLS, ids=repr)
def test_api_note_with_a_control_character_is_a_400(client, services, control):
    response = client.put(f"/v1/suppressions/{TEXTER}", headers=AUTH,
                          json={"source": "email", "note": f"ticket{control} 42"})
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == "control_character" and "'note'" in error["message"]
    assert services.ledger.history(TEXTER) == []


def test_api_consent_proof_with_a_nul_is_a_400(client, services):
    response = client.post("/v1/consents", headers=AUTH, json={
        "number": TEXTER, "sender": OUR_NUMBER, "method": "web_form",
        "disclosure": "I agree\x00 to texts", "url": "https://example.com/form"})
    assert response.status_code == 400
    assert "'disclosure'" in response.get_json()["error"]["message"]
    assert services.ledger.history(TEXTER) == []


def test_console_note_with_a_nul_is_refused(app, services):
    client = app.test_client()
    console_login(client, "bob", "bob-pw")
    token = csrf(client.get(f"/ops/numbers?q={TEXTER}").get_data(as_text=True))
    page = client.post(f"/ops/numbers/{TEXTER}/record", follow_redirects=True, data={
        "csrf_token": token, "kind": "opt_out", "source": "phone", "note": "call\x00"})
    assert "note" in page.get_data(as_text=True) and "control character" in page.get_data(
        as_text=True)
    assert services.ledger.history(TEXTER) == []


def test_console_upload_with_a_nul_is_a_400_naming_the_line(app, services):
    client = app.test_client()
    console_login(client, "bob", "bob-pw")
    response = console_upload(client, b"number,note\n+16175550101,ok\n+16175550102,bad\x00\n",
                              note="from the CRM")
    assert response.status_code == 400
    assert "line 3 contains a control character" in response.get_data(as_text=True)


def test_cli_import_note_with_a_nul_names_the_line_and_column(cli, services, tmp_path):
    source = tmp_path / "list.csv"
    source.write_bytes(b"number,note\n+16175550101,ok\n+16175550102,ticket\x00 42\n")
    result = cli("import", str(source))
    assert result.exit_code != 0
    assert "line 3" in result.stderr and "column note contains a control character" \
        in result.stderr
    assert services.ledger.history("+16175550101") == []


def test_the_event_itself_refuses_a_control_character(services):
    from app.consent.events import ConsentEvent, Kind
    from app.errors import InvalidEvent

    with pytest.raises(InvalidEvent, match="note contains a control character"):
        services.ledger.record(ConsentEvent(kind=Kind.OPT_OUT, number=TEXTER, source="email",
                                            scope="all", note="x\x00"))



def test_console_upload_note_with_a_nul_is_a_400(app, services):
    client = app.test_client()
    console_login(client, "bob", "bob-pw")
    response = console_upload(client, b"number\n+16175550101\n", note="from the\x00 CRM")
    assert response.status_code == 400
    assert "note contains a control character" in response.get_data(as_text=True)
