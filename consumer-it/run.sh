#!/usr/bin/env bash
# Builds the consumer project against the locally installed Fourfold artifacts (mvn install
# first) and runs it on the class path and on the module path, on the machine's default Java
# 17 even when Fourfold itself was built with a newer JDK.
set -euo pipefail
cd "$(dirname "$0")"

java17=""
for candidate in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk; do
  if [ -x "$candidate/bin/java" ]; then java17="$candidate"; break; fi
done
if [ -z "$java17" ]; then
  echo "consumer-it: no Java 17 found; using $(command -v java)" >&2
  java17="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
export JAVA_HOME="$java17"
# The reactor's version, read without Maven's colour codes.
version="${1:-$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' ../pom.xml)}"

mvn -q -B -U -Dfourfold.version="$version" clean package
"$JAVA_HOME/bin/java" -version 2>&1 | head -1

cp_out=$("$JAVA_HOME/bin/java" -cp "target/classes:target/lib/*" com.example.consumer.Main)
mp_out=$("$JAVA_HOME/bin/java" -p "target/classes:target/lib" -m com.example.consumer/com.example.consumer.Main)
printf '%s\n%s\n' "$cp_out" "$mp_out"

fail=0
for out in "$cp_out" "$mp_out"; do
  grep -q '"leadId":"big","verdict":"SQL"' <<<"$out" || { echo "consumer-it: big lead not SQL" >&2; fail=1; }
  grep -q '"leadId":"small","verdict":"DISQUALIFIED"' <<<"$out" || { echo "consumer-it: small lead not disqualified" >&2; fail=1; }
  grep -q '"qualifier":"four-question/1+big-accounts/1"' <<<"$out" || { echo "consumer-it: plug-in not combined" >&2; fail=1; }
done
grep -q 'module path: internal package exported = false' <<<"$mp_out" || { echo "consumer-it: internals exported on the module path" >&2; fail=1; }
if [ "$fail" -ne 0 ]; then exit 1; fi
echo "consumer-it: 2 passed, 0 failed"
