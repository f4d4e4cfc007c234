#!/usr/bin/env bash
# The browser suite on a busy machine, as CI and people's laptops often are: two processes
# that each keep a core busy run beside it and are ended with it. Needs dist/ and the test
# assets (./scripts/test builds both). Prints node's TAP output, then the time and the load.
set -u
cd "$(dirname "$0")/../.."
yes > /dev/null & busy1=$!
yes > /dev/null & busy2=$!
trap 'kill "$busy1" "$busy2" 2>/dev/null' EXIT
start=$(date +%s)
node --test --test-concurrency=1 tests/browser/*.test.mjs
status=$?
echo "under load: exit $status after $(( $(date +%s) - start )) s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
