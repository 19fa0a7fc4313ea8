package ledger.projections.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ProjectionArchitectureTest {

    @ArchTest
    static final ArchRule projectionsReadMessagesAndValuesOnly =
            ProjectionArchitectureRules.READ_MESSAGES_AND_VALUES_ONLY;
}
