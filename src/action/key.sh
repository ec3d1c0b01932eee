#!/usr/bin/env bash
# The GitHub Action's cache key for target/pm.jar: a hash of the sources pm is built from, in the
# action's own folder. hashFiles() cannot be used: it reads only the user's workspace.
set -euo pipefail
cd "$GITHUB_ACTION_PATH"
hash="$(find pom.xml mvnw .mvn src/main templates -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)"
echo "key=pm-action-jar-$hash" >>"$GITHUB_OUTPUT"
