#!/usr/bin/env bash
# The tests use Debian's Chromium (never a browser downloaded by a test tool) and Debian's
# nginx (to serve dist/ as a real static host would). Installs whichever is missing; needs
# root or sudo, as on the CI and developer machines.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Cài các gói Debian còn thiếu cho bộ kiểm thử: ${missing[*]}"
run() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
run apt-get update -qq
run apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
