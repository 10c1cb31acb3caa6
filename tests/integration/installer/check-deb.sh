#!/usr/bin/env bash
# check-deb.sh <cmake> <build-dir> <version>
# Makes the .deb with cpack into a temporary folder, checks its control data and
# file list, extracts it and runs the extracted executables' --version.
set -euo pipefail
cmake_exe=$1 build=$2 version=$3
cpack_exe="$(dirname "$cmake_exe")/cpack"
[ -x "$cpack_exe" ] || cpack_exe=cpack

tmp=$(mktemp -d "${TMPDIR:-/tmp}/medspasync-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() {
  echo "FAIL: $*" >&2
  fails=$((fails + 1))
}
ok() { echo "ok: $*"; }

echo "== cpack -G DEB ($build)"
if ! "$cpack_exe" --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2
  echo "FAIL: cpack -G DEB failed (log above)" >&2
  exit 1
fi
debs=("$tmp"/out/*.deb)
[ -f "${debs[0]}" ] || { cat "$tmp/cpack.log" >&2; echo "FAIL: cpack made no .deb" >&2; exit 1; }
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb, got: ${debs[*]##*/}"
deb=${debs[0]}
echo "package: ${deb##*/} ($(du -h "$deb" | cut -f1))"

echo "== dpkg-deb -I"
info=$(dpkg-deb -I "$deb")
printf '%s\n' "$info"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = medspasync ] && ok "Package: medspasync" || fail "Package is '$(field Package)', expected medspasync"
[ "$(field Version)" = "$version" ] && ok "Version: $version" || fail "Version is '$(field Version)', expected $version"
[ -n "$(field Maintainer)" ] && ok "Maintainer set" || fail "no Maintainer"
[ -n "$(field Section)" ] && ok "Section: $(field Section)" || fail "no Section"
[ -n "$(field Description)" ] && ok "Description set" || fail "no Description"
depends=$(field Depends)
for want in libqt6core6 libqt6widgets6 libsqlcipher qt6-qpa-plugins libc6; do
  case "$depends" in
    *"$want"*) ok "Depends has $want" ;;
    *) fail "Depends lacks $want: $depends" ;;
  esac
done
case "$depends" in
  *libsqlite3*) fail "Depends has libsqlite3: the client must link SQLCipher only (ARCHITECTURE.md)" ;;
esac

echo "== dpkg-deb -c"
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
for f in ./usr/bin/medspasync ./usr/bin/medspasync-cli \
  ./usr/share/applications/medspasync.desktop \
  ./usr/share/icons/hicolor/scalable/apps/medspasync.svg \
  ./usr/share/metainfo/com.medspasync.MedSpaSync.metainfo.xml; do
  grep -qxF "$f" <<<"$contents" && ok "contains $f" || fail "missing $f"
done
# Nothing from the build, the tests or the server may leak into the package,
# and everything sits under /usr.
leaked=$(grep -E '\.(a|h|cmake)$|/tst_|/include/|medspasync-server' <<<"$contents" || true)
outside=$(grep -vE '^\./(usr/.*)?$' <<<"$contents" || true)
[ -z "$outside" ] && ok "everything under /usr" || fail "files outside /usr: $outside"
[ -z "$leaked" ] && ok "no headers, static libraries or tests" || fail "unexpected files: $leaked"

echo "== extract and run"
dpkg-deb -x "$deb" "$tmp/root"
desktop="$tmp/root/usr/share/applications/medspasync.desktop"
if [ -f "$desktop" ]; then
  grep -qx 'Exec=medspasync' "$desktop" && grep -qx 'Icon=medspasync' "$desktop" && grep -qx 'Type=Application' "$desktop" \
    && ok "desktop entry launches medspasync with its icon" || fail "desktop entry lacks Exec/Icon/Type"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" && ok "desktop-file-validate" || fail "desktop-file-validate"
  fi
fi
for exe in medspasync medspasync-cli; do
  bin="$tmp/root/usr/bin/$exe"
  if [ ! -x "$bin" ]; then
    fail "$exe not extracted"
    continue
  fi
  # Installed binaries must not depend on the build tree.
  if readelf -d "$bin" 2>/dev/null | grep -qE 'R(UN)?PATH'; then
    fail "$exe keeps an RPATH: $(readelf -d "$bin" | grep -E 'R(UN)?PATH')"
  fi
  missing=$(ldd "$bin" 2>/dev/null | grep 'not found' || true)
  [ -z "$missing" ] || fail "$exe: unresolved libraries: $missing"
  out=$(cd "$tmp" && HOME="$tmp/home" QT_QPA_PLATFORM=offscreen timeout 60 "$bin" --version 2>&1) && rc=0 || rc=$?
  if [ $rc -eq 0 ] && grep -qE "^MedSpaSync Pro.* ${version//./\\.}( |$)" <<<"$out"; then
    ok "$exe --version: $(head -n 1 <<<"$out")"
  else
    fail "$exe --version exited $rc, printed: $out (expected 'MedSpaSync Pro ... $version')"
  fi
done

if [ $fails -ne 0 ]; then
  echo "installer_deb: $fails check(s) failed" >&2
  exit 1
fi
echo "installer_deb: all checks passed"
