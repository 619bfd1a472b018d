package org.opencsc.returns.legacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The import tests on an application context, and so an embedded database, of their own: the
 * thousands of children they bring in (looked after since 2016, reviews long overdue) would
 * otherwise fill the work lists other integration tests read on the shared database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = "legacy-import-tests.own-database=true")
@interface OwnDatabase {
}
