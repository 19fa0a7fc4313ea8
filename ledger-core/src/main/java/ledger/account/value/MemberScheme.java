package ledger.account.value;

/**
 * Which basic medical insurance a family member is in (000 Q10 "本市基本医疗保险参保人员"): the employee
 * scheme, with a personal account of his own, or the urban-rural resident scheme (城乡居民医保), without one.
 */
public enum MemberScheme {
    EMPLOYEE,
    RESIDENT
}
