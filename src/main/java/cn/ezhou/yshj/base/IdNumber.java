package cn.ezhou.yshj.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A mainland resident ID number (GB 11643-1999): 17 digits and a check character computed with
 * ISO 7064 MOD 11-2, the 7th–14th characters being a real date of birth. Whether that date lies in
 * the future depends on today, which only a service with the portal's clock knows ({@link #bornBy}).
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    public IdNumber {
        if (!isValid(value)) {
            throw new Refusal("validation.idNumber");
        }
        value = value.toUpperCase();
    }

    public static IdNumber of(String value) {
        return new IdNumber(value == null ? null : value.strip());
    }

    public static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{17}[\\dXx]")) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.parse(value.substring(6, 14), BIRTH);
            if (birth.getYear() < 1900) {
                return false;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        return Character.toUpperCase(value.charAt(17)) == checkCharacter(value.substring(0, 17));
    }

    /** The check character 17 digits call for (ISO 7064 MOD 11-2; used to build test and demo numbers). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), BIRTH);
    }

    /** Whether the holder was born by {@code today}: a birth date after it is a mistyped number. */
    public boolean bornBy(LocalDate today) {
        return !birthDate().isAfter(today);
    }

    /** {@code 420***********1234}: the region's first three digits and the last four. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
