package org.serviceplan.session.web;

import java.util.List;
import java.util.UUID;

import org.serviceplan.TestCompanies.Company;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.PainDetails;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.session.NewSession;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.VotingBudget;
import org.serviceplan.session.internal.StrategicSession;
import org.serviceplan.shared.tenancy.TenantContext;

/** A company's session on a small journey: one stage, the reception greeting with one pain. */
record SessionFixture(StrategicSession session, UUID journeyId, UUID touchpointId, UUID painId) {

	static SessionFixture open(Company company, Journeys journeys, StrategicSessions sessions, String title,
			VotingBudget budget) {
		return TenantContext.inWorkspace(company.id(), () -> {
			var journey = journeys.create("Визит пациента", null, null, new ExpectedDuration(14));
			var stage = journeys.addStage(journey.id(), "Во время визита");
			var touchpoint = journeys.addTouchpoint(journey.id(), Parent.stage(stage.id()),
					TouchpointDetails.named("Приветствие", Channel.OFFLINE));
			var pain = journeys.addPain(journey.id(), touchpoint.id(), new PainDetails("Не здороваются", 3, 3, null, null));
			var session = sessions.create(company.ownerMember(),
					new NewSession(title, List.of(journey.id()), budget, false, null, null));
			return new SessionFixture(session, journey.id(), touchpoint.id(), pain.id());
		});
	}
}
