package org.serviceplan.feedback.internal.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.serviceplan.journey.TouchpointNames;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Staff's side of surveys in the current workspace: describing, pausing, invitation tokens. */
@Service
public class Surveys {

	static final int MAX_CODE_ATTEMPTS = 5;

	private final SurveyRepository surveys;
	private final SurveyInvitations invitations;
	private final SurveyExtraAnswers extraAnswers;
	private final PublicSurveys publicSurveys;
	private final TouchpointNames touchpoints;

	Surveys(SurveyRepository surveys, SurveyInvitations invitations, SurveyExtraAnswers extraAnswers,
			PublicSurveys publicSurveys, TouchpointNames touchpoints) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.extraAnswers = extraAnswers;
		this.publicSurveys = publicSurveys;
		this.touchpoints = touchpoints;
	}

	@Transactional(readOnly = true)
	public List<Survey> all() {
		return surveys.findAllByOrderByNameAsc();
	}

	@Transactional(readOnly = true)
	public Survey survey(UUID id) {
		return surveys.findById(id).orElseThrow(() -> new RecordNotFound("survey", id));
	}

	@Transactional
	public Survey create(SurveyDetails details) {
		for (int attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
			SurveyCode code = SurveyCode.random();
			if (!TenantContext.asRoot(() -> surveys.existsByCode(code.value()))) {
				return create(code, details);
			}
		}
		throw new IllegalStateException("No free survey code after " + MAX_CODE_ATTEMPTS + " attempts");
	}

	/** A survey with a code chosen in advance (the demo's codes are printed in README). */
	@Transactional
	public Survey create(SurveyCode code, SurveyDetails details) {
		checkTouchpoint(details);
		return changed(surveys.save(new Survey(code, details)));
	}

	@Transactional
	public Survey describe(UUID id, SurveyDetails details, Long expectedVersion) {
		checkTouchpoint(details);
		Survey survey = survey(id);
		survey.describe(details, expectedVersion);
		return changed(survey);
	}

	@Transactional
	public Survey pause(UUID id, Long expectedVersion) {
		Survey survey = survey(id);
		survey.pause(expectedVersion);
		return changed(survey);
	}

	@Transactional
	public Survey resume(UUID id, Long expectedVersion) {
		Survey survey = survey(id);
		survey.resume(expectedVersion);
		return changed(survey);
	}

	/** New one-time invitation tokens; they are returned once and only their hashes are kept. */
	@Transactional
	public List<String> invite(UUID id, int count) {
		if (count < 1 || count > SurveyInvitations.MAX_BATCH) {
			throw new BusinessRuleViolation("count", "survey.rule.invitationCount", 1, SurveyInvitations.MAX_BATCH);
		}
		Survey survey = survey(id);
		return invitations.issue(survey.workspaceId(), survey.id(), count);
	}

	@Transactional(readOnly = true)
	public SurveyInvitations.Counts invitations(UUID id) {
		Survey survey = survey(id);
		return invitations.counts(survey.workspaceId(), survey.id());
	}

	/** Answers to the extra question so far: counts per choice position, and the latest texts. */
	@Transactional(readOnly = true)
	public ExtraAnswers extraAnswers(UUID id) {
		Survey survey = survey(id);
		return new ExtraAnswers(extraAnswers.choiceCounts(survey.workspaceId(), survey.id()),
				extraAnswers.latestTexts(survey.workspaceId(), survey.id(), 20));
	}

	/** The surveys that ask an extra question, by name. */
	@Transactional(readOnly = true)
	public List<Survey> withExtraQuestion() {
		return surveys.findAllByOrderByNameAsc().stream()
			.filter(s -> s.details().extraKind() != ExtraKind.NONE)
			.toList();
	}

	/** Answers per choice of the extra question between two instants (from included, to not), by position. */
	@Transactional(readOnly = true)
	public Map<Integer, Long> extraChoiceCounts(Survey survey, Instant from, Instant to) {
		return extraAnswers.choiceCounts(survey.workspaceId(), survey.id(), from, to);
	}

	/** How many text answers the extra question got between two instants (from included, to not). */
	@Transactional(readOnly = true)
	public long extraTextCount(Survey survey, Instant from, Instant to) {
		return extraAnswers.textCount(survey.workspaceId(), survey.id(), from, to);
	}

	/** The extra question's text answers between two instants, newest first, {@code limit} after {@code offset}. */
	@Transactional(readOnly = true)
	public List<TextAnswer> extraTexts(Survey survey, Instant from, Instant to, long offset, int limit) {
		return extraAnswers.texts(survey.workspaceId(), survey.id(), from, to, offset, limit);
	}

	/**
	 * Whether the survey's touchpoint was removed from its journey after the survey was bound to it: answers are
	 * then stored without a touchpoint until the survey is bound to another one.
	 */
	@Transactional(readOnly = true)
	public boolean touchpointDeleted(Survey survey) {
		return survey.touchpointId() != null && !touchpoints.exists(survey.touchpointId());
	}

	/** The survey as its public page shows it, paused or not, for staff to look at before printing the QR code. */
	@Transactional(readOnly = true)
	public PublicSurvey preview(UUID id) {
		return PublicSurvey.of(survey(id));
	}

	public record ExtraAnswers(Map<Integer, Long> choiceCounts, List<String> latestTexts) {
	}

	private void checkTouchpoint(SurveyDetails details) {
		if (details.touchpointId() != null && !touchpoints.exists(details.touchpointId())) {
			throw new BusinessRuleViolation("touchpointId", "survey.rule.unknownTouchpoint");
		}
	}

	/** The public page of this instance shows the change as soon as it is committed, not before. */
	private Survey changed(Survey survey) {
		String code = survey.code().value();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					publicSurveys.forget(code);
				}
			});
		}
		else {
			publicSurveys.forget(code);
		}
		return survey;
	}
}
