package org.serviceplan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application on a real database: H2 by default, PostgreSQL when the build runs the
 * PostgreSQL suite ({@code -Dserviceplan.test.database=postgres}). Every such test runs on both; where
 * PostgreSQL is not there the PostgreSQL suite is skipped ({@link TestDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
@Import({ TestCompanies.class, FreshSchema.class })
@Tag("integration")
@ExtendWith(TestDatabase.class)
public @interface IntegrationTest {
}
