package ledger.app.institutions;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import ledger.payment.value.DesignatedInstitution;
import ledger.payment.value.InstitutionKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The designated institutions (定点医药机构) an operator registered, by institution id. */
@Component
public class InstitutionRegistry {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    InstitutionRegistry(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Registers the institution, or replaces what was registered under its id. */
    @Transactional
    public void put(DesignatedInstitution institution, String operator) {
        Object[] values = {institution.name(), institution.region(), institution.kind().name(), operator,
                clock.instant().atOffset(ZoneOffset.UTC), institution.institutionId()};
        int updated = jdbc.update("UPDATE designated_institution SET name = ?, region = ?, kind = ?, updated_by = ?, "
                + "updated_at = ? WHERE institution_id = ?", values);
        if (updated == 0) {
            jdbc.update("INSERT INTO designated_institution (name, region, kind, updated_by, updated_at, "
                    + "institution_id) VALUES (?, ?, ?, ?, ?, ?)", values);
        }
    }

    public Optional<DesignatedInstitution> find(String institutionId) {
        return jdbc.query("SELECT * FROM designated_institution WHERE institution_id = ?",
                (row, n) -> new DesignatedInstitution(row.getString("institution_id"), row.getString("name"),
                        row.getString("region"), InstitutionKind.valueOf(row.getString("kind"))), institutionId)
                .stream().findFirst();
    }
}
