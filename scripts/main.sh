#!/usr/bin/env bash
# Installs what KTD5 needs and runs the main job: the Khối's consolidation of the bundled member
# workbooks (examples/khoi-5-2023) into a ranking workbook, output/xep-hang-khoi-5-2023.xlsx.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run main --silent
