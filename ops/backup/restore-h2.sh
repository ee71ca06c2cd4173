#!/usr/bin/env bash
# Restores a backup the portal wrote of its embedded H2 database (portal.backup.dir, see README
# "Backup and restore") into an empty data folder and an empty attachments directory, after
# checking the manifest. Stop the portal first when restoring over its own data.
#   BACKUP           the backup folder (portal-<UTC time>/ with database.zip)
#   DATA_DIR         where the H2 file goes (default ./data; the portal opens ./data/portal)
#   ATTACHMENTS_DIR  the target attachments directory (default ./data/attachments; must be empty)
set -euo pipefail
umask 077
: "${BACKUP:?set BACKUP to the backup folder}" "${DATA_DIR:=./data}" "${ATTACHMENTS_DIR:=./data/attachments}"
die() { echo "$(basename "$0"): $*" >&2; exit 1; }

[ -f "$BACKUP/MANIFEST.sha256" ] || die "$BACKUP has no MANIFEST.sha256 (unfinished backup?)"
(cd "$BACKUP" && sha256sum --quiet --strict -c MANIFEST.sha256) || die "checksums do not match: backup damaged"
unlisted=$(cd "$BACKUP" && find . -type f ! -name MANIFEST.sha256 | sort | comm -23 - <(cut -c67- MANIFEST.sha256 | sort))
[ -z "$unlisted" ] || die "files not in the manifest: $unlisted"

mkdir -p "$DATA_DIR" "$ATTACHMENTS_DIR"
! compgen -G "$DATA_DIR/*.mv.db" >/dev/null || die "$DATA_DIR already holds a database; move it away first"
[ -z "$(ls -A "$ATTACHMENTS_DIR")" ] || die "$ATTACHMENTS_DIR is not empty"

zip=$(cd "$BACKUP" && pwd)/database.zip
if command -v unzip >/dev/null; then unzip -q "$zip" -d "$DATA_DIR"
elif command -v python3 >/dev/null; then python3 -m zipfile -e "$zip" "$DATA_DIR"
else (cd "$DATA_DIR" && jar xf "$zip"); fi
tar -C "$BACKUP/attachments" -cf - . | tar -C "$ATTACHMENTS_DIR" -xf -
echo "Restored $(cd "$DATA_DIR" && ls ./*.mv.db) and $(find "$ATTACHMENTS_DIR" -type f | wc -l) attachment files"
