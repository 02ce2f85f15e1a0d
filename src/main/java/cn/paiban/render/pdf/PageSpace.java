package cn.paiban.render.pdf;

import cn.paiban.display.PageFormat;

/**
 * Maps display-list millipoints (trim top-left, y down) to PDF points (media bottom-left, y up).
 * {@code margin} is what lies outside the trim box on each side: the bleed, plus room for crop marks.
 */
record PageSpace(PageFormat format, int margin) {
    float mediaWidth() { return (format.trimWidth() + 2 * margin) / 1000f; }

    float mediaHeight() { return (format.trimHeight() + 2 * margin) / 1000f; }

    float x(int mpt) { return (margin + mpt) / 1000f; }

    float y(int mpt) { return (format.trimHeight() + margin - mpt) / 1000f; }

}
