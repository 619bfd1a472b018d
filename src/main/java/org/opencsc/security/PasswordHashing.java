package org.opencsc.security;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are kept as Argon2id hashes, with the parameters Spring Security recommends. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new CountedPasswordEncoder(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
    }

    /**
     * Counts the passwords checked: each costs about 170 ms of CPU, so the count shows what a
     * flood of sign-ins costs (and tests show that an API request costs none).
     */
    static final class CountedPasswordEncoder implements PasswordEncoder {

        private final PasswordEncoder hashing;
        private final AtomicLong checked = new AtomicLong();

        CountedPasswordEncoder(PasswordEncoder hashing) {
            this.hashing = hashing;
        }

        long checked() {
            return checked.get();
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return hashing.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checked.incrementAndGet();
            return hashing.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return hashing.upgradeEncoding(encodedPassword);
        }
    }
}
