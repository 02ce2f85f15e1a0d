package cn.paiban.app;

import cn.paiban.i18n.Msg;

/** UI strings: a short name for {@link Msg}, which holds the texts of the GUI and the CLI alike. */
public final class Messages {
    private Messages() {}

    public static void use(String lang) { Msg.use(lang); }

    public static String lang() { return Msg.lang(); }

    public static String get(String key, Object... args) { return Msg.get(key, args); }
}
