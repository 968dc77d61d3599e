package org.serviceplan.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.StaleRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one error format of the API: whatever goes wrong under {@code /api/} is answered as
 * {@code application/problem+json} (RFC 9457) in the language of {@code Accept-Language}, with the fields
 * at fault in {@code errors}. It also catches what the workspace access check throws before a handler runs,
 * and requests no handler matched (an unknown path, a wrong method).
 * <p>
 * Pages are not the API's business: for any other path every handler here throws the exception back, and
 * Spring goes on as if this advice did not exist (status codes on the exceptions, the error page).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorResponses {

	static final String API_PATH = "/api/";
	static final String ERRORS = "errors";

	private static final Logger log = LoggerFactory.getLogger(ApiErrorResponses.class);

	private final MessageSource messages;

	ApiErrorResponses(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> ruleBroken(BusinessRuleViolation e, HttpServletRequest request, Locale locale)
			throws BusinessRuleViolation {
		onlyForApi(request, e);
		String message = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
		List<FieldMessage> errors = e.field() == null ? List.of() : List.of(new FieldMessage(e.field(), message));
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.validation", message, errors, locale);
	}

	/** A request body that breaks its declared constraints, such as a PATCH without {@code version}. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidBody(BindException e, HttpServletRequest request, Locale locale)
			throws BindException {
		onlyForApi(request, e);
		List<FieldMessage> errors = e.getFieldErrors().stream().map(this::fieldMessage).toList();
		return validationFailed(errors, locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidArguments(HandlerMethodValidationException e, HttpServletRequest request,
			Locale locale) throws HandlerMethodValidationException {
		onlyForApi(request, e);
		List<FieldMessage> errors = e.getParameterValidationResults().stream().flatMap(result -> {
			if (result instanceof ParameterErrors body) {
				return body.getFieldErrors().stream().map(this::fieldMessage);
			}
			return result.getResolvableErrors().stream()
				.map(error -> new FieldMessage(result.getMethodParameter().getParameterName(), text(error)));
		}).toList();
		return validationFailed(errors, locale);
	}

	/** JSON that does not parse, or a value of the wrong type; the field is named when Jackson knows it. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request,
			Locale locale) throws HttpMessageNotReadableException {
		onlyForApi(request, e);
		List<FieldMessage> errors = List.of();
		if (e.getCause() instanceof JacksonException json) {
			String field = json.getPath()
				.stream()
				.map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
			if (!field.isEmpty()) {
				Class<?> type = json instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
				errors = List.of(new FieldMessage(field, wrongType(type, locale)));
			}
		}
		return problem(HttpStatus.BAD_REQUEST, "problem.badRequest", null, errors, locale);
	}

	/** A path or query parameter of the wrong type, typically an id that is no UUID. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> wrongParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request,
			Locale locale) throws MethodArgumentTypeMismatchException {
		onlyForApi(request, e);
		return problem(HttpStatus.BAD_REQUEST, "problem.badRequest", null,
				List.of(new FieldMessage(e.getName(), wrongType(e.getRequiredType(), locale))), locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(RecordNotFound e, HttpServletRequest request, Locale locale)
			throws RecordNotFound {
		onlyForApi(request, e);
		return problem(HttpStatus.NOT_FOUND, "problem.notFound", null, List.of(), locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request, Locale locale)
			throws AccessDeniedException {
		onlyForApi(request, e);
		return problem(HttpStatus.FORBIDDEN, "problem.forbidden", null, List.of(), locale);
	}

	@ExceptionHandler({ StaleRecord.class, OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> stale(RuntimeException e, HttpServletRequest request, Locale locale) {
		onlyForApi(request, e);
		return problem(HttpStatus.CONFLICT, "problem.conflict", null, List.of(), locale);
	}

	/**
	 * Exceptions that carry their own status ({@code @ResponseStatus}, such as a closed invitation) and
	 * Spring's own: unknown path, wrong method, unsupported media type, missing parameter.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request, Locale locale) throws Exception {
		onlyForApi(request, e);
		HttpStatusCode status = statusOf(e);
		if (status.is5xxServerError()) {
			log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
		}
		var response = problem(status, keyFor(status), null, List.of(), locale);
		if (e instanceof ErrorResponse spring) {
			HttpHeaders headers = new HttpHeaders();
			headers.putAll(response.getHeaders());
			headers.putAll(spring.getHeaders());
			return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
		}
		return response;
	}

	private static <E extends Exception> void onlyForApi(HttpServletRequest request, E e) throws E {
		if (!isApi(request)) {
			throw e;
		}
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + API_PATH);
	}

	private static HttpStatusCode statusOf(Exception e) {
		if (e instanceof ErrorResponse spring) {
			return spring.getStatusCode();
		}
		ResponseStatus declared = AnnotatedElementUtils
			.findMergedAnnotation(e.getClass(), ResponseStatus.class);
		return declared == null ? HttpStatus.INTERNAL_SERVER_ERROR : declared.code();
	}

	private static String keyFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "problem.badRequest";
			case 403 -> "problem.forbidden";
			case 404 -> "problem.notFound";
			case 405 -> "problem.methodNotAllowed";
			case 406 -> "problem.notAcceptable";
			case 409 -> "problem.conflict";
			case 410 -> "problem.gone";
			case 415 -> "problem.unsupportedMediaType";
			case 422 -> "problem.validation";
			default -> status.is4xxClientError() ? "problem.badRequest" : "problem.internal";
		};
	}

	private ResponseEntity<ProblemDetail> validationFailed(List<FieldMessage> errors, Locale locale) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.validation", null, errors, locale);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String key, String detail,
			List<FieldMessage> errors, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				detail != null ? detail : messages.getMessage(key, null, locale));
		problem.setTitle(messages.getMessage(key + ".title", null, locale));
		if (!errors.isEmpty()) {
			problem.setProperty(ERRORS, errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private FieldMessage fieldMessage(FieldError error) {
		return new FieldMessage(error.getField(), text(error));
	}

	/** Constraint messages are interpolated from the bundles in the request's language when validated. */
	private static String text(MessageSourceResolvable error) {
		return Objects.requireNonNullElse(error.getDefaultMessage(), "");
	}

	private String wrongType(Class<?> type, Locale locale) {
		if (type == UUID.class) {
			return messages.getMessage("validation.uuid", null, locale);
		}
		if (type != null && type.isEnum()) {
			String values = Arrays.stream(type.getEnumConstants())
				.map(Object::toString)
				.collect(Collectors.joining(", "));
			return messages.getMessage("validation.oneOf", new Object[] { values }, locale);
		}
		return messages.getMessage("validation.invalid", null, locale);
	}

	/** One entry of {@code errors}: the JSON field and what is wrong with it. */
	record FieldMessage(String field, String message) {
	}
}
