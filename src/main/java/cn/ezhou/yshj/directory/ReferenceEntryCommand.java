package cn.ezhou.yshj.directory;

import cn.ezhou.yshj.base.Stored;
import jakarta.validation.constraints.Max;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Create ({@code id == null}) or change an entry of a list administrators keep (industry tags). */
public record ReferenceEntryCommand(
        Long id,
        long version,
        @NotNull(message = "reference.error.list") ReferenceList list,
        @RequiredText(message = "directory.error.codeRequired")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "reference.error.codeFormat") String code,
        @RequiredText(message = "directory.error.nameRequired") @Stored("reference_item.name_zh") @Size(max = 100, message = "directory.error.nameLength") String nameZh,
        @Stored("reference_item.name_en") @Size(max = 150, message = "directory.error.nameLength") String nameEn,
        @PositiveOrZero(message = "reference.error.sort") @Max(value = 9999, message = "reference.error.sort") int sort,
        boolean active) {
}
