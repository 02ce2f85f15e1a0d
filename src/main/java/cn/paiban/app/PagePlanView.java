package cn.paiban.app;

import cn.paiban.i18n.Msg;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import cn.paiban.plan.PagePlanner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Font;

/**
 * 页面规划: all pages as small spreads (page 1 alone on the right), each article's span in its colour, its start
 * named, jumps drawn as arrows from the 下转 page to the 上接 page, lines over (red) or free (amber) marked where
 * an article ends. Drag an article's start (its name) onto another page to move it; 自动规划 runs the planner.
 * Each change is one undo step of the editor.
 */
public final class PagePlanView extends BorderPane {
    static final double PAGE_W = 74;
    static final double PAGE_H = 104;

    private final PagePlanModel model;
    private final Function<Issue, PagePlanner.Proposal> planner;
    private final Executor worker;
    private final Executor ui;
    private final FlowPane spreads = new FlowPane(18, 14);
    private final Pane arrows = new Pane();
    private final Label status = new Label();
    private final Button auto = new Button(Msg.get("plan.view.auto"));
    private final Map<Integer, Node> pageNodes = new HashMap<>();
    private LayoutResult result;
    private List<PagePlanModel.PageCell> cells = List.of();
    private String dragging;
    /** The issue 自动规划 made, while its status line stands. */
    private Issue planned;

