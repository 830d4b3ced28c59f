#!/usr/bin/env bash
# Screenshots of the built site for the README, with Debian's headless Chromium.
# Usage: make html && scripts/screenshots.sh   (needs: apt install chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
python3 -m http.server "$port" --bind 127.0.0.1 --directory output >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
profile=$(mktemp -d)
shoot() {  # name width height path
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --hide-scrollbars --user-data-dir="$profile" \
    --window-size="$2,$3" --screenshot="docs/screenshots/$1.png" "http://127.0.0.1:$port/$4" 2>/dev/null
}
shoot home-desktop 1280 1000 index.html
shoot event-desktop 1280 1600 "events/zaporizhzhia-plant-mining-allegations-2023.html"
shoot event-mobile 390 1600 "events/nato-summit-vilnius-2023.html"
shoot article-desktop 1280 1300 "articles/nato-ratchets-up-anti-russian-offensive-in-poland-and-ukraine.html"
shoot home-mobile 390 1200 index.html
shoot article-mobile 390 1400 "articles/nato-plans-escalation-against-russia-at-vilnius-summit.html"
rm -rf "$profile"
