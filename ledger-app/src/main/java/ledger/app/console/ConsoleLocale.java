package ledger.app.console;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The console speaks Chinese (zh-CN) until someone chooses English with {@code ?lang=en}; the choice
 * stays with the browser (a cookie), also across signing out. Requests outside the console keep the
 * language their Accept-Language asks.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLocale implements WebMvcConfigurer {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ledger-console-language");
        resolver.setDefaultLocaleFunction(request -> isConsole(request.getRequestURI()) ? DEFAULT : request.getLocale());
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor choice = new LocaleChangeInterceptor();
        choice.setParamName("lang");
        registry.addInterceptor(choice).addPathPatterns("/signin", "/console", "/console/**");
    }

    private static boolean isConsole(String path) {
        return path.equals("/") || path.equals("/signin") || path.startsWith("/console");
    }
}
