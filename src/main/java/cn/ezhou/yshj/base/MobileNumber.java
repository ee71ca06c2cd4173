package cn.ezhou.yshj.base;

/** A mainland mobile number: 11 digits starting with 13–19. Landlines are refused. */
public record MobileNumber(String value) {

    public MobileNumber {
        if (!isValid(value)) {
            throw new Refusal("validation.mobile");
        }
    }

    public static MobileNumber of(String value) {
        return new MobileNumber(value == null ? null : value.strip().replaceAll("[\\s-]", "").replaceFirst("^\\+86", ""));
    }

    public static boolean isValid(String value) {
        return value != null && value.matches("1[3-9]\\d{9}");
    }

    /** {@code 138****8000}. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
