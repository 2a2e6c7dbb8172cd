#!/usr/bin/env bash
# Installs what KTD5 needs and runs the main job on the bundled documents.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run main --silent
