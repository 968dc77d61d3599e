package org.serviceplan.feedback.internal.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.serviceplan.feedback.Interval;
import org.serviceplan.feedback.internal.survey.ExtraKind;
import org.serviceplan.feedback.internal.survey.Survey;
import org.serviceplan.feedback.internal.survey.SurveyDetails;
import org.serviceplan.feedback.internal.survey.Surveys;
import org.serviceplan.feedback.internal.survey.TextAnswer;
import org.springframework.stereotype.Service;

/**
 * What customers answered to the surveys' extra questions over the dashboard's period, survey by survey: for a
 * choice question each choice's share with its n and Wilson 95% interval, greyed like a slice when the question
 * has fewer answers than the dashboard's minimum; for a free-text question the answers, newest first, a page at
 * a time. Only the period narrows them: these answers carry no segment or channel of their own.
 */
@Service
public class ExtraQuestions {

	/** Text answers per page: enough to read through, few enough to keep the dashboard short. */
	public static final int PAGE_SIZE = 10;

	private final Surveys surveys;
	private final DashboardProperties properties;

	ExtraQuestions(Surveys surveys, DashboardProperties properties) {
		this.surveys = surveys;
		this.properties = properties;
	}

	/** A choice's share of the question's answers, in percent, with its 95% interval. */
	public record Share(String choice, long n, double percent, Interval ci95) {
	}

	/**
	 * One survey's extra question over the period: {@code n} answers in all; the shares for a choice question,
	 * one page of {@code pages} of the texts for a free-text one.
	 */
	public record Answers(UUID surveyId, String survey, ExtraKind kind, String question, long n, boolean thin,
			List<Share> shares, List<TextAnswer> texts, int page, int pages) {

		public boolean hasPrevious() {
			return page > 1;
		}

		public boolean hasNext() {
			return page < pages;
		}
	}

	/** Every survey with an extra question, texts at their first page. */
	public List<Answers> all(DashboardFilter filter, ZoneId zone, Locale locale) {
		return surveys.withExtraQuestion().stream().map(s -> answers(s, filter, zone, locale, 1)).toList();
	}

	/** One survey's extra question, texts at the given page (from 1; past the last is the last). */
	public Answers of(UUID surveyId, DashboardFilter filter, ZoneId zone, Locale locale, int page) {
		return answers(surveys.survey(surveyId), filter, zone, locale, page);
	}

	private Answers answers(Survey survey, DashboardFilter filter, ZoneId zone, Locale locale, int page) {
		SurveyDetails d = survey.details();
		boolean english = "en".equals(locale.getLanguage());
		String question = english ? d.extraQuestionEn() : d.extraQuestionRu();
		Instant from = filter.from().atStartOfDay(zone).toInstant();
		Instant to = filter.to().plusDays(1).atStartOfDay(zone).toInstant();
		if (d.extraKind() == ExtraKind.CHOICE) {
			List<String> choices = Arrays.asList((english ? d.extraChoicesEn() : d.extraChoicesRu()).split("\n"));
			Map<Integer, Long> counts = surveys.extraChoiceCounts(survey, from, to);
			// answers are kept by position: a position no longer offered (the choices were shortened) is left out
			long n = 0;
			for (int i = 0; i < choices.size(); i++) {
				n += counts.getOrDefault(i, 0L);
			}
			List<Share> shares = new ArrayList<>();
			for (int i = 0; i < choices.size(); i++) {
				long hits = counts.getOrDefault(i, 0L);
				shares.add(new Share(choices.get(i), hits, n == 0 ? 0 : 100.0 * hits / n, Interval.ofShare(hits, n)));
			}
			return new Answers(survey.id(), survey.name(), d.extraKind(), question, n, thin(n), shares, List.of(), 1,
					1);
		}
		long total = surveys.extraTextCount(survey, from, to);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(1, page), pages);
		List<TextAnswer> texts = surveys.extraTexts(survey, from, to, (long) (shown - 1) * PAGE_SIZE, PAGE_SIZE);
		return new Answers(survey.id(), survey.name(), d.extraKind(), question, total, thin(total), List.of(), texts,
				shown, pages);
	}

	private boolean thin(long n) {
		return n < properties.minimumAnswers();
	}
}
