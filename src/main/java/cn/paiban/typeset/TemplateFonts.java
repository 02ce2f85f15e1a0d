package cn.paiban.typeset;

import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import cn.paiban.font.FontLocator;
import cn.paiban.layout.Finding;
import cn.paiban.layout.TemplateException;
import cn.paiban.layout.TemplateLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fonts a template asks for by name: an optional {@code "fonts"} object in template.json maps a font role
 * (the bundled {@code song}, {@code hei}, {@code heiBold}, {@code kai}, or a new one the styles then name) to the
 * faces to try in order, each a family name ({@code "方正书宋_GBK"}, {@code "SimSun"}, {@code "宋体"}) or a file
 * ({@code "fonts/FZSSK.TTF"}, {@code "simsun.ttc,0"}); a bundled role's name in the list says which bundled chain
 * backs it up (default: the role itself, or song for a new role):
 * <pre>"fonts": { "song": ["方正书宋_GBK", "SimSun", "宋体"], "title": ["方正小标宋_GBK", "heiBold"] }</pre>
 * Faces are looked for in the template's fonts/, the issue's fonts/, then the system's font folders
 * ({@link FontLocator}). The first one found leads the role's chain, and the bundled faces fill in what it lacks.
 * None found: a warning naming the faces asked for and the bundled face used instead. A face whose OS/2 fsType
 * forbids embedding: an error naming it (the printer's PDF must embed every font), and the next choice is used.
 */
public final class TemplateFonts {
    /** The book to typeset with and what preflight should say about the template's fonts. */
    public record Resolved(FontBook fonts, List<Finding> findings) {}

    private TemplateFonts() {}

    /** Whether template.json has a "fonts" object (else the bundled book is used as it is). */
    public static boolean asksForFonts(Path templateDir) {
        return !requests(templateDir).isEmpty();
    }

    public static Resolved resolve(FontBook base, Path templateDir, Path issueDir) {
        Map<String, List<String>> requests = requests(templateDir);
        if (requests.isEmpty()) return new Resolved(base, List.of());
        List<Path> first = new ArrayList<>();
        first.add(templateDir.resolve("fonts"));
        if (issueDir != null) first.add(issueDir.resolve("fonts"));
        FontLocator locator = FontLocator.withSystemFonts(first);
        Set<String> bundled = new LinkedHashSet<>(base.roleNames());
        Map<String, List<Face>> chains = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (var e : requests.entrySet()) {
            String role = e.getKey();
            String fallbackRole = bundled.contains(role) ? role : FontBook.SONG;
            List<String> faces = new ArrayList<>();
            for (String r : e.getValue()) {
                if (bundled.contains(r)) fallbackRole = r;
                else faces.add(r);
            }
            List<Face> fallback = base.chain(fallbackRole);
            Face chosen = null;
            boolean refused = false;
            for (String r : faces) {
                var found = locator.find(r);
                if (found.isEmpty()) continue;
                if (found.get().embeddingForbidden()) {
                    findings.add(Finding.error("", -1, 0, "package.fonts.noEmbedding", r, found.get().face().file().toString(),
                            String.format("0x%04X", found.get().names().fsType()), role));
                    refused = true;
                    continue;
                }
                chosen = found.get().face();
                break;
            }
            if (chosen == null && !faces.isEmpty() && !refused) {
                findings.add(Finding.warning("", -1, 0, "package.fonts.missing", String.join("、", faces), role,
                        fallback.get(0).name()));
            }
            List<Face> chain = new ArrayList<>();
            if (chosen != null) chain.add(chosen);
            for (Face f : fallback) if (!chain.contains(f)) chain.add(f);
            chains.put(role, chain);
        }
        return new Resolved(base.withChains(chains), List.copyOf(findings));
    }

    /** Role → faces asked for, in order; empty when template.json has no "fonts". A malformed entry names its field. */
    static Map<String, List<String>> requests(Path templateDir) {
        Path file = templateDir.resolve(TemplateLoader.FILE);
        JsonNode fonts;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 1024 * 1024) return Map.of();
            fonts = cn.paiban.json.JsonTrees.read(Files.readString(file)).get("fonts");
        } catch (IOException e) {
            return Map.of();   // TemplateLoader reports an unreadable template with its line and column
        }
        if (fonts == null || fonts.isNull()) return Map.of();
        if (!fonts.isObject()) throw new TemplateException(file + ": fonts: " + cn.paiban.i18n.Msg.get("package.fonts.notObject"));
        Map<String, List<String>> out = new LinkedHashMap<>();
        fonts.fields().forEachRemaining(f -> {
            List<String> names = new ArrayList<>();
            JsonNode v = f.getValue();
            if (v.isTextual()) names.add(v.asText());
            else if (v.isArray()) v.forEach(x -> {
                if (x.isTextual()) names.add(x.asText());
            });
            if (names.isEmpty() || names.stream().anyMatch(String::isBlank) || (v.isArray() && names.size() != v.size())) {
                throw new TemplateException(file + ": fonts." + f.getKey() + ": " + cn.paiban.i18n.Msg.get("package.fonts.badEntry"));
            }
            out.put(f.getKey(), List.copyOf(names));
        });
        return out;
    }
}
