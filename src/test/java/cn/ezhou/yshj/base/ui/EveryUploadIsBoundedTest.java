package cn.ezhou.yshj.base.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.upload.Upload;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No screen builds an upload of its own: every upload path goes through the server-side size limit. */
class EveryUploadIsBoundedTest {

    private static final DescribedPredicate<JavaCall<?>> UNBOUNDED_UPLOAD = DescribedPredicate.describe(
            "create an Upload other than BoundedUpload or give an Upload another handler", call -> {
                JavaClass owner = call.getTargetOwner();
                if (!owner.isAssignableTo(Upload.class)) {
                    return false;
                }
                String name = call.getName();
                return name.equals("<init>") ? !owner.isAssignableTo(BoundedUpload.class)
                        : Set.of("setUploadHandler", "setReceiver").contains(name);
            });

    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.ezhou.yshj");

    @Test
    void only_the_bounded_upload_creates_an_upload_or_sets_its_handler() {
        noClasses().that().doNotBelongToAnyOf(BoundedUpload.class)
                .should().callCodeUnitWhere(UNBOUNDED_UPLOAD)
                .because("an upload must be cut at its size limit while it streams in (decision 0017)")
                .check(main);
    }
}
