package ledger.account;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An account's family mutual-aid ties (domain-rules §5): as holder, the members it registered; as
 * member, the holders that registered it and the order their accounts are drawn in.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
final class FamilyTies {

    /** A holder may register spouse, parents and children: a bound on the list, not a policy. */
    static final int MAX_TIES = 32;

    private final Map<String, LocalDate> membersSince = new HashMap<>();
    private final Map<String, LocalDate> registrantsSince = new HashMap<>();
    private final List<String> fundingOrder = new ArrayList<>();

    boolean isMember(String memberId) {
        return membersSince.containsKey(memberId);
    }

    int memberCount() {
        return membersSince.size();
    }

    boolean hasMemberOn(String memberId, LocalDate day) {
        LocalDate since = membersSince.get(memberId);
        return since != null && !since.isAfter(day);
    }

    List<String> orderAfterJoining(String holderId) {
        List<String> order = new ArrayList<>(fundingOrder);
        order.add(holderId);
        return order;
    }

    List<String> orderAfterLeaving(String holderId) {
        List<String> order = new ArrayList<>(fundingOrder);
        order.remove(holderId);
        return order;
    }

    /** The family accounts in funding order whose registration is in force on the date. */
    List<String> fundingOrderOn(LocalDate date) {
        return fundingOrder.stream().filter(holder -> !registrantsSince.get(holder).isAfter(date)).toList();
    }

    List<String> fundingOrder() {
        return List.copyOf(fundingOrder);
    }

    void memberRegistered(String memberId, LocalDate since) {
        membersSince.put(memberId, since);
    }

    void memberRevoked(String memberId) {
        membersSince.remove(memberId);
    }

    void registeredBy(String holderId, LocalDate since, List<String> orderAfter) {
        registrantsSince.put(holderId, since);
        reorder(orderAfter);
    }

    void revokedBy(String holderId, List<String> orderAfter) {
        registrantsSince.remove(holderId);
        reorder(orderAfter);
    }

    void reorder(List<String> orderAfter) {
        fundingOrder.clear();
        fundingOrder.addAll(orderAfter);
    }
}
