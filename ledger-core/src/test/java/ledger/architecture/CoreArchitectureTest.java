package ledger.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule noClassDependsOnSpringOrPersistence = CoreArchitectureRules.NO_FRAMEWORK_OR_PERSISTENCE;

    @ArchTest
    static final ArchRule noClassReadsTheWallClock = CoreArchitectureRules.NO_WALL_CLOCK;

    @ArchTest
    static final ArchRule noFieldIsADoubleOrFloat = CoreArchitectureRules.NO_FLOATING_POINT_FIELD;

    @ArchTest
    static final ArchRule moneyNeitherTakesNorGivesADoubleOrFloat =
            CoreArchitectureRules.MONEY_TAKES_AND_GIVES_NO_FLOATING_POINT;

    @ArchTest
    static final ArchRule noBigDecimalIsMadeFromOrTurnedIntoADouble =
            CoreArchitectureRules.NO_BIG_DECIMAL_FROM_OR_TO_FLOATING_POINT;
}
