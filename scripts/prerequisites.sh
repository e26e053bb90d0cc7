#!/usr/bin/env bash
# Makes sure the system parts DocsVideo.Sdk needs are present: ffmpeg, espeak-ng and the fonts slides use.
# As root on Debian/Ubuntu it installs what is missing; otherwise it says what to install and stops.
set -euo pipefail
packages=(ffmpeg espeak-ng fonts-dejavu-core fonts-noto-core fonts-noto-mono fonts-noto-cjk)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v ffmpeg >/dev/null && command -v espeak-ng >/dev/null && [ ${#missing[@]} -eq 0 ] && exit 0
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
if ! command -v ffmpeg >/dev/null || ! command -v espeak-ng >/dev/null || [ ${#missing[@]} -gt 0 ]; then
  echo "DocsVideo.Sdk needs: ${missing[*]:-ffmpeg espeak-ng}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]:-ffmpeg espeak-ng}" >&2
  exit 1
fi
