#!/usr/bin/env bash
# Online backup of the portal on MySQL/MariaDB: the database first (one consistent snapshot), then
# the attachment files, then a SHA-256 manifest. Safe while the portal runs. See README "Backup and restore".
#   DB_HOST DB_PORT DB_USER DB_PASSWORD DB_NAME  the portal database (default 127.0.0.1 3306 root '' portal)
#   ATTACHMENTS_DIR  the portal's portal.attachments.dir (default ./data/attachments)
#   BACKUP_DIR       where to write portal-<UTC time>/ (default ./backups)
# Prints the folder it wrote as its last line.
set -euo pipefail
umask 077
source "$(dirname "$0")/common-mysql.sh"
: "${BACKUP_DIR:=./backups}"

# --single-transaction is a consistent snapshot for InnoDB tables only.
others=$(sql -e "SELECT COUNT(*), IFNULL(GROUP_CONCAT(table_name), '') FROM information_schema.tables
                 WHERE table_schema = '$DB_NAME' AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'")
[ "$(cut -f1 <<<"$others")" = 0 ] || die "not InnoDB, so not consistent in a dump: $(cut -f2 <<<"$others")"
[ "$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")" != 0 ] \
  || die "database '$DB_NAME' has no tables"

# One folder per backup; a second backup within the same second gets a suffix, never the first's folder.
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$BACKUP_DIR/portal-$STAMP"
for n in 2 3 4 5 6 7 8 9; do [ -e "$OUT" ] || break; OUT="$BACKUP_DIR/portal-$STAMP-$n"; done
mkdir -p "$BACKUP_DIR"
mkdir "$OUT" "$OUT/attachments"

# 1. The database, as one snapshot, without blocking the portal's writes.
"$DUMP" --defaults-extra-file="$CNF" --single-transaction --quick --routines --triggers --hex-blob \
  --no-tablespaces "$DB_NAME" | gzip >"$OUT/database.sql.gz"

# 2. Then the files: every row in the snapshot was committed after its file was written, so its file is here.
if [ -d "$ATTACHMENTS_DIR" ]; then
  # tar exits 1 when a file vanishes meanwhile (a discarded draft's file): expected, not an error.
  set +e
  tar -C "$ATTACHMENTS_DIR" --exclude='*.part' --warning=no-file-removed --warning=no-file-changed -cf - . \
    | tar -C "$OUT/attachments" -xf -
  codes=("${PIPESTATUS[@]}")
  set -e
  [ "${codes[0]}" -le 1 ] && [ "${codes[1]}" = 0 ] || die "copying the attachments failed"
else
  echo "$(basename "$0"): no attachments directory at $ATTACHMENTS_DIR, backing up none" >&2
fi

# 3. The manifest last: a folder without one is an unfinished backup.
(cd "$OUT" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum) >"$OUT.manifest.part"
mv "$OUT.manifest.part" "$OUT/MANIFEST.sha256"
echo "$OUT"
