#!/usr/bin/env bash
# The package as a consumer gets it (issue #12): packs HistoricalEvents.nupkg and .snupkg with package validation and
# no warnings, checks what the package holds (README, licence, icon, XML docs, SourceLink), then builds a fresh
# console app OUTSIDE the repository that restores the package from a local folder feed (no project reference), runs
# the README's "Quick start in code" block as its Program.cs on the seed card, and compares its output.
# Usage: tests/PackageConsumer/run.sh   (from anywhere; needs git, unzip and the .NET 10 SDK)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { printf 'PACKAGE CONSUMER FAILED: %s\n' "$*"; exit 1; }

# SourceLink needs the public repository URL as the git remote: pack in place when origin is on GitHub, else pack
# a clone of HEAD whose origin is the project's RepositoryUrl (CI's clone has a local path as origin).
repo_url=$(sed -n 's:.*<RepositoryUrl>\(.*\)</RepositoryUrl>.*:\1:p' "$root/Directory.Build.props")
origin=$(git -C "$root" remote get-url origin 2>/dev/null || true)
src=$root
if [[ "$origin" != https://github.com/* ]]; then
    echo "packing a clone of HEAD with origin $repo_url (origin here: ${origin:-none})"
    git clone -q "$root" "$work/clone"
    git -C "$work/clone" remote set-url origin "$repo_url"
    src=$work/clone
fi

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$src/src/HistoricalEvents/HistoricalEvents.csproj")
dotnet pack "$src/src/HistoricalEvents" -c Release -o "$work/feed" -p:ContinuousIntegrationBuild=true -warnaserror 2>&1 | tee "$work/pack.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || fail "dotnet pack"
dotnet pack "$src/src/HistoricalEvents.Parquet" -c Release -o "$work/feed" -p:ContinuousIntegrationBuild=true -warnaserror 2>&1 | tee -a "$work/pack.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || fail "dotnet pack HistoricalEvents.Parquet"
! grep -qi ': warning' "$work/pack.log" || fail "dotnet pack printed warnings"
nupkg=$work/feed/HistoricalEvents.$version.nupkg
[ -f "$nupkg" ] && [ -f "$work/feed/HistoricalEvents.$version.snupkg" ] || fail "no .nupkg and .snupkg for $version"
listing=$(unzip -l "$nupkg")
for f in README.md icon.png lib/net10.0/HistoricalEvents.dll lib/net10.0/HistoricalEvents.xml; do
    grep -q " $f\$" <<<"$listing" || fail "$f missing from the package"
done
nuspec=$(unzip -p "$nupkg" HistoricalEvents.nuspec)
grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "licence expression"
grep -q '<icon>icon.png</icon>' <<<"$nuspec" || fail "icon"
grep -q '<readme>README.md</readme>' <<<"$nuspec" || fail "readme"
grep -Eq "<repository type=\"git\" url=\"$repo_url\"[^>]* commit=\"[0-9a-f]{40}\"" <<<"$nuspec" || fail "SourceLink repository commit"
echo "package: $(basename "$nupkg") with README, licence, icon, XML docs, symbols and SourceLink"

# The consumer: outside the repository, the package from the local feed only.
app=$work/consumer
mkdir -p "$app"
cp "$here/PackageConsumer.csproj" "$app/"
cat > "$app/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="HistoricalEvents" /><package pattern="HistoricalEvents.Parquet" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
CONFIG
awk '/^## Quick start in code/ {section = 1} section && /^```csharp/ {code = 1; next} code && /^```/ {exit} code {print}' \
    "$root/README.md" > "$app/Program.cs"
[ -s "$app/Program.cs" ] || fail "no csharp block under '## Quick start in code' in README.md"
seed=$root/../shared/seed/000_52881603a37a9534.txt
[ -f "$seed" ] || seed=$root/tests/HistoricalEvents.Tests/TestData/Cards/000_52881603a37a9534.txt
cp "$seed" "$app/cards.txt"
(cd "$app" && dotnet build -p:HistoricalEventsVersion="$version" --packages "$work/packages" -nologo -v q 2>&1) > "$work/build.log" || { cat "$work/build.log"; fail "the quick start does not build against the package"; }
grep -q "HistoricalEvents/$version" "$app/obj/project.assets.json" || fail "the consumer did not restore the package"
! grep -q '"type": "project"' "$app/obj/project.assets.json" || fail "the consumer has a project reference"
(cd "$app" && dotnet run --no-build > "$work/output.txt") || fail "the quick start exited with $?"
diff -u "$here/expected-output.txt" "$work/output.txt" || fail "the quick start's output differs from expected-output.txt"
head -c 4 "$app/timeline.svg" | grep -q '<svg' || fail "timeline.svg was not written"
echo "consumer: the README's quick start ran against HistoricalEvents $version from the package and printed the expected output"

# The second package: a fresh app that references only HistoricalEvents.Parquet (which brings HistoricalEvents).
papp=$work/parquet-consumer
mkdir -p "$papp"
cp "$here/Parquet/ParquetConsumer.csproj" "$here/Parquet/Program.cs" "$app/nuget.config" "$app/cards.txt" "$papp/"
[ -f "$work/feed/HistoricalEvents.Parquet.$version.nupkg" ] || fail "no HistoricalEvents.Parquet.$version.nupkg"
(cd "$papp" && dotnet build -p:HistoricalEventsVersion="$version" --packages "$work/packages" -nologo -v q 2>&1) > "$work/pbuild.log" || { cat "$work/pbuild.log"; fail "the Parquet consumer does not build against the packages"; }
grep -q "HistoricalEvents.Parquet/$version" "$papp/obj/project.assets.json" || fail "the Parquet consumer did not restore the package"
! grep -q '"type": "project"' "$papp/obj/project.assets.json" || fail "the Parquet consumer has a project reference"
(cd "$papp" && dotnet run --no-build > "$work/poutput.txt") || fail "the Parquet consumer exited with $?"
cat "$work/poutput.txt"
grep -q '^rows written: 2$' "$work/poutput.txt" || fail "the Parquet consumer wrote other than the seed card's two events"
grep -q '^cards read back equal: True$' "$work/poutput.txt" || fail "the seed card did not come back equal from Parquet"
echo "consumer: HistoricalEvents.Parquet $version from the package wrote the seed card and read it back equal"
