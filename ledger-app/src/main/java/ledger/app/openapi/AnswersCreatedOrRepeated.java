package ledger.app.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An idempotent write (api-contract "Idempotency"): 201 when it was applied, 200 with the original
 * answer when the same request came again. The handler decides the status at run time, so the
 * OpenAPI description learns both from this mark ({@link RepeatsDocumented}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AnswersCreatedOrRepeated {
}
