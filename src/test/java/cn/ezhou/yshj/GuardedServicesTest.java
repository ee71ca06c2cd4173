package cn.ezhou.yshj;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A screen is not the security boundary: every public method of a service or desk says who may
 * call it, or is listed here as a deliberate open read (public pages, lookups between modules that
 * carry no personal data, the scheduler's entry points).
 */
class GuardedServicesTest {

    @Test
    void every_public_method_of_a_service_or_desk_is_guarded_or_listed_as_open() {
        Set<String> unguarded = new TreeSet<>();
        for (JavaClass service : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.ezhou.yshj")) {
            if (!isServiceOrDesk(service)) {
                continue;
            }
            boolean classGuarded = guarded(service.isAnnotatedWith(PreAuthorize.class), service.isAnnotatedWith(RolesAllowed.class));
            for (JavaMethod m : service.getMethods()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.STATIC)
                        || m.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    continue;
                }
                boolean methodGuarded = m.isAnnotatedWith(PreAuthorize.class) || m.isAnnotatedWith(RolesAllowed.class)
                        || m.isAnnotatedWith(PermitAll.class);
                String name = service.getSimpleName() + "." + m.getName();
                if (!classGuarded && !methodGuarded && !OPEN.contains(name)) {
                    unguarded.add(name);
                }
            }
        }
        assertThat(unguarded).as("public service methods without a guard").isEmpty();
    }

    private static boolean guarded(boolean... annotations) {
        for (boolean a : annotations) {
            if (a) {
                return true;
            }
        }
        return false;
    }

    private static boolean isServiceOrDesk(JavaClass c) {
        String name = c.getSimpleName();
        boolean moduleRoot = c.getPackageName().chars().filter(ch -> ch == '.').count() == 3;
        return moduleRoot && c.getModifiers().contains(JavaModifier.PUBLIC) && !c.isInterface() && !c.isRecord()
                && !c.isEnum() && (name.endsWith("Service") || name.endsWith("Desk"));
    }

    /** Deliberately open: read by anyone, or by other modules on behalf of a user already checked. */
    private static final Set<String> OPEN = Set.of(
            // The search index's progress: counts and times only, for every screen that searches.
            "SearchIndexService.status",
            // The invitation code is the secret: whoever holds it may see and accept that invitation.
            "AccountService.acceptWithPassword", "AccountService.openInvitation",
            // Public consultations and policies: the services show each viewer, a visitor included,
            // only what is addressed to them (tested in ConsultationContract and on the pages).
            "AnswerDesk.report", "CommentDesk.comments", "ConsultationService.detail", "ConsultationService.file",
            "ConsultationService.files", "ConsultationService.list", "PolicyService.list", "PolicyService.open",
            // The open data API's reads: the same for every caller, only what the public pages show
            // (public consultations once open, published cases; ConsultationContract, TypicalCasesTest).
            "ConsultationService.openedToPublic", "TypicalCaseService.publishedCase",
            // The file store below the owning services, which check who may reach the owner; a
            // form's unbound files are reached only through the form's own random key.
            "AttachmentService.bind", "AttachmentService.maxSize", "AttachmentService.of", "AttachmentService.read",
            "AttachmentService.readUnbound", "AttachmentService.remove", "AttachmentService.removeUnbound",
            "AttachmentService.store", "AttachmentService.storeUnbound",
            // Writing the audit trail is open to every service; reading it is the administrator's.
            "AuditService.record", "AuditService.recordFor", "AuditService.recordRefused",
            // The published charter, and whether the current user still has to acknowledge it.
            "CharterService.acknowledgementPending", "CharterService.current",
            // Reference data: units, districts, domains, categories.
            "DirectoryService.activeUnits", "DirectoryService.allItems", "DirectoryService.children",
            "DirectoryService.items", "DirectoryService.orgUnit",
            // The public application and objection forms, the applicant's status by reference number,
            // the public publicity list; the daily expiry run by the scheduler.
            "ObserverService.apply", "ObserverService.status", "ObserverService.expireDue",
            "PublicityService.lodgeObjection", "PublicityService.publicityEnd", "PublicityService.underPublicity",
            // Settings and lists without personal data.
            "DutyRecordService.quarterlyMinimum", "RoundService.departments",
            "TypicalCaseService.published", "TypicalCaseService.publishedBetween",
            // Working-day arithmetic on the public calendar.
            "WorkCalendarService.index", "WorkCalendarService.isWorkingDay", "WorkCalendarService.missingYear",
            "WorkCalendarService.plusWorkingDays", "WorkCalendarService.workingDaysBetween");
}
