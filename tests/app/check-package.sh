#!/bin/sh
# Packs the build's install tree as a .tar.gz (the same tree the .deb is made from) into a temporary
# directory and checks that it holds what a user needs. Usage: check-package.sh CMAKE SOURCE_DIR BUILD_DIR
set -eu
cmake=$1
source=$2
build=$3
cpack="$(dirname "$cmake")/cpack"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! "$cpack" -G TGZ --config "$build/CPackConfig.cmake" -B "$tmp" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    exit 1
fi
tarball=$(ls "$tmp"/*.tar.gz)
# Entries look like stackdraft-0.1.0-Linux/bin/stackdraft: drop the top directory.
tar -tzf "$tarball" | sed 's|^[^/]*/||' >"$tmp/contents"

status=0
expect() {
    if ! grep -Eq "^$1\$" "$tmp/contents"; then
        echo "missing from the package: $1"
        status=1
    fi
}
expect 'bin/stackdraft'
expect 'lib/stackdraft/libstackdraft_core\.so\.[0-9.]+'
expect 'lib/stackdraft/plugins/?'
expect 'share/applications/org\.stackdraft\.Stackdraft\.desktop'
expect 'share/metainfo/org\.stackdraft\.Stackdraft\.metainfo\.xml'
expect 'share/mime/packages/org\.stackdraft\.Stackdraft\.xml'
expect 'share/icons/hicolor/scalable/apps/org\.stackdraft\.Stackdraft\.svg'
for entry in "$source"/resources/catalog/*.yaml "$source"/resources/pricing/*.yaml; do
    [ -e "$entry" ] || continue
    kind=$(basename "$(dirname "$entry")")
    expect "share/stackdraft/$kind/$(basename "$entry" | sed 's/\./\\./g')"
done
# Every exporter plugin built in the tree is packaged.
for plugin in "$build"/plugins/*.so; do
    [ -e "$plugin" ] || continue
    expect "lib/stackdraft/plugins/$(basename "$plugin" | sed 's/\./\\./g')"
done

# The unpacked binary finds the shared core through its RPATH alone, wherever the package lands.
mkdir "$tmp/unpacked"
tar -xzf "$tarball" -C "$tmp/unpacked" --strip-components=1
if ! env -u LD_LIBRARY_PATH "$tmp/unpacked/bin/stackdraft" --version >"$tmp/version.log" 2>&1; then
    echo "the packaged bin/stackdraft does not run:"
    cat "$tmp/version.log"
    status=1
fi

if [ "$status" -ne 0 ]; then
    echo "package contents:"
    cat "$tmp/contents"
fi
exit "$status"
