package ledger.projections.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** What ledger-projections must stay: read models built from messages and values, never from the model. */
final class ProjectionArchitectureRules {

    /**
     * The write model of ledger-core: the aggregates and cross-account handlers ({@code ledger.account},
     * {@code ledger.payment}, not their message packages) and the rules of each use case.
     */
    static final String[] MODEL_PACKAGES = {"ledger.account", "ledger.payment", "ledger.crediting..",
        "ledger.withdrawing..", "ledger.transferring..", "ledger.family..", "ledger.closing..", "ledger.settling..",
        "ledger.refunding..", "ledger.lifecycle.."};

    static final ArchRule READ_MESSAGES_AND_VALUES_ONLY = noClasses().that().resideInAPackage("ledger.projections..")
            .should().dependOnClassesThat().resideInAnyPackage(MODEL_PACKAGES)
            .because("a read model is built from what happened (events and the values they carry), never from an "
                    + "aggregate's state or its rules, so the model can change without the read side");

    private ProjectionArchitectureRules() {
    }
}
