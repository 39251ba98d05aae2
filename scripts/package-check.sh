#!/usr/bin/env bash
# The packages as a user gets them: packs GovDisclosure.Core, GovDisclosure.Extraction and the govdisclosure tool into a
# local folder, then, outside the repository,
#   1. runs the README's example, taken from README.md unchanged, as the Program.cs of a new console project that
#      references the packed .nupkg files from that folder (no project reference);
#   2. installs the tool with `dotnet tool install --add-source` and runs `govdisclosure` on the seed report.
#
#   scripts/package-check.sh [WORK_FOLDER]      (default: a new temporary folder, removed at the end)
#
# Packages are restored into WORK_FOLDER/packages, so a package of the same version packed earlier and cached in
# ~/.nuget/packages is never used instead of the one just packed. The dependencies (CsvHelper, AngleSharp,
# Microsoft.Extensions.*) come from the machine's usual package sources.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

if [ $# -gt 0 ]; then
  work=$1
  mkdir -p "$work"
  work=$(cd "$work" && pwd)
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
case "$work/" in
  "$repo"/*) echo "package-check.sh: the work folder must be outside the repository" >&2; exit 2 ;;
esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
feed="$work/nupkg"
rm -rf "$feed" "$work/app" "$work/tools" "$work/packages"
mkdir -p "$feed"
version=$(dotnet msbuild src/GovDisclosure.Core -getProperty:Version)

echo "== dotnet pack (version $version) into $feed"
for project in src/GovDisclosure.Core src/GovDisclosure.Extraction samples/GovDisclosure.Cli; do
  dotnet pack "$project" -c Release -o "$feed" -v quiet -nologo > "$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
done
ls "$feed"

# From here on, packages are restored into the work folder only.
export NUGET_PACKAGES="$work/packages"

echo "== the README's example in a new console project referencing the packages"
mkdir -p "$work/app"
cat > "$work/app/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
EOF
cat > "$work/app/App.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="GovDisclosure.Core" Version="$version" />
    <PackageReference Include="GovDisclosure.Extraction" Version="$version" />
  </ItemGroup>
</Project>
EOF
# The README's only C# block, as it is.
awk '/^```csharp$/ { inside = 1; next } /^```$/ { inside = 0 } inside' README.md > "$work/app/Program.cs"
(cd "$work/app" && dotnet run > "$work/app.out" 2> "$work/app.err") || { cat "$work/app.err" "$work/app.out"; exit 1; }
head -n 3 "$work/app.out"
if [ "$(head -n 1 "$work/app.out")" != "12" ] || ! grep -q '<div class="govdisclosure-report" lang="zh-CN">' "$work/app.out"; then
  echo "package-check.sh: the README's example printed something else (above)" >&2
  exit 1
fi
for package in GovDisclosure.Core GovDisclosure.Extraction; do
  [ -d "$NUGET_PACKAGES/$(echo "$package" | tr '[:upper:]' '[:lower:]')/$version" ] || { echo "package-check.sh: $package $version was not restored from $feed" >&2; exit 1; }
done
echo "README example: ran from the packages ($(wc -l < "$work/app.out") lines of output)"

echo "== dotnet tool install --tool-path $work/tools --add-source $feed GovDisclosure.Cli"
dotnet tool install --tool-path "$work/tools" --add-source "$feed" GovDisclosure.Cli --version "$version"
"$work/tools/govdisclosure" --help | head -n 3
"$work/tools/govdisclosure" render samples/data/gaoqiao-township-2018.json > "$work/render.out"
grep -F "| 主动公开文件数 | 208 | 2758 |" "$work/render.out"
"$work/tools/govdisclosure" validate samples/data/gaoqiao-township-2018.json --lang en | tail -n 2 || true

echo "package check passed"
