#!/usr/bin/env bash
# Regenerates the pinned target platform
#   releng/org.neurocircuit.target/org.neurocircuit.target.target   (flat, includeDependencyDepth="none")
# from its roots
#   releng/org.neurocircuit.target/roots/neurocircuit-roots.target  (floating, includeDependencyDepth="infinite")
#
#   releng/scripts/pin-target.sh [MAVEN-ARGS...]     e.g. -Dmaven.repo.local=/tmp/m2, or -o
#
# How: Tycho resolves the roots file in a scratch reactor (a target-definition module and one
# empty bundle) with `mvn -X compile`; with -X it prints, for every artifact of every Maven
# location, "MavenResolver: artifact G:A:V at location JAR resolves installable unit BSN/VERSION".
# PinTarget.java reads those lines, keeps one version per bundle (the newest that satisfies every
# non-optional requirement of the kept set; two only when no single one does) and writes the
# pinned file: the roots file's text, each location's roots followed by what it resolved.
# It prints the versions it dropped and any requirement left open. Review `git diff`, then
# run ./build test. Tycho's full log is left in releng/org.neurocircuit.target/target/pin-tycho.log
# (until the next build cleans that folder).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

target_dir="$NC_ROOT/releng/org.neurocircuit.target"
roots="$target_dir/roots/neurocircuit-roots.target"
pinned="$target_dir/org.neurocircuit.target.target"
[ -f "$roots" ] || nc_die "roots file $roots is missing"

nc_find_jdk || exit 1
nc_ensure_maven
tycho_version="$(sed -n 's:.*<tycho.version>\(.*\)</tycho.version>.*:\1:p' "$NC_ROOT/pom.xml" | head -n1)"
[ -n "$tycho_version" ] || nc_die "no <tycho.version> in $NC_ROOT/pom.xml"

# Scratch reactor outside the checkout (so the checkout's .mvn/ does not apply).
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/pin.roots" "$scratch/pin.probe/META-INF"
cp "$roots" "$scratch/pin.roots/pin.roots.target"
cat >"$scratch/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>pin.scratch</groupId><artifactId>pin.parent</artifactId><version>1.0.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <modules><module>pin.roots</module><module>pin.probe</module></modules>
  <build><plugins>
    <plugin><groupId>org.eclipse.tycho</groupId><artifactId>tycho-maven-plugin</artifactId>
      <version>$tycho_version</version><extensions>true</extensions></plugin>
    <plugin><groupId>org.eclipse.tycho</groupId><artifactId>target-platform-configuration</artifactId>
      <version>$tycho_version</version>
      <configuration>
        <target><artifact><groupId>pin.scratch</groupId><artifactId>pin.roots</artifactId><version>1.0.0-SNAPSHOT</version></artifact></target>
        <environments><environment><os>linux</os><ws>gtk</ws><arch>x86_64</arch></environment></environments>
        <executionEnvironment>JavaSE-21</executionEnvironment>
      </configuration></plugin>
  </plugins></build>
</project>
EOF
cat >"$scratch/pin.roots/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>pin.scratch</groupId><artifactId>pin.parent</artifactId><version>1.0.0-SNAPSHOT</version></parent>
  <artifactId>pin.roots</artifactId><packaging>eclipse-target-definition</packaging>
</project>
EOF
cat >"$scratch/pin.probe/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>pin.scratch</groupId><artifactId>pin.parent</artifactId><version>1.0.0-SNAPSHOT</version></parent>
  <artifactId>pin.probe</artifactId><packaging>eclipse-plugin</packaging>
</project>
EOF
printf 'Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: pin.probe\nBundle-Version: 1.0.0.qualifier\nBundle-RequiredExecutionEnvironment: JavaSE-21\n' \
  >"$scratch/pin.probe/META-INF/MANIFEST.MF"
printf 'bin.includes = META-INF/\n' >"$scratch/pin.probe/build.properties"

mkdir -p "$target_dir/target"
log="$target_dir/target/pin-tycho.log"
echo "Resolving $roots with Tycho $tycho_version (log: $log) ..."
if ! (cd "$scratch" && JAVA_HOME="$NC_JAVA_HOME" "$NC_MVN" -B -X -f "$scratch/pom.xml" compile "$@" >"$log" 2>&1); then
  grep -E '^\[(ERROR|WARNING)\]' "$log" | grep -v 'SHA-1\|sha1' | tail -40 >&2 || true
  nc_die "Tycho could not resolve the roots (see $log)"
fi

# PinTarget.java parses OSGi headers with the resolved org.eclipse.osgi (newest version wins).
osgi_jar="$(grep -o 'MavenResolver: artifact org\.eclipse\.platform:org\.eclipse\.osgi:[^ ]* at location [^ ]*' "$log" \
  | awk '{print $3, $NF}' | sort -V | tail -n1 | cut -d' ' -f2)"
[ -f "$osgi_jar" ] || nc_die "org.eclipse.osgi was not among the resolved artifacts (see $log)"

"$NC_JAVA_HOME/bin/java" -cp "$osgi_jar" "$NC_ROOT/releng/scripts/PinTarget.java" "$roots" "$log" "$pinned.new"
mv "$pinned.new" "$pinned"
echo
echo "Review the change: git diff -- $pinned"
echo "Then run ./build test (and compare the product's plugins/ folder with the one before)."
