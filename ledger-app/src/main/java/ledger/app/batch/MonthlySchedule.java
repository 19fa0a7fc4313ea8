package ledger.app.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the monthly crediting runs by itself: on {@code dayOfMonth} (the 5th, 000 Q16) from
 * {@code at} in each region's time zone, reading {@code inbox/roster-REGION-YYYY-MM.csv}.
 * No regions listed: the schedule is off.
 */
@ConfigurationProperties(prefix = "ledger.batch.schedule")
record MonthlySchedule(
        List<String> regions,
        @DefaultValue("5") int dayOfMonth,
        @DefaultValue("02:00") LocalTime at,
        Path inbox,
        @DefaultValue("1m") Duration checkEvery) {

    MonthlySchedule {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }
}
