"""Verifies a certificate's Open Badges credential with an independent JOSE
implementation (joserfc), against the keys HOP publishes.

Over HTTP against a running server (HOP_URL, with a staff account to
verify the organisation): an owner registers an organisation, staff verify
it, a volunteer reports hours, the owner approves them, the volunteer takes
the certificate as JSON; then the JWT is checked with joserfc and the JWKS
from /.well-known/jwks.json, and a tampered copy must fail.
"""

import json
import os
import sys
import urllib.error
import urllib.request
import uuid
from datetime import date, timedelta
from typing import Any, Optional

from joserfc import jwt
from joserfc.errors import BadSignatureError
from joserfc.jwk import KeySet

BASE = os.environ["HOP_URL"].rstrip("/")


def call(method: str, path: str, body: Optional[dict[str, Any]] = None,
         token: Optional[str] = None, accept: str = "application/json") -> Any:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Accept", accept)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request) as response:
            raw = response.read()
    except urllib.error.HTTPError as error:
        sys.exit(f"{method} {path}: {error.code} {error.read().decode()}")
    return json.loads(raw) if raw else None


def account(name: str) -> tuple[str, str]:
    email = f"credential-{uuid.uuid4().hex}@example.org"
    password = "credential-check-2026"
    user = call("POST", "/api/v1/auth/register",
                {"email": email, "password": password, "display_name": name})
    tokens = call("POST", "/api/v1/auth/login", {"email": email, "password": password})
    return user["id"], tokens["access_token"]


def main() -> None:
    staff = call("POST", "/api/v1/auth/login", {
        "email": os.environ["HOP_STAFF_EMAIL"],
        "password": os.environ["HOP_STAFF_PASSWORD"],
    })["access_token"]
    _, owner = account("Koordynatorka Żaneta")
    organization = call("POST", "/api/v1/organizations", {
        "name": "Stowarzyszenie Żółty Żagiel", "kind": "ngo", "description": "Toruń",
    }, owner)
    call("POST", f"/api/v1/organizations/{organization['id']}/verify", {}, staff)
    _, volunteer = account("Ģirts Ķēniņš")
    worked = (date.today() - timedelta(days=2)).isoformat()
    entry = call("POST", "/api/v1/me/hours", {
        "organization_id": organization["id"], "work_date": worked, "minutes": 135,
    }, volunteer)
    call("POST", f"/api/v1/hours/{entry['id']}/approve", {}, owner)
    certificate = call("GET", f"/api/v1/me/certificates/{organization['id']}", token=volunteer)
    token = certificate["credential"]

    keys = KeySet.import_key_set(call("GET", "/.well-known/jwks.json"))
    decoded = jwt.decode(token, keys, algorithms=["EdDSA"])
    assert decoded.header["alg"] == "EdDSA", decoded.header
    vc = decoded.claims["vc"]
    assert vc["type"] == ["VerifiableCredential", "OpenBadgeCredential"], vc["type"]
    assert vc["credentialSubject"]["name"] == "Ģirts Ķēniņš"
    assert vc["credentialSubject"]["result"][0]["value"] == "2.25"
    assert decoded.claims["jti"] == f"urn:uuid:{certificate['id']}"

    header, payload, signature = token.split(".")
    flipped = payload[:-2] + ("A" if payload[-2] != "A" else "B") + payload[-1]
    try:
        jwt.decode(".".join([header, flipped, signature]), keys, algorithms=["EdDSA"])
    except (BadSignatureError, ValueError):
        pass
    else:
        sys.exit("a tampered credential verified")

    public = call("GET", f"/api/v1/certificates/{certificate['code']}")
    assert public["status"] == "valid" and public["credential"] == token
    print(f"credential {certificate['code']} verified by joserfc with key {decoded.header['kid']}")


if __name__ == "__main__":
    main()
