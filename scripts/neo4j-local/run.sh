#!/usr/bin/env bash
# Start a local embedded Neo4j Community 5.26 (Bolt only, no auth) for development and tests.
#
# usage: bash scripts/neo4j-local/run.sh [--background] [--wipe] [--port N] [--dir PATH]
#                                         [--timeout SECONDS] [--build] [-- extra Neo4jLocal args]
#
#   (default)      run in the foreground until Ctrl-C / SIGTERM
#   --background   start detached, write <dir>/neo4j.pid and <dir>/neo4j.log, wait for the ready
#                  line and return (exit 1 with the log tail if it dies or times out)
#   --wipe         delete the database files (<dir>/data, <dir>/logs) before starting
#   --port N       Bolt port (default: $NEO4J_BOLT_PORT or 7687)
#   --dir PATH     data directory (default: $NEO4J_LOCAL_DIR or <repo>/.neo4j-local)
#   --timeout S    background start timeout in seconds (default: $NEO4J_LOCAL_TIMEOUT or 120)
#   --build        force a rebuild of the launcher first
#
# Environment: JAVA (java binary; else $JAVA_HOME/bin/java; else java on PATH),
#              NEO4J_HEAP (default 1g max heap), NEO4J_PAGECACHE (default 256m), MVN (default mvn).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"

background=0
wipe=0
force_build=0
port="${NEO4J_BOLT_PORT:-7687}"
dir="${NEO4J_LOCAL_DIR:-$REPO_ROOT/.neo4j-local}"
timeout="${NEO4J_LOCAL_TIMEOUT:-120}"
extra_args=()

die() { echo "neo4j-local: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --background|-b) background=1 ;;
    --foreground) background=0 ;;
    --wipe) wipe=1 ;;
    --build) force_build=1 ;;
    --port) [[ $# -ge 2 ]] || die "--port needs a value"; port="$2"; shift ;;
    --port=*) port="${1#*=}" ;;
    --dir) [[ $# -ge 2 ]] || die "--dir needs a value"; dir="$2"; shift ;;
    --dir=*) dir="${1#*=}" ;;
    --timeout) [[ $# -ge 2 ]] || die "--timeout needs a value"; timeout="$2"; shift ;;
    --timeout=*) timeout="${1#*=}" ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; extra_args=("$@"); break ;;
    *) die "unknown option: $1 (see --help)" ;;
  esac
  shift
done

[[ "$port" =~ ^[0-9]+$ ]] || die "invalid port: $port"
[[ "$timeout" =~ ^[0-9]+$ ]] || die "invalid timeout: $timeout"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
pid_file="$dir/neo4j.pid"
log_file="$dir/neo4j.log"

# ---------------------------------------------------------------- java
if [[ -n "${JAVA:-}" ]]; then
  java_bin="$JAVA"
elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java_bin="$JAVA_HOME/bin/java"
else
  java_bin="$(command -v java || true)"
fi
[[ -n "$java_bin" ]] || die "java not found (need Java 17 or 21; set JAVA or JAVA_HOME)"
java_major="$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1)"
[[ "${java_major:-0}" =~ ^[0-9]+$ && "$java_major" -ge 17 ]] \
  || die "Java 17+ required, $java_bin reports '${java_major:-unknown}'"

# ---------------------------------------------------------------- build
classes_marker="$SCRIPT_DIR/target/classes/jejak/Neo4jLocal.class"
build_stamp="$SCRIPT_DIR/target/.build-ok"
needs_build() {
  [[ $force_build -eq 1 ]] && return 0
  [[ -f "$classes_marker" && -d "$SCRIPT_DIR/target/lib" && -f "$build_stamp" ]] || return 0
  [[ -n "$(find "$SCRIPT_DIR/pom.xml" "$SCRIPT_DIR/src" -newer "$build_stamp" -type f 2>/dev/null | head -n1)" ]] && return 0
  return 1
}
build() {
  local mvn="${MVN:-mvn}"
  command -v "$mvn" >/dev/null 2>&1 || die "maven ('$mvn') not found; install Maven 3.8+"
  echo "neo4j-local: building launcher (first build downloads Neo4j from Maven Central)..." >&2
  rm -f "$build_stamp"
  # Build with the same JDK we run with; Maven uses JAVA_HOME.
  local jhome
  jhome="$(cd "$(dirname "$(readlink -f "$java_bin")")/.." && pwd)"
  local attempt
  for attempt in 1 2; do
    # clean lib so a version bump does not leave two neo4j versions on the classpath
    rm -rf "$SCRIPT_DIR/target/lib"
    # Maven's output goes to stderr (stdout of this script carries only the ready line); the sed
    # strips the stray colour-reset codes Debian's Maven 3.8 prints even in batch mode.
    if (cd "$SCRIPT_DIR" && JAVA_HOME="$jhome" "$mvn" -q -B -Dstyle.color=never package 2>&1) \
        | sed -u 's/\x1b\[[0-9;]*m//g' >&2; then
      touch "$build_stamp"
      return 0
    fi
    echo "neo4j-local: maven build failed (attempt $attempt)" >&2
    [[ $attempt -eq 1 ]] && sleep 5
  done
  die "build failed twice; see maven output above"
}
if needs_build; then build; fi

