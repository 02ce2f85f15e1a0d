package cn.paiban.layout;

import cn.paiban.files.Installation;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the default template folder as {@code cn.paiban.font.FontFiles} finds fonts/:
 * -Dpaiban.template=DIR, else templates/shuozhou-jingji beside or above the running jar,
 * else above the working directory.
 */
public final class TemplateFiles {
    public static final String DEFAULT = "shuozhou-jingji";

    private TemplateFiles() {}

    public static Path directory() { return directory(DEFAULT); }

    public static Path directory(String name) {
        String prop = System.getProperty("paiban.template");
        if (prop != null) {
            Path p = Path.of(prop);
            if (!Files.isRegularFile(p.resolve(TemplateLoader.FILE))) {
                throw new TemplateException(cn.paiban.i18n.Msg.get("limits.template.option-empty", p, TemplateLoader.FILE));
            }
            return p;
        }
        return Installation.find("templates/" + name + "/" + TemplateLoader.FILE).map(Path::getParent)
                .orElseThrow(() -> new TemplateException(cn.paiban.i18n.Msg.get("limits.template.not-installed",
                        "templates/" + name + "/" + TemplateLoader.FILE)));
    }
}
