#!/usr/bin/env bash
# End-to-end checks of the built jar (target/pm.jar) and the bin/pm launcher, run as a user would:
# separate processes, real temporary repositories, exit codes and output checked.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/pm.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

pm() { java -jar "$jar" "$@"; }

# check NAME EXPECTED_EXIT COMMAND...: runs COMMAND in $work/repo, keeps its output in $work/out and $work/err.
check() {
  local name="$1" expected="$2"
  shift 2
  (cd "$work/repo" && "$@") >"$work/out" 2>"$work/err"
  local code=$?
  if [ "$code" -ne "$expected" ]; then
    echo "FAIL $name: exit $code, expected $expected"; sed 's/^/  out: /' "$work/out" | head -20; sed 's/^/  err: /' "$work/err" | head -20
    failed=$((failed + 1)); return 1
  fi
  if grep -q 'at dev\.pm\.\|Exception in thread' "$work/err"; then
    echo "FAIL $name: stack trace on stderr"; head -20 "$work/err"; failed=$((failed + 1)); return 1
  fi
  echo "ok   $name"; passed=$((passed + 1))
}

# contains NAME FILE TEXT: the last command's FILE (out or err) contains TEXT.
contains() {
  if grep -qF -- "$3" "$work/$2"; then echo "ok   $1"; passed=$((passed + 1));
  else echo "FAIL $1: $2 lacks '$3'"; sed 's/^/  /' "$work/$2" | head -20; failed=$((failed + 1)); fi
}

mkdir -p "$work/repo" && git -C "$work/repo" init -q

check "version" 0 pm --version && contains "version names pm" out "pm "
check "help lists the verbs" 0 pm --help && contains "help shows exit codes" out "Exit codes"
# CI has no terminal: a missing title is an error, never a prompt that reads piped input as the title.
check "new without a title and no terminal" 2 sh -c 'echo "Piped text" | java -jar "$0" new' "$jar"
contains "it says there is no terminal" err "there is no terminal to ask for one"
check "no arguments prints usage, exit 2" 2 pm

check "new writes a post-mortem" 0 pm new "Checkout API returned 502s" --template standard --severity P2 --date 2026-03-14
contains "new prints the path" out "postmortems/2026-03-14-checkout-api-returned-502s.md"
contains "first id of the day is 01" repo/postmortems/2026-03-14-checkout-api-returned-502s.md "id: INC-2026-03-14-01"
check "second new the same day" 0 pm new "Search latency" --severity P3 --date 2026-03-14
contains "second id is 02" repo/postmortems/2026-03-14-search-latency.md "id: INC-2026-03-14-02"
check "new never overwrites" 0 pm new "Checkout API returned 502s" --severity P2 --date 2026-03-14
contains "same title gets its own file" out "2026-03-14-checkout-api-returned-502s-03.md"

check "bad severity is a usage error" 2 pm new "X" --severity P9
contains "bad severity names the scale" err "P1, P2, P3, P4"
check "bad date is a usage error" 2 pm new "X" --date 2026-02-30
check "unknown template is a usage error" 2 pm new "X" --template nope
contains "unknown template lists choices" err "standard"

check "an unfilled draft passes with warnings" 0 pm lint postmortems/2026-03-14-search-latency.md
contains "template text is reported" out "warning PM501"
check "--max-warnings 0 fails on them" 1 pm lint --max-warnings 0 postmortems/2026-03-14-search-latency.md
sed -i 's/^status: Ongoing$/status: Resolved/' "$work/repo/postmortems/2026-03-14-search-latency.md"
check "an unfilled final post-mortem fails lint" 1 pm lint postmortems/2026-03-14-search-latency.md
contains "template text is an error once final" out "error PM501"
check "json output" 1 pm lint --format json postmortems
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["files"]==3 and d["errors"]>0' "$work/out" \
  && { echo "ok   json parses with counts"; passed=$((passed + 1)); } || { echo "FAIL json"; failed=$((failed + 1)); }
check "sarif output" 1 pm lint --format sarif --output pm.sarif postmortems
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["version"]=="2.1.0" and d["runs"][0]["results"]' "$work/repo/pm.sarif" \
  && { echo "ok   sarif written to --output"; passed=$((passed + 1)); } || { echo "FAIL sarif"; failed=$((failed + 1)); }
check "missing path is exit 2" 2 pm lint does-not-exist.md

# The fixture's id is the one pm new gave the first post-mortem above: since issue 18 PM604 compares a
# named file with the ids of the whole post-mortem folder, so the copy takes an id of its own.
sed 's/INC-2026-03-14-01/INC-2026-03-14-91/' "$root/src/test/resources/lint/clean/standard.md" > "$work/repo/clean.md"
check "a filled post-mortem lints clean" 0 pm lint clean.md
# Pre-commit names one staged file in a repository that already holds many post-mortems: PM604 then
# reads the front matter id of every one of them (from bytes, the block alone decoded). 200 committed
# siblings with LF, CRLF and CR breaks, a byte order mark, quoted and commented ids; the named file's
# id only in near misses (a body, a README) until a copy in a subfolder takes it.
mkdir -p "$work/folder/postmortems/2025" && git -C "$work/folder" init -q
for i in $(seq 1 200); do
  case $((i % 3)) in 0) br='\n' ;; 1) br='\r\n' ;; *) br='\r' ;; esac
  case $((i % 4)) in 0) idl="id: INC-2025-$i" ;; 1) idl="id: \"INC-2025-$i\"" ;; 2) idl="'id': 'INC-2025-$i' # pm new" ;; *) idl="id:   INC-2025-$i  " ;; esac
  bom=""; [ $((i % 11)) -eq 0 ] && bom='\357\273\277'
  body="Nothing to see."; [ $((i % 10)) -eq 0 ] && body="id: INC-2026-03-14-91"
  printf -- "$bom---${br}%s${br}title: Sibling $i${br}---${br}# Sibling $i${br}${br}%s${br}" "$idl" "$body" \
    >"$work/folder/postmortems/$([ $((i % 2)) -eq 0 ] && echo 2025/)sibling-$i.md"
