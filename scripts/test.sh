#!/usr/bin/env bash
# The README's test command: sets up a fresh machine, then checks types, dist/ and every test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
# The pinned Node 24 from node_modules runs the tests (Node 20 on the machine is end of life).
export PATH="${PWD}/node_modules/.bin:${PATH}"
echo "node $(node --version)"
prettier --check --log-level warn .  # the formatter; `npm run format` fixes what it finds
tsc --noEmit -p tsconfig.json
eslint .  # the linter, with typescript-eslint's type-aware rules (eslint.config.js)
node scripts/build.mjs --check
vitest run "$@"
