#!/usr/bin/env bash
# Stop a Neo4j started with `run.sh --background`: SIGTERM, wait for a clean exit.
#
# usage: bash scripts/neo4j-local/stop.sh [--dir PATH] [--timeout SECONDS]
#   --dir PATH     data directory (default: $NEO4J_LOCAL_DIR or <repo>/.neo4j-local)
#   --timeout S    seconds to wait before SIGKILL (default 60)
# Exits 0 if it stopped (or was not running), 1 if it had to be killed.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
dir="${NEO4J_LOCAL_DIR:-$REPO_ROOT/.neo4j-local}"
timeout=60

die() { echo "neo4j-local: $*" >&2; exit 1; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dir) [[ $# -ge 2 ]] || die "--dir needs a value"; dir="$2"; shift ;;
    --dir=*) dir="${1#*=}" ;;
    --timeout) [[ $# -ge 2 ]] || die "--timeout needs a value"; timeout="$2"; shift ;;
    --timeout=*) timeout="${1#*=}" ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option: $1" ;;
  esac
  shift
done
[[ "$timeout" =~ ^[0-9]+$ ]] || die "invalid timeout: $timeout"

pid_file="$dir/neo4j.pid"
if [[ ! -f "$pid_file" ]]; then
  echo "neo4j-local: not running (no $pid_file)" >&2
  exit 0
fi
pid="$(cat "$pid_file" 2>/dev/null || true)"
if ! [[ "$pid" =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null; then
  echo "neo4j-local: not running (stale pid file)" >&2
  rm -f "$pid_file"
  exit 0
fi
if ! tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'jejak.Neo4jLocal'; then
  echo "neo4j-local: pid $pid is not a neo4j-local process; removing stale pid file" >&2
  rm -f "$pid_file"
  exit 0
fi

kill -TERM "$pid"
start=$SECONDS
while kill -0 "$pid" 2>/dev/null; do
  if (( SECONDS - start >= timeout )); then
    echo "neo4j-local: pid $pid still alive after ${timeout}s; sending SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
    rm -f "$pid_file"
    exit 1
  fi
  sleep 0.2
done
rm -f "$pid_file"
echo "neo4j-local: stopped pid $pid in $((SECONDS - start))s" >&2
