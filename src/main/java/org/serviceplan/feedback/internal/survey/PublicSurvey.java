package org.serviceplan.feedback.internal.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.serviceplan.feedback.Metric;

/**
 * A survey as its public page needs it, read once and kept in memory: the page is served from this without a
 * database read. {@code pages} holds the page already rendered per language, filled by the web layer on first use
 * and dropped with the rest when the survey changes.
 */
public record PublicSurvey(UUID id, UUID workspaceId, String code, Metric metric, boolean active, long version,
		ExtraKind extraKind, UUID touchpointId, String channel, Map<String, Texts> texts,
		Map<String, String> pages) {

	/** The survey's texts in one language; {@code thanks} is null when the standard thank-you text is used. */
	public record Texts(String question, String commentQuestion, String extraQuestion, List<String> choices,
			String thanks) {
	}

	static PublicSurvey of(Survey survey) {
		SurveyDetails d = survey.details();
		return new PublicSurvey(survey.id(), survey.workspaceId(), survey.code().value(), survey.metric(),
				survey.active(), survey.version(), d.extraKind(), survey.touchpointId(), survey.channel(),
				Map.of("ru", new Texts(d.questionRu(), d.commentQuestionRu(), d.extraQuestionRu(),
						lines(d.extraChoicesRu()), d.thanksRu()),
						"en", new Texts(d.questionEn(), d.commentQuestionEn(), d.extraQuestionEn(),
								lines(d.extraChoicesEn()), d.thanksEn())),
				new ConcurrentHashMap<>());
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.asList(text.split("\n"));
	}

	public Texts in(String language) {
		return texts.getOrDefault(language, texts.get("ru"));
	}

	/** The scores a customer can pick, lowest first. */
	public List<Integer> scores() {
		return java.util.stream.IntStream.rangeClosed(metric.min(), metric.max()).boxed().toList();
	}

	public boolean accepts(int score) {
		return score >= metric.min() && score <= metric.max();
	}

	/** The rendered page in a language, rendered by {@code render} the first time. */
	public String page(String language, Function<String, String> render) {
		return pages.computeIfAbsent(language, render);
	}
}
