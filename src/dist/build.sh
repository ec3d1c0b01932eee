#!/bin/sh
# Builds the release files under target/dist/ from target/pm.jar (run by Maven in the package phase):
#   pm-VERSION.zip, pm-VERSION.tar.gz    bin/pm, bin/pm.cmd, lib/pm.jar, completion/, man/, README, LICENSE
#   pm-VERSION-OS-ARCH.tar.gz            the same with runtime/, a jlink image of only the JDK modules
#                                        pm uses (jdeps), lib/pm.aot, its AOT cache of pm's classes, and
#                                        lib/pm-lint.aot, the one lint runs use
#   SHA256SUMS and FILE.sha256           a checksum of each archive
# Usage: build.sh VERSION TARGET_DIR RUNTIME_JDK SKIP_RUNTIME
set -eu
version="$1" target="$2" runtime_jdk="$3" skip_runtime="$4"
root="$(cd "$(dirname "$0")/../.." && pwd)"
dist="$target/dist"
name="pm-$version"
stage="$dist/$name"
java="$runtime_jdk/bin/java"
now() { date +%s; }
started="$(now)"

rm -rf "$dist"
mkdir -p "$stage/bin" "$stage/lib" "$stage/completion" "$stage/man/man1"
cp "$root/src/dist/bin/pm" "$root/src/dist/bin/pm.cmd" "$stage/bin/"
chmod 755 "$stage/bin/pm"
cp "$target/pm.jar" "$stage/lib/pm.jar"
cp "$root/README.md" "$root/LICENSE" "$stage/"

# Completion scripts and man pages come from the picocli model of the built jar itself.
"$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$target/pm.jar" completion bash >"$stage/completion/pm.bash"
"$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$target/pm.jar" completion zsh >"$stage/completion/pm.zsh"
if [ -d "$target/man" ]; then
  cp "$target/man/"*.1 "$stage/man/man1/"
fi

# Archives: a fixed order and no owner names, so unpacking as root does not hand files to a build user.
(cd "$dist" && tar -cf - "$name" | gzip -9n >"$name.tar.gz")
if command -v zip >/dev/null 2>&1; then
  (cd "$dist" && zip -qr -X "$name.zip" "$name")
else
  # The JDK's jar tool writes a plain zip, without the executable bit of bin/pm (zip keeps it).
  (cd "$dist" && "$runtime_jdk/bin/jar" --create --no-manifest --file "$name.zip" "$name")
fi
echo "pm dist: $name.zip and $name.tar.gz in $(( $(now) - started )) s"

if [ "$skip_runtime" != true ]; then
  t0="$(now)"
  os="$(uname -s | tr 'A-Z' 'a-z')"
  case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=aarch64 ;; *) arch="$(uname -m)" ;; esac
  image="$dist/$name-$os-$arch"
  mkdir -p "$image"
  cp -R "$stage/bin" "$stage/lib" "$stage/completion" "$stage/man" "$stage/README.md" "$stage/LICENSE" "$image/"
  rm -f "$image/bin/pm.cmd"
  modules="$("$runtime_jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 "$target/pm.jar")"
  # Uncompressed modules: compression would slow every start; the archive is gzipped anyway.
  "$runtime_jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --output "$image/runtime"
  t1="$(now)"
  major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*$/\1/p' "$image/runtime/release")"
  if [ "$major" -ge 25 ]; then
    # The training run (dev.pm.cli.ArchiveTraining, every command and format once) records the
    # classes pm loads; JDK 25 finds the cache valid wherever the image is unpacked.
    (cd "$root" && "$image/runtime/bin/java" -XX:AOTCacheOutput="$image/lib/pm.aot" -XX:+UseSerialGC \
      -Xlog:aot=off -Xlog:cds=off -cp "$image/lib/pm.jar" dev.pm.cli.ArchiveTraining templates >/dev/null)
    # And lib/pm-lint.aot, trained on pm lint alone, which the launcher gives lint runs: a cache
    # loads all its classes at start, and the full one made a one-file lint load stats' too.
    (cd "$root" && "$image/runtime/bin/java" -XX:AOTCacheOutput="$image/lib/pm-lint.aot" -XX:+UseSerialGC \
      -Xlog:aot=off -Xlog:cds=off -cp "$image/lib/pm.jar" dev.pm.cli.ArchiveTraining --lint templates >/dev/null)
  else
    echo "pm dist: the runtime JDK is $major; an AOT cache needs 25 (-Dpm.runtime.jdk=...): the image has none" >&2
  fi
  t2="$(now)"
  (cd "$dist" && tar -cf - "$(basename "$image")" | gzip -6n >"$(basename "$image").tar.gz")
  echo "pm dist: runtime image ($modules; $(du -sh "$image" | cut -f1)) jlink $((t1 - t0)) s, training $((t2 - t1)) s, tar $(( $(now) - t2 )) s"
fi

# Checksums, one file per archive (for sha256sum -c next to a download) and all in SHA256SUMS.
cd "$dist"
for f in *.zip *.tar.gz; do
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$f"; else shasum -a 256 "$f"; fi >"$f.sha256"
done
cat ./*.sha256 >SHA256SUMS
echo "pm dist: target/dist/ in $(( $(now) - started )) s"
