package cn.ezhou.yshj.base.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** One data line of a seed file, with helpers that fail with the file and line number. */
public record SeedRow(String file, int line, List<String> fields) {

    public String text(int index) {
        String value = fields.get(index).strip();
        if (value.isEmpty()) {
            throw fail("column " + (index + 1) + " is empty");
        }
        return value;
    }

    public String optionalText(int index) {
        return fields.get(index).strip();
    }

    public int number(int index) {
        try {
            return Integer.parseInt(text(index));
        } catch (NumberFormatException e) {
            throw fail("column " + (index + 1) + " is not a whole number: '" + fields.get(index) + "'");
        }
    }

    public LocalDate date(int index) {
        try {
            return LocalDate.parse(text(index));
        } catch (DateTimeParseException e) {
            throw fail("column " + (index + 1) + " is not a date (yyyy-MM-dd): '" + fields.get(index) + "'");
        }
    }

    public <E extends Enum<E>> E choice(int index, Class<E> type) {
        String value = text(index);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw fail("column " + (index + 1) + " has unknown value '" + value + "'");
        }
    }

    public SeedFileException fail(String reason) {
        return new SeedFileException(file, line, reason);
    }
}
