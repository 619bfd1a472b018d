package org.opencsc.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded database's three roles, kept in a file beside its data folder that
 * only the operating-system account running OpenCSC may read. The superuser's is used only to set
 * the cluster up; migrations connect as the owner; the application as the app role.
 */
record DatabaseCredentials(String superuser, String owner, String app) {

    static final String SUPERUSER = "postgres";
    static final String OWNER = "opencsc_owner";
    static final String APP = "opencsc_app";

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "DatabaseCredentials[not shown]";
    }

    static DatabaseCredentials random() {
        return new DatabaseCredentials(randomPassword(), randomPassword(), randomPassword());
    }

    private static String randomPassword() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The credentials in the file, or empty when there is no file (a new folder or one made before passwords). */
    static Optional<DatabaseCredentials> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        keepPrivate(file);
        var properties = new Properties();
        properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        var superuser = properties.getProperty(SUPERUSER);
        var owner = properties.getProperty(OWNER);
        var app = properties.getProperty(APP);
        if (isBlank(superuser) || isBlank(owner) || isBlank(app)) {
            throw new IllegalStateException(file + " lacks a password for " + SUPERUSER + ", " + OWNER + " or " + APP
                    + ". Restore it from a backup, or delete it to give the database new passwords on the next start.");
        }
        return Optional.of(new DatabaseCredentials(superuser, owner, app));
    }

    /** Writes the file readable and writable by its owner only, replacing it whole so a crash never leaves half a file. */
    void write(Path file) throws IOException {
        var properties = new Properties();
        properties.setProperty(SUPERUSER, superuser);
        properties.setProperty(OWNER, owner);
        properties.setProperty(APP, app);
        var text = new StringWriter();
        properties.store(text, "Passwords of OpenCSC's embedded PostgreSQL. Only the account running OpenCSC may read this file.");
        var folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path written = posix(folder)
                ? Files.createTempFile(folder, ".db-credentials", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(folder, ".db-credentials", ".tmp");
        try {
            Files.writeString(written, text.toString(), StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
        keepPrivate(file);
    }

    /** A copy with wider permissions (restored from a backup, say) is narrowed again rather than trusted. */
    private static void keepPrivate(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent()) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path folder) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
