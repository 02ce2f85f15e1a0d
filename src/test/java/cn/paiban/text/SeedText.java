package cn.paiban.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The sample issue's printed text (朔州经济 2023年第4期), one paragraph per non-blank line. */
public final class SeedText {
    public static final Path FILE = Path.of("src/test/resources/text/shuozhou-jingji-2023-04.txt");

    private SeedText() {}

    public static List<String> paragraphs() {
        try {
            return Arrays.stream(Files.readString(FILE, StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
