#!/usr/bin/env bash
# The GitHub Action's lint step: one pm lint run writes the annotations (standard output), the
# SARIF file, a JSON report for the step outputs and the Markdown job summary.
# Inputs arrive as environment variables, never pasted into this script, so no input runs as code.
set -uo pipefail
jar="$GITHUB_ACTION_PATH/target/pm.jar"
work="$(mktemp -d "${RUNNER_TEMP:-/tmp}/pm-lint.XXXXXX")"
trap 'rm -rf "$work"' EXIT

args=(lint --format github --report "json=$work/pm.json" --report "markdown=$work/summary.md")
[ -n "${PM_SARIF:-}" ] && args+=(--report "sarif=$PM_SARIF")
[ -n "${PM_CONFIG:-}" ] && args+=(--config "$PM_CONFIG")
[ -n "${PM_AGAINST:-}" ] && args+=(--against "$PM_AGAINST")
[ -n "${PM_MAX_WARNINGS:-}" ] && args+=(--max-warnings "$PM_MAX_WARNINGS")
args+=(--)
if [ -n "${PM_PATHS:-}" ]; then
  # xargs splits on blanks and new lines and honours quotes; it runs nothing but printf.
  if ! printf '%s\n' "$PM_PATHS" | xargs printf '%s\0' >"$work/paths"; then
    echo "::error title=pm lint::cannot read the paths input (an unmatched quote?): $PM_PATHS"
    exit 2
  fi
  while IFS= read -r -d '' path; do args+=("$path"); done <"$work/paths"
fi

java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" "${args[@]}"
code=$?

if [ -f "$work/pm.json" ]; then
  # The top-level counts of pm's JSON contract; the diagnostics have no such keys.
  count() { grep -o "\"$1\": *[0-9]*" "$work/pm.json" | head -n 1 | grep -o '[0-9]*$'; }
  count_files="$(count files)" count_errors="$(count errors)" count_warnings="$(count warnings)"
  { echo "files=$count_files"; echo "errors=$count_errors"; echo "warnings=$count_warnings"; } >>"$GITHUB_OUTPUT"
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    cat "$work/summary.md" >>"$GITHUB_STEP_SUMMARY"
    if [ "$count_errors" -gt 10 ] || [ "$count_warnings" -gt 10 ]; then
      printf '\nGitHub shows at most 10 annotations of each type on the pull request; the table above lists every finding.\n' >>"$GITHUB_STEP_SUMMARY"
    fi
  fi
fi
exit "$code"
