#!/usr/bin/env bash
# Runs `clv evaluate` and the numpy/scipy reference on the same file, alternately, RUNS times each, in one sitting,
# and prints wall-clock and CPU seconds (user + system) per run. CPU time is the steadier figure on a shared machine.
#
# usage: bench/compare.sh FILE.csv CALIBRATION_END [RUNS]   (run from the project folder after ./mvnw compile)
set -euo pipefail
file=$1; calibration=$2; runs=${3:-3}
classpath="${CLASSES:-target/classes}:$(./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile=/dev/stdout)"
measure() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1; }
echo "run tool wall_s cpu_s"
for run in $(seq 1 "$runs"); do
  read -r wall user sys < <(measure java -cp "$classpath" dev.easel.EaselApplication clv evaluate \
    --transactions "$file" --calibration-end "$calibration")
  echo "$run easel $wall $(echo "$user + $sys" | bc)"
  read -r wall user sys < <(measure python3 bench/bgnbd_reference.py "$file" "$calibration")
  echo "$run numpy $wall $(echo "$user + $sys" | bc)"
done
