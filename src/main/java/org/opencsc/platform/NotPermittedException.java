package org.opencsc.platform;

import org.springframework.security.access.AccessDeniedException;

/**
 * A rule of a service refusing what the signed-in user's role does not allow, wherever the
 * request came from (a page, the API, another feature's form): answered 403, with the message
 * saying what was refused, on the page and in the API's problem alike.
 */
public class NotPermittedException extends AccessDeniedException {

    public NotPermittedException(String message) {
        super(message);
    }
}
