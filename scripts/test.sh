#!/usr/bin/env bash
# Every test: type checks (svelte-check, tsc), unit and DuckDB tests in Node, browser tests in
# headless Chromium against the production build.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x node_modules/.bin/vitest ] || npm ci
bash scripts/ensure-chromium.sh
npm run --silent check
npx vitest run
