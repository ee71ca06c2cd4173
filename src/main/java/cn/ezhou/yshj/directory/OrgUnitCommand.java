package cn.ezhou.yshj.directory;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Create ({@code id == null}) or change an organisational unit. */
public record OrgUnitCommand(
        Long id,
        long version,
        @RequiredText(message = "directory.error.codeRequired")
        @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "directory.error.codeFormat") String code,
        String parentCode,
        @NotNull(message = "directory.error.kindRequired") OrgUnitKind kind,
        @RequiredText(message = "directory.error.nameRequired") @Stored("org_unit.name_zh") @Size(max = 100, message = "directory.error.nameLength") String nameZh,
        @Stored("org_unit.name_en") @Size(max = 150, message = "directory.error.nameLength") String nameEn,
        @PositiveOrZero int sort,
        boolean active) {
}
