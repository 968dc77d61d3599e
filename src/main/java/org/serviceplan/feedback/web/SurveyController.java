package org.serviceplan.feedback.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.internal.survey.ExtraKind;
import org.serviceplan.feedback.internal.survey.StandardQuestions;
import org.serviceplan.feedback.internal.survey.Survey;
import org.serviceplan.feedback.internal.survey.Surveys;
import org.serviceplan.journey.TouchpointNames;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.web.FormErrors;
import org.serviceplan.shared.web.QrCode;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Staff's survey pages: the list, the form (create and edit), the survey with its link and QR code, a printable
 * card, a preview of the customer's page, pausing, and one-time invitation links as a CSV.
 */
@Controller
@RequestMapping("/w/{ws}/surveys")
class SurveyController {

	static final String LIST = "survey/list";
	static final String FORM = "survey/form";
	static final String SHOW = "survey/show";
	static final String CARD = "survey/card";
	/** PNG modules of 12 pixels: a 33-module code is about 500 px, sharp at A6 print size. */
	private static final int PNG_SCALE = 12;

	private final Surveys surveys;
	private final StandardQuestions standard;
	private final TouchpointNames touchpoints;
	private final SurveyLinks links;
	private final SurveyPublicPages pages;

	SurveyController(Surveys surveys, StandardQuestions standard, TouchpointNames touchpoints, SurveyLinks links,
			SurveyPublicPages pages) {
		this.surveys = surveys;
		this.standard = standard;
		this.touchpoints = touchpoints;
		this.links = links;
		this.pages = pages;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "code");
	}

	@GetMapping
	@Requires(Permission.MANAGE_SURVEYS)
	String list(Member member, Model model) {
		model.addAttribute("surveys", surveys.all());
		model.addAttribute("touchpointNames", touchpoints.all());
		model.addAttribute("metrics", Metric.values());
		return LIST;
	}

	@GetMapping("/new")
	@Requires(Permission.MANAGE_SURVEYS)
	String newSurvey(@RequestParam(defaultValue = "NPS") Metric metric, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SurveyForm.of(standard.of(metric), 0).withoutVersion());
		}
		return form(model, null);
	}

	@PostMapping
	@Requires(Permission.MANAGE_SURVEYS)
	String create(Member member, @ModelAttribute("form") SurveyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			Survey survey = surveys.create(form.details());
			redirect.addFlashAttribute("flash", "survey.saved");
			return "redirect:/w/" + member.workspaceId() + "/surveys/" + survey.id();
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
		}
		return form(model, null);
	}

	@GetMapping("/{surveyId}")
	@Requires(Permission.MANAGE_SURVEYS)
	String show(@PathVariable UUID surveyId, Model model) {
		Survey survey = surveys.survey(surveyId);
		String link = links.of(survey.code().value());
		model.addAttribute("survey", survey);
		model.addAttribute("details", survey.details());
		model.addAttribute("link", link);
		model.addAttribute("qrSvg", QrCode.of(link).svg());
		model.addAttribute("invitations", surveys.invitations(surveyId));
		model.addAttribute("extra", surveys.extraAnswers(surveyId));
		model.addAttribute("choices", survey.details().extraChoicesRu() == null ? List.of()
				: List.of(survey.details().extraChoicesRu().split("\n")));
		model.addAttribute("touchpoint", survey.touchpointId() == null ? null : touchpoints.all().get(survey.touchpointId()));
		model.addAttribute("touchpointDeleted", surveys.touchpointDeleted(survey));
		return SHOW;
	}

	@GetMapping("/{surveyId}/edit")
	@Requires(Permission.MANAGE_SURVEYS)
	String edit(@PathVariable UUID surveyId, Model model) {
		Survey survey = surveys.survey(surveyId);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SurveyForm.of(survey.details(), survey.version()));
		}
		return form(model, survey);
	}

	@PostMapping("/{surveyId}")
	@Requires(Permission.MANAGE_SURVEYS)
	String update(Member member, @PathVariable UUID surveyId, @ModelAttribute("form") SurveyForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			surveys.describe(surveyId, form.details(), form.version());
			redirect.addFlashAttribute("flash", "survey.saved");
			return "redirect:/w/" + member.workspaceId() + "/surveys/" + surveyId;
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
		}
		catch (StaleRecord e) {
			FormErrors.reject(binding, e);
		}
		return form(model, surveys.survey(surveyId));
	}

	@PostMapping("/{surveyId}/pause")
	@Requires(Permission.MANAGE_SURVEYS)
	String pause(Member member, @PathVariable UUID surveyId, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return changeState(member, surveyId, redirect, "survey.paused", () -> surveys.pause(surveyId, version));
	}

	@PostMapping("/{surveyId}/resume")
	@Requires(Permission.MANAGE_SURVEYS)
	String resume(Member member, @PathVariable UUID surveyId, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return changeState(member, surveyId, redirect, "survey.resumed", () -> surveys.resume(surveyId, version));
	}

	@GetMapping("/{surveyId}/preview")
	@Requires(Permission.MANAGE_SURVEYS)
	ResponseEntity<String> preview(@PathVariable UUID surveyId, @RequestParam(required = false) String lang,
			HttpServletRequest request, HttpServletResponse response) {
		var survey = surveys.preview(surveyId);
		String language = lang == null ? LocaleContextHolder.getLocale().getLanguage()
				: SurveyPublicController.language(lang, request);
		Map<String, Object> model = new HashMap<>();
		model.put("survey", survey);
		model.put("form", SurveyPublicController.AnswerForm.EMPTY);
		model.put("preview", true);
		return ResponseEntity.ok().contentType(SurveyPublicPages.HTML)
			.body(pages.render(SurveyPublicController.ANSWER, language, model, request, response));
	}

	@GetMapping("/{surveyId}/qr.png")
	@Requires(Permission.MANAGE_SURVEYS)
	ResponseEntity<byte[]> qrPng(@PathVariable UUID surveyId) {
		Survey survey = surveys.survey(surveyId);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("survey-" + survey.code().value() + ".png").build().toString())
			.body(QrCode.of(links.of(survey.code().value())).png(PNG_SCALE));
	}

	@GetMapping("/{surveyId}/card")
	@Requires(Permission.MANAGE_SURVEYS)
	String card(@PathVariable UUID surveyId, Model model) {
		Survey survey = surveys.survey(surveyId);
		String link = links.of(survey.code().value());
		model.addAttribute("survey", survey);
		model.addAttribute("details", survey.details());
		model.addAttribute("link", link);
		model.addAttribute("qrSvg", QrCode.of(link).svg());
		return CARD;
	}

	/** New one-time links as a CSV for a mailing; only their hashes are kept, so this is the only time they show. */
	@PostMapping("/{surveyId}/invitations")
	@Requires(Permission.MANAGE_SURVEYS)
	ResponseEntity<byte[]> invite(Member member, @PathVariable UUID surveyId,
			@RequestParam(required = false) Integer count, HttpServletRequest request, HttpServletResponse response) {
		Survey survey = surveys.survey(surveyId);
		List<String> tokens;
		try {
			tokens = surveys.invite(surveyId, count == null ? 0 : count);
		}
		catch (BusinessRuleViolation e) {
			String back = "/w/" + member.workspaceId() + "/surveys/" + surveyId;
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("flashError", e.messageKey());
			flash.put("flashErrorArgs", List.of(e.arguments()));
			RequestContextUtils.saveOutputFlashMap(back, request, response);
			return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, back).build();
		}
		StringBuilder csv = new StringBuilder("link\r\n");
		for (String token : tokens) {
			csv.append(links.of(survey.code().value(), token)).append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("invitations-" + survey.code().value() + ".csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String form(Model model, Survey survey) {
		model.addAttribute("survey", survey);
		model.addAttribute("touchpointDeleted", survey != null && surveys.touchpointDeleted(survey));
		model.addAttribute("metrics", Metric.values());
		model.addAttribute("extraKinds", ExtraKind.values());
		model.addAttribute("touchpoints", touchpoints.all());
		return FORM;
	}

	private String changeState(Member member, UUID surveyId, RedirectAttributes redirect, String message,
			Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("flash", message);
		}
		catch (StaleRecord e) {
			redirect.addFlashAttribute("flashError", "validation.stale");
		}
		return "redirect:/w/" + member.workspaceId() + "/surveys/" + surveyId;
	}
}
