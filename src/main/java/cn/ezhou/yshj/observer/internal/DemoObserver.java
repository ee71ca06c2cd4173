package cn.ezhou.yshj.observer.internal;

import cn.ezhou.yshj.base.IdNumber;
import cn.ezhou.yshj.base.MobileNumber;
import cn.ezhou.yshj.observer.Gender;
import cn.ezhou.yshj.observer.ObserverApplication;
import cn.ezhou.yshj.observer.ObserverLevel;
import cn.ezhou.yshj.observer.ObserverState;
import cn.ezhou.yshj.security.AccountDirectory;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An appointed observer record behind the demo {@code observer} account, so the demo acts as a
 * serving observer (rights follow the record's state); only in the dev profile.
 */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "portal.demo.city.enabled", havingValue = "false", matchIfMissing = true)
@Order(30)
class DemoObserver implements ApplicationRunner {

    /** A valid Ezhou resident ID number kept for the demo. */
    static final String ID_NUMBER = "420704198001010015";
    static final String CERTIFICATE = "EZ-GCY-DEMO-001";

    private final ObserverRepository observers;
    private final AccountDirectory accounts;
    private final Clock clock;

    DemoObserver(ObserverRepository observers, AccountDirectory accounts, Clock clock) {
        this.observers = observers;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String invitation = accounts.invitationCodeOf("observer").orElse(null);
        if (invitation == null || observers.findByInvitationCode(invitation).isPresent()) {
            return;
        }
        Observer o = new Observer("GCY-DEMO-0001", new ObserverApplication("观察员（演示）", Gender.FEMALE, ID_NUMBER,
                "13800138000", "observer@demo.invalid", "鄂州市某科技有限公司（演示）", null, "ENTREPRENEUR",
                ObserverLevel.CITY, null, null, null, null), IdNumber.of(ID_NUMBER), MobileNumber.of("13800138000"),
                true, clock.instant());
        o.moveTo(ObserverState.UNDER_REVIEW, null);
        o.moveTo(ObserverState.APPROVED, null);
        o.moveTo(ObserverState.IN_PUBLICITY, null);
        LocalDate today = LocalDate.now(clock);
        o.appoint(CERTIFICATE, today, today.plusYears(3));
        o.setInvitationCode(invitation);
        observers.save(o);
    }
}
