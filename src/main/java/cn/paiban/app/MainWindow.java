package cn.paiban.app;

import cn.paiban.trace.StartTrace;
import cn.paiban.display.SourceRef;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import cn.paiban.render.fx.FxFonts;
import cn.paiban.render.fx.FxImages;
import cn.paiban.render.fx.FxRenderer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The editor window: menus, outline, article editor, preflight and preview, and the file actions
 * (open, save, recovery, export). The view-models hold the state; this class wires them to each other and
 * to the dialogs.
 */
public final class MainWindow {
    private final Stage stage;
    private final Services services;
    private final EditorSession session = new EditorSession();
    private final OutlineModel outlineModel = new OutlineModel(session);
    private final ArticleEditorModel articleModel = new ArticleEditorModel(session);
    private final PreviewModel previewModel = new PreviewModel();
    private final LayoutService layout;
    private final Recovery recovery;
    /** The issue's files as this window last read or wrote them (null: not from a folder); see {@link #saveTo}. */
    private cn.paiban.io.FolderStamp diskStamp;

    /** What to do when the issue's files changed on disk since this window read or wrote them. */
    enum DiskChoice { OVERWRITE, SAVE_AS, CANCEL }

    private java.util.function.Function<List<String>, DiskChoice> changedOnDisk = this::askChangedOnDisk;

    /** Tests answer the changed-on-disk question themselves. */
    void answerChangedOnDisk(java.util.function.Function<List<String>, DiskChoice> answer) { changedOnDisk = answer; }
    private final RecentIssues recent;
    private final FxFonts fonts = new FxFonts();
    private FxRenderer renderer = new FxRenderer(fonts, new FxImages(null));
    // The outline, the article editor and the tabs under it are built once the first page is on the screen
    // (buildPanes): until then their places in the window are empty.
    private OutlineView outlineView;
    private ArticleEditorView editorView;
    private final PreviewView previewView;
    private final ThumbnailStrip thumbnails;
    private final PreviewToolbar previewToolbar;
    private FindBar findBar;
    private ListView<PreflightModel.Row> preflight;
    private ProofreadingPanel proofreading;
    private final MarksModel marksModel;
    private MarksPanel marksPanel;
    /** The outline's place in the window's split pane. */
    private final javafx.scene.layout.StackPane outlineSlot = new javafx.scene.layout.StackPane();
    /**
     * The middle column, the editor above the tabs; there from the start (empty), as a pane of its own would take
     * the border modena gives a split pane that is not directly in another.
     */
    private final SplitPane middle = new SplitPane();
    /** Outline, middle column, preview. */
    private final SplitPane columns;
    private final MarkBar markBar;
    private final Label status = new Label();
    private final Menu recentMenu = new Menu();
    private final Timeline autosave;
    private final BorderPane root = new BorderPane();
    private MenuBar menuBar;
    private volatile Path typesetFolder;
    private final java.util.function.Function<Issue, LayoutResult> typeset;

