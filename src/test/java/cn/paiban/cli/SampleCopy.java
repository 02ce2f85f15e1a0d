package cn.paiban.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A copy of the sample issue to break as a careless user would, and the CLI run on it. */
final class SampleCopy {
    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
        String all() { return out + err; }
    }

    private SampleCopy() {}

    /** The sample copied into {@code dir} (created). */
    static Path copy(Path dir) throws IOException {
        Path from = SampleIssueTest.find();
        if (from == null) throw new IllegalStateException("no sample issue");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return dir;
    }

    /** Edits the JSON file {@code file} (relative to {@code dir}) in place. */
    static void edit(Path dir, String file, Consumer<ObjectNode> change) throws IOException {
        Path f = dir.resolve(file);
        ObjectNode root = (ObjectNode) JSON.readTree(f.toFile());
        change.accept(root);
        Files.writeString(f, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    /** The {@code index}th body block of article {@code id}. */
    static ObjectNode block(Path dir, String id, int index, Consumer<ObjectNode> change) throws IOException {
        edit(dir, "articles/" + id + ".json", root -> change.accept((ObjectNode) root.get("body").get(index)));
        return null;
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
