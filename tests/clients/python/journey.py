"""An NGO developer's journey through HOP with the client generated from
openapi/openapi.json, type-checked with `mypy --strict`.

    HOP_URL=http://127.0.0.1:8080 HOP_STAFF_EMAIL=… HOP_STAFF_PASSWORD=… python journey.py

Registers a volunteer, signs in, lets the city's staff open an organisation
with an opportunity near Toruń and three shifts, searches near Toruń, reads
the opportunity, pages through its shifts one by one with `next_cursor`, signs
up, and reads the 409 problem of signing up twice. Exits non-zero on the
first answer that is not what the contract says.
"""

from __future__ import annotations

import datetime
import os
import sys
import uuid
from typing import Any, TypeVar

from hop_client import AuthenticatedClient, Client
from hop_client.api.applications import sign_up_for_shift
from hop_client.api.auth import login, register
from hop_client.api.opportunities import (
    create_opportunity,
    get_opportunity,
    publish_opportunity,
    search_opportunities,
)
from hop_client.api.organizations import create_organization, verify_organization
from hop_client.api.shifts import create_shift, list_shifts
from hop_client.api.volunteers import put_volunteer_profile
from hop_client.models import (
    Account,
    Application,
    Cause,
    CreateOpportunityRequest,
    CreateOrganizationRequest,
    CreateShiftRequest,
    LoginRequest,
    Opportunity,
    OpportunityLocation,
    Organization,
    OrganizationKind,
    PageOpportunity,
    PageShift,
    Problem,
    PutVolunteerProfileRequest,
    RegisterRequest,
    Shift,
    TokenPair,
    VolunteerProfile,
)
from hop_client.types import UNSET, Response

T = TypeVar("T")

TORUN = "53.0138,18.5984"


def expect(response: Response[T | Problem] | Response[T | Problem | None], status: int, kind: type[T]) -> T:
    """The parsed body of `response`, which must have `status` and type `kind`."""
    parsed = response.parsed
    if response.status_code != status or not isinstance(parsed, kind):
        sys.exit(f"expected {status} {kind.__name__}, got {response.status_code}: {response.content!r}")
    return parsed


def expect_problem(response: Response[Any], status: int) -> Problem:
    """The problem+json body of `response`, which must have `status`."""
    parsed = response.parsed
    if response.status_code != status or not isinstance(parsed, Problem):
        sys.exit(f"expected a {status} problem, got {response.status_code}: {response.content!r}")
    return parsed


def signed_in(base_url: str, email: str, password: str) -> AuthenticatedClient:
    public = Client(base_url=base_url)
    tokens = expect(
        login.sync_detailed(client=public, body=LoginRequest(email=email, password=password)),
        200,
        TokenPair,
    )
    return AuthenticatedClient(base_url=base_url, token=tokens.access_token)


def main() -> None:
    base_url = os.environ["HOP_URL"]
    public = Client(base_url=base_url)

    email = f"olena.{uuid.uuid4().hex[:8]}@example.org"
    password = "a long enough password"
    account = expect(
        register.sync_detailed(
            client=public,
            body=RegisterRequest(email=email, password=password, display_name="Olena Kovalenko"),
        ),
        201,
        Account,
    )
    volunteer = signed_in(base_url, email, password)
    expect(
        put_volunteer_profile.sync_detailed(
            client=volunteer,
            body=PutVolunteerProfileRequest(birth_date=datetime.date(2001, 5, 17)),
        ),
        200,
        VolunteerProfile,
    )

    staff = signed_in(base_url, os.environ["HOP_STAFF_EMAIL"], os.environ["HOP_STAFF_PASSWORD"])
    organization = expect(
        create_organization.sync_detailed(
            client=staff,
            body=CreateOrganizationRequest(name="Bank Żywności w Toruniu", kind=OrganizationKind.NGO),
        ),
        201,
        Organization,
    )
    expect(verify_organization.sync_detailed(organization.id, client=staff), 200, Organization)
    draft = expect(
        create_opportunity.sync_detailed(
            organization.id,
            client=staff,
            body=CreateOpportunityRequest(
                title="Sorting food for families",
                cause=Cause.POVERTY,
                location=OpportunityLocation(lat=53.0103, lon=18.6057, address="Rynek Staromiejski 1"),
            ),
        ),
        201,
        Opportunity,
    )
    expect(publish_opportunity.sync_detailed(draft.id, client=staff), 200, Opportunity)
    start = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0) + datetime.timedelta(days=2)
    for day in range(3):
        starts_at = start + datetime.timedelta(days=day)
        expect(
            create_shift.sync_detailed(
                draft.id,
                client=staff,
                body=CreateShiftRequest(
                    starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=3), capacity=5
                ),
            ),
            201,
            Shift,
        )

    found = expect(
        search_opportunities.sync_detailed(client=volunteer, near=TORUN, radius_km=10.0),
        200,
        PageOpportunity,
    )
    if draft.id not in [item.id for item in found.items]:
        sys.exit(f"the search near Toruń did not find {draft.id}")
    opportunity = expect(get_opportunity.sync_detailed(draft.id, client=volunteer), 200, Opportunity)
    if opportunity.location is None or opportunity.title != "Sorting food for families":
        sys.exit("the opportunity did not read back as it was made")

    shifts: list[Shift] = []
    cursor: str | None = None
    while True:
        page = expect(
            list_shifts.sync_detailed(
                opportunity.id, client=volunteer, limit=1, cursor=UNSET if cursor is None else cursor
            ),
            200,
            PageShift,
        )
        shifts.extend(page.items)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    if len(shifts) != 3 or shifts != sorted(shifts, key=lambda shift: shift.starts_at):
        sys.exit(f"paging by next_cursor gave {len(shifts)} shifts, not the 3 in order")

    expect(sign_up_for_shift.sync_detailed(shifts[0].id, client=volunteer), 201, Application)
    again = sign_up_for_shift.sync_detailed(shifts[0].id, client=volunteer)
    problem = expect_problem(again, 409)
    if problem.status != 409 or not problem.type_.startswith("urn:hop:problem:"):
        sys.exit(f"the 409 problem does not read as one: {problem}")

    print(f"python journey: {account.email} found, read, paged 3 shifts, signed up; twice is {problem.type_}")


if __name__ == "__main__":
    main()
