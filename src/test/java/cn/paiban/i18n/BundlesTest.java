package cn.paiban.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every text exists in Chinese and English, and no key is defined by two areas. */
class BundlesTest {

    @AfterEach
    void back() { Msg.use("zh"); }

    private static Properties read(String name, String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/cn/paiban/i18n/" + name + "_" + lang + ".properties")) {
            if (in == null) return null;
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** One text of the bundles: its area, language, key and value. */
    private record Text(String area, String lang, String key, String value) {
        @Override
        public String toString() { return area + "_" + lang + ": " + key; }
    }

    /** Every text of every area in both languages. */
    private static java.util.List<Text> texts() throws IOException {
        java.util.List<Text> all = new java.util.ArrayList<>();
        for (String name : Msg.BUNDLES) {
            for (String lang : new String[] {"zh", "en"}) {
                Properties p = read(name, lang);
                if (p == null) continue;
                for (String k : p.stringPropertyNames()) all.add(new Text(name, lang, k, p.getProperty(k)));
            }
        }
        return all;
    }

    @Test
    void eachAreaHasTheSameKeysInBothLanguages() throws IOException {
        for (String name : Msg.BUNDLES) {
            Properties zh = read(name, "zh"), en = read(name, "en");
            assertEquals(zh == null, en == null, name + ": one language has a file, the other not");
            if (zh == null) continue;
            assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), name);
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String name : Msg.BUNDLES) {
            Properties zh = read(name, "zh");
            if (zh == null) continue;
            for (String k : zh.stringPropertyNames()) {
                String before = owner.put(k, name);
                assertTrue(before == null, k + " is in both " + before + " and " + name);
            }
        }
    }

    @Test
    void lookupFillsArgumentsAndShowsAMissingKey() {
        Msg.use("en");
        assertEquals("Export PDF…", Msg.get("menu.exportPdf"));
        Msg.use("zh");
        assertEquals("导出 PDF…", Msg.get("menu.exportPdf"));
        assertEquals("no.such.key", Msg.get("no.such.key"));
        assertFalse(Msg.has("no.such.key"));
        Set<String> langs = Set.of("zh", "en");
        assertTrue(langs.contains(Msg.lang()));
    }

    /**
     * The Chinese texts are Chinese: a value with an English phrase (two English words in a row) outside its
     * placeholders and names like PDF/X-1a or qpdf is an untranslated text. Every value is also a valid pattern.
     */
    @Test
    void noEnglishIsLeftInTheChineseTextsAndEveryPatternFormats() throws IOException {
        java.util.regex.Pattern phrase = java.util.regex.Pattern.compile("\\b[A-Za-z]{2,}[ ,]+[a-z]{2,}\\b");
        java.util.List<String> english = new java.util.ArrayList<>();
        for (Text t : texts()) {
            String v = t.value();
            new java.text.MessageFormat(v.replace("'", "''")); // a malformed pattern throws here, not in front of a user
            if (!t.lang().equals("zh")) continue;
            // placeholders, quoted code, paths and command lines are not prose
            String prose = v.replaceAll("\\{[^}]*\\}", " ").replaceAll("`[^`]*`", " ").replaceAll("--?[a-z-]+( [A-Z_]+)?", " ")
                    .replaceAll("[\\w./-]*[/.][\\w./-]*", " ").replaceAll("paiban [a-z-]+", " ");
            if (phrase.matcher(prose).find()) english.add(t.area() + ": " + t.key() + "=" + v);
        }
        assertTrue(english.isEmpty(), english.size() + " Chinese texts with English in them:\n" + String.join("\n", english));
    }

    /**
     * A text without placeholders is shown as written (Msg.get formats only when given arguments): an apostrophe doubled
     * there for MessageFormat reached the user twice ("import a printed issue''s plain text" in paiban help).
     */
    @Test
    void aTextWithoutPlaceholdersHasNoDoubledApostrophe() throws IOException {
        java.util.List<String> bad = new java.util.ArrayList<>();
        for (Text t : texts()) {
            if (!t.value().matches("(?s).*\\{\\d.*") && t.value().contains("''")) bad.add(t + "=" + t.value());
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /**
     * A text with placeholders goes through MessageFormat, where a lone apostrophe starts a quoted stretch: "the office's
     * word list: \"{0}\"" showed the user the braces instead of the word, and the apostrophe vanished. In such a text an
     * apostrophe is written twice; and every placeholder it has is filled.
     */
    @Test
    void everyPlaceholderIsFilledAndNoApostropheSwallowsOne() throws IOException {
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{(\\d+)(,\\s*(number|choice))?");
        java.util.List<String> bad = new java.util.ArrayList<>();
        for (Text t : texts()) {
            String v = t.value();
            java.util.regex.Matcher m = placeholder.matcher(v);
            Map<Integer, Boolean> numeric = new HashMap<>();
            while (m.find()) numeric.merge(Integer.parseInt(m.group(1)), m.group(3) != null, (a, b) -> a || b);
            if (numeric.isEmpty()) continue;
            if (v.replace("''", "").contains("'")) bad.add(t + " has a lone apostrophe");
            int n = java.util.Collections.max(numeric.keySet()) + 1;
            Object[] args = new Object[n];
            for (int i = 0; i < n; i++) args[i] = Boolean.TRUE.equals(numeric.get(i)) ? (Object) 7 : "«" + i + "»";
            String out = new java.text.MessageFormat(v, java.util.Locale.ROOT).format(args);
            for (int i : numeric.keySet()) {
                if (out.contains("{" + i) || (!numeric.get(i) && !out.contains("«" + i + "»"))) {
                    bad.add(t + " leaves {" + i + "} unfilled: " + out);
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}
