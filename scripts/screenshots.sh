#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# Takes the README's screenshots of Kiln Studio under Xvfb, with the real
# window (xcb, not offscreen), from a build folder:
#
#   scripts/screenshots.sh [build-folder] [output-folder] [shot...]
#
# Shots: welcome (studio-welcome.png), completion (studio-completion.png: a
# `{{ }}` reference with the docs beside the list), compare (studio-compare.png:
# two runs side by side), replay (studio-replay-plan.png and studio-replay.png:
# a failed run replayed), component (studio-open-component.png: File › Open
# Component from Image Builder, against scripts/screenshot-imagebuilder.py), small (studio-800x560.png), problems (studio-problems.png), de (studio-de.png), loop
# (studio-loop.png), history (studio-history.png), timeline (studio-timeline.png), report
# (report.png: `kiln run --html` of the same failed run, in headless Chromium), desktop (desktop-entry.png: the installed desktop entry
# in rofi's application launcher). Default: all of them, from build/ into
# docs/screenshots/. Needs xvfb-run, xdotool and ImageMagick's import; the
# desktop shot also needs rofi (`scripts/setup.sh --screenshots` installs them).
# Every shot runs with its own HOME, so the user's settings never leak in.
# Look at each picture before committing it: timing under load can differ.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(realpath "${1:-$here/build}")
out=$(realpath -m "${2:-$here/docs/screenshots}")
shift $(($# > 2 ? 2 : $#))
shots=("$@")
((${#shots[@]})) || shots=(welcome completion compare replay component small problems de loop history timeline report desktop)

width=1280
height=800

# Re-run under a fresh X server once (the screen is a bit larger than the
# window, which is placed at 0,0 and cropped).
if [[ -z "${KILN_SCREENSHOT_X:-}" ]]; then
    for tool in xvfb-run xdotool import; do
        command -v "$tool" >/dev/null || {
            echo "screenshots.sh: $tool not found (scripts/setup.sh --screenshots installs it)" >&2
            exit 1
        }
    done
    KILN_SCREENSHOT_X=1 exec xvfb-run -a -s "-screen 0 1400x900x24" \
        "${BASH_SOURCE[0]}" "$build" "$out" "${shots[@]}"
fi

studio="$build/bin/kiln-studio"
[[ -x "$studio" ]] || { echo "screenshots.sh: $studio not found; build first" >&2; exit 1; }
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The broken document of the problems shots: a phase key typo, a step key
# typo, a duplicate phase and a scalar where a list belongs.
broken_doc() {
    cat <<'YAML'
name: BrokenExample
description: A document with mistakes, to show the problems pane.
schemaVersion: 1.0
phases:
  - name: build
    stepz:
      - name: Download
        action: ExecuteBash
        inputs:
          commands:
            - echo "{{ build.Fetch.outputs.stdout }}"
  - name: build
    steps:
      - name: Greet
        action: ExecuteBash
        timeoutSecond: 60
        inputs:
          commands:
            - echo hi
  - name: deploy
    steps: nothing
YAML
}

loop_doc() {
    cat <<'YAML'
name: CheckHosts
description: Checks every host of a list; one of them is down.
schemaVersion: 1.0
parameters:
  - Hosts:
      type: string
      default: web-1,web-2,db-1,cache-1
      description: Comma-separated host names.
phases:
  - name: build
    steps:
      - name: Prepare
        action: ExecuteBash
        inputs:
          commands:
            - echo "checking {{ Hosts }}"
      - name: PingEach
        action: ExecuteBash
        onFailure: Ignore
        loop:
          name: host
          forEach:
            list: '{{ Hosts }}'
            delimiter: ','
        inputs:
          commands:
            - sleep 0.4
            - if [ "{{ host.value }}" = db-1 ]; then echo "db-1 does not answer" >&2; exit 1; fi
            - echo "{{ host.value }} answers"
      - name: CountDown
        action: ExecuteBash
        loop:
          for:
            start: 3
            end: 1
            updateBy: -1
        inputs:
          commands:
            - sleep 0.2
            - echo "{{ loop.value }}"
      - name: Report
        action: ExecuteBash
        inputs:
          commands:
            - echo done
YAML
}

# A run that fails after a retry, a loop and a reboot (the timeline shot).
failing_doc() {
    cat <<YAML
name: InstallTools
description: Installs the build tools; one package does not exist.
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: UpdateIndex
        action: ExecuteBash
        inputs:
          commands:
            - sleep 0.6; echo "index updated"
      - name: FetchMirror
        action: ExecuteBash
        maxAttempts: 3
        inputs:
          commands:
            - n=\$(cat '$work/tries' 2>/dev/null || echo 0); echo \$((n+1)) > '$work/tries'
            - sleep 0.5
            - '[ "\$n" -ge 1 ] || { echo "mirror timed out" >&2; exit 1; }'
      - name: InstallEach
        action: ExecuteBash
        loop:
          forEach: [gcc, make, cmake, ninja]
        inputs:
          commands:
            - sleep 0.3; echo "installed {{ loop.value }}"
      - name: ApplyKernel
        action: ExecuteBash
        inputs:
          commands:
            - if [ -f '$work/rebooted' ]; then sleep 0.3; exit 0; fi
            - touch '$work/rebooted'; sleep 0.3; exit 194
      - name: InstallProfiler
        action: ExecuteBash
        inputs:
          commands:
            - sleep 0.5
            - 'echo "E: Unable to locate package nosuchprofiler" >&2'
            - exit 100
      - name: Cleanup
        action: ExecuteBash
        inputs:
          commands:
            - echo never
YAML
}

# start_studio NAME FILE [ENV...]: starts the studio on FILE with a fresh HOME,
# waits for its window and puts it at 0,0 in the shot's size.
start_studio() {
    local name=$1 file=$2
    shift 2
    local home="$work/home-$name"
    mkdir -p "$home"
    env -u LANG -u LANGUAGE HOME="$home" XDG_CONFIG_HOME="$home/.config" \
        XDG_DATA_HOME="$home/.local/share" QT_QPA_PLATFORM=xcb "$@" \
        "$studio" ${file:+"$file"} >"$work/$name.log" 2>&1 &
    studio_pid=$!
    window=$(xdotool search --sync --onlyvisible --pid "$studio_pid" 2>/dev/null | head -n 1)
    xdotool windowmove "$window" 0 0 windowsize "$window" "${shot_width:-$width}" "${shot_height:-$height}"
    # No window manager: give it the focus, or Qt shows no tooltips and takes no keys.
    xdotool windowfocus --sync "$window"
    sleep 1.5 # layout, first validation (300 ms after load) and paint
}

stop_studio() {
    kill "$studio_pid" 2>/dev/null || true
    wait "$studio_pid" 2>/dev/null || true
}

snap() {
    import -window root -crop "${shot_width:-$width}x${shot_height:-$height}+0+0" +repage "$out/$1"
    echo "wrote $out/$1"
}

# Chaining between steps: the completion shot types a reference into Use.
chained_doc() {
    cat <<'YAML'
name: BuildInfo
description: Records the build's version for the steps after it.
schemaVersion: 1.0
parameters:
  - Channel:
      type: string
      default: stable
      description: Release channel to install from.
phases:
  - name: build
    steps:
      - name: GetVersion
        action: ExecuteBash
        inputs:
          commands:
            - cat /etc/os-release | sed -n 's/^VERSION_ID=//p'
      - name: Fetch
        action: WebDownload
        inputs:
          - source: https://example.com/tool.tar.gz
            destination: /tmp/tool.tar.gz
      - name: Use
        action: ExecuteBash
        inputs:
          commands:
            - echo
YAML
}

# A check that fails while the mirror is down (the compare shot runs it with
# Mirror=down, then up: a parameter, since a sandboxed run keeps no file).
flaky_doc() {
    cat <<'YAML'
name: MirrorCheck
description: Checks the package mirror before installing from it.
schemaVersion: 1.0
parameters:
  - Mirror:
      type: string
      default: down
      description: State of the mirror (the demo's switch).
phases:
  - name: build
    steps:
      - name: Prepare
        action: ExecuteBash
        inputs:
          commands:
            - echo "checking the mirror"
      - name: CheckMirror
        action: ExecuteBash
        inputs:
          commands:
            - echo "mirror.example.com is {{ Mirror }}"
            - '[ "{{ Mirror }}" = up ] || { echo "mirror.example.com timed out" >&2; exit 1; }'
      - name: Report
        action: ExecuteBash
        inputs:
          commands:
            - echo done
YAML
}

shot_welcome() {
    start_studio welcome ""
    snap studio-welcome.png
    stop_studio
}

shot_completion() {
    chained_doc >"$work/build-info.yaml"
    start_studio completion "$work/build-info.yaml"
    xdotool key ctrl+g sleep 0.5 type "26"
    xdotool key Return sleep 0.3 key End
    # Without a window manager an open list loses the keyboard focus (and
    # closes) at the next key: Ctrl+Space opens it once the text is typed.
    xdotool type --delay 80 " {{ build.F"
    sleep 0.5
    xdotool key Escape sleep 0.3 key ctrl+space
    sleep 1
    snap studio-completion.png
    stop_studio
}

shot_compare() {
    flaky_doc >"$work/mirror-check.yaml"
    start_studio compare "$work/mirror-check.yaml"
    xdotool key F5
    sleep 3
    # The Mirror field of the Run pane: from "down" to "up".
    xdotool mousemove 1190 228 click --repeat 3 1 sleep 0.2 type "up"
    xdotool key F5
    sleep 3
    xdotool key ctrl+shift+p sleep 0.5 type --delay 60 "compare last"
    xdotool key Return
    sleep 1.5
    local compare
    compare=$(xdotool search --sync --onlyvisible --name "Compare Runs" | head -n 1)
    xdotool windowmove "$compare" 0 0 windowsize "$compare" 1100 640
    sleep 1
    shot_width=1100 shot_height=640 snap studio-compare.png
    stop_studio
}

# Run › Replay Run Report on a failed run: the plan to confirm, then the
# original and the replay side by side with the verdict.
shot_replay() {
    flaky_doc >"$work/mirror-check.yaml"
    start_studio replay "$work/mirror-check.yaml"
    xdotool key F5
    sleep 3
    local report
    report=$(find "$work" -name detailedoutput.json | head -n 1)
    xdotool key ctrl+shift+p sleep 0.5 type --delay 60 "replay run report"
    xdotool key Return sleep 1
    xdotool type --delay 20 "$report"
    xdotool key Return
    sleep 1.5
    snap studio-replay-plan.png
    # No window manager: the dialog gets the focus only when given it.
    local plan
    plan=$(xdotool search --sync --onlyvisible --name "Replay Run" | head -n 1)
    xdotool windowfocus --sync "$plan" key Return
    sleep 4
    local view
    view=$(xdotool search --sync --onlyvisible --name "Replay .*Kiln Studio" | head -n 1)
    xdotool windowmove "$view" 0 0 windowsize "$view" 1100 640
    sleep 1
    shot_width=1100 shot_height=640 snap studio-replay.png
    stop_studio
}

# File › Open Component from Image Builder against a stand-in Image Builder
# (scripts/screenshot-imagebuilder.py): Amazon's components listed, one chosen.
shot_component() {
    local port_file="$work/imagebuilder.port"
    python3 "$here/scripts/screenshot-imagebuilder.py" >"$port_file" &
    local server_pid=$!
    while [[ ! -s "$port_file" ]]; do sleep 0.1; done
    start_studio component "" AWSTOE_IMAGEBUILDER_ENDPOINT="http://127.0.0.1:$(cat "$port_file")" \
        AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=example AWS_REGION=us-east-1 \
        AWS_EC2_METADATA_DISABLED=true AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
    xdotool key ctrl+shift+p sleep 0.5 type --delay 60 "open component"
    xdotool key Return
    local dialog
    dialog=$(xdotool search --sync --onlyvisible --name "Open Component from Image Builder" | head -n 1)
    xdotool windowmove "$dialog" 0 0 windowsize "$dialog" 820 460
    xdotool windowfocus --sync "$dialog"
    sleep 1
    xdotool mousemove 400 77 click 1 sleep 0.2 type --delay 60 "install"
    sleep 0.3
    xdotool mousemove 120 134 click 1
    sleep 0.5
    shot_width=820 shot_height=460 snap studio-open-component.png
    stop_studio
    kill "$server_pid" 2>/dev/null || true
}

shot_small() {
    broken_doc >"$work/small.yaml"
    shot_width=800 shot_height=560 start_studio small "$work/small.yaml"
    shot_width=800 shot_height=560 snap studio-800x560.png
    stop_studio
}

shot_problems() {
    broken_doc >"$work/broken.yaml"
    start_studio problems "$work/broken.yaml"
    # Hover the step key typo: its diagnostic shows as a tooltip.
    xdotool mousemove 440 140 sleep 0.3 mousemove 452 133
    sleep 2
    snap studio-problems.png
    stop_studio
}

shot_de() {
    broken_doc >"$work/kaputt.yaml"
    start_studio de "$work/kaputt.yaml" LANGUAGE=de LANG=de_DE.UTF-8
    # The Run menu, to show translated actions and shortcuts.
    xdotool mousemove 166 8 click 1
    sleep 1
    snap studio-de.png
    stop_studio
}

shot_loop() {
    loop_doc >"$work/check-hosts.yaml"
    start_studio loop "$work/check-hosts.yaml"
    xdotool key F5
    sleep 6 # the run takes about 2.5 s
    # Select the failed iteration (the editor goes to its step) and show the output.
    xdotool mousemove 130 173 click 1
    sleep 0.5
    xdotool mousemove 112 758 click 1 sleep 0.3 mousemove 136 584 click 1 mousemove 700 700
    sleep 1
    snap studio-loop.png
    stop_studio
}

# The run history after two runs of the loop document: the newest run is
# opened and its failed (ignored) step selected, showing its failure message.
# The Timeline after a failed run: a retry, a loop, a reboot, the failure;
# the failed step clicked (selected in the step tree and the editor).
shot_timeline() {
    failing_doc >"$work/install-tools.yaml"
    start_studio timeline "$work/install-tools.yaml"
    xdotool key F5
    sleep 7 # the run takes about 4 s
    xdotool key ctrl+alt+t
    sleep 1
    # Click the failed step's bar, then rest on it for its tooltip.
    xdotool mousemove 1200 615 click 1 sleep 0.5 mousemove 1205 616
    sleep 2
    snap studio-timeline.png
    stop_studio
}

# The HTML report of the timeline shot's run, as a browser shows it. Chromium
# gets a proxy on 127.0.0.1 that refuses everything: the page needs no network.
shot_report() {
    command -v chromium >/dev/null || { echo "screenshots.sh: chromium not found" >&2; return 1; }
    failing_doc >"$work/install-tools.yaml"
    rm -f "$work/tries" "$work/rebooted"
    "$build/bin/kiln" run -d "$work/install-tools.yaml" -l "$work/report-logs" \
        --html "$work/report.html" >/dev/null || true
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --user-data-dir="$work/chromium" --proxy-server=127.0.0.1:9 \
        --window-size=1280,1500 --screenshot="$out/report.png" \
        "file://$work/report.html" >/dev/null 2>&1
    echo "wrote $out/report.png"
}

shot_history() {
    loop_doc >"$work/check-hosts.yaml"
    start_studio history "$work/check-hosts.yaml"
    xdotool key F5
    sleep 6
    xdotool key F5
    sleep 6
    xdotool key ctrl+alt+h
    sleep 1.5
    xdotool mousemove 640 607 click 1 mousemove 700 760
    sleep 1
    snap studio-history.png
    stop_studio
}

# The installed desktop entry as a user meets it: rofi's application launcher,
# filtered to "kiln", with the theme icon, name, generic name and comment.
shot_desktop() {
    command -v rofi >/dev/null || { echo "screenshots.sh: rofi not found (scripts/setup.sh --screenshots installs it)" >&2; exit 1; }
    local prefix="$work/prefix"
    cmake --install "$build" --prefix "$prefix" >/dev/null
    local home="$work/home-desktop"
    mkdir -p "$home"
    # The installed entry's data folder plus the system's (icon themes); its
    # bin folder on PATH, as an install to /usr would be (TryExec checks it).
    PATH="$prefix/bin:$PATH" HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
        XDG_DATA_DIRS="$prefix/share:/usr/share" XDG_DATA_HOME="$home/.local/share" \
        rofi -show drun -show-icons -filter kiln -no-lazy-grab \
        -drun-display-format '{name} <span size="small">({generic})</span>
<span size="small" alpha="70%">{comment}</span>' \
        -theme-str '* { font: "DejaVu Sans 13"; }
                    window { width: 760px; location: center; anchor: center; }
                    listview { lines: 1; scrollbar: false; }
                    element { padding: 8px; }
                    element-icon { size: 48px; }
                    element-text { vertical-align: 0.5; }' \
        -eh 2 -markup-rows >"$work/rofi.log" 2>&1 &
    local rofi_pid=$!
    sleep 2
    # The launcher alone: cut away the empty (black) root window around it.
    import -window root png:- | convert - -trim +repage -bordercolor '#fdf6e3' -border 12 \
        -bordercolor '#586e75' -border 1 "$out/desktop-entry.png"
    echo "wrote $out/desktop-entry.png"
    kill "$rofi_pid" 2>/dev/null || true
    wait "$rofi_pid" 2>/dev/null || true
}

for shot in "${shots[@]}"; do
    case "$shot" in
        welcome | completion | compare | replay | component | small | problems | de | loop | history | timeline | report | desktop) "shot_$shot" ;;
        *) echo "screenshots.sh: unknown shot '$shot' (welcome, completion, compare, replay, component, small, problems, de, loop, history, timeline, report, desktop)" >&2; exit 2 ;;
    esac
done
