#!/usr/bin/env bash
# Benchmark: a ward's household register of 100,000 rows taken in by `xanh intake` with the heap
# capped at 256 MB. Prints the wall time and the peak resident memory of the process.
# Needs /usr/bin/time (Debian package "time"). Run from anywhere: bench/register-100k.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package test-compile
work=$(mktemp -d)
mkdir -p "$work/input"
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout):target/classes:target/test-classes
java -cp "$cp" vn.xanh.bench.RegisterFile "$work/input/so-ho-100000.xlsx"
ls -la "$work/input/so-ho-100000.xlsx"
/usr/bin/time -v java -Xmx256m -Dxanh.settle-time=0s -Dxanh.input-dir="$work/input" \
  -Dspring.datasource.url="jdbc:h2:file:$work/data/xanh;AUTO_SERVER=TRUE" -Dxanh.log-dir="$work/logs" \
  -jar target/xanh.jar intake 2> "$work/time.txt"
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/time.txt"
rm -rf "$work"
