package org.serviceplan.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.notification.ApprovedPlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A listener that fails leaves its event in the publication registry, incomplete, and nothing half-written;
 * the scheduled retry hands it to the listener again, which then delivers the notifications.
 */
@IntegrationTest
@TestPropertySource(properties = { "serviceplan.notifications.retry-after=0s",
		"serviceplan.notifications.retry-every=PT1H" })
class FailingListenerTest {

	@Autowired
	TestCompanies companies;
	@Autowired
	ServicePlans plans;
	@Autowired
	Inbox inbox;
	@Autowired
	FailedEventRetry retry;
	@Autowired
	JdbcTemplate jdbc;
	@MockitoSpyBean
	NotificationTexts texts;

	@Test
	void aFailedPlanChangeIsKeptAndDeliveredWhenResubmitted() {
		var clinic = ApprovedPlan.build(companies, plans, "Клиника Сбой " + UUID.randomUUID());
		UUID vera = clinic.personOf(companies, clinic.vera());
		doThrow(new IllegalStateException("the database went away")).doCallRealMethod().when(texts).write(any());

		clinic.ownerHandsAnnasTaskToVera(companies, plans);

		await().atMost(Duration.ofSeconds(10)).until(() -> failedPlanChanges(clinic.planId()) == 1);
		assertThat(inboxSize(clinic, vera)).isZero();

		retry.retryFailed(); // what the scheduler does every minute

		await().atMost(Duration.ofSeconds(10)).until(() -> inboxSize(clinic, vera) == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> failedPlanChanges(clinic.planId()) == 0);
		assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ? "
				+ "and completion_date is not null", Integer.class, "%" + clinic.planId() + "%")).isEqualTo(1);
	}

	private int failedPlanChanges(UUID planId) {
		return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ? "
				+ "and completion_date is null and status = 'FAILED'", Integer.class, "%" + planId + "%");
	}

	private long inboxSize(ApprovedPlan clinic, UUID person) {
		return TenantContext.inWorkspace(clinic.company().id(), () -> inbox.of(person, false, 0, 10).getTotalElements());
	}
}
