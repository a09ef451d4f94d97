#!/usr/bin/env bash
# Builds a native installer (or a self-contained app image) of CP1Ki Workbench with the JDK's jpackage.
#   bash packaging/jpackage.sh            # app image under target/installer/
#   bash packaging/jpackage.sh deb        # .deb (Linux; needs fakeroot and dpkg-deb)
#   TYPE may also be rpm, msi, exe, dmg or pkg on the matching OS.
# The jar is the shaded target/cp1ki.jar (JavaFX's native libraries for the build OS inside),
# so build the installer on the OS it is for.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\).*-SNAPSHOT</version>.*:\1:p' pom.xml | head -n 1)"
[ -f target/cp1ki.jar ] || mvn -B -q -DskipTests package
rm -rf target/installer-input target/installer
mkdir -p target/installer-input
cp target/cp1ki.jar target/installer-input/
args=(--type "$type" --name "CP1Ki Workbench" --app-version "${version:-0.1.0}"
      --vendor "CP1Ki" --description "Unit economics of AI features: cost per 1,000 inferences"
      --input target/installer-input --main-jar cp1ki.jar --main-class com.cp1ki.Launcher
      --java-options "-Xmx2g" --dest target/installer)
case "$(uname -s)" in
  Linux) args+=(--icon assets/icons/cp1ki-256.png) ;;
esac
if [ "$type" != "app-image" ]; then
  args+=(--file-associations packaging/file-association.properties)
  [ "$(uname -s)" = Linux ] && args+=(--linux-shortcut --linux-menu-group Office)
fi
jpackage "${args[@]}"
echo "Built: $(ls -d target/installer/*)"
