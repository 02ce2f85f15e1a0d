package cn.paiban.app;

import cn.paiban.render.pdf.PdfOptions;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 导出 PDF: for whom the PDF is. A proof to read on screen or mail, or the printer's file: PDF/X-1a:2001 (CMYK,
 * every font embedded, the output intent) and, if the printer asks, crop marks outside the bleed. The same two
 * choices as {@code paiban export --pdfx --crop-marks}, run through the same renderer.
 */
final class ExportOptionsDialog {
    private ExportOptionsDialog() {}

    static Dialog<PdfOptions> create(Window owner, PdfOptions last) {
        CheckBox pdfx = new CheckBox(Messages.get("editor.export.pdfx"));
        pdfx.setId("export-pdfx");
        pdfx.setSelected(last.pdfx());
        CheckBox crop = new CheckBox(Messages.get("editor.export.cropMarks"));
        crop.setId("export-crop");
        crop.setSelected(last.cropMarks());
        Label hint = new Label(Messages.get("editor.export.optionsHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        VBox box = new VBox(10, pdfx, crop, hint);
        box.setPadding(new Insets(8));
        Dialog<PdfOptions> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle(Messages.get("menu.exportPdf"));
        d.setHeaderText(Messages.get("editor.export.optionsHeader"));
        d.getDialogPane().setContent(box);
        ButtonType next = new ButtonType(Messages.get("editor.export.choose"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(next).setId("export-next");
        d.setResultConverter(b -> b == next ? new PdfOptions(pdfx.isSelected(), crop.isSelected(), null) : null);
        return d;
    }

    static Optional<PdfOptions> ask(Window owner, PdfOptions last) {
        return create(owner, last).showAndWait();
    }
}
