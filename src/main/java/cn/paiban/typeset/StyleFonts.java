package cn.paiban.typeset;

import cn.paiban.files.AtomicWrite;
import cn.paiban.font.FontBook;
import cn.paiban.font.FontLocator;
import cn.paiban.font.FontNames;
import cn.paiban.i18n.Msg;
import cn.paiban.layout.TemplateException;
import cn.paiban.layout.TemplateLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 字体 setting of the editor: for the template styles an office changes (body, titles, subheadings, lead,
 * captions), the faces it may choose — the bundled ones and every face in the template's and the issue's fonts/
 * and the system's font folders that has a Chinese name and may be embedded — by their Chinese names, and the
 * choice written into template.json as a {@link TemplateFonts} role of the style's own name.
 */
public final class StyleFonts {
    /** The styles the setting offers, in order. */
    public static final List<String> STYLES = List.of("body", "title", "subheading", "lead", "caption");

    /** A face to choose: what the list shows, and what template.json gets (a bundled role, or a family name). */
    public record Choice(String label, String request, boolean bundled) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private StyleFonts() {}

    /** The bundled faces (by role) and the Chinese-named, embeddable faces of the folders, each once. */
    public static List<Choice> choices(Path templateDir, Path issueDir) {
        List<Choice> out = new ArrayList<>();
        for (String role : List.of(FontBook.SONG, FontBook.HEI, FontBook.HEI_BOLD, FontBook.KAI)) {
            out.add(new Choice(Msg.get("package.fonts.bundled." + role), role, true));
        }
        List<Path> first = new ArrayList<>();
        first.add(templateDir.resolve("fonts"));
        if (issueDir != null) first.add(issueDir.resolve("fonts"));
        FontLocator locator = FontLocator.withSystemFonts(first);
        for (FontLocator.Found f : locator.all()) {
            FontNames.FaceNames n = f.names();
            if (n.embeddingForbidden()) continue;
            String chinese = n.names().stream().filter(StyleFonts::hasHan).findFirst().orElse(null);
            if (chinese == null) continue;
            String label = Msg.get("package.fonts.found", chinese, f.face().file().getFileName().toString());
            if (out.stream().noneMatch(c -> c.label().equals(label))) out.add(new Choice(label, chinese, false));
        }
        return List.copyOf(out);
    }

    /** What each offered style is set in now: a template font's first name, else the style's bundled role. */
    public static Map<String, String> current(Path templateDir) {
        ObjectNode root = read(templateDir);
        Map<String, String> out = new LinkedHashMap<>();
        for (String style : STYLES) {
            JsonNode st = root.path("styles").path(style);
            if (st.isMissingNode()) continue;
            String role = st.path("font").asText(FontBook.SONG);
            JsonNode asked = root.path("fonts").path(role);
            if (asked.isArray() && asked.size() > 0) out.put(style, asked.get(0).asText());
            else if (asked.isTextual()) out.put(style, asked.asText());
            else out.put(style, role);
        }
        return out;
    }

    /**
     * Sets {@code style} in {@code choice}: a family name becomes the template font role named after the style,
     * backed by the bundled role the style used; a bundled role puts the style back on it.
     */
    public static void set(Path templateDir, String style, Choice choice) throws IOException {
        ObjectNode root = read(templateDir);
        ObjectNode st = (ObjectNode) root.path("styles").path(style);
        if (st.isMissingNode()) throw new TemplateException(templateDir + ": styles." + style + " missing");
        String role = st.path("font").asText(FontBook.SONG);
        ObjectNode fonts = root.has("fonts") && root.get("fonts").isObject() ? (ObjectNode) root.get("fonts") : root.putObject("fonts");
        String bundledRole = FontBook.SONG;
        if (List.of(FontBook.SONG, FontBook.HEI, FontBook.HEI_BOLD, FontBook.KAI).contains(role)) bundledRole = role;
        else if (fonts.path(role).isArray()) {
            for (JsonNode n : fonts.get(role)) {
                if (List.of(FontBook.SONG, FontBook.HEI, FontBook.HEI_BOLD, FontBook.KAI).contains(n.asText())) bundledRole = n.asText();
            }
        }
        if (choice.bundled()) {
            st.put("font", choice.request());
            if (role.equals(style)) fonts.remove(style);
        } else {
            ArrayNode faces = fonts.putArray(style);
            faces.add(choice.request());
            faces.add(bundledRole);
            st.put("font", style);
        }
        if (fonts.isEmpty()) root.remove("fonts");
        AtomicWrite.writeString(templateDir.resolve(TemplateLoader.FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    private static ObjectNode read(Path templateDir) {
        Path f = templateDir.resolve(TemplateLoader.FILE);
        try {
            return (ObjectNode) JSON.readTree(f.toFile());
        } catch (IOException | ClassCastException e) {
            throw new TemplateException(f + ": " + e.getMessage());
        }
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
