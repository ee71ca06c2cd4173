package cn.ezhou.yshj.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the SQL statements the current thread prepares while a piece of code runs, whether they
 * come from Hibernate or from plain JDBC: a test proves with it how many statements a call costs.
 * Other threads (scheduled jobs, event listeners) are not recorded.
 */
public final class StatementLog {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private StatementLog() {
    }

    /** The result of the call and the statements it prepared, in order. */
    public record Recorded<T>(T result, List<String> statements) {
    }

    public static <T> Recorded<T> record(Supplier<T> call) {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            return new Recorded<>(call.get(), List.copyOf(statements));
        } finally {
            RECORDING.remove();
        }
    }

    private static void prepared(String sql) {
        List<String> statements = RECORDING.get();
        if (statements != null) {
            statements.add(sql);
        }
    }

    private static Connection watched(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                prepared((String) args[0]);
            } else if (name.equals("createStatement")) {
                prepared("(statement)");
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    /** Wraps the application's data source so that its connections report what they prepare. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor statementLogDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof Watched)) {
                        return new Watched(dataSource);
                    }
                    return bean;
                }
            };
        }
    }

    private static final class Watched extends DelegatingDataSource {

        Watched(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return watched(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            return watched(super.getConnection(username, password));
        }
    }
}
