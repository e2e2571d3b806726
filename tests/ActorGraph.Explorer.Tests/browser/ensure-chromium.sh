#!/usr/bin/env bash
# Installs Debian's chromium when it is missing (the tests run as root). Never downloads a browser otherwise.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi
/usr/bin/chromium --version
