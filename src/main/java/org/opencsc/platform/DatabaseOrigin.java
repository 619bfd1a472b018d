package org.opencsc.platform;

/** Whether the records live in the embedded database or in one the council runs. */
public enum DatabaseOrigin {
    EMBEDDED,
    EXTERNAL
}
