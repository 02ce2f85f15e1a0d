package cn.paiban.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package arrows of DESIGN.md: each package has one job and depends only downwards. */
@AnalyzeClasses(packages = "cn.paiban", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageArrowsTest {

    @ArchTest
    static final ArchRule noCycles = slices().matching("cn.paiban.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule geomIsALeaf = noClasses().that().resideInAPackage("cn.paiban.geom..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.paiban.model..", "cn.paiban.font..", "cn.paiban.text..",
                    "cn.paiban.display..", "cn.paiban.layout..", "cn.paiban.io..", "cn.paiban.render..", "cn.paiban.app..",
                    "cn.paiban.cli..", "cn.paiban.edit..", "cn.paiban.front..");

    @ArchTest
    static final ArchRule filesIsALeaf = noClasses().that().resideInAPackage("cn.paiban.files..")
            .should().dependOnClassesThat().resideInAPackage("cn.paiban..")
            .andShould().dependOnClassesThat().resideOutsideOfPackages("cn.paiban.files..", "java..");

    /** The CFF subsetter reads and writes font programs: nothing of Paiban's, nothing but the JDK. */
    @ArchTest
    static final ArchRule cffIsALeaf = noClasses().that().resideInAPackage("cn.paiban.cff..")
            .should().dependOnClassesThat().resideOutsideOfPackages("cn.paiban.cff..", "java..");

    /** The on-disk cache keeps bytes under keys for whoever asks (the PDF fonts' subsets): files and the trace, nothing above. */
    @ArchTest
    static final ArchRule cacheIsALeaf = noClasses().that().resideInAPackage("cn.paiban.cache..")
            .should().dependOnClassesThat().resideOutsideOfPackages("cn.paiban.cache..", "cn.paiban.files..",
                    "cn.paiban.trace..", "java..");

    /** The start-up trace (-Dpaiban.trace=true) is marked from the editor, the command line and the typesetter alike: it knows only the JDK. */
    @ArchTest
    static final ArchRule traceIsALeaf = noClasses().that().resideInAPackage("cn.paiban.trace..")
            .should().dependOnClassesThat().resideOutsideOfPackages("cn.paiban.trace..", "java..");

    @ArchTest
    static final ArchRule i18nIsALeaf = noClasses().that().resideInAPackage("cn.paiban.i18n..")
            .should().dependOnClassesThat().resideInAPackage("cn.paiban..")
            .andShould().dependOnClassesThat().resideOutsideOfPackages("cn.paiban.i18n..", "java..");

    /** JSON trees and JSON syntax errors in the user's language: the message bundles and Jackson, nothing else of Paiban's. */
    @ArchTest
    static final ArchRule jsonKnowsOnlyTheTexts = noClasses().that().resideInAPackage("cn.paiban.json..")
            .should().dependOnClassesThat().resideOutsideOfPackages("cn.paiban.json..", "cn.paiban.i18n..", "java..",
                    "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule imageReadsFilesOnly = noClasses().that().resideInAPackage("cn.paiban.image..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.paiban.model..", "cn.paiban.font..", "cn.paiban.text..",
                    "cn.paiban.display..", "cn.paiban.layout..", "cn.paiban.io..", "cn.paiban.render..", "cn.paiban.app..",
                    "cn.paiban.cli..", "cn.paiban.edit..", "cn.paiban.front..", "cn.paiban.typeset..");

    @ArchTest
    static final ArchRule modelKnowsOnlyGeom = noClasses().that().resideInAPackage("cn.paiban.model..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.paiban.font..", "cn.paiban.text..", "cn.paiban.display..",
                    "cn.paiban.layout..", "cn.paiban.io..", "cn.paiban.render..", "cn.paiban.app..", "cn.paiban.cli..",
                    "cn.paiban.edit..", "cn.paiban.front..");

    @ArchTest
    static final ArchRule textDoesNotKnowPagesOrIssues = noClasses().that().resideInAPackage("cn.paiban.text..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.paiban.model..", "cn.paiban.display..", "cn.paiban.layout..",
                    "cn.paiban.io..", "cn.paiban.render..", "cn.paiban.app..", "cn.paiban.cli..");

    @ArchTest
    static final ArchRule layoutDoesNotKnowRenderers = noClasses().that().resideInAPackage("cn.paiban.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.paiban.render..", "cn.paiban.app..", "cn.paiban.cli..",
                    "cn.paiban.io..");

    @ArchTest
    static final ArchRule renderersDoNotKnowTheModel = noClasses().that().resideInAPackage("cn.paiban.render..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.paiban.model..", "cn.paiban.layout..", "cn.paiban.text..",
                    "cn.paiban.app..", "cn.paiban.cli..");

    @ArchTest
    static final ArchRule headlessNeverTouchesJavaFx = noClasses().that()
            .resideInAnyPackage("cn.paiban.cli..", "cn.paiban.edit..", "cn.paiban.model..", "cn.paiban.layout..",
                    "cn.paiban.text..", "cn.paiban.io..", "cn.paiban.display..", "cn.paiban.render.pdf..", "cn.paiban.front..",
                    "cn.paiban.plan..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    /** The page planner works on measured stories and the model; the CLI and the editor both call it. */
    @ArchTest
    static final ArchRule planIsHeadlessAndBelowTheUis = noClasses().that().resideInAPackage("cn.paiban.plan..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.paiban.app..", "cn.paiban.cli..", "cn.paiban.render..",
                    "cn.paiban.io..", "cn.paiban.front..");

    @ArchTest
    static final ArchRule editHasNoUi = noClasses().that().resideInAPackage("cn.paiban.edit..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.paiban.app..", "cn.paiban.render..");

    @ArchTest
    static final ArchRule manuscriptImportIsHeadless = noClasses().that().resideInAPackage("cn.paiban.manuscript..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.paiban.app..", "cn.paiban.cli..", "cn.paiban.layout..",
                    "cn.paiban.render..", "javafx..");

    @ArchTest
    static final ArchRule wordImportKnowsOnlyTheModel = noClasses().that().resideInAPackage("cn.paiban.io.word..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.paiban.edit..", "cn.paiban.manuscript..", "cn.paiban.app..",
                    "cn.paiban.cli..", "cn.paiban.layout..");

    /** The proofreading checks are headless: the CLI and the editor both call them, never the other way. */
    @ArchTest
    static final ArchRule checkIsHeadless = noClasses().that().resideInAPackage("cn.paiban.check..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.paiban.app..", "cn.paiban.cli..", "cn.paiban.render..",
                    "javafx..");

    /** Marks, rounds and proof PDFs are headless: the CLI and the editor both use them, never the other way. */
    @ArchTest
    static final ArchRule proofIsHeadless = noClasses().that().resideInAPackage("cn.paiban.proof..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.paiban.app..", "cn.paiban.cli..", "javafx..");

    /** What marks build on (the model, its files, the edits, the layout) never knows of them. */
    @ArchTest
    static final ArchRule proofSitsAboveEditAndLayout = noClasses().that()
            .resideInAnyPackage("cn.paiban.model..", "cn.paiban.io..", "cn.paiban.edit..", "cn.paiban.layout..",
                    "cn.paiban.display..", "cn.paiban.text..", "cn.paiban.check..", "cn.paiban.typeset..")
            .should().dependOnClassesThat().resideInAPackage("cn.paiban.proof..");
}
