#!/usr/bin/env bash
# Remakes the stand-in assets of the Kong JWT sample: a title background and short screen-recording-like
# clips of a gateway admin console. Deterministic (no random sources), each file well under 300 KB.
# Needs ffmpeg with drawtext and the DejaVu fonts (Debian: ffmpeg fonts-dejavu-core).
set -euo pipefail
cd "$(dirname "$0")"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
bold=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
mono=/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf
ff() { ffmpeg -hide_banner -v error -y "$@"; }

# Title background: a dark blue gradient with a soft glow and a grid, dark enough for the light theme's white text.
ff -f lavfi -i "gradients=s=1280x720:c0=0x0b1e3a:c1=0x123f6e:x0=0:y0=0:x1=1280:y1=720:nb_colors=2,format=rgb24" \
   -vf "drawgrid=w=80:h=80:t=1:c=white@0.05,
        drawbox=x=0:y=620:w=1280:h=100:c=0x081528@0.8:t=fill,
        drawtext=fontfile=$bold:text='KONG GATEWAY':x=60:y=650:fontsize=28:fontcolor=0x7fb2ff,
        drawtext=fontfile=$font:text='JWT plugin tutorial':x=1000:y=655:fontsize=22:fontcolor=white@0.6" \
   -frames:v 1 -update 1 00-kong-background.png

# clip NAME SECONDS TITLE FIELD VALUE RESULT: a console page where a value is typed, a button is clicked and a result appears.
clip() {
  local name=$1 seconds=$2 title=$3 field=$4 value=$5 result=$6
  local n=${#value} half=$(( ${#value} / 2 ))
  # drawtext reads ':' as an option separator: escape it in the texts.
  local partial=${value:0:$half}
  value=${value//:/\\:} partial=${partial//:/\\:} result=${result//:/\\:}
  ff -f lavfi -i "color=c=0xf4f6f9:s=960x540:r=15:d=$seconds" -vf "
    drawbox=x=0:y=0:w=960:h=44:c=0x0d2137:t=fill,
    drawtext=fontfile=$bold:text='Kong Manager':x=18:y=13:fontsize=18:fontcolor=white,
    drawtext=fontfile=$font:text='localhost\:8002/default/services':x=640:y=15:fontsize=13:fontcolor=white@0.6,
    drawbox=x=0:y=44:w=190:h=496:c=0xe3e8ef:t=fill,
    drawtext=fontfile=$font:text='Gateway Services':x=20:y=70:fontsize=14:fontcolor=0x334155,
    drawtext=fontfile=$font:text='Routes':x=20:y=100:fontsize=14:fontcolor=0x334155,
    drawtext=fontfile=$font:text='Consumers':x=20:y=130:fontsize=14:fontcolor=0x334155,
    drawtext=fontfile=$font:text='Plugins':x=20:y=160:fontsize=14:fontcolor=0x334155,
    drawtext=fontfile=$bold:text='$title':x=220:y=70:fontsize=24:fontcolor=0x0f172a,
    drawtext=fontfile=$font:text='$field':x=220:y=130:fontsize=14:fontcolor=0x475569,
    drawbox=x=220:y=152:w=520:h=36:c=white:t=fill,
    drawbox=x=220:y=152:w=520:h=36:c=0x94a3b8:t=1,
    drawtext=fontfile=$mono:text='$partial':x=232:y=162:fontsize=16:fontcolor=0x0f172a:enable='gte(t,1)',
    drawtext=fontfile=$mono:text='$value':x=232:y=162:fontsize=16:fontcolor=0x0f172a:enable='gte(t,2)',
    drawbox=x='227+10*$n*min(max(t-1,0),1)':y=158:w=2:h=24:c=0x2563eb:t=fill:enable='lt(t,3)',
    drawbox=x=220:y=220:w=120:h=36:c=0x1155cb:t=fill,
    drawbox=x=220:y=220:w=120:h=36:c=0x0b3d91:t=fill:enable='between(t,3.4,3.8)',
    drawtext=fontfile=$bold:text='Save':x=262:y=230:fontsize=15:fontcolor=white,
    drawbox=x=220:y=290:w=700:h=160:c=0x0f172a:t=fill:enable='gte(t,4)',
    drawtext=fontfile=$mono:text='$result':x=236:y=306:fontsize=14:fontcolor=0x86efac:enable='gte(t,4.3)',
    drawtext=fontfile=$mono:text='HTTP/1.1 200 OK  x-kong-upstream-latency\: 12':x=236:y=330:fontsize=14:fontcolor=0x94a3b8:enable='gte(t,4.6)',
    drawbox=x='if(lt(t,3),760-150*t/3,if(lt(t,3.4),310,310+40*(t-3.4)))':y='if(lt(t,3),420-180*t/3,if(lt(t,3.4),236,236+60*(t-3.4)))':w=10:h=14:c=black:t=fill
  " -c:v libx264 -preset veryslow -crf 30 -pix_fmt yuv420p -an -movflags +faststart "$name"
}

clip 01_CreateService.mp4 6 'New Gateway Service' 'Upstream URL' 'http://httpbin.org/anything' '{ "name": "echo", "path": "/anything" }'
clip 02_CreateRoute.mp4 6 'New Route' 'Paths' '/demo' '{ "name": "demo", "paths": ["/demo"] }'
clip 03_ConfrirmAccess.mp4 16 'Try the route' 'Request' 'GET localhost:8000/demo' '{ "url": "http://localhost/anything" }'
clip 04_EnableJWTPlugin.mp4 7 'Enable JWT plugin' 'Key claim name' 'iss' '{ "name": "jwt", "enabled": true }'
clip 05_AccessBlock.mp4 5 'Try the route' 'Request' 'GET localhost:8000/demo' '{ "message": "Unauthorized" }'
clip 06_CreateConsumer.mp4 5 'New Consumer' 'Username' 'Joe' '{ "username": "Joe" }'
clip 07_GenJWTCred.mp4 8 'New JWT credential' 'Algorithm' 'HS256' '{ "key": "Y2kBv", "algorithm": "HS256" }'
clip 10_CreateJWTCustomCred.mp4 7 'New JWT credential' 'Key' 'my-own-key' '{ "key": "my-own-key", "secret": "..." }'
clip 08_GenToken.mp4 8 'jwt.io debugger' 'Payload' '{"iss": "Y2kBv"}' 'eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJZMmtCdiJ9'
clip 09_AccessWithToken.mp4 7 'Try the route' 'Authorization' 'Bearer eyJhbGciOi...' '{ "headers": { "Authorization": "Bearer" } }'
ls -l 00-kong-background.png ./*.mp4
