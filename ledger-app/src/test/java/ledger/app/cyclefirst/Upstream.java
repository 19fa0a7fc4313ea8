package ledger.app.cyclefirst;

import ledger.app.cyclesecond.Downstream;

/** Half of a deliberate package cycle that AppArchitectureRulesTest shows the cycle rule flags. */
public class Upstream {

    public Downstream next() {
        return new Downstream();
    }
}
