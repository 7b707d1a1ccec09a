# shellcheck shell=bash
# The login limits under a guessing flood (docs/performance.md, "Login
# limits in PostgreSQL"):
#   login-failures  wrong passwords for a new made-up e-mail from a new
#                   made-up client address every request: each failure is
#                   counted under three new keys, the worst case for the
#                   limits' table. Answers are 401 (non-2xx by design).
# Runs only when named (`./scripts/load login login-failures`), never in the
# default list: it needs the server to read X-Forwarded-For from this machine
# (HOP_TRUST_FORWARDED_FOR=true HOP_TRUSTED_PROXIES=127.0.0.1, also with
# --start); otherwise every failure counts against 127.0.0.1, which is locked
# for the window and the scenarios after it could not log in.

scenario_login-failures() {
  local lua="$WORK/login-failures.lua"
  cat >"$lua" <<'LUA'
-- Each wrk thread its own numbers: tid is set by setup, seen by init.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
local run = 0
function init(args)
  run = os.time()
  math.randomseed(run * 100 + tid)
end
request = function()
  n = n + 1
  local headers = {
    ["Content-Type"] = "application/json",
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254)),
  }
  local body = string.format('{"email":"guess-%d-%d-%d@example.org","password":"not the password"}', run, tid, n)
  return wrk.format("POST", nil, headers, body)
end
LUA
  run_and_report login-failures "$CONNECTIONS" "$BASE/api/v1/auth/login" -s "$lua"
}
