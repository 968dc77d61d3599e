package org.serviceplan.journey;

import org.serviceplan.journey.internal.Element;
import org.serviceplan.journey.internal.Idea;
import org.serviceplan.journey.internal.Idef0Model;
import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.Pain;
import org.serviceplan.journey.internal.Stage;
import org.serviceplan.journey.internal.Touchpoint;
import org.serviceplan.journey.internal.Zone;
import org.serviceplan.shared.RecordType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The journey map's audited records, so History shows who changed which stage, card, pain or idea. */
@Configuration(proxyBeanMethods = false)
class JourneyRecords {

	@Bean
	@Order(20)
	RecordType journeyRecord() {
		return RecordType.of("journey", Journey.class, "title").referring("toBeOf", "journey");
	}

	@Bean
	@Order(21)
	RecordType stageRecord() {
		return RecordType.of("stage", Stage.class, "name");
	}

	@Bean
	@Order(22)
	RecordType zoneRecord() {
		return RecordType.of("zone", Zone.class, "name").referring("stageId", "stage");
	}

	@Bean
	@Order(23)
	RecordType elementRecord() {
		return RecordType.of("element", Element.class, "name").referring("zoneId", "zone");
	}

	@Bean
	@Order(24)
	RecordType touchpointRecord() {
		return RecordType.of("touchpoint", Touchpoint.class, "name")
			.referring("stageId", "stage")
			.referring("zoneId", "zone")
			.referring("elementId", "element")
			.referring("departmentId", "department")
			.referring("responsibleId", "person");
	}

	@Bean
	@Order(25)
	RecordType painRecord() {
		return RecordType.of("pain", Pain.class, "description").referring("touchpointId", "touchpoint");
	}

	@Bean
	@Order(26)
	RecordType ideaRecord() {
		return RecordType.of("idea", Idea.class, "text")
			.referring("touchpointId", "touchpoint")
			.referring("authorId", "person");
	}

	@Bean
	@Order(27)
	RecordType idef0Record() {
		return RecordType.of("idef0", Idef0Model.class, "name")
			.referring("touchpointId", "touchpoint")
			.referring("elementId", "element");
	}
}
