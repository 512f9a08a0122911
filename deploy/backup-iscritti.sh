#!/bin/sh
# The daily copy of the subscribers' database into BACKUP_DIR (default /srv/bollettino-copie):
# SQLite through `npm run iscritti -- backup` (consistent while the service runs), PostgreSQL
# through pg_dump. Copies older than 30 days that this script wrote are removed.
set -eu
dir=${BACKUP_DIR:-/srv/bollettino-copie}
mkdir -p "$dir"
chmod 700 "$dir"
stamp=$(date +%Y-%m-%d)
if [ -n "${DATABASE_URL:-}" ]; then
  pg_dump --format=custom --file="$dir/iscritti-$stamp.pgdump" "$DATABASE_URL"
  find "$dir" -maxdepth 1 -name 'iscritti-*.pgdump' -mtime +30 -delete
else
  [ -e "$dir/iscritti-$stamp.sqlite" ] && exit 0
  npm run --silent iscritti -- backup "$dir/iscritti-$stamp.sqlite"
  find "$dir" -maxdepth 1 -name 'iscritti-*.sqlite' -mtime +30 -delete
fi
