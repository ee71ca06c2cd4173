package cn.ezhou.yshj.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring test of the whole portal on the local MariaDB server with the production {@code mysql}
 * profile. Not skipped when the server is missing: the test fails, so CI cannot pass without it.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"dev", "test", "mysql", "mariadb"})
@Import({CleanDatabase.class, TestClock.Config.class, StatementLog.Config.class})
public @interface MariaDbTest {
}
