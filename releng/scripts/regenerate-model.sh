#!/usr/bin/env bash
# Regenerates the EMF code of bundles/org.neurocircuit.model and bundles/org.neurocircuit.model.edit
# from bundles/org.neurocircuit.model/model/neurocircuit.genmodel, without Eclipse (releng/emfgen).
# Replaces both src-gen/ folders and the edit bundle's plugin.properties; adds missing icons.
#   releng/scripts/regenerate-model.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
nc_find_jdk || exit 1
nc_ensure_maven
# Maven's Guice prints sun.misc.Unsafe warnings on JDK 24+; the flag exists from JDK 23 on.
if [ "$(nc_java_major "$NC_JAVA_HOME/bin/java")" -ge 23 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
JAVA_HOME="$NC_JAVA_HOME" "$NC_MVN" -B -q -f "$NC_ROOT/releng/emfgen/pom.xml" compile exec:java -Dnc.root="$NC_ROOT"
