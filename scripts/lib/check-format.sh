#!/usr/bin/env bash
# Fails, listing the files, when a tracked *.cpp/*.h is not formatted as the
# repository's .clang-format says. Used by scripts/test and the ctest "format".
#   check-format.sh [source-dir] [clang-format]
set -euo pipefail
src=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
cf=${2:-${CLANG_FORMAT:-clang-format}}
cd "$src"
command -v "$cf" >/dev/null || { echo "check-format: $cf not found: run scripts/install-deps" >&2; exit 2; }

files=()
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  while IFS= read -r -d '' f; do
    [ -f "$f" ] && files+=("$f")  # tracked but deleted in the work tree: skip
  done < <(git ls-files -z -- '*.cpp' '*.h')
else
  while IFS= read -r -d '' f; do files+=("${f#./}"); done \
    < <(find . -path './build*' -prune -o -type f \( -name '*.cpp' -o -name '*.h' \) -print0)
fi
if [ ${#files[@]} -eq 0 ]; then
  echo "check-format: no C++ sources found in $src"
  exit 0
fi

out=$(printf '%s\0' "${files[@]}" | xargs -0 -n 50 "$cf" --dry-run -Werror --ferror-limit=1 2>&1) && rc=0 || rc=$?
if [ "$rc" -eq 0 ]; then
  echo "check-format: ${#files[@]} files formatted ($("$cf" --version | sed 's/.*version //'))"
  exit 0
fi
bad=$(printf '%s\n' "$out" | sed -nE 's/^([^:]+):[0-9]+:[0-9]+: (error|warning): .*/\1/p' | sort -u)
if [ -z "$bad" ]; then
  printf '%s\n' "$out" >&2
  echo "check-format: $cf failed (output above)" >&2
  exit 1
fi
n=$(printf '%s\n' "$bad" | wc -l)
echo "check-format: $n of ${#files[@]} files are not clang-formatted:" >&2
printf '%s\n' "$bad" | sed 's/^/  /' >&2
echo "fix with: clang-format -i $(printf '%s\n' "$bad" | tr '\n' ' ')" >&2
exit 1
