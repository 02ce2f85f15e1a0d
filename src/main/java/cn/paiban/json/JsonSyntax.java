package cn.paiban.json;

import cn.paiban.i18n.Msg;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors in the user's language: what was expected and what was found ("应为逗号“,”或对象的结尾
 * “}”，实际是“你”"), with hints for what people typing issue files by hand get wrong (a comma after the last item, a
 * Chinese or single quote, a double quote inside a string, a comment). Jackson's messages are English prose with no
 * codes, so they are recognised by their wording; one that is not is still reported, as a generic text with
 * Jackson's own detail. The file, line and column stay those of the exception's location. For every JSON file people
 * edit: the issue files (cn.paiban.io), template.json (cn.paiban.layout), strokes.json (cn.paiban.front).
 */
public final class JsonSyntax {
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^(?:Unexpected|Illegal) character \\(.*?code (?<code>\\d+)[^)]*\\)\\)(?<numeric> in numeric value)?: (?<rest>.*)$");
    private static final Pattern START_MARKER = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at .*");
    private static final Pattern EXTRA_CLOSE = Pattern.compile("^Unexpected close marker '(.)': no open .*");
    private static final Pattern CONTROL_IN_STRING = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");
    private static final Pattern BAD_ESCAPE = Pattern.compile("^Unrecognized character escape '(.+?)' \\(code \\d+.*");
    private static final Pattern UNKNOWN_TOKEN = Pattern.compile("^Unrecognized token '(.*)': was expecting .*", Pattern.DOTALL);
    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '(.*?)'.*");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'.*");
    private static final Pattern DEPTH = Pattern.compile("^Document nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*");
    private static final Pattern STRING_LENGTH = Pattern.compile("^String value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*");
    /** A found word longer than this is cut: the start says enough. */
    private static final int MAX_SHOWN = 30;

    private JsonSyntax() {}

    /**
     * The problem {@code e} describes, in the current language. {@code parser} is the one that raised it (its context
     * tells where an unfinished object or string began; null when it is not at hand), {@code text} the whole input.
     */
    public static String explain(JsonProcessingException e, JsonParser parser, char[] text) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String known = known(m, e.getLocation(), parser, text);
        return known != null ? known : Msg.get("io.json.malformed", detail(m));
    }

    private static String known(String m, JsonLocation at, JsonParser parser, char[] text) {
        int offset = offset(at, text);
        Matcher x;
        if ((x = UNEXPECTED_CHAR.matcher(m)).matches()) {
            int cp = Integer.parseInt(x.group("code"));
            if (afterTheEnd(parser)) return Msg.get("io.json.after-end", found(cp));
            return unexpectedChar(cp, x.group("rest"), x.group("numeric") != null, offset, text);
        }
        if (m.startsWith("Unexpected end-of-input")) return endOfInput(m, parser);
        if ((x = CLOSE_MARKER.matcher(m)).matches()) {
            int[] start = startMarker(m);
            return Msg.get(x.group(3).equals("Object") ? "io.json.syntax.mismatched-object" : "io.json.syntax.mismatched-array",
                    start[0], start[1], x.group(2), x.group(1));
        }
        if ((x = EXTRA_CLOSE.matcher(m)).matches()) return Msg.get("io.json.syntax.extra-close", x.group(1));
        if ((x = CONTROL_IN_STRING.matcher(m)).matches()) {
            int code = Integer.parseInt(x.group(1));
            if (code == '\n' || code == '\r') return Msg.get("io.json.syntax.string-at-line-end");
            return Msg.get("io.json.syntax.control-in-string", charName(code), escapeFor(code));
        }
        if ((x = BAD_ESCAPE.matcher(m)).matches()) return Msg.get("io.json.syntax.bad-escape", shown(x.group(1)));
        if ((x = UNKNOWN_TOKEN.matcher(m)).matches() && afterTheEnd(parser)) {
            return Msg.get("io.json.after-end", Msg.get("io.json.char", shown(x.group(1))));
        }
        if (x.matches()) return Msg.get("io.json.syntax.unknown-word", shown(x.group(1)));
        if ((x = NON_STANDARD.matcher(m)).matches()) return Msg.get("io.json.syntax.non-standard", shown(x.group(1)));
        if (m.startsWith("Invalid numeric value: Leading zeroes")) return Msg.get("io.json.syntax.number-leading-zero");
        if ((x = DUPLICATE.matcher(m)).matches()) return Msg.get("io.json.syntax.duplicate", shown(x.group(1)));
        if ((x = DEPTH.matcher(m)).matches()) return Msg.get("io.json.syntax.too-deep", Integer.parseInt(x.group(1)));
        if ((x = STRING_LENGTH.matcher(m)).matches()) return Msg.get("io.json.syntax.string-too-long", Long.parseLong(x.group(1)));
        return null;
    }

    /** Jackson met a character it cannot use here; {@code rest} says what it wanted instead. */
    private static String unexpectedChar(int cp, String rest, boolean numeric, int offset, char[] text) {
        String found = found(cp);
        if (numeric) {
            if (rest.startsWith("Decimal point")) return Msg.get("io.json.syntax.number-after-point", found);
            if (rest.startsWith("Exponent indicator")) return Msg.get("io.json.syntax.number-after-exponent", found);
            if (rest.startsWith("expected digit (0-9) to follow minus")) return Msg.get("io.json.syntax.number-after-minus", found);
            if (rest.contains("plus sign")) return Msg.get("io.json.syntax.number-plus");
            return null;
        }
        int before = previousNonSpace(text, offset);
        if (rest.startsWith("maybe a (non-standard) comment")) return Msg.get("io.json.syntax.comment");
        if (rest.startsWith("only regular white space")) return Msg.get("io.json.syntax.control-between", charName(cp));
        if (rest.startsWith("expected a hex-digit")) return Msg.get("io.json.syntax.bad-unicode-escape", found);
        if (cp == '\'') return Msg.get("io.json.syntax.single-quote");
        String hint = isChineseQuote(cp) ? Msg.get("io.json.syntax.hint.chinese-quote") : "";
        if (rest.startsWith("was expecting double-quote to start field name")) {
            if (before == ',' && cp == '}') return Msg.get("io.json.syntax.trailing-comma-object");
            if (before == ',' && cp == ',') return Msg.get("io.json.syntax.extra-comma");
            return Msg.get("io.json.syntax.expected-field-name", found) + hint;
        }
        if (rest.startsWith("expected a valid value") || rest.startsWith("expected a value")) {
            if (before == ',' && cp == ']') return Msg.get("io.json.syntax.trailing-comma-array");
            if (cp == ',' && (before == ',' || before == '[' || before == ':')) return Msg.get("io.json.syntax.extra-comma");
            if (cp == '.' && offset + 1 < text.length && Character.isDigit(text[offset + 1])) {
                return Msg.get("io.json.syntax.number-leading-point");
            }
            return Msg.get("io.json.syntax.expected-value", found) + hint;
        }
        if (rest.startsWith("was expecting a colon")) return Msg.get("io.json.syntax.expected-colon", found) + hint;
        boolean object = rest.startsWith("was expecting comma to separate Object");
        if (object || rest.startsWith("was expecting comma to separate Array")) {
            // "他说"你好"": the string ended at the inner quote and the text after it is no JSON
            boolean rightAfterAQuote = offset > 0 && offset <= text.length && text[offset - 1] == '"' && !Character.isWhitespace(cp);
            if (rightAfterAQuote && cp != '"' && !isChineseQuote(cp)) hint = Msg.get("io.json.syntax.hint.inner-quote");
            else hint = Msg.get(object ? "io.json.syntax.hint.comma-field" : "io.json.syntax.hint.comma-item") + hint;
            return Msg.get(object ? "io.json.syntax.expected-comma-object" : "io.json.syntax.expected-comma-array", found,
                    object ? "}" : "]") + hint;
        }
        return null;
    }

    private static String endOfInput(String m, JsonParser parser) {
        if (m.contains("closing quote for a string")) {
            JsonLocation start = parser == null ? null : parser.currentTokenLocation();
            return start == null ? Msg.get("io.json.syntax.eof-in-string-here")
                    : Msg.get("io.json.syntax.eof-in-string", start.getLineNr(), start.getColumnNr());
        }
        int[] start = startMarker(m);
        boolean array = m.contains("for Array") || m.contains("Array entries");
        if (start == null && parser != null) {
            JsonStreamContext c = parser.getParsingContext();
            if (c instanceof com.fasterxml.jackson.core.json.JsonReadContext r && !c.inRoot()) {
                JsonLocation l = r.startLocation(com.fasterxml.jackson.core.io.ContentReference.unknown());
                start = new int[] {l.getLineNr(), l.getColumnNr()};
                array = c.inArray();
            }
        }
        if (start == null) return Msg.get("io.json.syntax.eof");
        return Msg.get(array ? "io.json.syntax.eof-in-array" : "io.json.syntax.eof-in-object", start[0], start[1]);
    }

    /** Where in {@code text} the parser stopped: its char offset, or for a parser of bytes its byte offset as chars of UTF-8. */
    private static int offset(JsonLocation at, char[] text) {
        if (at == null) return -1;
        if (at.getCharOffset() >= 0) return (int) at.getCharOffset();
        long bytes = at.getByteOffset();
        if (bytes < 0) return -1;
        int i = 0;
        for (long b = 0; i < text.length && b < bytes; ) {
            int cp = Character.codePointAt(text, i);
            b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The top-level object has ended: whatever comes now is one thing too many, whatever Jackson expected. */
    private static boolean afterTheEnd(JsonParser parser) {
        return parser != null && parser.getParsingContext() != null && parser.getParsingContext().inRoot()
                && parser.currentToken() == JsonToken.END_OBJECT;
    }

    private static int[] startMarker(String m) {
        Matcher x = START_MARKER.matcher(m);
        return x.find() ? new int[] {Integer.parseInt(x.group(1)), Integer.parseInt(x.group(2))} : null;
    }

    private static int previousNonSpace(char[] text, int offset) {
        for (int i = Math.min(offset, text.length) - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text[i])) return text[i];
        }
        return -1;
    }

    /** The character as the message shows it: quoted, or named when it cannot be seen. */
    private static String found(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r' || Character.isISOControl(cp)) return charName(cp);
        if (cp == 0x3000) return Msg.get("io.json.char.ideographic-space");
        if (isChineseQuote(cp)) return Msg.get("io.json.char.chinese-quote", new String(Character.toChars(cp)));
        return Msg.get("io.json.char", new String(Character.toChars(cp)));
    }

    private static String charName(int cp) {
        return switch (cp) {
            case '\t' -> Msg.get("io.json.char.tab");
            case '\n', '\r' -> Msg.get("io.json.char.line-break");
            default -> Msg.get("io.json.char.control", String.format("%04X", cp));
        };
    }

    private static String escapeFor(int cp) {
        return switch (cp) {
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> String.format("\\u%04x", cp);
        };
    }

    private static boolean isChineseQuote(int cp) {
        return cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '＂' || cp == '＇';
    }

    private static String shown(String s) {
        return s.codePointCount(0, s.length()) <= MAX_SHOWN ? s : s.substring(0, s.offsetByCodePoints(0, MAX_SHOWN)) + "…";
    }

    /** Jackson's first line, without the "[Source: REDACTED …]" it puts in locations. */
    private static String detail(String m) {
        if (m.isEmpty()) return "?";
        int nl = m.indexOf('\n');
        String s = nl < 0 ? m : m.substring(0, nl);
        return s.replaceAll("\\[Source: [^;]*; ", "[").replaceAll("\\s+", " ").strip();
    }
}
