package io.newspipe.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the repository and the shared folder are: the system properties {@code newspipe.root} and
 * {@code newspipe.shared} when set, else the repository is found from this code's location
 * ({@code launcher/target/launcher.jar} or {@code launcher/target/classes}) and the shared folder
 * is {@code ../shared} beside it. Stateless and thread-safe.
 */
public final class BenchPaths {
    private BenchPaths() {
    }

    /** The repository root. */
    public static Path repoRoot() {
        String prop = System.getProperty("newspipe.root");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        try {
            Path code = Path.of(BenchPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // launcher/target/{launcher.jar,classes} -> repository root three levels up
            Path root = code.getParent() == null ? null : code.getParent().getParent();
            root = root == null ? null : root.getParent();
            if (root != null && Files.isDirectory(root.resolve("launcher"))) {
                return root;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Path.of("").toAbsolutePath();
        }
        return Path.of("").toAbsolutePath();
    }

    /** The shared folder: {@code explicit} if given, else {@code newspipe.shared}, else {@code <root>/../shared}. */
    public static Path shared(Path explicit) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String prop = System.getProperty("newspipe.shared");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        return repoRoot().resolve("..").resolve("shared").normalize();
    }

    /** The Readability.js peer's folder. */
    public static Path peerDir() {
        return repoRoot().resolve("tools").resolve("readability-peer");
    }
}
