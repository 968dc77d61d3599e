package org.serviceplan.feedback.internal.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.serviceplan.feedback.Feedback;
import org.serviceplan.feedback.NewAnswer;
import org.serviceplan.journey.TouchpointNames;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer's side of surveys: finding a survey by its public code and taking an answer. The page is read far
 * more often than it is answered (a QR code at the desk is scanned and looked at), so a survey is kept in memory
 * for {@link SurveyProperties#cacheTtl()} and dropped at once when it is changed on this instance; a code that
 * matches nothing is remembered too, so a script trying codes does not reach the database on every try.
 * Answers always go to the database, which re-checks that the survey is still active.
 */
@Service
public class PublicSurveys {

	/** Past this many remembered codes the memory is emptied and refilled by use: it never grows without bound. */
	private static final int MAX_CACHED = 10_000;

	private final SurveyRepository surveys;
	private final SurveyInvitations invitations;
	private final SurveyExtraAnswers extraAnswers;
	private final Feedback feedback;
	private final TouchpointNames touchpoints;
	private final TransactionTemplate transaction;
	private final TransactionTemplate readOnly;
	private final Clock clock;
	private final long ttlMillis;
	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	PublicSurveys(SurveyRepository surveys, SurveyInvitations invitations, SurveyExtraAnswers extraAnswers,
			Feedback feedback, TouchpointNames touchpoints, PlatformTransactionManager transactions, Clock clock,
			SurveyProperties properties) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.extraAnswers = extraAnswers;
		this.feedback = feedback;
		this.touchpoints = touchpoints;
		this.transaction = new TransactionTemplate(transactions);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
		this.ttlMillis = properties.cacheTtl().toMillis();
	}

	private record Cached(Optional<PublicSurvey> survey, long loadedAt) {
	}

	/** The active survey with this code; empty for an unknown code or a paused survey. */
	public Optional<PublicSurvey> open(String code) {
		if (!SurveyCode.isWellFormed(code)) {
			return Optional.empty();
		}
		long now = clock.millis();
		Cached cached = cache.get(code);
		if (cached == null || now - cached.loadedAt() >= ttlMillis) {
			if (cache.size() >= MAX_CACHED) {
				cache.clear();
			}
			cached = new Cached(TenantContext.asRoot(() -> readOnly.execute(
					status -> surveys.findByCode(code).map(PublicSurvey::of))), now);
			cache.put(code, cached);
		}
		return cached.survey().filter(PublicSurvey::active);
	}

	/** Whether an invitation token of this survey can still be used. */
	public InvitationState invitation(PublicSurvey survey, String token) {
		return TenantContext.inWorkspace(survey.workspaceId(),
				() -> readOnly.execute(status -> invitations.state(survey.id(), token)));
	}

	/**
	 * Stores an answer through the feedback store, with the survey's metric, touchpoint (when it still exists) and
	 * channel; with a token,
	 * uses it up in the same transaction, so a token answers once even when sent twice at the same moment.
	 *
	 * @throws BusinessRuleViolation when the answer itself is not valid (no score, a text too long)
	 */
	public AnswerOutcome answer(PublicSurvey survey, CustomerAnswer answer, String token) {
		checked(survey, answer);
		Instant now = clock.instant();
		return TenantContext.inWorkspace(survey.workspaceId(), () -> transaction.execute(status -> {
			if (surveys.findById(survey.id()).filter(Survey::active).isEmpty()) {
				return AnswerOutcome.GONE;
			}
			if (token != null && !invitations.use(survey.id(), token)) {
				return invitations.state(survey.id(), token) == InvitationState.USED ? AnswerOutcome.ALREADY_ANSWERED
						: AnswerOutcome.GONE;
			}
			// a touchpoint removed from its journey since the survey was bound to it must not cost the customer's
			// answer: it is kept for the survey without the touchpoint, and the survey's page warns its owner
			UUID touchpointId = touchpoints.exists(survey.touchpointId()) ? survey.touchpointId() : null;
			feedback.record(new NewAnswer(survey.workspaceId(), survey.metric(), answer.score(), now, touchpointId,
					survey.channel(), null, null, text(answer.comment()), null, survey.id()));
			String extraText = text(answer.extraText());
			if (answer.extraChoice() != null || extraText != null) {
				extraAnswers.store(survey.workspaceId(), survey.id(), now, answer.extraChoice(), extraText);
			}
			return AnswerOutcome.STORED;
		}));
	}

	private static void checked(PublicSurvey survey, CustomerAnswer answer) {
		if (answer.score() == null || !survey.accepts(answer.score())) {
			throw new BusinessRuleViolation("score", "survey.public.scoreRequired");
		}
		for (String text : new String[] { answer.comment(), answer.extraText() }) {
			if (text != null && text.strip().length() > CustomerAnswer.TEXT_MAX) {
				throw new BusinessRuleViolation("comment", "validation.tooLong", CustomerAnswer.TEXT_MAX);
			}
		}
		int choices = survey.in("ru").choices().size();
		if (answer.extraChoice() != null && (survey.extraKind() != ExtraKind.CHOICE || answer.extraChoice() < 0
				|| answer.extraChoice() >= choices)) {
			throw new BusinessRuleViolation("extra", "validation.invalid");
		}
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Forgets a survey, so its next view reads it again. */
	void forget(String code) {
		cache.remove(code);
	}
}
