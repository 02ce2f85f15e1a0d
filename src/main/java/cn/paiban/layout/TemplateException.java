package cn.paiban.layout;

/** A template that cannot be used as it is; the message names the file and field. */
public class TemplateException extends RuntimeException {
    public TemplateException(String message) { super(message); }

    public TemplateException(String message, Throwable cause) { super(message, cause); }
}
