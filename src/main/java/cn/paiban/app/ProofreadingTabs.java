package cn.paiban.app;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The panel under the article editor: 检查 (preflight), 校对 (the proofreading checks) and 校对符号 (the proofreaders' marks). */
final class ProofreadingTabs {
    private ProofreadingTabs() {}

    static TabPane beside(Node preflight, ProofreadingPanel proofreading, MarksPanel marks) {
        Tab a = new Tab(Messages.get("preflight.title"), preflight);
        Tab b = new Tab(Messages.get("check.tab.title"), proofreading);
        a.setClosable(false);
        b.setClosable(false);
        b.setId("proofreading-tab");
        Tab c = new Tab(Messages.get("proof.ui.tab"), marks);
        c.setClosable(false);
        c.setId("marks-tab");
        TabPane tabs = new TabPane(a, b, c);
        tabs.setId("lower-tabs");
        return tabs;
    }
}
