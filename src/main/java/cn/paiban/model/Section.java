package cn.paiban.model;

import java.util.List;

/** A 栏目 such as 本期特稿, with its articles in printed order. */
public record Section(String id, String title, List<Article> articles) {
    public Section {
        articles = List.copyOf(articles);
    }

    public Section withArticles(List<Article> newArticles) { return new Section(id, title, newArticles); }

    public Section withTitle(String newTitle) { return new Section(id, newTitle, articles); }
}
