#!/bin/sh
# One shard of the nightly evaluation (an Indexed Job pod); the shard that completes the set
# merges them. Kubernetes has no "after all indexes" hook for a CronJob's Job, so each shard
# marks itself done and counts the marks: the last one to finish sees all N, and an atomic
# mkdir makes sure exactly one shard merges even when two finish at once. A retried pod
# redoes its own shard only.
#
# Env: JOB_COMPLETION_INDEX (set by the Job), SHARDS (= completions), JOB_NAME, GOLDEN,
# RESULTS, EVAL_ARGS (extra `loglens eval run` flags, e.g. "--strategy baseline,hybrid").
set -eu
: "${JOB_COMPLETION_INDEX:?set by an Indexed Job}"
: "${SHARDS:?the number of shards, equal to the Job's completions}"
GOLDEN="${GOLDEN:-/golden/golden.jsonl}"
RESULTS="${RESULTS:-/results}"
JOB_NAME="${JOB_NAME:-manual}"

# Every shard of one night must agree on the directory, whenever it starts: a CronJob names
# its Jobs <cronjob>-<scheduled time in minutes since the epoch>, so take the date from that.
minutes="${JOB_NAME##*-}"
case "$minutes" in
  '' | *[!0-9]*) day="$(date -u +%F)-$JOB_NAME" ;;  # a Job created by hand
  *) day="$(date -u -d "@$((minutes * 60))" +%F)" ;;
esac
run="$RESULTS/$day"
shard="$run/shard-$JOB_COMPLETION_INDEX"
mkdir -p "$run"
rm -rf "$shard"

# Each shard's OTLP metrics are a series of their own (instance="shard-I").
export OTEL_RESOURCE_ATTRIBUTES="service.instance.id=shard-$JOB_COMPLETION_INDEX"
# shellcheck disable=SC2086  # EVAL_ARGS is a list of flags
loglens eval run --golden "$GOLDEN" --shard "$JOB_COMPLETION_INDEX/$SHARDS" \
  --out "$shard" --quiet ${EVAL_ARGS:-}
touch "$shard/.done"

finished=$(find "$run" -mindepth 2 -maxdepth 2 -name .done | wc -l)
if [ "$finished" -lt "$SHARDS" ]; then
  echo "shard $JOB_COMPLETION_INDEX/$SHARDS done ($finished of $SHARDS): the last shard merges" >&2
  exit 0
fi
if ! mkdir "$run/.merge-lock" 2>/dev/null; then
  echo "shard $JOB_COMPLETION_INDEX/$SHARDS done: another shard is merging" >&2
  exit 0
fi
dirs=""
i=0
while [ "$i" -lt "$SHARDS" ]; do
  dirs="$dirs $run/shard-$i"
  i=$((i + 1))
done
# shellcheck disable=SC2086  # one argument per shard directory
if ! loglens eval merge $dirs --out "$run/merged"; then
  rmdir "$run/.merge-lock"  # let a retry of this pod merge again
  exit 1
fi
ln -sfn "$day/merged" "$RESULTS/latest.tmp" && mv -T "$RESULTS/latest.tmp" "$RESULTS/latest"
echo "merged $SHARDS shards into $run/merged" >&2
