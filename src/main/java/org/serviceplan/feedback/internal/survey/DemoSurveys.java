package org.serviceplan.feedback.internal.survey;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.serviceplan.account.Accounts;
import org.serviceplan.feedback.Metric;
import org.serviceplan.journey.TouchpointNames;
import org.serviceplan.shared.Demo;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the clinic's two surveys with fixed codes (README and the QR card name them): NPS after the visit,
 * asked at the reception desk's greeting, and CSAT of the waiting area with an extra question on the wait.
 */
@Component
class DemoSurveys {

	static final SurveyCode VISIT = new SurveyCode("klinika-nps");
	static final SurveyCode WAITING = new SurveyCode("klinika-wait");
	private static final String CLINIC = "Клиника «Здоровье»";

	private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

	private final boolean demo;
	private final Accounts accounts;
	private final Workspaces workspaces;
	private final TouchpointNames touchpoints;
	private final Surveys surveys;
	private final SurveyRepository repository;
	private final StandardQuestions standard;

	DemoSurveys(@Value("${serviceplan.demo:false}") boolean demo, Accounts accounts, Workspaces workspaces,
			TouchpointNames touchpoints, Surveys surveys, SurveyRepository repository, StandardQuestions standard) {
		this.demo = demo;
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.touchpoints = touchpoints;
		this.surveys = surveys;
		this.repository = repository;
		this.standard = standard;
	}

	// after the demo journey map, whose touchpoints the surveys are bound to
	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void load() {
		if (!demo || TenantContext.asRoot(() -> repository.existsByCode(VISIT.value()))) {
			return;
		}
		accounts.findByEmail(Demo.OWNER_EMAIL)
			.flatMap(owner -> workspaces.of(owner.id()).stream().filter(w -> w.name().equals(CLINIC)).findFirst())
			.ifPresent(clinic -> TenantContext.inWorkspace(clinic.id(), () -> {
				Map<String, UUID> byName = touchpoints.all().entrySet().stream()
					.collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (first, later) -> first));
				surveys.create(VISIT, named("NPS после визита", Metric.NPS)
					.withComment("Что нам сделать лучше?", "What should we do better?")
					.withThanks("Спасибо! Главный врач читает каждый отзыв.",
							"Thank you! Our chief physician reads every answer.")
					.boundTo(byName.get("Приветствие"), "OFFLINE"));
				surveys.create(WAITING, SurveyDetails.standard("CSAT зоны ожидания", Metric.CSAT,
						"Насколько вы довольны зоной ожидания?", "How satisfied are you with the waiting area?")
					.withExtra(ExtraKind.CHOICE, "Сколько вы ждали приёма?", "How long did you wait?",
							"Меньше 5 минут\n5–15 минут\n15–30 минут\nБольше 30 минут",
							"Under 5 minutes\n5–15 minutes\n15–30 minutes\nOver 30 minutes")
					.boundTo(byName.get("Ожидание приёма"), "OFFLINE"));
				log.info("Demo surveys {} and {} loaded for {}", VISIT, WAITING, CLINIC);
			}));
	}

	private SurveyDetails named(String name, Metric metric) {
		SurveyDetails details = standard.of(metric);
		return SurveyDetails.standard(name, metric, details.questionRu(), details.questionEn());
	}
}
