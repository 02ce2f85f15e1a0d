package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FolderTypesettingTest {
    @Test
    void theLayoutSeesTheFolderCurrentAtEachCall() {
        List<Path> seen = new ArrayList<>();
        FolderTypesetting t = (issue, folder) -> {
            seen.add(folder);
            return null;
        };
        Path[] current = {Path.of("/issues/a")};
        Function<Issue, LayoutResult> bound = FolderTypesetting.in(t, () -> current[0]);
        bound.apply(null);
        current[0] = Path.of("/issues/b");   // "save as" moved the issue
        bound.apply(null);
        assertEquals(List.of(Path.of("/issues/a"), Path.of("/issues/b")), seen);
    }

    @Test
    void aPlainFunctionIsUsedAsItIs() {
        Function<Issue, LayoutResult> plain = issue -> null;
        assertSame(plain, FolderTypesetting.in(plain, () -> Path.of("x")));
    }

    @Test
    void withoutAFolderItTypesetsWithNone() {
        List<Path> seen = new ArrayList<>();
        FolderTypesetting t = (issue, folder) -> {
            seen.add(folder);
            return null;
        };
        t.apply((Issue) null);
        assertEquals(1, seen.size());
        assertNull(seen.get(0));
    }
}
