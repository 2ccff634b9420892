#!/bin/sh
# Fills in the placeholders of deploy/*.conf and writes the result to OUT_DIR.
#
#   sh deploy/configure.sh OUT_DIR LISTEN ROOT [PREFIX]
#
#   OUT_DIR  where to write nginx.conf, site.conf and headers.conf (created if missing);
#            it becomes __CONF__
#   LISTEN   "80", "127.0.0.1:8080" ...
#   ROOT     the build/ directory (made absolute)
#   PREFIX   nginx's runtime directory for nginx.conf (pid, logs, temp; default OUT_DIR)
set -eu
if [ $# -lt 3 ]; then
	echo "usage: sh deploy/configure.sh OUT_DIR LISTEN ROOT [PREFIX]" >&2
	exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1"
out=$(cd "$1" && pwd)
listen=$2
root=$(cd "$3" && pwd)
prefix=${4:-$out}
mkdir -p "$prefix/tmp"
prefix=$(cd "$prefix" && pwd)
for value in "$listen" "$root" "$out" "$prefix"; do
	case $value in
	*'|'* | *'&'* | *'\'* | *' '* | *';'*)
		echo "configure.sh: unsupported character in \"$value\"" >&2
		exit 2
		;;
	esac
done
for name in nginx.conf site.conf headers.conf; do
	sed -e "s|__LISTEN__|$listen|g" -e "s|__ROOT__|$root|g" -e "s|__CONF__|$out|g" \
		-e "s|__PREFIX__|$prefix|g" "$here/$name" >"$out/$name.tmp"
	mv "$out/$name.tmp" "$out/$name"
done
echo "$out/nginx.conf"
