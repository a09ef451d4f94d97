#!/usr/bin/env bash
# Starts the launcher of the app image that packaging/jpackage.sh built (its own bundled Java runtime):
# `report` on the seed sample must print the same CSV as the jar, and `deck` must write a deck (POI and
# the headless toolkit inside the image) and a PDF summary (the embedded font inside the image). Run by .ci/run after the tests when jpackage is present.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher="target/installer/CP1Ki Workbench/bin/CP1Ki Workbench"
[ -x "$launcher" ] || { echo "check-app-image: no launcher at $launcher; run packaging/jpackage.sh first" >&2; exit 1; }
seed=sample-projects/summariser-seed.cp1ki
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
env -u JAVA_HOME "$launcher" report "$seed" --format csv > "$out/image.csv"
java -jar target/cp1ki.jar report "$seed" --format csv > "$out/jar.csv"
cmp "$out/image.csv" "$out/jar.csv" || { echo "check-app-image: the app image's report differs from the jar's" >&2; exit 1; }
grep -q "Claude Haiku 3.5" "$out/image.csv" || { echo "check-app-image: the seed's report lacks its stacks" >&2; exit 1; }
env -u JAVA_HOME "$launcher" deck "$seed" --out "$out/seed.pptx" > /dev/null
[ -s "$out/seed.pptx" ] || { echo "check-app-image: the app image wrote no deck" >&2; exit 1; }
# the PDF summary embeds DejaVu Sans from the shaded jar: a filter that drops the font fails here
env -u JAVA_HOME "$launcher" deck sample-projects/plans-inr-subscription.cp1ki --out "$out/summary.pdf" > /dev/null
[ -s "$out/summary.pdf" ] || { echo "check-app-image: the app image wrote no PDF summary" >&2; exit 1; }
echo "check-app-image: the launcher printed the seed's report ($(wc -l < "$out/image.csv") lines, same as the jar), wrote a deck ($(stat -c %s "$out/seed.pptx") bytes) and a PDF summary ($(stat -c %s "$out/summary.pdf") bytes)"
