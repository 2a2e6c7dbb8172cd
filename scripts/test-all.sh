#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine (LibreOffice as the real spreadsheet
# engine, Chromium for the browser tests, poppler and metric-compatible fonts for the print tests, all
# from Debian), then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# Fonts of the same metrics as the workbooks' Calibri (column widths) and Times New Roman (text, with
# Vietnamese letters: Liberation 2), so LibreOffice's printed page counts are the ones the print test expects.
fc-list 2>/dev/null | grep -qi carlito || need+=(fonts-crosextra-carlito)
fc-list ':charset=1ec7' family 2>/dev/null | grep -qi 'liberation serif' || need+=(fonts-liberation2)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

npm ci --no-audit --no-fund
npm test
