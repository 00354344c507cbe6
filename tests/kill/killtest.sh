#!/usr/bin/env bash
# Kill test (issue 11, README "Kill test"): runs `stackdraft commit` and the project save on a large
# project and SIGKILLs them at random instants. After every kill:
#   - git fsck --strict is clean;
#   - the branch is the old commit or a new one whose parent is the old;
#   - on the new commit, the index and the working tree match it exactly; on the old one, the index
#     is the old tree or the new one (written whole, just before the branch moves) and every
#     generated file holds its old or its new bytes (a kill inside libgit2's index write leaves
#     index.lock behind, which git refuses to work past: the index is read through a copy, and the
#     re-run must remove the lock, see CommitLock);
#   - a re-run succeeds and leaves the new tree with a clean index and working tree;
#   - a killed save leaves the project file with its old or its new bytes, nothing else.
# Usage: killtest.sh --stackdraft BIN --helper BIN [--kills N] [--components N] [--seed N] [--keep]
#        [--phases commit,save]   (both by default; one alone for a long run of it)
set -uo pipefail

kills=30 components=2000 seed=$$ keep=0 stackdraft='' helper='' phases=commit,save
while (($#)); do
    case $1 in
    --stackdraft) stackdraft=$2; shift 2 ;;
    --helper) helper=$2; shift 2 ;;
    --kills) kills=$2; shift 2 ;;
    --components) components=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --phases) phases=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
[[ -x $stackdraft && -x $helper ]] || { echo "usage: $0 --stackdraft BIN --helper BIN [--kills N]" >&2; exit 2; }
command -v git >/dev/null || { echo "SKIPPED: git not found"; exit 77; }

RANDOM=$seed
work=$(mktemp -d)
((keep)) || trap 'rm -rf "$work"' EXIT
repo=$work/repo
export HOME=$work/home GIT_CONFIG_NOSYSTEM=1 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$repo"
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
# Hermetic like every test (tests/hermetic.cpp): no user catalog, price book or plugin directory.
unset STACKDRAFT_CATALOG_PATH STACKDRAFT_PRICING_PATH STACKDRAFT_PLUGIN_PATH XDG_DATA_HOME XDG_CONFIG_HOME
g() { git -C "$repo" "$@"; }
failures=0
fail() { echo "FAIL (kill $kill, $phase): $*" >&2; failures=$((failures + 1)); }
now_ms() { date +%s%3N; }
fsck_clean() { g fsck --strict --no-progress >/dev/null 2>&1; }

g init -q -b main && g config user.name "Kill Test" && g config user.email kill@example.com
project=$repo/killtest.stackdraft.yaml
for revision in 0 1; do
    "$helper" generate "$components" "$revision" "$work/revision-$revision.stackdraft.yaml" || exit 2
done
# The trees clean commits of both revisions give, for comparing the killed states with; the time of
# a design-edit commit sets the range of the random kill instants.
declare -A treeOf
commit_ms=0
for revision in 0 1; do
    cp "$work/revision-$revision.stackdraft.yaml" "$project"
    start=$(now_ms)
    "$stackdraft" commit "$project" >/dev/null || { echo "the commit of revision $revision failed" >&2; exit 2; }
    commit_ms=$(($(now_ms) - start))
    treeOf[$revision]=$(g rev-parse 'HEAD^{tree}')
    echo "commit of revision $revision ($components components, $(g ls-files | wc -l) files): $commit_ms ms"
done

