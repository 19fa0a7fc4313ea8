package ledger.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import ledger.limits.IdFormat;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every id in a path ({@code personId}, {@code memberId}, {@code paymentId}, {@code institutionId})
 * has the one form of {@link IdFormat}, checked before any controller runs: {@code payment:P1} is not
 * an account, and an id that could never have been opened is refused as such (400 {@code invalid-id})
 * instead of being looked up, unlocked or revoked.
 */
@Configuration(proxyBeanMethods = false)
class PathIds implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**", "/console/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (isId(name.toString())) {
                    IdFormat.check(name.toString(), value.toString());
                }
            });
        }
        return true;
    }

    private static boolean isId(String name) {
        return name.endsWith("Id") && !name.equals("batchId");
    }
}
