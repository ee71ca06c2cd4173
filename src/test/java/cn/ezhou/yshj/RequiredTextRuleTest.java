package cn.ezhou.yshj;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code @NotBlank} lets a text of full-width spaces through; required text uses {@code @RequiredText}. */
class RequiredTextRuleTest {

    @Test
    void no_command_or_service_uses_not_blank() {
        List<String> found = new ArrayList<>();
        for (Class<?> c : ColumnLimitsContract.MAIN_CLASSES) {
            Stream<AnnotatedElement> elements = Stream.of(c.getDeclaredFields());
            for (Executable e : Stream.concat(Stream.of(c.getDeclaredMethods()), Stream.of(c.getDeclaredConstructors())).toList()) {
                elements = Stream.concat(elements, Stream.concat(Stream.of(e), Stream.of(e.getParameters())));
            }
            elements.filter(e -> e.isAnnotationPresent(NotBlank.class)).forEach(e -> found.add(c.getSimpleName() + ": " + e));
        }
        assertThat(ColumnLimitsContract.MAIN_CLASSES).hasSizeGreaterThan(100);
        assertThat(found).isEmpty();
    }
}
