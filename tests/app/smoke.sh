#!/usr/bin/env bash
# Issue 9's smoke test: the real `stackdraft` executable on its own X server (Xvfb), driven with real X
# input from xdotool, and the saved project file checked after every step:
#   1. a Redis dragged from the palette onto the canvas, Ctrl+S: a new redis component, deployed in
#      development;
#   2. a drag from a card's connection handle to another card, Ctrl+S: the connection is in the file;
#   3. Ctrl+A, Delete, Ctrl+S: development has no deployments;
#   4. Ctrl+Z, Ctrl+S: the deployments are back;
#   5. a click on a card, the inspector scrolled with the wheel to the deployment's fields, "3" typed
#      into Replicas and "250m" into CPU request, each with Return, Ctrl+S: both are in the file.
# The app tells where things are on screen through its UI probe ($STACKDRAFT_UI_PROBE, a JSON file it
# rewrites when the window changes; src/app/uiprobe.h); every step waits for the probe to show its
# effect before the next one.
#
# Usage: smoke.sh BUILD_DIR   (CTest: smoke_xdotool). Exit 0: passed, 77: skipped (no xdotool or Xvfb),
# anything else: failed. STACKDRAFT_SMOKE_KEEP=1 keeps the temporary directory (probe, log, project).
set -euo pipefail

readonly SKIP=77
readonly TIMEOUT=${STACKDRAFT_SMOKE_TIMEOUT:-20} # seconds per wait; the machine may be busy building

build=${1:?usage: smoke.sh BUILD_DIR}
app=$(cd "$build" && pwd)/src/app/stackdraft
for tool in xdotool Xvfb; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "smoke: SKIPPED: $tool is not installed (scripts/deps.txt lists it)"
        exit "$SKIP"
    fi
