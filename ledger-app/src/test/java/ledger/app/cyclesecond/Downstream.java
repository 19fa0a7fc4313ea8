package ledger.app.cyclesecond;

import ledger.app.cyclefirst.Upstream;

/** The other half of the deliberate package cycle of AppArchitectureRulesTest. */
public class Downstream {

    public Upstream back() {
        return new Upstream();
    }
}
