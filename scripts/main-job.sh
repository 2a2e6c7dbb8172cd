#!/usr/bin/env bash
# The main job on the bundled documents (npm run main): the Khối's consolidation of the example
# member workbooks, then the province's tracking report (Resolution 04-NQ/TU and the DTI plan) from
# tracking workbooks prefilled with the documents' own results.
set -euo pipefail
cd "$(dirname "$0")/.."
ktd5() { node bin/ktd5.js "$@"; }
ktd5 rubrics
ktd5 consolidate examples/khoi-5-2023 -o output/xep-hang-khoi-5-2023.xlsx
mkdir -p output/theo-doi
ktd5 targets --set nq04-dongthap -o output/theo-doi/nq04-dongthap.xlsx
ktd5 targets --set dti-province-2022 -o output/theo-doi/dti-dong-thap.xlsx
ktd5 track output/theo-doi -o output/bao-cao-theo-doi-tinh.xlsx
