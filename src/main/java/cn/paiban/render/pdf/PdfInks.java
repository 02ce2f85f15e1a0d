package cn.paiban.render.pdf;

import cn.paiban.display.Ink;
import com.lowagie.text.pdf.PdfContentByte;

/** Process inks as PDF DeviceCMYK operators: nothing in the file is RGB, text stays K100. */
final class PdfInks {
    private PdfInks() {}

    static void fill(PdfContentByte cb, Ink ink) {
        cb.setCMYKColorFillF(ink.c() / 100f, ink.m() / 100f, ink.y() / 100f, ink.k() / 100f);
    }

    static void stroke(PdfContentByte cb, Ink ink) {
        cb.setCMYKColorStrokeF(ink.c() / 100f, ink.m() / 100f, ink.y() / 100f, ink.k() / 100f);
    }

    static boolean visible(Ink ink) { return ink != null && !ink.equals(Ink.NONE); }
}
