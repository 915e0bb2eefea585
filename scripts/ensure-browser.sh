#!/usr/bin/env bash
# Makes sure the browser tests have Debian's Chromium (HIMAP_CHROMIUM, default /usr/bin/chromium)
# and a Chinese font (fonts-noto-cjk), without which zh-CN pages render as boxes. As root on Debian
# it installs what is missing; otherwise it says exactly what to install and fails. playwright-core
# drives this Chromium: no browser is downloaded.
set -euo pipefail

chromium="${HIMAP_CHROMIUM:-/usr/bin/chromium}"

has_cjk_font() {
	if command -v fc-list >/dev/null; then
		[ -n "$(fc-list :lang=zh family 2>/dev/null)" ]
	else
		dpkg -s fonts-noto-cjk >/dev/null 2>&1
	fi
}

missing=()
if [ ! -x "$chromium" ]; then
	if [ -n "${HIMAP_CHROMIUM:-}" ]; then
		echo "HIMAP_CHROMIUM=$HIMAP_CHROMIUM is not an executable file." >&2
		exit 1
	fi
	missing+=(chromium)
fi
has_cjk_font || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
	cat >&2 <<MSG
The browser tests need ${missing[*]}, and this script can only install packages as root on Debian.
Install them (Debian/Ubuntu: sudo apt-get install -y ${missing[*]}) and run the tests again; or
point HIMAP_CHROMIUM at a Chromium you have and install a font with Chinese glyphs.
MSG
	exit 1
fi

echo "Installing ${missing[*]} for the browser tests (Debian packages)…"
export DEBIAN_FRONTEND=noninteractive
# The package lists may be missing or stale on a fresh machine: refresh them only if needed.
if ! apt-get install -y -qq "${missing[@]}" >/dev/null; then
	apt-get update -qq
	apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -x "$chromium" ] || ! has_cjk_font; then
	echo "Installed ${missing[*]}, but Chromium ($chromium) or a Chinese font is still missing." >&2
	exit 1
fi
