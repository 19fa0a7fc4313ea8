package ledger.app.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The embedded default is safe by default (docs/operations.md, "Security of the embedded default"):
 * before the connection pool opens an H2 file database without a configured password, the data
 * directory is made private (0700) and the pool is given the generated password; once the application
 * has started, the files H2 created are made private too (0600). H2 listens on no port: the default URL
 * has no AUTO_SERVER, and only an operator who puts it in {@code spring.datasource.url} asks for one.
 */
@Component
class EmbeddedDatabaseGuard
        implements BeanPostProcessor, EnvironmentAware, ApplicationListener<ApplicationStartedEvent> {

    private static final String H2_FILE = "jdbc:h2:file:";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && embedded(pool)) {
            Path dataDir = dataDir();
            PrivateFiles.directory(dataDir);
            if (pool.getPassword() == null || pool.getPassword().isEmpty()) {
                pool.setPassword(GeneratedPassword.of(dataDir, pool.getJdbcUrl(), pool.getUsername()));
            }
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent started) {
        if (environment.getProperty("spring.datasource.url", "").startsWith(H2_FILE)) {
            PrivateFiles.restrict(dataDir());
        }
    }

    private static boolean embedded(HikariDataSource pool) {
        return pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith(H2_FILE);
    }

    private Path dataDir() {
        return Path.of(environment.getRequiredProperty("ledger.data-dir"));
    }
}
