#!/usr/bin/env bash
# Builds the consumer projects against the locally installed Fourfold artifacts (mvn install
# first) and runs them on the class path and on the module path, on the machine's default Java
# 17 even when Fourfold itself was built with a newer JDK:
# - consumer-it: Jackson 2 and 3 side by side, with the Jackson versions Fourfold is built with,
#   then again with the lowest it supports (-Pjackson-lowest);
# - consumer-it/jackson3: a Jackson-3-only user whose JsonMapper finds the module by itself.
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
"$JAVA_HOME/bin/java" -version 2>&1 | head -1

fail=0
check() { # check TEXT PATTERN MESSAGE
  grep -qF -- "$2" <<<"$1" || { echo "consumer-it: $3" >&2; fail=1; }
}

# Jackson 2 and 3 on one class path (and module path).
for profile in "" "jackson-lowest"; do
  mvn -q -B -U -Dfourfold.version="$version" ${profile:+-P$profile} clean package
  cp_out=$("$JAVA_HOME/bin/java" -cp "target/classes:target/lib/*" com.example.consumer.Main)
  mp_out=$("$JAVA_HOME/bin/java" -p "target/classes:target/lib" -m com.example.consumer/com.example.consumer.Main)
  printf '%s\n%s\n' "$cp_out" "$mp_out"
  for out in "$cp_out" "$mp_out"; do
    check "$out" '"leadId":"big","verdict":"SQL"' "big lead not SQL ${profile}"
    check "$out" '"leadId":"small","verdict":"DISQUALIFIED"' "small lead not disqualified ${profile}"
    check "$out" '"qualifier":"four-question/1+big-accounts/1"' "plug-in not combined ${profile}"
    check "$out" ') agree = true' "Jackson 2 and 3 disagree ${profile}"
  done
  check "$mp_out" 'module path: internal package exported = false' "internals exported on the module path"
  if [ "$profile" = "jackson-lowest" ]; then
    check "$cp_out" 'jackson 2 (2.21.4) and 3 (3.1.4)' "not run on the lowest Jackson versions"
  fi
done

# Jackson 3 only.
(
  cd jackson3
  mvn -q -B -U -Dfourfold.version="$version" clean package
)
lead=../examples/leads/conveyor-belt.json
cp_out=$("$JAVA_HOME/bin/java" -cp "jackson3/target/classes:jackson3/target/lib/*" com.example.consumer.jackson3.Main "$lead")
mp_out=$("$JAVA_HOME/bin/java" -p "jackson3/target/classes:jackson3/target/lib" -m com.example.consumer.jackson3/com.example.consumer.jackson3.Main "$lead")
printf '%s\n%s\n' "$cp_out" "$mp_out"
for out in "$cp_out" "$mp_out"; do
  check "$out" '{"leadId":"conveyor-belt-foodco","verdict":"SQL","asOf":"2027-03-01","criteria":[' "Jackson 3 result not in the format's order"
  check "$out" 'jackson 2 databind present = false' "Jackson 2 databind on the Jackson 3 user's path"
done

if [ "$fail" -ne 0 ]; then exit 1; fi
echo "consumer-it: 3 runs × 2 paths passed, 0 failed"
