package cn.paiban.typeset;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.TemplateException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A font field naming no font role is a template error naming the file and the field, not a FontException. */
class TemplateFontRoleTest {
    @TempDir
    Path tmp;

    private String refusal(String from, String to) throws Exception {
        Path template = tmp.resolve("t");
        Files.createDirectories(template);
        String json = Files.readString(Path.of("templates", "shuozhou-jingji", "template.json"));
        assertTrue(json.contains(from), from);
        Files.writeString(template.resolve("template.json"), json.replace(from, to));
        var issue = IssueStore.load(Path.of("samples", "shuozhou-jingji-2023-04"));
        return assertThrows(TemplateException.class, () -> new Typesetter(FontBook.standard(), template).typeset(issue))
                .getMessage();
    }

    @Test
    void aStyleNamingAnUnknownRoleNamesFileFieldAndTheRolesThereAre() throws Exception {
        String m = refusal("\"kicker\":      { \"font\": \"kai\"", "\"kicker\":      { \"font\": \"fangsong\"");
        assertTrue(m.contains("template.json") && m.contains("styles.kicker.font") && m.contains("fangsong"), m);
        for (String role : FontBook.standard().roleNames()) assertTrue(m.contains(role), m);
    }

    @Test
    void theSampleTemplateNamesOnlyRolesThereAre() throws Exception {
        var issue = IssueStore.load(Path.of("samples", "shuozhou-jingji-2023-04"));
        assertEquals(48, new Typesetter(FontBook.standard(), Path.of("templates", "shuozhou-jingji")).typeset(issue)
                .document().pages().size());
    }
}
