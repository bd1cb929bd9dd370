#!/usr/bin/env bash
# Regenerates <name>.out (and <name>.err when the program ends in an uncaught
# exception) for the given scenario .py files by running CPython 3.11.
# <name>.stderr is recorded when the program wrote to standard error itself: the whole of
# stderr (what the program wrote, then the uncaught error's report if any) with the script's
# folder taken out of the traceback's and warnings' file names and 3.11's ^~~~ marker lines left out.
# A stderr that is only a traceback report (or one line with status 1, a SystemExit message)
# gets no .stderr: the .err line covers it, as before. (So a program that writes one line to
# stderr and then calls sys.exit(1) cannot be told from SystemExit("line"): give it two lines.)
# A scenario is recorded only if its stdout, exit status and stderr are
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
        || ! cmp -s "$tmp/err.$first" "$tmp/err.$seed"; then
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
  if grep -q '^Exception ignored in' "$tmp/err.0"; then
    echo "EXCEPTION IGNORED (in __del__ or a callback; the lab does not write it): $f" >&2; failed=1; continue
  fi
  # python3 reports the script by its absolute path from the physical working directory (pwd -P).
  "$PY" - "$tmp/err.0" "$(cd "$dir" && pwd -P)" "$rc" >"$tmp/stderr.0" <<'PYEOF'
import sys
text = open(sys.argv[1], encoding="utf-8", newline="").read()
folder, rc = sys.argv[2], sys.argv[3]
# Only a traceback, or a failing run's one line (SystemExit's message): .err says it all.
if not text or text.startswith("Traceback (most recent call last):\n") or (rc == "1" and text.count("\n") <= 1):
    sys.exit(0)
text = text.replace('File "' + folder + '/', 'File "')
# A warning's first line names the script the same way: "folder/x.py:7: DeprecationWarning: ...".
text = "\n".join(line[len(folder) + 1:] if line.startswith(folder + "/") else line for line in text.split("\n"))
kept, report = [], False
pieces = text.split("\n")
for line in [p + "\n" for p in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else []):
    report = report or line == "Traceback (most recent call last):\n"
    body = line.strip()
    if report and body and set(body) <= set("^~ ") and "^" in body:
        continue
    kept.append(line)
sys.stdout.write("".join(kept))
PYEOF
  if grep -q '0x[0-9a-fA-F]' "$tmp/stderr.0"; then
    echo "ADDRESS IN STDERR: $f" >&2; failed=1; continue
  fi
  cp "$tmp/out.0" "$dir/$base.out"
  if [ -s "$tmp/stderr.0" ]; then
    cp "$tmp/stderr.0" "$dir/$base.stderr"
  else
    rm -f "$dir/$base.stderr"
  fi
  if [ "$rc" != 0 ]; then
    cp "$tmp/last.0" "$dir/$base.err"
  else
    rm -f "$dir/$base.err"
  fi
  echo "recorded: $f"
done
exit $failed
