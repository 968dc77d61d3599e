package org.serviceplan.feedback.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.serviceplan.feedback.internal.survey.AnswerOutcome;
import org.serviceplan.feedback.internal.survey.AnswerRateLimit;
import org.serviceplan.feedback.internal.survey.CustomerAnswer;
import org.serviceplan.feedback.internal.survey.PublicSurvey;
import org.serviceplan.feedback.internal.survey.PublicSurveys;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.web.UserLocale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The customer's answer page, reached by a survey's link or QR code: no login, one question on a phone screen,
 * no script. Every outcome — a bad link, a used invitation, too many answers — is a page in the customer's
 * language, never an error screen. See {@code PublicPageSecurity} for why these pages have no session and no CSRF
 * token.
 */
@Controller
@RequestMapping("/f/{surveyCode}")
class SurveyPublicController {

	static final String ANSWER = "survey/answer";
	static final String THANKS = "survey/thanks";
	static final String NOTICE = "survey/notice";
	/** A field people never see; browsers leave it empty, form-filling bots do not. */
	static final String HONEYPOT = "website";
	private static final CacheControl SURVEY_PAGE = CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic();

	private final PublicSurveys surveys;
	private final AnswerRateLimit rateLimit;
	private final SurveyPublicPages pages;

	SurveyPublicController(PublicSurveys surveys, AnswerRateLimit rateLimit, SurveyPublicPages pages) {
		this.surveys = surveys;
		this.rateLimit = rateLimit;
		this.pages = pages;
	}

	@GetMapping
	ResponseEntity<String> page(@PathVariable String surveyCode, @RequestParam(required = false) String lang,
			HttpServletRequest request, HttpServletResponse response) {
		String language = language(lang, request);
		Optional<PublicSurvey> found = surveys.open(surveyCode);
		if (found.isEmpty()) {
			return notice(HttpStatus.NOT_FOUND, "gone", language, request, response);
		}
		PublicSurvey survey = found.get();
		String html = survey.page(language, l -> pages.render(ANSWER,
				l, answerModel(survey, null, null, null), request, response));
		return ResponseEntity.ok()
			.contentType(SurveyPublicPages.HTML)
			.cacheControl(SURVEY_PAGE)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(html);
	}

	@GetMapping("/{answerToken}")
	ResponseEntity<String> invitedPage(@PathVariable String surveyCode, @PathVariable String answerToken,
			@RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response) {
		String language = language(lang, request);
		Optional<PublicSurvey> found = surveys.open(surveyCode);
		if (found.isEmpty()) {
			return notice(HttpStatus.NOT_FOUND, "gone", language, request, response);
		}
		return switch (surveys.invitation(found.get(), answerToken)) {
			case OPEN -> html(HttpStatus.OK, pages.render(ANSWER, language,
					answerModel(found.get(), answerToken, null, null), request, response));
			case USED -> notice(HttpStatus.OK, "used", language, request, response);
			case UNKNOWN -> notice(HttpStatus.NOT_FOUND, "gone", language, request, response);
		};
	}

	@PostMapping
	ResponseEntity<String> answer(@PathVariable String surveyCode, AnswerForm form, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(surveyCode, null, form, request, response);
	}

	@PostMapping("/{answerToken}")
	ResponseEntity<String> invitedAnswer(@PathVariable String surveyCode, @PathVariable String answerToken,
			AnswerForm form, HttpServletRequest request, HttpServletResponse response) {
		return answer(surveyCode, answerToken, form, request, response);
	}

	@GetMapping("/thanks")
	ResponseEntity<String> thanks(@PathVariable String surveyCode, @RequestParam(required = false) String lang,
			HttpServletRequest request, HttpServletResponse response) {
		String language = language(lang, request);
		Optional<PublicSurvey> found = surveys.open(surveyCode);
		if (found.isEmpty()) {
			return notice(HttpStatus.NOT_FOUND, "gone", language, request, response);
		}
		return html(HttpStatus.OK, pages.render(THANKS, language, Map.of("texts", found.get().in(language)), request,
				response));
	}

	private ResponseEntity<String> answer(String surveyCode, String token, AnswerForm form, HttpServletRequest request,
			HttpServletResponse response) {
		String language = language(form.lang(), request);
		if (form.website() != null && !form.website().isEmpty()) {
			// a bot: it is told the answer went through, so it has nothing to learn from
			return thanksRedirect(surveyCode, language);
		}
		if (!rateLimit.allows(request.getRemoteAddr())) {
			return notice(HttpStatus.TOO_MANY_REQUESTS, "limited", language, request, response);
		}
		Optional<PublicSurvey> found = surveys.open(surveyCode);
		if (found.isEmpty()) {
			return notice(HttpStatus.NOT_FOUND, "gone", language, request, response);
		}
		PublicSurvey survey = found.get();
		try {
			AnswerOutcome outcome = surveys.answer(survey, form.answer(), token);
			return switch (outcome) {
				case STORED -> thanksRedirect(surveyCode, language);
				case ALREADY_ANSWERED -> notice(HttpStatus.CONFLICT, "used", language, request, response);
				case GONE -> notice(HttpStatus.NOT_FOUND, "gone", language, request, response);
			};
		}
		catch (BusinessRuleViolation e) {
			return html(HttpStatus.UNPROCESSABLE_CONTENT,
					pages.render(ANSWER, language, answerModel(survey, token, form, e), request, response));
		}
	}

	private static Map<String, Object> answerModel(PublicSurvey survey, String token, AnswerForm form,
			BusinessRuleViolation error) {
		Map<String, Object> model = new HashMap<>();
		model.put("survey", survey);
		model.put("token", token);
		model.put("form", form == null ? AnswerForm.EMPTY : form);
		model.put("error", error);
		return model;
	}

	private ResponseEntity<String> notice(HttpStatus status, String kind, String language, HttpServletRequest request,
			HttpServletResponse response) {
		return html(status, pages.render(NOTICE, language, Map.of("kind", kind), request, response));
	}

	private static ResponseEntity<String> html(HttpStatus status, String body) {
		return ResponseEntity.status(status)
			.contentType(SurveyPublicPages.HTML)
			.cacheControl(CacheControl.noStore())
			.body(body);
	}

	/** Post, then redirect, then show: reloading the thank-you page sends nothing again. */
	private static ResponseEntity<String> thanksRedirect(String surveyCode, String language) {
		String location = UriComponentsBuilder.fromPath("/f/{code}/thanks").queryParam("lang", language)
			.buildAndExpand(surveyCode).encode().toUriString();
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
	}

	/** The language the customer picked on the page, else the browser's, else Russian. */
	static String language(String chosen, HttpServletRequest request) {
		if (chosen != null && !chosen.isBlank()) {
			return UserLocale.supported(chosen).getLanguage();
		}
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			return UserLocale.RUSSIAN.getLanguage();
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(header), UserLocale.SUPPORTED);
			return best == null ? UserLocale.RUSSIAN.getLanguage() : best.getLanguage();
		}
		catch (IllegalArgumentException e) {
			return UserLocale.RUSSIAN.getLanguage();
		}
	}

	/** The fields of the answer form, as posted. */
	record AnswerForm(String score, String comment, String extraChoice, String extraText, String lang,
			String website) {

		static final AnswerForm EMPTY = new AnswerForm(null, null, null, null, null, null);

		/** Numbers arrive as text: a tampered value is "no answer", asked again, rather than an error page. */
		CustomerAnswer answer() {
			return new CustomerAnswer(number(score), comment, number(extraChoice), extraText);
		}

		private static Integer number(String text) {
			try {
				return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
	}
}
