#!/usr/bin/env bash
# Runs each argument (a shell command) at the same time, every line of its output prefixed with
# the command, and fails if any of them fails. All run to the end, so every failure is shown.
# npm test uses it for steps that share no files (README, "The two commands").
set -uo pipefail
commands=("$@")
pids=()
for command in "${commands[@]}"; do
  label="${command//npm run /}"
  (bash -c "$command" 2>&1 | sed -u "s/^/[$label] /") &
  pids+=("$!")
done
status=0
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}"; then
    echo "failed: ${commands[$i]}" >&2
    status=1
  fi
done
exit "$status"