done
command -v python3 >/dev/null 2>&1 || { echo "smoke: FAILED: python3 is needed" >&2; exit 1; }
[[ -x $app ]] || { echo "smoke: FAILED: no executable $app (build the stackdraft target)" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stackdraft-smoke.XXXXXX")
project=$tmp/smoke.stackdraft.yaml
probe=$tmp/probe.json
xvfb_pid=
app_pid=
step=setup

cleanup() {
    local status=$?
    set +e
    trap - EXIT INT TERM
    if [[ -n $app_pid ]]; then
        kill "$app_pid" 2>/dev/null
        wait "$app_pid" 2>/dev/null
    fi
    if [[ -n $xvfb_pid ]]; then
        kill "$xvfb_pid" 2>/dev/null
        wait "$xvfb_pid" 2>/dev/null
    fi
    if [[ ${STACKDRAFT_SMOKE_KEEP:-0} == 1 ]]; then
        echo "smoke: kept $tmp"
    else
        rm -rf "$tmp"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {
    echo "smoke: FAILED at step '$step': $*" >&2
    if [[ -f $probe ]]; then
        echo "--- last UI probe ($probe):" >&2
        cat "$probe" >&2
    fi
    if [[ -f $tmp/app.log ]]; then
        echo "--- app output:" >&2
        tail -n 40 "$tmp/app.log" >&2
    fi
    if [[ -f $project ]]; then
        echo "--- $project:" >&2
        cat "$project" >&2
    fi
    exit 1
}

t0=${EPOCHREALTIME/[.,]/}
say() {
    local tenths=$(((${EPOCHREALTIME/[.,]/} - t0) / 100000))
    printf 'smoke: %3d.%ds [%s] %s\n' $((tenths / 10)) $((tenths % 10)) "$step" "$*"
}

# --- The probe ------------------------------------------------------------------------------------
# probe.py MODE PROBE ...: Python expressions over the probe's JSON (`p`), with the helpers
# centre(rect), cards(), card(id), entry(id) and free_spot(margin). A wait polls inside one Python
# process (starting Python for every poll is slow on a busy machine).
#   value EXPR                 prints EXPR (a string as is, anything else as JSON); exit 1: error
#   point EXPR                 prints the [x, y] EXPR as "x y"; exit 1: none
#   wait TIMEOUT PID EXPR      until EXPR is true; exit 1: timed out, 2: process PID is gone
#   settle TIMEOUT PID QUIET   until the file has not changed for QUIET seconds; exits as `wait`
cat >"$tmp/probe.py" <<'EOF'
import json, os, sys, time

mode, path = sys.argv[1], sys.argv[2]
p = None

def load():
    global p
    try:
        with open(path) as f:
            p = json.load(f)
        return True
    except (OSError, ValueError):
        return False

def centre(rect):
    x, y, w, h = rect
    return [x + w // 2, y + h // 2]

def cards():
    return (p.get('canvas') or {}).get('cards', [])

def card(ident):
    return next((c for c in cards() if c['id'] == ident), None)

def entry(ident):
    return next((e for e in p['palette']['entries'] if e['id'] == ident and e['kind'] == 'type'),
                None)

def inside(point, rect, margin=0):
    x, y, w, h = rect
    return x - margin <= point[0] < x + w + margin and y - margin <= point[1] < y + h + margin

def free_spot(margin):
    # The point of the canvas nearest its centre that is at least `margin` pixels from the box around
    # every card (so from the arrows between them too) and from the viewport's edges, below the
    # caption: room for a new card, or empty space to click.
    vx, vy, vw, vh = p['canvas']['viewport']
    mx, my = vx + vw // 2, vy + vh // 2
    box = None
    if cards():
        left = min(c['rect'][0] for c in cards())
        top = min(c['rect'][1] for c in cards())
        right = max(c['rect'][0] + c['rect'][2] for c in cards())
        bottom = max(c['rect'][1] + c['rect'][3] for c in cards())
        box = [left, top, right - left, bottom - top]
    best = None
    for y in range(vy + 80, vy + vh, 10):
        for x in range(vx, vx + vw, 10):
            if not inside((x, y), [vx + margin, vy + margin * 0.6, vw - 2 * margin, vh - 1.2 * margin]):
                continue
            if box and inside((x, y), box, margin):
                continue
            d = (x - mx) ** 2 + (y - my) ** 2
            if best is None or d < best[0]:
                best = (d, [x, y])
    return best[1] if best else None

def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False

if mode in ('value', 'point'):
    if not load():
        print(f'cannot read {path}', file=sys.stderr)
        sys.exit(1)
    try:
        value = eval(sys.argv[3])
    except Exception as error:
        print(f'{sys.argv[3]}: {error!r}', file=sys.stderr)
        sys.exit(1)
    if mode == 'point':
        if not value:
            sys.exit(1)
        print(value[0], value[1])
    else:
        print(value if isinstance(value, str) else json.dumps(value))
    sys.exit(0)

deadline = time.monotonic() + float(sys.argv[3])
pid = int(sys.argv[4])
while time.monotonic() < deadline:
    if not alive(pid):
        sys.exit(2)
    if mode == 'settle':
        try:
            if time.time() - os.stat(path).st_mtime >= float(sys.argv[5]):
                sys.exit(0)
        except OSError:
            pass
    elif load():
        try:
            if eval(sys.argv[5]):
                sys.exit(0)
        except Exception:
            pass  # a key missing while the window is being built: not yet
    time.sleep(0.05)
sys.exit(1)
EOF

# `query EXPR`: the value of EXPR; empty and a failure status when it cannot be evaluated.
query() { python3 "$tmp/probe.py" value "$probe" "$1" 2>/dev/null; }

# `value EXPR`: the same, failing the step when EXPR cannot be evaluated.
value() {
    local result
    result=$(python3 "$tmp/probe.py" value "$probe" "$1" 2>&1) || fail "cannot read from the probe: $result"
    echo "$result"
}

# `point EXPR`: an [x, y] expression as "x y", for xdotool.
point() {
    python3 "$tmp/probe.py" point "$probe" "$1" || fail "no such place on screen: $1"
}

# `wait_for WHAT EXPR`: polls the probe until EXPR is true, or fails naming WHAT.
wait_for() {
    local status=0
    python3 "$tmp/probe.py" wait "$probe" "$TIMEOUT" "$app_pid" "$2" || status=$?
    case $status in
        0) ;;
        2) fail "the app exited while waiting for: $1" ;;
        *) fail "timed out after ${TIMEOUT}s waiting for: $1" ;;
    esac
}

