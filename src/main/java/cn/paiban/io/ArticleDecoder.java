package cn.paiban.io;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads one article (its own file, or an inline article of an old issue.json) into the model, checking every field. */
final class ArticleDecoder {
    private ArticleDecoder() {}

    static Article decode(Located at, String expectedId) throws IssueFormatException {
        Located.Fields f = at.fields("schemaVersion", "id", "kind", "kicker", "title", "subtitle", "authors", "lead",
                "body", "source", "signature");
        Located idAt = f.require("id");
        String id = idAt.string();
        if (!id.equals(expectedId)) {
            throw idAt.error(Msg.get("io.article.id-mismatch", id, expectedId));
        }
        ArticleKind kind = kind(f.require("kind"));
        Located titleAt = f.require("title");
        String title = titleAt.string();
        if (title.isBlank()) throw titleAt.error(Msg.get("io.article.title-empty"));
        List<Author> authors = new ArrayList<>();
        for (Located a : f.list("authors")) authors.add(author(a));
        List<Block> body = new ArrayList<>();
        for (Located b : f.list("body")) body.add(block(b));
        return new Article(id, kind, f.optString("kicker"), title, f.optString("subtitle"), authors,
                f.optString("lead"), body, f.optString("source"), f.optString("signature"));
    }

    /** The JSON name of a kind: the enum constant in lower case (feature, editorial …). */
    static String kindName(ArticleKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static ArticleKind kind(Located at) throws IssueFormatException {
        String s = at.string();
        for (ArticleKind k : ArticleKind.values()) if (kindName(k).equals(s)) return k;
        List<String> names = new ArrayList<>();
        for (ArticleKind k : ArticleKind.values()) names.add(kindName(k));
        throw at.error(Msg.get("io.article.unknown-kind", s, String.join(", ", names)));
    }

    private static Author author(Located at) throws IssueFormatException {
        Located.Fields f = at.fields("name", "affiliation");
        Located nameAt = f.require("name");
        if (nameAt.string().isBlank()) throw nameAt.error(Msg.get("io.article.author-empty"));
        return new Author(nameAt.string(), f.optString("affiliation"));
    }

    static final List<String> BLOCK_TYPES = List.of("paragraph", "subheading", "quotation", "list", "table", "image", "notes");

    static Block block(Located at) throws IssueFormatException {
        if (!(at.node() instanceof JsonTree.Obj o)) throw at.error(Msg.get("io.article.block-not-object", at.node().kind()));
        JsonTree.Member typeMember = o.members().get("type");
        if (typeMember == null) throw at.error(Msg.get("io.article.block-no-type", String.join(", ", BLOCK_TYPES)));
        Located typeAt = at.child("type", typeMember.value());
        String type = typeAt.string();
        switch (type) {
            case "paragraph" -> {
                return new Block.Paragraph(at.fields("type", "text").string("text"));
            }
            case "quotation" -> {
                return new Block.Quotation(at.fields("type", "text").string("text"));
            }
            case "subheading" -> {
                Located.Fields f = at.fields("type", "level", "lines");
                Located levelAt = f.require("level");
                int level = levelAt.integer();
                if (level < 1 || level > 6) throw levelAt.error(Msg.get("io.article.level", level));
                Located linesAt = f.require("lines");
                List<String> lines = linesAt.strings();
                if (lines.isEmpty()) throw linesAt.error(Msg.get("io.article.subheading-empty"));
                return new Block.Subheading(level, lines);
            }
            case "list" -> {
                Located.Fields f = at.fields("type", "ordered", "items");
                return new Block.ListBlock(f.require("ordered").bool(), f.require("items").strings());
            }
            case "table" -> {
                Located.Fields f = at.fields("type", "caption", "issuer", "header", "rows", "note");
                List<List<String>> header = rows(f.list("header"));
                List<List<String>> rows = rows(f.require("rows").items());
                checkWidths(f, header, rows);
                return new Block.Table(f.optString("caption"), f.optString("issuer"), header, rows, f.optString("note"));
            }
            case "image" -> {
                Located.Fields f = at.fields("type", "path", "caption");
                Located pathAt = f.require("path");
                String path = pathAt.string();
                String problem = imagePathProblem(path);
                if (problem != null) throw pathAt.error(problem);
                return new Block.Image(path, f.optString("caption"));
            }
            case "notes" -> {
                return new Block.Notes(at.fields("type", "items").require("items").strings());
            }
            default -> throw typeAt.error(Msg.get("io.article.unknown-block", type, String.join(", ", BLOCK_TYPES)));
        }
    }

    /** Why an image path cannot be used, or null: images live inside the issue folder, named with forward slashes. */
    static String imagePathProblem(String path) {
        if (path.isBlank()) return Msg.get("io.image.empty");
        if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
            return Msg.get("io.image.absolute", path);
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) return Msg.get("io.image.outside", path);
        }
        return null;
    }

    private static List<List<String>> rows(List<Located> items) throws IssueFormatException {
        List<List<String>> rows = new ArrayList<>();
        for (Located row : items) rows.add(row.strings());
        return rows;
    }

    /** The model promises that every row of a table has the same number of cells. */
    private static void checkWidths(Located.Fields f, List<List<String>> header, List<List<String>> rows)
            throws IssueFormatException {
        int width = -1;
        for (String part : List.of("header", "rows")) {
            List<List<String>> list = part.equals("header") ? header : rows;
            for (int i = 0; i < list.size(); i++) {
                int w = list.get(i).size();
                if (width < 0) width = w;
                else if (w != width) {
                    throw f.require(part).items().get(i).error(Msg.get("io.table.row-width", w, width));
                }
            }
        }
    }
}