done
printf -- '---\nid: INC-2026-03-14-91\n---\n# Index\n' >"$work/folder/postmortems/README.md"
cp "$work/repo/clean.md" "$work/folder/postmortems/named.md"
git -C "$work/folder" add -A && git -C "$work/folder" -c user.name=e2e -c user.email=e2e@localhost commit -q -m siblings
folder_lint() { sh -c 'cd "$1" && java -jar "$0" lint postmortems/named.md' "$jar" "$work/folder"; }
check "a named file beside 200 post-mortems with other ids is clean" 0 folder_lint
printf -- '---\r\ntitle: Copied\r\n"id": '"'"'INC-2026-03-14-91'"'"'\r\n---\r\n# Copied\r\n' >"$work/folder/postmortems/2025/zz-copied.md"
check "a named file beside 200 post-mortems finds the one duplicate" 1 folder_lint
contains "PM604 names the copy" out 'Incident id "INC-2026-03-14-91" is also used by postmortems/2025/zz-copied.md'
[ "$(grep -c PM604 "$work/out")" -eq 1 ] && { echo "ok   PM604 once"; passed=$((passed + 1)); } || { echo "FAIL PM604 once"; failed=$((failed + 1)); }

check "list rules" 0 pm lint --list-rules && contains "rules listed" out "PM201"
check "explain a rule" 0 pm explain missing-section && contains "explain shows the rule" out "PM201"
check "templates lists five" 0 pm templates && contains "comprehensive listed" out "comprehensive"