# Waits until the probe has not changed for half a second: the window is done moving things (a
# canvas refits itself after a resize, a card lands after a drop) and its coordinates can be used.
settle() {
    local status=0
    python3 "$tmp/probe.py" settle "$probe" "$TIMEOUT" "$app_pid" 0.5 || status=$?
    case $status in
        0) ;;
        2) fail "the app exited while waiting for the window to settle" ;;
        *) fail "the window did not settle within ${TIMEOUT}s" ;;
    esac
}

# --- The saved file -------------------------------------------------------------------------------
# `saved EXPR`: a Python expression over the saved project, parsed by a small reader of the fixed
# layout ProjectWriter writes (docs/file-format.md; PyYAML may be missing): `components` (id -> type),
# `connections` ([from, to] pairs), `deployments` (environment id -> [component ids]),
# `deployment_text` (environment id -> component id -> that deployment's lines as one line).
cat >"$tmp/saved.py" <<'EOF'
import json, re, sys

components, connections, deployments = {}, [], {}
deployment_text = {}  # environment id -> component id -> the deployment's text, one line
section = None
component = environment = None
in_deployments = False
item = None

def flush_connection():
    if item is not None:
        source = re.search(r'\bfrom: *([\w.-]+)', item)
        target = re.search(r'\bto: *([\w.-]+)', item)
        if source and target:
            connections.append([source.group(1), target.group(1)])

