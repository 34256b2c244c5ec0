#!/usr/bin/env bash
# Runs the cargo-fuzz targets (nightly toolchain + cargo-fuzz needed; not part of the test run).
#   scripts/fuzz.sh [TARGET...]      default: every target in fuzz/fuzz_targets
#   FUZZ_SECONDS=600                 how long each target runs
#   FUZZ_LOG_DIR=/tmp                where each target's full libFuzzer log goes
#   FUZZ_RSS_MB=2048                 libFuzzer's -rss_limit_mb; most of a target's RSS is
#                                    AddressSanitizer's quarantine of freed memory (`document`
#                                    grows to about 1 GB; with ASAN_OPTIONS=quarantine_size_mb=1
#                                    it stays near 140 MB)
# One libFuzzer process per target; to use more cores, run several scripts on other targets.
# Each target starts from fuzz/seeds/<target> and fuzz/corpus/<target>; new inputs land in
# fuzz/corpus/<target>, which is minimized afterwards (cmin) and committed: the replay test
# (tests/fuzz_corpus.rs) runs every file of it on stable in `cargo test`.
# A crash leaves its input in fuzz/artifacts/<target>/; copy it to fuzz/regressions/<target>/
# and fix it: the replay test runs those too.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${FUZZ_SECONDS:-600}
if [ $# -eq 0 ]; then
    set -- $(ls fuzz_targets | sed 's/\.rs$//')
fi
cargo +nightly fuzz build -O
for t in "$@"; do
    mkdir -p "corpus/$t" "seeds/$t"
    echo "== $t: ${seconds}s"
    log="${FUZZ_LOG_DIR:-/tmp}/ssmctl-fuzz-$t.log"
    cargo +nightly fuzz run -O "$t" "corpus/$t" "seeds/$t" -- \
        -max_total_time="$seconds" -print_final_stats=1 -timeout=10 \
        -rss_limit_mb="${FUZZ_RSS_MB:-2048}" >"$log" 2>&1 || { grep -E 'panicked|SUMMARY|artifact' "$log"; exit 1; }
    # Coverage (edges) at half the run and at its end, and when it last grew: a plateau shows.
    awk '/^#[0-9]+/ { n = substr($1, 2) + 0; for (i = 1; i <= NF; i++) if ($i == "cov:") c = $(i + 1) + 0;
                      if (c > best) { best = c; at = n } k++; N[k] = n; C[k] = best }
         END { half = 0; for (i = 1; i <= k; i++) if (N[i] <= N[k] / 2) half = C[i];
               printf "   coverage %d edges at half the executions, %d at the end; last grew at execution %d of %d\n",
                      half, best, at, N[k] }' "$log"
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" | sed 's/^/   /'
    cargo +nightly fuzz cmin -O "$t" "corpus/$t" >/dev/null 2>&1
    echo "== $t: $(ls "corpus/$t" | wc -l) inputs in the corpus"
    # The corpus's reach into ssmctl's own code, apart from the libraries it calls.
    bash ../scripts/fuzz-coverage.sh "$t" | awk '$1 == "ssmctl" || $1 == "all" { print "   edges covered, " $1 ": " $2 " of " $3 }'
done