# ---------------------------------------------------------------- running instance?
running_pid() {
  [[ -f "$pid_file" ]] || return 1
  local pid
  pid="$(cat "$pid_file" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  # guard against a recycled pid belonging to something else
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'jejak.Neo4jLocal' || return 1
  echo "$pid"
}
if existing="$(running_pid)"; then
  if [[ $wipe -eq 1 ]]; then
    die "already running (pid $existing) on $dir; run scripts/neo4j-local/stop.sh before --wipe"
  fi
  if [[ $background -eq 1 ]]; then
    echo "neo4j-local: already running (pid $existing), $dir" >&2
    grep -m1 '^NEO4J_LOCAL_READY' "$log_file" 2>/dev/null || true
    exit 0
  fi
  die "already running (pid $existing) on $dir; stop it first (scripts/neo4j-local/stop.sh)"
fi
rm -f "$pid_file"

if [[ $wipe -eq 1 ]]; then
  echo "neo4j-local: wiping database files in $dir" >&2
  # Only remove what Neo4j creates here, never the directory itself (it may be user-chosen).
  rm -rf "$dir/data" "$dir/logs" "$dir/neo4j.log" "$dir/neo4j-local-extra.conf"
fi

# ---------------------------------------------------------------- JVM flags
# Mirrors the server.jvm.additional defaults of the Neo4j 5 server's neo4j.conf, minus
# -XX:+AlwaysPreTouch (it would commit the whole heap up front, wasteful on small machines).
heap="${NEO4J_HEAP:-1g}"
jvm_flags=(
  -Xms512m "-Xmx$heap"
  -XX:+UseG1GC
  -XX:-OmitStackTraceInFastThrow
  -XX:+UnlockExperimentalVMOptions
  -XX:+TrustFinalNonStaticFields
  -XX:+DisableExplicitGC
  -XX:+ExitOnOutOfMemoryError
  -XX:MaxMetaspaceSize=512m
  -XX:ReservedCodeCacheSize=256m
  -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true
  -Djdk.tls.ephemeralDHKeySize=2048
  -Djdk.tls.rejectClientInitiatedRenegotiation=true
  -XX:FlightRecorderOptions=stackdepth=256
  -XX:+UnlockDiagnosticVMOptions
  -XX:+DebugNonSafepoints
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --enable-native-access=ALL-UNNAMED
  -Dlog4j2.disable.jmx=true
  -Dlog4j.layout.jsonTemplate.maxStringLength=32768
  -Dfile.encoding=UTF-8
)
# shellcheck disable=SC2206
[[ -n "${NEO4J_JAVA_OPTS:-}" ]] && jvm_flags+=(${NEO4J_JAVA_OPTS})

cmd=("$java_bin" "${jvm_flags[@]}"
     -cp "$SCRIPT_DIR/target/classes:$SCRIPT_DIR/target/lib/*"
     jejak.Neo4jLocal --dir "$dir" --port "$port" ${extra_args[@]+"${extra_args[@]}"})

if [[ $background -eq 0 ]]; then
  exec "${cmd[@]}"
fi

# ---------------------------------------------------------------- background
: > "$log_file"
# setsid: own session/process group, so the caller's Ctrl-C or job control does not hit it.
setsid "${cmd[@]}" >> "$log_file" 2>&1 < /dev/null &
pid=$!
echo "$pid" > "$pid_file"

start=$SECONDS
while true; do
  if grep -q '^NEO4J_LOCAL_READY' "$log_file" 2>/dev/null; then
    echo "neo4j-local: started pid $pid in $((SECONDS - start))s (log: $log_file)" >&2
    grep -m1 '^NEO4J_LOCAL_READY' "$log_file"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null && rc=0 || rc=$?
    rm -f "$pid_file"
    echo "neo4j-local: Neo4j exited during startup (exit code $rc). Last log lines from $log_file:" >&2
    tail -n 40 "$log_file" >&2 || true
    exit 1
  fi
  if (( SECONDS - start >= timeout )); then
    echo "neo4j-local: not ready after ${timeout}s; stopping pid $pid. Last log lines from $log_file:" >&2
    tail -n 40 "$log_file" >&2 || true
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pid_file"
    exit 1
  fi
  sleep 0.5
done
