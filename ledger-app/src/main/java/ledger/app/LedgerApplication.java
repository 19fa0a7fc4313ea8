package ledger.app;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the ledger's HTTP service, or, given {@code --ledger.batch.command=...} (or the benchmark's
 * {@code --ledger.benchmark.accounts=...}), runs one batch against the same data directory without a
 * web server and exits with 0 when it completed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LedgerApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        boolean batchCommand = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--ledger.batch.command=")
                || arg.startsWith("--ledger.benchmark.accounts="));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerApplication.class)
                .web(batchCommand ? WebApplicationType.NONE : WebApplicationType.SERVLET)
                .run(args);
        if (batchCommand) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
