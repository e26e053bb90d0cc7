#!/usr/bin/env bash
# Rerunnable benchmark of the render pipeline (issue: "Edit one scene, wait seconds"). Prints a table of:
#   - clean build of a 10-scene ~100 s 1080p30 script (stills, clips, narration, crossfades, music), x realtime
#   - the same video made by hand the usual way (-loop 1 stills joined in one xfade filter graph), side by side
#   - a rebuild after editing one scene's narration: time, scenes re-encoded, and PSNR against a clean build
#   - a no-op `dotnet build` of a project using the packed SDK, against an empty Microsoft.Build.NoTargets project
#   - peak memory of the renderer, and render time at 1x, 2x and 4x the length
#   - for reference, the clean build and peak memory of the same script with clips that move everywhere
# Usage: scripts/benchmark.sh [work-dir]   (needs ./build.sh to have packed nuget/ for the dotnet build rows)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d /tmp/docsvideo-bench.XXXX)}
mkdir -p "$work"
cd "$work"
ff() { ffmpeg -hide_banner -v error -y "$@"; }
now() { date +%s.%N; }
since() { echo "$(now) - $1" | awk '{printf "%.2f", $1 - $3}'; }

dotnet build "$repo/src/DocsVideo.Cli" -c Release -v q -nologo >/dev/null
docsvideo=("dotnet" "$repo/src/DocsVideo.Cli/bin/Release/net10.0/docsvideo.dll")

# Assets: five 1080p stills and five 8 s 1080p30 screen recordings (a console page with a log scrolling by, a growing
# progress bar, a request counter and a moving pointer), like the clips tutorials are made of. The moving parts are
# overlays: drawbox reads `t` as its line thickness, not the time, so boxes drawn with it never moved (the clips of
# the second session's benchmark were static but for the counter). Assets from another version are made again.
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
mono=/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf
assets=3
if [ "$(cat assets.version 2>/dev/null)" != "$assets" ]; then rm -f still?.png clip?.mp4 motion?.mp4; fi
for n in $(seq 1 120); do
  printf "12:%02d:%02d  INFO  proxy  request %05d  GET /orders/%d  upstream 10.0.0.%d  %d ms\n" $((n / 60)) $((n % 60)) $((n * 37)) "$n" $((n % 9 + 2)) $((n * 7 % 90 + 3))
done > log.txt
for i in 1 2 3 4 5; do
  [ -f still$i.png ] || ff -f lavfi -i "gradients=s=1920x1080:seed=$i:nb_colors=3" -frames:v 1 -update 1 still$i.png
  [ -f clip$i.mp4 ] || ff -f lavfi -i "color=c=0xf4f6f9:s=1920x1080:r=30:d=8" -f lavfi -i "color=c=0x2563eb:s=1200x40:r=30" \
      -f lavfi -i "color=c=black:s=18x26:r=30" -filter_complex "
      [0:v]drawtext=fontfile=$mono:textfile=log.txt:x=420:y='420-60*t-$i*40':fontsize=26:line_spacing=10:fontcolor=0x334155,
      drawbox=x=0:y=0:w=1920:h=400:c=0xf4f6f9:t=fill[log];
      [log][1:v]overlay=x='-840+min(1200,150*t)':y=240:shortest=1,
      drawbox=x=0:y=0:w=1920:h=80:c=0x0d2137:t=fill, drawbox=x=0:y=80:w=360:h=1000:c=0xe3e8ef:t=fill,
      drawtext=fontfile=$font:text='Step $i of the setup':x=420:y=130:fontsize=48:fontcolor=0x0f172a,
      drawtext=fontfile=$font:text='%{eif\\:t*1000\\:d} requests served':x=420:y=320:fontsize=36:fontcolor=0x334155[ui];
      [ui][2:v]overlay=x='1500-120*t':y='900-80*t':shortest=1" \
      -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p clip$i.mp4
  # The hard case, for reference: clips that move everywhere (ffmpeg's colour test pattern), 40 times the bitrate.
  [ -f motion$i.mp4 ] || ff -f lavfi -i "testsrc2=s=1920x1080:r=30:d=8" -vf "hue=h=$((i * 60))" -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p motion$i.mp4
done
echo "$assets" > assets.version

