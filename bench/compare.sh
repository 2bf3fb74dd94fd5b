#!/usr/bin/env bash
# Runs `clv evaluate` and the numpy/scipy reference on the same file, alternately, RUNS times each, in one sitting,
# and prints wall-clock and CPU seconds (user + system) per run, with the machine's load before and after. CPU time is
# the steadier figure on a shared machine.
#
# usage: bench/compare.sh FILE.csv CALIBRATION_END [RUNS]   (run from the project folder after ./mvnw compile)
#
# EASEL_JAVA_OPTS: the JVM options for Easel, by default those recommended for the command line (see
# docs/benchmarks.md): the serial collector and the C1 compiler alone, which cost less CPU on a run of seconds.
# The reference runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset, so that numpy picks its fastest kernels.
set -euo pipefail
file=$1; calibration=$2; runs=${3:-3}
java_opts=${EASEL_JAVA_OPTS--XX:+UseSerialGC -XX:TieredStopAtLevel=1}
classpath="${CLASSES:-target/classes}:$(./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile=/dev/stdout)"
measure() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1; }
echo "load before: $(uptime)"
echo "easel JVM options: ${java_opts:-(none)}"
echo "run tool wall_s cpu_s"
for run in $(seq 1 "$runs"); do
  # shellcheck disable=SC2086
  read -r wall user sys < <(measure java $java_opts -cp "$classpath" dev.easel.EaselApplication clv evaluate \
    --transactions "$file" --calibration-end "$calibration")
  echo "$run easel $wall $(echo "$user + $sys" | bc)"
  read -r wall user sys < <(measure env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE \
    python3 bench/bgnbd_reference.py "$file" "$calibration")
  echo "$run numpy $wall $(echo "$user + $sys" | bc)"
done
echo "load after: $(uptime)"
