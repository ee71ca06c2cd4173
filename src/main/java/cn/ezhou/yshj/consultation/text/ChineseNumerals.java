package cn.ezhou.yshj.consultation.text;

/**
 * Chinese numerals as they number chapters, sections, articles and items of administrative texts
 * (第一百零五条, 第十条, 二、): parsed to ints and written back, from 零 to 九千九百九十九.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String UNITS = "个十百千";
    public static final int MAX = 9999;

    private ChineseNumerals() {
    }

    /**
     * Reads 一百二十三, 十五, 一千零五, 两百, 〇 / 零, digit strings such as 二〇二四, or Arabic digits
     * (also full-width). Throws IllegalArgumentException for anything else or a value above 9999.
     */
    public static int parse(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            throw new IllegalArgumentException("empty numeral");
        }
        if (numeral.chars().allMatch(Character::isDigit)) {
            return checked(Integer.parseInt(numeral.length() > 5 ? "99999" : numeral), numeral);
        }
        if (numeral.chars().allMatch(c -> digit((char) c) >= 0)) {  // 二〇二四: digit by digit
            int value = 0;
            for (char c : numeral.toCharArray()) {
                value = value * 10 + digit(c);
                checked(value, numeral);
            }
            return value;
        }
        int total = 0;
        int pending = -1;        // digit waiting for its unit
        int lastUnit = 10_000;   // units must descend: 千 > 百 > 十
        boolean zeroSeen = false;
        for (char c : numeral.toCharArray()) {
            int d = digit(c);
            int u = UNITS.indexOf(c);
            if (d == 0) {
                if (pending >= 0 || zeroSeen) {
                    throw invalid(numeral);
                }
                zeroSeen = true;
            } else if (d > 0) {
                if (pending >= 0) {
                    throw invalid(numeral);
                }
                pending = d;
            } else if (u > 0) {
                int unit = (int) Math.pow(10, u);
                if (unit >= lastUnit || (pending < 0 && !(unit == 10 && total == 0 && !zeroSeen))) {
                    throw invalid(numeral);      // only a leading 十 may stand without its digit
                }
                total += (pending < 0 ? 1 : pending) * unit;
                lastUnit = unit;
                pending = -1;
                zeroSeen = false;
            } else {
                throw invalid(numeral);
            }
        }
        if (pending >= 0) {
            total += pending;
        } else if (zeroSeen) {
            throw invalid(numeral);              // a trailing 零 as in 一百零
        }
        return total;
    }

    /** 123 → 一百二十三, 10 → 十, 110 → 一百一十, 1005 → 一千零五, 0 → 零. */
    public static String format(int n) {
        if (n < 0 || n > MAX) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        if (n == 0) {
            return "零";
        }
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        for (int pos = 3; pos >= 0; pos--) {
            int d = n / (int) Math.pow(10, pos) % 10;
            if (d == 0) {
                zeroPending = !out.isEmpty();
                continue;
            }
            if (zeroPending) {
                out.append('零');
                zeroPending = false;
            }
            if (!(pos == 1 && d == 1 && out.isEmpty())) {
                out.append(DIGITS.charAt(d));
            }
            if (pos > 0) {
                out.append(UNITS.charAt(pos));
            }
        }
        return out.toString();
    }

    /** 0–9 for 零/〇 and 一…九 (两 as 二), -1 for any other character. */
    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '两' -> 2;
            default -> DIGITS.indexOf(c) > 0 ? DIGITS.indexOf(c) : -1;
        };
    }

    private static int checked(int value, String numeral) {
        if (value > MAX) {
            throw invalid(numeral);
        }
        return value;
    }

    private static IllegalArgumentException invalid(String numeral) {
        return new IllegalArgumentException("not a Chinese numeral: " + numeral);
    }
}
