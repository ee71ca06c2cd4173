package cn.ezhou.yshj.association;

import cn.ezhou.yshj.base.Stored;
import jakarta.validation.constraints.Max;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Register a chamber or association, or change one ({@code id} and {@code version} set). */
public record AssociationCommand(
        Long id,
        long version,
        @RequiredText(message = "association.error.nameRequired") @Stored("association.name") @Size(max = 100, message = "association.error.nameLength") String name,
        @NotNull(message = "association.error.kindRequired") AssociationKind kind,
        @RequiredText(message = "validation.creditCode") String creditCode,
        @NotEmpty(message = "association.error.tagsRequired") Set<String> tags,
        @NotNull(message = "association.error.membersRequired") @PositiveOrZero(message = "association.error.membersRequired")
        @Max(value = 10_000_000, message = "association.error.membersRequired") Integer memberCount) {
}
