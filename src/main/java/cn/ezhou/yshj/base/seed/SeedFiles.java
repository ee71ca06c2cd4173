package cn.ezhou.yshj.base.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Reads the plain CSV reference files under {@code portal.seeds.location}. Lines starting with
 * {@code #} are comments; fields may be quoted with double quotes; every data line must have
 * exactly the expected number of columns.
 */
@Component
public class SeedFiles {

    private final ResourceLoader resources;
    private final String location;

    public SeedFiles(ResourceLoader resources, @Value("${portal.seeds.location:classpath:seeds/}") String location) {
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    public List<SeedRow> read(String fileName, int columns) {
        Resource resource = resources.getResource(location + fileName);
        if (!resource.exists()) {
            throw new SeedFileException(location + fileName, 0, "file not found");
        }
        try (InputStream in = resource.getInputStream()) {
            return parse(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8), columns);
        } catch (IOException e) {
            throw new SeedFileException(fileName, "cannot be read", e);
        }
    }

    static List<SeedRow> parse(String fileName, String content, int columns) {
        List<SeedRow> rows = new ArrayList<>();
        String[] lines = content.replace("\uFEFF", "").split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = splitLine(fileName, i + 1, line);
            if (fields.size() != columns) {
                throw new SeedFileException(fileName, i + 1,
                        "expected " + columns + " columns but found " + fields.size());
            }
            rows.add(new SeedRow(fileName, i + 1, List.copyOf(fields)));
        }
        return rows;
    }

    private static List<String> splitLine(String fileName, int lineNo, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new SeedFileException(fileName, lineNo, "a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
