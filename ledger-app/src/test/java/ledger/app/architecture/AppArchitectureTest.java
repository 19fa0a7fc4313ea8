package ledger.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "ledger.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = AppArchitectureRules.FEATURES_FREE_OF_CYCLES;

    @ArchTest
    static final ArchRule controllersNeverTouchTheEventStore = AppArchitectureRules.CONTROLLERS_NEVER_TOUCH_THE_EVENT_STORE;

    @ArchTest
    static final ArchRule onlyTheEventStoreNamesTheEventTable = AppArchitectureRules.ONLY_THE_EVENT_STORE_NAMES_THE_EVENT_TABLE;
}
