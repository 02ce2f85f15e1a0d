package cn.paiban.front;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The only files a template may load (its CSS, images): those under the template and issue folders,
 * through file: URIs. Anything else (http:, jar:, a path that climbs out with ../ or a symlink) is refused,
 * and the refusal is remembered so it can be reported as a warning instead of vanishing in a log.
 */
final class LocalFiles {
    /** Flying Saucer's own user-agent style sheet (display: none for head, block for p …), inside its jar. */
    private static final String USER_AGENT_CSS = String.valueOf(
            org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler.class.getResource("/resources/css/XhtmlNamespaceHandler.css"));

    private final List<Path> roots;
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    LocalFiles(List<Path> roots) {
        List<Path> real = new ArrayList<>();
        for (Path r : roots) {
            if (r == null) continue;
            try {
                real.add(r.toRealPath());
            } catch (IOException e) {
                real.add(r.toAbsolutePath().normalize());
            }
        }
        this.roots = List.copyOf(real);
    }

    /** Opens {@code uri} if it names a readable file inside one of the roots; else refuses with the reason. */
    InputStream open(String uri) throws IOException {
        return openAllowed(uri);
    }

    InputStream openAllowed(String uri) throws IOException {
        if (uri.equals(USER_AGENT_CSS)) return new java.net.URL(uri).openStream();
        Path p = allowed(uri);
        if (p == null) throw new IOException("refused to load " + uri);
        return Files.newInputStream(p);
    }

    Path allowed(String uri) {
        try {
            URI u = new URI(uri);
            if (!"file".equalsIgnoreCase(u.getScheme())) {
                refuse(uri, "only files of the template and issue folders may be loaded");
                return null;
            }
            Path p = Path.of(u).toRealPath();
            if (!Files.isRegularFile(p)) {
                refuse(uri, "not a regular file (a pipe or a device would block the export)");
                return null;
            }
            for (Path r : roots) {
                if (p.startsWith(r)) return p;
            }
            refuse(uri, "outside the template and issue folders");
        } catch (URISyntaxException | IllegalArgumentException e) {
            refuse(uri, "not a valid address");
        } catch (IOException e) {
            refuse(uri, "no such file");
        }
        return null;
    }

    private void refuse(String uri, String why) { refused.add("refused to load " + uri + ": " + why); }

    List<String> refusals() { return List.copyOf(refused); }
}
