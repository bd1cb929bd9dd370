#!/usr/bin/env bash
# Logs a demo user in with curl and prints two lines for the benchmarks:
#   the Cookie header value (session and CSRF cookies), then "<csrf header name>: <token>".
#   bench/login.sh http://localhost:8090 learner@example.com learner-pass-2026
set -euo pipefail
base=${1:?base url} email=${2:-learner@example.com} password=${3:-learner-pass-2026}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
# A new install loads its demo users just after readiness: try for up to two minutes.
for _ in $(seq 1 1200); do
  token=$(curl -fs -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  went=$(curl -fs -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$base/login" \
    --data-urlencode "username=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$token")
  case $went in */my) break ;; esac
  sleep 0.1
done
page=$(curl -fs -c "$jar" -b "$jar" "$base/my")
cookie=$(awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "} /^#HttpOnly_/ {sub(/^#HttpOnly_/, ""); printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")
header=$(printf '%s' "$page" | sed -n 's/.*name="_csrf_header" content="\([^"]*\)".*/\1/p' | head -n 1)
csrf=$(printf '%s' "$page" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' | head -n 1)
printf '%s\n%s: %s\n' "$cookie" "$header" "$csrf"
