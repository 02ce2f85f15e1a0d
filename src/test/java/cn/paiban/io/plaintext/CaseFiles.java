package cn.paiban.io.plaintext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a readable case file: {@code INPUT → EXPECTED} per line, # comments and blank lines skipped. */
final class CaseFiles {
    private CaseFiles() {}

    record Case(int line, String input, String expected) {}

    static List<Case> read(String resource) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = CaseFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("no case file " + resource);
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.isBlank() || l.startsWith("#")) continue;
                int arrow = l.lastIndexOf(" → ");
                if (arrow < 0) throw new IOException(resource + ":" + (i + 1) + ": no ' → ' in " + l);
                cases.add(new Case(i + 1, l.substring(0, arrow).strip(), l.substring(arrow + 3).strip()));
            }
        }
        return cases;
    }
}
