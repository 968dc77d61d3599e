package org.serviceplan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.notification.internal.Inbox;
import org.serviceplan.notification.internal.Notification;
import org.serviceplan.notification.internal.NotificationTexts;
import org.serviceplan.notification.internal.NotificationView;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PlanChangeNotificationsTest {

	private static final Locale RU = Locale.forLanguageTag("ru");

	@Autowired
	TestCompanies companies;
	@Autowired
	ServicePlans plans;
	@Autowired
	Inbox inbox;
	@Autowired
	NotificationTexts texts;
	@Autowired
	MockMvc mvc;

	ApprovedPlan clinic;

	@BeforeEach
	void anApprovedPlan() {
		clinic = ApprovedPlan.build(companies, plans, "Клиника Уведомления " + UUID.randomUUID());
	}

	@Test
	void editingATaskOfAnApprovedPlanNotifiesOldAndNewResponsibleAndLeadButNotTheEditor() {
		var dueBefore = clinic.annasDueDate(plans);
		clinic.ownerHandsAnnasTaskToVera(companies, plans);
		var dueAfter = clinic.annasDueDate(plans);
		String before = dueBefore.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		String after = dueAfter.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

		List<NotificationView> anna = awaitInboxOf(clinic.anna(), 1);
		List<NotificationView> vera = awaitInboxOf(clinic.vera(), 1);
		List<NotificationView> lead = awaitInboxOf(clinic.lead(), 1);
		for (var notification : List.of(anna.get(0), vera.get(0), lead.get(0))) {
			assertThat(notification.title())
				.isEqualTo("План «Сервисный план клиники» изменён. Автор изменений: " + clinic.owner().name());
			assertThat(notification.lines()).containsExactlyInAnyOrder(
					"Обучить администраторов скриптам — Ответственный: Сотрудник EMPLOYEE → Сотрудник EMPLOYEE",
					"Обучить администраторов скриптам — Срок: " + before + " → " + after);
			assertThat(notification.entries()).extracting(e -> e.field()).containsExactlyInAnyOrder("responsible", "dueDate");
			assertThat(notification.link())
				.isEqualTo("/w/" + clinic.company().id() + "/plans/" + clinic.planId() + "/tasks/" + clinic.annasTask());
			assertThat(notification.unread()).isTrue();
		}
		assertThat(inboxOf(clinic.boris())).isEmpty();
		assertThat(inboxOf(clinic.company().owner())).isEmpty();
	}

	@Test
	void theLeadHearsOfEveryTaskAndEachResponsibleOnlyOfTheirOwn() {
		clinic.ownerHandsAnnasTaskToVera(companies, plans);
		changeBorisTitle("Запустить опрос NPS после визита");

		awaitInboxOf(clinic.lead(), 2);
		List<NotificationView> boris = awaitInboxOf(clinic.boris(), 1);
		assertThat(boris.get(0).lines()).containsExactly(
				"Запустить опрос NPS после визита — Название: Запустить опрос NPS → Запустить опрос NPS после визита");
		assertThat(inboxOf(clinic.anna())).hasSize(1)
			.allSatisfy(n -> assertThat(n.lines()).noneMatch(line -> line.contains("опрос")));
	}

	@Test
	void aPersonCannotReadOrMarkSomeoneElsesNotification() throws Exception {
		clinic.ownerHandsAnnasTaskToVera(companies, plans);
		UUID annas = awaitInboxOf(clinic.anna(), 1).get(0).id();
		String borisToken = companies.token(clinic.boris());
		String ws = clinic.company().id().toString();

		mvc.perform(post("/api/v1/workspaces/{ws}/notifications/{id}/read", ws, annas)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + borisToken))
			.andExpect(status().isNotFound());
		mvc.perform(post("/w/{ws}/inbox/{id}/read", ws, annas).with(user(clinic.boris())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/workspaces/{ws}/notifications", ws).header(HttpHeaders.AUTHORIZATION, "Bearer " + borisToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.unread").value(0));
		mvc.perform(post("/api/v1/workspaces/{ws}/notifications/read-all", ws)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + borisToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.marked").value(0));
		assertThat(inboxOf(clinic.anna())).singleElement().satisfies(n -> assertThat(n.unread()).isTrue());
	}

	@Test
	void theApiListsCountsAndMarksTheCallersNotifications() throws Exception {
		clinic.ownerHandsAnnasTaskToVera(companies, plans);
		changeBorisTitle("Запустить опрос NPS после визита");
		awaitInboxOf(clinic.lead(), 2);
		String token = companies.token(clinic.lead());
		String ws = clinic.company().id().toString();

		mvc.perform(get("/api/v1/workspaces/{ws}/notifications/unread-count", ws).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unread").value(2));
		var newest = mvc.perform(get("/api/v1/workspaces/{ws}/notifications", ws)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].kind").value("PLAN_CHANGED"))
			.andExpect(jsonPath("$.items[0].title").value("Plan “Сервисный план клиники” was changed by " + clinic.owner().name()))
			.andExpect(jsonPath("$.items[0].changes[0].field").value("title"))
			.andExpect(jsonPath("$.items[0].lines[0]").value(containsString("Title: Запустить опрос NPS → ")))
			.andReturn().getResponse().getContentAsString();
		String id = com.jayway.jsonpath.JsonPath.read(newest, "$.items[0].id");

		mvc.perform(post("/api/v1/workspaces/{ws}/notifications/{id}/read", ws, id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.readAt").exists());
		mvc.perform(get("/api/v1/workspaces/{ws}/notifications", ws).param("unread", "true")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].id").value(not(id)))
			.andExpect(jsonPath("$.unread").value(1));
		mvc.perform(post("/api/v1/workspaces/{ws}/notifications/read-all", ws).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(jsonPath("$.marked").value(1));
		mvc.perform(get("/api/v1/workspaces/{ws}/notifications/unread-count", ws).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(jsonPath("$.unread").value(0));
	}

	@Test
	void theInboxShowsTheBadgeInRussianAndEnglishAndOpeningMarksRead() throws Exception {
		clinic.ownerHandsAnnasTaskToVera(companies, plans);
		UUID id = awaitInboxOf(clinic.anna(), 1).get(0).id();
		String ws = clinic.company().id().toString();

		mvc.perform(get("/w/{ws}/inbox", ws).with(user(clinic.anna())).cookie(new Cookie("serviceplan-lang", "ru")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Входящие")))
			.andExpect(content().string(containsString("<span class=\"badge\">1</span>")))
			.andExpect(content().string(containsString("class=\"card notification unread\"")))
			.andExpect(content().string(containsString("Обучить администраторов скриптам — Срок: ")))
			.andExpect(content().string(containsString("Как получать уведомления")));
		mvc.perform(get("/w/{ws}/people", ws).with(user(clinic.anna())).cookie(new Cookie("serviceplan-lang", "ru")))
			.andExpect(content().string(containsString("<span class=\"badge\">1</span>")));
		mvc.perform(get("/w/{ws}/inbox", ws).with(user(clinic.anna())).cookie(new Cookie("serviceplan-lang", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Inbox")))
			.andExpect(content().string(containsString("Обучить администраторов скриптам — Due date: ")))
			.andExpect(content().string(containsString("How you get notifications")));

		mvc.perform(post("/w/{ws}/inbox/{id}/read", ws, id).with(user(clinic.anna())).with(csrf()))
			.andExpect(redirectedUrl("/w/" + ws + "/plans/" + clinic.planId() + "/tasks/" + clinic.annasTask()));
		mvc.perform(get("/w/{ws}/inbox", ws).with(user(clinic.anna())))
			.andExpect(content().string(not(containsString("class=\"card notification unread\""))))
			.andExpect(content().string(not(containsString("<span class=\"badge\">1</span>"))));
	}

	@Test
	void aPersonCanTurnOffEmailForPlanChanges() throws Exception {
		String ws = clinic.company().id().toString();
		mvc.perform(post("/w/{ws}/inbox/preferences", ws).with(user(clinic.anna())).with(csrf())
				.param("delivery_PLAN_CHANGED", "IMMEDIATE"))
			.andExpect(redirectedUrl("/w/" + ws + "/inbox"));
		UUID anna = clinic.personOf(companies, clinic.anna());
		TenantContext.inWorkspace(clinic.company().id(), () -> assertThat(inbox.preferences(anna))
			.filteredOn(p -> p.kind() == NotificationKind.PLAN_CHANGED).singleElement().satisfies(p -> assertThat(p.email()).isFalse()));
		mvc.perform(post("/w/{ws}/inbox/preferences", ws).with(user(clinic.anna())).with(csrf())
				.param("email_PLAN_CHANGED", "on").param("delivery_PLAN_CHANGED", "DIGEST"));
		TenantContext.inWorkspace(clinic.company().id(), () -> assertThat(inbox.preferences(anna))
			.filteredOn(p -> p.kind() == NotificationKind.PLAN_CHANGED).singleElement().satisfies(p -> assertThat(p.email() && p.digest()).isTrue()));
	}

	private void changeBorisTitle(String title) {
		TenantContext.inWorkspace(clinic.company().id(), () -> {
			var d = plans.plan(clinic.planId()).task(clinic.borisTask()).details();
			plans.changeTask(clinic.owner(), clinic.planId(), clinic.borisTask(),
					new org.serviceplan.plan.internal.TaskDetails(d.goalId(), d.block(), title, d.description(),
							d.responsibleId(), d.coExecutorIds(), d.startDate(), d.dueDate(), d.expectedResult(),
							d.targetMetric(), d.targetValue(), d.reportingFormat(), d.budgetAmount(), d.budgetCurrency(),
							d.budgetSource(), d.reward(), d.status(), d.priority(), d.kind()),
					null);
		});
	}

	private List<NotificationView> awaitInboxOf(CurrentUser user, int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> inboxOf(user).size() >= count);
		List<NotificationView> found = inboxOf(user);
		assertThat(found).hasSize(count);
		return found;
	}

	private List<NotificationView> inboxOf(CurrentUser user) {
		UUID person = clinic.personOf(companies, user);
		return TenantContext.inWorkspace(clinic.company().id(), () -> inbox.of(person, false, 0, 50)
			.map(n -> texts.view((Notification) n, RU))
			.getContent());
	}
}
