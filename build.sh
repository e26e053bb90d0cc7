#!/usr/bin/env bash
# Packs DocsVideo.Sdk into nuget/ and renders every sample video with it, as a user's `dotnet build` would.
set -euo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh
dotnet pack sdk/DocsVideo.Sdk -c Release -o nuget -nodeReuse:false
# The samples restore the SDK into their own packages folder; drop the old copy so the fresh package is used.
rm -rf obj/sample-packages/docsvideo.sdk
for project in samples/*/*.csproj; do
  dotnet build "$project" -nodeReuse:false
done
ls -l samples/*/bin/videos/*.mp4
