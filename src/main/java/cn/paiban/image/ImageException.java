package cn.paiban.image;

import cn.paiban.i18n.Msg;

/** Why an image file cannot be used, in the user's language, naming the file. */
public final class ImageException extends Exception {
    private final String key;

    ImageException(String key, Object... args) {
        super(Msg.get(key, args));
        this.key = key;
    }

    /** The message key (limits.image.*), for tests and tools. */
    public String key() { return key; }
}
