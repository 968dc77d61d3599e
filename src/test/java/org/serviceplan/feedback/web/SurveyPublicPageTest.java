package org.serviceplan.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.feedback.Metric;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class SurveyPublicPageTest {

	/** Each test answers from its own address, so the per-address limit of one test does not spill into another. */
	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Journeys journeys;
	@Autowired
	Surveys surveys;
	@Autowired
	JdbcTemplate jdbc;

	Company clinic;
	UUID greeting;
	Survey survey;
	String address;

	@BeforeEach
	void clinicWithASurvey() {
		clinic = companies.company("Клиника");
		address = "10.7." + ADDRESSES.incrementAndGet() / 250 + "." + ADDRESSES.get() % 250;
		TenantContext.inWorkspace(clinic.id(), () -> {
			var journey = journeys.create("Визит", null, null, new ExpectedDuration(14));
			var stage = journeys.addStage(journey.id(), "Во время визита");
			greeting = journeys.addTouchpoint(journey.id(), Parent.stage(stage.id()),
					TouchpointDetails.named("Приветствие", Channel.OFFLINE)).id();
			survey = surveys.create(SurveyDetails.standard("NPS", Metric.NPS, "Порекомендуете ли вы нас?",
					"Would you recommend us?")
				.withComment("Что улучшить?", "What should we improve?")
				.withExtra(ExtraKind.CHOICE, "Сколько ждали?", "How long did you wait?", "Мало\nДолго", "Short\nLong")
				.withThanks("Спасибо, мы прочитаем!", "Thanks, we will read it!")
				.boundTo(greeting, "OFFLINE"));
		});
	}

	String page() {
		return "/f/" + survey.code().value();
	}

	RequestPostProcessor from(String ip) {
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	MockHttpServletRequestBuilder answer(String path, String score) {
		MockHttpServletRequestBuilder post = post(path).with(from(address)).param("lang", "ru");
		return score == null ? post : post.param("score", score);
	}

	List<Map<String, Object>> storedAnswers() {
		return jdbc.queryForList("select score, touchpoint_id, channel, comment, metric from feedback_answer "
				+ "where survey_id = ?", survey.id());
	}

	@Test
	void answerIsStoredWithTheSurveysTouchpointAndChannelThenThanks() throws Exception {
		mvc.perform(get(page()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Порекомендуете ли вы нас?")))
			.andExpect(content().string(containsString("type=\"radio\" name=\"score\" value=\"10\"")))
			.andExpect(header().string("Cache-Control", containsString("max-age=60")))
			.andExpect(header().doesNotExist("Set-Cookie"));

		mvc.perform(answer(page(), "9").param("comment", "  Быстро приняли  ").param("extraChoice", "1"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl(page() + "/thanks?lang=ru"));

		assertThat(storedAnswers()).singleElement().satisfies(row -> {
			assertThat(((Number) row.get("score")).intValue()).isEqualTo(9);
			assertThat(row.get("metric")).isEqualTo("NPS");
			assertThat(row.get("touchpoint_id")).isEqualTo(greeting);
			assertThat(row.get("channel")).isEqualTo("OFFLINE");
			assertThat(row.get("comment")).isEqualTo("Быстро приняли");
		});
		assertThat(jdbc.queryForObject("select choice from survey_extra_answer where survey_id = ?", Integer.class,
				survey.id())).isEqualTo(1);
		mvc.perform(get(page() + "/thanks").param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Спасибо, мы прочитаем!")));
	}

	@Test
	void pageCreatesNoSession() throws Exception {
		var result = mvc.perform(get(page())).andReturn();
		var posted = mvc.perform(answer(page(), "10")).andReturn();

		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(posted.getRequest().getSession(false)).isNull();
		assertThat(posted.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void botFillingTheHoneypotIsThankedAndDropped() throws Exception {
		mvc.perform(answer(page(), "0").param("website", "http://spam.example"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl(page() + "/thanks?lang=ru"));

		assertThat(storedAnswers()).isEmpty();
	}

	@Test
	void answerWithoutScoreIsAskedAgainWithTheCommentKept() throws Exception {
		mvc.perform(answer(page(), null).param("comment", "Забыл оценку"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Выберите оценку.")))
			.andExpect(content().string(containsString("Забыл оценку")));
		mvc.perform(answer(page(), "11")).andExpect(status().isUnprocessableContent());

		assertThat(storedAnswers()).isEmpty();
	}

	@Test
	void invitationTokenAnswersOnce() throws Exception {
		String token = TenantContext.inWorkspace(clinic.id(), () -> surveys.invite(survey.id(), 1)).get(0);

		mvc.perform(get(page() + "/" + token)).andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"" + page() + "/" + token + "\"")));
		mvc.perform(answer(page() + "/" + token, "8")).andExpect(status().isSeeOther());
		mvc.perform(answer(page() + "/" + token, "2"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Вы уже ответили")));
		mvc.perform(get(page() + "/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Вы уже ответили")));
		mvc.perform(get(page() + "/not-a-token")).andExpect(status().isNotFound());

		assertThat(storedAnswers()).extracting(row -> ((Number) row.get("score")).intValue()).containsExactly(8);
	}

	@Test
	void tooManyAnswersFromOneAddressGet429() throws Exception {
		for (int i = 0; i < 20; i++) {
			mvc.perform(answer(page(), null)).andExpect(status().isUnprocessableContent());
		}

		mvc.perform(answer(page(), "10"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Подождите минуту")));
		mvc.perform(post(page()).with(from("10.8.0.1")).param("score", "10")).andExpect(status().isSeeOther());
		assertThat(storedAnswers()).hasSize(1);
	}

	@Test
	void unknownOrPausedSurveyIsAFriendlyNotFound() throws Exception {
		mvc.perform(get("/f/no-such-survey"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Опрос недоступен")));
		mvc.perform(get("/f/Klinika_NPS").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Survey not available")));

		TenantContext.inWorkspace(clinic.id(), () -> surveys.pause(survey.id(), null));

		mvc.perform(get(page())).andExpect(status().isNotFound());
		mvc.perform(answer(page(), "10")).andExpect(status().isNotFound());
		assertThat(storedAnswers()).isEmpty();
	}

	@Test
	void englishFromTheBrowserOrChosenOnThePage() throws Exception {
		mvc.perform(get(page()).header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Would you recommend us?")))
			.andExpect(content().string(containsString("How long did you wait?")))
			.andExpect(content().string(not(containsString("Порекомендуете ли вы нас?"))));
		mvc.perform(get(page()).param("lang", "en").header("Accept-Language", "ru"))
			.andExpect(content().string(containsString("Would you recommend us?")));

		mvc.perform(post(page()).with(from(address)).param("lang", "en").param("score", "7"))
			.andExpect(redirectedUrl(page() + "/thanks?lang=en"));
		mvc.perform(get(page() + "/thanks").param("lang", "en"))
			.andExpect(content().string(containsString("Thanks, we will read it!")));
	}
}
