#!/usr/bin/env bash
# The 10-million-pod replay: generates a 10-million-row podsim CSV trace, then replays it on 1,000
# nodes with a 2 GiB heap, and prints wall time and the peak heap after garbage collection.
# Usage: benchmarks/replay-10m.sh   (from the repository root; takes tens of minutes on 2 cores)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/out/replay-10m"
mkdir -p "$out"
[ -f "$root/cli/target/podsim.jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests -pl cli -am package)
# A copy of the jar, so that rebuilding the project meanwhile cannot disturb the run.
jar="$out/podsim.jar"
cp "$root/cli/target/podsim.jar" "$jar"
if [ ! -f "$out/trace.csv" ]; then
  /usr/bin/time -f "generate: %e s wall, %M KiB max RSS" \
    java -Xmx2g -jar "$jar" generate "$root/benchmarks/scenarios/replay-10m-generate.yaml" --out "$out/trace.csv"
fi
/usr/bin/time -f "replay: %e s wall, %M KiB max RSS" \
  java -Xmx2g -Xlog:gc:file="$out/gc.log" -jar "$jar" run "$root/benchmarks/scenarios/replay-10m.yaml" \
  --out "$out/run" --no-report --no-pods-csv --quiet
# Heap in use after each collection, as the GC log gives it ("before->after(committed)").
grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$out/gc.log" | sed -E 's/.*->([0-9]+)M.*/\1/' | sort -n | tail -1 \
  | xargs -I{} echo "peak heap after GC: {} MiB (limit 2048 MiB)"
