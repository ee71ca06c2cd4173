package cn.ezhou.yshj.base;

/**
 * A unified social credit code (GB 32100-2015): 18 characters from a 31-character alphabet (no
 * I, O, Z, S, V), the last one a check character over the first 17 (weights 3^i mod 31).
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (!isValid(value)) {
            throw new Refusal("validation.creditCode");
        }
        value = value.toUpperCase();
    }

    public static CreditCode of(String value) {
        return new CreditCode(value == null ? null : value.strip().toUpperCase());
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 18) {
            return false;
        }
        String code = value.toUpperCase();
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int digit = ALPHABET.indexOf(code.charAt(i));
            if (digit < 0) {
                return false;
            }
            sum += digit * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == ALPHABET.charAt(check);
    }

    /** The check character the first 17 characters call for (used to build test and demo codes). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