# Each generated file's bytes equal its blob in tree $1 or in tree $2 (absent counts when absent).
# Prints the first path that holds neither. One ls-tree per tree and one hash-object for all files.
files_are_old_or_new() {
    local old=$1 new=$2 path mode type id
    local -A inOld=() inNew=() onDisk=()
    while read -r mode type id path; do inOld[$path]=$id; done < <(g ls-tree -r "$old" -- deploy docs)
    while read -r mode type id path; do inNew[$path]=$id; done < <(g ls-tree -r "$new" -- deploy docs)
    local -a paths=()
    for path in "${!inOld[@]}" "${!inNew[@]}"; do [[ -f $repo/$path ]] && paths+=("$path"); done
    if ((${#paths[@]})); then
        local -a ids
        mapfile -t ids < <(printf '%s\n' "${paths[@]}" | g hash-object --stdin-paths)
        for i in "${!paths[@]}"; do onDisk[${paths[$i]}]=${ids[$i]}; done
    fi
    for path in "${!inOld[@]}" "${!inNew[@]}"; do
        local actual=${onDisk[$path]:-absent}
        [[ $actual == "${inOld[$path]:-absent}" || $actual == "${inNew[$path]:-absent}" ]] || { echo "$path"; return 1; }
    done
}

commit_kills=0 save_kills=0
[[ ,$phases, == *,commit,* ]] && commit_kills=$kills
[[ ,$phases, == *,save,* ]] && save_kills=$kills
((commit_kills + save_kills)) || { echo "--phases: commit, save or both" >&2; exit 2; }

phase=commit
states_old=0 states_index_ahead=0 states_new=0 locks_left=0 durations=()
for ((kill = 1; kill <= commit_kills; kill++)); do
    revision=$(((kill + 1) % 2)) # HEAD holds revision 1 after the set-up
    cp "$work/revision-$revision.stackdraft.yaml" "$project"
    old=$(g rev-parse HEAD)
    old_tree=$(g rev-parse 'HEAD^{tree}')
    new_tree=${treeOf[$revision]}
    # A random instant within a commit's duration, and now and then a little past it.
    delay_ms=$((RANDOM * 32768 + RANDOM))
    delay_ms=$((delay_ms % (commit_ms + commit_ms / 8 + 1)))
    "$stackdraft" commit "$project" >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null

    # Also checks the objects of the previous kill's re-run (the last re-run is checked after the loop).
    fsck_clean || fail "git fsck --strict: $(g fsck --strict 2>&1 | head -3)"
    head=$(g rev-parse HEAD) state=failed
    # The index as a killed commit left it, read through a copy: `git write-tree` takes index.lock,
    # which a kill inside libgit2's index write leaves behind (the re-run removes it, CommitLock).
    lock_left=0
    [[ -e $repo/.git/index.lock ]] && lock_left=1 locks_left=$((locks_left + 1))
    cp "$repo/.git/index" "$work/index-copy"
    index_tree=$(GIT_INDEX_FILE=$work/index-copy g write-tree 2>"$work/write-tree.err") ||
        fail "git write-tree on the index failed: $(head -2 "$work/write-tree.err")"
    if [[ $head == "$old" ]]; then
        if [[ $index_tree == "$old_tree" ]]; then
            states_old=$((states_old + 1)) state=old
        elif [[ $index_tree == "$new_tree" ]]; then
            states_index_ahead=$((states_index_ahead + 1)) state='index ahead'
        else
            fail "the index is neither the old tree nor the new one"
        fi
        bad=$(files_are_old_or_new "$old_tree" "$new_tree") || fail "$bad holds neither its old nor its new bytes"
    elif [[ $(g rev-parse "$head^") == "$old" && $(g rev-parse "$head^{tree}") == "$new_tree" ]]; then
        states_new=$((states_new + 1)) state=new
        [[ $index_tree == "$new_tree" ]] || fail "the branch moved but the index did not"
        g diff-files --quiet || fail "the branch moved but the working tree did not: $(g diff-files --name-only | head -3)"
    else
        fail "the branch is neither the old commit nor its expected child"
    fi
    start=$(now_ms)
    "$stackdraft" commit "$project" >"$work/rerun.out" 2>&1
    code=$?
    durations+=($(($(now_ms) - start)))
    ((code == 0 || code == 1)) || fail "the re-run failed ($code): $(head -3 "$work/rerun.out")"
    [[ ! -e $repo/.git/index.lock ]] || fail "the re-run left index.lock behind"
    [[ $(g rev-parse 'HEAD^{tree}') == "$new_tree" ]] || fail "the re-run did not reach the new tree"
    # One status for both checks: nothing modified or staged anywhere, nothing untracked under the
    # output directories (the project file is the one untracked file expected, at the root).
    status=$(g status --porcelain --untracked-files=all)
    changed=$(grep -v '^?? ' <<<"$status" | head -3)
    [[ -z $changed ]] || fail "not clean after the re-run: $changed"
    stray=$(grep -E '^\?\? "?(deploy|docs)/' <<<"$status" | head -3)
    [[ -z $stray ]] || fail "files left in the output directories: $stray"
    ((lock_left)) && state+=' (index.lock left)'
    echo "$(date -u +%T) commit kill $kill/$commit_kills: $state, re-run ${durations[-1]} ms (old $states_old, index ahead $states_index_ahead, new $states_new; failures $failures)"
done
fsck_clean || fail "git fsck --strict after the last re-run"

# The project save: the file is the old bytes or the new ones, never a mix or nothing.
phase=save
saves_old=0 saves_new=0
# The kill instants span a whole save (start-up, read, write), measured once.
cp "$work/revision-0.stackdraft.yaml" "$project"
start=$(now_ms)
"$helper" save "$work/revision-1.stackdraft.yaml" "$project" || { echo "the save failed" >&2; exit 2; }
save_ms=$(($(now_ms) - start))
echo "save of $components components: $save_ms ms"
for ((kill = 1; kill <= save_kills; kill++)); do
    from=$((kill % 2))
    cp "$work/revision-$from.stackdraft.yaml" "$project"
    delay_ms=$((RANDOM % (save_ms + 1)))
    "$helper" save "$work/revision-$((1 - from)).stackdraft.yaml" "$project" &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if cmp -s "$project" "$work/revision-$from.stackdraft.yaml"; then
        saves_old=$((saves_old + 1))
    elif cmp -s "$project" "$work/revision-$((1 - from)).stackdraft.yaml"; then
        saves_new=$((saves_new + 1))
    else
        fail "the project file is neither the old bytes nor the new ones"
    fi
    stray=$(find "$repo" -maxdepth 1 -name 'killtest.stackdraft.yaml?*' | head -3)
    [[ -z $stray ]] || fail "temporary files left beside the project: $stray"
done

sorted=$(printf '%s\n' "${durations[@]}" | sort -n)
median=none
((${#durations[@]})) && median="$(echo "$sorted" | sed -n "$(((${#durations[@]} + 1) / 2))p") ms"
echo "commit kills: $commit_kills (old state $states_old, index ahead of the branch $states_index_ahead, new state $states_new; index.lock left $locks_left; re-run median $median)"
echo "save kills: $save_kills (old bytes $saves_old, new bytes $saves_new)"
echo "failures: $failures"
((failures == 0))