sentence() { echo "In part $1 of this tour we look at step $2 of the setup, explain what each field on the screen means, and why the default values are a sensible place to start for most teams."; }
# script NAME SCENES [EDITED-SCENE] [CLIPS]: alternating still and clip scenes of about 10 s each.
script() {
  local name=$1 scenes=$2 edited=${3:-0} clips=${4:-clip}
  {
    printf -- "---\nsize: 1080p\nfps: 30\ntransition: crossfade 0.5\nbackground: corporate-1 0.6 fade-in fade-out\nsubtitles: embed\n---\n"
    for s in $(seq 1 "$scenes"); do
      [ "$s" -gt 1 ] && printf -- "---\n"
      if [ $((s % 2)) -eq 1 ]; then printf "![](still$(( (s / 2) % 5 + 1 )).png)\n\n"; else printf "![]($clips$(( (s / 2) % 5 + 1 )).mp4)\n\n"; fi
      sentence "$name" "$s"
      [ "$s" -eq "$edited" ] && printf " This sentence was added in an edit."
      printf "\n\n"
    done
  } > "$name.vmd"
}

render() { # render NAME CACHE -> seconds
  local start; start=$(now)
  "${docsvideo[@]}" render "$1.vmd" -o "$1.mp4" --cache "$2" >"$1.log"
  since "$start"
}

script tour 10
rm -rf cache-clean cache-edit
clean=$(render tour cache-clean)
length=$(ffprobe -v error -show_entries format=duration -of csv=p=0 tour.mp4)

# The hand-written way: every still looped with -loop 1, every clip padded, one xfade chain, our audio muxed.
inputs=(); graph=""; offset=0; prev="[v0]"
mapfile -t durations < <(python3 -c "import json,sys; [print(s['duration']) for s in json.load(open('tour.report.json'))['scenes']]")
for s in $(seq 1 10); do
  d=${durations[$((s - 1))]}
  extended=$(echo "$d 0.5" | awk '{print $1 + $2}')
  if [ $((s % 2)) -eq 1 ]; then inputs+=(-loop 1 -framerate 30 -t "$extended" -i "still$(( (s / 2) % 5 + 1 )).png")
  else inputs+=(-i "clip$(( (s / 2) % 5 + 1 )).mp4"); fi
  graph+="[$((s - 1)):v]fps=30,scale=1920:1080,setsar=1,format=yuv420p,tpad=stop_mode=clone:stop_duration=30,trim=duration=$extended,setpts=PTS-STARTPTS[v$((s - 1))];"
done
for s in $(seq 2 10); do
  offset=$(echo "$offset ${durations[$((s - 2))]}" | awk '{print $1 + $2}')
  graph+="$prev[v$((s - 1))]xfade=transition=fade:duration=0.5:offset=$offset[x$s];"
  prev="[x$s]"
done
ff -i tour.mp4 -vn -c:a copy tour-audio.m4a
start=$(now)
ff "${inputs[@]}" -i tour-audio.m4a -filter_complex "${graph%;}" -map "$prev" -map 10:a -c:v libx264 -preset veryfast -tune stillimage -c:a copy -shortest baseline.mp4
baseline=$(since "$start")

# Edit one scene's narration and rebuild from the warm cache; compare with a clean build of the edited script.
cp -r cache-clean cache-edit
script tour 10 5
edit=$(render tour cache-edit)
rendered=$(python3 -c "import json; r=json.load(open('tour.report.json')); print(sum(s['rendered'] for s in r['scenes']), 'scene(s) and', r.get('transitionsRendered', 0), 'transition(s)')")
cp tour.mp4 edited.mp4
rm -rf cache-fresh; render tour cache-fresh >/dev/null
psnr=$(ffmpeg -hide_banner -i edited.mp4 -i tour.mp4 -lavfi "[0:v][1:v]psnr" -f null - 2>&1 | grep -o "average:[0-9.inf]*" | cut -d: -f2)
same_length=$(ffprobe -v error -show_entries format=duration -of csv=p=0 edited.mp4)/$(ffprobe -v error -show_entries format=duration -of csv=p=0 tour.mp4)

# Peak memory (KB) of a clean render, and render time at 1x, 2x, 4x the length.
script tour 10; rm -rf cache-mem
peak=$(/usr/bin/time -f %M "${docsvideo[@]}" render tour.vmd -o mem.mp4 --cache cache-mem 2>&1 >/dev/null | tail -1)
script long2 20; script long4 40
rm -rf cache-2 cache-4
t2=$(render long2 cache-2); t4=$(render long4 cache-4)

