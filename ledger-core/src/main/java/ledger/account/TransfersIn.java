package ledger.account;

import ledger.account.command.TransferIn;
import ledger.account.event.TransferredIn;
import ledger.money.Pot;
import ledger.transferring.TransferInRule;

/** A balance transferred in from another region, into the earmarked pot (000 Q36), not yet applied. */
final class TransfersIn {

    private TransfersIn() {
    }

    static TransferredIn receive(AccountState account, TransferIn command) {
        account.ensureOpen();
        TransferInRule.aboveZero(command).enforce();
        TransferInRule.fromOtherRegion(command, account.region).enforce();
        account.ensureOpenOn("a transfer in", command.receivedOn());
        return new TransferredIn(account.personId, command.transferId(), command.fromRegion(), command.amount(),
                command.receivedOn(), account.balances.plus(Pot.EARMARKED, command.amount()));
    }
}
