#!/usr/bin/env bash
# Builds target/pm.jar in the action's folder (only the jar: no release archives, no tests).
set -euo pipefail
cd "$GITHUB_ACTION_PATH"
echo "pm: building pm once for this version of the action (later runs restore it from the cache)"
./mvnw -B -q -DskipTests -Dpm.dist.skip=true package
