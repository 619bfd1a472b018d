package org.opencsc.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The handler shows a list of children (a work list, a tracker, a drill-down, search results).
 * Every request it answers successfully writes one audit row naming the list and carrying the ids
 * of the children it showed ({@link RecordReads#shown}); the children it read through the
 * visibility check go into that row rather than into a row each.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ListsChildren {

    /** What the list is, as the audit log says it: never a child's name. */
    String value();
}
