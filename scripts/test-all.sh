#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine, then runs the whole test suite.
# (No Debian package is needed yet; browser and LibreOffice tests will add theirs here.)
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm test
