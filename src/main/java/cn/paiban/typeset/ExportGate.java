package cn.paiban.typeset;

import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import java.util.List;

/**
 * The one rule for writing the print PDF, {@code paiban export} and the editor's 导出 alike: a layout with errors
 * ({@link Preflight#blocking}) is refused and the errors are named; the user may then export anyway as a deliberate
 * second step ({@code --force}, 仍然导出). Both roads typeset through {@link Preflight#typeset}, so they see the
 * same errors in the same issue.
 */
public final class ExportGate {
    private ExportGate() {}

    /** The export was refused: {@link #errors} say why; nothing was written. */
    public static final class Refused extends Exception {
        private final transient List<Finding> errors;

        Refused(List<Finding> errors) {
            super(errors.size() + " error(s): " + errors.get(0).message());
            this.errors = List.copyOf(errors);
        }

        public List<Finding> errors() { return errors; }
    }

    /**
     * Lets the export of {@code layout} go ahead, or refuses it when it has errors and {@code force} is false.
     * Returns the errors a forced export goes ahead with (empty when there are none).
     */
    public static List<Finding> check(LayoutResult layout, boolean force) throws Refused {
        List<Finding> errors = Preflight.blocking(layout);
        if (!errors.isEmpty() && !force) throw new Refused(errors);
        return errors;
    }
}
