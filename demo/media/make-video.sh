#!/usr/bin/env bash
# Regenerates the forecast-categories clip used by the lesson `crm-forecasting-basics`:
#   demo/public/media/forecast-categories.webm  (VP9, 640x360, 18 s, silent, ~12 fps of still slides)
#   demo/public/media/forecast-categories.jpg   (poster: the first slide)
#   demo/public/media/forecast-categories.en.vtt and forecast-categories.en.txt (captions, transcript)
#
# Only a content author runs this (Debian: `apt-get install -y ffmpeg`); the files it writes are
# committed, so neither CI nor `npm start` needs ffmpeg. The slide texts below are the single
# source for the video, the captions and the transcript, so the three cannot drift apart — and
# they must agree with demo/content/articles/forecast-categories.md and DEMO-WORLD.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/../public/media}"
name=forecast-categories
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
bold=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
slide_seconds=3.6

command -v ffmpeg >/dev/null || { echo "make-video.sh needs ffmpeg (Debian: apt-get install -y ffmpeg)" >&2; exit 1; }
[[ -f $font && -f $bold ]] || { echo "make-video.sh needs the DejaVu fonts (Debian: fonts-dejavu-core)" >&2; exit 1; }
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One slide per line: background colour | heading | body (body lines separated by "\n").
slides=(
  "#17324d|Forecast categories|Every open deal in the quarter gets one of three:\ncommit, best case or pipeline."
  "#1c6b35|Commit|You would bet your bonus on it\nclosing this quarter."
  "#0b5cad|Best case|It can close this quarter\nif things go our way."
  "#5b6776|Pipeline|Real, but not likely this quarter."
  "#17324d|Submit by Monday 12:00|The columns add up: commit is inside best case,\nbest case is inside pipeline."
)

# Timestamps as WebVTT wants them (HH:MM:SS.mmm); awk keeps this free of bc.
stamp() { awk -v s="$1" 'BEGIN { printf "%02d:%02d:%06.3f", int(s / 3600), int(s % 3600 / 60), s - int(s / 60) * 60 }'; }

vtt="$work/$name.en.vtt"
txt="$work/$name.en.txt"
printf 'WEBVTT - Forecast categories in Helm CRM\n' >"$vtt"
printf 'Forecast categories in Helm CRM — transcript (the video is silent; its slides say:)\n' >"$txt"

inputs=()
filters=""
for i in "${!slides[@]}"; do
  IFS='|' read -r colour heading body <<<"${slides[$i]}"
  # drawtext reads its text from files: no escaping of colons, commas or apostrophes in filter syntax.
  printf '%s' "$heading" >"$work/h$i.txt"
  printf '%b' "$body" >"$work/b$i.txt"
  printf 'Helm CRM · Forecast   %d / %d' $((i + 1)) ${#slides[@]} >"$work/k$i.txt"
  inputs+=(-f lavfi -i "color=c=${colour}:s=640x360:r=12:d=${slide_seconds}")
  filters+="[$i:v]"
  filters+="drawtext=fontfile=$bold:textfile=$work/k$i.txt:fontcolor=white@0.75:fontsize=18:x=40:y=32,"
  filters+="drawtext=fontfile=$bold:textfile=$work/h$i.txt:fontcolor=white:fontsize=44:x=40:y=120,"
  filters+="drawtext=fontfile=$font:textfile=$work/b$i.txt:fontcolor=white:fontsize=24:line_spacing=10:x=40:y=200[s$i];"

  start=$(awk -v i="$i" -v d="$slide_seconds" 'BEGIN { print i * d }')
  end=$(awk -v i="$i" -v d="$slide_seconds" 'BEGIN { print (i + 1) * d }')
  printf '\n%s\n%s --> %s\n%s\n%b\n' "$((i + 1))" "$(stamp "$start")" "$(stamp "$end")" "$heading." "$body" >>"$vtt"
  printf '%s. %b' "$heading" "$body" | tr '\n' ' ' >>"$txt"
  printf '\n' >>"$txt"
done
for i in "${!slides[@]}"; do filters+="[s$i]"; done
filters+="concat=n=${#slides[@]}:v=1:a=0,format=yuv420p[v]"

# Still slides compress to almost nothing; CRF 40 keeps the text sharp at ~5 KB per slide.
# bitexact + no metadata: re-running the script on the same ffmpeg gives the same bytes.
ffmpeg -hide_banner -loglevel error -y "${inputs[@]}" -filter_complex "$filters" -map '[v]' \
  -c:v libvpx-vp9 -b:v 0 -crf 40 -row-mt 1 -deadline good -cpu-used 4 -threads 2 -g 48 \
  -map_metadata -1 -fflags +bitexact -flags:v +bitexact "$work/$name.webm"
ffmpeg -hide_banner -loglevel error -y -ss 1 -i "$work/$name.webm" -frames:v 1 -q:v 4 \
  -map_metadata -1 -fflags +bitexact -flags:v +bitexact "$work/$name.jpg"

cp "$work/$name.webm" "$work/$name.jpg" "$vtt" "$txt" "$out/"
ls -l "$out/$name".*
