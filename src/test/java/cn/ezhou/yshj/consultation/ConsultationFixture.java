package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.association.AssociationCommand;
import cn.ezhou.yshj.association.AssociationKind;
import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.base.CreditCode;
import cn.ezhou.yshj.consultation.text.ArticleSplitter;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * People, associations and a draft for the consultation tests. Each test gets associations and
 * liaison accounts of its own (a suffix), so tests sharing one database never see each other's.
 */
final class ConsultationFixture {

    static final String DRAFT = """
            鄂州市物流业降本增效若干措施（征求意见稿）
            第一章　总则
            第一条　为降低物流成本，制定本措施。
            第二条　本措施适用于本市物流企业。
            第二章　支持措施
            第三条　对新建冷链仓储设施给予每平方米五十元补贴。
            第四条　企业按本措施第三条申请补贴的，应当在三十日内提交材料。
            第五条　本措施自发布之日起施行。
            """;

    static final String OFFICE = "c-office";
    static final String DRAFTER = "c-drafter";
    static final String DRAFT_UNIT = "ZRZYGHJ";
    static final String OTHER_DEPT = "c-other-dept";
    static final String OBSERVER = "c-observer";
    private static final Random RANDOM = new Random();

    final String logistics;
    final String catering;
    final String finance;
    final Actors actors;
    long logisticsId;
    long cateringId;
    long financeId;

    ConsultationFixture(SecurityContextHolderStrategy security, UserAccountRepository accounts, AssociationService service) {
        String suffix = Integer.toString(RANDOM.nextInt(1_000_000), 36);
        logistics = "c-log-" + suffix;
        catering = "c-cat-" + suffix;
        finance = "c-fin-" + suffix;
        actors = new Actors(security, accounts)
                .ensure(OFFICE, "OFFICE", "OFFICE")
                .ensure(DRAFTER, DRAFT_UNIT, "DEPARTMENT")
                .ensure(OTHER_DEPT, "RSJ", "DEPARTMENT")
                .ensure(logistics, null, "ASSOCIATION")
                .ensure(catering, null, "ASSOCIATION")
                .ensure(finance, null, "ASSOCIATION")
                .ensure(OBSERVER, null, "OBSERVER");
        as(OFFICE);
        logisticsId = register(service, "物流协会" + suffix, Set.of("LOGISTICS"), logistics);
        cateringId = register(service, "餐饮商会" + suffix, Set.of("CATERING"), catering);
        financeId = register(service, "金融协会" + suffix, Set.of("FINANCE"), finance);
    }

    private static long register(AssociationService service, String name, Set<String> tags, String liaison) {
        long id = service.save(new AssociationCommand(null, 0, name, AssociationKind.INDUSTRY_ASSOCIATION, creditCode(),
                tags, 80)).id();
        service.bindLiaison(id, liaison);
        return id;
    }

    /** A valid code: "51" (a social organisation), 15 random digits, the check character. */
    static String creditCode() {
        StringBuilder b = new StringBuilder("51");
        for (int i = 0; i < 15; i++) {
            b.append(RANDOM.nextInt(10));
        }
        return b.toString() + CreditCode.checkCharacter(b.toString());
    }

    void as(String username) {
        String role = switch (username) {
            case OFFICE -> "OFFICE";
            case DRAFTER, OTHER_DEPT -> "DEPARTMENT";
            case OBSERVER -> "OBSERVER";
            default -> "ASSOCIATION";
        };
        actors.as(username, role);
    }

    static OpenConsultation open(LocalDate opensOn, LocalDate closesOn, String reason, Set<String> tags, boolean observers,
                                 boolean pub) {
        return new OpenConsultation("物流业降本增效若干措施（征求意见稿）", DRAFT_UNIT, "为落实优化营商环境要求，起草本措施。",
                ArticleSplitter.split(DRAFT).parts(), opensOn, closesOn, reason, tags, Set.of(), observers, pub, null, null);
    }
}