# The same script with clips that move everywhere: time and peak memory of its clean build.
script motion 10 0 motion; rm -rf cache-motion
motion_peak=$(/usr/bin/time -f "%e %M" "${docsvideo[@]}" render motion.vmd -o motion.mp4 --cache cache-motion 2>&1 >/dev/null | tail -1)
motion_length=$(ffprobe -v error -show_entries format=duration -of csv=p=0 motion.mp4)

# No-op dotnet build: a project using the packed SDK against an empty NoTargets project.
noop=n/a; notargets=n/a
if ls "$repo"/nuget/DocsVideo.Sdk.*.nupkg >/dev/null 2>&1; then
  for p in sdkproj ntproj; do mkdir -p $p; done
  cp tour.vmd still*.png clip*.mp4 sdkproj/
  printf '<Project Sdk="DocsVideo.Sdk" />\n' > sdkproj/Bench.csproj
  printf '<Project Sdk="Microsoft.Build.NoTargets/3.7.0"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n' > ntproj/Empty.csproj
  for p in sdkproj ntproj; do
    printf '{ "msbuild-sdks": { "DocsVideo.Sdk": "0.1.0" } }\n' > $p/global.json
    printf '<configuration><config><add key="globalPackagesFolder" value="%s/packages" /></config><packageSources><add key="local" value="%s/nuget" /></packageSources></configuration>\n' "$work" "$repo" > $p/nuget.config
    (cd $p && dotnet build -nodeReuse:false -v q >/dev/null)
  done
  noop_time() { (cd "$1" && local s; s=$(now); for _ in 1 2 3; do dotnet build --no-restore -nodeReuse:false -v q >/dev/null; done; echo "$(since "$s") 3" | awk '{printf "%.2f", $1 / $2}'); }
  noop=$(noop_time sdkproj); notargets=$(noop_time ntproj)
fi

# Parsing a 1,000-scene script: `check` on it, less `check` on a one-scene script (the process start).
{
  printf -- "---\nsize: 1080p\ntransition: crossfade 0.2\n---\n"
  for s in $(seq 1 1000); do
    [ "$s" -gt 1 ] && printf -- "---\n"
    printf "(pause: 1)\n\n![](still1.png)\n\n(font-size: 30)\n\n\`\`\`md\n# Part $s\n- a point\n\`\`\`\n\nNarration of scene $s with \`code\` and *emphasis*.\n\n"
  done
} > parse1000.vmd
printf -- "---\nsize: 1080p\n---\nHi\n" > parse1.vmd
best() { local best=999; for _ in 1 2 3 4 5; do local s; s=$(now); "${docsvideo[@]}" check "$1" >/dev/null || true; local t; t=$(since "$s"); best=$(echo "$t $best" | awk '{print ($1 < $2) ? $1 : $2}'); done; echo "$best"; }
parse_ms=$(echo "$(best parse1000.vmd) $(best parse1.vmd)" | awk '{printf "%.0f", ($1 - $2) * 1000}')

ratio() { echo "$1 $2" | awk '{printf "%.2f", $1 / $2}'; }
cat <<TABLE
| measure | value | target |
|---|---|---|
| clean build, 10 scenes, ${length%.*} s 1080p30 | ${clean} s = $(ratio "$length" "$clean")x realtime | >= 6x |
| hand-written -loop 1 + xfade graph | ${baseline} s (ours is $(ratio "$clean" "$baseline") of it) | ours <= 0.5 |
| rebuild after editing one scene's narration | ${edit} s = $(ratio "$edit" "$clean") of clean; $rendered re-encoded | <= 0.15, 1 scene + 2 transitions |
| edited rebuild vs clean build of the edited script | duration $same_length s, PSNR ${psnr} dB | same duration, PSNR >= 40 |
| no-op dotnet build (mean of 3) | ${noop} s vs NoTargets ${notargets} s | <= 1.2x |
| peak memory of the renderer (clean 1080p build) | $((peak / 1024)) MB | < 500 MB |
| the same with full-motion clips (test pattern): clean build, peak memory | ${motion_peak% *} s = $(ratio "$motion_length" "${motion_peak% *}")x realtime, $((${motion_peak#* } / 1024)) MB | (reference) |
| render time at 1x / 2x / 4x length | ${clean} / ${t2} / ${t4} s | linear |
| parsing a 1,000-scene script (check, less process start) | ${parse_ms} ms | < 100 ms |
TABLE
echo "work folder: $work"
