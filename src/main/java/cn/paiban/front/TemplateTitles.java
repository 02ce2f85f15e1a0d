package cn.paiban.front;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a front-matter template is called where the editor shows it (页面规划, lists): the {@code <title>} of its
 * xhtml file, as the office wrote it (目录, 编辑委员会 · 版权), not the file's name (contents, board-colophon).
 */
public final class TemplateTitles {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    private TemplateTitles() {}

    /** The title of {@code front/<template>.xhtml} under {@code templateDir}; the template's name when it has none or cannot be read. */
    public static String of(Path templateDir, String template) {
        if (templateDir == null || template == null || !template.matches("[A-Za-z0-9_-]+")) return template;
        try {
            String xhtml = Files.readString(templateDir.resolve("front").resolve(template + ".xhtml"), StandardCharsets.UTF_8);
            Matcher m = TITLE.matcher(COMMENT.matcher(xhtml).replaceAll(""));
            if (!m.find()) return template;
            String title = unescape(m.group(1).replaceAll("\\s+", " ").strip());
            return title.isEmpty() ? template : title;
        } catch (IOException | RuntimeException e) {
            return template;   // a missing or broken template is preflight's to report; here the name will do
        }
    }

    private static String unescape(String s) {
        Matcher m = NUMERIC.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            int cp = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            m.appendReplacement(b, Matcher.quoteReplacement(Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group()));
        }
        m.appendTail(b);
        return b.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
