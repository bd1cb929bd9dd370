#!/usr/bin/env bash
# Regenerates <name>.out (and <name>.err when the program ends in an uncaught
# exception) for the given scenario .py files by running CPython 3.11.
# A scenario is recorded only if its stdout, exit status and last stderr line are
# identical under PYTHONHASHSEED=0, 1 and 12345, and its stdout holds no address.
# A <name>.in beside the program is fed to it as standard input (what input() reads).
# Usage: ./record.sh [file.py ...]     (no arguments: every scenario under this folder)
set -u
PY=${PYTHON:-python3}
# Record with sys.stdout written through (PYTHONUNBUFFERED=1, as `python3 -u`, IDEs and this project's
# machines run programs): the lab models that stdout. Buffered to a file, CPython keeps pending chunks
# in a list between flushes, and gc.get_count() after a print is one higher (docs/simulation-engine.md).
export PYTHONUNBUFFERED=1
ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$ver" != "3.11" ]; then
  echo "record.sh: $PY is Python $ver, need 3.11" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 0 ]; then
  mapfile -t files < <(find "$here" -mindepth 2 -name '*.py' | sort)
else
  files=("$@")
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
for f in "${files[@]}"; do
  dir=$(cd "$(dirname "$f")" && pwd)
  base=$(basename "$f" .py)
  first=""
  ok=1
  input=/dev/null
  [ -f "$dir/$base.in" ] && input="$dir/$base.in"
  for seed in 0 1 12345; do
    (cd "$dir" && PYTHONHASHSEED=$seed timeout 20 "$PY" "$base.py" <"$input" >"$tmp/out.$seed" 2>"$tmp/err.$seed")
    echo $? >"$tmp/rc.$seed"
    tail -n 1 "$tmp/err.$seed" >"$tmp/last.$seed"
    if [ -z "$first" ]; then
      first=$seed
    elif ! cmp -s "$tmp/out.$first" "$tmp/out.$seed" || ! cmp -s "$tmp/rc.$first" "$tmp/rc.$seed" \
        || ! cmp -s "$tmp/last.$first" "$tmp/last.$seed"; then
      ok=0
    fi
  done
  if [ $ok -eq 0 ]; then
    echo "NONDETERMINISTIC: $f" >&2; failed=1; continue
  fi
  if grep -q '0x[0-9a-fA-F]' "$tmp/out.0"; then
    echo "ADDRESS IN OUTPUT: $f" >&2; failed=1; continue
  fi
  rc=$(cat "$tmp/rc.0")
  if [ "$rc" != 0 ] && [ ! -s "$tmp/last.0" ]; then
    echo "EXIT $rc WITHOUT STDERR: $f" >&2; failed=1; continue
  fi
  if [ "$rc" = 0 ] && [ -s "$tmp/err.0" ]; then
    echo "STDERR ON SUCCESS (e.g. ignored exception in __del__): $f" >&2; failed=1; continue
  fi
  cp "$tmp/out.0" "$dir/$base.out"
  if [ "$rc" != 0 ]; then
    cp "$tmp/last.0" "$dir/$base.err"
  else
    rm -f "$dir/$base.err"
  fi
  echo "recorded: $f"
done
exit $failed
