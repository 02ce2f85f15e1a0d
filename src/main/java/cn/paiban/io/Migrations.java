package cn.paiban.io;

import cn.paiban.i18n.Msg;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Upgrades issue files written by older versions of Paiban, one schema version at a time, in memory:
 * loading never writes, the next save writes the current schema. To change the format, bump
 * {@link #CURRENT} and append a step from the old version.
 */
final class Migrations {
    /** The schema version this Paiban writes. */
    static final int CURRENT = 1;

    /** Turns a document of version {@code from()} into one of version {@code from() + 1}. */
    interface Step {
        int from();

        IssueDocument apply(IssueDocument doc) throws IssueFormatException;
    }

    /** STEPS.get(v) upgrades version v. */
    private static final List<Step> STEPS = List.of(new InlineArticlesToFiles());

    private Migrations() {}

    static IssueDocument upgrade(Located root) throws IssueFormatException {
        int version = versionOf(root, 0);
        IssueDocument doc = new IssueDocument(root, Map.of());
        for (int v = version; v < CURRENT; v++) {
            Step step = STEPS.get(v);
            assert step.from() == v : "steps out of order";
            doc = step.apply(doc);
        }
        return doc;
    }

    /** Article files exist since version 1; each names its version so it can be read on its own. */
    static void checkArticleFile(Located root) throws IssueFormatException {
        if (!(root.node() instanceof JsonTree.Obj o) || !o.members().containsKey("schemaVersion")) {
            throw root.error(Msg.get("io.schema.missing"));
        }
        if (versionOf(root, 1) < 1) {
            throw root.child("schemaVersion", o.members().get("schemaVersion").value())
                    .error(Msg.get("io.schema.too-old"));
        }
    }

    /** The file's schemaVersion; {@code absent} when it has none (the unversioned first draft is 0). */
    private static int versionOf(Located root, int absent) throws IssueFormatException {
        if (!(root.node() instanceof JsonTree.Obj o)) throw root.error(Msg.get("io.json.expected-object", root.node().kind()));
        JsonTree.Member m = o.members().get("schemaVersion");
        if (m == null) return absent;
        Located at = root.child("schemaVersion", m.value());
        int v = at.integer();
        if (v < 0) throw at.error(Msg.get("io.schema.not-version", v));
        if (v > CURRENT) {
            throw at.error(Msg.get("io.schema.newer", v, CURRENT));
        }
        return v;
    }

    /**
     * Version 0, the unversioned first draft, kept the whole issue in issue.json: sections, shortItems
     * and notices held article objects instead of ids. Version 1 keeps each article in its own file
     * (editors diff and merge articles one by one). The step lifts the inline articles out, leaving
     * their ids in place; errors inside them still point into issue.json.
     */
    static final class InlineArticlesToFiles implements Step {
        @Override
        public int from() { return 0; }

        @Override
        public IssueDocument apply(IssueDocument doc) throws IssueFormatException {
            Map<String, Located> lifted = new LinkedHashMap<>(doc.inlineArticles());
            JsonTree.Obj root = (JsonTree.Obj) doc.root().node();
            JsonTree.Member sections = root.members().get("sections");
            if (sections != null && sections.value() instanceof JsonTree.Arr arr) {
                List<JsonTree> newSections = new java.util.ArrayList<>();
                for (int i = 0; i < arr.items().size(); i++) {
                    JsonTree s = arr.items().get(i);
                    if (s instanceof JsonTree.Obj so && so.members().get("articles") != null) {
                        Located at = doc.root().child("sections[" + i + "].articles", so.members().get("articles").value());
                        s = so.with("articles", lift(at, lifted));
                    }
                    newSections.add(s);
                }
                root = root.with("sections", new JsonTree.Arr(newSections, arr.line(), arr.column()));
            }
            for (String list : List.of("shortItems", "notices")) {
                JsonTree.Member m = root.members().get(list);
                if (m != null) root = root.with(list, lift(doc.root().child(list, m.value()), lifted));
            }
            return new IssueDocument(new Located(doc.root().file(), doc.root().path(), root), lifted);
        }

        /** Replaces each article object in the array by its id string and remembers the object. */
        private static JsonTree lift(Located array, Map<String, Located> lifted) throws IssueFormatException {
            if (!(array.node() instanceof JsonTree.Arr arr)) return array.node();
            List<JsonTree> ids = new java.util.ArrayList<>();
            for (Located item : array.items()) {
                if (item.node() instanceof JsonTree.Obj o) {
                    String id = item.fields(o.members().keySet().toArray(String[]::new)).string("id");
                    lifted.putIfAbsent(id, item);
                    ids.add(new JsonTree.Str(id, o.line(), o.column()));
                } else {
                    ids.add(item.node());
                }
            }
            return new JsonTree.Arr(ids, arr.line(), arr.column());
        }
    }
}
