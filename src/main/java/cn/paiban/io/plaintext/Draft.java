package cn.paiban.io.plaintext;

import cn.paiban.model.Author;
import java.util.ArrayList;
import java.util.List;

/** An article on its way from units to the model: its parts, and body units still to be joined into blocks. */
final class Draft {
    String kicker;
    String title;
    String subtitle;
    List<Author> authors = new ArrayList<>();
    String lead;
    final List<Unit> body = new ArrayList<>();
    String source;
    String signature;
    int jumpOut;
    int firstLine;
}
