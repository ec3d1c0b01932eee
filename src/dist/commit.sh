#!/bin/sh
# Writes build.properties with the commit pm is built from, for `pm --version`. Outside a git
# checkout (a source archive) the commit is "unknown"; uncommitted changes add "-dirty".
set -eu
out="$1"
mkdir -p "$(dirname "$out")"
commit="$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
if [ "$commit" != unknown ] && [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit-dirty"
fi
printf 'commit=%s\n' "$commit" >"$out"
