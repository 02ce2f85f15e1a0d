package cn.paiban.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arguments of one command: positionals, flags and options with a value ({@code -o FILE}, {@code --dpi=80}). */
final class Args {
    private final List<String> positional = new ArrayList<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> values = new HashMap<>();

    private Args() {}

    /** {@code flagNames} take no value, {@code valueNames} take one; anything else starting with - is an error. */
    static Args parse(List<String> args, Set<String> flagNames, Set<String> valueNames) {
        Args a = new Args();
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (s.startsWith("-") && s.length() > 1) {
                String name = s;
                String value = null;
                int eq = s.indexOf('=');
                if (eq > 0) {
                    name = s.substring(0, eq);
                    value = s.substring(eq + 1);
                }
                if (flagNames.contains(name) && value == null) {
                    a.flags.add(name);
                } else if (valueNames.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) throw new UsageException(cn.paiban.i18n.Msg.get("cli.args.needs-value", name));
                        value = args.get(++i);
                    }
                    a.values.put(name, value);
                } else {
                    java.util.Set<String> known = new java.util.TreeSet<>(flagNames);
                    known.addAll(valueNames);
                    String near = Cli.nearest(name, known);
                    throw new UsageException(near == null ? cn.paiban.i18n.Msg.get("cli.args.unknown-option", s)
                            : cn.paiban.i18n.Msg.get("cli.args.unknown-option-near", s, near));
                }
            } else if (s.length() > 1 && WIDE_DASHES.indexOf(s.charAt(0)) >= 0) {
                // typed with a Chinese input method: —o, －－pdfx, ——force (a dash, not a hyphen, so read as a file name)
                int k = 0;
                while (k < s.length() && WIDE_DASHES.indexOf(s.charAt(k)) >= 0) k++;
                String meant = (s.length() - k == 1 ? "-" : "--") + s.substring(k);
                throw new UsageException(cn.paiban.i18n.Msg.get("cli.args.wide-dash", s, meant));
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }

    /** Dashes a Chinese input method types for "-": em dash, en dash, full-width hyphen-minus, minus sign. */
    private static final String WIDE_DASHES = "\u2014\u2013\uFF0D\u2212";

    List<String> positional() { return positional; }

    /** The single positional argument, named {@code what} in the error when it is missing or repeated. */
    String one(String what) {
        if (positional.size() != 1) {
            throw new UsageException(positional.isEmpty() ? cn.paiban.i18n.Msg.get("cli.args.missing", what)
                    : cn.paiban.i18n.Msg.get("cli.args.one-only", what, String.join(" ", positional)));
        }
        return positional.get(0);
    }

    /**
     * As {@link #one}, the positional named by the text of bundle key {@code whatKey}, looked up only when it is needed
     * for the error: the first text read opens the jar (its 31,000-entry directory) and the bundle, which a command that
     * goes right does not need on its main thread before its work starts.
     */
    String oneNamedBy(String whatKey) {
        return positional.size() == 1 ? positional.get(0) : one(cn.paiban.i18n.Msg.get(whatKey));
    }

    boolean has(String flag) { return flags.contains(flag); }

    String value(String name) { return values.get(name); }

    String value(String name, String fallback) { return values.getOrDefault(name, fallback); }

    String required(String name) {
        String v = values.get(name);
        if (v == null) throw new UsageException(cn.paiban.i18n.Msg.get("cli.args.missing-option", name));
        return v;
    }

    double number(String name, double fallback, double min, double max) {
        String v = values.get(name);
        if (v == null) return fallback;
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max)) throw new UsageException(cn.paiban.i18n.Msg.get("cli.args.out-of-range", name, min, max, v));
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(cn.paiban.i18n.Msg.get("cli.args.not-number", name, v));
        }
    }
}
