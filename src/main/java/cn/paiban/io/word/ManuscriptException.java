package cn.paiban.io.word;

import cn.paiban.i18n.Msg;
import java.nio.file.Path;

/** A file that cannot be imported as a manuscript; the message names the file and what is wrong. Nothing was written. */
public final class ManuscriptException extends Exception {
    public ManuscriptException(Path file, String key, Object... args) {
        super(Msg.get("import.refused", file, Msg.get(key, args)));
    }
}
