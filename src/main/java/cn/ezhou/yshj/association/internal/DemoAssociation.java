package cn.ezhou.yshj.association.internal;

import cn.ezhou.yshj.association.AssociationKind;
import cn.ezhou.yshj.base.CreditCode;
import cn.ezhou.yshj.security.AccountDirectory;
import java.time.Clock;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Binds the demo association account to a demo chamber; only in the dev profile. */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "portal.demo.city.enabled", havingValue = "false", matchIfMissing = true)
@Order(30)
class DemoAssociation implements ApplicationRunner {

    private static final String FIRST_17 = "51420700MJH123456";

    private final AssociationRepository associations;
    private final LiaisonRepository liaisons;
    private final AccountDirectory accounts;
    private final Clock clock;

    DemoAssociation(AssociationRepository associations, LiaisonRepository liaisons, AccountDirectory accounts, Clock clock) {
        this.associations = associations;
        this.liaisons = liaisons;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.contact("association").isEmpty() || !liaisons.findByUsername("association").isEmpty()) {
            return;
        }
        String code = FIRST_17 + CreditCode.checkCharacter(FIRST_17);
        Association chamber = associations.findByCreditCode(code).orElseGet(() -> {
            Association a = new Association(clock.instant());
            a.apply("鄂州市青年企业家商会（演示）", AssociationKind.CHAMBER, code, Set.of("MANUFACTURING", "IT"), 120);
            return associations.save(a);
        });
        liaisons.save(new Liaison(chamber.getId(), "商会联络员（演示）", null, "association", clock.instant()));
    }
}
