package ledger.app.batch;

import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Batches run on their own threads so that the HTTP call that starts one answers at once (202);
 * Spring Batch's job repository keeps their history and makes them restartable.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BatchConfiguration {

    static final String ASYNC_LAUNCHER = "asyncJobLauncher";

    @Bean(ASYNC_LAUNCHER)
    JobLauncher asyncJobLauncher(JobRepository jobRepository) throws Exception {
        TaskExecutorJobLauncher launcher = new TaskExecutorJobLauncher();
        launcher.setJobRepository(jobRepository);
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("batch-");
        threads.setConcurrencyLimit(2);
        launcher.setTaskExecutor(threads);
        launcher.afterPropertiesSet();
        return launcher;
    }
}
