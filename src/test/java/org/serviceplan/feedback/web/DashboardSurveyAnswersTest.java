package org.serviceplan.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.feedback.Feedback;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.NewAnswer;
import org.serviceplan.feedback.internal.survey.ExtraKind;
import org.serviceplan.feedback.internal.survey.Survey;
import org.serviceplan.feedback.internal.survey.SurveyDetails;
import org.serviceplan.feedback.internal.survey.Surveys;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's answers to surveys' extra questions and its paged comments, and a survey whose touchpoint was
 * deleted: customers' answers are still taken, the owner is warned.
 */
@IntegrationTest
class DashboardSurveyAnswersTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Feedback feedback;
	@Autowired
	Surveys surveys;
	@Autowired
	Journeys journeys;
	@Autowired
	JdbcTemplate jdbc;

	Survey survey(Company company, String name, ExtraKind kind) {
		return TenantContext.inWorkspace(company.id(), () -> surveys.create(SurveyDetails
			.standard(name, Metric.NPS, "Порекомендуете ли вы нас?", "Would you recommend us?")
			.withExtra(kind, "Сколько ждали?", "How long did you wait?", kind == ExtraKind.CHOICE ? "Мало\nДолго" : null,
					kind == ExtraKind.CHOICE ? "Short\nLong" : null)));
	}

	void extraAnswer(Company company, Survey survey, Instant at, Integer choice, String text) {
		jdbc.update("insert into survey_extra_answer (workspace_id, survey_id, answered_at, choice, answer_text) "
				+ "values (?, ?, ?, ?, ?)", company.id(), survey.id(), Timestamp.from(at), choice, text);
	}

	Document page(Company company, String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(company.owner())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}

	Document fragment(Company company, URI uri) throws Exception {
		return Jsoup.parse(mvc.perform(get(uri).header("HX-Request", "true").with(user(company.owner())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}

	@Test
	void showsExtraChoiceSharesWithTheirIntervals() throws Exception {
		var company = companies.company("Клиника Доп. вопрос");
		Survey waiting = survey(company, "Ожидание", ExtraKind.CHOICE);
		Survey few = survey(company, "Мало ответов", ExtraKind.CHOICE);
		Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
		for (int i = 0; i < 24; i++) {
			extraAnswer(company, waiting, yesterday, 0, null);
		}
		for (int i = 0; i < 8; i++) {
			extraAnswer(company, waiting, yesterday, 1, null);
		}
		// before the dashboard's period of the last 30 days: not counted
		for (int i = 0; i < 5; i++) {
			extraAnswer(company, waiting, Instant.now().minus(60, ChronoUnit.DAYS), 1, null);
		}
		extraAnswer(company, few, yesterday, 1, null);
		extraAnswer(company, few, yesterday, 1, null);

		Document page = page(company, "/w/" + company.id() + "/feedback");

		var block = page.getElementById("extra-" + waiting.id());
		assertThat(block.select("h3").text()).contains("Ожидание", "Сколько ждали?");
		assertThat(block.select(".n").text()).isEqualTo("n = 32");
		var rows = block.select("tr.extra-choice");
		assertThat(rows).hasSize(2).noneMatch(r -> r.hasClass("faint"));
		// 24 of 32: 75 %, Wilson's 95% interval 57.9–86.7
		assertThat(rows.get(0).text()).isEqualTo("Мало 24 75,0 % 57,9 – 86,7");
		assertThat(rows.get(1).text()).isEqualTo("Долго 8 25,0 % 13,3 – 42,1");
		var thin = page.getElementById("extra-" + few.id());
		assertThat(thin.select("tr.extra-choice")).hasSize(2).allMatch(r -> r.hasClass("faint"));
		assertThat(thin.select(".note").text()).contains("Меньше 30 ответов");

		// the period filter reaches back to the older answers
		String from = LocalDate.now().minusDays(90).toString();
		Document longer = page(company, "/w/" + company.id() + "/feedback?from=" + from);
		assertThat(longer.select("#extra-" + waiting.id() + " .n").text()).isEqualTo("n = 37");
	}

	@Test
	void showsExtraTextAnswersNewestFirstInPages() throws Exception {
		var company = companies.company("Клиника Свободные ответы");
		Survey wishes = survey(company, "Пожелания", ExtraKind.TEXT);
		Instant start = Instant.now().minus(2, ChronoUnit.DAYS);
		for (int i = 1; i <= 12; i++) {
			extraAnswer(company, wishes, start.plus(i, ChronoUnit.MINUTES), null, "Пожелание " + i);
		}
		extraAnswer(company, wishes, Instant.now().minus(40, ChronoUnit.DAYS), null, "Давнее пожелание");

		Document page = page(company, "/w/" + company.id() + "/feedback");

		var block = page.getElementById("extra-" + wishes.id());
		assertThat(block.select(".n").text()).isEqualTo("n = 12");
		var texts = block.select(".extra-text q").eachText();
		assertThat(texts).hasSize(10).first().isEqualTo("Пожелание 12");
		assertThat(texts).last().isEqualTo("Пожелание 3");
		assertThat(block.select(".pager .page").text()).isEqualTo("страница 1 из 2");
		String older = block.selectFirst(".pager a.older").attr("hx-get");

		var second = fragment(company, URI.create(older));
		assertThat(second.select(".extra-text q").eachText()).containsExactly("Пожелание 2", "Пожелание 1");
		assertThat(second.select(".pager a.newer")).isNotEmpty();
		assertThat(second.select(".pager a.older")).isEmpty();
		// opened without htmx: the dashboard over the same period, at the survey's block
		mvc.perform(get(URI.create(older)).with(user(company.owner())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/w/" + company.id() + "/feedback?"
					+ older.substring(older.indexOf('?') + 1, older.indexOf("&page=")) + "#extra-" + wishes.id()));
	}

	@Test
	void pagesCommentsKeepingFilters() throws Exception {
		var company = companies.company("Клиника Страницы комментариев");
		List<NewAnswer> answers = new ArrayList<>();
		Instant start = Instant.now().minus(3, ChronoUnit.DAYS);
		for (int i = 1; i <= 60; i++) {
			answers.add(new NewAnswer(company.id(), Metric.CSAT, 1, start.plus(i, ChronoUnit.MINUTES), null, "онлайн",
					"VIP", null, "Грубый тон №" + i, null, null));
		}
		for (int i = 1; i <= 7; i++) {
			answers.add(new NewAnswer(company.id(), Metric.CSAT, 5, start, null, "онлайн", "VIP", null,
					"Грубый тон, но вылечили", null, null));
			answers.add(new NewAnswer(company.id(), Metric.CSAT, 1, start, null, "офлайн", "VIP", null,
					"Грубый тон в регистратуре", null, null));
		}
		assertThat(feedback.ingest(company.id(), answers.iterator(), Locale.ROOT).rejected()).isEmpty();

		Document first = fragment(company, URI.create("/w/" + company.id()
				+ "/feedback/comments?metric=CSAT&maxScore=2&channel=%D0%BE%D0%BD%D0%BB%D0%B0%D0%B9%D0%BD"
				+ "&text=%D0%B3%D1%80%D1%83%D0%B1%D1%8B%D0%B9&from=" + LocalDate.now().minusDays(5) + "&to="
				+ LocalDate.now()));

		assertThat(first.select("#comment-list .comment")).hasSize(50);
		assertThat(first.select("#comment-list q").first().text()).isEqualTo("Грубый тон №60");
		assertThat(first.getElementById("comment-count").text()).isEqualTo("Подходящих комментариев: 60; показаны 1–50.");
		assertThat(first.select("#comment-pager .page").text()).isEqualTo("страница 1 из 2");
		assertThat(first.select("#comment-pager a.newer")).isEmpty();
		String next = first.selectFirst("#comment-pager a.older").attr("hx-get");
		assertThat(next).contains("metric=CSAT", "maxScore=2", "page=2",
				"from=" + LocalDate.now().minusDays(5), "to=" + LocalDate.now());

		Document second = fragment(company, URI.create(next));
		assertThat(second.select("#comment-list q").eachText()).hasSize(10)
			.allMatch(t -> t.startsWith("Грубый тон №")).last().isEqualTo("Грубый тон №1");
		assertThat(second.getElementById("comment-count").text()).isEqualTo("Подходящих комментариев: 60; показаны 51–60.");
		// the filters are kept in the form too, and the way back keeps them
		assertThat(second.select("input[name=text]").val()).isEqualTo("грубый");
		assertThat(second.select("input[name=channel]").val()).isEqualTo("онлайн");
		assertThat(second.selectFirst("#comment-pager a.newer").attr("hx-get")).contains("page=1", "maxScore=2");

		// opened without htmx (a new tab), the page is the whole dashboard with the list at that page
		Document whole = Jsoup.parse(mvc.perform(get(URI.create(next)).with(user(company.owner())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(whole.getElementById("metric-NPS")).isNotNull();
		assertThat(whole.select("#comment-list .comment")).hasSize(10);
	}

	@Test
	void storesAnAnswerWhenTheSurveysTouchpointWasDeleted() throws Exception {
		var company = companies.company("Клиника Удалённая точка");
		UUID[] ids = TenantContext.inWorkspace(company.id(), () -> {
			var journey = journeys.create("Визит", null, null, new ExpectedDuration(14));
			var stage = journeys.addStage(journey.id(), "Визит");
			var greeting = journeys.addTouchpoint(journey.id(), Parent.stage(stage.id()),
					TouchpointDetails.named("Приветствие", Channel.OFFLINE));
			return new UUID[] { journey.id(), greeting.id() };
		});
		Survey survey = TenantContext.inWorkspace(company.id(), () -> surveys.create(SurveyDetails
			.standard("У стойки", Metric.NPS, "Порекомендуете ли вы нас?", "Would you recommend us?")
			.withComment("Что улучшить?", "What should we improve?")
			.boundTo(ids[1], "OFFLINE")));
		TenantContext.inWorkspace(company.id(), () -> journeys.removeTouchpoint(ids[0], ids[1]));

		mvc.perform(post("/f/" + survey.code().value()).param("lang", "ru").param("score", "9")
			.param("comment", "Всё хорошо").with(request -> {
				request.setRemoteAddr("10.9.0.1");
				return request;
			}))
			.andExpect(status().isSeeOther());

		var stored = jdbc.queryForList("select score, touchpoint_id, channel, comment from feedback_answer "
				+ "where survey_id = ?", survey.id());
		assertThat(stored).singleElement().satisfies(row -> {
			assertThat(((Number) row.get("score")).intValue()).isEqualTo(9);
			assertThat(row.get("touchpoint_id")).isNull();
			assertThat(row.get("channel")).isEqualTo("OFFLINE");
			assertThat(row.get("comment")).isEqualTo("Всё хорошо");
		});

		String warning = "Точку касания этого опроса удалили из карты пути";
		Document editor = page(company, "/w/" + company.id() + "/surveys/" + survey.id() + "/edit");
		assertThat(editor.select(".touchpoint-deleted").text()).contains(warning, "Привяжите опрос к другой");
		assertThat(page(company, "/w/" + company.id() + "/surveys/" + survey.id()).select(".touchpoint-deleted")
			.text()).contains(warning);
		assertThat(page(company, "/w/" + company.id() + "/surveys").select(
				"tr[data-survey-id=" + survey.id() + "] .touchpoint-deleted").text()).isEqualTo("точка касания удалена");
	}
}