    public MainWindow(Stage stage, Services services) {
        this.stage = stage;
        this.services = services;
        // The layout runs on the worker; it reads the folder from a volatile copy the FX thread keeps current.
        this.typeset = FolderTypesetting.in(services.typesetter(), () -> typesetFolder);
        this.layout = new LayoutService(typeset, services.worker(), services.ui());
        this.recovery = new Recovery(services.home());
        this.recent = new RecentIssues(services.home());
        outlineModel.setGuard(new ReviewingGuard());
        previewView = new PreviewView(previewModel, renderer);
        thumbnails = new ThumbnailStrip(previewModel, renderer);
        previewToolbar = new PreviewToolbar(previewModel, previewView, this::proofread);
        marksModel = new MarksModel(services.home(), java.time.Clock.systemUTC());
        markBar = new MarkBar(marksModel, previewView, session::issue, () -> previewModel.documentProperty().get(), session::execute,
                status::setText);
        previewView.addOverlay(new MarkPainter(marksModel, fonts, () -> previewModel.documentProperty().get()));
        marksModel.addListener(previewView::redraw);
        // Where the services are synchronous (tests) the window is built whole at once, as it always was.
        if (!async()) buildPanes();
        wire();

        BorderPane previewPane = new BorderPane(previewView, new VBox(previewToolbar, markBar), null, null, thumbnails);
        middle.setOrientation(Orientation.VERTICAL);
        columns = new SplitPane(outlineSlot, middle, previewPane);
        columns.setDividerPositions(0.22, 0.53);
        SplitPane.setResizableWithParent(outlineSlot, false);
        // The keyboard's first place is the outline (the first thing in the window that takes it), also while its
        // place is still empty: the slot holds it until the outline is there (buildPanes).
        if (outlineView == null) outlineSlot.setFocusTraversable(true);
        menuBar = menus();
        root.setTop(menuBar);
        root.setCenter(columns);
        status.setId("status");
        HBox bar = new HBox(8, status);
        bar.setPadding(new Insets(2, 8, 2, 8));
        root.setBottom(bar);

        // Never larger than the screen (Monocle's headless screen is 1280×800 and cannot show more).
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1500, screen.getWidth()), Math.min(940, screen.getHeight()));
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, session.issueProperty(), session.dirtyProperty()));
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) e.consume();
            else shutdown();
        });
        autosave = new Timeline(new KeyFrame(Duration.minutes(1), e -> autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        javafx.beans.value.ChangeListener<Boolean> saveOnLeave = (o, was, now) -> {
            if (!now) autosave();
        };
        stage.focusedProperty().addListener(saveOnLeave);
        // A stage given another scene (a new window on the same stage) lets go of this window: a running autosave
        // timeline and the stage's listeners would otherwise keep it, its layout and its preview images alive.
        scene.windowProperty().addListener((o, was, now) -> {
            if (now == stage) return;
            autosave.stop();
            stage.focusedProperty().removeListener(saveOnLeave);
            if (stage.getScene() != scene) stage.titleProperty().unbind();
        });
    }

    /**
     * The outline, the article editor with its find bar, and the tabs under it (检查, 校对, 校对符号). On a start they
     * cost the window a second of its two cores' time before the page could be painted; now the window shows the
     * preview (and the page in it) first, their places empty, and builds these once that page is on the screen, or
     * at once when something needs them sooner. They take the issue, selection and layout as they are then.
     */
    private void buildPanes() {
        if (outlineView != null) return;
        StartTrace.mark("building the panes");
        outlineView = new OutlineView(outlineModel, session);
        outlineView.setOnManuscripts(this::importManuscripts);
        editorView = new ArticleEditorView(articleModel, services.pasteCleaner());
        findBar = new FindBar(session, this::reveal, articleModel, editorView);
        proofreading = new ProofreadingPanel(new ProofreadingModel(cn.paiban.layout.TemplateFiles.directory()), session,
                articleModel, editorView, this::reveal, this::showFolio,
                // the checks on a thread of their own, a moment after the layout: never in the way of the next keystroke's
                async() ? AppServices.checker() : services.worker(), services.ui());
        marksPanel = new MarksPanel(marksModel, session::issue, session::execute, this::showMark);
        preflight = new ListView<>();
        preflight.setId("preflight");
        preflight.setPlaceholder(new Label(Messages.get("preflight.none")));
        preflight.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(PreflightModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.label());
                setStyle(empty || r == null ? "" : r.finding().severity() == Finding.Severity.ERROR ? "-fx-text-fill: #b00;"
                        : r.finding().severity() == Finding.Severity.WARNING ? "-fx-text-fill: #a05a00;" : "");
            }
        });
        preflight.setOnMouseClicked(e -> {
            PreflightModel.Row r = preflight.getSelectionModel().getSelectedItem();
            if (r != null) goToFinding(r.finding());
        });

        VBox editorColumn = new VBox(findBar, editorView);
        VBox.setVgrow(editorView, Priority.ALWAYS);
        middle.getItems().setAll(editorColumn, ProofreadingTabs.beside(preflight, proofreading, marksPanel));
        middle.setDividerPositions(0.75);
        outlineSlot.getChildren().setAll(outlineView);
        if (columns != null) {   // built after the window was shown
            columns.setDividerPositions(0.22, 0.53);   // in pixels as when the columns are there from the start
            outlineSlot.setFocusTraversable(false);
            if (outlineSlot.isFocused()) outlineView.tree().requestFocus();
        }
        LayoutResult r = layout.result();
        if (r != null) showLists(r, session.issue(), session.folder());
        StartTrace.mark("panes built");
    }

    /** The panes, built now if they are not yet. */
    private void panes() {
        buildPanes();
    }

    private void wire() {
        session.folderProperty().addListener((o, a, b) -> typesetFolder = b);
        session.folderProperty().addListener((o, a, b) -> marksFolder(b));
        typesetFolder = session.folder();
        session.issueProperty().addListener((o, a, b) -> layout.request(b));
        layout.resultProperty().addListener((o, a, r) -> showResult(r));
        if (services.typesetter() instanceof FolderTypesetting f) {
            layout.setAhead((issue, last) -> f.first(issue, typesetFolder, last), previewView::lastFolioInView);
            layout.aheadProperty().addListener((o, a, b) -> showAhead(b));
        }
        layout.errorProperty().addListener((o, a, b) -> updateStatus());
        session.problemProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) status.setText(Messages.get("status.editRefused", b));
        });
        layout.busyProperty().addListener((o, a, b) -> updateStatus());
        outlineModel.selectedProperty().addListener((o, a, id) -> {
            Issue i = session.issue();
            if (i != null && id != null && i.article(id).isPresent()) articleModel.articleIdProperty().set(id);
        });
        articleModel.caretBlockProperty().addListener((o, a, b) -> {
            String id = articleModel.articleIdProperty().get();
            if (id == null || b.intValue() < 0) return;
            previewModel.highlightProperty().set(new SourceRef(id, b.intValue(), 0));
            showInPreview(id, b.intValue());
        });
        articleModel.articleIdProperty().addListener((o, a, id) -> {
            if (id != null) showInPreview(id, -1);
        });
        previewView.setOnSourceClicked(ref -> {
            goTo(ref);
            panes();
            marksPanel.selectAt(ref);   // a click on marked words finds their mark in the 校对符号 list
        });
    }

    private PagePlanView planView;

    /** 页面规划 in a window of its own beside the editor; one per editor window. */
    /** 文件 ▸ 本期信息…: 期号, 出版日期, 版权页 and 编委会 of the open issue, one undo step. */
    void issueFacts() {
        if (session.issue() == null) return;
        IssueFactsDialog.create(stage, session.issue(), session::execute).showAndWait();
    }

    void showPagePlan() {
        if (planView == null) {
            java.util.function.Function<Issue, cn.paiban.plan.PagePlanner.Proposal> planner = null;
            if (services.typesetter() instanceof FolderTypesetting f) {
                planner = issue -> {
                    var lengths = f.measure(issue, typesetFolder);
                    if (lengths == null) throw new IllegalStateException(Messages.get("plan.view.noMeasure"));
                    return cn.paiban.plan.Planning.propose(issue, lengths, null);
                };
            }
            PagePlanModel planModel = new PagePlanModel(session);
            planModel.setGuard(new ReviewingGuard()::edit);   // a drag is reviewed as an outline edit is
            planView = new PagePlanView(planModel, session, planner, services.worker(), services.ui());
            planView.show(layout.resultProperty().get());
            Stage s = new Stage();
            s.initOwner(stage);
            s.setTitle(cn.paiban.i18n.Msg.get("plan.view.title"));
            s.setScene(new Scene(planView, 900, 700));
            s.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::undo);
            s.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::redo);
            // a tool window closes as dialogs do: Esc, or Ctrl+W as a document window would
            s.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), s::hide);
            s.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), s::hide);
            planStage = s;
        }
        planStage.show();
        planStage.toFront();
    }

    private Stage planStage;

    PagePlanView planView() { return planView; }

    private void showResult(LayoutResult r) {
        StartTrace.mark("showResult");
        firstPagesOf = null;   // the whole issue is here: the first pages' stand-ins are done with
        boolean first = previewModel.documentProperty().get() == null;
        List<Finding> shown = new java.util.ArrayList<>(r.findings());
        if (session.issue() != null) shown.addAll(cn.paiban.plan.Copyfit.findings(r, session.issue()));
        Issue laidOut = layout.laidOutProperty().get();
        previewView.batch(() -> {   // one redraw for the new pages, their findings and the proofreaders' marks on them
            previewModel.pendingProperty().set(java.util.Set.of());
            previewModel.documentProperty().set(r.document());
            if (first) previewModel.fitPage(previewView.viewportWidth(), previewView.viewportHeight());
            previewView.findingsProperty().set(shown);
            marksModel.show(laidOut != null ? laidOut : session.issue(), r.document());
        });
        updateStatus();
        // what a keystroke is waited for is the page: the outline, the lists and the checks follow once it is painted
        Issue issue = session.issue();
        Path folder = session.folder();
        afterPaint(() -> {
            if (layout.result() != r) return;   // a newer layout came meanwhile: it brings its own
            if (planView != null) planView.show(r);
            if (outlineView != null) showLists(r, issue, folder);
            else buildPanes();   // no first page came before the whole layout: the panes, which take this one
            StartTrace.mark("showResult done");
        });
    }

    /** A layout in the outline (its pages), the findings list and the proofreading checks. */
    private void showLists(LayoutResult r, Issue issue, Path folder) {
        outlineView.setLayoutResult(r);
        var rows = PreflightModel.rows(r, issue);
        if (!rows.equals(preflight.getItems())) preflight.getItems().setAll(rows);   // unchanged: no cells redrawn
        proofreading.show(issue, r, folder);
    }

    /** The pages in view of an edit, typeset before the whole issue, in place of those shown (the rest follows). */
    private void showAhead(LayoutService.Ahead a) {
        cn.paiban.display.Document shown = previewModel.documentProperty().get();
        // only over a whole layout of this issue (never over another issue's pages or first pages' stand-ins)
        if (a == null || shown == null || firstPagesOf != null || layout.result() == null || session.issue() != a.issue()
                || !previewModel.pendingProperty().get().isEmpty()) return;
        cn.paiban.display.Document merged = PagesAhead.merge(shown, a.pages(), a.lastFolio());
        previewView.batch(() -> {
            previewModel.documentProperty().set(merged);
            marksModel.show(a.issue(), merged);
        });
    }

    /** Whether the services run work on threads of their own (the real editor) or at once (tests). */
    private boolean async() { return services.worker() instanceof java.util.concurrent.ExecutorService; }

    /** Runs {@code r} on the UI thread after the next frame is drawn (at once where the services are synchronous). */
    private void afterPaint(Runnable r) {
        Scene scene = stage.getScene();
        if (!async() || scene == null) {
            r.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(r);   // after this pulse, whose frame is then on its way to the screen
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    /** An issue saved into a folder for the first time takes its marks along; another folder opens its own. */
    private void marksFolder(Path dir) {
        if (dir == null || dir.equals(marksModel.store().issueDir())) return;
        if (marksModel.store().issueDir() == null && !marksModel.store().marks().all().isEmpty()) {
            try {
                marksModel.store().marks().save(dir);
            } catch (java.io.IOException e) {
                error(Messages.get("proof.ui.load-failed"), e.getMessage());
            }
        }
        String problem = marksModel.open(dir);
        if (problem != null) error(Messages.get("proof.ui.load-failed"), problem);
        var r = layout.resultProperty().get();
        if (r != null) marksModel.show(session.issue(), r.document());
    }

    /** A mark chosen in the list: its page in the preview, its paragraph in the editor. */
    private void showMark(MarksModel.Row row) {
        var w = row.where();
        if (row.place() != null) previewModel.pageProperty().set(row.place().page());
        if (!row.orphaned() && w.block() >= 0) {
            outlineModel.selectedProperty().set(w.articleId());
            articleModel.articleIdProperty().set(w.articleId());
            previewModel.highlightProperty().set(new SourceRef(w.articleId(), w.block(), 0));
        }
    }

    MarksModel marks() { return marksModel; }

    MarksPanel marksPanel() {
        panes();
        return marksPanel;
    }

    MarkBar markBar() { return markBar; }

    PreviewView previewView() { return previewView; }

    private void showInPreview(String articleId, int block) {
        var d = previewModel.documentProperty().get();
        if (d == null) return;
        PageHits.pageOf(d, articleId, block).ifPresent(p -> {
            int cur = previewModel.pageProperty().get();
            boolean visibleNow = previewModel.rowOf(cur) == previewModel.rowOf(p);
            if (!visibleNow) previewModel.pageProperty().set(p);
        });
    }

    /** Selects the article and block of a source in the outline and editor, and highlights it in the preview. */
    public void goTo(SourceRef ref) {
        if (ref == null || ref.articleId().isEmpty()) return;
        panes();
        outlineModel.selectedProperty().set(ref.articleId());
        articleModel.articleIdProperty().set(ref.articleId());
        previewModel.highlightProperty().set(new SourceRef(ref.articleId(), ref.block(), 0));
        editorView.selectBlock(ref.block(), ref.offset());
    }

    /** As {@link #goTo}, but the keyboard stays where it is (find): the article is shown, its block highlighted. */
    void reveal(SourceRef ref) {
        if (ref == null || ref.articleId().isEmpty()) return;
        outlineModel.selectedProperty().set(ref.articleId());
        articleModel.articleIdProperty().set(ref.articleId());
        previewModel.highlightProperty().set(new SourceRef(ref.articleId(), ref.block(), 0));
        showInPreview(ref.articleId(), ref.block());
    }

    private void showFolio(int folio) {
        var d = previewModel.documentProperty().get();
        if (d != null) PageHits.pageWithFolio(d, folio).ifPresent(previewModel.pageProperty()::set);
    }

    ProofreadingPanel proofreading() {
        panes();
        return proofreading;
    }

    private void goToFinding(Finding f) {
        var d = previewModel.documentProperty().get();
        if (d != null && f.page() > 0) PageHits.pageWithFolio(d, f.page()).ifPresent(previewModel.pageProperty()::set);
        if (f.articleId() != null && !f.articleId().isEmpty() && session.issue() != null
                && session.issue().article(f.articleId()).isPresent()) {
            goTo(new SourceRef(f.articleId(), f.block(), 0));
            if (f.page() > 0 && d != null) PageHits.pageWithFolio(d, f.page()).ifPresent(previewModel.pageProperty()::set);
        }
    }

    private String title() {
        Issue i = session.issue();
        String name = i == null ? "" : " — " + i.journal().name() + " " + Messages.get("title.issue", String.valueOf(i.journal().year()),
                i.journal().issueNumber());
        return Messages.get("app.title") + name + (session.isDirty() ? " *" : "");
    }

    private void updateStatus() {
        LayoutResult r = layout.result();
        String s = r == null ? "" : Messages.get("status.pages", r.document().pages().size(),
                r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count(),
                r.findings().stream().filter(f -> f.severity() == Finding.Severity.WARNING).count());
        if (layout.busyProperty().get()) s += "  " + Messages.get("status.layingOut");
        if (!layout.errorProperty().get().isEmpty()) s += "  " + Messages.get("status.layoutFailed", layout.errorProperty().get());
        status.setText(s);
    }

    // ---- menus -------------------------------------------------------------------------------------------

    private MenuBar menus() {
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().addAll(
                item("import.menu.newIssue", null, this::newIssue),
                item("menu.open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openDialog),
                recentMenu,
                new SeparatorMenuItem(),
                item("facts.menu", null, this::issueFacts),
                new SeparatorMenuItem(),
                item("menu.save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save),
                item("menu.saveAs", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::saveAs),
                new SeparatorMenuItem(),
                item("import.menu.importManuscripts", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::importManuscripts),
                item("menu.importText", null, this::importText),
                item("menu.exportPdf", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::exportDialog),
                item("editor.cover.menu", null, this::coverDialog),
                new SeparatorMenuItem(),
                item("menu.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (confirmDiscard()) {
                        shutdown();
                        stage.close();
                    }
                }));
        recentMenu.setText(Messages.get("menu.recent"));
        file.setOnShowing(e -> fillRecent());
        fillRecent();

        MenuItem undo = item("menu.undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::undo);
        MenuItem redo = item("menu.redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::redo);
        undo.disableProperty().bind(session.canUndoProperty().not());
        redo.disableProperty().bind(session.canRedoProperty().not());
        // 撤销 修改《…》正文第 3 段: the menu says what undo will take back.
        undo.textProperty().bind(Bindings.createStringBinding(() -> (Messages.get("menu.undo") + " " + session.undoDescription()).strip(),
                session.issueProperty(), session.canUndoProperty()));
        redo.textProperty().bind(Bindings.createStringBinding(() -> (Messages.get("menu.redo") + " " + session.redoDescription()).strip(),
                session.issueProperty(), session.canRedoProperty()));
        Menu edit = new Menu(Messages.get("menu.edit"));
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("menu.find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    panes();
                    findBar.activate();
                }),
                item("editor.menu.replace", new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), () -> {
                    panes();
                    findBar.activateReplace();
                }),
                new SeparatorMenuItem(),
                item("outline.addSection", null, () -> {
                    panes();
                    outlineView.addSection();
                }),
                item("outline.addArticle", null, () -> {
                    panes();
                    outlineView.addArticle();
                }),
                new SeparatorMenuItem(),
                item("package.fonts.menu", null, this::fontSettings));
        // Text fields have their own undo; the issue's history is what the user means in this window.
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                undo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(e)
                    || new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(e)) {
                redo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN).match(e)) {
                panes();
                findBar.activateReplace();   // before the text area, which would take Ctrl+H as a backspace
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                panes();
                findBar.activate();
                e.consume();
            }
        });

        Menu view = new Menu(Messages.get("menu.view"));
        ToggleGroup langs = new ToggleGroup();
        Menu lang = new Menu(Messages.get("menu.language"));
        for (String code : List.of("zh", "en")) {
            RadioMenuItem m = new RadioMenuItem(Messages.get("lang." + code));
            m.setToggleGroup(langs);
            m.setSelected(code.equals(Messages.lang()));
            m.setOnAction(e -> chooseLanguage(code));
            lang.getItems().add(m);
        }
        view.getItems().addAll(
                item("preview.single", null, () -> previewModel.spreadsProperty().set(false)),
                item("preview.spreads", null, () -> previewModel.spreadsProperty().set(true)),
                item("preview.zoomIn", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), previewModel::zoomIn),
                item("preview.zoomOut", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), previewModel::zoomOut),
                item("preview.fitWidth", null, () -> previewModel.fitWidth(previewView.viewportWidth())),
                item("preview.fitPage", null, () -> previewModel.fitPage(previewView.viewportWidth(), previewView.viewportHeight())),
                new SeparatorMenuItem(),
                item("menu.proofread", new KeyCodeCombination(KeyCode.F11), this::proofread),
                item("plan.menu", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        this::showPagePlan),
                new SeparatorMenuItem(),
                lang);
        Menu rounds = new Menu(Messages.get("proof.gui.menu"));
        rounds.setId("proof.gui.menu");
        rounds.getItems().addAll(item("proof.gui.proofPdf", null, this::proofPdfDialog),
                item("proof.gui.compare", null, this::compareDialog),
                item("proof.gui.import", null, this::importProofDialog),
                new SeparatorMenuItem(),
                item("proof.gui.close", null, this::closeRoundDialog));
        Menu help = new Menu(Messages.get("package.about.help"));
        help.getItems().addAll(item("package.guide.menu", new KeyCodeCombination(KeyCode.F1), () -> Guide.show(stage)),
                item("package.quick.menu", null, this::showQuickStart),
                item("package.about.menu", null, () -> AboutDialog.create(stage).show()));
        MenuBar bar = new MenuBar(file, edit, view, rounds, help);
        bar.setId("menubar");
        return bar;
    }

    private static MenuItem item(String key, KeyCombination accel, Runnable action) {
        MenuItem m = new MenuItem(Messages.get(key));
        m.setId(key);
        if (accel != null) m.setAccelerator(accel);
        m.setOnAction(e -> action.run());
        return m;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem m = new MenuItem(p.toString());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> {
                if (confirmDiscard()) open(p);
            });
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void chooseLanguage(String code) {
        try {
            Files.createDirectories(services.home());
            Files.writeString(services.home().resolve("lang.txt"), code);
        } catch (java.io.IOException e) {
            error(Messages.get("error.title"), e.getMessage());
            return;
        }
        Messages.use(code);
        info(Messages.get("lang.restart"));
    }

    // ---- files -------------------------------------------------------------------------------------------

    public EditorSession session() { return session; }

    public LayoutService layout() { return layout; }

    public PreviewModel preview() { return previewModel; }

    public OutlineModel outline() { return outlineModel; }

    public ArticleEditorModel article() { return articleModel; }

    /** At start: a crashed session's recovery copy if the user wants it, else {@code dir}, the last issue, or the sample. */
    public void start(Path dir) {
        try {
            Optional<Recovery.Found> found = recovery.pending();
            if (found.isPresent() && ask(Messages.get("recovery.ask", found.get().origin() == null ? "—" : found.get().origin()))) {
                openIssue(found.get().issue(), found.get().origin(), false);
                return;
            }
        } catch (Exception e) {
            error(Messages.get("recovery.unreadable"), String.valueOf(e.getMessage()));
        }
        // the first start (no folder asked for, nothing opened before): the sample and the 快速入门 panel
        boolean first = dir == null && recent.list().isEmpty() && !QuickStart.seen(services.home());
        Path target = dir != null ? dir : recent.last();
        if (target == null && Files.isDirectory(services.sample())) target = services.sample();
        if (target != null) open(target);
        if (first) showQuickStart();
        if (firstPagesOf == null) {   // no first page to show before the rest: the whole window now
            buildPanes();
            EarlyStart.shown();   // nothing of the early start's to wait for
        }
    }

    private QuickStart quickStart;

    /** 快速入门 above the work area, until 知道了 (Help ▸ 快速入门 shows it again). */
    void showQuickStart() {
        if (quickStart != null) return;
        quickStart = new QuickStart(services.home(), this::menuItem);
        quickStart.setOnClose(() -> {
            root.setTop(menuBar);
            quickStart = null;
        });
        root.setTop(new VBox(menuBar, quickStart));
    }

    QuickStart quickStart() { return quickStart; }

    /** 编辑 ▸ 模板字体…: the template's faces per style; the issue is typeset again with the choice. */
    void fontSettings() {
        try {
            FontSettings.create(stage, cn.paiban.layout.TemplateFiles.directory(), session.folder(),
                    () -> layout.request(session.issue())).show();
        } catch (RuntimeException e) {
            error(Messages.get("package.fonts.title"), String.valueOf(e.getMessage()));
        }
    }

    MenuBar menuBarForTests() { return menuBar; }

    OutlineModel outlineForTests() { return outlineModel; }

    /** The menu item with {@code id}, in any menu. */
    MenuItem menuItem(String id) {
        java.util.ArrayDeque<MenuItem> todo = new java.util.ArrayDeque<>();
        menuBar.getMenus().forEach(todo::add);
        while (!todo.isEmpty()) {
            MenuItem m = todo.poll();
            if (id.equals(m.getId())) return m;
            if (m instanceof Menu sub) todo.addAll(sub.getItems());
        }
        return null;
    }

    /** Opens the issue folder {@code dir}; a bad folder gets a dialog that says what is wrong and where. */
    public boolean open(Path dir) {
        try {
            Issue issue = services.files().load(dir);
            StartTrace.mark("issue loaded");
            openIssue(issue, dir, true);
            recent.add(dir);
            return true;
        } catch (cn.paiban.io.IssueFormatException e) {
            error(Messages.get("error.open", dir), e.getMessage() + "\n\n" + Messages.get("error.openHint"));
        } catch (Exception e) {
            error(Messages.get("error.open", dir), String.valueOf(e.getMessage()));
        }
        return false;
    }

    private void openIssue(Issue issue, Path dir, boolean onDisk) {
        renderer = new FxRenderer(fonts, new FxImages(dir));
        previewView.setRenderer(renderer);
        thumbnails.setRenderer(renderer);
        articleModel.articleIdProperty().set(null);
        outlineModel.selectedProperty().set(null);
        previewModel.pendingProperty().set(java.util.Set.of());
        previewModel.documentProperty().set(null);   // the first pages of this issue get fitted to the window
        String marksProblem = marksModel.open(dir);   // before the session, whose new folder then finds them open
        if (marksProblem != null) error(Messages.get("proof.ui.load-failed"), marksProblem);
        firstPages(issue, dir);   // before the whole layout, which session.open asks for
        diskStamp = onDisk && dir != null ? cn.paiban.io.FolderStamp.of(dir) : null;
        session.open(issue, dir, onDisk);
        issue.allArticles().stream().findFirst().ifPresent(a -> outlineModel.selectedProperty().set(a.id()));
    }

    /** What the renderer takes to paint a frame of the window in software on two busy cores, about. */
    private static final int FRAME_MS = 250;

    /** The issue whose first pages may still be shown: until its whole layout is published (or another is opened). */
    private Issue firstPagesOf;

    /**
     * The page the window shows first, typeset before the rest of the issue (the launcher began it before the window
     * existed, {@link EarlyStart}) and shown with stand-ins for the pages still coming ({@link FirstPages}).
     */
    private void firstPages(Issue issue, Path dir) {
        int folio = FirstPages.folioInView(issue);
        if (folio <= 0 || !(services.typesetter() instanceof FolderTypesetting f)) return;
        firstPagesOf = issue;
        java.util.concurrent.CompletableFuture<cn.paiban.display.Document> early = EarlyStart.firstPages(issue, dir, folio);
        if (early == null) EarlyStart.shown();   // another issue than the launcher began: its rest must not wait
        if (early == null) {
            early = new java.util.concurrent.CompletableFuture<>();
            var done = early;
            services.worker().execute(() -> {
                try {
                    done.complete(f.first(issue, dir, folio));
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);   // the whole layout says what is wrong
                }
            });
        }
        early.whenCompleteAsync((d, e) -> showFirstPages(issue, d), services.ui());
    }

    private void showFirstPages(Issue issue, cn.paiban.display.Document ready) {
        // The pulse that laid the page out is done, but the renderer is still painting its frame (100-300 ms in
        // software on two cores): building the panes and typesetting the rest of the issue at once took the CPU it
        // needed. They wait that long first: launch → page on the screen (WindowBench) 2.46 → 1.79 s and 2.34 → 2.02 s,
        // medians of two alternated sets of 5 at load 2.
        afterPaint(() -> {
            StartTrace.threads("first page laid out");
            Runnable rest = () -> {
                buildPanes();   // the rest of the window, now that the page is on the screen
                EarlyStart.shown();
            };
            if (!async()) {
                rest.run();
                return;
            }
            var frame = new javafx.animation.PauseTransition(Duration.millis(FRAME_MS));
            frame.setOnFinished(e -> rest.run());
            frame.play();
        });
        if (ready == null || firstPagesOf != issue || session.issue() != issue) return;
        FirstPages.Partial p = FirstPages.partial(ready, issue);
        if (p.pending().size() == p.document().pages().size()) return;
        boolean first = previewModel.documentProperty().get() == null;
        previewView.batch(() -> {   // one drawing of the page, at its zoom and scrolled to it
            previewModel.pendingProperty().set(p.pending());
            previewModel.documentProperty().set(p.document());
            if (first) previewModel.fitPage(previewView.viewportWidth(), previewView.viewportHeight());
            String id = articleModel.articleIdProperty().get();
            if (id != null) showInPreview(id, -1);
        });
        StartTrace.mark("first pages shown");
    }

    private void openDialog() {
        if (!confirmDiscard()) return;
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(Messages.get("menu.open"));
        if (session.folder() != null && session.folder().getParent() != null) c.setInitialDirectory(session.folder().getParent().toFile());
        File f = c.showDialog(stage);
        if (f != null) open(issueFolderOf(f.toPath()));
    }

    /**
     * The issue a chosen folder belongs to: the folder itself, or the issue it lies in when the user went one level
     * too deep (its articles/, images/ or proofs/ folder, where the chooser's Enter easily lands).
     */
    static Path issueFolderOf(Path chosen) {
        if (java.nio.file.Files.isRegularFile(chosen.resolve("issue.json"))) return chosen;
        Path parent = chosen.toAbsolutePath().getParent();
        return parent != null && java.nio.file.Files.isRegularFile(parent.resolve("issue.json")) ? parent : chosen;
    }

    /** Saves to the issue's folder (asking for one if it has none); true when saved. */
    public boolean save() {
        if (session.folder() == null) return saveAs();
        return saveTo(session.folder());
    }

    private boolean saveAs() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(Messages.get("menu.saveAs"));
        File f = c.showDialog(stage);
        return f != null && saveTo(f.toPath());
    }

    public boolean saveTo(Path dir) {
        switch (overwrite(dir)) {
            case SAVE_AS:
                return saveAs();
            case CANCEL:
                return false;
            default:
                break;
        }
        Path marksDir = marksModel.store().issueDir();
        boolean elsewhere = marksDir != null && !dir.toAbsolutePath().normalize().equals(marksDir.toAbsolutePath().normalize());
        Path from = session.folder();
        boolean moved = from != null && !dir.toAbsolutePath().normalize().equals(from.toAbsolutePath().normalize());
        // Save As takes the proofreading and the articles' images along: copied first, kept once the issue is saved
        try (var proofs = elsewhere ? cn.paiban.io.ProofRounds.copyAside(marksDir, dir) : null;
             var images = moved ? cn.paiban.io.IssueImages.copyInto(session.issue(), from, dir) : null) {
            services.files().save(session.issue(), dir);
            if (images != null) images.commit();
            if (proofs != null) proofs.commit();
            if (elsewhere) marksModel.store().flushInto(dir);   // marks carried out with the text go where the text went
            else marksModel.store().flush();
            session.markSaved(dir);
            diskStamp = cn.paiban.io.FolderStamp.of(dir);
            recent.add(dir);
            recovery.clear();
            status.setText(Messages.get("editor.status.saved", dir.getFileName() == null ? dir : dir.getFileName(),
                    java.time.LocalTime.now().withNano(0)));
            return true;
        } catch (Exception e) {
            error(Messages.get("error.save", dir), why(e) + "\n\n" + Messages.get("error.saveHint"));
            return false;
        }
    }

    /**
     * Saving into the folder the issue came from when its files changed there since this window read or wrote them
     * (a colleague's editor on the shared drive, paiban add, paiban info): the save would overwrite their change and set
     * an article they added aside, so it asks first.
     */
    private DiskChoice overwrite(Path dir) {
        Path from = session.folder();
        if (diskStamp == null || from == null || !dir.toAbsolutePath().normalize().equals(from.toAbsolutePath().normalize())) {
            return DiskChoice.OVERWRITE;
        }
        List<String> changed = cn.paiban.io.FolderStamp.of(dir).changedSince(diskStamp);
        return changed.isEmpty() ? DiskChoice.OVERWRITE : changedOnDisk.apply(changed);
    }

    private DiskChoice askChangedOnDisk(List<String> changed) {
        ButtonType overwrite = new ButtonType(Messages.get("editor.disk.overwrite"), ButtonBar.ButtonData.OTHER);
        ButtonType saveAs = new ButtonType(Messages.get("menu.saveAs"), ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        List<String> shown = changed.size() > 8 ? changed.subList(0, 8) : changed;
        String names = String.join("\n", shown) + (changed.size() > shown.size() ? "\n" + Messages.get("editor.disk.more",
                changed.size() - shown.size()) : "");
        Alert a = new Alert(Alert.AlertType.WARNING, Messages.get("editor.disk.changed", changed.size(), names), overwrite, saveAs, cancel);
        if (stage.isShowing()) a.initOwner(stage);
        a.setTitle(Messages.get("menu.save"));
        a.setHeaderText(Messages.get("editor.disk.header"));
        ButtonType b = a.showAndWait().orElse(cancel);
        return b == overwrite ? DiskChoice.OVERWRITE : b == saveAs ? DiskChoice.SAVE_AS : DiskChoice.CANCEL;
    }

    /**
     * File ▸ 新建期刊: the issue after the open one (or after the sample), as {@code paiban new} makes it, in a folder
     * the editor chooses; then it is opened. The same refusals as the command: the folder must be empty.
     */
    private void newIssue() {
        if (!confirmDiscard()) return;
        Issue base = session.issue();
        Path like = session.folder();
        try {
            if (base == null) {
                like = services.sample();
                base = services.files().load(like);
            }
        } catch (Exception e) {
            error(Messages.get("error.title"), Messages.get("error.noTemplate", e.getMessage()));
            return;
        }
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(Messages.get("import.menu.newIssue"));
        File f = c.showDialog(stage);
        if (f == null) return;
        if (newIssueIn(base, like, f.toPath())) {
            var j = session.issue().journal();
            info(Messages.get("import.new.done", f, j.name(), j.year(), j.issueNumber(), j.totalNumber(), session.issue().sections().size(),
                    session.issue().notices().size(), session.issue().plan().templatePages().size())
                    + (session.issue().plan().pages() == null ? "" : "\n" + Messages.get("import.new.pages", session.issue().plan().pages()))
                    + "\n" + Messages.get("import.new.noDateHint"));
        }
    }

    /** Makes the next issue of {@code base} in {@code dir} and opens it; false (after saying why) when it cannot. */
    public boolean newIssueIn(Issue base, Path like, Path dir) {
        try {
            cn.paiban.manuscript.NewIssueFolder.create(base, like, dir, null, null);
        } catch (java.io.IOException | RuntimeException e) {
            error(Messages.get("error.title"), String.valueOf(e.getMessage()));
            return false;
        }
        return open(dir);
    }

    /** A new issue on the pattern of {@code base}: what {@code paiban new} makes (the next number, no articles). */
    static Issue fromTemplate(Issue base) {
        return cn.paiban.edit.NextIssue.from(base, null, null);
    }

    /** 导入稿件…: Word or text manuscripts into the selected section, as {@code paiban add} does. */
    private void importManuscripts() {
        if (session.issue() == null) return;
        FileChooser c = new FileChooser();
        c.setTitle(Messages.get("import.menu.importManuscripts"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("import.gui.fileTypes"), "*.docx", "*.doc", "*.txt", "*.wps"));
        List<File> files = c.showOpenMultipleDialog(stage);
        if (files == null || files.isEmpty()) return;
        importManuscripts(files.stream().map(File::toPath).toList(), null);
    }

    /** Imports {@code files} onto the outline row {@code rowId} and shows what was made and guessed. */
    public void importManuscripts(List<Path> files, String rowId) {
        try {
            var batch = outlineModel.importManuscripts(files, rowId, this::askRevisions);
            if (batch == null) return;
            String text = batch.report() + Messages.get("import.add.summaryLine", batch.results().size(), batch.refused().size(), batch.sectionTitle());
            Alert a = new Alert(batch.refused().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
            a.initOwner(stage);
            a.setTitle(Messages.get("import.menu.importManuscripts"));
            a.setHeaderText(Messages.get("import.add.summaryLine", batch.results().size(), batch.refused().size(), batch.sectionTitle()));
            javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(text);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefSize(720, 360);
            area.setId("import-report");
            a.getDialogPane().setContent(area);
            a.show();
        } catch (cn.paiban.manuscript.ManuscriptBatch.SectionNotChosen e) {
            error(Messages.get("import.menu.importManuscripts"), e.getMessage() + Messages.get("import.gui.sectionHint"));
        } catch (java.io.IOException | RuntimeException e) {
            error(Messages.get("import.menu.importManuscripts"), String.valueOf(e.getMessage()));
        }
    }

    /** Manuscripts that have articles' titles already: 替换原文 (revised manuscripts) or 另作新文章, as paiban add --replace / --keep-both. */
    private OutlineModel.RevisionChoice askRevisions(cn.paiban.manuscript.ManuscriptBatch batch) {
        ButtonType replace = new ButtonType(Messages.get("import.gui.revision.replace"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(Messages.get("import.gui.revision.keepBoth"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("import.gui.revision.text", batch.revisionsRefused()), replace, keep, cancel);
        // no answer on Enter: an Enter that opened the file in the chooser must not choose here too
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        if (stage.isShowing()) a.initOwner(stage);
        a.setTitle(Messages.get("import.menu.importManuscripts"));
        a.setHeaderText(Messages.get("import.gui.revision.header"));
        ButtonType b = a.showAndWait().orElse(cancel);
        return b == replace ? OutlineModel.RevisionChoice.REPLACE : b == keep ? OutlineModel.RevisionChoice.KEEP_BOTH
                : OutlineModel.RevisionChoice.CANCEL;
    }

    private void importText() {
        if (!confirmDiscard()) return;
        FileChooser c = new FileChooser();
        c.setTitle(Messages.get("menu.importText"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.text"), "*.txt"));
        File f = c.showOpenDialog(stage);
        if (f == null) return;
        try {
            List<String> warnings = new java.util.ArrayList<>();
            openIssue(services.importer().importText(f.toPath(), warnings::add), null, false);
            warnings.forEach(this::info);
        } catch (Exception e) {
            error(Messages.get("error.import", f), String.valueOf(e.getMessage()));
        }
    }

    private void undo() {
        session.seal();
        session.undo();
    }

    private void redo() {
        session.redo();
    }

    /** Asks before unsaved changes are lost; true when it is fine to go on. */
    private boolean confirmDiscard() {
        if (!session.isDirty()) return true;
        ButtonType save = new ButtonType(Messages.get("dialog.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("dialog.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("dialog.unsaved"), save, discard, cancel);
        a.initOwner(stage);
        a.setHeaderText(null);
        ButtonType b = a.showAndWait().orElse(cancel);
        if (b == save) return save();
        return b == discard;
    }

    /** Writes the recovery copy when there is something to lose. */
    public void autosave() {
        Issue i = session.issue();
        if (i == null || !session.isDirty()) return;
        Path origin = session.folder();
        services.worker().execute(() -> {
            try {
                recovery.save(i, origin);
            } catch (Exception e) {
                services.ui().execute(() -> status.setText(Messages.get("status.autosaveFailed", e.getMessage())));
            }
        });
    }

    private void shutdown() {
        autosave.stop();
        try {
            recovery.clear();
        } catch (java.io.IOException ignored) {
            // A stale recovery copy is offered at the next start; the user can decline it.
        }
    }

    // ---- export -----------------------------------------------------------------------------------------

    /** What the last export asked for (付印: PDF/X-1a, crop marks); the next one offers the same. */
    private cn.paiban.render.pdf.PdfOptions exportOptions = cn.paiban.render.pdf.PdfOptions.DEFAULT;

    private void exportDialog() {
        Optional<cn.paiban.render.pdf.PdfOptions> chosen = ExportOptionsDialog.ask(stage, exportOptions);
        if (chosen.isEmpty()) return;
        exportOptions = chosen.get();
        FileChooser c = new FileChooser();
        c.setTitle(Messages.get("menu.exportPdf"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        if (session.folder() != null) c.setInitialDirectory(session.folder().toFile());
        c.setInitialFileName(Optional.ofNullable(session.folder()).map(p -> p.getFileName() + ".pdf").orElse("issue.pdf"));
        File f = c.showSaveDialog(stage);
        if (f != null) export(f.toPath(), false, exportOptions);
    }

    private void coverDialog() {
        if (session.issue() == null) return;
        FileChooser c = new FileChooser();
        c.setTitle(Messages.get("editor.cover.menu"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        if (session.folder() != null) c.setInitialDirectory(session.folder().toFile());
        c.setInitialFileName(Optional.ofNullable(session.folder()).map(p -> p.getFileName() + "-" + Messages.get("editor.cover.name") + ".pdf")
                .orElse("cover.pdf"));
        File f = c.showSaveDialog(stage);
        if (f != null) exportCover(f.toPath());
    }

    /** 导出封面 PDF…: the cover alone, as {@code paiban cover} writes it ({@link cn.paiban.typeset.CoverPdf}), on the worker thread. */
    public Task<List<String>> exportCover(Path target) {
        Issue issue = session.issue();
        Path dir = session.folder();
        Task<List<String>> task = new Task<>() {
            @Override
            protected List<String> call() throws Exception {
                cn.paiban.typeset.ExportTarget.check(target, dir, false);   // never over the issue's own files
                return cn.paiban.typeset.CoverPdf.write(issue, dir, cn.paiban.layout.TemplateFiles.directory(), target);
            }
        };
        task.setOnSucceeded(e -> {
            List<String> warnings = task.getValue();
            status.setText(Messages.get("editor.cover.done", target) + (warnings.isEmpty() ? "" : Messages.get("editor.export.warned", warnings.size())));
            if (!warnings.isEmpty()) warn(Messages.get("editor.export.warnings", target), String.join("\n", warnings));
        });
        task.setOnFailed(e -> error(Messages.get("export.failed", target), why(task.getException()) + "\n\n" + Messages.get("export.failedHint")));
        status.setText(Messages.get("editor.cover.writing"));
        services.worker().execute(task);
        return task;
    }

    /** Exports the current issue to {@code target} on the worker thread, with a progress dialog that can cancel it. */
    public Task<Path> export(Path target) {
        return export(target, false);
    }

    /**
     * Exports as {@code paiban export} does: through {@link cn.paiban.typeset.ExportGate}, so an issue with errors is
     * refused, the errors are named, and 仍然导出 ({@code force}, the CLI's --force) is a second, deliberate step.
     */
    public Task<Path> export(Path target, boolean force) {
        return export(target, force, cn.paiban.render.pdf.PdfOptions.DEFAULT);
    }

    /** As above with the printer's options: {@code paiban export --pdfx --crop-marks}. */
    public Task<Path> export(Path target, boolean force, cn.paiban.render.pdf.PdfOptions options) {
        Issue issue = session.issue();
        Path dir = session.folder();
        LayoutResult known = layout.laidOutProperty().get() == issue ? layout.result() : null;
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                cn.paiban.typeset.ExportTarget.check(target, dir, false);   // never over the issue's own files
                updateMessage(Messages.get("export.typesetting"));
                LayoutResult r = known != null ? known : services.typesetter().apply(issue);
                if (isCancelled()) throw new CancellationException();
                forcedErrors = cn.paiban.typeset.ExportGate.check(r, force).size();
                updateMessage(Messages.get("export.writing"));
                exportWarnings = ExportJob.export(services.pdf(), r.document(), dir, options, target, new Services.Progress() {
                    @Override
                    public void update(int done, int total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
                return target;
            }
        };
        Stage dialog = progressDialog(task);
        task.setOnSucceeded(e -> {
            dialog.close();
            String done = forcedErrors > 0 ? Messages.get("editor.export.doneForced", target, forcedErrors)
                    : Messages.get("export.done", target);
            if (options.pdfx()) done += Messages.get("editor.export.pdfxDone");
            if (!exportWarnings.isEmpty()) {
                done += Messages.get("editor.export.warned", exportWarnings.size());
                warn(Messages.get("editor.export.warnings", target), String.join("\n", exportWarnings));
            }
            status.setText(done);
        });
        task.setOnCancelled(e -> {
            dialog.close();
            status.setText(Messages.get("export.cancelled"));
        });
        task.setOnFailed(e -> {
            dialog.close();
            Throwable t = task.getException();
            if (t instanceof cn.paiban.typeset.ExportGate.Refused refused) {
                exportRefused(target, refused.errors());
            } else {
                error(Messages.get("export.failed", target), why(t) + "\n\n" + Messages.get("export.failedHint"));
            }
        });
        dialog.show();
        services.worker().execute(task);
        return task;
    }

    // ---- proof rounds: 输出校样, 与上一校次比较, 结束本校次 (the same code as paiban proof and paiban diff) -----------------

    /** The issue's folder and current round, or null after saying why there is none. */
    private int[] roundOrSay() {
        if (session.folder() == null) {
            error(Messages.get("proof.gui.menu"), Messages.get("proof.gui.no-folder"));
            return null;
        }
        try {
            return new int[] {RoundJobs.currentRound(session.folder())};
        } catch (java.io.IOException | cn.paiban.io.IssueFormatException e) {
            error(Messages.get("proof.gui.menu"), e.getMessage());
            return null;
        }
    }

    private void proofPdfDialog() {
        int[] round = roundOrSay();
        if (round == null) return;
        roundPdfDialog("proof.gui.proofPdf", cn.paiban.proof.RoundNames.proof(round[0]), this::writeProof);
    }

    /** 输出校样: the proof PDF of the current round with its open marks as annotations, on the worker thread. */
    public Task<String> writeProof(Path target) {
        return roundTask((issue, known, dir, marks, round) -> RoundJobs.writeProof(services, issue, known, dir, marks, round, target), false);
    }

    private void compareDialog() {
        int[] round = roundOrSay();
        if (round == null) return;
        if (round[0] < 2) {
            info(Messages.get("proof.gui.no-closed-round"));
            return;
        }
        roundPdfDialog("proof.gui.compare", Messages.get("proof.gui.compare-file", cn.paiban.proof.RoundNames.round(round[0] - 1)),
                this::compareWithLastRound);
    }

    /** 与上一校次比较: the last closed round's snapshot against the issue now; the report in a dialog, the diff PDF in {@code target}. */
    public Task<String> compareWithLastRound(Path target) {
        return roundTask((issue, known, dir, marks, round) -> RoundJobs.compare(services, issue, known, dir, marks, round - 1, target), true);
    }

    /**
     * 导入校样批注: a proof PDF the proofreader marked in Acrobat or 福昕 read into the marks, as {@code paiban proof-import}
     * does. Unsaved edits are saved first: the marks are anchored to the text as the issue's files hold it.
     */
    private void importProofDialog() {
        int[] round = roundOrSay();
        if (round == null) return;
        if (session.isDirty() && !save()) return;
        FileChooser c = new FileChooser();
        c.setTitle(Messages.get("proof.gui.import"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"));
        c.setInitialDirectory(session.folder().toFile());
        File f = c.showOpenDialog(stage);
        if (f == null) return;
        askAndImport(f.toPath(), round[0], null);
    }

    /** Asks for the round and reader, then imports; {@code problem} (else null) is why it asks again. */
    private void askAndImport(Path pdf, int current, String problem) {
        ProofImportDialog.ask(stage, pdf.getFileName().toString(), current, problem).ifPresent(ch -> importProof(pdf, ch.round(), ch.reader(), current));
    }

    /** Reads the marked proof {@code pdf} as marks of {@code round} (all {@code reader}'s unless null), on the worker thread. */
    public Task<String> importProof(Path pdf, int round, String reader) { return importProof(pdf, round, reader, round); }

    private Task<String> importProof(Path pdf, int round, String reader, int current) {
        Task<String> t = roundTask((issue, known, dir, marks, now) -> {
            byte[] bytes = cn.paiban.proof.ProofImportJob.read(pdf);
            LayoutResult r = known != null ? known : services.typesetter().apply(issue);
            return String.join("\n", cn.paiban.proof.ProofImportJob.run(dir, bytes, pdf, r.document(), issue, round, reader,
                    java.time.Instant.now()).report());
        }, true, failure -> {
            if (!(failure instanceof cn.paiban.proof.ProofImport.NoAuthor n)) return false;
            askAndImport(pdf, current, Messages.get("proof.gui.import-no-author", n.count()));   // the name, then again
            return true;
        });
        t.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            String problem = marksModel.reload();
            if (problem != null) error(Messages.get("proof.gui.import"), problem);
        });
        return t;
    }

    /** Asks where to write a PDF of the rounds (titled {@code titleKey}): in the issue's folder, named ISSUE-{@code stem}.pdf. */
    private void roundPdfDialog(String titleKey, String stem, java.util.function.Consumer<Path> then) {
        FileChooser c = new FileChooser();
        c.setTitle(Messages.get(titleKey));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        c.setInitialDirectory(session.folder().toFile());
        c.setInitialFileName(session.folder().getFileName() + "-" + stem + ".pdf");
        File f = c.showSaveDialog(stage);
        if (f != null) then.accept(f.toPath());
    }

    /** A job on the rounds: the issue as it is, its layout when current (else null), folder, marks and current round. */
    private interface RoundJob {
        String run(Issue issue, LayoutResult known, Path dir, cn.paiban.proof.Marks marks, int round) throws Exception;
    }

    /** Runs {@code job} on the worker thread behind a progress dialog; its last line in the status bar, all of it in a dialog for {@code report}. */
    private Task<String> roundTask(RoundJob job, boolean report) { return roundTask(job, report, failure -> false); }

    /** As above; a failure {@code handled} answers true for is its caller's to show. */
    private Task<String> roundTask(RoundJob job, boolean report, java.util.function.Predicate<Throwable> handled) {
        Issue issue = session.issue();
        Path dir = session.folder();
        LayoutResult known = layout.laidOutProperty().get() == issue ? layout.result() : null;
        cn.paiban.proof.Marks marks = marksModel.store().marks();
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage(Messages.get("export.typesetting"));
                return job.run(issue, known, dir, marks, RoundJobs.currentRound(dir));
            }
        };
        Stage dialog = progressDialog(task);
        task.setOnSucceeded(e -> {
            dialog.close();
            String said = task.getValue();
            status.setText(said.lines().reduce((a, b) -> b).orElse(said));
            if (report) info(said);
        });
        task.setOnFailed(e -> {
            dialog.close();
            if (!handled.test(task.getException())) error(Messages.get("proof.gui.failed"), String.valueOf(task.getException().getMessage()));
        });
        task.setOnCancelled(e -> dialog.close());
        dialog.show();
        services.worker().execute(task);
        return task;
    }

    private void closeRoundDialog() {
        int[] round = roundOrSay();
        if (round == null) return;
        String open = cn.paiban.proof.OpenMarks.atClose(marksModel.store().marks(), round[0]);
        String question = Messages.get("proof.gui.close-ask", cn.paiban.proof.RoundNames.round(round[0]),
                cn.paiban.proof.RoundNames.round(round[0] + 1));
        if (!ask(open == null ? question : open + "\n\n" + question)) return;
        closeRound(round[0]);
    }

    /**
     * 结束本校次: saves unsaved edits first (the snapshot is what the issue's files say), then closes {@code round} as
     * {@code paiban proof --close} does, with its refusals; returns what the status line says.
     */
    public String closeRound(int round) {
        if (session.isDirty() && !save()) return status.getText();
        try {
            status.setText(RoundJobs.closeRound(session.folder(), round));
        } catch (cn.paiban.io.ProofRounds.Refused e) {
            error(Messages.get("proof.gui.close"), e.getMessage());
            status.setText(e.getMessage());
        } catch (java.io.IOException | cn.paiban.io.IssueFormatException e) {
            error(Messages.get("proof.gui.close"), e.getMessage());
            status.setText(e.getMessage());
        }
        return status.getText();
    }

    /** Errors of the last export that went ahead anyway (仍然导出); read on the UI thread once it succeeded. */
    private volatile int forcedErrors;
    /** What the renderer warned of in the last export; read on the UI thread once it succeeded. */
    private volatile List<String> exportWarnings = List.of();

    /** The export was refused: which errors, and 仍然导出 as a second step. Not modal-blocking: the answer comes back here. */
    private void exportRefused(Path target, List<Finding> errors) {
        status.setText(Messages.get("editor.export.refusedStatus", errors.size()));
        ButtonType anyway = new ButtonType(Messages.get("editor.export.anyway"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.WARNING, null, anyway, cancel);
        if (stage.isShowing()) a.initOwner(stage);
        a.setTitle(Messages.get("menu.exportPdf"));
        a.setHeaderText(Messages.get("editor.export.refused", errors.size()));
        StringBuilder text = new StringBuilder();
        LayoutResult shown = new LayoutResult(new cn.paiban.display.Document("", "", null, List.of()), errors, java.util.Map.of());
        for (PreflightModel.Row row : PreflightModel.rows(shown, null)) {
            String title = row.finding().articleId() == null || session.issue() == null ? ""
                    : session.issue().article(row.finding().articleId()).map(x -> "《" + x.title().strip() + "》")
                    .filter(t -> !row.finding().message().contains(t)).orElse("");
            text.append(row.label().replace(" — ", " — " + title)).append('\n');
        }
        text.append('\n').append(Messages.get("editor.export.hint"));
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(text.toString());
        area.setId("export-errors");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(640, 240);
        a.getDialogPane().setContent(area);
        a.getDialogPane().setId("export-refused");
        a.getDialogPane().lookupButton(anyway).setId("export-anyway");
        a.getDialogPane().lookupButton(cancel).setId("export-refused-cancel");
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(cancel)).setDefaultButton(true);   // Enter never forces
        a.resultProperty().addListener((o, was, b) -> {
            if (b == anyway) export(target, true);
        });
        a.show();
    }

    private Stage progressDialog(Task<?> task) {
        Stage d = new Stage();
        d.initOwner(stage);
        d.initModality(Modality.WINDOW_MODAL);
        d.setTitle(Messages.get("menu.exportPdf"));
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        Label msg = new Label();
        msg.textProperty().bind(task.messageProperty());
        javafx.scene.control.Button cancel = new javafx.scene.control.Button(Messages.get("dialog.cancel"));
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> task.cancel());
        VBox box = new VBox(10, msg, bar, cancel);
        box.setPadding(new Insets(16));
        d.setScene(new Scene(box));
        d.setOnCloseRequest(e -> task.cancel());
        return d;
    }

    // ---- outline edits, looked at before they happen ------------------------------------------------------

    /** Typesets what an outline edit would make (on the worker) and does it, asks, or says why not (cn.paiban.plan.EditReview). */
    private final class ReviewingGuard implements OutlineModel.Guard {
        @Override
        public boolean move(cn.paiban.edit.MoveArticle move) {
            Issue i = session.issue();
            return review(t -> cn.paiban.plan.EditReview.move(i, move, t));
        }

        @Override
        public boolean move(cn.paiban.edit.MoveSection move) {
            Issue i = session.issue();
            return review(t -> cn.paiban.plan.EditReview.move(i, move, t));
        }

        @Override
        public boolean edit(cn.paiban.edit.EditCommand command) {
            Issue i = session.issue();
            return review(t -> cn.paiban.plan.EditReview.edit(i, command, t));
        }
    }

    private boolean review(java.util.function.Function<java.util.function.Function<Issue, LayoutResult>, cn.paiban.plan.EditReview.Review> how) {
        Issue at = session.issue();
        if (at == null) return false;
        LayoutResult known = layout.laidOutProperty().get() == at ? layout.result() : null;
        java.util.function.Function<Issue, LayoutResult> t = i -> i == at && known != null ? known : typeset.apply(i);
        status.setText(Messages.get("editor.review.checking"));
        services.worker().execute(() -> {
            cn.paiban.plan.EditReview.Review r;
            try {
                r = how.apply(t);   // the worker typesets; the issue was read on the UI thread
            } catch (RuntimeException e) {
                r = new cn.paiban.plan.EditReview.Review(List.of(), null, String.valueOf(e.getMessage()));
            }
            cn.paiban.plan.EditReview.Review done = r;
            services.ui().execute(() -> decide(at, done));
        });
        return true;
    }

    private void decide(Issue at, cn.paiban.plan.EditReview.Review r) {
        updateStatus();
        if (session.issue() != at) {
            session.refuse(Messages.get("editor.review.stale"));
            return;
        }
        if (r.refused()) {
            session.refuse(r.refusal());
            Alert a = new Alert(Alert.AlertType.WARNING, r.refusal(), ButtonType.OK);
            if (stage.isShowing()) a.initOwner(stage);
            a.setTitle(Messages.get("editor.move.title"));
            a.setHeaderText(null);
            a.show();
            return;
        }
        cn.paiban.plan.EditReview.Option chosen = r.needsAsking() ? askMove(at, r) : r.recommended();
        if (chosen != null) session.execute(chosen.command());
    }

    /** "起始页 18 固定 — 保留固定页 / 随文章移动 / 取消", each reading with what it would do and cause. */
    private cn.paiban.plan.EditReview.Option askMove(Issue before, cn.paiban.plan.EditReview.Review r) {
        StringBuilder text = new StringBuilder();
        List<ButtonType> buttons = new java.util.ArrayList<>();
        java.util.Map<ButtonType, cn.paiban.plan.EditReview.Option> byButton = new java.util.HashMap<>();
        for (cn.paiban.plan.EditReview.Option o : r.options()) {
            String label = Messages.get(switch (o.choice()) {
                case KEEP_PINS -> "editor.move.keep";
                case FOLLOW -> "editor.move.follow";
                case AS_IS -> "editor.move.anyway";
            });
            ButtonType b = new ButtonType(label, buttons.isEmpty() ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER);
            buttons.add(b);
            byButton.put(b, o);
            if (text.length() > 0) text.append("\n\n");
            if (r.options().size() == 1 && r.question() == null) {
                // one way only (仍然移动): the header says 这一改动会造成：, the button what to do; the text just lists it
                o.warnings().forEach(w -> text.append(text.length() > 0 ? "\n" : "").append("· ").append(w));
                continue;
            }
            text.append(label).append("：");
            if (o.choice() == cn.paiban.plan.EditReview.Choice.KEEP_PINS) text.append(Messages.get("editor.move.keepHint"));
            else if (o.choice() == cn.paiban.plan.EditReview.Choice.FOLLOW) text.append(Messages.get("editor.move.followHint", startChanges(before, o.after())));
            if (!o.warnings().isEmpty()) {
                text.append("\n").append(Messages.get("editor.move.warn"));
                o.warnings().forEach(w -> text.append("\n  · ").append(w));
            }
        }
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.add(cancel);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text.toString(), buttons.toArray(ButtonType[]::new));
        if (stage.isShowing()) a.initOwner(stage);
        a.setTitle(Messages.get("editor.move.title"));
        a.setHeaderText(r.question() != null ? r.question() : Messages.get("editor.move.warn"));
        a.getDialogPane().setId("move-dialog");
        for (var e : byButton.entrySet()) {
            a.getDialogPane().lookupButton(e.getKey()).setId("move-" + e.getValue().choice().name().toLowerCase(java.util.Locale.ROOT));
        }
        a.getDialogPane().lookupButton(cancel).setId("move-cancel");
        a.getDialogPane().setMinWidth(520);
        return byButton.get(a.showAndWait().orElse(cancel));
    }

    /** 《山西朔州…》从第 15 页起、《农牧融合发展…》从第 20 页起 */
    private static String startChanges(Issue before, Issue after) {
        List<String> parts = new java.util.ArrayList<>();
        for (var a : after.allArticles()) {
            Integer was = before.plan().entry(a.id()).map(PagePlan.Entry::startPage).orElse(null);
            Integer now = after.plan().entry(a.id()).map(PagePlan.Entry::startPage).orElse(null);
            if (java.util.Objects.equals(was, now)) continue;
            parts.add(now == null ? Messages.get("editor.move.followsOn", a.title().strip())
                    : Messages.get("editor.move.startsOn", a.title().strip(), now));
        }
        return String.join("、", parts);
    }

    // ---- proofreading -------------------------------------------------------------------------------------

    private void proofread() {
        // the whole issue: never the stand-ins of pages still being typeset
        if (previewModel.documentProperty().get() == null || layout.result() == null) return;
        new ProofreadingStage(layout.result().document(), renderer, previewModel.pageProperty().get(),
                new ProofreadingStage.Marking(marksModel, fonts, session::issue, session::execute, this::undo, this::redo)).show();
    }

    // ---- dialogs ------------------------------------------------------------------------------------------

    private void error(String header, String text) { alert(Alert.AlertType.ERROR, header, text); }

    private void warn(String header, String text) { alert(Alert.AlertType.WARNING, header, text); }

    private void alert(Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type, text, ButtonType.OK);
        if (stage.getScene() != null && stage.isShowing()) a.initOwner(stage);
        a.setHeaderText(header);
        a.setTitle(Messages.get("error.title"));
        a.show();
    }

    /** A failure in the user's words: a write refused for want of permission or space says so, in their language. */
    private static String why(Throwable t) {
        return cn.paiban.i18n.WriteFailure.describe(t);
    }

    private void info(String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.setHeaderText(null);
        a.show();
    }

    private boolean ask(String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.YES, ButtonType.NO);
        a.setHeaderText(null);
        return a.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }
}
