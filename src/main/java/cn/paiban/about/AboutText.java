package cn.paiban.about;

import cn.paiban.i18n.Msg;
import java.util.ArrayList;
import java.util.List;

/** The text of {@code paiban version} and Help ▸ 关于, in the user's language. */
public final class AboutText {
    private AboutText() {}

    /** Version, commit, Java and JavaFX: the lines to quote in a bug report. */
    public static List<String> summary(BuildInfo b) {
        return List.of(Msg.get("package.about.version", b.version()),
                Msg.get("package.about.commit", b.commit()),
                Msg.get("package.about.java", b.javaVersion(), b.javaVendor()),
                Msg.get("package.about.javafx", b.javafxVersion(), b.javafxNatives()));
    }

    /** The bundled fonts, libraries and data with their licences. */
    public static List<String> licences(BuildInfo b) {
        List<String> out = new ArrayList<>();
        out.add(Msg.get("package.about.fonts"));
        for (BuildInfo.Component c : b.fonts()) out.add("  " + c.name() + "  " + c.licence() + "  fonts/" + c.where());
        out.add(Msg.get("package.about.libraries"));
        for (BuildInfo.Component c : b.libraries()) {
            out.add("  " + c.name() + " " + c.version() + "  "
                    + (c.licence() == null ? Msg.get("package.about.licenceUnknown") : c.licence()));
        }
        out.add(Msg.get("package.about.data"));
        for (BuildInfo.Component c : b.data()) out.add("  " + c.name() + "  " + c.licence());
        out.add(Msg.get("package.about.licenceTexts"));
        return out;
    }
}
