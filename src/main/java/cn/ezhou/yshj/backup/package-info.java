/**
 * Backup of the embedded H2 database while the portal runs. Only the portal's own process can open
 * its H2 file, so the portal writes the backup itself: H2's transactionally consistent
 * {@code BACKUP TO}, then the attachment files, then a SHA-256 manifest, in the folder layout that
 * {@code ops/backup/restore-h2.sh} restores. MySQL/MariaDB installations use {@code ops/backup/} instead.
 */
@ApplicationModule(displayName = "Backup")
package cn.ezhou.yshj.backup;

import org.springframework.modulith.ApplicationModule;
