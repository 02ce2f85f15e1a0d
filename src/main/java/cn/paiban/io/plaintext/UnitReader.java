package cn.paiban.io.plaintext;

import java.util.ArrayList;
import java.util.List;

/** Turns dump lines into body units: drops blank lines, running heads and folios, cuts jump markers off. */
public final class UnitReader {
    private UnitReader() {}

    public static List<Unit> units(List<SourceLine> lines) {
        List<Unit> out = new ArrayList<>();
        boolean pageBreak = false;
        for (SourceLine l : lines) {
            if (l.isBlank()) continue;
            String raw = l.text();
            if (PageFurniture.runningHead(raw) != null || PageFurniture.folio(raw) != null) {
                pageBreak = true;
                continue;
            }
            int out_ = 0;
            int in = 0;
            String text = raw;
            PageFurniture.Jump j = PageFurniture.jumpOut(text);
            if (j != null) {
                out_ = j.page();
                text = j.rest();
            }
            PageFurniture.Jump k = PageFurniture.jumpIn(text);
            if (k != null) {
                in = k.page();
                text = k.rest();
            }
            if (text.isBlank() && out_ == 0 && in == 0) continue;
            out.add(new Unit(l.number(), raw, TextNormaliser.normalise(text), pageBreak, out_, in));
            pageBreak = false;
        }
        return out;
    }
}
