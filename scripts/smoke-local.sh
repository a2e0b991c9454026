#!/usr/bin/env bash
# Smoke test of the README's local run, from the packaged jar, in a fresh copy of the working tree:
#   start `java -jar target/kyodo-concierge.jar --spring.profiles.active=local`, wait for /actuator/health UP,
#   send one signed webhook through the emulator endpoint, check that the bot's reply reached the LINE stand-in,
#   ask for a human (a ticket in Redis), stop it cleanly (and its redis-server with it), start it again on the same
#   data directory (AOF) and find the ticket through the console API.
# Exits non-zero on any failure. Needs: java 17, curl, the jar (./mvnw -B package). Usage: scripts/smoke-local.sh [JAR]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$(realpath "${1:-$ROOT/target/kyodo-concierge.jar}")"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/kyodo-smoke.XXXXXX")"
APP_PID=""

fail() { echo "smoke-local: FAIL: $*" >&2; [ -f "$WORK/app.log" ] && tail -n 60 "$WORK/app.log" >&2; exit 1; }
step() { echo "smoke-local: $*"; }

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill -9 "$APP_PID" 2>/dev/null || true; fi
  local redis_pid
  redis_pid="$(cat "$WORK/data/redis/redis.pid" 2>/dev/null || true)"
  if [ -n "$redis_pid" ] && kill -0 "$redis_pid" 2>/dev/null; then kill "$redis_pid" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$JAR" ] || fail "no jar at $JAR (run ./mvnw -B package first)"

# A fresh working copy: the tracked files only (faq/, intents/, calendar …), no data/ or target/.
if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  (cd "$ROOT" && git ls-files -z | xargs -0 cp --parents -t "$WORK")
else
  (cd "$ROOT" && tar --exclude=./target --exclude=./data -cf - .) | tar -xf - -C "$WORK"
fi

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( (RANDOM % 20000) + 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  fail "no free port"
}
PORT="$(free_port)"
BASE="http://localhost:$PORT"

start_app() {
  # The local profile refuses real LINE credentials: make sure none leak in from the caller's environment.
  (cd "$WORK" && exec env -u LINE_CHANNEL_SECRET -u LINE_CHANNEL_TOKEN -u SPRING_DATA_REDIS_URL \
      java -jar "$JAR" --spring.profiles.active=local --server.port="$PORT" >>"$WORK/app.log" 2>&1) &
  APP_PID=$!
  local deadline=$(( SECONDS + 180 ))
  until grep -q '"status":"UP"' <<<"$(curl -fsS "$BASE/actuator/health" 2>/dev/null || true)"; do
    kill -0 "$APP_PID" 2>/dev/null || fail "the service exited during start-up"
    [ "$SECONDS" -lt "$deadline" ] || fail "no healthy service at $BASE within 180 s"
    sleep 1
  done
}

stop_app() {
  kill -TERM "$APP_PID"
  local deadline=$(( SECONDS + 60 ))
  while kill -0 "$APP_PID" 2>/dev/null; do
    [ "$SECONDS" -lt "$deadline" ] || fail "the service did not stop within 60 s of SIGTERM"
    sleep 1
  done
  local status=0
  wait "$APP_PID" || status=$?
  APP_PID=""
  # 143 = terminated by SIGTERM after a graceful shutdown; anything else is a crash.
  [ "$status" -eq 0 ] || [ "$status" -eq 143 ] || fail "the service exited with $status on SIGTERM"
  local redis_pid
  redis_pid="$(cat "$WORK/data/redis/redis.pid" 2>/dev/null || true)"
  if [ -n "$redis_pid" ] && kill -0 "$redis_pid" 2>/dev/null; then fail "redis-server $redis_pid outlived the service"; fi
}

step "starting $JAR (local profile) on port $PORT in $WORK"
start_app
step "healthy; checking the start-up guide"
grep -q "$BASE/emulator" "$WORK/app.log" || fail "the start-up guide does not name $BASE/emulator"
grep -q "$BASE/console" "$WORK/app.log" || fail "the start-up guide does not name $BASE/console"
# (Output captured first: with pipefail, `curl | grep -q` fails when grep stops reading early.)
PAGE="$(curl -fsS "$BASE/emulator")" || fail "/emulator did not answer"
grep -q 'LINE エミュレータ' <<<"$PAGE" || fail "/emulator does not serve the emulator page"

step "sending a signed webhook through the emulator"
RESPONSE="$(curl -fsS -X POST "$BASE/emulator/api/chats/member/events" -H 'Content-Type: application/json' \
  --data '{"kind":"TEXT","text":"協働ってなんですか？"}')" || fail "the emulator endpoint refused the message"
grep -q '"status":200' <<<"$RESPONSE" || fail "/callback did not accept the signed webhook: $RESPONSE"

# Waits until the member chat's lines match the regular expression $1; prints them.
await_chat() {
  local deadline=$(( SECONDS + 60 )) lines
  while :; do
    lines="$(curl -fsS "$BASE/emulator/api/chats/member/messages?after=0" || true)"
    if grep -Eq "$1" <<<"$lines"; then printf '%s' "$lines"; return 0; fi
    [ "$SECONDS" -lt "$deadline" ] || fail "$2"
    sleep 1
  done
}
emulate() {
  local response
  response="$(curl -fsS -X POST "$BASE/emulator/api/chats/member/events" -H 'Content-Type: application/json' \
    --data "$1")" || fail "the emulator endpoint refused $1"
  grep -q '"status":200' <<<"$response" || fail "/callback did not accept the signed webhook: $response"
}

step "waiting for the bot's reply at the LINE stand-in"
await_chat '"side":"BOT"' "no reply from the bot within 60 s" >/dev/null

step "asking for a human: a ticket in Redis"
emulate '{"kind":"TEXT","text":"担当者と話したい"}'
await_chat '"data":"esc:skip"' "no hand-over questions (esc:skip) within 60 s" >/dev/null
emulate '{"kind":"POSTBACK","data":"esc:skip","displayText":"すぐに担当者へ"}'
TICKET="$(await_chat '受付番号は #[0-9]+' "no acknowledgement with a ticket number within 60 s" \
  | grep -Eo '受付番号は #[0-9]+' | tail -n 1 | grep -Eo '[0-9]+$')"

if grep -Eq 'local-[0-9a-f]{32}' "$WORK/app.log"; then fail "the generated channel secret appears in the log"; fi

step "stopping (SIGTERM) and starting again on the same data directory"
stop_app
start_app

step "ticket #$TICKET after the restart (console API, local sign-in)"
JAR_COOKIES="$WORK/cookies.txt"
LOGIN="$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/console/login")" || fail "no console sign-in page"
CSRF="$(grep -Eo 'name="_csrf"[^>]*value="[^"]+"' <<<"$LOGIN" | grep -Eo 'value="[^"]+"' | cut -d'"' -f2)"
[ -n "$CSRF" ] || fail "no CSRF token on the sign-in page"
curl -fsS -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "_csrf=$CSRF" \
  --data-urlencode username=city --data-urlencode password=city "$BASE/console/login" || fail "console sign-in failed"
DETAIL="$(curl -fsS -b "$JAR_COOKIES" "$BASE/api/tickets/$TICKET")" || fail "ticket #$TICKET is gone after the restart"
grep -q "\"id\":$TICKET[,}]" <<<"$DETAIL" || fail "ticket #$TICKET not in the API answer: $DETAIL"

stop_app
step "OK"
