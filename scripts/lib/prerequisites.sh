# Sourced by scripts/test: makes sure the machine has what the suite needs, installing Debian
# packages when running as root and telling anyone else what to install. Each step is quick when
# nothing is missing, so running it every time is cheap.

# Debian packages the tests use: Chromium for end-to-end tests, CJK fonts so Japanese renders,
# PulseAudio's client library, which libwebrtc (the interop test's independent WebRTC peer) links,
# the SIP peers of the SIP edge's tests: sipp (package sip-tester) and baresip, and ffprobe (ffmpeg),
# which reads the video escalation test's WebM recordings.
REQUIRED_PACKAGES=(chromium fonts-noto-cjk libpulse0 sip-tester baresip ffmpeg)

ensure_packages() {
  local missing=() pkg
  for pkg in "${REQUIRED_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  (( ${#missing[@]} == 0 )) && return 0
  if (( EUID == 0 )); then
    echo "Installing missing packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
}

ensure_node() {
  local major minor
  if command -v node >/dev/null && command -v npm >/dev/null; then
    IFS=. read -r major minor _ <<<"$(node --version | tr -d v)"
    if (( major > 20 || (major == 20 && minor >= 19) )); then
      return 0
    fi
  fi
  echo "The web build needs Node.js 20.19+ (or 22.12+) with npm on the PATH; found: $(node --version 2>/dev/null || echo none)." >&2
  return 1
}

# The persistence tests also run on PostgreSQL at 127.0.0.1:5432 (trust auth, database "test").
ensure_postgresql() {
  if pg_up; then
    ensure_test_database
    return 0
  fi
  if (( EUID == 0 )); then
    if ! command -v pg_ctlcluster >/dev/null; then
      echo "Installing PostgreSQL"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    local i
    for i in $(seq 1 30); do pg_up && break; sleep 1; done
  fi
  if ! pg_up; then
    echo "PostgreSQL is not reachable at 127.0.0.1:5432. Start it (pg_ctlcluster <version> main start)," >&2
    echo "allow trust auth for 127.0.0.1 and create the database: createdb -U postgres test" >&2
    return 1
  fi
  ensure_test_database
}

pg_up() {
  (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
}

ensure_test_database() {
  command -v psql >/dev/null || return 0
  if ! psql -h 127.0.0.1 -U postgres -d test -Atc 'select 1' >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -d postgres -c 'CREATE DATABASE test' >/dev/null 2>&1 || true
  fi
}
