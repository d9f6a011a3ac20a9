#!/bin/sh
# Fetches Debian's `icu` source package (72.1, the version of libicu-dev),
# unpacks it to DEST/icu (default build/third_party), and applies Debian's
# patches and then Feltline's own (cmake/patches/*.patch).
# Needs Debian's deb-src entries; adds them when missing (as root).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dest=${1:-build/third_party}
stamp=$(cat "$here"/patches/*.patch | cksum)
if [ -f "$dest/icu/source/common/unicode/uversion.h" ] && [ "$(cat "$dest/icu/.feltline-patched" 2>/dev/null)" = "$stamp" ]; then
  exit 0
fi
mkdir -p "$dest/download"
dest=$(cd "$dest" && pwd)

sources=/etc/apt/sources.list.d/debian.sources
if ! apt-get source --download-only --print-uris icu >/dev/null 2>&1; then
  if [ -f "$sources" ] && grep -q '^Types: deb$' "$sources"; then
    echo "feltline: enabling Debian source packages (deb-src) in $sources"
    sed -i 's/^Types: deb$/Types: deb deb-src/' "$sources"
  elif [ -f /etc/apt/sources.list ] && ! grep -q '^deb-src' /etc/apt/sources.list; then
    echo "feltline: enabling Debian source packages (deb-src) in /etc/apt/sources.list"
    sed -n 's/^deb /deb-src /p' /etc/apt/sources.list >> /etc/apt/sources.list
  fi
  apt-get update -qq
fi

version=$(dpkg-query -W -f='${Version}' libicu-dev 2>/dev/null || true)
cd "$dest/download"
if ! ls icu_72.1.orig.tar.gz >/dev/null 2>&1; then
  # Same version as the native library when apt still offers it.
  apt-get source --download-only "icu=$version" >/dev/null 2>&1 || apt-get source --download-only icu
fi
rm -rf "$dest/icu"
tar -xzf icu_72.1.orig.tar.gz -C "$dest"
debian_tar=$(ls icu_72.1-*.debian.tar.xz | head -n 1)
rm -rf debian && tar -xJf "$debian_tar"
for patch in $(grep -v '^#' debian/patches/series); do
  patch -d "$dest/icu" -p1 -s < "debian/patches/$patch"
done
for patch in "$here"/patches/*.patch; do
  patch -d "$dest/icu" -p1 -s < "$patch"
done
echo "$stamp" > "$dest/icu/.feltline-patched"
echo "feltline: ICU source ready in $dest/icu"
