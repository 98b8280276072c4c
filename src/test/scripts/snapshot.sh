#!/usr/bin/env bash
# Writes every article graph of the given folders as sorted N-Triples under OUT (one file per article), so that
# two versions of the extractor compare with `diff -r`:
#   src/test/scripts/snapshot.sh OUT data/articles src/test/resources/articles ../shared/polnear-train/articles
# Builds first (mvn -q -DskipTests test-compile), with the JDK 21+ the launcher would pick.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
out=$1; shift
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
(cd "$root" && JAVA_HOME="$java_home" mvn -B -q -o -DskipTests test-compile dependency:copy-dependencies -DoutputDirectory=target/test-lib -DincludeScope=test >/dev/null 2>&1) || { echo "snapshot.sh: build failed (run mvn test-compile)" >&2; exit 1; }
for dir in "$@"; do
    name=$(basename "$(dirname "$dir")")-$(basename "$dir")
    "$java_home/bin/java" -Xmx2g -Dparley.home="$root" -cp "$root/target/classes:$root/target/test-classes:$root/target/test-lib/*" \
        dev.parley.extract.Snapshot "$dir" "$out/$name"
done