    /** {@code planner}: the issue → a proposal (null: 自动规划 is off); run on {@code worker}, applied on {@code ui}. */
    public PagePlanView(PagePlanModel model, EditorSession session, Function<Issue, PagePlanner.Proposal> planner,
                        Executor worker, Executor ui) {
        this.model = model;
        this.planner = planner;
        this.worker = worker;
        this.ui = ui;
        setId("page-plan-view");
        auto.setId("plan-auto");
        auto.setDisable(planner == null);
        auto.setOnAction(e -> autoPlan(session));
        status.setId("plan-status");
        HBox bar = new HBox(10, auto, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        setTop(bar);
        spreads.setPadding(new Insets(12));
        arrows.setMouseTransparent(true);
        arrows.setManaged(false);
        StackPane content = new StackPane(spreads, arrows) {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                drawArrows();
            }
        };
        StackPane.setAlignment(spreads, Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        session.issueProperty().addListener((o, a, b) -> {
            // what 自动规划 said is about the plan it made: an undo, a drag or any other edit ends it (it said 可撤销
            // after the undo it invited, as if the plan were still there)
            if (b != planned) {
                planned = null;
                status.setText("");
            }
            rebuild();
        });
        rebuild();
    }

    /** Shows the pages of a new layout. */
    public void show(LayoutResult r) {
        this.result = r;
        rebuild();
    }

    /** The page node of a folio (tests, drops). */
    Node pageNode(int folio) { return pageNodes.get(folio); }

    private void autoPlan(EditorSession session) {
        Issue issue = session.issue();
        if (planner == null || issue == null) return;
        auto.setDisable(true);
        status.setText(Msg.get("plan.view.planning"));
        worker.execute(() -> {
            PagePlanner.Proposal p;
            try {
                p = planner.apply(issue);
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    auto.setDisable(false);
                    status.setText(Msg.get("plan.view.failed", e.getMessage() == null ? e.toString() : e.getMessage()));
                });
                return;
            }
            PagePlanner.Proposal proposal = p;
            ui.execute(() -> {
                auto.setDisable(false);
                if (session.issue() != issue) { // edited meanwhile: the proposal is for an older issue
                    status.setText(Msg.get("plan.view.stale"));
                    return;
                }
                model.apply(proposal.plan());
                planned = session.issue();
                status.setText(proposal.fits()
                        ? Msg.get("plan.view.done", proposal.usedPages(), proposal.lastPage(), proposal.jumped().size())
                        : Msg.get("plan.view.over", proposal.usedPages(), proposal.lastPage(), proposal.unfitted().size()));
            });
        });
    }

    private void rebuild() {
        cells = model.pages(result);
        pageNodes.clear();
        spreads.getChildren().clear();
        if (cells.isEmpty()) return;
        int first = cells.get(0).folio();
        // page 1 (odd) stands alone on the right; then even|odd pairs
        HBox spread = new HBox(1);
        spread.getChildren().add(blank());
        for (PagePlanModel.PageCell c : cells) {
            if (c.folio() % 2 == 0 && c.folio() != first && !spread.getChildren().isEmpty()) {
                spreads.getChildren().add(spread);
                spread = new HBox(1);
            }
            spread.getChildren().add(page(c));
        }
        spreads.getChildren().add(spread);
        requestLayout();
    }

    private Region blank() {
        Region r = new Region();
        r.setPrefSize(PAGE_W, PAGE_H);
        r.setMinSize(PAGE_W, PAGE_H);
        return r;
    }

    static Color colour(int i) {
        return Color.hsb((i * 67) % 360, 0.45, 0.95);
    }

    private Node page(PagePlanModel.PageCell c) {
        VBox bands = new VBox();
        bands.setPrefSize(PAGE_W, PAGE_H - 14);
        if (c.template() != null) {
            Label t = new Label(c.templateTitle());
            t.setFont(Font.font(8));
            t.setWrapText(true);
            t.setMaxSize(PAGE_W, Double.MAX_VALUE);
            t.setBackground(new Background(new BackgroundFill(Color.gray(0.85), CornerRadii.EMPTY, Insets.EMPTY)));
            VBox.setVgrow(t, Priority.ALWAYS);
            bands.getChildren().add(t);
        }
        for (PagePlanModel.Span s : c.spans()) {
            VBox band = new VBox(1);
            band.setPadding(new Insets(1, 2, 1, 2));
            band.setMaxSize(PAGE_W, Double.MAX_VALUE);
            band.setBackground(new Background(new BackgroundFill(colour(s.colour()), CornerRadii.EMPTY, Insets.EMPTY)));
            VBox.setVgrow(band, Priority.ALWAYS);
            if (s.start()) {
                Label name = new Label(s.title());
                name.setId("plan-start-" + s.articleId());
                name.setFont(Font.font(8));
                name.setWrapText(true);
                name.setMaxWidth(PAGE_W - 4);
                name.setStyle("-fx-font-weight: bold; -fx-cursor: hand;");
                name.setTooltip(new Tooltip(Msg.get("plan.view.dragHint", s.title())));
                name.setOnMousePressed(e -> dragging = s.articleId());
                name.setOnMouseReleased(e -> {
                    String id = dragging;
                    dragging = null;
                    Integer to = pageAt(e.getSceneX(), e.getSceneY());
                    if (id != null && to != null && to != c.folio()) model.moveStart(id, to);
                });
                band.getChildren().add(name);
            }
            if (s.jumpFrom() != null) band.getChildren().add(mark(Msg.get("plan.view.from", s.jumpFrom()), Color.BLACK));
            if (s.jumpTo() != null) band.getChildren().add(mark(Msg.get("plan.view.to", s.jumpTo()), Color.BLACK));
            if (s.over() > 0) band.getChildren().add(mark(Msg.get("plan.view.overMark", s.over()), Color.web("#c01818")));
            if (s.free() > 0) band.getChildren().add(mark(Msg.get("plan.view.freeMark", s.free()), Color.web("#a05a00")));
            bands.getChildren().add(band);
        }
        Label folio = new Label(String.valueOf(c.folio()));
        folio.setFont(Font.font(9));
        VBox page = new VBox(bands, folio);
        page.setAlignment(Pos.TOP_CENTER);
        page.setId("plan-page-" + c.folio());
        page.setPrefSize(PAGE_W, PAGE_H);
        page.setMinSize(PAGE_W, PAGE_H);
        page.setMaxSize(PAGE_W, PAGE_H);
        page.setBorder(new Border(new BorderStroke(Color.gray(0.4), BorderStrokeStyle.SOLID, CornerRadii.EMPTY,
                new BorderWidths(1))));
        page.setBackground(new Background(new BackgroundFill(Color.WHITE, CornerRadii.EMPTY, Insets.EMPTY)));
        pageNodes.put(c.folio(), page);
        return page;
    }

    private static Label mark(String text, Color colour) {
        Label l = new Label(text);
        l.setFont(Font.font(8));
        l.setTextFill(colour);
        return l;
    }

    /** The folio of the page under a scene point, or null. */
    Integer pageAt(double sceneX, double sceneY) {
        for (var e : pageNodes.entrySet()) {
            Bounds b = e.getValue().localToScene(e.getValue().getBoundsInLocal());
            if (b.contains(sceneX, sceneY)) return e.getKey();
        }
        return null;
    }

    /** A curved arrow from each 下转 page to the page its rest continues on. */
    private void drawArrows() {
        arrows.getChildren().clear();
        for (PagePlanModel.PageCell c : cells) {
            for (PagePlanModel.Span s : c.spans()) {
                if (s.jumpTo() == null) continue;
                Node from = pageNodes.get(c.folio());
                Node to = pageNodes.get(s.jumpTo());
                if (from == null || to == null) continue;
                Bounds a = arrows.sceneToLocal(from.localToScene(from.getBoundsInLocal()));
                Bounds b = arrows.sceneToLocal(to.localToScene(to.getBoundsInLocal()));
                double x1 = a.getCenterX();
                double y1 = a.getMaxY() - 8;
                double x2 = b.getCenterX();
                double y2 = b.getMinY() + 8;
                CubicCurve curve = new CubicCurve(x1, y1, x1 + 60, y1 + 80, x2 - 60, y2 - 80, x2, y2);
                curve.setFill(null);
                curve.setStroke(colour(s.colour()).darker().darker());
                curve.setStrokeWidth(2);
                curve.getStrokeDashArray().setAll(6.0, 4.0);
                Polygon head = new Polygon(x2, y2, x2 - 5, y2 - 9, x2 + 5, y2 - 9);
                head.setFill(curve.getStroke());
                arrows.getChildren().addAll(curve, head);
            }
        }
    }
}
