# Sourced by the scripts: points JAVA_HOME at a JDK 25 or newer, since a machine's default java may be older.
find_jdk25() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/*-25* /usr/lib/jvm/*; do
    [[ -n $candidate && -x $candidate/bin/java ]] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [[ ${version%%.*} =~ ^[0-9]+$ ]] && (( ${version%%.*} >= 25 )); then
      export JAVA_HOME=$candidate
      export PATH=$JAVA_HOME/bin:$PATH
      return 0
    fi
  done
  echo "Tsunagu needs JDK 25 or newer (Temurin recommended). None found under \$JAVA_HOME or /usr/lib/jvm." >&2
  echo "Install one (e.g. the temurin-25-jdk package from Adoptium) and run this again." >&2
  return 1
}
