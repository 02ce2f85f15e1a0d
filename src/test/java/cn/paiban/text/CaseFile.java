package cn.paiban.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A readable typography case file: blank-line separated cases of {@code key: value} lines.
 * <pre>
 * case: 逗号不居行首
 * measure: 4          (ems at 10.5 pt; fractions allowed)
 * level: gb           (basic | gb | strict)
 * punctuation: 行末半角 (全角式 | 开明式 | 行末半角)
 * breaker: total      (total | first)
 * align: justify      (justify | left)
 * indent: 0           (ems)
 * grid: no            trim-opening: no     hanlatin: yes
 * show: text          (text | adjust: glyphs whose set width differs from natural get {±em}
 *                      | forms: glyphs drawn as a GSUB form get {form N em}, those it covers {joined})
 * loose: 2            (lines, from 1, that must be reported 行过松; without it, none may be)
 * in: 一二三四，五六
 * out: 一二三
 * out: 四，五六
 * </pre>
 * A '#' starts a comment line. Every key but case/in/out is optional.
 */
record CaseFile(Path file, List<Case> cases) {

    record Case(String file, int line, String name, java.util.Map<String, String> options, String input, List<String> expected) {
        String opt(String key, String def) { return options.getOrDefault(key, def); }

        String where() { return file + ":" + line + " (" + name + ")"; }
    }

    static CaseFile read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        String fileName = file.getFileName().toString();
        java.util.Map<String, String> opts = new java.util.LinkedHashMap<>();
        String name = null, input = null;
        List<String> out = new ArrayList<>();
        int startLine = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String raw = i < lines.size() ? lines.get(i) : "";
            String l = raw.strip();
            if (l.startsWith("#")) continue;
            if (l.isEmpty()) {
                if (name != null || input != null || !out.isEmpty()) {
                    if (name == null || input == null || out.isEmpty()) {
                        throw new IllegalArgumentException(fileName + ":" + startLine + ": a case needs case:, in: and out: lines");
                    }
                    cases.add(new Case(fileName, startLine, name, opts, input, out));
                }
                opts = new java.util.LinkedHashMap<>();
                name = null;
                input = null;
                out = new ArrayList<>();
                continue;
            }
            int colon = raw.indexOf(':');
            if (colon < 0) throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": expected 'key: value', got '" + raw + "'");
            String key = raw.substring(0, colon).strip();
            String value = raw.substring(colon + 1);
            if (value.startsWith(" ")) value = value.substring(1); // one space after the colon; others belong to the text
            if (name == null && input == null && out.isEmpty() && opts.isEmpty()) startLine = i + 1;
            switch (key) {
                case "case" -> name = value.strip();
                case "in" -> input = value;
                case "out" -> out.add(value);
                case "measure", "level", "punctuation", "breaker", "align", "indent", "grid", "trim-opening", "hanlatin",
                        "show", "font", "loose" -> opts.put(key, value.strip());
                default -> throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": unknown key '" + key + "'");
            }
        }
        return new CaseFile(file, cases);
    }
}
