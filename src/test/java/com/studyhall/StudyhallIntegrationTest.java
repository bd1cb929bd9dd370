package com.studyhall;

import com.studyhall.persistence.StatementCounter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application with the demo data on an in-memory database, driven through MockMvc.
 * Every test class with this annotation shares one Spring context. TOTP codes are checked
 * against {@link TestTotpClock}; {@link StatementCounter} sees the SQL each request sends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestTotpClock.Config.class, StatementCounter.Config.class})
public @interface StudyhallIntegrationTest {
}