for line in open(sys.argv[1], encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip() or line.lstrip().startswith('#'):
        continue
    if not line.startswith(' '):
        if section == 'connections':
            flush_connection()
            item = None
        section = line.split(':', 1)[0]
        continue
    if section == 'components':
        m = re.match(r'^  ([\w.-]+):', line)
        if m:
            component = m.group(1)
            components[component] = None
        m = re.match(r'^    type: *(\S+)', line)
        if m and component:
            components[component] = m.group(1)
    elif section == 'connections':
        if line.startswith('  - '):
            flush_connection()
            item = line[4:]
        elif item is not None:
            item += ' ' + line.strip()
    elif section == 'environments':
        m = re.match(r'^  - id: *([\w.-]+)', line)
        if m:
            environment = m.group(1)
            deployments[environment] = []
            deployment_text[environment] = {}
            in_deployments = False
            continue
        m = re.match(r'^    ([\w]+):', line)
        if m:
            in_deployments = m.group(1) == 'deployments'
            continue
        m = re.match(r'^      ([\w.-]+):(.*)', line)
        if m and in_deployments and environment:
            deployments[environment].append(m.group(1))
            component = m.group(1)
            deployment_text[environment][component] = m.group(2).strip()
        elif in_deployments and environment and line.startswith('        '):
            deployment_text[environment][component] += ' ' + line.strip()
if section == 'connections':
    flush_connection()

value = eval(sys.argv[2])
print(value if isinstance(value, str) else json.dumps(value))
EOF

saved() { python3 "$tmp/saved.py" "$project" "$1"; }

# `expect_saved WHAT EXPR`: the saved file loads (`stackdraft info`) and EXPR holds over it.
expect_saved() {
    local what=$1 expr=$2
    "$app" info "$project" >"$tmp/info.txt" 2>&1 || fail "the saved file does not load: $(cat "$tmp/info.txt")"
    [[ $(saved "bool($expr)") == true ]] || fail "the saved file does not show $what ($expr)"
    say "saved file: $what"
}

# --- X input --------------------------------------------------------------------------------------
# A press, a few small moves (past the drag distance, so that Qt starts a drag) and a release.
drag() {
    local x0=$1 y0=$2 x1=$3 y1=$4 i steps=12
    local -a moves=()
    for ((i = 1; i <= steps; i++)); do
        moves+=(mousemove "$((x0 + (x1 - x0) * i / steps))" "$((y0 + (y1 - y0) * i / steps))" sleep 0.05)
    done
    # One xdotool for the whole gesture: its timing does not depend on how fast processes start.
    xdotool mousemove --sync "$x0" "$y0" sleep 0.2 mousedown 1 sleep 0.2 "${moves[@]}" sleep 0.3 mouseup 1
}

click() {
    xdotool mousemove --sync "$1" "$2"
    sleep 0.1
    xdotool click 1
}

# Saves with Ctrl+S and waits until the document is clean again (the file is written by then).
save() {
    xdotool key ctrl+s
    wait_for "the document saved (Ctrl+S)" "not p['modified']"
}

# Clicks empty canvas, which gives it the keyboard focus (Ctrl+A and Delete act on it).
focus_canvas() {
    local xy x y
    settle
    xy=$(point "free_spot(30)")
    read -r x y <<<"$xy"
    say "clicking empty canvas at ($x, $y)"
    click "$x" "$y"
    wait_for "the canvas to have the focus" "p['canvas']['focus']"
}

# --- Set-up ---------------------------------------------------------------------------------------
cat >"$project" <<'EOF'
stackdraft: 1
name: smoke
components:
  api:
    type: backend-service
    image: python:3.11-slim
    ports:
      - 8000
environments:
  - id: development
    platform: compose
    deployments:
      api:
        position: [40, 120]
EOF
expect_saved "the starting project" "components == {'api': 'backend-service'} and deployments == {'development': ['api']}"

# Hermetic: settings, recent files and recovery files go to the temporary directory.
mkdir -p "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/cache" "$tmp/state" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache \
    XDG_STATE_HOME=$tmp/state XDG_RUNTIME_DIR=$tmp/runtime
export LANGUAGE=en LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 STACKDRAFT_UI_PROBE=$probe
unset WAYLAND_DISPLAY QT_SCREEN_SCALE_FACTORS QT_AUTO_SCREEN_SCALE_FACTOR

# A display of our own (Xvfb picks a free number and writes it to fd 3): no other test's windows or
# pointer in the way, and none of ours in theirs.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
    [[ -s $tmp/display ]] && break
    kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb did not start: $(cat "$tmp/xvfb.log")"
    sleep 0.1
done
[[ -s $tmp/display ]] || fail "Xvfb did not report its display"
DISPLAY=:$(tr -d '[:space:]' <"$tmp/display")
export DISPLAY
say "Xvfb on $DISPLAY"

start=$SECONDS
# In the sanitizer build: libxkbcommon-x11 (the keymap of Qt's xcb platform, which only this test
# uses) strndup()s X atom names that hold no NUL within the length it passes, and ASan's
# strict_string_checks reports that as a heap overflow; it is off for this process only.
asan_options=${ASAN_OPTIONS:-}
ASAN_OPTIONS=${asan_options//strict_string_checks=1/strict_string_checks=0} \
    "$app" "$project" >"$tmp/app.log" 2>&1 &
app_pid=$!
wait_for "the window with the development canvas and the api card" \
    "p['file'] and p['canvas']['environment'] == 'development' and card('api')"
# No window manager: give the window the keyboard focus and a known place and size ourselves.
window=$(timeout 10 xdotool search --onlyvisible --pid "$app_pid" --name 'Stackdraft' | head -n 1) || true
[[ -n $window ]] || fail "no visible window of the app"
xdotool windowmove "$window" 0 0 windowsize "$window" 1500 950 windowfocus "$window"
wait_for "the window to be active at (0, 0), 1500x950" \
    "p['active'] and p['window']['rect'] == [0, 0, 1500, 950]"
settle
if [[ $(query "bool(entry('redis'))") != true ]]; then
    say "redis is not in sight in the palette: filtering it"
    xy=$(point "centre(p['palette']['filter'])")
    read -r x y <<<"$xy"
    click "$x" "$y"
    xdotool type --delay 50 redis
    wait_for "a Redis entry in the palette" "entry('redis')"
    settle
fi
say "app up in $((SECONDS - start)) s"

# --- 1. Drag a Redis from the palette onto the canvas ---------------------------------------------
step="1 palette drag"
undo=$(value "p['undoIndex']")
xy=$(point "centre(entry('redis')['rect'])")
read -r x0 y0 <<<"$xy"
xy=$(point "free_spot(150)")
read -r x1 y1 <<<"$xy"
say "dragging the palette's redis from ($x0, $y0) to ($x1, $y1)"
drag "$x0" "$y0" "$x1" "$y1"
wait_for "a second card on the canvas" "len(cards()) == 2 and p['undoIndex'] == $undo + 1"
redis=$(value "[c['id'] for c in cards() if c['id'] != 'api'][0]")
say "new card: $redis"
save
expect_saved "component $redis of type redis, deployed in development" \
    "components.get('$redis') == 'redis' and sorted(deployments['development']) == sorted(['api', '$redis'])"

# --- 2. Drag a connection from api's handle to the redis card -------------------------------------
step="2 connection drag"
settle
undo=$(value "p['undoIndex']")
xy=$(point "centre(card('api')['handle'])")
read -r x0 y0 <<<"$xy"
xy=$(point "centre(card('$redis')['rect'])")
read -r x1 y1 <<<"$xy"
say "dragging from api's handle ($x0, $y0) to $redis ($x1, $y1)"
drag "$x0" "$y0" "$x1" "$y1"
# The backend does not read REDIS_URL yet: a menu offers to add it with the arrow; Return takes the
# offer (its first action), which adds the connection and the variable in one step.
wait_for "the connection, or the menu offering it" \
    "p['canvas']['connections'] or (p['popup'] and p['popup']['name'] == 'connectionOffer')"
if [[ $(query "bool(p['popup'])") == true ]]; then
    say "the connection offer is open; taking it with Return"
    xdotool key Return
fi
wait_for "one connection on the canvas" \
    "len(p['canvas']['connections']) == 1 and not p['popup'] and p['undoIndex'] == $undo + 1"
save
expect_saved "the connection api -> $redis" "connections == [['api', '$redis']]"

# --- 3. Ctrl+A, Delete ----------------------------------------------------------------------------
step="3 select all and delete"
focus_canvas
xdotool key ctrl+a
wait_for "both cards selected (Ctrl+A)" "len(cards()) == 2 and all(c['selected'] for c in cards())"
xdotool key Delete
wait_for "no cards left (Delete)" "not cards()"
save
expect_saved "development without deployments (the components stay in the project)" \
    "deployments['development'] == [] and sorted(components) == sorted(['api', '$redis'])"

# --- 4. Ctrl+Z ------------------------------------------------------------------------------------
step="4 undo"
xdotool key ctrl+z
wait_for "both cards back (Ctrl+Z)" "sorted(c['id'] for c in cards()) == sorted(['api', '$redis'])"
save
expect_saved "the deployments back, with the connection" \
    "sorted(deployments['development']) == sorted(['api', '$redis']) and connections == [['api', '$redis']]"

# --- 5. Replicas and a CPU request typed into the inspector ----------------------------------------
step="5 inspector"
settle
xy=$(point "centre(card('api')['rect'])")
read -r x y <<<"$xy"
say "selecting api at ($x, $y)"
click "$x" "$y"
wait_for "api selected" "card('api')['selected']"
settle
# The deployment's fields are below the component's: the inspector is scrolled with the wheel over
# its left margin (labels, never a combo box, which the wheel would change), down and then, if they
# were passed, up.
for button in 5 4; do
    for _ in $(seq 30); do
        [[ $(query "'replicas' in p['inspector']['fields'] and 'cpuRequest' in p['inspector']['fields']") == true ]] && break 2
        xy=$(point "[p['inspector']['rect'][0] + 8, p['inspector']['rect'][1] + p['inspector']['rect'][3] // 2]")
        read -r x y <<<"$xy"
        # No --sync: from the second turn the pointer is already there, and --sync would wait for
        # a move that never comes.
        xdotool mousemove "$x" "$y" sleep 0.1 click --repeat 3 --delay 40 "$button"
        sleep 0.3
    done
done
wait_for "the replicas and CPU request fields in sight" \
    "'replicas' in p['inspector']['fields'] and 'cpuRequest' in p['inspector']['fields']"
for field in "replicas 3" "cpuRequest 250m"; do
    read -r name text <<<"$field"
    undo=$(value "p['undoIndex']")
    xy=$(point "centre(p['inspector']['fields']['$name'])")
    read -r x y <<<"$xy"
    say "typing '$text' into the inspector's $name at ($x, $y)"
    click "$x" "$y"
    xdotool key ctrl+a
    xdotool type --delay 60 "$text"
    xdotool key Return
    wait_for "the $name edit on the undo stack" "p['undoIndex'] > $undo"
done
save
expect_saved "api with 3 replicas and a 250m CPU request in development" \
    "re.search(r'\\breplicas: 3\\b', deployment_text['development']['api']) and re.search(r'\\bcpu: 250m\\b', deployment_text['development']['api'])"

step=end
say "passed in $((SECONDS - start)) s"
