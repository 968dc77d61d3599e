package org.serviceplan.feedback.internal.survey;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.serviceplan.feedback.Metric;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * A survey: one main question of a metric (NPS, CSAT or CES), optionally a free-text question and one extra
 * question, in Russian and English, bound to a touchpoint and a channel so every answer lands on the journey map
 * where it was given. Customers reach it at {@code /f/{code}}; a paused survey takes no answers.
 */
@Entity
@Table(name = "survey")
@Audited
public class Survey extends TenantOwned {

	@Id
	private UUID id;
	private String code;
	private String name;
	@Enumerated(EnumType.STRING)
	private Metric metric;
	private String questionRu;
	private String questionEn;
	private String commentQuestionRu;
	private String commentQuestionEn;
	@Enumerated(EnumType.STRING)
	private ExtraKind extraKind;
	private String extraQuestionRu;
	private String extraQuestionEn;
	private String extraChoicesRu;
	private String extraChoicesEn;
	private String thanksRu;
	private String thanksEn;
	private UUID touchpointId;
	private String channel;
	private boolean active;
	@Version
	private long version;

	protected Survey() {
	}

	Survey(SurveyCode code, SurveyDetails details) {
		this.id = UUID.randomUUID();
		this.code = code.value();
		this.active = true;
		describe(details);
	}

	/** Changes what the survey asks; answers given so far keep counting for the same survey. */
	void describe(SurveyDetails details, Long expectedVersion) {
		StaleRecord.check("survey", expectedVersion, version);
		describe(details);
	}

	private void describe(SurveyDetails details) {
		this.name = SurveyRules.required("name", details.name(), SurveyRules.NAME_MAX);
		if (details.metric() == null) {
			throw new BusinessRuleViolation("metric", "validation.required");
		}
		this.metric = details.metric();
		this.questionRu = SurveyRules.required("questionRu", details.questionRu(), SurveyRules.QUESTION_MAX);
		this.questionEn = SurveyRules.required("questionEn", details.questionEn(), SurveyRules.QUESTION_MAX);
		String commentRu = SurveyRules.optional("commentQuestionRu", details.commentQuestionRu(), SurveyRules.QUESTION_MAX);
		String commentEn = SurveyRules.optional("commentQuestionEn", details.commentQuestionEn(), SurveyRules.QUESTION_MAX);
		SurveyRules.bothLanguages("commentQuestionRu", commentRu, "commentQuestionEn", commentEn);
		describeExtra(details);
		String thanksRuText = SurveyRules.optional("thanksRu", details.thanksRu(), SurveyRules.THANKS_MAX);
		String thanksEnText = SurveyRules.optional("thanksEn", details.thanksEn(), SurveyRules.THANKS_MAX);
		SurveyRules.bothLanguages("thanksRu", thanksRuText, "thanksEn", thanksEnText);
		this.commentQuestionRu = commentRu;
		this.commentQuestionEn = commentEn;
		this.thanksRu = thanksRuText;
		this.thanksEn = thanksEnText;
		this.touchpointId = details.touchpointId();
		this.channel = SurveyRules.optional("channel", details.channel(), SurveyRules.CHANNEL_MAX);
	}

	private void describeExtra(SurveyDetails details) {
		ExtraKind kind = details.extraKind() == null ? ExtraKind.NONE : details.extraKind();
		String ru = null;
		String en = null;
		String choicesRu = null;
		String choicesEn = null;
		if (kind != ExtraKind.NONE) {
			ru = SurveyRules.required("extraQuestionRu", details.extraQuestionRu(), SurveyRules.QUESTION_MAX);
			en = SurveyRules.required("extraQuestionEn", details.extraQuestionEn(), SurveyRules.QUESTION_MAX);
		}
		if (kind == ExtraKind.CHOICE) {
			List<String> listRu = SurveyRules.choices("extraChoicesRu", details.extraChoicesRu());
			List<String> listEn = SurveyRules.choices("extraChoicesEn", details.extraChoicesEn());
			SurveyRules.sameChoiceCount(listRu, listEn);
			choicesRu = String.join("\n", listRu);
			choicesEn = String.join("\n", listEn);
		}
		this.extraKind = kind;
		this.extraQuestionRu = ru;
		this.extraQuestionEn = en;
		this.extraChoicesRu = choicesRu;
		this.extraChoicesEn = choicesEn;
	}

	void pause(Long expectedVersion) {
		StaleRecord.check("survey", expectedVersion, version);
		this.active = false;
	}

	void resume(Long expectedVersion) {
		StaleRecord.check("survey", expectedVersion, version);
		this.active = true;
	}

	/** Whether a score can be an answer to this survey's main question. */
	public boolean accepts(int score) {
		return score >= metric.min() && score <= metric.max();
	}

	public SurveyDetails details() {
		return new SurveyDetails(name, metric, questionRu, questionEn, commentQuestionRu, commentQuestionEn,
				extraKind, extraQuestionRu, extraQuestionEn, extraChoicesRu, extraChoicesEn, thanksRu, thanksEn,
				touchpointId, channel);
	}

	public UUID id() {
		return id;
	}

	public SurveyCode code() {
		return new SurveyCode(code);
	}

	public String name() {
		return name;
	}

	public Metric metric() {
		return metric;
	}

	public boolean active() {
		return active;
	}

	public UUID touchpointId() {
		return touchpointId;
	}

	public String channel() {
		return channel;
	}

	public long version() {
		return version;
	}
}
