package cn.ezhou.yshj;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every date and time in the portal comes from its {@code Clock} (Asia/Shanghai): a {@code now()} of
 * the JVM's zone shows a different day from 16:00 to 24:00 UTC, and tests cannot move it.
 */
class OneClockTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.ezhou.yshj");

    @Test
    void main_code_reads_the_time_only_from_the_portal_clock() {
        noClasses().should().callMethodWhere(nowWithoutClock())
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(java.util.Date.class)
                .because("the portal's Clock bean is the one source of the current time")
                .check(MAIN);
    }

    private static DescribedPredicate<JavaCall<?>> nowWithoutClock() {
        return DescribedPredicate.describe("a java.time now() that is not given the portal's Clock", call ->
                call.getTargetOwner().getPackageName().equals("java.time")
                        && call.getName().equals("now")
                        && !call.getTarget().getRawParameterTypes().stream()
                                .map(t -> t.getName()).toList().equals(List.of(Clock.class.getName())));
    }
}
