package jp.chigasaki.kyodo.emulator.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service in the local profile on a real port, with its own redis-server: what
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.profiles=local} starts. One configuration for every test class
 * that uses it, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kyodo.local-redis.data-dir=target/redis/local-run-${random.uuid}")
@ActiveProfiles("local")
@interface LocalRunTest {
}
