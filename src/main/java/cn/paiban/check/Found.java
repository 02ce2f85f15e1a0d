package cn.paiban.check;

import java.util.ArrayList;
import java.util.List;

/** Where the rules put what they find. */
final class Found {
    private final List<Finding> list = new ArrayList<>();

    void add(String rule, String clause, Piece p, int offset, String quote, String suggestion, boolean certain, String message,
             String... args) {
        list.add(new Finding(rule, clause, p, offset, quote, suggestion, certain, message, List.of(args)));
    }

    List<Finding> list() { return list; }
}
