#!/usr/bin/env bash
# Browser tests and the benchmark drive Debian's chromium. Install it when missing (as root),
# or say exactly what to run. Never downloads a browser of its own.
set -euo pipefail
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium saknas: installerar Debians paket 'chromium' med apt-get …" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core >&2
  [ -x "$CHROMIUM" ] && exit 0
fi
cat >&2 <<MSG
Webbläsartesterna behöver Debians chromium ($CHROMIUM), och det saknas.
Installera det som root och kör sedan testerna igen:

  sudo apt-get update && sudo apt-get install -y chromium

(Browser tests need Debian's chromium at $CHROMIUM; install it with the command above.)
MSG
exit 1
