// An NGO developer's journey through HOP with types from openapi-typescript
// and calls through openapi-fetch, type-checked with `tsc --strict`:
// register, sign in, staff open an organisation with an opportunity near
// Toruń and three shifts, search near Toruń, read the opportunity, page
// through its shifts with `next_cursor`, sign up, read the 409 problem.
//
//   HOP_URL=… HOP_STAFF_EMAIL=… HOP_STAFF_PASSWORD=… node dist/journey.js

import createClient from "openapi-fetch";
import type { components, paths } from "./generated/hop.js";

type Problem = components["schemas"]["Problem"];

function env(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set`);
  }
  return value;
}

/** The body of a 2xx answer; anything else ends the journey. */
function ok<T>(step: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined || !result.response.ok) {
    throw new Error(`${step}: ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

const baseUrl = env("HOP_URL");

async function signedIn(email: string, password: string) {
  const client = createClient<paths>({ baseUrl });
  const tokens = ok("login", await client.POST("/api/v1/auth/login", { body: { email, password } }));
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${tokens.access_token}` } });
}

async function main(): Promise<void> {
  const email = `mykola.${Math.random().toString(36).slice(2, 10)}@example.org`;
  const password = "a long enough password";
  const account = ok(
    "register",
    await createClient<paths>({ baseUrl }).POST("/api/v1/auth/register", {
      body: { email, password, display_name: "Mykola Shevchenko" },
    }),
  );
  const volunteer = await signedIn(email, password);
  ok(
    "profile",
    await volunteer.PUT("/api/v1/me/volunteer-profile", { body: { birth_date: "2000-03-09" } }),
  );

  const staff = await signedIn(env("HOP_STAFF_EMAIL"), env("HOP_STAFF_PASSWORD"));
  const organization = ok(
    "create organisation",
    await staff.POST("/api/v1/organizations", { body: { name: "Caritas Toruń", kind: "ngo" } }),
  );
  const byOrganization = { params: { path: { id: organization.id } } };
  ok("verify", await staff.POST("/api/v1/organizations/{id}/verify", byOrganization));
  const draft = ok(
    "create opportunity",
    await staff.POST("/api/v1/organizations/{id}/opportunities", {
      ...byOrganization,
      body: {
        title: "Reading to older people",
        cause: "seniors",
        location: { lat: 53.0103, lon: 18.6057, address: "Rynek Staromiejski 1" },
      },
    }),
  );
  const byOpportunity = { params: { path: { id: draft.id } } };
  ok("publish", await staff.POST("/api/v1/opportunities/{id}/publish", byOpportunity));
  const day = 24 * 60 * 60 * 1000;
  const first = Date.now() + 2 * day;
  for (let n = 0; n < 3; n += 1) {
    const starts = new Date(first + n * day);
    starts.setUTCMilliseconds(0);
    ok(
      "create shift",
      await staff.POST("/api/v1/opportunities/{id}/shifts", {
        ...byOpportunity,
        body: {
          starts_at: starts.toISOString(),
          ends_at: new Date(starts.getTime() + 3 * 60 * 60 * 1000).toISOString(),
          capacity: 4,
        },
      }),
    );
  }

  const found = ok(
    "search",
    await volunteer.GET("/api/v1/opportunities", {
      params: { query: { near: "53.0138,18.5984", radius_km: 10 } },
    }),
  );
  if (!found.items.some((item) => item.id === draft.id)) {
    throw new Error("the search near Toruń did not find the opportunity");
  }
  const opportunity = ok("read", await volunteer.GET("/api/v1/opportunities/{id}", byOpportunity));
  if (opportunity.location === null || opportunity.cause !== "seniors") {
    throw new Error("the opportunity did not read back as it was made");
  }

  const shifts: components["schemas"]["Shift"][] = [];
  let cursor: string | null = null;
  do {
    const query: { limit: number; cursor?: string } = cursor === null ? { limit: 1 } : { limit: 1, cursor };
    const page: components["schemas"]["Page_Shift"] = ok(
      "shifts page",
      await volunteer.GET("/api/v1/opportunities/{id}/shifts", {
        params: { path: { id: opportunity.id }, query },
      }),
    );
    shifts.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor !== null);
  const times = shifts.map((shift) => shift.starts_at);
  if (shifts.length !== 3 || times.join() !== [...times].sort().join()) {
    throw new Error(`paging by next_cursor gave ${shifts.length} shifts, not the 3 in order`);
  }

  const shift = shifts[0];
  if (shift === undefined) {
    throw new Error("no shift to sign up for");
  }
  const byShift = { params: { path: { id: shift.id } } };
  ok("sign up", await volunteer.POST("/api/v1/shifts/{id}/applications", byShift));
  const again = await volunteer.POST("/api/v1/shifts/{id}/applications", byShift);
  const problem: Problem | undefined = again.error;
  if (again.response.status !== 409 || problem === undefined || !problem.type.startsWith("urn:hop:problem:")) {
    throw new Error(`signing up twice: ${again.response.status} ${JSON.stringify(again.error)}`);
  }
  console.log(`typescript journey: ${account.email} found, read, paged 3 shifts, signed up; twice is ${problem.type}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
