#!/usr/bin/env bash
# Installs what KTD5 needs and runs the main job (scripts/main-job.sh): the Khối's consolidation of the
# bundled member workbooks into output/xep-hang-khoi-5-2023.xlsx, and the province's tracking report.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run main --silent
