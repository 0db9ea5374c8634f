# Finds a JDK or JRE >= 21 for NeuroCircuit. Sourced by the product launcher and by ./build.
# Sets NC_JAVA_HOME, or prints what to install and returns 1.

# Prints the major version of the java binary $1 (e.g. 17, 21, 25), or nothing.
nc_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}

# Order: $NC_JAVA_HOME, $JAVA_HOME, then the newest Java under the system JVM folders.
nc_find_jdk() {
  local candidate major best="" best_major=0
  for candidate in "${NC_JAVA_HOME:-}" "${JAVA_HOME:-}"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major="$(nc_java_major "$candidate/bin/java")"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then NC_JAVA_HOME="$candidate"; export NC_JAVA_HOME; return 0; fi
  done
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -x "$candidate/bin/java" ] || continue
    major="$(nc_java_major "$candidate/bin/java")"
    [ -n "$major" ] || continue
    if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  if [ "$best_major" -lt 21 ]; then
    echo "error: no Java 21 or newer found (looked at \$NC_JAVA_HOME, \$JAVA_HOME and /usr/lib/jvm)." >&2
    echo "NeuroCircuit Workbench needs Java 21+: install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME to it." >&2
    return 1
  fi
  NC_JAVA_HOME="$best"
  export NC_JAVA_HOME
}
