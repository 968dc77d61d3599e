package org.serviceplan.feedback.internal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.feedback.Metric;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;

class SurveyTest {

	static SurveyDetails nps() {
		return SurveyDetails.standard("NPS после визита", Metric.NPS, "Порекомендуете ли вы нас?",
				"Would you recommend us?");
	}

	static Survey survey(SurveyDetails details) {
		return new Survey(new SurveyCode("test-nps"), details);
	}

	@Test
	void startsActiveWithTheMetricsScale() {
		Survey survey = survey(nps());

		assertThat(survey.active()).isTrue();
		assertThat(survey.accepts(0)).isTrue();
		assertThat(survey.accepts(10)).isTrue();
		assertThat(survey.accepts(11)).isFalse();
		assertThat(survey(SurveyDetails.standard("CES", Metric.CES, "Легко?", "Easy?")).accepts(0)).isFalse();
	}

	@Test
	void rejectsMainQuestionMissingInEnglish() {
		assertThatThrownBy(() -> survey(SurveyDetails.standard("NPS", Metric.NPS, "Порекомендуете?", " ")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("questionEn");
				assertThat(e.messageKey()).isEqualTo("validation.required");
			});
	}

	@Test
	void rejectsFreeTextQuestionInOneLanguageOnly() {
		assertThatThrownBy(() -> survey(nps().withComment("Что улучшить?", null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("commentQuestionEn");
				assertThat(e.messageKey()).isEqualTo("survey.rule.bothLanguages");
			});
	}

	@Test
	void rejectsChoiceQuestionWithOneChoice() {
		assertThatThrownBy(() -> survey(nps().withExtra(ExtraKind.CHOICE, "Сколько ждали?", "How long?", "Долго",
				"Long")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					e -> assertThat(e.messageKey()).isEqualTo("survey.rule.choiceCount"));
	}

	@Test
	void rejectsChoicesThatDifferBetweenLanguages() {
		assertThatThrownBy(() -> survey(nps().withExtra(ExtraKind.CHOICE, "Сколько ждали?", "How long?",
				"Мало\nДолго\nОчень долго", "Short\nLong")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("extraChoicesEn");
				assertThat(e.messageKey()).isEqualTo("survey.rule.choicesDiffer");
			});
	}

	@Test
	void keepsChoicesOneALineWithoutBlankLines() {
		Survey survey = survey(nps().withExtra(ExtraKind.CHOICE, "Сколько ждали?", "How long?",
				" Мало \r\n\r\nДолго\n", "Short\nLong"));

		assertThat(survey.details().extraChoicesRu()).isEqualTo("Мало\nДолго");
		assertThat(PublicSurvey.of(survey).in("en").choices()).containsExactly("Short", "Long");
	}

	@Test
	void dropsExtraTextsWhenTheExtraQuestionIsRemoved() {
		Survey survey = survey(nps().withExtra(ExtraKind.TEXT, "Что ещё?", "Anything else?", null, null));

		survey.describe(nps().withExtra(ExtraKind.NONE, "Что ещё?", "Anything else?", null, null), 0L);

		assertThat(survey.details().extraQuestionRu()).isNull();
	}

	@Test
	void refusesAnEditOfAnOlderVersion() {
		Survey survey = survey(nps());

		assertThatThrownBy(() -> survey.describe(nps(), 3L)).isInstanceOf(StaleRecord.class);
		assertThatThrownBy(() -> survey.pause(3L)).isInstanceOf(StaleRecord.class);
	}

	@Test
	void pausedSurveyResumes() {
		Survey survey = survey(nps().boundTo(UUID.randomUUID(), "OFFLINE"));

		survey.pause(0L);
		assertThat(survey.active()).isFalse();
		survey.resume(0L);
		assertThat(survey.active()).isTrue();
		assertThat(survey.channel()).isEqualTo("OFFLINE");
	}

	@Test
	void codeIsShortLowerCaseAndUrlSafe() {
		assertThat(SurveyCode.random().value()).matches("[a-z0-9]{8}");
		assertThatIllegalArgumentException().isThrownBy(() -> new SurveyCode("../etc"));
		assertThat(SurveyCode.isWellFormed("Klinika")).isFalse();
	}
}