mkdir -p "$work/repo/history" && cp "$root"/src/test/resources/stats/mixed/*.md "$work/repo/history/"
check "stats table" 0 pm stats --as-of 2026-04-20 history
contains "stats counts" out "total 24   open 14 (in progress 5)   done 9   cancelled 1   overdue 10"
contains "unreadable file skipped with a message" err "pm: skipped history/broken.md"
# The gate fails closed while a file cannot be read (issue 16): exit 2, then 1 once it is gone.
check "stats fail on overdue with an unreadable file" 2 pm stats --as-of 2026-04-20 --fail-on-overdue history
contains "it says why" err "could not be read, so overdue items may be missing"
mv "$work/repo/history/broken.md" "$work/broken.md.keep"
check "stats fail on overdue" 1 pm stats --as-of 2026-04-20 --fail-on-overdue history
mv "$work/broken.md.keep" "$work/repo/history/broken.md"
check "stats html" 0 pm stats --format html --output report.html --as-of 2026-04-20 history
contains "html page written" repo/report.html "<!DOCTYPE html>"
check "stats bad status is exit 2" 2 pm stats --status later history
# The result cache (issue 20): a cached run prints what an uncached run prints, filling and then
# reading .pm-cache/ at the project root; a corrupt cache is one line on stderr, never a wrong result.
check "stats uncached" 0 pm stats --format json --as-of 2026-04-20 history && cp "$work/out" "$work/stats-uncached"
check "stats fills the cache" 0 pm stats --cache --format json --as-of 2026-04-20 history
check "stats from the cache" 0 pm stats --cache --format json --as-of 2026-04-20 history
if cmp -s "$work/out" "$work/stats-uncached" && [ -f "$work/repo/.pm-cache/stats.json" ]; then
  echo "ok   cached stats print the same bytes"; passed=$((passed + 1))
else echo "FAIL cached stats differ from uncached or left no .pm-cache/stats.json"; failed=$((failed + 1)); fi
printf 'not json' >"$work/repo/.pm-cache/stats.json"
check "a corrupt cache is ignored" 0 pm stats --cache --format json --as-of 2026-04-20 history
contains "with one line saying so" err "pm: ignoring the unreadable cache"
if cmp -s "$work/out" "$work/stats-uncached"; then echo "ok   and the result is right"; passed=$((passed + 1));
else echo "FAIL a corrupt cache changed the result"; failed=$((failed + 1)); fi
rm -rf "$work/repo/.pm-cache"

# pm index (issue 21): writes between the markers, --check is 1 when stale and 0 when current,
# and a FIFO named as the index file is never replaced.
printf '# History\n\n<!-- pm-index:start -->\n<!-- pm-index:end -->\n\nKept.\n' > "$work/repo/history/README.md"
check "index check stale" 1 pm index --check --as-of 2026-04-20 history --output history/README.md
check "index written" 0 pm index --as-of 2026-04-20 history --output history/README.md
contains "index links a post-mortem" repo/history/README.md "[Checkout API returned 502s](standard.md) | P2 | Resolved | 1 h 15 min | 2/3 | 1 |"
contains "index keeps the rest" repo/history/README.md "Kept."
check "index check current" 0 pm index --check --as-of 2026-04-20 history --output history/README.md
mkfifo "$work/repo/index-fifo.md"
check "index never replaces a FIFO" 2 pm index --output index-fifo.md history
[ -p "$work/repo/index-fifo.md" ] && { echo "ok   FIFO still a FIFO"; passed=$((passed + 1)); } || { echo "FAIL FIFO replaced"; failed=$((failed + 1)); }

# Fixes: dry run shows a diff and writes nothing; --fix applies; a second --fix changes nothing.
mkdir -p "$work/repo/fixme" && cp "$root/src/test/resources/fix/spelling-and-dates.md" "$work/repo/fixme/"
before="$(sha256sum "$work/repo/fixme/spelling-and-dates.md")"
check "fix dry run exits 1 when a file would change" 1 pm lint --fix-dry-run fixme
contains "fix dry run prints a diff" out "+severity: SEV-2"
[ "$(sha256sum "$work/repo/fixme/spelling-and-dates.md")" = "$before" ] && { echo "ok   fix dry run wrote nothing"; passed=$((passed + 1)); } || { echo "FAIL fix dry run changed the file"; failed=$((failed + 1)); }
check "fix applies and the file lints clean" 0 pm lint --fix fixme
contains "fix reports what it changed" err "PM104 \"sev2\" → \"SEV-2\""
check "a second fix changes nothing" 0 pm lint --fix fixme
contains "second fix is a no-op" err "0 fixes applied in 0 files"

# Two branches, one id: --against catches it, renumber resolves it.
mkdir -p "$work/branches" && git -C "$work/branches" init -q -b main
git -C "$work/branches" config user.email t@example.invalid && git -C "$work/branches" config user.name t
(cd "$work/branches" && pm new "Base" --date 2026-06-01 >/dev/null && git add -A && git commit -qm base && git branch bob \
  && pm new "Alice" --date 2026-06-02 --id INC-2026-06-02-01 >/dev/null && git add -A && git commit -qm alice \
  && git checkout -q bob && pm new "Bob" --date 2026-06-02 --id INC-2026-06-02-01 >/dev/null)
(cd "$work/branches" && pm lint --against main) >"$work/out" 2>"$work/err"
if grep -qF 'PM604 Incident id "INC-2026-06-02-01" is already used by postmortems/2026-06-02-alice.md at main' "$work/out"; then
  echo "ok   lint --against reports the id taken on main"; passed=$((passed + 1))
else
  echo "FAIL lint --against did not report the taken id"; head -20 "$work/out" "$work/err"; failed=$((failed + 1))
fi
(cd "$work/branches" && pm renumber INC-2026-06-02-01 INC-2026-06-02-02 && pm lint --against main) >"$work/out" 2>"$work/err"
if grep -q '^id: INC-2026-06-02-02$' "$work/branches/postmortems/2026-06-02-bob.md" && ! grep -q PM604 "$work/out"; then
  echo "ok   renumber resolves it"; passed=$((passed + 1))
else
  echo "FAIL renumber did not resolve the taken id"; head -20 "$work/out" "$work/err"; failed=$((failed + 1))
fi

check "launcher runs the jar" 0 "$root/bin/pm" --version
check "launcher passes pm's errors and exit code through" 2 "$root/bin/pm" lint does-not-exist.md
contains "launcher error is shown" err "no such file or folder: does-not-exist.md"
# The class-data archive bin/pm made must be usable by this JVM, and hold stats' classes too
# (Jackson), not only lint's: -Xshare:on refuses to start rather than run without it.
jsa="$(ls -t "$root"/target/pm-*.jsa 2>/dev/null | head -1)"
if [ -n "$jsa" ]; then
  check "launcher's archive maps" 0 java -Xshare:on -XX:SharedArchiveFile="$jsa" -Xlog:class+load=info -jar "$jar" stats --format json
  contains "archive holds stats' classes" out "com.fasterxml.jackson.core.JsonGenerator source: shared objects file"
else
  ls "$root"/target/pm-*.aot >/dev/null 2>&1 && echo "ok   launcher made an AOT cache" && passed=$((passed + 1)) \
    || { echo "FAIL launcher made no class-data archive"; failed=$((failed + 1)); }
fi

# A class-data archive that does not fit (torn, foreign, or made for another copy of the jar) is
# ignored by the JVM without a word: the launcher's run prints what it prints without one, exit
# code and stderr included. Checked on a copy of the launcher and jar, with the archive bin/pm
# would use replaced, on each JDK here (the JDK 25 lint cache included).
launcher="$work/launcher"
mkdir -p "$launcher/bin" "$launcher/target"
cp "$root/bin/pm" "$launcher/bin/pm" && cp "$jar" "$launcher/target/pm.jar"
cp "$root/src/test/resources/lint/clean/standard.md" "$work/repo/archive-check.md"
for home in "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" /usr/lib/jvm/temurin-25-jdk-amd64; do
  [ -x "$home/bin/java" ] || continue
  v="$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$home/release")"
  case "${v%%.*}" in 1[7-9]|2[0-4]) names="pm-$v.jsa" ;; *) names="pm-$v-lint.aot" ;; esac  # the cache bin/pm gives lint
  (cd "$work/repo" && PATH="$home/bin:$PATH" java -XX:+UseSerialGC -Xmx1g -jar "$jar" lint archive-check.md) >"$work/expected" 2>&1
  want=$?  # 1 when the repository already holds its incident id (PM604): the same with any archive
  for name in $names; do
    for kind in torn foreign; do
      rm -f "$launcher"/target/pm-*
      if [ "$kind" = torn ]; then printf 'not an archive' >"$launcher/target/$name"
      else cp "$(ls "$root"/target/pm-*.jsa "$root"/target/pm-*.aot 2>/dev/null | head -1)" "$launcher/target/$name" 2>/dev/null || printf x >"$launcher/target/$name"; fi
      touch -d '+1 minute' "$launcher/target/$name" 2>/dev/null || touch "$launcher/target/$name"
      check "JDK ${v%%.*}: a $kind $name is ignored silently" "$want" env PATH="$home/bin:$PATH" "$launcher/bin/pm" lint archive-check.md
      if cmp -s "$work/out" "$work/expected" && [ ! -s "$work/err" ]; then echo "ok   JDK ${v%%.*}: same output, nothing on stderr"; passed=$((passed + 1))
      else echo "FAIL JDK ${v%%.*}: a $kind $name changed the output"; head -5 "$work/out" "$work/err"; failed=$((failed + 1)); fi
    done
  done
done
rm -f "$work/repo/archive-check.md"

# A file pm may not read: PM001 on it, the others still checked. Run as nobody, since root reads
# everything (FileCollectorTest skips this case when the suite runs as root, as CI does).
if command -v setpriv >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  mkdir -p "$work/perm/pm" && chmod 755 "$work" "$work/perm" "$work/perm/pm"
  printf -- '---\nid: x\n---\n# T\n' >"$work/perm/pm/ok.md" && cp "$work/perm/pm/ok.md" "$work/perm/pm/secret.md"
  chmod 644 "$work/perm/pm/ok.md" && chmod 000 "$work/perm/pm/secret.md"
  (cd "$work/perm" && setpriv --reuid=65534 --regid=65534 --clear-groups java -jar "$jar" lint pm) >"$work/out" 2>"$work/err"
  if [ $? -eq 1 ] && grep -qF "pm/secret.md:1:1: error PM001 File not checked: cannot read file: permission denied" "$work/out" \
      && grep -qF "2 files checked" "$work/out" && ! grep -q "Exception" "$work/err"; then
    echo "ok   an unreadable file is PM001 and the rest is checked"; passed=$((passed + 1))
  else
    echo "FAIL unreadable file"; head -20 "$work/out" "$work/err"; failed=$((failed + 1))
  fi
fi

# Output targets (issue 16): a device, a FIFO and a symlink named by --output stay what they were;
# a directory is a clear error. Made in a temp folder with mknod/mkfifo, never the real /dev.
targets="$work/targets" && mkdir -p "$targets"
sed 's/INC-2026-03-14-01/INC-2026-03-14-92/' "$root/src/test/resources/lint/clean/standard.md" > "$work/repo/clean-target.md"
clean_md=clean-target.md
if mknod "$targets/null" c 1 3 2>/dev/null; then
  check "-o to a character device" 0 pm lint -o "$targets/null" "$clean_md"
  if [ -c "$targets/null" ]; then echo "ok   the device is still a character device"; passed=$((passed + 1));
  else echo "FAIL -o replaced the character device"; ls -l "$targets/null"; failed=$((failed + 1)); fi
  check "--write-baseline to a character device" 0 pm lint --write-baseline "$targets/null" "$clean_md"
  [ -c "$targets/null" ] && { echo "ok   still a device after --write-baseline"; passed=$((passed + 1)); } || { echo "FAIL --write-baseline replaced the device"; failed=$((failed + 1)); }
else
  echo "skip -o to a character device: mknod needs root"
fi
mkfifo "$targets/fifo"
cat "$targets/fifo" > "$targets/fifo.out" &
reader=$!
check "-o to a FIFO" 0 pm lint --format json -o "$targets/fifo" "$clean_md"
wait "$reader"
if [ -p "$targets/fifo" ] && grep -q '"diagnostics"' "$targets/fifo.out"; then echo "ok   the FIFO got the report and is still a FIFO"; passed=$((passed + 1));
else echo "FAIL FIFO target"; ls -l "$targets"; failed=$((failed + 1)); fi
echo old > "$targets/real.txt" && ln -s "$targets/real.txt" "$targets/link.txt"
check "-o through a symlink" 0 pm lint -o "$targets/link.txt" "$clean_md"
if [ -L "$targets/link.txt" ] && grep -q "file checked" "$targets/real.txt"; then echo "ok   the link is still a link and its file holds the report"; passed=$((passed + 1));
else echo "FAIL symlink target"; ls -l "$targets"; failed=$((failed + 1)); fi
check "-o to a directory is a usage error" 2 pm lint -o "$targets" "$clean_md"
contains "it says it is a directory" err "it is a directory"
if ls -A "$targets" | grep -q '\.tmp$'; then echo "FAIL temp files left in $targets"; failed=$((failed + 1)); else echo "ok   no temp files left"; passed=$((passed + 1)); fi

# Deep nesting (issue 16): four files too deep for a worker's stack, at -j 4, through bin/pm as
# users run it. The shared big stack keeps peak RSS under 1.2 GB whatever -j is.
if [ -x /usr/bin/time ]; then
  mkdir -p "$work/deep"
  for i in 1 2 3 4; do python3 -c "print('>' * 20000 + ' deep')" > "$work/deep/q$i.md"; done
  printf 'limits: {parseTimeout: 120s}\n' > "$work/deep/.pm.yaml"
  (cd "$work/deep" && /usr/bin/time -f '%M' -o "$work/deep.rss" "$root/bin/pm" lint -j 4 q1.md q2.md q3.md q4.md >"$work/out" 2>"$work/err")
  rss=$(tail -1 "$work/deep.rss")
  if grep -q '4 files checked' "$work/out" && ! grep -q 'PM001' "$work/out" && [ "$rss" -lt 1200000 ]; then
    echo "ok   4 deep files at -j 4: parsed, peak RSS ${rss} kB"; passed=$((passed + 1))
  else
    echo "FAIL 4 deep files at -j 4: peak RSS ${rss} kB"; head -5 "$work/out" "$work/err"; failed=$((failed + 1))
  fi
else
  echo "skip deep-nesting RSS: /usr/bin/time is not installed"
fi

# Memory bound (issue 16): five 1 MiB files (runs of emphasis delimiters and a long flat list),
# parsed in full (the time limit raised, as a slow runner may need), all in one run. Peak RSS stays
# under 1.2 GB at any -j, through a bare java -jar (pm runs itself again with the launchers' heap:
# BoundedHeap; before it, this run peaked at 2.5 GB) and through bin/pm.
if [ -x /usr/bin/time ]; then
  mkdir -p "$work/hostile"
  python3 - "$work/hostile" <<'PY'
import os, sys
m = 1 << 20
files = {
    "emphasis": "*_" * (m // 2),
    "stars": "*a" * (m // 2),
    "underscores": "_a" * (m // 2),
    "closers": "a*" * (m // 2),
    "items": "- a\n" * (m // 4),
}
for name, text in files.items():
    with open(os.path.join(sys.argv[1], name + ".md"), "w") as f:
        f.write(text[:m])
PY
  printf 'limits: {parseTimeout: 300s}\n' > "$work/hostile/.pm.yaml"
  # %M is the larger of the processes' peaks; when pm runs itself again, the waiting parent JVM's
  # peak (VmHWM, read while it runs) is added, so the figure bounds the two together.
  rss_check() {
    local name="$1"; shift
    (cd "$work/hostile" && exec /usr/bin/time -f '%M' -o "$work/hostile.rss" "$@" emphasis.md stars.md underscores.md closers.md items.md >"$work/out" 2>"$work/err") &
    local timer=$! parent=0 forked=0 jvm hwm
    while kill -0 "$timer" 2>/dev/null; do
      for jvm in $(pgrep -P "$timer"); do
        # Only a JVM's own child is pm running itself again: bin/pm is a shell script until it
        # execs java, and its command substitutions are children too, which once made this check
        # add the launcher JVM's peak to itself (1.34 GB reported for a 0.69 GB run).
        [ "$(cat "/proc/$jvm/comm" 2>/dev/null)" = java ] || continue
        hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$jvm/status" 2>/dev/null)
        [ -n "$hwm" ] && [ "$hwm" -gt "$parent" ] && parent=$hwm
        [ -n "$(pgrep -P "$jvm")" ] && forked=1
      done
      sleep 0.2
    done
    wait "$timer"; local code=$?
    local rss; rss=$(tail -1 "$work/hostile.rss")
    [ "$forked" -eq 1 ] && rss=$((rss + parent))
    if [ "$code" -eq 1 ] && grep -q '5 files checked' "$work/out" && ! grep -q PM001 "$work/out" && [ "$rss" -lt 1200000 ]; then
      echo "ok   5 hostile 1 MiB files, $name: peak RSS ${rss} kB"; passed=$((passed + 1))
    else
      echo "FAIL 5 hostile 1 MiB files, $name: exit $code, peak RSS ${rss} kB"; head -5 "$work/out" "$work/err"; failed=$((failed + 1))
    fi
  }
  rss_check "java -jar lint -j 1" java -jar "$jar" lint -j 1
  rss_check "java -jar lint -j 2" java -jar "$jar" lint -j 2
  rss_check "bin/pm lint -j 4" "$root/bin/pm" lint -j 4
else
  echo "skip memory bound: /usr/bin/time is not installed"
fi

# An Error (here: out of memory, a 3 MB file in an 8 MiB heap) is one line and exit 2, never
# exit 1 (the "findings" code) with a stack trace.
mkdir -p "$work/oom/postmortems"
python3 -c "import sys; sys.stdout.write(('# h\n' + 'x' * 99 + '\n') * 30000)" > "$work/oom/postmortems/big.md"
(cd "$work/oom" && java -Xmx8m -XX:+UseSerialGC -jar "$jar" lint >/dev/null 2>"$work/err"); code=$?
if [ "$code" -eq 2 ] && [ "$(wc -l < "$work/err")" -eq 1 ] && grep -q '^pm: out of memory' "$work/err"; then
  echo "ok   out of memory: exit 2, one line"; passed=$((passed + 1))
else
  echo "FAIL out of memory: exit $code"; head -5 "$work/err"; failed=$((failed + 1))
fi

# race NAME DIR: 50 separate processes numbering the same day at once in DIR, each with its own temp
# folder (TMPDIR and java.io.tmpdir), as separate CI jobs sharing one checkout would: the lock must
# not depend on it. 50 files, 50 distinct ids, nothing overwritten.
race() {
  local name="$1" dir="$2"
  for i in $(seq 1 50); do mkdir -p "$dir.tmp$i"; (cd "$dir" && TMPDIR="$dir.tmp$i" java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.io.tmpdir="$dir.tmp$i" -jar "$jar" new "Race condition" --date 2026-05-05 >/dev/null 2>>"$dir.err") & done
  wait
  local files ids
  files=$(ls "$dir/postmortems"/*.md | wc -l)
  ids=$(grep -h '^id: ' "$dir/postmortems"/*.md | sort -u | wc -l)
  if [ "$files" -eq 50 ] && [ "$ids" -eq 50 ] && [ ! -s "$dir.err" ]; then
    echo "ok   $name: 50 files, 50 distinct ids"; passed=$((passed + 1))
  else
    echo "FAIL $name: $files files, $ids distinct ids"; head -5 "$dir.err"; failed=$((failed + 1))
  fi
}
mkdir -p "$work/race" && git -C "$work/race" init -q
race "50 concurrent pm new" "$work/race"
# Outside any git repository (issue 16) the lock is in the post-mortem folder, not the temp folder:
# there it let processes with different temp folders take the same ids (29 files, 6 ids of 50).
mkdir -p "$work/race-nogit"
if git -C "$work/race-nogit" rev-parse --git-dir >/dev/null 2>&1; then
  echo "skip 50 concurrent pm new outside git: $work is inside a git repository"
else
  race "50 concurrent pm new outside git" "$work/race-nogit"
fi

# Large JSON and SARIF reports (issue 16) are streamed: 3,000 files with findings in a 64 MiB heap
# still give exit 1 (findings) and a report that parses with every finding in it. The 200,000-file
# case is in .ci/bench --reports.
mkdir -p "$work/many/postmortems"
for i in $(seq 1 3000); do
  printf -- '---\nid: INC-2026-05-06-%02d\ntitle: Many %s\n---\n\n# Many\n\n| a | b |\n|---|---|\n| 1 |\n| 2 |\n| 3 |\n' "$i" "$i" > "$work/many/postmortems/m$i.md"
done
for fmt in json sarif; do
  (cd "$work/many" && java -Xmx64m -XX:+UseSerialGC -jar "$jar" lint --format "$fmt" -o "report.$fmt" postmortems >/dev/null 2>"$work/many.err"); code=$?
  count=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["diagnostics"]) if sys.argv[2]=="json" else len(d["runs"][0]["results"]))' "$work/many/report.$fmt" "$fmt" 2>/dev/null)
  if [ "$code" -eq 1 ] && [ "${count:-0}" -ge 9000 ]; then
    echo "ok   --format $fmt on 3,000 files in a 64 MiB heap: exit 1, $count findings parse"; passed=$((passed + 1))
  else
    echo "FAIL --format $fmt on 3,000 files in a 64 MiB heap: exit $code, ${count:-no} findings"; head -3 "$work/many.err"; failed=$((failed + 1))
  fi
done

# Release archives (target/dist/, made by ./mvnw package): each unpacked into a fresh folder outside
# the repository, bin/pm symlinked into a PATH folder, run from another folder. The runtime image
# runs with JAVA_HOME unset and no java on the PATH.
dist="$root/target/dist"
version="$(sed -n 's/^version=//p' "$root/target/classes/dev/pm/version.properties")"
# A PATH with the tools the launcher and git need, and no java.
nojava="$work/no-java-tools"
mkdir -p "$nojava"
for tool in sh bash env sed dirname readlink uname cat git head grep; do ln -s "$(command -v "$tool")" "$nojava/$tool"; done
# in_install NAME DIR PATH COMMAND...: runs COMMAND in DIR with that PATH and without JAVA_HOME.
in_install() {
  local name="$1" dir="$2" path="$3" expected="$4"
  shift 4
  (cd "$dir" && env -u JAVA_HOME PATH="$path" "$@") >"$work/out" 2>"$work/err"
  local code=$?
  if [ "$code" -eq "$expected" ] && ! grep -q 'Exception' "$work/err"; then
    echo "ok   $name"; passed=$((passed + 1))
  else
    echo "FAIL $name: exit $code, expected $expected"; head -20 "$work/out" "$work/err"; failed=$((failed + 1))
  fi
}
for archive in "pm-$version.tar.gz" "pm-$version.zip" "pm-$version-linux-x64.tar.gz"; do
  if [ ! -f "$dist/$archive" ]; then
    echo "FAIL $archive was not built"; failed=$((failed + 1)); continue
  fi
  (cd "$dist" && sha256sum -c --quiet "$archive.sha256") && grep -qF "$archive" "$dist/SHA256SUMS" \
    && { echo "ok   $archive matches its checksum"; passed=$((passed + 1)); } || { echo "FAIL $archive checksum"; failed=$((failed + 1)); }
  inst="$work/install-$archive"  # unpacked below a folder whose name has a space
  inst="$inst/with space"
  mkdir -p "$inst/opt" "$inst/bin" "$inst/elsewhere"
  case "$archive" in
    *.zip) unzip -q "$dist/$archive" -d "$inst/opt" ;;
    *) tar -xzf "$dist/$archive" -C "$inst/opt" ;;
  esac
  top="$(ls "$inst/opt")"
  ln -s "$inst/opt/$top/bin/pm" "$inst/bin/pm"
  if [ "$top" = "pm-$version-linux-x64" ]; then path="$inst/bin:$nojava"; else path="$inst/bin:$PATH"; fi
  in_install "$archive: no java here, or java found" "$inst/elsewhere" "$path" 0 sh -c 'command -v java || echo none'
  [ "$top" = "pm-$version-linux-x64" ] && contains "$archive: really no java on the PATH" out "none"
  in_install "$archive: pm --version through a symlink" "$inst/elsewhere" "$path" 0 pm --version
  contains "$archive: version and commit" out "pm $version (commit "
  in_install "$archive: pm new" "$inst/elsewhere" "$path" 0 pm new "Archive check" --date 2026-07-01
  in_install "$archive: pm lint" "$inst/elsewhere" "$path" 0 pm lint
  contains "$archive: lint reads the new file" out "1 file checked: 0 errors"
  in_install "$archive: pm stats" "$inst/elsewhere" "$path" 0 pm stats --as-of 2026-07-02
  in_install "$archive: pm completion" "$inst/elsewhere" "$path" 0 pm completion bash
  contains "$archive: completion offers rule names" out '"PM201" "missing-section"'
  grep -q 'missing-section' "$inst/opt/$top/completion/pm.bash" && grep -q bashcompinit "$inst/opt/$top/completion/pm.zsh" \
    && { echo "ok   $archive: completion scripts"; passed=$((passed + 1)); } || { echo "FAIL $archive: completion scripts"; failed=$((failed + 1)); }
  if command -v man >/dev/null 2>&1; then
    in_install "$archive: man page" "$inst/elsewhere" "$path:/usr/bin:/bin" 0 man -P cat -l "$inst/opt/$top/man/man1/pm-lint.1"
    contains "$archive: man page shows lint's options" out "--max-warnings"
  else
    head -c 300 "$inst/opt/$top/man/man1/pm-lint.1" | grep -q '^\.TH' \
      && { echo "ok   $archive: man page is troff"; passed=$((passed + 1)); } || { echo "FAIL $archive: no man page"; failed=$((failed + 1)); }
  fi
  [ -f "$inst/opt/$top/LICENSE" ] && [ -f "$inst/opt/$top/README.md" ] \
    && { echo "ok   $archive: README and LICENSE"; passed=$((passed + 1)); } || { echo "FAIL $archive: README or LICENSE missing"; failed=$((failed + 1)); }
done
[ -f "$work/install-pm-$version.zip/with space/opt/pm-$version/bin/pm.cmd" ] \
  && { echo "ok   the zip has bin/pm.cmd"; passed=$((passed + 1)); } || { echo "FAIL the zip has no bin/pm.cmd"; failed=$((failed + 1)); }
image="$work/install-pm-$version-linux-x64.tar.gz/with space/opt/pm-$version-linux-x64"
in_install "runtime image maps its AOT cache" "$work" "$nojava" 0 "$image/runtime/bin/java" -XX:+UseSerialGC \
  -XX:AOTCache="$image/lib/pm.aot" -XX:AOTMode=on -Xlog:class+load=info -jar "$image/lib/pm.jar" --version
contains "runtime image: pm's classes come from the cache" out "dev.pm.cli.Main source: shared objects file"

# The launcher's Java checks: none at all, and one older than 17 (a fake home with a release file).
plain="$work/install-pm-$version.tar.gz/with space"
in_install "launcher without any java" "$plain/elsewhere" "$plain/bin:$nojava" 2 pm --version
contains "it says Java 17 is needed" err "pm needs Java 17 or newer"
mkdir -p "$work/old-jdk/bin" && printf 'JAVA_VERSION="11.0.2"\n' >"$work/old-jdk/release"
printf '#!/bin/sh\necho should not run >&2; exit 99\n' >"$work/old-jdk/bin/java" && chmod +x "$work/old-jdk/bin/java"
in_install "launcher with Java 11" "$plain/elsewhere" "$plain/bin:$nojava" 2 env JAVA_HOME="$work/old-jdk" pm --version
contains "it names the version" err "is Java 11; pm needs Java 17 or newer"

# README's install section and GitLab job, word for word, with the release URL pointing at target/dist.
home="$work/readme-home" && mkdir -p "$home"
sed -n '/^## Install$/,/^## Set-up/p' "$root/README.md" | sed -n '/^```sh$/,/^```$/p' | sed '/^```/d' | head -n 7 \
  | sed "s|https://github.com/pm-dev/pm/releases/download/v$version|file://$dist|" >"$work/install.sh"
in_install "README install section works as written" "$home" "$home/.local/bin:$nojava:/usr/bin:/bin" 0 env HOME="$home" bash -e "$work/install.sh"
contains "it installs a pm that runs" out "pm $version (commit "
gitlab="$work/gitlab" && mkdir -p "$gitlab/postmortems" && cp "$root/src/test/resources/lint/clean/standard.md" "$gitlab/postmortems/"
(cd "$gitlab" && java -jar "$jar" new "Unfilled" --date 2026-03-15 --status Resolved >/dev/null)
mkdir -p "$work/tmp"
sed -n '/^postmortems:$/,/^```$/p' "$root/README.md" | sed -n 's/^    - //p' | sed "s|/tmp|$work/tmp|g" >"$work/gitlab.sh"
in_install "README GitLab job script" "$gitlab" "$PATH" 1 env PM_VERSION="$version" PM_URL="file://$dist" \
  PM_SHA256="$(cut -d' ' -f1 "$dist/pm-$version.tar.gz.sha256")" bash -e "$work/gitlab.sh"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d and all(i["location"]["lines"]["begin"] > 0 for i in d)' "$gitlab/gl-code-quality.json" \
  && grep -q '<testsuites' "$gitlab/pm-junit.xml" \
  && { echo "ok   GitLab job wrote Code Quality and JUnit reports"; passed=$((passed + 1)); } || { echo "FAIL GitLab job reports"; failed=$((failed + 1)); }
in_install "GitLab job refuses a wrong checksum" "$gitlab" "$PATH" 1 env PM_VERSION="$version" PM_URL="file://$dist" \
  PM_SHA256=0000000000000000000000000000000000000000000000000000000000000000 bash -e "$work/gitlab.sh"

# The pre-commit hook, run by the real pre-commit tool from a plain repo: entry at this commit.
if command -v pre-commit >/dev/null 2>&1 && git -C "$root" rev-parse HEAD >/dev/null 2>&1; then
  user="$work/hook-user"
  mkdir -p "$user/postmortems" && git -C "$user" init -q && git -C "$user" config user.email ci@example.invalid && git -C "$user" config user.name ci
  printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: pm-lint\n' "$root" "$(git -C "$root" rev-parse HEAD)" > "$user/.pre-commit-config.yaml"
  export PRE_COMMIT_HOME="$work/pre-commit-home"
  (cd "$user" && pre-commit install >/dev/null)
  cp "$root/src/test/resources/lint/clean/standard.md" "$user/postmortems/2026-03-14-checkout.md"
  if (cd "$user" && git add -A && git commit -q -m good >"$work/hook.out" 2>&1) && grep -q "pm lint.*Passed" "$work/hook.out"; then
    echo "ok   pre-commit hook passes a good post-mortem"; passed=$((passed + 1))
  else
    echo "FAIL pre-commit hook did not pass a good post-mortem"; tail -20 "$work/hook.out"; failed=$((failed + 1))
  fi
  # pre-commit cloned pm without target/: bin/pm built it there, and the user was told.
  if grep -q "pm: building target/pm.jar" "$work/hook.out"; then
    echo "ok   pre-commit hook says it is building on first use"; passed=$((passed + 1))
  else
    echo "FAIL pre-commit hook built silently"; tail -20 "$work/hook.out"; failed=$((failed + 1))
  fi
  (cd "$user" && java -jar "$jar" new "Not filled in" --date 2026-03-15 --status Resolved >/dev/null)
  if (cd "$user" && git add -A && git commit -q -m bad >"$work/hook.out" 2>&1); then
    echo "FAIL pre-commit hook let an unfilled post-mortem through"; failed=$((failed + 1))
  elif grep -q "PM501" "$work/hook.out"; then
    echo "ok   pre-commit hook blocks a bad post-mortem and shows why"; passed=$((passed + 1))
  else
    echo "FAIL pre-commit hook failed without pm's findings"; tail -20 "$work/hook.out"; failed=$((failed + 1))
  fi
else
  echo "FAIL pre-commit is not installed (.ci/run installs it)"; failed=$((failed + 1))
fi

# pm lsp with a real editor: Neovim's built-in LSP client, headless, driven by .ci/nvim-lsp.lua.
if command -v nvim >/dev/null 2>&1; then
  editor="$work/nvim-repo"
  mkdir -p "$editor/postmortems"
  doc="$editor/postmortems/2026-01-15-publishing.md"
  cp "$root/src/test/resources/fix/spelling-and-dates.md" "$doc"
  if (cd "$editor" && PM_FILE="$doc" PM_OUT="$work/nvim.out" PM_ROOT="$editor" PM_JAR="$jar" \
      timeout 180 nvim --headless -u NONE -i NONE -n -c "luafile $root/.ci/nvim-lsp.lua" >"$work/nvim.log" 2>&1); then
    echo "ok   nvim: pm lsp ran as Neovim's language server"; passed=$((passed + 1))
  else
    echo "FAIL nvim: the Lua client failed"; sed 's/^/  /' "$work/nvim.out" "$work/nvim.log" 2>/dev/null | head -20; failed=$((failed + 1))
  fi
  cp "$work/nvim.out" "$work/out" 2>/dev/null || : >"$work/out"
  contains "nvim received pm's diagnostics with rule and doc link" out "diagnostic PM104 5:11 Front matter \"severity\" is \"sev2\"; write it \"SEV-2\" [invalid-field-value] https://github.com/pm-dev/pm/blob/main/src/main/resources/dev/pm/rules/PM104.md"
  contains "nvim was offered the quick fix" out 'action quickfix Fix PM104: "sev2" → "SEV-2"'
  contains "nvim was offered fix-all" out "action source.fixAll"
  cp "$doc" "$work/out"
  contains "nvim applied the fix's workspace edit and saved it" out "severity: SEV-2"
  if grep -q "^after PM104" "$work/nvim.out" || ! grep -q "^after PM105" "$work/nvim.out"; then
    echo "FAIL nvim: diagnostics after the fix should drop PM104 and keep PM105"; failed=$((failed + 1))
  else
    echo "ok   nvim: diagnostics after the fix drop PM104, keep the rest"; passed=$((passed + 1))
  fi
else
  echo "FAIL nvim is not installed (.ci/run installs it)"; failed=$((failed + 1))
fi

# Colour and progress are for a terminal (issue 18): `script` gives pm a pseudo-terminal.
mkdir -p "$work/tty/postmortems" && git -C "$work/tty" init -q
(cd "$work/tty" && java -jar "$jar" new "Colour check" --date 2026-03-14 >/dev/null)
tty_run() { (cd "$work/tty" && script -qec "env -u NO_COLOR -u FORCE_COLOR TERM=xterm $*" /dev/null) >"$work/out" 2>&1; }
esc="$(printf '\033')"
tty_run java -jar "$jar" lint
if grep -q "${esc}\[33mwarning" "$work/out"; then echo "ok   lint colours warnings on a terminal"; passed=$((passed + 1));
else echo "FAIL lint did not colour on a terminal"; head -5 "$work/out"; failed=$((failed + 1)); fi
tty_run NO_COLOR=1 java -jar "$jar" lint
if grep -q "$esc" "$work/out" || ! grep -q PM501 "$work/out"; then echo "FAIL NO_COLOR still coloured"; failed=$((failed + 1));
else echo "ok   NO_COLOR turns colour off on a terminal"; passed=$((passed + 1)); fi
(cd "$work/tty" && env -u NO_COLOR TERM=xterm java -jar "$jar" lint | cat) >"$work/out" 2>&1
if grep -q "$esc" "$work/out" || ! grep -q PM501 "$work/out"; then echo "FAIL piped lint output has escapes"; failed=$((failed + 1));
else echo "ok   piped lint output has no colour"; passed=$((passed + 1)); fi
(cd "$work/tty" && FORCE_COLOR=1 java -jar "$jar" stats | cat) >"$work/out" 2>&1
if grep -q "$esc" "$work/out"; then echo "ok   FORCE_COLOR colours stats in a pipe"; passed=$((passed + 1));
else echo "FAIL FORCE_COLOR did not colour stats"; failed=$((failed + 1)); fi
first="$(ls "$work/tty/postmortems"/*.md | head -1)"
for i in $(seq 2 250); do sed "s/INC-2026-03-14-01/INC-2026-03-14-$i/" "$first" > "$work/tty/postmortems/2026-03-14-copy-$i.md"; done
tty_run java -jar "$jar" lint -j 2
if grep -q "pm: 250 of 250 files" "$work/out"; then echo "ok   progress on a terminal for 250 files"; passed=$((passed + 1));
else echo "FAIL no progress on a terminal"; tail -c 300 "$work/out"; failed=$((failed + 1)); fi
(cd "$work/tty" && java -jar "$jar" lint -j 2 2>&1 | cat) >"$work/out"
if grep -q "of 250 files" "$work/out" || ! grep -q "250 files checked" "$work/out"; then echo "FAIL progress in piped output"; failed=$((failed + 1));
else echo "ok   no progress in piped output"; passed=$((passed + 1)); fi

# A configured folder that holds no post-mortem fails CI instead of "0 files checked: no problems" (issue 16).
mkdir -p "$work/empty/docs/incidents" && git -C "$work/empty" init -q && printf 'directory: docs/incidents\n' > "$work/empty/.pm.yaml"
if (cd "$work/empty" && java -jar "$jar" lint --format sarif --output pm.sarif 2>"$work/err"); then
  echo "FAIL an empty configured folder passed lint"; failed=$((failed + 1))
elif grep -q "no post-mortems found in docs/incidents" "$work/err" && [ -s "$work/empty/pm.sarif" ]; then
  echo "ok   an empty configured folder fails lint, says so and still writes the report"; passed=$((passed + 1))
else echo "FAIL an empty configured folder: no message or no report"; cat "$work/err"; failed=$((failed + 1)); fi

# pm-lint-system: the hook that runs the pm on the PATH (here the release archive unpacked above).
if command -v pre-commit >/dev/null 2>&1 && [ -x "$work/install-pm-$version.tar.gz/with space/bin/pm" ]; then
  user="$work/hook-system"
  mkdir -p "$user/postmortems" && git -C "$user" init -q && git -C "$user" config user.email ci@example.invalid && git -C "$user" config user.name ci
  printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: pm-lint-system\n' "$root" "$(git -C "$root" rev-parse HEAD)" > "$user/.pre-commit-config.yaml"
  (cd "$user" && java -jar "$jar" new "Not filled in" --date 2026-03-15 --status Resolved >/dev/null)
  if (cd "$user" && git add -A && PATH="$work/install-pm-$version.tar.gz/with space/bin:$PATH" pre-commit run >"$work/hook.out" 2>&1); then
    echo "FAIL pm-lint-system let an unfilled post-mortem through"; failed=$((failed + 1))
  elif grep -q "PM501" "$work/hook.out"; then
    echo "ok   pm-lint-system hook runs the pm on the PATH and blocks a bad post-mortem"; passed=$((passed + 1))
  else
    echo "FAIL pm-lint-system failed without pm's findings"; tail -20 "$work/hook.out"; failed=$((failed + 1))
  fi
fi

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
