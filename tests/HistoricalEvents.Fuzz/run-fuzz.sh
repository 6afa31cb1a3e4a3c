#!/usr/bin/env bash
# Fuzzes one target of HistoricalEvents.Fuzz under AFL++ for SECONDS seconds; see README.md beside this script.
#   tests/HistoricalEvents.Fuzz/run-fuzz.sh TARGET SECONDS     (TARGET "all": every target in turn, SECONDS each)
# Installs afl++ (apt) only when afl-fuzz is missing, and the SharpFuzz tool from the repository's tool manifest.
# Publishes the fuzz project, instruments HistoricalEvents.dll with SharpFuzz, runs afl-fuzz on corpus/TARGET and
# prints AFL's totals. Exit status: 0 no crash and no hang, 1 AFL saved a crash or a hang (each is printed in
# base64 and replayed with its exception), 2 usage or setup error.
# Environment: FUZZ_OUT (default artifacts/fuzz under the repository) holds the instrumented build and the findings;
# FUZZ_TIMEOUT_MS (default 5000) is AFL's time limit for one input, above which an input is a hang.
set -uo pipefail

if [ $# -ne 2 ] || ! [[ $2 =~ ^[0-9]+$ ]]; then
    echo "usage: $0 TARGET|all SECONDS   (targets: dotnet HistoricalEvents.Fuzz.dll --list)" >&2
    exit 2
fi
target=$1 seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${FUZZ_OUT:-$root/artifacts/fuzz}
bin=$out/bin
plain=$out/plain
findings=$out/findings/$target
corpus=$here/corpus/$target
die() { echo "run-fuzz: $*" >&2; exit 2; }

[ "$target" = all ] || [ -d "$corpus" ] || die "no seed corpus $corpus"

if ! command -v afl-fuzz >/dev/null 2>&1; then
    echo "run-fuzz: installing afl++ (afl-fuzz not found)"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq afl++ >/dev/null || die "apt-get install afl++ failed"
fi

# Build and instrument once; again only when a source, project or props file is newer than the last build.
stamp=$bin/.instrumented
newer=""
[ -f "$stamp" ] && newer=$(find "$root/src" "$here" "$root"/Directory.*.props -newer "$stamp" \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \) \
    -not -path '*/obj/*' -not -path '*/bin/*' -print -quit)
if [ ! -f "$stamp" ] || [ -n "$newer" ]; then
    (cd "$root" && dotnet tool restore >/dev/null) || die "dotnet tool restore failed"
    rm -rf "$bin" "$plain"
    dotnet publish "$here/HistoricalEvents.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet || die "publish failed"
    # An uninstrumented copy replays findings: instrumented code writes to AFL's shared memory, absent outside AFL.
    cp -r "$bin" "$plain"
    # Only the library is instrumented: its branches are what AFL should explore (not the harness, NodaTime or the BCL).
    (cd "$root" && dotnet sharpfuzz "$bin/HistoricalEvents.dll") || die "sharpfuzz failed"
    touch "$stamp"
fi
dll=$bin/HistoricalEvents.Fuzz.dll
if [ "$target" = all ]; then
    status=0
    for each in $(dotnet "$plain/HistoricalEvents.Fuzz.dll" --list | awk '{ print $1 }'); do
        "$0" "$each" "$seconds" || status=1
    done
    exit $status
fi
dotnet "$plain/HistoricalEvents.Fuzz.dll" --list | grep -q "^$target " || die "unknown target '$target' (dotnet $dll --list)"

# AFL in a container: no CPU governor, core dumps piped elsewhere, `dotnet` is not an AFL-instrumented binary,
# other processes on the cores. The GC heap limit turns unbounded allocation into a crash (OutOfMemoryException).
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1
export AFL_NO_UI=1 AFL_QUIET=1 AFL_STATSD=0
export DOTNET_GCHeapHardLimit=0x20000000 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rm -rf "$findings"
mkdir -p "$findings"
echo "run-fuzz: $target for ${seconds}s, seeds $corpus, findings $findings"
afl-fuzz -i "$corpus" -o "$findings" -V "$seconds" -t "${FUZZ_TIMEOUT_MS:-5000}" -m none -- dotnet "$dll" "$target" >"$findings/afl.log" 2>&1
afl_status=$?
stats=$findings/default/fuzzer_stats
if [ ! -f "$stats" ]; then
    tail -n 40 "$findings/afl.log"
    die "afl-fuzz did not start (exit $afl_status); its log is above"
fi
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
echo "run-fuzz: $target: $(stat execs_done) executions in $(stat run_time)s ($(stat execs_per_sec)/s), corpus $(stat corpus_count), edges $(stat edges_found)/$(stat total_edges), crashes $(stat saved_crashes), hangs $(stat saved_hangs)"

status=0
for kind in crashes hangs; do
    for input in "$findings/default/$kind"/id:*; do
        [ -f "$input" ] || continue
        status=1
        echo "run-fuzz: $target: $kind: $(basename "$input")"
        echo "  base64: $(base64 -w0 "$input")"
        timeout 60 dotnet "$plain/HistoricalEvents.Fuzz.dll" "$target" --replay "$input" | sed 's/^/  /'
    done
done
[ "$afl_status" -eq 0 ] || { tail -n 20 "$findings/afl.log"; echo "run-fuzz: afl-fuzz exited with $afl_status"; status=1; }
[ "$status" -eq 0 ] && echo "run-fuzz: $target: no crash, no hang"
exit $status
