#!/usr/bin/env bash
# Restores a folder written by backup-mysql.sh into an empty database and an empty attachments
# directory, after checking the manifest; then checks every attachment row against its file.
#   BACKUP           the backup folder (portal-<UTC time>/)
#   DB_HOST DB_PORT DB_USER DB_PASSWORD DB_NAME  the target database (created if missing; must have no tables)
#   ATTACHMENTS_DIR  the target attachments directory (created if missing; must be empty)
# Stop the portal first when restoring over its own database and directory.
set -euo pipefail
umask 077
source "$(dirname "$0")/common-mysql.sh"
: "${BACKUP:?set BACKUP to the backup folder}"

# 1. The backup is complete and unchanged: every file listed with its checksum, nothing unlisted.
[ -f "$BACKUP/MANIFEST.sha256" ] || die "$BACKUP has no MANIFEST.sha256 (unfinished backup?)"
(cd "$BACKUP" && sha256sum --quiet --strict -c MANIFEST.sha256) || die "checksums do not match: backup damaged"
unlisted=$(cd "$BACKUP" && find . -type f ! -name MANIFEST.sha256 | sort | comm -23 - <(cut -c67- MANIFEST.sha256 | sort))
[ -z "$unlisted" ] || die "files not in the manifest: $unlisted"

# 2. Empty targets only: a restore never mixes with other data.
sql -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4"
[ "$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")" = 0 ] \
  || die "database '$DB_NAME' is not empty"
mkdir -p "$ATTACHMENTS_DIR"
[ -z "$(ls -A "$ATTACHMENTS_DIR")" ] || die "$ATTACHMENTS_DIR is not empty"

# 3. Database, then files.
gunzip -c "$BACKUP/database.sql.gz" | sql "$DB_NAME"
tar -C "$BACKUP/attachments" -cf - . | tar -C "$ATTACHMENTS_DIR" -xf -

# 4. Every attachment row has its file, with the checksum recorded at upload.
bad=0
while IFS=$'\t' read -r key sum; do
  file="$ATTACHMENTS_DIR/${key:0:2}/${key:2:2}/$key"
  if [ ! -f "$file" ]; then echo "missing file for attachment $key" >&2; bad=$((bad + 1))
  elif [ "$(sha256sum <"$file" | cut -c1-64)" != "$sum" ]; then echo "wrong content: $key" >&2; bad=$((bad + 1))
  fi
done < <(sql "$DB_NAME" -e "SELECT storage_key, sha256 FROM attachment")
[ "$bad" = 0 ] || die "$bad attachment(s) without their file (see above); the database and files are restored"
echo "Restored $(sql "$DB_NAME" -e "SELECT COUNT(*) FROM attachment") attachments into $DB_NAME and $ATTACHMENTS_DIR"
