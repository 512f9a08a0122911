#!/bin/sh
# Run by the systemd timer or cron on the office machine: `npm run pubblica`, then, when
# UPLOAD_TARGET is set, the upload of the new site to the web hosting (deploy/carica.sh).
# Exit code: that of `npm run pubblica` (see the README), or 5 when the upload failed.
set -u
cd "$(dirname "$0")/.."
npm run --silent pubblica -- "$@"
code=$?
# 0: all done; 3: the site is built, the e-mail is incomplete (the next run resumes it).
if [ "$code" -eq 0 ] || [ "$code" -eq 3 ]; then
  if [ -n "${UPLOAD_TARGET:-}" ]; then
    deploy/carica.sh dist || exit 5
  fi
fi
exit "$code"
