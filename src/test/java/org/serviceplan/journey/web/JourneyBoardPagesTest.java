package org.serviceplan.journey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.PainDetails;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.Touchpoint;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.serviceplan.workspace.internal.OrgChart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class JourneyBoardPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Journeys journeys;
	@Autowired
	OrgChart orgChart;

	<T> T in(Company company, Supplier<T> work) {
		return TenantContext.inWorkspace(company.id(), work);
	}

	/** Like the demo: three stages, a zone with an element, rated touchpoints and pains. */
	record Map(UUID id, UUID before, UUID during, UUID after, UUID greeting, UUID queue, UUID call) {
	}

	Map visit(Company company) {
		return in(company, () -> {
			Journey journey = journeys.create("Визит пациента", null, "Взрослые пациенты", new ExpectedDuration(14));
			var before = journeys.addStage(journey.id(), "До визита");
			var during = journeys.addStage(journey.id(), "Во время визита");
			var after = journeys.addStage(journey.id(), "После визита");
			Touchpoint call = journeys.addTouchpoint(journey.id(), Parent.stage(before.id()),
					new TouchpointDetails("Звонок в клинику", null, Channel.PHONE, null, null, "phone", 4, 5, null,
							null));
			var reception = journeys.addZone(journey.id(), during.id(), "Ресепшн");
			var desk = journeys.addElement(journey.id(), reception.id(), "Стойка");
			Touchpoint greeting = journeys.addTouchpoint(journey.id(), Parent.element(desk.id()),
					new TouchpointDetails("Приветствие", null, Channel.OFFLINE, null, null, "handshake", 4, 2, null,
							null));
			Touchpoint queue = journeys.addTouchpoint(journey.id(), Parent.zone(reception.id()),
					new TouchpointDetails("Очередь", null, Channel.OFFLINE, null, null, null, 3, 3, null, null));
			journeys.addPain(journey.id(), greeting.id(), new PainDetails("Не смотрят в глаза", 4, 3, null, null));
			journeys.addPain(journey.id(), greeting.id(), new PainDetails("Не здороваются", 3, 2, null, null));
			return new Map(journey.id(), before.id(), during.id(), after.id(), greeting.id(), queue.id(), call.id());
		});
	}

	String board(Company company, UUID journeyId, CurrentUser as) throws Exception {
		return mvc.perform(get("/w/{ws}/journeys/{j}", company.id(), journeyId).with(user(as)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void showsStagesInOrderWithACardPerTouchpointItsPainsAndGap() throws Exception {
		var company = companies.company("Клиника Доска");
		Map map = visit(company);
		String page = board(company, map.id(), company.owner());
		assertThat(page).contains("Визит пациента", "Взрослые пациенты", "Ресепшн", "Стойка");
		assertThat(page.indexOf("До визита")).isLessThan(page.indexOf("Во время визита"));
		assertThat(page.indexOf("Во время визита")).isLessThan(page.indexOf("После визита"));
		assertThat(page).contains("id=\"card-" + map.greeting() + "\"", "id=\"card-" + map.queue() + "\"",
				"id=\"card-" + map.call() + "\"");
		assertThat(cardOf(page, map.greeting())).contains("gap-bad", "Боли: 2");
		assertThat(cardOf(page, map.queue())).contains("gap-good", "Боли: 0");
		assertThat(cardOf(page, map.call())).contains("gap-excellent");
		assertThat(page).contains("/barrier-matrix", "/idef0", "/history/journey/" + map.id(), "id=\"new-stage\"");
	}

	@Test
	void addsAStageAndATouchpointInPlaceThroughHtmx() throws Exception {
		var company = companies.company("Клиника Доска Добавить");
		Map map = visit(company);
		mvc.perform(post("/w/{ws}/journeys/{j}/stages", company.id(), map.id()).with(user(company.owner()))
			.with(csrf())
			.header("HX-Request", "true")
			.param("name", "Повторный визит")).andExpect(redirectedUrlPattern("/w/" + company.id() + "/journeys/*"));
		UUID stage = in(company, () -> journeys.journey(map.id()).stages().get(3).id());
		mvc.perform(post("/w/{ws}/journeys/{j}/touchpoints", company.id(), map.id()).with(user(company.owner()))
			.with(csrf())
			.header("HX-Request", "true")
			.param("stageId", stage.toString())
			.param("name", "Напоминание о записи")
			.param("channel", "MESSENGER")).andExpect(status().is3xxRedirection());
		String page = board(company, map.id(), company.owner());
		assertThat(page).contains("Повторный визит", "Напоминание о записи", "Мессенджер");
		assertThat(in(company, () -> journeys.journey(map.id()).touchpointsIn(Parent.stage(stage))))
			.extracting(Touchpoint::name)
			.containsExactly("Напоминание о записи");
	}

	@Test
	void refusesABlankStageNamingTheField() throws Exception {
		var company = companies.company("Клиника Доска Пусто");
		Map map = visit(company);
		mvc.perform(post("/w/{ws}/journeys/{j}/stages", company.id(), map.id()).with(user(company.owner()))
			.with(csrf())
			.param("name", " "))
			.andExpect(flash().attribute("refusedRule", "validation.required"));
		assertThat(in(company, () -> journeys.journey(map.id()).stages())).hasSize(3);
	}

	@Test
	void movesACardToAnotherStageByDragAndDropAndByKeyboard() throws Exception {
		var company = companies.company("Клиника Доска Перенос");
		Map map = visit(company);
		mvc.perform(post("/w/{ws}/journeys/{j}/touchpoints/{t}/move", company.id(), map.id(), map.queue())
			.with(user(company.owner()))
			.with(csrf())
			.header("HX-Request", "true")
			.param("stageId", map.after().toString())
			.param("index", "0")).andExpect(redirectedUrl("/w/" + company.id() + "/journeys/" + map.id()
					+ "#j-" + map.queue()));
		String page = board(company, map.id(), company.owner());
		String after = page.substring(page.indexOf("id=\"j-" + map.after() + "\""));
		assertThat(after).contains("id=\"card-" + map.queue() + "\"");
		assertThat(in(company, () -> journeys.journey(map.id()).touchpointsIn(Parent.stage(map.after()))))
			.extracting(Touchpoint::id)
			.containsExactly(map.queue());

		mvc.perform(post("/w/{ws}/journeys/{j}/touchpoints/{t}/move", company.id(), map.id(), map.queue())
			.with(user(company.owner()))
			.with(csrf())
			.param("direction", "left")).andExpect(status().is3xxRedirection());
		assertThat(in(company, () -> journeys.journey(map.id()).touchpointsIn(Parent.stage(map.during()))))
			.extracting(Touchpoint::id)
			.containsExactly(map.queue());
	}

	@Test
	void aStaleTouchpointSaveShowsTheMessageAndKeepsTheInput() throws Exception {
		var company = companies.company("Клиника Доска Версия");
		Map map = visit(company);
		long version = in(company, () -> journeys.journey(map.id()).touchpoint(map.greeting()).version());
		in(company, () -> journeys.describeTouchpoint(map.id(), map.greeting(),
				TouchpointDetails.named("Приветствие у стойки", Channel.OFFLINE), version));
		mvc.perform(post("/w/{ws}/journeys/{j}/touchpoints/{t}", company.id(), map.id(), map.greeting())
			.with(user(company.owner()))
			.with(csrf())
			.param("name", "Мой вариант названия")
			.param("channel", "OFFLINE")
			.param("expectation", "5")
			.param("quality", "4")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Запись уже изменил кто-то другой")))
			.andExpect(content().string(containsString("value=\"Мой вариант названия\"")));
		assertThat(in(company, () -> journeys.journey(map.id()).touchpoint(map.greeting()).name()))
			.isEqualTo("Приветствие у стойки");
	}

	@Test
	void editsATouchpointAndAddsPainsAndIdeas() throws Exception {
		var company = companies.company("Клиника Доска Правка");
		Map map = visit(company);
		long version = in(company, () -> journeys.journey(map.id()).touchpoint(map.queue()).version());
		UUID reception = in(company, () -> orgChart.addDepartment("Ресепшн", null).id());
		mvc.perform(post("/w/{ws}/journeys/{j}/touchpoints/{t}", company.id(), map.id(), map.queue())
			.with(user(company.owner()))
			.with(csrf())
			.param("name", "Очередь к администратору")
			.param("description", "Пациенты ждут у стойки")
			.param("channel", "OFFLINE")
			.param("icon", "clock")
			.param("departmentId", reception.toString())
			.param("responsibleId", company.ownerMember().personId().toString())
			.param("expectation", "4")
			.param("quality", "2")
			.param("tangibleEvidence", "Табло очереди")
			.param("notes", "Замерить время")
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/w/{ws}/journeys/{j}/touchpoints/{t}/pains", company.id(), map.id(), map.queue())
			.with(user(company.owner()))
			.with(csrf())
			.param("description", "Долго ждать")
			.param("severity", "4")
			.param("frequency", "5")
			.param("source", "FEEDBACK")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/w/{ws}/journeys/{j}/touchpoints/{t}/ideas", company.id(), map.id(), map.queue())
			.with(user(company.owner()))
			.with(csrf())
			.param("kind", "IDEAL_FUTURE")
			.param("text", "Электронная очередь")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/w/{ws}/journeys/{j}/touchpoints/{t}/ideas", company.id(), map.id(), map.queue())
			.with(user(company.owner()))
			.with(csrf())
			.param("kind", "IDEAL_FUTURE")
			.param("text", "")).andExpect(flash().attribute("refusedField", "text"));
		Touchpoint queue = in(company, () -> journeys.journey(map.id()).touchpoint(map.queue()));
		assertThat(queue.name()).isEqualTo("Очередь к администратору");
		assertThat(queue.icon()).isEqualTo("clock");
		assertThat(queue.tangibleEvidence()).isEqualTo("Табло очереди");
		assertThat(queue.departmentId()).isEqualTo(reception);
		assertThat(cardOf(board(company, map.id(), company.owner()), map.queue())).contains("gap-bad", "Боли: 1",
				"Ожидание");
		mvc.perform(get("/w/{ws}/journeys/{j}/touchpoints/{t}", company.id(), map.id(), map.queue())
			.with(user(company.owner())))
			.andExpect(content().string(containsString("Долго ждать")))
			.andExpect(content().string(containsString("<option value=\"" + reception + "\" selected=\"selected\">Ресепшн</option>")))
			.andExpect(content().string(containsString("Электронная очередь")));
	}

	@Test
	void anEmployeeReadsTheBoardWithoutEditControlsAndCannotPost() throws Exception {
		var company = companies.company("Клиника Доска Сотрудник");
		Map map = visit(company);
		CurrentUser employee = company.join(Role.EMPLOYEE);
		String page = board(company, map.id(), employee);
		assertThat(page).contains("Приветствие").doesNotContain("id=\"new-stage\"", "/move\"", "data-sortable=\"true\"",
				"/delete\"");
		mvc.perform(get("/w/{ws}/journeys/{j}/touchpoints/{t}", company.id(), map.id(), map.greeting())
			.with(user(employee)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"touchpoint-form\""))));
		mvc.perform(post("/w/{ws}/journeys/{j}/stages", company.id(), map.id()).with(user(employee))
			.with(csrf())
			.param("name", "Чужой этап")).andExpect(status().isForbidden());
		mvc.perform(post("/w/{ws}/journeys/{j}/touchpoints/{t}/move", company.id(), map.id(), map.greeting())
			.with(user(employee))
			.with(csrf())
			.param("direction", "left")).andExpect(status().isForbidden());
		mvc.perform(post("/w/{ws}/journeys", company.id()).with(user(employee))
			.with(csrf())
			.param("title", "Чужая карта")).andExpect(status().isForbidden());
		assertThat(in(company, () -> journeys.journey(map.id()).stages())).hasSize(3);
	}

	@Test
	void escapesCyrillicAndMarkupInNames() throws Exception {
		var company = companies.company("Клиника Доска Экран");
		Map map = visit(company);
		in(company, () -> journeys.addTouchpoint(map.id(), Parent.stage(map.before()),
				TouchpointDetails.named("<script>alert('ё')</script>", Channel.WEBSITE)));
		in(company, () -> journeys.addStage(map.id(), "Этап <b>жирный</b>"));
		String page = board(company, map.id(), company.owner());
		assertThat(page).doesNotContain("<script>alert", "<b>жирный</b>")
			.contains("&lt;script&gt;alert(&#39;ё&#39;)&lt;/script&gt;", "Этап &lt;b&gt;жирный&lt;/b&gt;");
	}

	@Test
	void createsAJourneyFromTheNewJourneyFormAndOpensItsBoard() throws Exception {
		var company = companies.company("Клиника Доска Новая");
		mvc.perform(get("/w/{ws}/journeys/new", company.id()).with(user(company.owner())))
			.andExpect(content().string(containsString("id=\"new-journey\"")));
		mvc.perform(post("/w/{ws}/journeys", company.id()).with(user(company.owner()))
			.with(csrf())
			.param("title", "Онлайн-запись")
			.param("segment", "Новые пациенты")
			.param("description", "Запись через сайт"))
			.andExpect(redirectedUrlPattern("/w/" + company.id() + "/journeys/*"));
		Journey created = in(company, () -> journeys.all().get(0));
		assertThat(created.segment()).isEqualTo("Новые пациенты");
		mvc.perform(post("/w/{ws}/journeys", company.id()).with(user(company.owner())).with(csrf()).param("title", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Поле обязательно для заполнения")));
		assertThat(in(company, () -> journeys.all())).hasSize(1);
	}

	private static String cardOf(String page, UUID touchpointId) {
		int start = page.indexOf("id=\"card-" + touchpointId + "\"");
		int from = page.lastIndexOf("<article", start);
		return page.substring(from, page.indexOf("</article>", start));
	}
}
