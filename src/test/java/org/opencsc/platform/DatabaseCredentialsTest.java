package org.opencsc.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseCredentialsTest {

    @TempDir
    Path folder;

    @Test
    void writesAFileOnlyItsOwnerMayReadAndReadsItBack() throws Exception {
        var file = folder.resolve("db-credentials");
        var credentials = DatabaseCredentials.random();
        credentials.write(file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(DatabaseCredentials.read(file)).contains(credentials);
        assertThat(credentials.superuser()).isNotEqualTo(credentials.owner()).isNotEqualTo(credentials.app()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(credentials.toString()).doesNotContain(credentials.app());
    }

    @Test
    void aCopyOthersCouldReadIsNarrowedAgain() throws Exception {
        var file = folder.resolve("db-credentials");
        DatabaseCredentials.random().write(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        DatabaseCredentials.read(file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void noFileMeansNoPasswordsYetAndAHalfFileIsRefused() throws Exception {
        assertThat(DatabaseCredentials.read(folder.resolve("db-credentials"))).isEmpty();
        var half = folder.resolve("half");
        Files.writeString(half, "postgres=x\n");
        assertThatThrownBy(() -> DatabaseCredentials.read(half)).hasMessageContaining("lacks a password");
    }
}
