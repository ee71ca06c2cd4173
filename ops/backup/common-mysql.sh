# Shared by backup-mysql.sh and restore-mysql.sh: connection settings from the environment, passed to
# the client tools through a private option file (never on the command line, where `ps` shows it).
: "${DB_HOST:=127.0.0.1}" "${DB_PORT:=3306}" "${DB_USER:=root}" "${DB_PASSWORD:=}" "${DB_NAME:=portal}"
: "${ATTACHMENTS_DIR:=./data/attachments}"

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

[[ "$DB_NAME" =~ ^[A-Za-z0-9_]+$ ]] || die "DB_NAME must be letters, digits and _ only: '$DB_NAME'"
CLIENT=$(command -v mariadb || command -v mysql) || die "no mariadb/mysql client on PATH"
DUMP=$(command -v mariadb-dump || command -v mysqldump) || die "no mariadb-dump/mysqldump on PATH"

CNF=$(mktemp)
trap 'rm -f "$CNF"' EXIT
chmod 600 "$CNF"
escaped=${DB_PASSWORD//\\/\\\\}
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\ndefault-character-set=utf8mb4\n' \
  "$DB_HOST" "$DB_PORT" "$DB_USER" "${escaped//\"/\\\"}" >"$CNF"

sql() { "$CLIENT" --defaults-extra-file="$CNF" -N -B "$@"; }
