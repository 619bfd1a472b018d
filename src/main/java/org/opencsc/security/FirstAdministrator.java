package org.opencsc.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A council starting on an empty database needs one account to create the others. When there
 * are no staff accounts at all and {@code opencsc.first-admin.password} is set, an
 * administrator account is created with it; afterwards the setting does nothing.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffUserRepository users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    FirstAdministrator(StaffUserRepository users, PasswordEncoder encoder,
                       @Value("${opencsc.first-admin.username:admin}") String username,
                       @Value("${opencsc.first-admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isEmpty() || users.countAll() > 0) {
            return;
        }
        if (password.length() < StaffAccountService.MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalStateException("opencsc.first-admin.password must be " + StaffAccountService.MINIMUM_PASSWORD_LENGTH
                    + " characters or more");
        }
        users.create(username, "Administrator", null, encoder.encode(password), Role.ADMINISTRATOR, null, null);
        log.info("Created the first administrator account '{}'", username);
    }
}
