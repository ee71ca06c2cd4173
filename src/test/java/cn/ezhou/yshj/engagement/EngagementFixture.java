package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.association.AssociationCommand;
import cn.ezhou.yshj.association.AssociationKind;
import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.base.CreditCode;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * People for the engagement tests, with a suffix of their own so tests sharing one database never see
 * each other's: two observers, a disabled observer, an association with two liaisons, an association
 * without any, and handlers of two departments.
 */
final class EngagementFixture {

    static final String OFFICE = "e-office";
    static final String FGW_HANDLER = "e-fgw";
    static final String SWJ_HANDLER = "e-swj";
    private static final Random RANDOM = new Random();

    final String obs1;
    final String obs2;
    final String retired;
    final String liaison1;
    final String liaison2;
    final long associationId;
    final long silentAssociationId;
    final Actors actors;
    private final UserAccountRepository accounts;

    EngagementFixture(SecurityContextHolderStrategy security, UserAccountRepository accounts, AssociationService service) {
        this.accounts = accounts;
        String suffix = Integer.toString(RANDOM.nextInt(1_000_000_000), 36);
        obs1 = "e-obs1-" + suffix;
        obs2 = "e-obs2-" + suffix;
        retired = "e-obs0-" + suffix;
        liaison1 = "e-li1-" + suffix;
        liaison2 = "e-li2-" + suffix;
        actors = new Actors(security, accounts)
                .ensure(OFFICE, "OFFICE", "OFFICE")
                .ensure(FGW_HANDLER, "FGW", "DEPARTMENT")
                .ensure(SWJ_HANDLER, "SWJ", "DEPARTMENT")
                .ensure(obs1, null, "OBSERVER")
                .ensure(obs2, null, "OBSERVER")
                .ensure(retired, null, "OBSERVER")
                .ensure(liaison1, null, "ASSOCIATION")
                .ensure(liaison2, null, "ASSOCIATION");
        accounts.findByUsername(retired).ifPresent(a -> {
            a.update(Set.of("OBSERVER"), null, false);
            accounts.save(a);
        });
        as(OFFICE);
        associationId = register(service, "测评商会" + suffix);
        service.bindLiaison(associationId, liaison1);
        service.bindLiaison(associationId, liaison2);
        silentAssociationId = register(service, "无联络员协会" + suffix);
    }

    private static long register(AssociationService service, String name) {
        return service.save(new AssociationCommand(null, 0, name, AssociationKind.CHAMBER, creditCode(),
                Set.of("LOGISTICS"), 30)).id();
    }

    static String creditCode() {
        StringBuilder b = new StringBuilder("51");
        for (int i = 0; i < 15; i++) {
            b.append(RANDOM.nextInt(10));
        }
        return b + String.valueOf(CreditCode.checkCharacter(b.toString()));
    }

    /** Acts as one of the fixture's people, with the role its account holds. */
    void as(String username) {
        String role = accounts.findByUsername(username).orElseThrow().roleSet().iterator().next();
        actors.as(username, role);
    }

    List<String> liaisons() {
        return List.of(liaison1, liaison2);
    }
}
