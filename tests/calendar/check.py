"""Reads HOP's calendar feeds with an independent iCalendar parser (Python's
`icalendar`), not with HOP's own code.

Over HTTP against a running server (HOP_URL, with a staff account to verify
the organisation): an owner registers an organisation, staff verify it, the
owner publishes an opportunity with a long Ukrainian and Polish title and an
address full of commas and semicolons, and adds two shifts; a volunteer
signs up for both and takes a calendar token. The feed must parse, keep
every line within 75 octets and end each with CRLF, and show the title,
place, coordinates and UTC times. Then the owner moves one shift and
cancels it, and the volunteer withdraws from the other: each must read as
an update of the same event (same UID, a higher SEQUENCE, STATUS:CANCELLED).
The organisation's feed, read with the owner's token, must show the same
of its shifts; a rotated token's old address must answer 404.
"""

import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any, Optional

from icalendar import Calendar, Event

BASE = os.environ["HOP_URL"].rstrip("/")
TITLE = ("Допомога біженцям з України: сортування одягу; "
         "Toruński Bank Żywności, wydawanie paczek — zbiórka\\dary")
ADDRESS = "ul. Żółkiewskiego 12; wejście od podwórza, 87-100 Toruń"


def call(method: str, path: str, body: Optional[dict[str, Any]] = None,
         token: Optional[str] = None, expect: int = 200) -> Any:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    if status != expect:
        sys.exit(f"{method} {path}: {status}, not {expect}: {raw.decode()}")
    return json.loads(raw) if raw else None


def fetch(feed_url: str, expect: int = 200) -> bytes:
    """A feed as a calendar app asks for it: no Authorization header. Its
    address is the configured public one; the path and query are asked of
    the server under test."""
    parts = urllib.parse.urlsplit(feed_url)
    request = urllib.request.Request(f"{BASE}{parts.path}?{parts.query}")
    try:
        with urllib.request.urlopen(request) as response:
            status, raw = response.status, response.read()
            kind = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        status, raw, kind = error.code, error.read(), error.headers.get("Content-Type", "")
    if status != expect:
        sys.exit(f"GET {parts.path}: {status}, not {expect}: {raw.decode()}")
    if expect == 200 and kind != "text/calendar; charset=utf-8":
        sys.exit(f"GET {parts.path}: Content-Type {kind}")
    return raw


def account(name: str) -> tuple[str, str]:
    email = f"calendar-{uuid.uuid4().hex}@example.org"
    password = "calendar-check-2026"
    user = call("POST", "/api/v1/auth/register",
                {"email": email, "password": password, "display_name": name}, expect=201)
    tokens = call("POST", "/api/v1/auth/login", {"email": email, "password": password})
    return user["id"], tokens["access_token"]


def read(raw: bytes) -> dict[str, Event]:
    """Parses a feed after checking its lines: every one ends with CRLF and
    holds at most 75 octets, and a fold never splits a UTF-8 character."""
    if not raw.endswith(b"\r\n"):
        sys.exit("the feed does not end with CRLF")
    for line in raw.split(b"\r\n")[:-1]:
        if b"\n" in line or b"\r" in line:
            sys.exit(f"a bare line break in {line!r}")
        if len(line) > 75:
            sys.exit(f"a line of {len(line)} octets: {line!r}")
        line.decode("utf-8")  # raises on half a character
    calendar = Calendar.from_ical(raw)
    if str(calendar.get("VERSION")) != "2.0":
        sys.exit(f"VERSION {calendar.get('VERSION')}")
    events = {str(event.get("UID")): event for event in calendar.walk("VEVENT")}
    if len(events) != len(calendar.walk("VEVENT")):
        sys.exit("two events share a UID")
    return events


def sequence(event: Event) -> int:
    return int(event.get("SEQUENCE"))


