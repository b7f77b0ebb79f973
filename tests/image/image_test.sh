#!/usr/bin/env bash
# `make image-test`: build the image with podman from a local Debian base, run it (web and
# worker) with Redis and PostgreSQL on the host network, send a signed STOP and check that
# the number is suppressed and the job applied. Needs root (podman, debootstrap) and the
# Debian mirror; not part of CI.
#
#   IMAGE_TEST_REDIS_URL  the host Redis to use (default redis://127.0.0.1:6379/5)
#   IMAGE_TEST_PG         the host PostgreSQL, as psql names it (default postgresql://127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BIN=$ROOT/.venv/bin
REDIS_URL=${IMAGE_TEST_REDIS_URL:-redis://127.0.0.1:6379/5}
PG=${IMAGE_TEST_PG:-postgresql://127.0.0.1:5432}
BASE=localhost/debian-min:bookworm
IMAGE=localhost/optout:image-test
RUN_ID=$$
PORT=$($BIN/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
DB=optout_image_test_$RUN_ID
TOKEN=image-test-token-$RUN_ID
KEY=image-test-key-$RUN_ID
NUMBER="+1617555$(printf '%04d' $((RUN_ID % 10000)))"
WORK=$(mktemp -d)

[ "$(id -u)" = 0 ] || { echo "image-test needs root (podman, debootstrap)" >&2; exit 2; }
command -v podman >/dev/null && command -v runc >/dev/null && command -v debootstrap >/dev/null \
    || { apt-get update -qq && apt-get install -y -qq podman runc debootstrap; }

# crun fails here on rlimits and hybrid cgroups: runc, cgroupfs, no default ulimits.
printf '[containers]\ndefault_ulimits = []\n' > "$WORK/containers.conf"
export CONTAINERS_CONF=$WORK/containers.conf
podman() { command podman --runtime runc --cgroup-manager=cgroupfs "$@"; }
# Without systemd, podman logs "unable to get systemd connection to add healthchecks" at each
# run: harmless (the timer is off; `podman healthcheck run` below checks once).

cleanup() {
    podman rm -f "optout-web-$RUN_ID" "optout-worker-$RUN_ID" >/dev/null 2>&1 || true
    dropdb --if-exists -d "$PG/postgres" "$DB" 2>/dev/null || dropdb --if-exists "$DB" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

step "base image $BASE"
if ! podman image exists "$BASE"; then
    mirror=$(sed -n 's/^URIs: *//p; s/^deb \(http[^ ]*\) .*/\1/p' /etc/apt/sources.list.d/*.sources \
             /etc/apt/sources.list 2>/dev/null | head -1)
    debootstrap --variant=minbase bookworm "$WORK/rootfs" "${mirror:-http://deb.debian.org/debian}" >/dev/null
    tar -C "$WORK/rootfs" -c . | podman import - "$BASE" >/dev/null
fi

step "wheelhouse"
make -s wheelhouse

step "build"
podman build --quiet --format docker --network=host --build-arg "BASE=$BASE" -t "$IMAGE" -f Containerfile . >/dev/null
podman run --rm --network=host --health-interval=disable --entrypoint id "$IMAGE" -u | grep -qv '^0$' || { echo "the image runs as root" >&2; exit 1; }

step "migrate"
createdb -d "$PG/postgres" "$DB" 2>/dev/null || createdb "$DB"
ARCHIVE_URL="$PG/$DB"
case $ARCHIVE_URL in *@*) ;; *) ARCHIVE_URL=${ARCHIVE_URL/:\/\//://root@} ;; esac
env=(-e "REDIS_URL=$REDIS_URL" -e "ARCHIVE_URL=$ARCHIVE_URL" -e "PORT=$PORT"
     -e "TWILIO_AUTH_TOKEN=$TOKEN" -e "PUBLIC_BASE_URL=http://127.0.0.1:$PORT"
     -e "OPTOUT_API_KEYS=$KEY" -e "SECRET_KEY=image-test" -e "ERASURE_PEPPER=image-test-pepper-0123456789abcdef0123456789")
podman run --rm --network=host --health-interval=disable "${env[@]}" "$IMAGE" migrate

step "web and worker"
podman run -d --name "optout-web-$RUN_ID" --network=host --health-interval=disable "${env[@]}" -e WEB_CONCURRENCY=2 "$IMAGE" >/dev/null
podman run -d --name "optout-worker-$RUN_ID" --network=host --health-interval=disable "${env[@]}" "$IMAGE" worker >/dev/null
for _ in $(seq 60); do
    curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
    sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null || { podman logs "optout-web-$RUN_ID"; exit 1; }
podman healthcheck run "optout-web-$RUN_ID" && echo "HEALTHCHECK: healthy"

step "a signed STOP from $NUMBER"
TWILIO_AUTH_TOKEN=$TOKEN PUBLIC_BASE_URL="http://127.0.0.1:$PORT" \
    "$BIN/optout" simulate --from "$NUMBER" --body STOP
applied=""
for _ in $(seq 60); do
    answer=$(curl -fsS -H "Authorization: Bearer $KEY" "http://127.0.0.1:$PORT/v1/suppressions/$NUMBER")
    if echo "$answer" | grep -q '"suppressed":true' && echo "$answer" | grep -q '"pending":false'; then
        applied=yes; break
    fi
    sleep 0.5
done
echo "$answer"
[ -n "$applied" ] || { echo "the STOP was not applied"; podman logs "optout-worker-$RUN_ID" | tail -20; exit 1; }
curl -fsS -o /dev/null -D - "http://127.0.0.1:$PORT/ops/login" | grep -i '^content-security-policy' >/dev/null
pdf=$(curl -fsS -H "Authorization: Bearer $KEY" -o /dev/null -w '%{http_code} %{content_type}' \
      "http://127.0.0.1:$PORT/v1/suppressions/$NUMBER/report?format=pdf")
echo "evidence report as PDF: $pdf"
[ "$pdf" = "200 application/pdf" ] || { echo "no PDF report from the image" >&2; exit 1; }
printf '\nimage-test passed in %ss (%s)\n' "$SECONDS" "$(podman image inspect "$IMAGE" --format '{{.Size}}' | awk '{printf "%.0f MB", $1/1e6}')"
