package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.font.FontBook;
import cn.paiban.layout.TemplateFiles;
import cn.paiban.typeset.StyleFonts;
import cn.paiban.typeset.TemplateFonts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 编辑 ▸ 模板字体…: the faces per style by their Chinese names (bundled, and the Chinese-named, embeddable ones of a
 * "system" folder made here), the choice written into the template and used by the next typesetting.
 */
@ExtendWith(ApplicationExtension.class)
class FontSettingsTest {
    private Stage stage;
    private Path template;
    private Path system;
    private final String old = System.getProperty("paiban.systemFonts");

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        Path tmp = Files.createTempDirectory("paiban-fontsettings");
        template = tmp.resolve("template");
        try (Stream<Path> s = Files.walk(TemplateFiles.directory())) {
            for (Path p : s.toList()) {
                Path t = template.resolve(TemplateFiles.directory().relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        system = Files.createDirectories(tmp.resolve("system"));
        Files.copy(Path.of("fonts", "LXGWWenKai-Regular.ttf"), system.resolve("simkai.ttf"));
        // a face that may not be embedded is not offered
        byte[] b = Files.readAllBytes(Path.of("fonts", "LXGWWenKai-Regular.ttf"));
        ByteBuffer buf = ByteBuffer.wrap(b);
        for (int i = 0; i < (buf.getShort(4) & 0xffff); i++) {
            if (buf.getInt(12 + 16 * i) == 0x4F532F32) buf.putShort(buf.getInt(12 + 16 * i + 8) + 8, (short) 2);
        }
        Files.write(system.resolve("restricted.ttf"), b);
        System.setProperty("paiban.systemFonts", system.toString());
    }

    @AfterEach
    void restore() {
        if (old == null) System.clearProperty("paiban.systemFonts");
        else System.setProperty("paiban.systemFonts", old);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<StyleFonts.Choice> box(FxRobot robot, String style) {
        return robot.lookup("#font-" + style).queryAs(ComboBox.class);
    }

    @Test
    void listsFacesByChineseNameAndWritesTheChoiceIntoTheTemplate(FxRobot robot) throws Exception {
        AtomicInteger applied = new AtomicInteger();
        robot.interact(() -> FontSettings.create(stage, template, null, applied::incrementAndGet).show());
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<StyleFonts.Choice> body = box(robot, "body");
        List<String> labels = body.getItems().stream().map(StyleFonts.Choice::label).toList();
        assertEquals(List.of("思源宋体（随附）", "思源黑体（随附）", "思源黑体 粗体（随附）", "霞鹜文楷（随附）", "霞鹜文楷（simkai.ttf）"), labels);
        assertEquals("思源宋体（随附）", body.getValue().label());
        assertEquals("思源黑体 粗体（随附）", box(robot, "title").getValue().label());
        assertEquals("思源黑体（随附）", box(robot, "subheading").getValue().label());

        StyleFonts.Choice simkai = body.getItems().get(4);
        StyleFonts.Choice kai = body.getItems().get(3);
        robot.interact(() -> {
            body.getSelectionModel().select(simkai);
            box(robot, "title").getSelectionModel().select(kai);
        });
        robot.clickOn("#font-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, applied.get());
        JsonNode t = new ObjectMapper().readTree(template.resolve("template.json").toFile());
        assertEquals("body", t.at("/styles/body/font").asText());
        assertEquals(List.of("霞鹜文楷", "song"), List.of(t.at("/fonts/body/0").asText(), t.at("/fonts/body/1").asText()));
        assertEquals("kai", t.at("/styles/title/font").asText());
        assertEquals("hei", t.at("/styles/subheading/font").asText(), "left alone");
        // the typesetter's fonts now set body text in the system face
        TemplateFonts.Resolved r = TemplateFonts.resolve(FontBook.standard(), template, null);
        assertEquals(system.resolve("simkai.ttf"), r.fonts().primary("body").file());
        assertEquals(List.of(), r.findings());

        // opened again it shows the choice; back to the bundled face removes the template font
        robot.interact(() -> FontSettings.create(stage, template, null, applied::incrementAndGet).show());
        WaitForAsyncUtils.waitForFxEvents();
        List<ComboBox<StyleFonts.Choice>> bodies = robot.lookup("#font-body").queryAllAs(ComboBox.class).stream()
                .map(c -> (ComboBox<StyleFonts.Choice>) c).toList();
        ComboBox<StyleFonts.Choice> again = bodies.get(bodies.size() - 1);
        assertEquals("霞鹜文楷（simkai.ttf）", again.getValue().label());
        StyleFonts.set(template, "body", again.getItems().get(0));
        JsonNode back = new ObjectMapper().readTree(template.resolve("template.json").toFile());
        assertEquals("song", back.at("/styles/body/font").asText());
        assertFalse(back.has("fonts"), back.toString());
        assertTrue(StyleFonts.current(template).get("body").equals("song"));
    }
}