def rfc3339(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def expect_equal(what: str, actual: Any, expected: Any) -> None:
    if actual != expected:
        sys.exit(f"{what}: {actual!r}, not {expected!r}")


def main() -> None:
    staff = call("POST", "/api/v1/auth/login", {
        "email": os.environ["HOP_STAFF_EMAIL"],
        "password": os.environ["HOP_STAFF_PASSWORD"],
    })["access_token"]
    _, owner = account("Koordynatorka Żaneta")
    organization = call("POST", "/api/v1/organizations", {
        "name": "Bank Żywności w Toruniu", "kind": "ngo", "description": "Toruń",
    }, owner, expect=201)
    call("POST", f"/api/v1/organizations/{organization['id']}/verify", {}, staff)
    opportunity = call("POST", f"/api/v1/organizations/{organization['id']}/opportunities", {
        "title": TITLE, "cause": "poverty",
        "location": {"lat": 53.0103, "lon": 18.6057, "address": ADDRESS},
    }, owner, expect=201)
    call("POST", f"/api/v1/opportunities/{opportunity['id']}/publish", {}, owner)
    start = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=2)
    shifts = [
        call("POST", f"/api/v1/opportunities/{opportunity['id']}/shifts", {
            "starts_at": (start + timedelta(days=day)).isoformat(),
            "ends_at": (start + timedelta(days=day, hours=3)).isoformat(),
            "capacity": 4,
        }, owner, expect=201)
        for day in (0, 1)
    ]

    _, volunteer = account("Олена Коваленко")
    call("PUT", "/api/v1/me/volunteer-profile", {"birth_date": "2001-05-17"}, volunteer)
    call("PATCH", "/api/v1/me", {"preferred_language": "uk"}, volunteer)
    moved_up, withdrawn = (
        call("POST", f"/api/v1/shifts/{shift['id']}/applications", {}, volunteer, expect=201)
        for shift in shifts
    )
    token = call("POST", "/api/v1/me/calendar-token", {}, volunteer)

    # The feed as first written.
    events = read(fetch(token["feed_url"]))
    host = urllib.parse.urlsplit(token["feed_url"]).hostname
    uid = f"sign-up-{moved_up['id']}@{host}"
    other_uid = f"sign-up-{withdrawn['id']}@{host}"
    expect_equal("the events", sorted(events), sorted([uid, other_uid]))
    event = events[uid]
    expect_equal("SUMMARY", str(event.get("SUMMARY")), TITLE)
    expect_equal("LOCATION", str(event.get("LOCATION")), ADDRESS)
    geo = event.get("GEO")
    expect_equal("GEO", (geo.latitude, geo.longitude), (53.0103, 18.6057))
    expect_equal("STATUS", str(event.get("STATUS")), "CONFIRMED")
    expect_equal("DTSTART", event.decoded("DTSTART"), rfc3339(shifts[0]["starts_at"]))
    expect_equal("DTEND", event.decoded("DTEND"), rfc3339(shifts[0]["ends_at"]))
    expect_equal("DTSTART's zone", event.decoded("DTSTART").utcoffset(), timedelta(0))
    first = sequence(event)

    # The owner moves the first shift by an hour: the same event, later, a higher SEQUENCE.
    later = start + timedelta(hours=1)
    call("PATCH", f"/api/v1/shifts/{shifts[0]['id']}", {
        "starts_at": later.isoformat(), "ends_at": (later + timedelta(hours=3)).isoformat(),
    }, owner)
    events = read(fetch(token["feed_url"]))
    event = events[uid]
    expect_equal("DTSTART after the move", event.decoded("DTSTART"), later)
    if sequence(event) <= first:
        sys.exit(f"SEQUENCE {sequence(event)} after the move, not above {first}")
    moved = sequence(event)

    # The owner cancels it; the volunteer withdraws from the other.
    call("DELETE", f"/api/v1/shifts/{shifts[0]['id']}", None, owner, expect=204)
    before_withdrawal = sequence(events[other_uid])
    call("POST", f"/api/v1/applications/{withdrawn['id']}/withdraw", {}, volunteer)
    events = read(fetch(token["feed_url"]))
    expect_equal("the events after the changes", sorted(events), sorted([uid, other_uid]))
    expect_equal("STATUS of the cancelled shift", str(events[uid].get("STATUS")), "CANCELLED")
    if sequence(events[uid]) <= moved:
        sys.exit("the cancellation did not raise SEQUENCE")
    expect_equal("STATUS after withdrawing", str(events[other_uid].get("STATUS")), "CANCELLED")
    if sequence(events[other_uid]) <= before_withdrawal:
        sys.exit("the withdrawal did not raise SEQUENCE")

    # The organisation's calendar, with the owner's own token.
    owner_token = call("POST", "/api/v1/me/calendar-token", {}, owner)
    feeds = {feed["organization_id"]: feed["feed_url"] for feed in owner_token["organization_feeds"]}
    events = read(fetch(feeds[organization["id"]]))
    shift_uids = [f"shift-{shift['id']}@{host}" for shift in shifts]
    expect_equal("the organisation's events", sorted(events), sorted(shift_uids))
    expect_equal("the cancelled shift", str(events[shift_uids[0]].get("STATUS")), "CANCELLED")
    expect_equal("the other shift", str(events[shift_uids[1]].get("STATUS")), "CONFIRMED")
    if sequence(events[shift_uids[0]]) < 2:
        sys.exit("a moved and cancelled shift has SEQUENCE below 2")

    # A rotated token's old address finds nothing.
    call("POST", "/api/v1/me/calendar-token", {}, volunteer)
    fetch(token["feed_url"], expect=404)
    print(f"calendar feeds read by icalendar: {uid} moved (SEQUENCE {first} → {moved}) "
          f"and cancelled, {other_uid} withdrawn; the organisation's feed agrees")


if __name__ == "__main__":
    main()
