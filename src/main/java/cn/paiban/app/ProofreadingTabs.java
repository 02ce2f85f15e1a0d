package cn.paiban.app;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The panel under the article editor: 检查 (preflight) and 校对 (the proofreading checks) as two tabs. */
final class ProofreadingTabs {
    private ProofreadingTabs() {}

    static TabPane beside(Node preflight, ProofreadingPanel proofreading) {
        Tab a = new Tab(Messages.get("preflight.title"), preflight);
        Tab b = new Tab(Messages.get("check.tab.title"), proofreading);
        a.setClosable(false);
        b.setClosable(false);
        b.setId("proofreading-tab");
        TabPane tabs = new TabPane(a, b);
        tabs.setId("lower-tabs");
        return tabs;
    }
}
