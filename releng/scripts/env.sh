# Shared shell functions of the build scripts (sourced, not run).
# NC_ROOT is the checkout; NC_JAVA_HOME a JDK >= 21; nc_mvn runs Maven 3.9 + Tycho.
NC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NC_MAVEN_VERSION=3.9.11
NC_TOOLS="$NC_ROOT/.tools"

nc_die() { echo "error: $*" >&2; exit 1; }

# The JDK finder the product's launcher uses too (one copy of that logic).
source "$NC_ROOT/features/org.neurocircuit.feature/rootfiles/neurocircuit-java.sh"

# Makes sure Maven $NC_MAVEN_VERSION is unpacked in .tools, fetching it from Maven Central with the system mvn.
nc_ensure_maven() {
  NC_MVN="$NC_TOOLS/apache-maven-$NC_MAVEN_VERSION/bin/mvn"
  [ -x "$NC_MVN" ] && return 0
  command -v mvn >/dev/null 2>&1 || nc_ensure_debs maven
  echo "Fetching Maven $NC_MAVEN_VERSION from Maven Central into .tools/ ..."
  mkdir -p "$NC_TOOLS"
  # Run from a scratch folder: inside the checkout, .mvn/extensions.xml would load Tycho into the old Maven.
  local scratch; scratch="$(mktemp -d)"
  (cd "$scratch" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      -Dartifact="org.apache.maven:apache-maven:$NC_MAVEN_VERSION:tar.gz:bin" \
      -DoutputDirectory="$NC_TOOLS" -Dmdep.overWriteReleases=true) \
    || nc_die "could not fetch Maven $NC_MAVEN_VERSION with the system mvn (is Maven Central reachable?)"
  rm -rf "$scratch"
  [ -x "$NC_MVN" ] || nc_die "Maven was fetched but $NC_MVN is missing"
}

nc_mvn() {
  nc_find_jdk || exit 1
  nc_ensure_maven
  JAVA_HOME="$NC_JAVA_HOME" "$NC_MVN" -B -f "$NC_ROOT/pom.xml" "$@"
}

# Installs Debian packages that are missing (as root), or says exactly what to install.
nc_ensure_debs() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing missing packages: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || nc_die "apt-get could not install: ${missing[*]}"
  else
    nc_die "missing packages: ${missing[*]}. Install them as root: apt-get install -y ${missing[*]}"
  fi
}

# Packages the workbench needs to open a window (GTK 3 for SWT) and the tests need (Xvfb, screenshots).
NC_GUI_DEBS=(libgtk-3-0)
NC_TEST_DEBS=(xvfb xauth imagemagick libgtk-3-0 dbus-x11 x11-utils xdotool)

# The materialized product for this machine.
nc_product_dir() {
  local dir="$NC_ROOT/releng/org.neurocircuit.product/target/products/org.neurocircuit.workbench/linux/gtk/x86_64"
  [ -x "$dir/neurocircuit" ] || nc_die "the product is not built ($dir/neurocircuit is missing): run ./build start or ./build test"
  echo "$dir"
}
