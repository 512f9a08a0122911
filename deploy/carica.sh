#!/bin/sh
# Uploads the built site (default dist/) to plain web hosting over SSH with rsync.
#   UPLOAD_TARGET=utente@hosting.example.org:/var/www/bollettino/ deploy/carica.sh [dist]
# --delay-updates: new files land in a temporary folder and are moved into place at the end,
# so readers never see a half-uploaded site. Pages gone from the build are removed at the end,
# and only inside a folder this script uploaded to before (the .bollettino-sito mark):
# it never deletes in a folder that holds someone else's files.
set -eu
: "${UPLOAD_TARGET:?Imposta UPLOAD_TARGET, per esempio utente@hosting.example.org:/var/www/bollettino/}"
src="${1:-dist}"
mark=.bollettino-sito
case "$UPLOAD_TARGET" in */) target="$UPLOAD_TARGET" ;; *) target="$UPLOAD_TARGET/" ;; esac

if [ ! -f "$src/index.html" ]; then
  echo "Caricamento annullato: $src/index.html non esiste. Costruisci prima il sito (npm run pubblica o npm run build)." >&2
  exit 1
fi

command -v rsync >/dev/null || { echo "Caricamento annullato: serve rsync (apt-get install rsync)." >&2; exit 1; }

# First upload: the target folder must be empty (or not exist yet); afterwards it holds our mark.
# The mark is asked for by its exact name (a listing's last column breaks on names with spaces:
# "x .bollettino-sito" must not count); it is ours only as a regular file.
if listing=$(rsync --list-only "$target" 2>&1); then
  marked=no
  if markline=$(rsync --list-only "$target$mark" 2>/dev/null); then
    case "$markline" in -*) marked=yes ;; esac
  fi
  if [ "$marked" = no ]; then
    others=$(printf '%s\n' "$listing" | awk 'NF && $NF != "." { n++ } END { print n + 0 }')
    if [ "$others" -gt 0 ]; then
      echo "Caricamento annullato: $target contiene già file che non sono del bollettino. Usa una cartella vuota, dedicata al sito." >&2
      exit 1
    fi
  fi
else
  case "$listing" in
    *"No such file or directory"*) ;;
    *) echo "Caricamento annullato: non riesco a leggere $target ($listing)." >&2; exit 1 ;;
  esac
fi

touch "$src/$mark"
rsync --recursive --links --times --compress --delay-updates --delete-delay "$src/" "$target"
echo "Sito caricato in $target."
