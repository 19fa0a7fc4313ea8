package ledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** The refusals no HTTP test can cheaply provoke (an upload above 2 GB) still get their ledger type. */
class SpringMvcProblemsTest {

    @Test
    void anUploadAboveTheMultipartLimitIsPayloadTooLarge() {
        assertThat(SpringMvcProblems.codeOf(new MaxUploadSizeExceededException(2L << 30), HttpStatus.PAYLOAD_TOO_LARGE))
                .isEqualTo("payload-too-large");
    }

    @Test
    void aMissingParameterOrPartIsMissingParameter() {
        assertThat(SpringMvcProblems.codeOf(new MissingServletRequestParameterException("asOf", "LocalDate"),
                HttpStatus.BAD_REQUEST)).isEqualTo("missing-parameter");
        assertThat(SpringMvcProblems.codeOf(new MissingServletRequestPartException("roster"), HttpStatus.BAD_REQUEST))
                .isEqualTo("missing-parameter");
    }

    @Test
    void anAnswerTypeTheLedgerCannotWriteIsNotAcceptable() {
        assertThat(SpringMvcProblems.codeOf(new HttpMediaTypeNotAcceptableException(List.of(MediaType.TEXT_PLAIN)),
                HttpStatus.NOT_ACCEPTABLE)).isEqualTo("not-acceptable");
    }

    @Test
    void anyOtherRefusalIsTypedByItsStatus() {
        assertThat(SpringMvcProblems.codeOf(new IllegalStateException(), HttpStatus.BAD_REQUEST)).isEqualTo("invalid-request");
        assertThat(SpringMvcProblems.byStatus(HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo("internal-error");
        assertThat(SpringMvcProblems.byStatus(HttpStatus.NOT_FOUND)).isEqualTo("not-found");
    }
}
