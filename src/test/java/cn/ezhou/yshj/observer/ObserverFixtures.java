package cn.ezhou.yshj.observer;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, unique applicants for tests. */
final class ObserverFixtures {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private ObserverFixtures() {
    }

    /** A random resident ID of someone born in the 1980s in 鄂州 (4207xx), with a correct check digit. */
    static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body = "420704" + (1980 + r.nextInt(10)) + "%02d%02d".formatted(1 + r.nextInt(12), 1 + r.nextInt(28))
                + "%03d".formatted(r.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    static ObserverApplication applicant(String name) {
        return applicant(name, idNumber(), "13800138000");
    }

    static ObserverApplication applicant(String name, String idNumber, String mobile) {
        return new ObserverApplication(name, Gender.FEMALE, idNumber, mobile, "obs@example.cn", "鄂州某科技有限公司",
                "总经理", "ENTREPRENEUR", ObserverLevel.DISTRICT, "ECQ", "制造业", "市工商联", "愿为优化营商环境建言献策");
    }
}
