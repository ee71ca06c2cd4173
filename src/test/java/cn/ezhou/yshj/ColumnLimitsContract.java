package cn.ezhou.yshj;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.base.Stored;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every length the code accepts fits the column it is stored in: the schema Flyway built is read
 * back and compared with each command's {@code @Size(max)} and each service's limit constant, all
 * named by {@link Stored}. A limit longer than its column would end in a database error instead of
 * a message.
 */
abstract class ColumnLimitsContract {

    static final List<Class<?>> MAIN_CLASSES = mainClasses();

    @Autowired
    DataSource dataSource;

    record Limit(String where, String column, int max) {
    }

    @Test
    void every_text_limit_on_a_command_names_its_column() {
        List<String> unnamed = new ArrayList<>();
        for (Class<?> c : MAIN_CLASSES) {
            if (!c.isRecord()) {
                continue;
            }
            for (var component : c.getRecordComponents()) {
                Field field = field(c, component.getName());
                if (component.getType() == String.class && field.isAnnotationPresent(Size.class)
                        && !field.isAnnotationPresent(Stored.class)) {
                    unnamed.add(c.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(unnamed).as("text limits without @Stored(\"table.column\")").isEmpty();
    }

    @Test
    void every_accepted_length_fits_its_column() throws SQLException {
        Map<String, Long> capacity = columnCapacities();
        List<Limit> limits = limits();
        assertThat(limits).extracting(Limit::column)
                .contains("submission.extension_reason", "observer.state_reason", "submission.reply_text");
        List<String> misfits = new ArrayList<>();
        for (Limit limit : limits) {
            Long fits = capacity.get(limit.column());
            if (fits == null) {
                misfits.add(limit.where() + ": no column " + limit.column());
            } else if (limit.max() > fits) {
                misfits.add(limit.where() + " accepts " + limit.max() + " but " + limit.column() + " holds " + fits);
            }
        }
        assertThat(misfits).isEmpty();
    }

    /** Characters each text column holds; a TEXT/CLOB column's byte limit counts four bytes a character. */
    private Map<String, Long> columnCapacities() throws SQLException {
        Map<String, Long> capacity = new HashMap<>();
        try (var connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String type = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                    long size = rs.getLong("COLUMN_SIZE");
                    boolean large = type.contains("text") || type.contains("clob") || type.contains("large object");
                    String key = (rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT);
                    capacity.put(key, large ? size / 4 : size);
                }
            }
        }
        return capacity;
    }

    private static List<Limit> limits() {
        List<Limit> limits = new ArrayList<>();
        for (Class<?> c : MAIN_CLASSES) {
            for (Field f : c.getDeclaredFields()) {
                Stored stored = f.getAnnotation(Stored.class);
                if (stored == null) {
                    continue;
                }
                int max = maxOf(f);
                for (String column : stored.value()) {
                    limits.add(new Limit(c.getSimpleName() + "." + f.getName(), column, max));
                }
            }
        }
        return limits;
    }

    private static int maxOf(Field f) {
        Size size = f.getAnnotation(Size.class);
        if (size != null) {
            return size.max();
        }
        if (f.getType() == int.class && Modifier.isStatic(f.getModifiers())) {
            try {
                f.setAccessible(true);
                return f.getInt(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(f + " is @Stored but has neither @Size(max) nor an int value");
    }

    private static Field field(Class<?> c, String name) {
        try {
            return c.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The portal's own classes (not the tests'), loaded without running their initialisers. */
    private static List<Class<?>> mainClasses() {
        List<Class<?>> classes = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:cn/ezhou/yshj/**/*.class")) {
                String url = r.getURL().toString();
                if (url.contains("/test-classes/")) {
                    continue;
                }
                String name = url.substring(url.lastIndexOf("cn/ezhou/yshj/"), url.length() - ".class".length()).replace('/', '.');
                classes.add(Class.forName(name, false, ColumnLimitsContract.class.getClassLoader()));
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
